import {
  ApiError,
  addDays,
  conflict,
  describe,
  forbidden,
  idParam,
  inScope,
  invalid,
  isoDate,
  notFound,
  orgInScope,
  type PluginEnv,
  requireOrgLevel,
  say,
  text,
  todayOf,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { type C, type Ctx, cityId, ENTITY, TAG } from '../common';
import type { FuguDb } from '../db';
import {
  cardIssuedSchema,
  decisionSchema,
  decisionsSchema,
  flowingListSchema,
  flowingOutSchema,
  flowingStatusSchema,
  incomingSchema,
  orgLifeSchema,
} from '../schemas';
import {
  decisionList,
  findDecision,
  findFlow,
  findMember,
  flowList,
  openFlow,
  placedBranchPaths,
} from './queries';
import { flowFlags, isAboveBranch } from './rules';
import * as service from './service';

/** The HTTP side of flowing members (流动党员) and the six-month decisions: input, reach and answers. */

const outBody = z.object({
  memberId: z.number().int().positive(),
  destination: text(200),
  fixedPlace: z.boolean().default(false),
  leftOn: isoDate,
  expectedReturnOn: isoDate,
  /** Long-term at a fixed place but the relation cannot be moved yet: still a flowing member with a card. */
  cannotTransfer: z.boolean().default(false),
});
const inBody = z.object({
  memberId: z.number().int().positive(),
  cardNo: z.string().trim().min(1, '须持《流动党员活动证》/ the activity card is required').max(40),
  fromOrgName: text(100),
  arrivedOn: isoDate,
  branchOrgId: z.number().int().positive(),
});
const returnBody = z.object({
  on: isoDate.optional(),
  cardChecked: z.boolean().default(false),
  note: z.string().trim().max(500).nullable().optional(),
});
const endBody = z.object({ on: isoDate.optional(), note: z.string().trim().max(500).nullable().optional() });
const lifeBody = z.object({
  kind: z.enum(['org_life', 'dues']),
  onDate: isoDate,
  note: z.string().trim().max(200).nullable().optional(),
});
const listQuery = z.object({
  direction: z.enum(['out', 'in']).optional(),
  status: z.enum(['open', 'returned', 'transferred']).optional(),
});
const decideBody = z.object({
  decision: z.enum(['excused', 'warned', 'proposed']),
  branchMeetingOn: isoDate.optional(),
  note: z.string().trim().max(500).nullable().optional(),
});
const approveBody = z.object({
  approve: z.boolean(),
  note: z.string().trim().max(500).nullable().optional(),
});
const decisionQuery = z.object({
  status: z.enum(['pending', 'excused', 'warned', 'proposed', 'approved', 'rejected']).optional(),
});

/** A member of this city (in any reach: the caller checks which), else 400 naming the field. */
async function memberOf(db: FuguDb, c: C, memberId: number, field: string) {
  const m = await findMember(db, cityId(c), memberId);
  if (!m) throw new ApiError(400, 'cross_city', { field }, field);
  return m;
}

const notFuture = (on: string, todayIs: string, field: string) => {
  if (on > todayIs) throw invalid(say('日期不能晚于今天', 'date is in the future'), field);
};

export function flowingRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  async function loadFlow(c: C, id: number) {
    const f = await findFlow(db, cityId(c), id);
    if (!f || !inScope(c.get('access'), f.path)) throw notFound(ENTITY.flow);
    return f;
  }

  async function loadDecision(c: C, id: number) {
    const d = await findDecision(db, cityId(c), id);
    if (!d || !inScope(c.get('access'), d.path)) throw notFound(ENTITY.decision);
    return d;
  }

  app.get(
    '/flowing',
    describe({
      summary:
        'Flowing members out of and into the actor’s branches, with months away and last organization life and dues',
      response: flowingListSchema,
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgLevel(c);
      const rows = await flowList(db, cityId(c), c.get('access'), c.req.valid('query'));
      const t = todayOf(ctx);
      return c.json({ items: rows.map((x) => ({ ...x, ...flowFlags(x, t) })) });
    },
  );

  // Out under six months → 《流动党员活动证》; over six months at a fixed place → move the relation.
  app.post(
    '/flowing/out',
    describe({
      summary:
        'Register a member leaving: under six months gets an activity card, over six months at a fixed place is asked to transfer the relation',
      status: 201,
      response: flowingOutSchema,
      ...TAG,
    }),
    validate('json', outBody),
    async (c) => {
      requireOrgLevel(c);
      const b = c.req.valid('json');
      const m = await memberOf(db, c, b.memberId, 'memberId');
      if (!inScope(c.get('access'), m.path))
        throw new ApiError(400, 'out_of_scope', { field: 'memberId' }, 'memberId');
      if (!m.active) throw invalid(say('党员已停用', 'member is inactive'), 'memberId');
      if (b.expectedReturnOn <= b.leftOn)
        throw invalid(
          say('预计返回日期须晚于外出日期', 'return must come after leaving'),
          'expectedReturnOn',
        );
      if (b.leftOn > addDays(todayOf(ctx), 90))
        throw invalid(say('外出日期过远', 'leaving date too far ahead'), 'leftOn');
      if (await openFlow(db, cityId(c), m.id, 'out'))
        throw conflict(say('该党员已有外出登记', 'the member is already registered as away'), 'memberId');
      const row = await service.registerDeparture(db, whoOf(c), todayOf(ctx), m, b);
      return c.json(
        {
          id: row.id,
          longTerm: row.longTerm,
          cardNo: row.cardNo,
          /** What the branch should do next. */
          outcome: row.cardNo ? 'activity_card' : 'transfer_relation',
          transferPrompted: row.transferPrompted,
        },
        201,
      );
    },
  );

  app.post(
    '/flowing/:id/issue-card',
    describe({
      summary: 'Issue the activity card after all (the relation cannot be moved for now)',
      noBody: true,
      response: cardIssuedSchema,
      responses: { 404: 'no such record', 409: 'already has a card or closed' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgLevel(c);
      const f = await loadFlow(c, c.req.valid('param').id);
      if (f.direction !== 'out' || f.status !== 'open')
        throw conflict(say('只对外出中的党员发证', 'only for a member away'), 'id');
      if (f.card_no) throw conflict(say('已发证', 'card already issued'), 'id');
      const no = await service.issueCard(db, whoOf(c), todayOf(ctx), f.id);
      return c.json({ id: f.id, cardNo: no });
    },
  );

  app.post(
    '/flowing/:id/return',
    describe({
      summary: 'The member is back: the branch checks the activity card and closes the record',
      response: flowingStatusSchema,
      responses: { 404: 'no such record' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', returnBody),
    async (c) => {
      requireOrgLevel(c);
      const f = await loadFlow(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      if (f.status !== 'open') throw conflict(say('记录已结束', 'record already closed'), 'id');
      if (f.direction === 'out' && f.card_no && !b.cardChecked)
        throw invalid(say('返回后须查验《流动党员活动证》', 'check the activity card first'), 'cardChecked');
      const on = b.on ?? todayOf(ctx);
      if (on < f.started_on) throw invalid(say('返回日期早于外出日期', 'before leaving'), 'on');
      notFuture(on, todayOf(ctx), 'on');
      await service.returned(db, whoOf(c), f, { on, cardChecked: b.cardChecked, note: b.note ?? null });
      return c.json({ id: f.id, status: 'returned' });
    },
  );

  app.post(
    '/flowing/:id/transfer',
    describe({
      summary: 'The relation was transferred out (the member settled at a fixed place)',
      response: flowingStatusSchema,
      responses: { 404: 'no such record' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', endBody),
    async (c) => {
      requireOrgLevel(c);
      const f = await loadFlow(c, c.req.valid('param').id);
      if (f.direction !== 'out' || f.status !== 'open')
        throw conflict(say('只对外出中的党员办理', 'only for a member away'), 'id');
      const b = c.req.valid('json');
      const on = b.on ?? todayOf(ctx);
      if (on < f.started_on || on > todayOf(ctx))
        throw invalid(say('日期不在外出期间', 'date out of range'), 'on');
      await service.transferred(db, whoOf(c), f, on, b.note ?? null);
      return c.json({ id: f.id, status: 'transferred' });
    },
  );

  // Incoming members holding the card must be accepted and placed in a branch.
  app.post(
    '/flowing/incoming',
    describe({
      summary: 'Accept an incoming flowing member holding the activity card and place them in a branch',
      status: 201,
      response: incomingSchema,
      ...TAG,
    }),
    validate('json', inBody),
    async (c) => {
      requireOrgLevel(c);
      const b = c.req.valid('json');
      const branch = await orgInScope(db, c, b.branchOrgId, 'branchOrgId');
      const m = await memberOf(db, c, b.memberId, 'memberId');
      if (!m.active) throw invalid(say('党员已停用', 'member is inactive'), 'memberId');
      notFuture(b.arrivedOn, todayOf(ctx), 'arrivedOn');
      if (await openFlow(db, cityId(c), m.id, 'in'))
        throw conflict(say('该党员已编入支部', 'already placed in a branch'), 'memberId');
      const row = await service.acceptIncoming(db, whoOf(c), m.id, branch.id, b);
      return c.json({ id: row.id, branchOrgId: branch.id, branchName: branch.name }, 201);
    },
  );

  app.post(
    '/members/:id/org-life',
    describe({
      summary: 'Record organization life or a dues payment (for the six-month rule)',
      status: 201,
      response: orgLifeSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', lifeBody),
    async (c) => {
      requireOrgLevel(c);
      const memberId = c.req.valid('param').id;
      const m = await memberOf(db, c, memberId, 'id').catch(() => {
        throw notFound('member');
      });
      // The member's own branch, or the branch an incoming member is placed in.
      const access = c.get('access');
      const allowed =
        inScope(access, m.path) ||
        (await placedBranchPaths(db, cityId(c), m.id)).some((p) => inScope(access, p));
      if (!allowed) throw notFound('member');
      const b = c.req.valid('json');
      notFuture(b.onDate, todayOf(ctx), 'onDate');
      const row = await service.recordOrgLife(db, whoOf(c), m.id, b);
      return c.json({ id: row.id, kind: row.kind, onDate: row.on_date }, 201);
    },
  );

  // 连续 6 个月不过组织生活或不交党费: raised by the rules, decided by the branch meeting, approved above — never automatic.
  app.get(
    '/decisions',
    describe({
      summary: 'Six-month lapses awaiting or past a branch decision',
      response: decisionsSchema,
      ...TAG,
    }),
    validate('query', decisionQuery),
    async (c) => {
      requireOrgLevel(c);
      return c.json({
        items: await decisionList(db, cityId(c), c.get('access'), c.req.valid('query').status),
      });
    },
  );

  app.post(
    '/decisions/:id/decide',
    describe({
      summary:
        'The branch decides: justified, warned with a deadline, or (by branch meeting) proposed as having left the Party',
      response: decisionSchema,
      responses: { 404: 'no such lapse' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', decideBody),
    async (c) => {
      requireOrgLevel(c);
      const d = await loadDecision(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      if (d.status !== 'pending') throw conflict(say('该事项已研究', 'already decided'), 'status');
      if (b.decision === 'proposed' && !b.branchMeetingOn)
        throw invalid(
          say('须经支部大会通过，请填写会议日期', 'a branch meeting must decide'),
          'branchMeetingOn',
        );
      if (b.branchMeetingOn) notFuture(b.branchMeetingOn, todayOf(ctx), 'branchMeetingOn');
      await service.decide(db, whoOf(c), todayOf(ctx), d, b);
      return c.json({ id: d.id, status: b.decision });
    },
  );

  app.post(
    '/decisions/:id/approve',
    describe({
      summary: 'The higher org approves or rejects a branch meeting’s proposal',
      response: decisionSchema,
      ...TAG,
      responses: { 403: 'only an org above the branch approves' },
    }),
    validate('param', idParam),
    validate('json', approveBody),
    async (c) => {
      requireOrgLevel(c);
      const d = await loadDecision(c, c.req.valid('param').id);
      if (!isAboveBranch(c.get('access'), d.path)) throw forbidden();
      if (d.status !== 'proposed')
        throw conflict(say('须先经支部大会决定', 'the branch meeting has not proposed it'), 'status');
      const status = await service.approve(db, whoOf(c), todayOf(ctx), d, c.req.valid('json'));
      return c.json({ id: d.id, status });
    },
  );

  return app;
}
