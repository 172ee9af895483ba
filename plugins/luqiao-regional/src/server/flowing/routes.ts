import {
  conflict,
  describe,
  idParam,
  invalid,
  isoDate,
  notFound,
  optionalText,
  orgInScope,
  orgPathFilter,
  type PluginEnv,
  pathInScope,
  positiveId,
  recordAudit,
  requireOrgAdmin,
  say,
  text,
  todayOf,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { FLOWING_ACTIVITY_KINDS, ORG_KINDS } from '../../shared/model';
import { type C, type Ctx, loadRegion, T } from '../common';
import { branchActivitySchema, flowingBranchSchema, idRowsSchema, joinedSchema, okSchema } from '../schemas';

const createBody = z.object({
  name: text(120),
  /** Where the branch sits in the tree: usually a region's service centre org or the regional org. */
  parentOrgId: positiveId,
  regionId: positiveId.nullable().optional(),
  /** Where its members come from, e.g. 江西省丰城市焦坑乡. */
  origin: text(120),
  originOrgName: optionalText(120),
  establishedOn: isoDate.optional(),
  contactName: optionalText(60),
});
const memberBody = z.object({ memberId: positiveId, joinedOn: isoDate.optional() });
const leaveBody = z.object({ leftOn: isoDate.optional() });
const activityBody = z.object({
  kind: z.enum(Object.keys(FLOWING_ACTIVITY_KINDS) as [string, ...string[]]),
  happenedOn: isoDate,
  /** 万元 for investment, a count for the others (default 1). */
  amount: z.number().min(0).max(1_000_000).optional(),
  description: text(500),
});
const lookupQuery = z.object({
  q: z.string().trim().max(60).optional(),
  branchId: z.coerce.number().int().positive().optional(),
});
const memberParam = z.object({
  id: z.coerce.number().int().positive(),
  memberId: z.coerce.number().int().positive(),
});

export function flowingRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  const tag = { tags: ['luqiao-regional: flowing branches'] };

  const base = (cityId: number) =>
    db
      .selectFrom(`${T.branch} as b`)
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'b.city_id').onRef('o.id', '=', 'b.org_id'),
      )
      .leftJoin('core.org as p', (j) =>
        j.onRef('p.city_id', '=', 'o.city_id').onRef('p.id', '=', 'o.parent_id'),
      )
      .leftJoin(`${T.region} as r`, (j) =>
        j.onRef('r.city_id', '=', 'b.city_id').onRef('r.id', '=', 'b.region_id'),
      )
      .select([
        'b.id',
        'b.org_id as orgId',
        'o.name',
        'o.path',
        'p.name as parentName',
        'b.region_id as regionId',
        'r.name as regionName',
        'b.origin',
        'b.origin_org_name as originOrgName',
        'b.established_on as establishedOn',
        'b.contact_name as contactName',
        sql<number>`(select count(*)::int from ${sql.table(T.branchMember)} bm where bm.city_id = b.city_id and bm.branch_id = b.id and bm.left_on is null)`.as(
          'memberCount',
        ),
      ])
      .where('b.city_id', '=', cityId);

  async function loadBranch(c: C, branchId: number) {
    const b: any = await base(c.get('city').id).where('b.id', '=', branchId).executeTakeFirst();
    if (!b || !pathInScope(c.get('access'), b.path))
      throw notFound({ 'zh-CN': '流动党支部', en: 'Flowing branch' });
    return b;
  }

  app.get(
    '/flowing-branches',
    describe({ response: idRowsSchema, summary: 'Flowing party branches of members from elsewhere', ...tag }),
    async (c) => {
      requireOrgAdmin(c);
      const rows = await base(c.get('city').id)
        .where(orgPathFilter(c.get('access'), 'o.path'))
        .orderBy('b.id')
        .execute();
      const totals = rows.length
        ? await db
            .selectFrom(T.branchActivity)
            .select(['branch_id', 'kind', sql<number>`coalesce(sum(amount), 0)::float8`.as('amount')])
            .where('city_id', '=', c.get('city').id)
            .where(
              'branch_id',
              'in',
              rows.map((r: any) => r.id),
            )
            .groupBy(['branch_id', 'kind'])
            .execute()
        : [];
      return c.json({
        items: rows.map((r: any) => ({
          ...r,
          path: undefined,
          totals: Object.fromEntries(
            totals.filter((t: any) => t.branch_id === r.id).map((t: any) => [t.kind, Number(t.amount)]),
          ),
        })),
      });
    },
  );

  app.post(
    '/flowing-branches',
    describe({
      status: 201,
      response: flowingBranchSchema,
      summary: 'Set up a flowing party branch (e.g. 驻台州流动党支部) in the tree',
      ...tag,
    }),
    validate('json', createBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      const cityId = c.get('city').id;
      const parent = await orgInScope(db, c, b.parentOrgId, 'parentOrgId');
      if (b.regionId) {
        const region = await loadRegion(db, c, b.regionId, 'manage', 'regionId');
        if (!parent.path.startsWith(region.regional_path))
          throw invalid(
            say('上级党组织须在该区域党组织之下', 'the parent must sit under that region’s regional org'),
            'parentOrgId',
          );
      }
      const dup = await db
        .selectFrom('core.org')
        .select('id')
        .where('city_id', '=', cityId)
        .where('kind', '=', ORG_KINDS.flowing)
        .where('name', '=', b.name)
        .executeTakeFirst();
      if (dup)
        throw conflict(
          { 'zh-CN': '已有同名流动党支部', en: 'a flowing branch with this name exists' },
          'name',
        );
      const row = await db.transaction().execute(async (trx) => {
        const org = await trx
          .insertInto('core.org')
          .values({
            city_id: cityId,
            parent_id: parent.id,
            kind: ORG_KINDS.flowing,
            name: b.name,
            place_id: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const r = await trx
          .insertInto(T.branch)
          .values({
            city_id: cityId,
            org_id: org.id,
            region_id: b.regionId ?? null,
            origin: b.origin,
            origin_org_name: b.originOrgName ?? null,
            established_on: b.establishedOn ?? todayOf(ctx),
            contact_name: b.contactName ?? null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: T.branch,
          entityId: r.id,
          after: { ...b, orgId: org.id },
        });
        return r;
      });
      const { path: _p, ...out } = await loadBranch(c, row.id);
      return c.json(out, 201);
    },
  );

  app.get(
    '/flowing-branches/:id',
    describe({
      response: flowingBranchSchema,
      responses: { 404: 'not found in the actor’s scope' },
      summary: 'A flowing branch with its members and activities',
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const b = await loadBranch(c, c.req.valid('param').id);
      const cityId = c.get('city').id;
      const [members, activities] = await Promise.all([
        db
          .selectFrom(`${T.branchMember} as bm`)
          .innerJoin('core.member as m', (j) =>
            j.onRef('m.city_id', '=', 'bm.city_id').onRef('m.id', '=', 'bm.member_id'),
          )
          .select([
            'bm.id',
            'bm.member_id as memberId',
            'm.name',
            'm.occupation',
            'bm.joined_on as joinedOn',
            'bm.left_on as leftOn',
          ])
          .where('bm.city_id', '=', cityId)
          .where('bm.branch_id', '=', b.id)
          .orderBy('bm.id')
          .execute(),
        db
          .selectFrom(T.branchActivity)
          .select(['id', 'kind', 'happened_on as happenedOn', 'amount', 'description'])
          .where('city_id', '=', cityId)
          .where('branch_id', '=', b.id)
          .orderBy('happened_on', 'desc')
          .execute(),
      ]);
      const { path: _p, ...out } = b;
      return c.json({
        ...out,
        members,
        activities: activities.map((a: any) => ({
          ...a,
          amount: a.amount == null ? null : Number(a.amount),
        })),
      });
    },
  );

  app.get(
    '/lookups/flowing-members',
    describe({
      response: idRowsSchema,
      summary: 'Flowing members to take into a branch: by name, those the actor looks after',
      ...tag,
    }),
    validate('query', lookupQuery),
    async (c) => {
      requireOrgAdmin(c);
      const { q, branchId } = c.req.valid('query');
      const cityId = c.get('city').id;
      const access = c.get('access');
      let query = db
        .selectFrom('core.member as m')
        .innerJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'),
        )
        .leftJoin(`${T.registration} as g`, (j) =>
          j
            .onRef('g.city_id', '=', 'm.city_id')
            .onRef('g.member_id', '=', 'm.id')
            .on('g.ended_on', 'is', null),
        )
        .leftJoin(`${T.region} as r`, (j) =>
          j.onRef('r.city_id', '=', 'g.city_id').onRef('r.id', '=', 'g.region_id'),
        )
        .leftJoin('core.org as ro', (j) =>
          j.onRef('ro.city_id', '=', 'r.city_id').onRef('ro.id', '=', 'r.regional_org_id'),
        )
        .select(['m.id', 'm.name', 'o.name as orgName', 'r.name as regionName'])
        .where('m.city_id', '=', cityId)
        .where('m.category', '=', 'flowing')
        .where('m.active', '=', true)
        // Those whose relation sits in the actor's subtree, or who registered in a region the actor sees.
        .where((eb) =>
          eb.or([
            orgPathFilter(access, 'o.path')(eb),
            eb.and([eb('ro.path', 'is not', null), orgPathFilter(access, 'ro.path')(eb)]),
          ]),
        );
      if (q) query = query.where('m.name', 'ilike', `%${q}%`);
      if (branchId)
        query = query.where(
          'm.id',
          'not in',
          db
            .selectFrom(T.branchMember)
            .select('member_id')
            .where('city_id', '=', cityId)
            .where('branch_id', '=', branchId)
            .where('left_on', 'is', null),
        );
      return c.json({ items: await query.orderBy('m.id').limit(30).execute() });
    },
  );

  app.post(
    '/flowing-branches/:id/members',
    describe({
      status: 201,
      response: joinedSchema,
      summary: 'Take a flowing member into the branch (activity affiliation; the relation stays at home)',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', memberBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = await loadBranch(c, c.req.valid('param').id);
      const body = c.req.valid('json');
      const cityId = c.get('city').id;
      const m: any = await db
        .selectFrom('core.member')
        .select(['id', 'name', 'category', 'active'])
        .where('city_id', '=', cityId)
        .where('id', '=', body.memberId)
        .executeTakeFirst();
      if (!m) throw invalid(say('党员不存在', 'unknown member'), 'memberId');
      if (!m.active) throw invalid(say(`${m.name} 已停用`, `${m.name} is inactive`), 'memberId');
      if (m.category !== 'flowing')
        throw invalid(
          say('流动党支部只接纳流动党员', 'a flowing branch takes flowing members only'),
          'memberId',
        );
      const dup = await db
        .selectFrom(T.branchMember)
        .select('id')
        .where('city_id', '=', cityId)
        .where('branch_id', '=', b.id)
        .where('member_id', '=', m.id)
        .where('left_on', 'is', null)
        .executeTakeFirst();
      if (dup)
        throw conflict(
          { 'zh-CN': `${m.name} 已在该支部`, en: `${m.name} is already in the branch` },
          'memberId',
        );
      const on = body.joinedOn ?? todayOf(ctx);
      const row = await db.transaction().execute(async (trx) => {
        const aff = await trx
          .insertInto('core.member_affiliation')
          .values({
            city_id: cityId,
            member_id: m.id,
            kind: 'org',
            org_id: b.orgId,
            place_id: null,
            since: on,
            note: b.name,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const r = await trx
          .insertInto(T.branchMember)
          .values({
            city_id: cityId,
            branch_id: b.id,
            member_id: m.id,
            joined_on: on,
            affiliation_id: aff.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'join',
          entity: T.branch,
          entityId: b.id,
          after: { memberId: m.id, joinedOn: on },
        });
        return r;
      });
      return c.json({ id: row.id, memberId: m.id, joinedOn: on }, 201);
    },
  );

  app.post(
    '/flowing-branches/:id/members/:memberId/leave',
    describe({ response: okSchema, summary: 'A member leaves the branch (went home or moved on)', ...tag }),
    validate('param', memberParam),
    validate('json', leaveBody),
    async (c) => {
      requireOrgAdmin(c);
      const { id: branchId, memberId } = c.req.valid('param');
      const b = await loadBranch(c, branchId);
      const cityId = c.get('city').id;
      const bm: any = await db
        .selectFrom(T.branchMember)
        .selectAll()
        .where('city_id', '=', cityId)
        .where('branch_id', '=', b.id)
        .where('member_id', '=', memberId)
        .where('left_on', 'is', null)
        .executeTakeFirst();
      if (!bm) throw notFound({ 'zh-CN': '支部成员', en: 'Branch member' });
      const on = c.req.valid('json').leftOn ?? todayOf(ctx);
      if (on < bm.joined_on) throw invalid(say('离开日期早于加入日期', 'leaves before joining'), 'leftOn');
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(T.branchMember)
          .set({ left_on: on })
          .where('city_id', '=', cityId)
          .where('id', '=', bm.id)
          .execute();
        if (bm.affiliation_id)
          await trx
            .updateTable('core.member_affiliation')
            .set({ until: on })
            .where('city_id', '=', cityId)
            .where('id', '=', bm.affiliation_id)
            .execute();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'leave',
          entity: T.branch,
          entityId: b.id,
          after: { memberId, leftOn: on },
        });
      });
      return c.json({ ok: true });
    },
  );

  app.post(
    '/flowing-branches/:id/activities',
    describe({
      status: 201,
      response: branchActivitySchema,
      summary: 'Record what the branch did (investment attracted, incidents handled, disputes settled…)',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', activityBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = await loadBranch(c, c.req.valid('param').id);
      const body = c.req.valid('json');
      if (body.happenedOn > todayOf(ctx))
        throw invalid(say('不能登记未来的事项', 'cannot record the future'), 'happenedOn');
      if (body.kind === 'investment' && body.amount === undefined)
        throw invalid(say('招商引资需填写金额(万元)', 'investment needs an amount (10k yuan)'), 'amount');
      const cityId = c.get('city').id;
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(T.branchActivity)
          .values({
            city_id: cityId,
            branch_id: b.id,
            kind: body.kind,
            happened_on: body.happenedOn,
            amount: body.amount ?? 1,
            description: body.description,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: T.branchActivity,
          entityId: r.id,
          after: body,
        });
        return r;
      });
      return c.json({ id: row.id, ...body, amount: body.amount ?? 1 }, 201);
    },
  );

  return app;
}
