import {
  ApiError,
  describe,
  idParam,
  orgInScope,
  type PluginContext,
  type PluginEnv,
  recordAudit,
  validate,
} from '@jiceng/plugin-kit';
import { type Context, Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { ORG_KINDS } from '../../shared/model';
import {
  communityKindsSql,
  communityOrgInScope,
  invalid,
  isoDate,
  num,
  type OrgRow,
  positiveId,
  queryId,
  refuse,
  requireManager,
  S,
  scopeFilter,
  TAG,
  text,
  today,
  say,
} from '../common';
import { itemsOf } from '../schemas';
import {
  buildingGroupSchema,
  communitySchema,
  compoundListItemSchema,
  compoundOrgDetailSchema,
  compoundOrgListItemSchema,
  compoundOrgSchema,
  compoundSchema,
  coverageSchema,
  coveredCompoundSchema,
} from './schemas';
import type { LongyanDb, LongyanTables } from '../db';

const schema = sql.raw(S);
const compoundBody = z.object({ communityOrgId: positiveId, name: text(60) });
const compoundOrgBody = z.object({
  communityOrgId: positiveId,
  compoundPlaceIds: z.array(positiveId).min(1).max(12),
  name: text(120).optional(),
  formedOn: isoDate.optional(),
});
const addCompoundBody = z.object({ compoundPlaceId: positiveId });
const buildingGroupBody = z.object({ name: text(120), buildingPlaceId: positiveId.nullable().optional() });
const listQuery = z.object({
  communityOrgId: queryId.optional(),
  uncovered: z.enum(['true', 'false']).optional(),
});
const coverageQuery = z.object({ orgId: queryId.optional() });

type C = Context<PluginEnv<Config>>;

/** Compound places of one community that exist, belong to it, and are not yet covered by a compound org. */
async function checkCompounds(
  db: LongyanDb,
  cityId: number,
  community: OrgRow,
  ids: number[],
  field: string,
) {
  if (new Set(ids).size !== ids.length) throw invalid(say('小区重复', 'a compound is listed twice'), field);
  const rows = await db
    .selectFrom('core.place as p')
    .leftJoin(`${S}.compound_coverage as cv`, (j) =>
      j.onRef('cv.city_id', '=', 'p.city_id').onRef('cv.compound_place_id', '=', 'p.id'),
    )
    .select(['p.id', 'p.name', 'p.kind', 'p.parent_id', 'cv.org_id'])
    .where('p.city_id', '=', cityId)
    .where('p.id', 'in', ids)
    .execute();
  for (const id of ids) {
    const p = rows.find((r) => r.id === id);
    if (!p) throw new ApiError(400, 'cross_city', { field }, field);
    if (p.kind !== 'compound' || p.parent_id !== community.place_id)
      throw invalid(
        say(`「${p.name}」不是本社区的小区`, `${p.name} is not a compound of this community`),
        field,
      );
    if (p.org_id != null)
      throw refuse(say(`「${p.name}」已有小区党组织`, `${p.name} already has a compound party org`), field);
  }
  return ids.map((id) => rows.find((r) => r.id === id)!);
}

export function compoundRoutes(ctx: PluginContext<Config, LongyanTables>) {
  const { db, clock } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  async function compoundOrgInScope(c: C, id: number) {
    const org = await orgInScope(db as any, c, id);
    const extra = await db
      .selectFrom(`${S}.compound_org`)
      .selectAll()
      .where('city_id', '=', c.get('city').id)
      .where('org_id', '=', id)
      .executeTakeFirst();
    if (!extra) throw new ApiError(404, 'not_found', { entity: 'org' });
    return { org, extra };
  }

  app.get(
    '/communities',
    describe({
      summary: 'Community party orgs in scope (for pickers), with their street',
      response: itemsOf(communitySchema),
      ...TAG,
    }),
    async (c) => {
      requireManager(c);
      const rows = await sql<any>`
      select co.id, co.name, co.place_id, so.id as street_org_id, so.name as street_org_name
      from core.org co left join core.org so on so.city_id = co.city_id and so.id = co.parent_id
      where co.city_id = ${c.get('city').id} and co.kind in (${communityKindsSql}) and co.active and ${scopeFilter(c, ['co.path'])}
      order by so.id, co.id limit 2000`.execute(db);
      return c.json({
        items: rows.rows.map((r) => ({
          id: r.id,
          name: r.name,
          placeId: r.place_id,
          streetOrgId: r.street_org_id,
          streetOrgName: r.street_org_name,
        })),
      });
    },
  );

  app.get(
    '/compounds',
    describe({
      summary:
        'Compounds (小区) of the communities in scope, with the org covering each and resident members',
      response: itemsOf(compoundListItemSchema),
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireManager(c);
      const f = c.req.valid('query');
      const city = c.get('city');
      if (f.communityOrgId) await communityOrgInScope(db, c, f.communityOrgId);
      const rows = await sql<any>`
      with res as (
        select case when rp.kind = 'compound' then rp.id when rp.kind = 'building' then rp.parent_id end as compound_id, count(*)::int as n
        from core.member m join core.place rp on rp.city_id = m.city_id and rp.id = m.residence_place_id
        where m.city_id = ${city.id} and m.active
        group by 1
      )
      select cp.id, cp.name, co.id as community_org_id, co.name as community_org_name, cv.org_id, o.name as org_name,
        coalesce(res.n, 0) as resident_members,
        (select count(*) from core.place b where b.city_id = cp.city_id and b.parent_id = cp.id and b.kind = 'building')::int as buildings,
        rc.id as red_committee_id
      from core.place cp
      join core.org co on co.city_id = cp.city_id and co.place_id = cp.parent_id and co.kind in (${communityKindsSql})
      left join ${schema}.compound_coverage cv on cv.city_id = cp.city_id and cv.compound_place_id = cp.id
      left join core.org o on o.city_id = cv.city_id and o.id = cv.org_id
      left join res on res.compound_id = cp.id
      left join ${schema}.red_committee rc on rc.city_id = cp.city_id and rc.compound_place_id = cp.id
      where cp.city_id = ${city.id} and cp.kind = 'compound' and ${scopeFilter(c, ['co.path'])}
        ${f.communityOrgId ? sql`and co.id = ${f.communityOrgId}` : sql``}
        ${f.uncovered === 'true' ? sql`and cv.org_id is null` : sql``}
      order by co.id, cp.id
      limit 3000`.execute(db);
      return c.json({
        items: rows.rows.map((r) => ({
          id: r.id,
          name: r.name,
          communityOrgId: r.community_org_id,
          communityOrgName: r.community_org_name,
          orgId: r.org_id,
          orgName: r.org_name,
          residentMembers: num(r.resident_members),
          buildings: num(r.buildings),
          redCommitteeId: r.red_committee_id,
        })),
      });
    },
  );

  app.post(
    '/compounds',
    describe({
      summary: 'Draw a compound (划分小区) inside a community',
      status: 201,
      response: compoundSchema,
      ...TAG,
      responses: { 409: 'a compound of that name exists, or the community org has no place' },
    }),
    validate('json', compoundBody),
    async (c) => {
      requireManager(c);
      const b = c.req.valid('json');
      const city = c.get('city');
      const community = await communityOrgInScope(db, c, b.communityOrgId);
      if (!community.place_id)
        throw refuse(say('该社区党组织未关联社区地点', 'the community org has no community place'));
      const dup = await db
        .selectFrom('core.place')
        .select('id')
        .where('city_id', '=', city.id)
        .where('parent_id', '=', community.place_id)
        .where('name', '=', b.name)
        .executeTakeFirst();
      if (dup)
        throw refuse(say('本社区已有同名小区', 'a compound of that name exists in this community'), 'name');
      const place = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('core.place')
          .values({
            city_id: city.id,
            parent_id: community.place_id,
            kind: 'compound',
            name: b.name,
            community_type: null,
          })
          .returning(['id', 'name', 'parent_id'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: 'place',
          entityId: row.id,
          after: row,
        });
        return row;
      });
      return c.json({ id: place.id, name: place.name, communityOrgId: community.id, orgId: null }, 201);
    },
  );

  app.get(
    '/compound-orgs',
    describe({
      summary: '小区"兼合式"党组织 in scope, with the compounds each covers',
      response: itemsOf(compoundOrgListItemSchema),
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireManager(c);
      const f = c.req.valid('query');
      const city = c.get('city');
      if (f.communityOrgId) await communityOrgInScope(db, c, f.communityOrgId);
      const rows = await sql<any>`
      select o.id, o.name, o.path, x.community_org_id, co.name as community_org_name, x.formed_on,
        (select count(*) from core.org g where g.city_id = o.city_id and g.parent_id = o.id and g.kind = ${ORG_KINDS.buildingGroup})::int as building_groups,
        (select json_agg(json_build_object('id', p.id, 'name', p.name) order by p.id)
           from ${schema}.compound_coverage cv join core.place p on p.city_id = cv.city_id and p.id = cv.compound_place_id
           where cv.city_id = o.city_id and cv.org_id = o.id) as compounds
      from ${schema}.compound_org x
      join core.org o on o.city_id = x.city_id and o.id = x.org_id
      join core.org co on co.city_id = x.city_id and co.id = x.community_org_id
      where x.city_id = ${city.id} and ${scopeFilter(c, ['o.path'])}
        ${f.communityOrgId ? sql`and x.community_org_id = ${f.communityOrgId}` : sql``}
      order by x.community_org_id, o.id
      limit 3000`.execute(db);
      return c.json({
        items: rows.rows.map((r) => {
          const compounds = (typeof r.compounds === 'string' ? JSON.parse(r.compounds) : r.compounds) ?? [];
          return {
            id: r.id,
            name: r.name,
            communityOrgId: r.community_org_id,
            communityOrgName: r.community_org_name,
            formedOn: r.formed_on,
            formation: compounds.length > 1 ? 'joint' : 'single',
            compounds,
            buildingGroups: num(r.building_groups),
          };
        }),
      });
    },
  );

  app.post(
    '/compound-orgs',
    describe({
      summary: 'Form a compound party org alone or jointly over neighbouring compounds (单独或联合组建)',
      status: 201,
      response: compoundOrgSchema,
      ...TAG,
      responses: { 409: 'a compound is already covered' },
    }),
    validate('json', compoundOrgBody),
    async (c) => {
      requireManager(c);
      const b = c.req.valid('json');
      const city = c.get('city');
      const community = await communityOrgInScope(db, c, b.communityOrgId);
      const compounds = await checkCompounds(db, city.id, community, b.compoundPlaceIds, 'compoundPlaceIds');
      const formedOn = b.formedOn ?? today(clock.now());
      if (formedOn > today(clock.now()))
        throw invalid(say('组建日期不能晚于今天', 'formedOn is in the future'), 'formedOn');
      const name =
        b.name ??
        (compounds.length > 1
          ? `${compounds.map((p) => p.name).join('、')}联合党支部`
          : `${compounds[0]!.name}党支部`);
      const created = await db.transaction().execute(async (trx) => {
        const org = await trx
          .insertInto('core.org')
          .values({
            city_id: city.id,
            parent_id: community.id,
            kind: ORG_KINDS.compoundOrg,
            name,
            place_id: compounds[0]!.id,
          })
          .returning(['id', 'name', 'path'])
          .executeTakeFirstOrThrow();
        await trx
          .insertInto(`${S}.compound_org`)
          .values({
            city_id: city.id,
            org_id: org.id,
            community_org_id: community.id,
            formed_on: formedOn,
            created_by: c.get('actor').userId,
          })
          .execute();
        await trx
          .insertInto(`${S}.compound_coverage`)
          .values(compounds.map((p) => ({ city_id: city.id, compound_place_id: p.id, org_id: org.id })))
          .execute();
        const view = {
          id: org.id,
          name: org.name,
          communityOrgId: community.id,
          formedOn,
          formation: compounds.length > 1 ? 'joint' : 'single',
          compounds: compounds.map((p) => ({ id: p.id, name: p.name })),
          buildingGroups: 0,
        };
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: `${S}.compound_org`,
          entityId: org.id,
          after: view,
        });
        return view;
      });
      return c.json(created, 201);
    },
  );

  app.get(
    '/compound-orgs/:id',
    describe({
      summary: 'One compound org: compounds, building groups, red committees',
      response: compoundOrgDetailSchema,
      ...TAG,
      responses: { 404: 'unknown compound org' },
    }),
    validate('param', idParam),
    async (c) => {
      requireManager(c);
      const { org, extra } = await compoundOrgInScope(c, c.req.valid('param').id);
      const city = c.get('city');
      const [compounds, groups, committees] = await Promise.all([
        db
          .selectFrom(`${S}.compound_coverage as cv`)
          .innerJoin('core.place as p', (j) =>
            j.onRef('p.city_id', '=', 'cv.city_id').onRef('p.id', '=', 'cv.compound_place_id'),
          )
          .select(['p.id', 'p.name'])
          .where('cv.city_id', '=', city.id)
          .where('cv.org_id', '=', org.id)
          .orderBy('p.id')
          .execute(),
        db
          .selectFrom('core.org as g')
          .leftJoin('core.place as p', (j) =>
            j.onRef('p.city_id', '=', 'g.city_id').onRef('p.id', '=', 'g.place_id'),
          )
          .select(['g.id', 'g.name', 'g.place_id as buildingPlaceId', 'p.name as buildingName'])
          .where('g.city_id', '=', city.id)
          .where('g.parent_id', '=', org.id)
          .where('g.kind', '=', ORG_KINDS.buildingGroup)
          .orderBy('g.id')
          .execute(),
        db
          .selectFrom(`${S}.red_committee`)
          .select(['id', 'name', 'compound_place_id as compoundPlaceId'])
          .where('city_id', '=', city.id)
          .where('compound_org_id', '=', org.id)
          .execute(),
      ]);
      const buildings = await db
        .selectFrom('core.place')
        .select(['id', 'name', 'parent_id as compoundPlaceId'])
        .where('city_id', '=', city.id)
        .where('kind', '=', 'building')
        .where('parent_id', 'in', compounds.length ? compounds.map((p) => p.id) : [0])
        .orderBy('id')
        .execute();
      return c.json({
        id: org.id,
        name: org.name,
        communityOrgId: extra.community_org_id,
        formedOn: extra.formed_on,
        formation: compounds.length > 1 ? 'joint' : 'single',
        compounds,
        buildings,
        buildingGroups: groups,
        redCommittees: committees,
      });
    },
  );

  app.post(
    '/compound-orgs/:id/compounds',
    describe({
      summary: 'Extend a joint compound org over one more neighbouring compound',
      status: 201,
      response: coveredCompoundSchema,
      ...TAG,
      responses: { 404: 'unknown compound org', 409: 'the compound is already covered' },
    }),
    validate('param', idParam),
    validate('json', addCompoundBody),
    async (c) => {
      requireManager(c);
      const { org, extra } = await compoundOrgInScope(c, c.req.valid('param').id);
      const city = c.get('city');
      const community = await communityOrgInScope(db, c, extra.community_org_id);
      const [compound] = await checkCompounds(
        db,
        city.id,
        community,
        [c.req.valid('json').compoundPlaceId],
        'compoundPlaceId',
      );
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto(`${S}.compound_coverage`)
          .values({ city_id: city.id, compound_place_id: compound!.id, org_id: org.id })
          .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'cover',
          entity: `${S}.compound_org`,
          entityId: org.id,
          after: { compoundPlaceId: compound!.id },
        });
      });
      return c.json({ orgId: org.id, compoundPlaceId: compound!.id, compoundName: compound!.name }, 201);
    },
  );

  app.post(
    '/compound-orgs/:id/building-groups',
    describe({
      summary: 'Set up a building party group (楼栋党小组) under a compound org',
      status: 201,
      response: buildingGroupSchema,
      ...TAG,
      responses: { 404: 'unknown compound org', 409: 'the building already has a party group' },
    }),
    validate('param', idParam),
    validate('json', buildingGroupBody),
    async (c) => {
      requireManager(c);
      const { org } = await compoundOrgInScope(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      const city = c.get('city');
      if (b.buildingPlaceId != null) {
        const building = await db
          .selectFrom('core.place as p')
          .leftJoin(`${S}.compound_coverage as cv`, (j) =>
            j.onRef('cv.city_id', '=', 'p.city_id').onRef('cv.compound_place_id', '=', 'p.parent_id'),
          )
          .select(['p.id', 'p.kind', 'cv.org_id'])
          .where('p.city_id', '=', city.id)
          .where('p.id', '=', b.buildingPlaceId)
          .executeTakeFirst();
        if (!building) throw new ApiError(400, 'cross_city', { field: 'buildingPlaceId' }, 'buildingPlaceId');
        if (building.kind !== 'building' || building.org_id !== org.id)
          throw invalid(
            say('不是本小区党组织所覆盖小区的楼栋', 'not a building of a compound this org covers'),
            'buildingPlaceId',
          );
        const taken = await db
          .selectFrom('core.org')
          .select('id')
          .where('city_id', '=', city.id)
          .where('kind', '=', ORG_KINDS.buildingGroup)
          .where('place_id', '=', b.buildingPlaceId)
          .executeTakeFirst();
        if (taken)
          throw refuse(say('该楼栋已有党小组', 'that building already has a party group'), 'buildingPlaceId');
      }
      const group = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('core.org')
          .values({
            city_id: city.id,
            parent_id: org.id,
            kind: ORG_KINDS.buildingGroup,
            name: b.name,
            place_id: b.buildingPlaceId ?? null,
          })
          .returning(['id', 'name', 'place_id'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: 'org',
          entityId: row.id,
          after: row,
        });
        return row;
      });
      return c.json(
        { id: group.id, name: group.name, buildingPlaceId: group.place_id, compoundOrgId: org.id },
        201,
      );
    },
  );

  app.get(
    '/coverage',
    describe({
      summary: 'Compound org coverage per community (and the street → community → compound tree)',
      response: coverageSchema,
      ...TAG,
    }),
    validate('query', coverageQuery),
    async (c) => {
      requireManager(c);
      const city = c.get('city');
      const { orgId } = c.req.valid('query');
      const prefix = orgId ? (await orgInScope(db as any, c, orgId, 'orgId')).path : undefined;
      const rows = await sql<any>`
      select cp.id, cp.name, co.id as community_org_id, co.name as community_org_name, so.id as street_org_id, so.name as street_org_name,
        cv.org_id, o.name as org_name, (select count(*) from ${schema}.compound_coverage x where x.city_id = cv.city_id and x.org_id = cv.org_id)::int as org_compounds
      from core.place cp
      join core.org co on co.city_id = cp.city_id and co.place_id = cp.parent_id and co.kind in (${communityKindsSql})
      left join core.org so on so.city_id = co.city_id and so.id = co.parent_id
      left join ${schema}.compound_coverage cv on cv.city_id = cp.city_id and cv.compound_place_id = cp.id
      left join core.org o on o.city_id = cv.city_id and o.id = cv.org_id
      where cp.city_id = ${city.id} and cp.kind = 'compound' and ${scopeFilter(c, ['co.path', 'o.path'], prefix)}
      order by so.id, co.id, cp.id`.execute(db);
      const communities = new Map<number, any>();
      const orgs = new Set<number>();
      for (const r of rows.rows) {
        let row = communities.get(r.community_org_id);
        if (!row) {
          row = {
            communityOrgId: r.community_org_id,
            communityOrgName: r.community_org_name,
            streetOrgId: r.street_org_id,
            streetOrgName: r.street_org_name,
            compounds: 0,
            covered: 0,
            compoundOrgs: 0,
            items: [] as any[],
          };
          communities.set(r.community_org_id, row);
        }
        row.compounds++;
        if (r.org_id) {
          row.covered++;
          if (!orgs.has(r.org_id)) row.compoundOrgs++;
          orgs.add(r.org_id);
        }
        row.items.push({
          id: r.id,
          name: r.name,
          orgId: r.org_id,
          orgName: r.org_name,
          joint: num(r.org_compounds) > 1,
        });
      }
      const list = [...communities.values()];
      const compounds = list.reduce((s, r) => s + r.compounds, 0);
      const covered = list.reduce((s, r) => s + r.covered, 0);
      return c.json({
        totals: {
          communities: list.length,
          compounds,
          covered,
          uncovered: compounds - covered,
          compoundOrgs: orgs.size,
          rate: compounds ? covered / compounds : null,
        },
        communities: list,
      });
    },
  );

  return app;
}
