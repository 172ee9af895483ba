import {
  describe,
  idParam,
  invalid,
  isoDate,
  notFound,
  optionalText,
  type PluginEnv,
  positiveId,
  requireOrgAdmin,
  say,
  text,
  todayOf,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../shared/model';
import { type C, type Ctx, configOf, loadRegion } from '../common';
import {
  ballotListSchema,
  ballotsAddedSchema,
  countSchema,
  electionDetailSchema,
  electionListSchema,
  electionSchema,
  idStatusSchema,
  openVisitsSchema,
  receptionDayListSchema,
  receptionDaySchema,
  receptionVisitSchema,
  receptionVisitsSchema,
} from '../schemas';
import {
  ballotList,
  electionList,
  electionRow,
  electionView,
  isRegisteredIn,
  openVisits,
  receptionDayList,
  receptionDayRow,
  visitRow,
  visitsOfDay,
  visitView,
} from './queries';
import { jsonList, visitOverdue } from './rules';
import {
  addBallots,
  closeElection,
  countElection,
  followUp,
  holdReceptionDay,
  openElection,
  recordVisit,
  reloadElection,
} from './service';

/** The democracy routes: HTTP only (validation, scope, status codes); the work is in service.ts and queries.ts. */

const electionBody = z.object({
  regionId: positiveId,
  title: text(120),
  memberSeats: z.number().int().min(1).max(20).default(5),
  heldOn: isoDate.optional(),
  /** 应到会有选举权人数; by default the members registered in the region. */
  electorate: z.number().int().min(1).max(100_000).optional(),
});
const ballot = z.object({
  secretary: z.string().trim().max(60).nullable().default(null),
  members: z.array(z.string().trim().max(60)).max(40).default([]),
});
const ballotBody = ballot.extend({ voterMemberId: positiveId.optional() });
const bulkBallots = z.object({ ballots: z.array(ballot).min(1).max(2000) });
const listQuery = z.object({ regionId: z.coerce.number().int().positive().optional() });
const dayBody = z.object({
  regionId: positiveId,
  heldOn: isoDate,
  representatives: z.array(text(60)).min(1).max(30),
  rescheduleReason: optionalText(200),
});
const receptionVisitBody = z.object({
  visitorName: text(60),
  visitorMemberId: positiveId.nullable().optional(),
  issue: text(1000),
  representative: text(60),
  followUpDueOn: isoDate.optional(),
});
const followUpBody = z.object({
  status: z.enum(Object.keys(FOLLOW_UP_STATUSES) as [FollowUpStatus, ...FollowUpStatus[]]),
  note: text(1000),
  dueOn: isoDate.optional(),
});
const daysQuery = z.object({
  regionId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
const openVisitsQuery = z.object({ regionId: z.coerce.number().int().positive().optional() });

export function democracyRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  const tag = { tags: ['luqiao-regional: inner-party democracy'] };

  /** An election of a region the actor may read or manage; any other is a 404. */
  async function loadElection(c: C, electionId: number, need: 'read' | 'manage' = 'manage') {
    const e = await electionRow(db, c.get('city').id, electionId);
    if (!e) throw notFound({ 'zh-CN': '选举', en: 'Election' });
    let region: Awaited<ReturnType<typeof loadRegion>>;
    try {
      region = await loadRegion(db, c, e.region_id, need);
    } catch {
      throw notFound({ 'zh-CN': '选举', en: 'Election' });
    }
    return { e, region };
  }

  app.get(
    '/elections',
    describe({
      response: electionListSchema,
      summary: 'Direct elections of regional committees in scope',
      ...tag,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const items = await electionList(db, c.get('city').id, c.get('access'), c.req.valid('query').regionId);
      return c.json({ items });
    },
  );

  app.post(
    '/elections',
    describe({
      status: 201,
      response: electionSchema,
      summary: 'Open a direct election with no preset candidates (1 secretary + N committee members)',
      ...tag,
    }),
    validate('json', electionBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      const region = await loadRegion(db, c, b.regionId, 'manage', 'regionId');
      const row = await openElection(ctx, whoOf(c), region, b);
      return c.json(await electionView(db, c.get('city').id, row), 201);
    },
  );

  app.get(
    '/elections/:id',
    describe({
      response: electionDetailSchema,
      responses: { 404: 'not found in the actor’s scope' },
      summary: 'An election with its count (when counted)',
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const { e } = await loadElection(c, c.req.valid('param').id, 'read');
      return c.json(await electionView(db, c.get('city').id, e));
    },
  );

  app.post(
    '/elections/:id/ballots',
    describe({
      status: 201,
      response: ballotsAddedSchema,
      summary: 'Cast one ballot: free-text names. A member votes for themself; a teller enters paper ballots',
      ...tag,
      responses: { 409: 'counted, closed, voted twice or more ballots than voters' },
    }),
    validate('param', idParam),
    validate('json', ballotBody),
    async (c) => {
      const b = c.req.valid('json');
      const access = c.get('access');
      const self = access.level === 'self';
      if (self && (!access.memberId || b.voterMemberId !== access.memberId))
        throw invalid(say('党员只能以本人身份投票', 'members vote only as themselves'), 'voterMemberId');
      const { e, region } = await loadElection(c, c.req.valid('param').id, self ? 'read' : 'manage');
      if (b.voterMemberId && !(await isRegisteredIn(db, c.get('city').id, region.id, b.voterMemberId)))
        throw invalid(
          say('只有在本区域登记的党员可以投票', 'only members registered in the region vote'),
          'voterMemberId',
        );
      const ballot = { secretary: b.secretary, members: b.members };
      return c.json(await addBallots(ctx, whoOf(c), e, [ballot], b.voterMemberId), 201);
    },
  );

  app.post(
    '/elections/:id/ballots/bulk',
    describe({
      status: 201,
      response: ballotsAddedSchema,
      summary: 'Enter a stack of paper ballots',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', bulkBallots),
    async (c) => {
      requireOrgAdmin(c);
      const { e } = await loadElection(c, c.req.valid('param').id);
      return c.json(await addBallots(ctx, whoOf(c), e, c.req.valid('json').ballots), 201);
    },
  );

  app.post(
    '/elections/:id/count',
    describe({
      noBody: true,
      response: countSchema,
      summary: 'Count the ballots, once: elected secretary and committee members',
      ...tag,
      responses: { 409: 'already counted, closed, or too few voters' },
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const { e, region } = await loadElection(c, c.req.valid('param').id);
      const cityId = c.get('city').id;
      const result = await countElection(ctx, whoOf(c), c.get('locale'), e, region);
      return c.json({
        ...(await electionView(db, cityId, await reloadElection(db, cityId, e.id))),
        invalid: result.invalid,
        unfilledSecretary: result.unfilledSecretary,
        unfilledMemberSeats: result.unfilledMemberSeats,
      });
    },
  );

  app.post(
    '/elections/:id/close',
    describe({
      noBody: true,
      response: idStatusSchema,
      summary: 'Close an election (after counting, or to abandon it)',
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const { e } = await loadElection(c, c.req.valid('param').id);
      await closeElection(ctx, whoOf(c), e);
      return c.json({ id: e.id, status: 'closed' });
    },
  );

  app.get(
    '/elections/:id/ballots',
    describe({
      response: ballotListSchema,
      summary: 'The anonymous ballots of an election, each marked valid or not',
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const { e } = await loadElection(c, c.req.valid('param').id, 'read');
      return c.json({ items: await ballotList(db, c.get('city').id, e) });
    },
  );

  // 党代表接待日
  async function loadDay(c: C, dayId: number) {
    const d = await receptionDayRow(db, c.get('city').id, dayId);
    if (!d) throw notFound({ 'zh-CN': '党代表接待日', en: 'Reception day' });
    try {
      await loadRegion(db, c, d.region_id, 'manage');
    } catch {
      throw notFound({ 'zh-CN': '党代表接待日', en: 'Reception day' });
    }
    return d;
  }

  app.get(
    '/reception-days',
    describe({
      response: receptionDayListSchema,
      summary: 'Party-representative reception days with their visits and follow-up counts',
      ...tag,
    }),
    validate('query', daysQuery),
    async (c) => {
      requireOrgAdmin(c);
      const rows = await receptionDayList(db, c.get('city').id, c.get('access'), c.req.valid('query'));
      return c.json({ items: rows.map((r) => ({ ...r, representatives: jsonList(r.representatives) })) });
    },
  );

  app.post(
    '/reception-days',
    describe({
      status: 201,
      response: receptionDaySchema,
      summary: 'Hold the monthly reception day (the configured day; another day needs a reason)',
      ...tag,
      responses: { 409: 'already held that month' },
    }),
    validate('json', dayBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      const region = await loadRegion(db, c, b.regionId, 'manage', 'regionId');
      const day = await holdReceptionDay(ctx, whoOf(c), region, b, configOf(c).receptionDayOfMonth);
      return c.json(day, 201);
    },
  );

  app.get(
    '/reception-days/:id/visits',
    describe({ response: receptionVisitsSchema, summary: 'Visits received on a reception day', ...tag }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const d = await loadDay(c, c.req.valid('param').id);
      const rows = await visitsOfDay(db, c.get('city').id, d.id);
      return c.json({ items: rows.map(visitView), representatives: jsonList(d.representatives) });
    },
  );

  app.post(
    '/reception-days/:id/visits',
    describe({
      status: 201,
      response: receptionVisitSchema,
      summary: 'Record a visit received by a representative on the day',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', receptionVisitBody),
    async (c) => {
      requireOrgAdmin(c);
      const d = await loadDay(c, c.req.valid('param').id);
      return c.json(visitView(await recordVisit(db, whoOf(c), d, c.req.valid('json'))), 201);
    },
  );

  app.post(
    '/reception-visits/:id/follow-up',
    describe({
      response: receptionVisitSchema,
      summary: 'Follow up a reception-day visit (resolved or explained closes it)',
      ...tag,
      responses: { 409: 'already closed' },
    }),
    validate('param', idParam),
    validate('json', followUpBody),
    async (c) => {
      requireOrgAdmin(c);
      const v = await visitRow(db, c.get('city').id, c.req.valid('param').id);
      if (!v) throw notFound({ 'zh-CN': '接待记录', en: 'Reception visit' });
      await loadDay(c, v.reception_day_id);
      return c.json(visitView(await followUp(ctx, whoOf(c), v, c.req.valid('json'))));
    },
  );

  app.get(
    '/reception-visits/open',
    describe({
      response: openVisitsSchema,
      summary: 'Reception-day visits still being followed up, oldest first',
      ...tag,
    }),
    validate('query', openVisitsQuery),
    async (c) => {
      requireOrgAdmin(c);
      const rows = await openVisits(db, c.get('city').id, c.get('access'), c.req.valid('query').regionId);
      const today = todayOf(ctx);
      return c.json({
        items: rows.map((v) => ({ ...visitView(v), overdue: visitOverdue(v.follow_up_due_on, today) })),
      });
    },
  );

  return app;
}
