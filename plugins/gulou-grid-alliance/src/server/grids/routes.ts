import {
  assertInCity,
  describe,
  idParam,
  notFound,
  orgInScope,
  orgPathFilter,
  type PluginContext,
  type PluginEnv,
  requireOrgAdmin,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import {
  BODY_KINDS,
  BODY_LEVEL,
  BODY_LABELS,
  BODY_MEMBER_SOURCES,
  BODY_ROLES,
  BUILDING_GROUP_KIND,
  GRID_BRANCH_KIND,
} from '../../shared/terms';
import {
  audit,
  type C,
  id,
  invalid,
  isoDate,
  maskPhone,
  prefixOf,
  queryId,
  refused,
  S,
  scopeSql,
  TAG,
  text,
  today,
  say,
} from '../util';
import { itemsOf, okSchema } from '../schemas';
import {
  bodyDetailSchema,
  bodyListItemSchema,
  bodyMemberSchema,
  bodySchema,
  createdGridSchema,
  gridDetailSchema,
  gridListSchema,
  groupSchema,
  networkSchema,
  studioListItemSchema,
  studioSchema,
} from './schemas';
import type { GulouTables } from '../db';

const listQuery = z.object({
  orgId: queryId.optional(),
  covered: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(60).optional(),
});
const createGridBody = z.object({
  gridPlaceId: id,
  name: z.string().trim().min(1).max(120).optional(),
  households: z.number().int().min(0).max(100_000).nullable().default(null),
  establishedOn: isoDate.nullable().default(null),
});
const patchGridBody = z
  .object({
    name: text(120),
    households: z.number().int().min(0).max(100_000).nullable(),
    establishedOn: isoDate.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
const groupBody = z.object({ name: text(120), buildingPlaceId: id.nullable().default(null) });
const bodyListQuery = z.object({ orgId: queryId.optional(), kind: z.enum(BODY_KINDS).optional() });
const createBodyBody = z.object({
  orgId: id,
  kind: z.enum(BODY_KINDS),
  name: z.string().trim().min(1).max(120).optional(),
  establishedOn: isoDate.nullable().default(null),
});
const bodyMemberBody = z.object({
  name: text(40),
  source: z.enum(BODY_MEMBER_SOURCES),
  role: z.enum(BODY_ROLES).default('part_time_member'),
  unitId: id.nullable().default(null),
  memberId: id.nullable().default(null),
  since: isoDate.optional(),
});
const endBody = z.object({ until: isoDate });
const bodyMemberParam = z.object({
  id: z.coerce.number().int().positive(),
  memberId: z.coerce.number().int().positive(),
});
const studioBody = z.object({
  orgId: id,
  name: text(120),
  representatives: z.array(text(40)).min(1).max(30),
});

/** Which org kinds each level of body sits on. */
function orgFitsLevel(kind: string, level: 'street' | 'community' | 'grid') {
  if (level === 'grid') return kind === GRID_BRANCH_KIND;
  if (level === 'community') return kind.startsWith('community_');
  return kind === 'street_working_committee';
}

export function gridRoutes(ctx: PluginContext<Config, GulouTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  /** Grid places the actor may see, each with its branch (or none), community, workers, groups and members. */
  async function gridRows(
    c: C,
    f: { prefix: string | null; covered?: string; q?: string; branchId?: number },
  ) {
    const cityId = c.get('city').id;
    const r = await sql<Record<string, any>>`
      select gp.id as place_id, gp.name as place_name, cp.id as community_place_id, cp.name as community_place_name,
        co.id as community_org_id, co.name as community_org_name,
        b.id as org_id, b.name as org_name, gi.households, gi.established_on::text as established_on,
        (select count(*)::int from core.org bg where bg.city_id = b.city_id and bg.parent_id = b.id and bg.kind = ${BUILDING_GROUP_KIND} and bg.active) as groups,
        (select count(distinct a.member_id)::int from core.member_affiliation a where a.city_id = b.city_id and a.org_id = b.id and a.until is null) as members,
        (select string_agg(w.name, '、' order by w.id) from ${sql.table(`${S}.grid_worker`)} w where w.city_id = b.city_id and w.org_id = b.id and w.active) as workers
      from core.place gp
      join core.place cp on cp.city_id = gp.city_id and cp.id = gp.parent_id
      left join lateral (
        select o.id, o.name, o.path from core.org o
        where o.city_id = cp.city_id and o.place_id = cp.id and o.kind like 'community%' and o.active order by o.id limit 1
      ) co on true
      left join core.org b on b.city_id = gp.city_id and b.place_id = gp.id and b.kind = ${GRID_BRANCH_KIND} and b.active
      left join ${sql.table(`${S}.grid_info`)} gi on gi.city_id = b.city_id and gi.org_id = b.id
      where gp.city_id = ${cityId} and gp.kind = 'grid'
        and ${scopeSql(c, 'coalesce(b.path, co.path)')}
        ${f.prefix ? sql`and coalesce(b.path, co.path) like ${`${f.prefix}%`}` : sql``}
        ${f.covered === 'true' ? sql`and b.id is not null` : f.covered === 'false' ? sql`and b.id is null` : sql``}
        ${f.q ? sql`and (gp.name ilike ${`%${f.q}%`} or cp.name ilike ${`%${f.q}%`} or b.name ilike ${`%${f.q}%`})` : sql``}
        ${f.branchId ? sql`and b.id = ${f.branchId}` : sql``}
      order by cp.id, gp.id`.execute(db);
    return r.rows.map((x) => ({
      placeId: x.place_id,
      placeName: x.place_name,
      communityPlaceId: x.community_place_id,
      communityName: x.community_place_name,
      communityOrgId: x.community_org_id,
      orgId: x.org_id,
      orgName: x.org_name,
      households: x.households,
      establishedOn: x.established_on,
      groups: x.groups ?? 0,
      members: x.members ?? 0,
      workers: x.workers,
    }));
  }

  app.get(
    '/grids',
    describe({
      summary: 'Grids (网格) over the communities, with their party branch, worker and groups',
      response: gridListSchema,
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const items = await gridRows(c, { prefix: await prefixOf(db, c, f.orgId), covered: f.covered, q: f.q });
      return c.json({ items, total: items.length, covered: items.filter((i) => i.orgId).length });
    },
  );

  app.get(
    '/grids/:id',
    describe({
      summary: 'One grid branch with groups, workers, councils and this year’s funds',
      response: gridDetailSchema,
      responses: { 404: 'unknown grid branch' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const branch = await orgInScope(db, c, c.req.valid('param').id);
      if (branch.kind !== GRID_BRANCH_KIND) throw notFound('org');
      const cityId = c.get('city').id;
      const [row] = await gridRows(c, { prefix: null, branchId: branch.id });
      const year = Number(today(ctx).slice(0, 4));
      const [groups, workers, bodies, funds, demands] = await Promise.all([
        db
          .selectFrom('core.org')
          .select(['id', 'name', 'place_id as placeId'])
          .where('city_id', '=', cityId)
          .where('parent_id', '=', branch.id)
          .where('kind', '=', BUILDING_GROUP_KIND)
          .orderBy('id')
          .execute(),
        db
          .selectFrom(`${S}.grid_worker`)
          .select(['id', 'name', 'phone', 'hired_on as hiredOn', 'active'])
          .where('city_id', '=', cityId)
          .where('org_id', '=', branch.id)
          .orderBy('id')
          .execute()
          .then((rows) => rows.map((r) => ({ ...r, phone: maskPhone(r.phone), masked: true }))),
        db
          .selectFrom(`${S}.body`)
          .select(['id', 'kind', 'name'])
          .where('city_id', '=', cityId)
          .where('org_id', '=', branch.id)
          .execute(),
        db
          .selectFrom(`${S}.fund`)
          .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('amount'), sql<string>`0`).as('total'))
          .where('city_id', '=', cityId)
          .where('grid_org_id', '=', branch.id)
          .where('year', '=', year)
          .executeTakeFirstOrThrow(),
        db
          .selectFrom(`${S}.demand`)
          .select((eb) => [
            eb.fn.countAll<number>().as('total'),
            sql<number>`count(*) filter (where status <> 'closed')`.as('open'),
            sql<number>`count(*) filter (where status <> 'closed' and deadline < ${today(ctx)})`.as(
              'overdue',
            ),
          ])
          .where('city_id', '=', cityId)
          .where('grid_org_id', '=', branch.id)
          .executeTakeFirstOrThrow(),
      ]);
      return c.json({
        ...row,
        orgId: branch.id,
        orgName: branch.name,
        groups,
        workers,
        bodies,
        funds: { year, total: Number(funds.total), floor: c.get('pluginConfig').fundsFloorYuan },
        demands: {
          total: Number(demands.total),
          open: Number(demands.open),
          overdue: Number(demands.overdue),
        },
      });
    },
  );

  app.post(
    '/grids',
    describe({
      summary: 'Set up the party branch (网格党支部) of a grid, under its community’s party org',
      status: 201,
      response: createdGridSchema,
      ...TAG,
      responses: { 409: 'the grid already has a branch' },
    }),
    validate('json', createGridBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      const cityId = c.get('city').id;
      const grid = await db
        .selectFrom('core.place as gp')
        .innerJoin('core.place as cp', (j) =>
          j.onRef('cp.city_id', '=', 'gp.city_id').onRef('cp.id', '=', 'gp.parent_id'),
        )
        .select(['gp.id', 'gp.name', 'gp.kind', 'cp.id as community_place_id', 'cp.name as community_name'])
        .where('gp.city_id', '=', cityId)
        .where('gp.id', '=', b.gridPlaceId)
        .executeTakeFirst();
      if (!grid) throw invalid('gridPlaceId', say('没有这个网格', 'no such grid'));
      if (grid.kind !== 'grid')
        throw invalid('gridPlaceId', say('该地点不是网格', 'the place is not a grid'));
      const community = await db
        .selectFrom('core.org')
        .select('id')
        .where('city_id', '=', cityId)
        .where('place_id', '=', grid.community_place_id)
        .where('kind', 'like', 'community%')
        .where('active', '=', true)
        .orderBy('id')
        .executeTakeFirst();
      if (!community)
        throw invalid('gridPlaceId', say('网格所在社区尚无社区党组织', 'the community has no party org yet'));
      await orgInScope(db, c, community.id, 'gridPlaceId');
      const existing = await db
        .selectFrom(`${S}.grid_info`)
        .select('org_id')
        .where('city_id', '=', cityId)
        .where('place_id', '=', grid.id)
        .executeTakeFirst();
      if (existing)
        throw refused(say('该网格已建立党支部', 'the grid already has a party branch'), 'gridPlaceId');
      const created = await db.transaction().execute(async (trx) => {
        const org = await trx
          .insertInto('core.org')
          .values({
            city_id: cityId,
            parent_id: community.id,
            kind: GRID_BRANCH_KIND,
            name: b.name ?? `${grid.community_name}${grid.name}党支部`,
            place_id: grid.id,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await trx
          .insertInto(`${S}.grid_info`)
          .values({
            city_id: cityId,
            org_id: org.id,
            place_id: grid.id,
            households: b.households,
            established_on: b.establishedOn ?? today(ctx),
          })
          .execute();
        await audit(trx, c, 'create', 'grid_branch', org.id, null, {
          orgId: org.id,
          name: org.name,
          placeId: grid.id,
        });
        return org;
      });
      return c.json(
        {
          orgId: created.id,
          name: created.name,
          placeId: grid.id,
          parentId: community.id,
          path: created.path,
        },
        201,
      );
    },
  );

  app.patch(
    '/grids/:id',
    describe({
      summary: 'Rename a grid branch or set its households and founding date',
      response: okSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', patchGridBody),
    async (c) => {
      requireOrgAdmin(c);
      const branch = await orgInScope(db, c, c.req.valid('param').id);
      if (branch.kind !== GRID_BRANCH_KIND) throw notFound('org');
      const b = c.req.valid('json');
      const cityId = c.get('city').id;
      await db.transaction().execute(async (trx) => {
        if (b.name)
          await trx
            .updateTable('core.org')
            .set({ name: b.name })
            .where('city_id', '=', cityId)
            .where('id', '=', branch.id)
            .execute();
        const info: Record<string, unknown> = {};
        if (b.households !== undefined) info.households = b.households;
        if (b.establishedOn !== undefined) info.established_on = b.establishedOn;
        if (Object.keys(info).length)
          await trx
            .updateTable(`${S}.grid_info`)
            .set(info)
            .where('city_id', '=', cityId)
            .where('org_id', '=', branch.id)
            .execute();
        await audit(trx, c, 'update', 'grid_branch', branch.id, { name: branch.name }, b);
      });
      return c.json({ ok: true });
    },
  );

  app.post(
    '/grids/:id/groups',
    describe({
      summary: 'Add a building party group (楼栋党小组) under a grid branch',
      status: 201,
      response: groupSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', groupBody),
    async (c) => {
      requireOrgAdmin(c);
      const branch = await orgInScope(db, c, c.req.valid('param').id);
      if (branch.kind !== GRID_BRANCH_KIND) throw notFound('org');
      const b = c.req.valid('json');
      const cityId = c.get('city').id;
      if (b.buildingPlaceId) {
        const place = await db
          .selectFrom('core.place')
          .select('kind')
          .where('city_id', '=', cityId)
          .where('id', '=', b.buildingPlaceId)
          .executeTakeFirst();
        if (!place) throw invalid('buildingPlaceId', say('没有这个楼栋', 'no such building'));
        if (place.kind !== 'building')
          throw invalid('buildingPlaceId', say('该地点不是楼栋', 'the place is not a building'));
      }
      const org = await db.transaction().execute(async (trx) => {
        const created = await trx
          .insertInto('core.org')
          .values({
            city_id: cityId,
            parent_id: branch.id,
            kind: BUILDING_GROUP_KIND,
            name: b.name,
            place_id: b.buildingPlaceId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'create', 'building_group', created.id, null, {
          name: created.name,
          parentId: branch.id,
        });
        return created;
      });
      return c.json({ id: org.id, name: org.name, parentId: branch.id, placeId: org.place_id }, 201);
    },
  );

  app.get(
    '/network',
    describe({
      summary: 'The four-level network (街镇大工委—社区大党委—网格党支部—楼栋党小组) per street',
      response: networkSchema,
      ...TAG,
    }),
    validate('query', z.object({ orgId: queryId.optional() })),
    async (c) => {
      requireOrgAdmin(c);
      const prefix = await prefixOf(db, c, c.req.valid('query').orgId);
      const r = await sql<Record<string, any>>`
      select o.id, o.kind, o.name, o.parent_id, o.path from core.org o
      where o.city_id = ${c.get('city').id} and o.active
        and (o.kind in ('street_working_committee', ${GRID_BRANCH_KIND}, ${BUILDING_GROUP_KIND}) or o.kind like 'community%')
        and ${scopeSql(c, 'o.path')} ${prefix ? sql`and o.path like ${`${prefix}%`}` : sql``}
      order by o.path`.execute(db);
      const bodies = await sql<Record<string, any>>`
      select b.kind, o.path, (select count(*)::int from ${sql.table(`${S}.body_member`)} m where m.city_id = b.city_id and m.body_id = b.id and m.until is null) as members
      from ${sql.table(`${S}.body`)} b join core.org o on o.city_id = b.city_id and o.id = b.org_id
      where b.city_id = ${c.get('city').id} and ${scopeSql(c, 'o.path')} ${prefix ? sql`and o.path like ${`${prefix}%`}` : sql``}`.execute(
        db,
      );
      const streets = r.rows.filter((o) => o.kind === 'street_working_committee');
      const count = (path: string, pred: (o: any) => boolean) =>
        r.rows.filter((o) => o.path.startsWith(path) && pred(o)).length;
      const isCommunity = (o: any) => o.kind.startsWith('community_');
      const rows = streets.map((s) => ({
        orgId: s.id,
        name: s.name,
        communities: count(s.path, isCommunity),
        gridBranches: count(s.path, (o) => o.kind === GRID_BRANCH_KIND),
        buildingGroups: count(s.path, (o) => o.kind === BUILDING_GROUP_KIND),
        partTimeMembers: bodies.rows
          .filter((b) => b.path.startsWith(s.path))
          .reduce((n, b) => n + b.members, 0),
      }));
      return c.json({
        totals: {
          streets: streets.length,
          communities: r.rows.filter(isCommunity).length,
          gridBranches: r.rows.filter((o) => o.kind === GRID_BRANCH_KIND).length,
          buildingGroups: r.rows.filter((o) => o.kind === BUILDING_GROUP_KIND).length,
        },
        bodies: BODY_KINDS.map((kind) => ({
          kind,
          bodies: bodies.rows.filter((b) => b.kind === kind).length,
          members: bodies.rows.filter((b) => b.kind === kind).reduce((n, b) => n + b.members, 0),
        })),
        streets: rows,
      });
    },
  );

  // Councils: 大工委 / 促进会 / 大党委 / 联席会 / 协商会 and their part-time committee members (兼职委员).
  app.get(
    '/bodies',
    describe({
      summary: 'Street, community and grid councils with their active members',
      response: itemsOf(bodyListItemSchema),
      ...TAG,
    }),
    validate('query', bodyListQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const prefix = await prefixOf(db, c, f.orgId);
      let q = db
        .selectFrom(`${S}.body as b`)
        .innerJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'b.city_id').onRef('o.id', '=', 'b.org_id'),
        )
        .select((eb) => [
          'b.id',
          'b.kind',
          'b.name',
          'b.org_id as orgId',
          'o.name as orgName',
          'b.established_on as establishedOn',
          eb
            .selectFrom(`${S}.body_member as m`)
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('m.city_id', '=', 'b.city_id')
            .whereRef('m.body_id', '=', 'b.id')
            .where('m.until', 'is', null)
            .as('members'),
        ])
        .where('b.city_id', '=', c.get('city').id)
        .where(orgPathFilter(c.get('access'), 'o.path'));
      if (prefix) q = q.where('o.path', 'like', `${prefix}%`);
      if (f.kind) q = q.where('b.kind', '=', f.kind);
      const items = await q.orderBy('o.path').orderBy('b.kind').limit(1000).execute();
      return c.json({ items: items.map((i) => ({ ...i, members: Number(i.members) })) });
    },
  );

  async function loadBody(c: C, bodyId: number) {
    const body = await db
      .selectFrom(`${S}.body as b`)
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'b.city_id').onRef('o.id', '=', 'b.org_id'),
      )
      .select(['b.id', 'b.kind', 'b.name', 'b.org_id', 'o.name as org_name', 'o.path', 'b.established_on'])
      .where('b.city_id', '=', c.get('city').id)
      .where('b.id', '=', bodyId)
      .executeTakeFirst();
    if (!body) throw notFound(say('议事机构', 'Council'));
    await orgInScope(db, c, body.org_id);
    return body;
  }

  app.get(
    '/bodies/:id',
    describe({
      summary: 'One council with its members',
      response: bodyDetailSchema,
      responses: { 404: 'unknown council' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const body = await loadBody(c, c.req.valid('param').id);
      const members = await db
        .selectFrom(`${S}.body_member as m`)
        .leftJoin('core.unit as u', (j) =>
          j.onRef('u.city_id', '=', 'm.city_id').onRef('u.id', '=', 'm.unit_id'),
        )
        .select([
          'm.id',
          'm.name',
          'm.source',
          'm.role',
          'm.unit_id as unitId',
          'u.name as unitName',
          'm.member_id as memberId',
          'm.since',
          'm.until',
        ])
        .where('m.city_id', '=', c.get('city').id)
        .where('m.body_id', '=', body.id)
        .orderBy('m.until', 'desc')
        .orderBy('m.role')
        .orderBy('m.id')
        .execute();
      return c.json({
        id: body.id,
        kind: body.kind,
        name: body.name,
        orgId: body.org_id,
        orgName: body.org_name,
        establishedOn: body.established_on,
        members,
      });
    },
  );

  app.post(
    '/bodies',
    describe({
      summary: 'Set up a council on a street, community or grid org',
      status: 201,
      response: bodySchema,
      ...TAG,
    }),
    validate('json', createBodyBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      const org = await orgInScope(db, c, b.orgId, 'orgId');
      const level = BODY_LEVEL[b.kind];
      if (!orgFitsLevel(org.kind, level))
        throw invalid(
          'kind',
          say(
            `${BODY_LABELS[b.kind]['zh-CN']}须设在${{ street: '街镇党工委', community: '社区党组织', grid: '网格党支部' }[level]}`,
            `${BODY_LABELS[b.kind].en} belongs on a ${level} org`,
          ),
        );
      const cityId = c.get('city').id;
      const existing = await db
        .selectFrom(`${S}.body`)
        .select('id')
        .where('city_id', '=', cityId)
        .where('org_id', '=', org.id)
        .where('kind', '=', b.kind)
        .executeTakeFirst();
      if (existing) throw refused(say('该组织已设立此议事机构', 'this org already has one'), 'kind');
      const row = await db.transaction().execute(async (trx) => {
        const created = await trx
          .insertInto(`${S}.body`)
          .values({
            city_id: cityId,
            org_id: org.id,
            kind: b.kind,
            name:
              b.name ??
              `${org.name.replace(/党(工委|委|总支|支部)$/, '')}${BODY_LABELS[b.kind]['zh-CN'].replace(/^(街镇|社区)/, '')}`,
            established_on: b.establishedOn,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'create', 'body', created.id, null, created);
        return created;
      });
      return c.json(
        { id: row.id, kind: row.kind, name: row.name, orgId: row.org_id, establishedOn: row.established_on },
        201,
      );
    },
  );

  app.post(
    '/bodies/:id/members',
    describe({
      summary: 'Add a part-time committee member (兼职委员) or convener',
      status: 201,
      response: bodyMemberSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', bodyMemberBody),
    async (c) => {
      requireOrgAdmin(c);
      const body = await loadBody(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      const cityId = c.get('city').id;
      if ((b.source === 'unit' || b.source === 'two_new_secretary') && !b.unitId)
        throw invalid('unitId', say('请注明所在单位', 'name the unit'));
      if (b.source === 'member' && !b.memberId)
        throw invalid('memberId', say('党员代表须关联党员', 'link the member'));
      if (b.unitId) {
        const unit = await db
          .selectFrom('core.unit')
          .select('kind')
          .where('city_id', '=', cityId)
          .where('id', '=', b.unitId)
          .executeTakeFirst();
        if (!unit) throw invalid('unitId', say('没有这个单位', 'no such unit'));
        if (b.source === 'two_new_secretary' && unit.kind !== 'new_economic' && unit.kind !== 'new_social')
          throw invalid('unitId', say('不是“两新”组织', 'not a two-new organization'));
      }
      await assertInCity(db, 'core.member', cityId, b.memberId, 'memberId');
      if (b.role === 'convener') {
        const convener = await db
          .selectFrom(`${S}.body_member`)
          .select('id')
          .where('city_id', '=', cityId)
          .where('body_id', '=', body.id)
          .where('role', '=', 'convener')
          .where('until', 'is', null)
          .executeTakeFirst();
        if (convener) throw refused(say('已有召集人', 'the council already has a convener'), 'role');
      }
      const row = await db.transaction().execute(async (trx) => {
        const created = await trx
          .insertInto(`${S}.body_member`)
          .values({
            city_id: cityId,
            body_id: body.id,
            name: b.name,
            source: b.source,
            role: b.role,
            unit_id: b.unitId,
            member_id: b.memberId,
            since: b.since ?? today(ctx),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'create', 'body_member', created.id, null, created);
        return created;
      });
      return c.json(
        {
          id: row.id,
          name: row.name,
          source: row.source,
          role: row.role,
          unitId: row.unit_id,
          memberId: row.member_id,
          since: row.since,
          until: row.until,
        },
        201,
      );
    },
  );

  app.post(
    '/bodies/:id/members/:memberId/end',
    describe({
      summary: 'End a council membership',
      response: okSchema,
      responses: { 404: 'unknown council member', 409: 'already ended' },
      ...TAG,
    }),
    validate('param', bodyMemberParam),
    validate('json', endBody),
    async (c) => {
      requireOrgAdmin(c);
      const { id: bodyId, memberId } = c.req.valid('param');
      const body = await loadBody(c, bodyId);
      const { until } = c.req.valid('json');
      const cityId = c.get('city').id;
      const before = await db
        .selectFrom(`${S}.body_member`)
        .selectAll()
        .where('city_id', '=', cityId)
        .where('body_id', '=', body.id)
        .where('id', '=', memberId)
        .executeTakeFirst();
      if (!before) throw notFound(say('兼职委员', 'Council member'));
      if (before.until) throw refused(say('已卸任', 'already ended'));
      if (until < String(before.since))
        throw invalid('until', say('卸任日期早于任职日期', 'until before since'));
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.body_member`)
          .set({ until })
          .where('city_id', '=', cityId)
          .where('id', '=', memberId)
          .execute();
        await audit(trx, c, 'end', 'body_member', memberId, before, { ...before, until });
      });
      return c.json({ ok: true });
    },
  );

  // 党代表工作室.
  app.get(
    '/studios',
    describe({
      summary: 'Party-representative studios (党代表工作室)',
      response: itemsOf(studioListItemSchema),
      ...TAG,
    }),
    async (c) => {
      requireOrgAdmin(c);
      const rows = await db
        .selectFrom(`${S}.studio as s`)
        .innerJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 's.city_id').onRef('o.id', '=', 's.org_id'),
        )
        .select((eb) => [
          's.id',
          's.name',
          's.org_id as orgId',
          'o.name as orgName',
          's.representatives',
          eb
            .selectFrom(`${S}.demand as d`)
            .select(sql<number>`count(*)::int`.as('n'))
            .whereRef('d.city_id', '=', 's.city_id')
            .whereRef('d.studio_id', '=', 's.id')
            .where('d.status', '<>', 'closed')
            .as('openCases'),
        ])
        .where('s.city_id', '=', c.get('city').id)
        .orderBy('s.id')
        .execute();
      return c.json({ items: rows.map((r) => ({ ...r, openCases: Number(r.openCases ?? 0) })) });
    },
  );

  app.post(
    '/studios',
    describe({
      summary: 'Set up a party-representative studio on a street or community org',
      status: 201,
      response: studioSchema,
      ...TAG,
    }),
    validate('json', studioBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      const org = await orgInScope(db, c, b.orgId, 'orgId');
      const cityId = c.get('city').id;
      const row = await db.transaction().execute(async (trx) => {
        const created = await trx
          .insertInto(`${S}.studio`)
          .values({
            city_id: cityId,
            org_id: org.id,
            name: b.name,
            representatives: JSON.stringify(b.representatives),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'create', 'studio', created.id, null, created);
        return created;
      });
      return c.json(
        { id: row.id, name: row.name, orgId: row.org_id, representatives: row.representatives },
        201,
      );
    },
  );

  return app;
}
