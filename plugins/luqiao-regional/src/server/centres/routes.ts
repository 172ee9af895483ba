import {
  describe,
  idParam,
  invalid,
  isoDate,
  notFound,
  optionalText,
  orgInScope,
  orgPathFilter,
  paging,
  pathInScope,
  type PluginEnv,
  positiveId,
  requireCityAdmin,
  requireOrgAdmin,
  say,
  text,
  todayOf,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import {
  BASIC_SERVICES,
  CENTRE_KINDS,
  CENTRE_LEVELS,
  type CentreLevel,
  FUNDING_SOURCES,
  SERVICES,
} from '../../shared/model';
import { type C, type Ctx, configOf, loadRegion } from '../common';
import {
  centreListSchema,
  centreViewSchema,
  standardsSchema,
  visitListSchema,
  visitPageSchema,
  visitViewSchema,
} from '../schemas';
import {
  centreBase,
  centreView,
  centreVisitPage,
  filterStatus,
  visitBase,
  visitStats,
  visitView,
} from './queries';
import { completeVisit, createCentre, recordVisit, updateCentre } from './service';

/** The centre routes: HTTP only (validation, scope, status codes); the work is in service.ts and queries.ts. */

const levels = Object.keys(CENTRE_LEVELS) as [CentreLevel, ...CentreLevel[]];
const funding = z.enum(Object.keys(FUNDING_SOURCES) as [string, ...string[]]);
const service = z.enum(Object.keys(SERVICES) as [string, ...string[]]);
const createBody = z.object({
  level: z.enum(levels),
  kind: z.enum(Object.keys(CENTRE_KINDS) as [string, ...string[]]).default('centre'),
  name: text(120),
  /** District: the district committee; town: the town/street committee. Region centres belong to the region's centre org. */
  ownerOrgId: positiveId.optional(),
  regionId: positiveId.optional(),
  placeId: positiveId.nullable().optional(),
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
  visitorMemberId: positiveId.nullable().optional(),
  subject: text(500),
  /** 首问责任人: whoever first receives the visitor stays responsible until it is done. */
  firstResponder: text(60),
  referredTo: optionalText(120),
  receivedAt: z.string().datetime({ offset: true }).optional(),
  /** 限时办结: a deadline in days (default from config) or a date; otherwise answered on the spot. */
  timeLimited: z.boolean(),
  timeLimitDays: z.number().int().min(0).max(365).optional(),
  dueOn: isoDate.optional(),
  result: optionalText(500),
});
const completeBody = z.object({ result: text(500) });
const visitsQuery = paging.extend({
  status: z.enum(['open', 'overdue', 'completed', 'late', 'all']).default('all'),
});

export function centreRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  const tag = { tags: ['luqiao-regional: service centres'] };

  async function loadCentre(c: C, centreId: number) {
    const ce = await centreBase(db, c.get('city').id).where('ce.id', '=', centreId).executeTakeFirst();
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
      let q = centreBase(db, cityId).where(orgPathFilter(c.get('access'), 'o.path'));
      if (f.level) q = q.where('ce.level', '=', f.level);
      if (f.regionId) q = q.where('ce.region_id', '=', f.regionId);
      const rows = await q.orderBy('ce.level').orderBy('ce.id').execute();
      const byCentre = await visitStats(
        db,
        cityId,
        rows.map((r) => r.id),
        todayOf(ctx),
      );
      const config = configOf(c);
      const items = rows.map((r) => centreView(r, config, byCentre.get(r.id)));
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
      response: centreViewSchema,
      summary: 'Open a service centre or station at one of the three levels',
      ...tag,
    }),
    validate('json', createBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      // Who owns it, by level: the district committee, a town committee, or the region's centre org.
      let ownerOrgId: number;
      let regionId: number | null = null;
      if (b.level === 'district') {
        requireCityAdmin(c);
        if (!b.ownerOrgId)
          throw invalid(
            say('区级中心须指定区委', 'a district centre needs the district committee'),
            'ownerOrgId',
          );
        const owner = await orgInScope(db, c, b.ownerOrgId, 'ownerOrgId');
        if (owner.parent_id !== null)
          throw invalid(
            say('区级中心由区委设立', 'a district centre belongs to the district committee'),
            'ownerOrgId',
          );
        ownerOrgId = owner.id;
      } else if (b.level === 'town') {
        if (!b.ownerOrgId)
          throw invalid(
            say('镇(街道)级中心须指定镇(街道)党(工)委', 'a town centre needs its town committee'),
            'ownerOrgId',
          );
        const owner = await orgInScope(db, c, b.ownerOrgId, 'ownerOrgId');
        if (owner.kind !== 'street_working_committee')
          throw invalid(say('须为镇(街道)党(工)委', 'must be a town or street committee'), 'ownerOrgId');
        ownerOrgId = owner.id;
      } else {
        if (!b.regionId)
          throw invalid(
            say('区域级中心(站)须属于一个区域', 'a region-level centre belongs to a region'),
            'regionId',
          );
        const region = await loadRegion(db, c, b.regionId, 'manage', 'regionId');
        ownerOrgId = region.centre_org_id;
        regionId = region.id;
      }
      const row = await createCentre(ctx, whoOf(c), { ownerOrgId, regionId }, b);
      return c.json(centreView(await loadCentre(c, row.id), configOf(c)), 201);
    },
  );

  app.get(
    '/centres/:id',
    describe({
      response: centreViewSchema,
      responses: { 404: 'not found in the actor’s scope' },
      summary: 'One centre with its standard check',
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      return c.json(centreView(await loadCentre(c, c.req.valid('param').id), configOf(c)));
    },
  );

  app.patch(
    '/centres/:id',
    describe({
      response: centreViewSchema,
      responses: { 404: 'not found in the actor’s scope' },
      summary: 'Update floor area, staff or funding of a centre',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', updateBody),
    async (c) => {
      requireOrgAdmin(c);
      const before = await loadCentre(c, c.req.valid('param').id);
      await updateCentre(db, whoOf(c), before, centreView(before, configOf(c)), c.req.valid('json'));
      return c.json(centreView(await loadCentre(c, before.id), configOf(c)));
    },
  );

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
      return c.json(await centreVisitPage(db, c.get('city').id, centre.id, f, todayOf(ctx)));
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
        visitBase(db, c.get('city').id).where(orgPathFilter(c.get('access'), 'o.path')),
        'overdue',
        today,
      )
        .orderBy('v.due_on')
        .limit(500)
        .execute();
      return c.json({ items: rows.map((v) => visitView(v, today)) });
    },
  );

  app.post(
    '/centres/:id/visits',
    describe({
      status: 201,
      response: visitViewSchema,
      summary: 'Record a visit; a time-limited request gets a deadline, others are answered on the spot',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', visitBody),
    async (c) => {
      requireOrgAdmin(c);
      const centre = await loadCentre(c, c.req.valid('param').id);
      const row = await recordVisit(ctx, whoOf(c), centre, c.req.valid('json'), configOf(c).timeLimitDays);
      const v = await visitBase(db, c.get('city').id).where('v.id', '=', row.id).executeTakeFirstOrThrow();
      return c.json(visitView(v, todayOf(ctx)), 201);
    },
  );

  app.post(
    '/visits/:id/complete',
    describe({
      response: visitViewSchema,
      summary: 'Complete a time-limited request (办结); late completions stay flagged',
      ...tag,
      responses: { 409: 'already completed' },
    }),
    validate('param', idParam),
    validate('json', completeBody),
    async (c) => {
      requireOrgAdmin(c);
      const cityId = c.get('city').id;
      const v = await visitBase(db, cityId).where('v.id', '=', c.req.valid('param').id).executeTakeFirst();
      if (!v || !pathInScope(c.get('access'), v.owner_path))
        throw notFound({ 'zh-CN': '来访记录', en: 'Visit' });
      await completeVisit(ctx, whoOf(c), v, c.req.valid('json').result);
      const after = await visitBase(db, cityId).where('v.id', '=', v.id).executeTakeFirstOrThrow();
      return c.json(visitView(after, todayOf(ctx)));
    },
  );

  return app;
}
