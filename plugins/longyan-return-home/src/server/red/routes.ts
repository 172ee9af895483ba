import {
  ApiError,
  describe,
  idParam,
  invalid,
  isoDate,
  notFound,
  num,
  type PluginContext,
  type PluginEnv,
  pathInScope,
  positiveId,
  queryId,
  recordAudit,
  refuse,
  requireOrgLevel,
  say,
  scopeCondition,
  text,
  todayOf,
  validate,
} from '@jiceng/plugin-kit';
import { type Context, Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { BRANCH_ROLES, COMMITTEE_ROLES } from '../../shared/model';
import { communityOrgInScope, loadMember, S, TAG } from '../common';
import type { LongyanTables } from '../db';
import {
  committeeDetailSchema,
  committeeListSchema,
  committeeMemberSchema,
  committeeSchema,
} from './schemas';

const schema = sql.raw(S);
const committeeBody = z.object({
  compoundPlaceId: positiveId,
  name: text(120).optional(),
  formedOn: isoDate.optional(),
  propertyCompany: z.string().trim().max(120).nullable().optional(),
});
const memberBody = z.object({
  name: text(60).optional(),
  memberId: positiveId.nullable().optional(),
  role: z.enum(COMMITTEE_ROLES),
  /** The member's post in the compound party org: set = 交叉任职; secretary + chair = 一肩挑. */
  branchRole: z.enum(BRANCH_ROLES).nullable().optional(),
});
const listQuery = z.object({ communityOrgId: queryId.optional() });

type C = Context<PluginEnv<Config>>;

/** Flags derived from the rows, never stored: 党员, 在职党员, 交叉任职, 一肩挑. */
const flagsSql = sql`
  count(cm.id)::int as members,
  count(cm.member_id)::int as party_members,
  count(*) filter (where m.category = 'in_service')::int as in_service,
  count(*) filter (where cm.branch_role is not null and not (cm.branch_role = 'secretary' and cm.role = 'chair'))::int as cross_appointed,
  count(*) filter (where cm.branch_role = 'secretary' and cm.role = 'chair')::int as one_shoulder`;

const flagsView = (r: any) => ({
  members: num(r.members),
  partyMembers: num(r.party_members),
  inService: num(r.in_service),
  crossAppointed: num(r.cross_appointed),
  oneShoulder: num(r.one_shoulder),
});

export function redCommitteeRoutes(ctx: PluginContext<Config, LongyanTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  async function loadCommittee(c: C, id: number) {
    const row: any = (
      await sql<any>`
        select rc.id, rc.name, rc.compound_place_id, p.name as compound_name, rc.compound_org_id, o.name as compound_org_name, o.path,
          rc.formed_on, rc.property_company
        from ${schema}.red_committee rc
        join core.place p on p.city_id = rc.city_id and p.id = rc.compound_place_id
        join core.org o on o.city_id = rc.city_id and o.id = rc.compound_org_id
        where rc.city_id = ${c.get('city').id} and rc.id = ${id}`.execute(db)
    ).rows[0];
    if (!row || !pathInScope(c.get('access'), row.path))
      throw notFound(say('红色业委会', 'Owners’ committee'));
    return row;
  }

  app.get(
    '/red-committees',
    describe({
      summary: '红色业委会 in scope with member flags (party, in-service, 交叉任职, 一肩挑)',
      response: committeeListSchema,
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgLevel(c);
      const { communityOrgId } = c.req.valid('query');
      if (communityOrgId) await communityOrgInScope(db, c, communityOrgId);
      const rows = await sql<any>`
      select rc.id, rc.name, rc.compound_place_id, p.name as compound_name, rc.compound_org_id, o.name as compound_org_name,
        x.community_org_id, rc.formed_on, rc.property_company, f.*
      from ${schema}.red_committee rc
      join core.place p on p.city_id = rc.city_id and p.id = rc.compound_place_id
      join core.org o on o.city_id = rc.city_id and o.id = rc.compound_org_id
      join ${schema}.compound_org x on x.city_id = rc.city_id and x.org_id = rc.compound_org_id
      left join lateral (
        select ${flagsSql}
        from ${schema}.red_committee_member cm
        left join core.member m on m.city_id = cm.city_id and m.id = cm.member_id
        where cm.city_id = rc.city_id and cm.committee_id = rc.id
      ) f on true
      where rc.city_id = ${c.get('city').id} and ${scopeCondition(c.get('access'), ['o.path'])} ${communityOrgId ? sql`and x.community_org_id = ${communityOrgId}` : sql``}
      order by rc.id limit 2000`.execute(db);
      const items = rows.rows.map((r) => ({
        id: r.id,
        name: r.name,
        compoundPlaceId: r.compound_place_id,
        compoundName: r.compound_name,
        compoundOrgId: r.compound_org_id,
        compoundOrgName: r.compound_org_name,
        communityOrgId: r.community_org_id,
        formedOn: r.formed_on,
        propertyCompany: r.property_company,
        ...flagsView(r),
      }));
      const totals = items.reduce(
        (t, i) => ({
          committees: t.committees + 1,
          members: t.members + i.members,
          partyMembers: t.partyMembers + i.partyMembers,
          inService: t.inService + i.inService,
          crossAppointed: t.crossAppointed + i.crossAppointed,
          oneShoulder: t.oneShoulder + i.oneShoulder,
        }),
        { committees: 0, members: 0, partyMembers: 0, inService: 0, crossAppointed: 0, oneShoulder: 0 },
      );
      return c.json({ items, totals });
    },
  );

  app.post(
    '/red-committees',
    describe({
      summary: 'Record a red owners’ committee formed under a compound party org’s lead',
      status: 201,
      response: committeeSchema,
      ...TAG,
      responses: { 409: 'compound has no party org, or already has a committee' },
    }),
    validate('json', committeeBody),
    async (c) => {
      requireOrgLevel(c);
      const b = c.req.valid('json');
      const city = c.get('city');
      const compound = (
        await sql<any>`
        select p.id, p.name, p.kind, cv.org_id, o.path
        from core.place p
        left join ${schema}.compound_coverage cv on cv.city_id = p.city_id and cv.compound_place_id = p.id
        left join core.org o on o.city_id = cv.city_id and o.id = cv.org_id
        where p.city_id = ${city.id} and p.id = ${b.compoundPlaceId}`.execute(db)
      ).rows[0];
      if (!compound) throw new ApiError(400, 'cross_city', { field: 'compoundPlaceId' }, 'compoundPlaceId');
      if (compound.kind !== 'compound') throw invalid(say('不是小区', 'not a compound'), 'compoundPlaceId');
      if (!compound.org_id)
        throw refuse(
          say(
            '该小区尚无党组织，红色业委会由小区党组织主导组建',
            'the compound has no party org to lead the committee',
          ),
          'compoundPlaceId',
        );
      if (!pathInScope(c.get('access'), compound.path))
        throw new ApiError(400, 'out_of_scope', { field: 'compoundPlaceId' }, 'compoundPlaceId');
      const exists = await db
        .selectFrom(`${S}.red_committee`)
        .select('id')
        .where('city_id', '=', city.id)
        .where('compound_place_id', '=', compound.id)
        .executeTakeFirst();
      if (exists)
        throw refuse(say('该小区已有业委会记录', 'the compound already has a committee'), 'compoundPlaceId');
      const formedOn = b.formedOn ?? todayOf(ctx);
      if (formedOn > todayOf(ctx))
        throw invalid(say('日期不能晚于今天', 'formedOn is in the future'), 'formedOn');
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(`${S}.red_committee`)
          .values({
            city_id: city.id,
            compound_place_id: compound.id,
            compound_org_id: compound.org_id,
            name: b.name ?? `${compound.name}业主委员会`,
            formed_on: formedOn,
            property_company: b.propertyCompany ?? null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: `${S}.red_committee`,
          entityId: r.id,
          after: r,
        });
        return r;
      });
      return c.json(
        {
          id: row.id,
          name: row.name,
          compoundPlaceId: row.compound_place_id,
          compoundOrgId: row.compound_org_id,
          formedOn: row.formed_on,
          propertyCompany: row.property_company,
        },
        201,
      );
    },
  );

  app.get(
    '/red-committees/:id',
    describe({
      summary: 'One committee with its members and their flags',
      response: committeeDetailSchema,
      ...TAG,
      responses: { 404: 'unknown committee' },
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgLevel(c);
      const rc = await loadCommittee(c, c.req.valid('param').id);
      const members = await sql<any>`
      select cm.id, cm.name, cm.member_id, cm.role, cm.branch_role, m.category
      from ${schema}.red_committee_member cm
      left join core.member m on m.city_id = cm.city_id and m.id = cm.member_id
      where cm.city_id = ${c.get('city').id} and cm.committee_id = ${rc.id}
      order by case cm.role when 'chair' then 0 when 'vice_chair' then 1 else 2 end, cm.id`.execute(db);
      return c.json({
        id: rc.id,
        name: rc.name,
        compoundPlaceId: rc.compound_place_id,
        compoundName: rc.compound_name,
        compoundOrgId: rc.compound_org_id,
        compoundOrgName: rc.compound_org_name,
        formedOn: rc.formed_on,
        propertyCompany: rc.property_company,
        members: members.rows.map((m) => ({
          id: m.id,
          name: m.name,
          memberId: m.member_id,
          role: m.role,
          branchRole: m.branch_role,
          partyMember: m.member_id != null,
          inService: m.category === 'in_service',
          oneShoulder: m.branch_role === 'secretary' && m.role === 'chair',
          crossAppointed: m.branch_role != null && !(m.branch_role === 'secretary' && m.role === 'chair'),
        })),
      });
    },
  );

  app.post(
    '/red-committees/:id/members',
    describe({
      summary: 'Add a committee member (a party member when memberId is given)',
      status: 201,
      response: committeeMemberSchema,
      ...TAG,
      responses: { 409: 'second chair or duplicate member' },
    }),
    validate('param', idParam),
    validate('json', memberBody),
    async (c) => {
      requireOrgLevel(c);
      const rc = await loadCommittee(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      const city = c.get('city');
      let name = b.name;
      if (b.memberId != null) {
        const member = await loadMember(db, city.id, b.memberId, 'memberId');
        name ??= member.name;
        const dup = await db
          .selectFrom(`${S}.red_committee_member`)
          .select('id')
          .where('city_id', '=', city.id)
          .where('committee_id', '=', rc.id)
          .where('member_id', '=', member.id)
          .executeTakeFirst();
        if (dup) throw refuse(say('已是本业委会成员', 'already on this committee'), 'memberId');
      } else if (b.branchRole) {
        throw invalid(
          say(
            '交叉任职的成员须为党员，请选择党员',
            'a cross-appointed member must be a party member (memberId)',
          ),
          'branchRole',
        );
      }
      if (!name) throw invalid(say('需要姓名', 'name is required'), 'name');
      if (b.role === 'chair') {
        const chair = await db
          .selectFrom(`${S}.red_committee_member`)
          .select('id')
          .where('city_id', '=', city.id)
          .where('committee_id', '=', rc.id)
          .where('role', '=', 'chair')
          .executeTakeFirst();
        if (chair) throw refuse(say('本业委会已有主任', 'the committee already has a chair'), 'role');
      }
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(`${S}.red_committee_member`)
          .values({
            city_id: city.id,
            committee_id: rc.id,
            name,
            member_id: b.memberId ?? null,
            role: b.role,
            branch_role: b.branchRole ?? null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: `${S}.red_committee_member`,
          entityId: r.id,
          after: r,
        });
        return r;
      });
      return c.json(
        {
          id: row.id,
          committeeId: rc.id,
          name: row.name,
          memberId: row.member_id,
          role: row.role,
          branchRole: row.branch_role,
          oneShoulder: row.branch_role === 'secretary' && row.role === 'chair',
          crossAppointed:
            row.branch_role != null && !(row.branch_role === 'secretary' && row.role === 'chair'),
        },
        201,
      );
    },
  );

  return app;
}
