import {
  describe,
  idParam,
  isoDate,
  optionalText,
  type PluginContext,
  type PluginEnv,
  paging,
  phoneNumber,
  positiveId,
  queryId,
  requireOrgAdmin,
  text,
  todayOf,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import {
  DEMAND_CATEGORIES,
  DEMAND_SOURCES,
  DEMAND_STATUSES,
  LEDGERS,
  SATISFACTION,
} from '../../shared/terms';
import type { GulouTables } from '../db';
import { pageOf } from '../schemas';
import { gridBranchInScope, prefixOf, TAG } from '../util';
import { demandEvents, findDemand, listDemands, overdueDemands } from './queries';
import { demandView } from './rules';
import { demandDetailSchema, demandSchema, overdueSchema } from './schemas';
import { demandService } from './service';
import { summaryRoutes } from './summary';

/** Dashboard and work queue read demands the same way the ledger does. */
export { demandBase } from './queries';
export { demandView, isOverdue } from './rules';

const recordBody = z.object({
  gridOrgId: positiveId,
  residentName: text(40),
  residentPhone: phoneNumber.nullable().default(null),
  address: optionalText(120).default(null),
  content: text(2000, 2),
  category: z.enum(DEMAND_CATEGORIES),
  source: z.enum(DEMAND_SOURCES).default('grid_patrol'),
  ledger: z.enum(LEDGERS),
  deadline: isoDate.nullable().default(null),
  /** For entering a paper ledger after the fact; defaults to now and may not lie in the future. */
  receivedAt: z.iso.datetime({ offset: true }).optional(),
});
const classifyBody = z.object({
  ledger: z.enum(LEDGERS),
  deadline: isoDate.nullable().default(null),
  note: optionalText(500).default(null),
});
const assignBody = z.object({
  unitId: positiveId.nullable().default(null),
  department: optionalText(60).default(null),
  agentMemberId: positiveId.nullable().default(null),
  agentName: optionalText(40).default(null),
  deadline: isoDate.nullable().default(null),
  note: optionalText(500).default(null),
});
const noteBody = z.object({ note: text(1000) });
const escalateBody = z.object({ studioId: positiveId, note: optionalText(500).default(null) });
const closeBody = z.object({
  reply: text(2000, 2),
  satisfaction: z.enum(SATISFACTION).nullable().default(null),
});
const reopenBody = z.object({ reason: text(500, 2) });
const listQuery = paging.extend({
  ledger: z.enum(LEDGERS).optional(),
  status: z.enum([...DEMAND_STATUSES, 'open'] as const).optional(),
  category: z.enum(DEMAND_CATEGORIES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  escalated: z.enum(['true', 'false']).optional(),
  orgId: queryId.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(60).optional(),
});
const overdueQuery = z.object({
  orgId: queryId.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** The HTTP face of the demand ledger: validation, the actor's scope, and answers; steps live in the service. */
export function demandRoutes(ctx: PluginContext<Config, GulouTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  const service = demandService(ctx);

  app.get(
    '/',
    describe({
      summary: 'Demands in the actor’s grids, filtered and paged',
      response: pageOf(demandSchema),
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const day = todayOf(ctx);
      const prefix = await prefixOf(db, c, f.orgId);
      const { rows, total } = await listDemands(db, c.get('city').id, c.get('access'), prefix, f, day);
      return c.json({
        items: rows.map((r) => demandView(r, day)),
        total,
        page: f.page,
        pageSize: f.pageSize,
      });
    },
  );

  app.get(
    '/overdue',
    describe({
      summary: 'Open items past their deadline (as of the clock), oldest deadline first',
      response: overdueSchema,
      ...TAG,
    }),
    validate('query', overdueQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const day = todayOf(ctx);
      const prefix = await prefixOf(db, c, f.orgId);
      const { rows, total } = await overdueDemands(
        db,
        c.get('city').id,
        c.get('access'),
        prefix,
        day,
        f.limit,
      );
      return c.json({ asOf: day, total, items: rows.map((r) => demandView(r, day)) });
    },
  );

  app.route('/', summaryRoutes(ctx));

  app.get(
    '/:id',
    describe({
      summary: 'One demand with its history',
      response: demandDetailSchema,
      responses: { 404: 'unknown demand' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const cityId = c.get('city').id;
      const row = await findDemand(db, cityId, c.get('access'), c.req.valid('param').id);
      const events = await demandEvents(db, cityId, row.id);
      return c.json({ ...demandView(row, todayOf(ctx), true), events });
    },
  );

  app.post(
    '/',
    describe({
      summary: 'Record a resident demand in a grid and classify it into a ledger',
      status: 201,
      response: demandSchema,
      ...TAG,
    }),
    validate('json', recordBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      await gridBranchInScope(db, c, b.gridOrgId, 'gridOrgId');
      const created = await service.record(whoOf(c), b);
      const row = await findDemand(db, c.get('city').id, c.get('access'), created.id);
      return c.json(demandView(row, todayOf(ctx), true), 201);
    },
  );

  app.post(
    '/:id/classify',
    describe({
      summary: 'Move an open demand to another ledger',
      response: demandSchema,
      responses: { 409: 'closed, or the deadline is already set' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', classifyBody),
    async (c) => {
      requireOrgAdmin(c);
      return c.json(
        await service.classify(whoOf(c), c.get('access'), c.req.valid('param').id, c.req.valid('json')),
      );
    },
  );

  app.post(
    '/:id/assign',
    describe({
      summary: 'Assign to a department or unit (承办件 etc.) or to an agent (代办件)',
      response: demandSchema,
      responses: { 409: 'closed, or an immediate item' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', assignBody),
    async (c) => {
      requireOrgAdmin(c);
      return c.json(
        await service.assign(whoOf(c), c.get('access'), c.req.valid('param').id, c.req.valid('json')),
      );
    },
  );

  app.post(
    '/:id/start',
    describe({
      summary: 'Start handling (办理中)',
      response: demandSchema,
      responses: { 409: 'closed, already in progress, or not assigned yet' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', z.object({ note: optionalText(500).default(null) })),
    async (c) => {
      requireOrgAdmin(c);
      const { note } = c.req.valid('json');
      return c.json(await service.start(whoOf(c), c.get('access'), c.req.valid('param').id, note));
    },
  );

  app.post(
    '/:id/notes',
    describe({
      summary: 'Add a progress note',
      response: demandSchema.meta({ description: 'the demand; the note is in its history' }),
      responses: { 409: 'closed' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', noteBody),
    async (c) => {
      requireOrgAdmin(c);
      const { note } = c.req.valid('json');
      return c.json(await service.note(whoOf(c), c.get('access'), c.req.valid('param').id, note));
    },
  );

  app.post(
    '/:id/escalate',
    describe({
      summary: 'Escalate a hard case to a party-representative studio (党代表工作室)',
      response: demandSchema,
      responses: { 409: 'closed or already escalated' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', escalateBody),
    async (c) => {
      requireOrgAdmin(c);
      return c.json(
        await service.escalate(whoOf(c), c.get('access'), c.req.valid('param').id, c.req.valid('json')),
      );
    },
  );

  app.post(
    '/:id/close',
    describe({
      summary: '销号: close with a reply to the resident',
      response: demandSchema,
      responses: { 409: 'already closed, or not assigned yet' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', closeBody),
    async (c) => {
      requireOrgAdmin(c);
      return c.json(
        await service.close(whoOf(c), c.get('access'), c.req.valid('param').id, c.req.valid('json')),
      );
    },
  );

  app.post(
    '/:id/reopen',
    describe({
      summary: 'Reopen a closed item; a reason is required',
      response: demandSchema,
      responses: { 409: 'not closed' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', reopenBody),
    async (c) => {
      requireOrgAdmin(c);
      const { reason } = c.req.valid('json');
      return c.json(await service.reopen(whoOf(c), c.get('access'), c.req.valid('param').id, reason));
    },
  );

  return app;
}
