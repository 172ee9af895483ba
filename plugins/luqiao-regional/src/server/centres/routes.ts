import {
  badRequest,
  conflict,
  describe,
  idParam,
  notFound,
  orgInScope,
  orgPathFilter,
  type PluginEnv,
  paging,
  pathInScope,
  recordAudit,
  requireCityAdmin,
  requireOrgAdmin,
  toLocalDate,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { CentreStandard, Config } from '../../manifest';
import {
  BASIC_SERVICES,
  CENTRE_KINDS,
  CENTRE_LEVELS,
  type CentreLevel,
  FUNDING_SOURCES,
  SERVICES,
} from '../../shared/model';
import {
  addDays,
  type C,
  type Ctx,
  configOf,
  id,
  isoDate,
  loadRegion,
  optText,
  T,
  text,
  todayOf,
} from '../common';
import {
  centreListSchema,
  centreSchema,
  standardsSchema,
  visitListSchema,
  visitPageSchema,
  visitSchema,
} from '../schemas';

const levels = Object.keys(CENTRE_LEVELS) as [CentreLevel, ...CentreLevel[]];
const funding = z.enum(Object.keys(FUNDING_SOURCES) as [string, ...string[]]);
const service = z.enum(Object.keys(SERVICES) as [string, ...string[]]);
const createBody = z.object({
  level: z.enum(levels),
  kind: z.enum(Object.keys(CENTRE_KINDS) as [string, ...string[]]).default('centre'),
  name: text(120),
  /** District: the district committee; town: the town/street committee. Region centres belong to the region's centre org. */
  ownerOrgId: id.optional(),
  regionId: id.optional(),
  placeId: id.nullable().optional(),
  floorArea: z.number().min(0).max(100_000),
  staffCount: z.number().int().min(0).max(1000),
  fundingSource: funding,
  openedOn: isoDate.optional(),
});
const updateBody = z
  .object({
    name: text(120),
    floorArea: z.number().min(0).max(100_000),
    staffCount: z.number().int().min(0).max(1000),
    fundingSource: funding,
    active: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
const listQuery = z.object({
  level: z.enum(levels).optional(),
  regionId: z.coerce.number().int().positive().optional(),
});
const visitBody = z.object({
  service,
  visitorName: text(60),
  visitorMemberId: id.nullable().optional(),
  subject: text(500),
  /** 首问责任人: whoever first receives the visitor stays responsible until it is done. */
  firstResponder: text(60),
  referredTo: optText(120),
  receivedAt: z.string().datetime({ offset: true }).optional(),
  /** 限时办结: a deadline in days (default from config) or a date; otherwise answered on the spot. */
  timeLimited: z.boolean(),
  timeLimitDays: z.number().int().min(0).max(365).optional(),
  dueOn: isoDate.optional(),
  result: optText(500),
});
const completeBody = z.object({ result: text(500) });
const visitsQuery = paging.extend({
  status: z.enum(['open', 'overdue', 'completed', 'late', 'all']).default('all'),
});

export function shortfalls(
  c: { floor_area: number; staff_count: number; funding_source: string },
  std: CentreStandard,
): string[] {
  const out: string[] = [];
  if (Number(c.floor_area) < std.minFloorArea) out.push('floorArea');
  if (c.staff_count < std.minStaff) out.push('staffCount');
  if (!(std.fundingSources as string[]).includes(c.funding_source)) out.push('fundingSource');
  return out;
}

/** A visit's standing on a given day: open or completed, and whether the deadline passed (限时办结 overdue flag). */
export function visitFlags(
  v: { time_limited: boolean; due_on: string | null; completed_on: string | null },
  today: string,
) {
  const overdue = v.time_limited && v.completed_on == null && v.due_on != null && today > v.due_on;
  const late = v.time_limited && v.completed_on != null && v.due_on != null && v.completed_on > v.due_on;
  const daysLeft =
    v.time_limited && v.completed_on == null && v.due_on
      ? Math.round((Date.parse(v.due_on) - Date.parse(today)) / 86_400_000)
      : null;
  return { status: v.completed_on ? 'completed' : 'open', overdue, late, daysLeft };
}

export function centreRoutes(ctx: Ctx) {
  const { db, clock } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  const tag = { tags: ['luqiao-regional: service centres'] };

  const centreBase = (cityId: number) =>
    db
      .selectFrom(`${T.centre} as ce`)
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'ce.city_id').onRef('o.id', '=', 'ce.owner_org_id'),
      )
      .leftJoin(`${T.region} as r`, (j) =>
        j.onRef('r.city_id', '=', 'ce.city_id').onRef('r.id', '=', 'ce.region_id'),
      )
      .leftJoin('core.place as p', (j) =>
        j.onRef('p.city_id', '=', 'ce.city_id').onRef('p.id', '=', 'ce.place_id'),
      )
      .selectAll('ce')
      .select([
        'o.name as owner_name',
        'o.path as owner_path',
        'r.name as region_name',
        'p.name as place_name',
      ])
      .where('ce.city_id', '=', cityId);

  function view(ce: any, config: Config, stats?: { total: number; open: number; overdue: number }) {
    const gaps = shortfalls(ce, config.standards[ce.level as CentreLevel]);
    return {
      id: ce.id,
      level: ce.level,
      kind: ce.kind,
      name: ce.name,
      ownerOrgId: ce.owner_org_id,
      ownerName: ce.owner_name,
      regionId: ce.region_id,
      regionName: ce.region_name,
      placeId: ce.place_id,
      placeName: ce.place_name,
      floorArea: Number(ce.floor_area),
      staffCount: ce.staff_count,
      fundingSource: ce.funding_source,
      openedOn: ce.opened_on,
      active: ce.active,
      meetsStandard: gaps.length === 0,
      shortfalls: gaps,
      visits: stats ?? { total: 0, open: 0, overdue: 0 },
    };
  }

  async function loadCentre(c: C, centreId: number) {
    const ce: any = await centreBase(c.get('city').id).where('ce.id', '=', centreId).executeTakeFirst();
    if (!ce || !pathInScope(c.get('access'), ce.owner_path))
      throw notFound({ 'zh-CN': '党员服务中心(站)', en: 'Service centre' });
    return ce;
  }

  app.get(
    '/centres/standards',
    describe({
      response: standardsSchema,
      summary: 'The three levels’ standards (city config) and the 8 basic services',
      ...tag,
    }),
    async (c) => {
      const config = configOf(c);
      return c.json({
        standards: config.standards,
        timeLimitDays: config.timeLimitDays,
        basicServices: BASIC_SERVICES,
      });
    },
  );

  app.get(
    '/centres',
    describe({
      response: centreListSchema,
      summary: 'Service centres and stations in scope, with standard checks and visit counts',
      ...tag,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const cityId = c.get('city').id;
      let q = centreBase(cityId).where(orgPathFilter(c.get('access'), 'o.path'));
      if (f.level) q = q.where('ce.level', '=', f.level);
      if (f.regionId) q = q.where('ce.region_id', '=', f.regionId);
      const rows = await q.orderBy('ce.level').orderBy('ce.id').execute();
      const today = todayOf(ctx);
      const stats = rows.length
        ? await sql<{ centre_id: number; total: number; open: number; overdue: number }>`
          select centre_id, count(*)::int as total,
                 count(*) filter (where completed_on is null)::int as open,
                 count(*) filter (where time_limited and completed_on is null and due_on < ${today}::date)::int as overdue
          from ${sql.table(T.visit)} where city_id = ${cityId} and centre_id in (${sql.join(rows.map((r: any) => r.id))})
          group by centre_id`.execute(db)
        : { rows: [] };
      const byCentre = new Map(
        stats.rows.map((s) => [s.centre_id, { total: s.total, open: s.open, overdue: s.overdue }]),
      );
      const config = configOf(c);
      const items = rows.map((r: any) => view(r, config, byCentre.get(r.id)));
      const summary = levels.map((level) => {
        const mine = items.filter((i) => i.level === level);
        return { level, count: mine.length, meetingStandard: mine.filter((i) => i.meetsStandard).length };
      });
      return c.json({ items, summary, total: items.length });
    },
  );

  app.post(
    '/centres',
    describe({
      status: 201,
      response: centreSchema,
      summary: 'Open a service centre or station at one of the three levels',
      ...tag,
    }),
    validate('json', createBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      const city = c.get('city');
      let ownerOrgId: number;
      let regionId: number | null = null;
      if (b.level === 'district') {
        requireCityAdmin(c);
        if (!b.ownerOrgId)
          throw badRequest(
            'validation_failed',
            {
              detail: { 'zh-CN': '区级中心须指定区委', en: 'a district centre needs the district committee' },
            },
            'ownerOrgId',
          );
        const owner = await orgInScope(db, c, b.ownerOrgId, 'ownerOrgId');
        if (owner.parent_id !== null)
          throw badRequest(
            'validation_failed',
            {
              detail: {
                'zh-CN': '区级中心由区委设立',
                en: 'a district centre belongs to the district committee',
              },
            },
            'ownerOrgId',
          );
        ownerOrgId = owner.id;
      } else if (b.level === 'town') {
        if (!b.ownerOrgId)
          throw badRequest(
            'validation_failed',
            {
              detail: {
                'zh-CN': '镇(街道)级中心须指定镇(街道)党(工)委',
                en: 'a town centre needs its town committee',
              },
            },
            'ownerOrgId',
          );
        const owner = await orgInScope(db, c, b.ownerOrgId, 'ownerOrgId');
        if (owner.kind !== 'street_working_committee')
          throw badRequest(
            'validation_failed',
            { detail: { 'zh-CN': '须为镇(街道)党(工)委', en: 'must be a town or street committee' } },
            'ownerOrgId',
          );
        ownerOrgId = owner.id;
      } else {
        if (!b.regionId)
          throw badRequest(
            'validation_failed',
            {
              detail: {
                'zh-CN': '区域级中心(站)须属于一个区域',
                en: 'a region-level centre belongs to a region',
              },
            },
            'regionId',
          );
        const region = await loadRegion(db, c, b.regionId, 'manage', 'regionId');
        ownerOrgId = region.centre_org_id;
        regionId = region.id;
      }
      if (b.placeId) {
        const place = await db
          .selectFrom('core.place')
          .select('id')
          .where('city_id', '=', city.id)
          .where('id', '=', b.placeId)
          .executeTakeFirst();
        if (!place)
          throw badRequest(
            'validation_failed',
            { detail: { 'zh-CN': '地点不存在', en: 'unknown place' } },
            'placeId',
          );
      }
      const dup = await db
        .selectFrom(T.centre)
        .select('id')
        .where('city_id', '=', city.id)
        .where('name', '=', b.name)
        .executeTakeFirst();
      if (dup)
        throw conflict({ 'zh-CN': '已有同名服务中心(站)', en: 'a centre with this name exists' }, 'name');
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(T.centre)
          .values({
            city_id: city.id,
            level: b.level,
            kind: b.kind,
            name: b.name,
            owner_org_id: ownerOrgId,
            region_id: regionId,
            place_id: b.placeId ?? null,
            floor_area: b.floorArea,
            staff_count: b.staffCount,
            funding_source: b.fundingSource,
            opened_on: b.openedOn ?? todayOf(ctx),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: T.centre,
          entityId: r.id,
          after: b,
        });
        return r;
      });
      return c.json(view(await loadCentre(c, row.id), configOf(c)), 201);
    },
  );

  app.get(
    '/centres/:id',
    describe({
      response: centreSchema,
      responses: { 404: 'not found in the actor’s scope' },
      summary: 'One centre with its standard check',
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      return c.json(view(await loadCentre(c, c.req.valid('param').id), configOf(c)));
    },
  );

  app.patch(
    '/centres/:id',
    describe({
      response: centreSchema,
      responses: { 404: 'not found in the actor’s scope' },
      summary: 'Update floor area, staff or funding of a centre',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', updateBody),
    async (c) => {
      requireOrgAdmin(c);
      const before = await loadCentre(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      const cityId = c.get('city').id;
      if (b.name && b.name !== before.name) {
        const dup = await db
          .selectFrom(T.centre)
          .select('id')
          .where('city_id', '=', cityId)
          .where('name', '=', b.name)
          .executeTakeFirst();
        if (dup)
          throw conflict({ 'zh-CN': '已有同名服务中心(站)', en: 'a centre with this name exists' }, 'name');
      }
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(T.centre)
          .set({
            name: b.name,
            floor_area: b.floorArea,
            staff_count: b.staffCount,
            funding_source: b.fundingSource,
            active: b.active,
          })
          .where('city_id', '=', cityId)
          .where('id', '=', before.id)
          .execute();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'update',
          entity: T.centre,
          entityId: before.id,
          before: view(before, configOf(c)),
          after: b,
        });
      });
      return c.json(view(await loadCentre(c, before.id), configOf(c)));
    },
  );

  const visitView = (v: any, today: string) => ({
    id: v.id,
    centreId: v.centre_id,
    centreName: v.centre_name,
    service: v.service,
    visitorName: v.visitor_name,
    visitorMemberId: v.visitor_member_id,
    subject: v.subject,
    firstResponder: v.first_responder,
    referredTo: v.referred_to,
    receivedAt: v.received_at,
    receivedOn: v.received_on,
    timeLimited: v.time_limited,
    dueOn: v.due_on,
    completedOn: v.completed_on,
    result: v.result,
    ...visitFlags(v, today),
  });

  const visitBase = (cityId: number) =>
    db
      .selectFrom(`${T.visit} as v`)
      .innerJoin(`${T.centre} as ce`, (j) =>
        j.onRef('ce.city_id', '=', 'v.city_id').onRef('ce.id', '=', 'v.centre_id'),
      )
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'ce.city_id').onRef('o.id', '=', 'ce.owner_org_id'),
      )
      .selectAll('v')
      .select(['ce.name as centre_name', 'o.path as owner_path'])
      .where('v.city_id', '=', cityId);

  function filterStatus(q: any, status: string, today: string) {
    if (status === 'open') return q.where('v.completed_on', 'is', null);
    if (status === 'completed') return q.where('v.completed_on', 'is not', null);
    if (status === 'overdue')
      return q
        .where('v.time_limited', '=', true)
        .where('v.completed_on', 'is', null)
        .where('v.due_on', '<', today);
    if (status === 'late')
      return q.where('v.time_limited', '=', true).where(sql<boolean>`v.completed_on > v.due_on`);
    return q;
  }

  app.get(
    '/centres/:id/visits',
    describe({
      response: visitPageSchema,
      summary: 'Visit records of a centre (来访接待), with 限时办结 flags',
      ...tag,
    }),
    validate('param', idParam),
    validate('query', visitsQuery),
    async (c) => {
      requireOrgAdmin(c);
      const centre = await loadCentre(c, c.req.valid('param').id);
      const f = c.req.valid('query');
      const today = todayOf(ctx);
      const q = filterStatus(
        visitBase(c.get('city').id).where('v.centre_id', '=', centre.id),
        f.status,
        today,
      );
      const [rows, total] = await Promise.all([
        q
          .orderBy('v.received_at', 'desc')
          .orderBy('v.id', 'desc')
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize)
          .execute(),
        q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return c.json({
        items: rows.map((v: any) => visitView(v, today)),
        total: total.n,
        page: f.page,
        pageSize: f.pageSize,
      });
    },
  );

  app.get(
    '/visits/overdue',
    describe({
      response: visitListSchema,
      summary: 'Time-limited requests past their deadline and still open, across the centres in scope',
      ...tag,
    }),
    async (c) => {
      requireOrgAdmin(c);
      const today = todayOf(ctx);
      const rows = await filterStatus(
        visitBase(c.get('city').id).where(orgPathFilter(c.get('access'), 'o.path')),
        'overdue',
        today,
      )
        .orderBy('v.due_on')
        .limit(500)
        .execute();
      return c.json({ items: rows.map((v: any) => visitView(v, today)) });
    },
  );

  app.post(
    '/centres/:id/visits',
    describe({
      status: 201,
      response: visitSchema,
      summary: 'Record a visit; a time-limited request gets a deadline, others are answered on the spot',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', visitBody),
    async (c) => {
      requireOrgAdmin(c);
      const centre = await loadCentre(c, c.req.valid('param').id);
      if (!centre.active) throw conflict({ 'zh-CN': '该服务中心(站)已停用', en: 'this centre is closed' });
      const b = c.req.valid('json');
      const cityId = c.get('city').id;
      const now = clock.now();
      const receivedAt = b.receivedAt ? new Date(b.receivedAt) : now;
      if (receivedAt.getTime() > now.getTime() + 60_000)
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '接待时间不能晚于现在', en: 'cannot be received in the future' } },
          'receivedAt',
        );
      const receivedOn = toLocalDate(receivedAt);
      if (b.visitorMemberId) {
        const m = await db
          .selectFrom('core.member')
          .select('id')
          .where('city_id', '=', cityId)
          .where('id', '=', b.visitorMemberId)
          .executeTakeFirst();
        if (!m)
          throw badRequest(
            'validation_failed',
            { detail: { 'zh-CN': '党员不存在', en: 'unknown member' } },
            'visitorMemberId',
          );
      }
      let dueOn: string | null = null;
      if (b.timeLimited) {
        if (b.dueOn && b.timeLimitDays !== undefined)
          throw badRequest(
            'validation_failed',
            {
              detail: {
                'zh-CN': '截止日期与办结天数只填一项',
                en: 'give a due date or a number of days, not both',
              },
            },
            'dueOn',
          );
        dueOn = b.dueOn ?? addDays(receivedOn, b.timeLimitDays ?? configOf(c).timeLimitDays);
        if (dueOn < receivedOn)
          throw badRequest(
            'validation_failed',
            { detail: { 'zh-CN': '截止日期早于接待日期', en: 'due before it was received' } },
            'dueOn',
          );
      } else if (!b.result) {
        throw badRequest(
          'validation_failed',
          {
            detail: {
              'zh-CN': '当场办结的事项需填写办理结果 / 限时件需要截止日期',
              en: 'an item answered on the spot needs its result; otherwise mark it time-limited',
            },
          },
          'result',
        );
      }
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(T.visit)
          .values({
            city_id: cityId,
            centre_id: centre.id,
            service: b.service,
            visitor_name: b.visitorName,
            visitor_member_id: b.visitorMemberId ?? null,
            subject: b.subject,
            first_responder: b.firstResponder,
            referred_to: b.referredTo ?? null,
            received_at: receivedAt,
            received_on: receivedOn,
            time_limited: b.timeLimited,
            due_on: dueOn,
            completed_at: b.timeLimited ? null : receivedAt,
            completed_on: b.timeLimited ? null : receivedOn,
            result: b.timeLimited ? null : b.result,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: T.visit,
          entityId: r.id,
          after: { ...b, dueOn },
        });
        return r;
      });
      const v = await visitBase(cityId).where('v.id', '=', row.id).executeTakeFirstOrThrow();
      return c.json(visitView(v, todayOf(ctx)), 201);
    },
  );

  app.post(
    '/visits/:id/complete',
    describe({
      response: visitSchema,
      summary: 'Complete a time-limited request (办结); late completions stay flagged',
      ...tag,
      responses: { 409: 'already completed' },
    }),
    validate('param', idParam),
    validate('json', completeBody),
    async (c) => {
      requireOrgAdmin(c);
      const cityId = c.get('city').id;
      const v: any = await visitBase(cityId).where('v.id', '=', c.req.valid('param').id).executeTakeFirst();
      if (!v || !pathInScope(c.get('access'), v.owner_path))
        throw notFound({ 'zh-CN': '来访记录', en: 'Visit' });
      if (v.completed_on) throw conflict({ 'zh-CN': '该事项已办结', en: 'already completed' });
      const now = clock.now();
      const { result } = c.req.valid('json');
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(T.visit)
          .set({ completed_at: now, completed_on: toLocalDate(now), result })
          .where('city_id', '=', cityId)
          .where('id', '=', v.id)
          .execute();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'complete',
          entity: T.visit,
          entityId: v.id,
          after: { result, completedAt: now },
        });
      });
      const after = await visitBase(cityId).where('v.id', '=', v.id).executeTakeFirstOrThrow();
      return c.json(visitView(after, todayOf(ctx)));
    },
  );

  return app;
}
