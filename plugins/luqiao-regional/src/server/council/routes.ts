import {
  conflict,
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
import { type C, type Ctx, configOf, loadRegion } from '../common';
import {
  councilDetailSchema,
  councilListSchema,
  createdIdSchema,
  meetingCreatedSchema,
  projectCreatedSchema,
  projectStatusSchema,
  replacedSchema,
  scoreboardSchema,
  termSchema,
} from '../schemas';
import { councilDetail, councilList, councilRow, projectRow, scoreboard } from './queries';
import {
  addMember,
  createCouncil,
  declareProject,
  recordMeeting,
  replaceChair,
  replaceMember,
  rotateChair,
  setProject,
} from './service';

/** The council routes: HTTP only (validation, scope, status codes); the work is in service.ts and queries.ts. */

const createBody = z.object({
  regionId: positiveId,
  name: text(120),
  foundedOn: isoDate.optional(),
  unitIds: z.array(positiveId).min(2).max(100),
  /** The first rotating chair (轮值主席): one of the member units. */
  chairUnitId: positiveId,
});
const addMemberBody = z.object({ unitId: positiveId, joinedOn: isoDate.optional() });
const replaceMemberBody = z.object({
  reason: text(300),
  replacementUnitId: positiveId.nullable().optional(),
  on: isoDate.optional(),
});
const rotateBody = z.object({ chairMemberId: positiveId.optional(), startsOn: isoDate.optional() });
const replaceChairBody = z.object({ chairMemberId: positiveId, reason: text(300), on: isoDate.optional() });
const projectBody = z.object({
  title: text(120),
  description: optionalText(1000),
  declaredByMemberId: positiveId,
  /** Who leads it; by default the member unit whose turn it is (fewest projects led so far). */
  leadMemberId: positiveId.optional(),
  declaredOn: isoDate.optional(),
  dueOn: isoDate.optional(),
});
const startBody = z.object({ startsOn: isoDate.optional() });
const completeBody = z.object({ completedOn: isoDate.optional(), outcome: text(1000) });
const dropBody = z.object({ reason: text(300) });
const meetingBody = z.object({
  heldOn: isoDate,
  topic: text(200),
  minutes: optionalText(4000),
  reviews: z
    .array(
      z.object({
        memberId: positiveId,
        attended: z.boolean(),
        score: z.number().int().min(0).max(100),
        note: optionalText(300),
      }),
    )
    .max(100)
    .default([]),
});
const memberParam = z.object({
  id: z.coerce.number().int().positive(),
  memberId: z.coerce.number().int().positive(),
});
const periodQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });
const listQuery = z.object({ regionId: z.coerce.number().int().positive().optional() });

export function councilRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  const tag = { tags: ['luqiao-regional: co-building council'] };

  /** A council of a region the actor may read or manage; any other is a 404. */
  async function loadCouncil(c: C, councilId: number, need: 'read' | 'manage' = 'manage') {
    const council = await councilRow(db, c.get('city').id, councilId);
    if (!council) throw notFound({ 'zh-CN': '共建理事会', en: 'Council' });
    try {
      const region = await loadRegion(db, c, council.region_id, need);
      return { council, region };
    } catch {
      throw notFound({ 'zh-CN': '共建理事会', en: 'Council' });
    }
  }

  async function loadProject(c: C, projectId: number) {
    const p = await projectRow(db, c.get('city').id, projectId);
    if (!p) throw notFound({ 'zh-CN': '共建项目', en: 'Project' });
    await loadCouncil(c, p.council_id);
    return p;
  }

  app.get(
    '/councils',
    describe({
      response: councilListSchema,
      summary: 'Co-building councils in scope with their current rotating chair',
      ...tag,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const items = await councilList(db, c.get('city').id, c.get('access'), c.req.valid('query').regionId);
      return c.json({ items });
    },
  );

  app.post(
    '/councils',
    describe({
      status: 201,
      response: councilDetailSchema,
      summary:
        'Found a regional co-building council (共建理事会) with member units and a first rotating chair',
      ...tag,
    }),
    validate('json', createBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      const region = await loadRegion(db, c, b.regionId, 'manage', 'regionId');
      const created = await createCouncil(ctx, whoOf(c), region, b, configOf(c).councilTermMonths);
      return c.json(await councilDetail(db, c.get('city').id, created.id), 201);
    },
  );

  app.get(
    '/councils/:id',
    describe({
      response: councilDetailSchema,
      responses: { 404: 'not found in the actor’s scope' },
      summary:
        'A council: member units (current and replaced, with reasons), chair terms, projects and meetings',
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const { council } = await loadCouncil(c, c.req.valid('param').id, 'read');
      return c.json(await councilDetail(db, c.get('city').id, council.id));
    },
  );

  app.post(
    '/councils/:id/members',
    describe({
      status: 201,
      response: createdIdSchema,
      summary: 'Admit a member unit of the region',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', addMemberBody),
    async (c) => {
      requireOrgAdmin(c);
      const { council, region } = await loadCouncil(c, c.req.valid('param').id);
      const row = await addMember(ctx, whoOf(c), council, region, c.req.valid('json'));
      return c.json({ id: row.id }, 201);
    },
  );

  app.post(
    '/councils/:id/members/:memberId/replace',
    describe({
      response: replacedSchema,
      summary:
        'Replace (淘汰更换) an inactive member unit, the reason recorded; optionally admit its replacement',
      ...tag,
      responses: { 409: 'the unit is the current chair' },
    }),
    validate('param', memberParam),
    validate('json', replaceMemberBody),
    async (c) => {
      requireOrgAdmin(c);
      const { id: councilId, memberId } = c.req.valid('param');
      const { council, region } = await loadCouncil(c, councilId);
      return c.json(await replaceMember(ctx, whoOf(c), council, region, memberId, c.req.valid('json')));
    },
  );

  app.post(
    '/councils/:id/rotate',
    describe({
      status: 201,
      response: termSchema,
      summary: 'End the current chair’s term and hand the chair to the next member unit in turn',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', rotateBody),
    async (c) => {
      requireOrgAdmin(c);
      const { council } = await loadCouncil(c, c.req.valid('param').id);
      const term = await rotateChair(
        ctx,
        whoOf(c),
        council,
        c.req.valid('json'),
        configOf(c).councilTermMonths,
      );
      return c.json(term, 201);
    },
  );

  app.post(
    '/councils/:id/replace-chair',
    describe({
      status: 201,
      response: termSchema,
      summary: 'Replace an inactive rotating chair mid-term (淘汰更换轮值主席), the reason recorded',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', replaceChairBody),
    async (c) => {
      requireOrgAdmin(c);
      const { council } = await loadCouncil(c, c.req.valid('param').id);
      const term = await replaceChair(
        ctx,
        whoOf(c),
        council,
        c.req.valid('json'),
        configOf(c).councilTermMonths,
      );
      return c.json(term, 201);
    },
  );

  app.post(
    '/councils/:id/projects',
    describe({
      status: 201,
      response: projectCreatedSchema,
      summary: 'A member unit declares a co-building project; units lead in turn',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', projectBody),
    async (c) => {
      requireOrgAdmin(c);
      const { council } = await loadCouncil(c, c.req.valid('param').id);
      return c.json(await declareProject(ctx, whoOf(c), council, c.req.valid('json')), 201);
    },
  );

  app.post(
    '/council-projects/:id/start',
    describe({
      response: projectStatusSchema,
      responses: { 409: 'not declared' },
      summary: 'Start a declared project',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', startBody),
    async (c) => {
      requireOrgAdmin(c);
      const p = await loadProject(c, c.req.valid('param').id);
      if (p.status !== 'declared')
        throw conflict({ 'zh-CN': '只有已申报的项目可以启动', en: 'only a declared project can start' });
      const on = c.req.valid('json').startsOn ?? todayOf(ctx);
      if (on < p.declared_on)
        throw invalid(say('启动日期早于申报日期', 'starts before it was declared'), 'startsOn');
      return c.json(await setProject(db, whoOf(c), p, { status: 'in_progress', starts_on: on }, 'start'));
    },
  );

  app.post(
    '/council-projects/:id/complete',
    describe({
      response: projectStatusSchema,
      responses: { 409: 'not in progress' },
      summary: 'Complete a project in progress',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', completeBody),
    async (c) => {
      requireOrgAdmin(c);
      const p = await loadProject(c, c.req.valid('param').id);
      if (p.status !== 'in_progress')
        throw conflict({
          'zh-CN': '只有实施中的项目可以完成',
          en: 'only a project in progress can be completed',
        });
      const b = c.req.valid('json');
      const on = b.completedOn ?? todayOf(ctx);
      // A project in progress has started.
      if (on < p.starts_on!)
        throw invalid(say('完成日期早于启动日期', 'completed before it started'), 'completedOn');
      const set = { status: 'completed', completed_on: on, outcome: b.outcome } as const;
      return c.json(await setProject(db, whoOf(c), p, set, 'complete'));
    },
  );

  app.post(
    '/council-projects/:id/drop',
    describe({
      response: projectStatusSchema,
      responses: { 409: 'already done or dropped' },
      summary: 'Drop a project that will not be done, with the reason',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', dropBody),
    async (c) => {
      requireOrgAdmin(c);
      const p = await loadProject(c, c.req.valid('param').id);
      if (p.status === 'completed' || p.status === 'dropped')
        throw conflict({ 'zh-CN': '项目已结束', en: 'the project is already over' });
      const set = { status: 'dropped', outcome: c.req.valid('json').reason } as const;
      return c.json(await setProject(db, whoOf(c), p, set, 'drop'));
    },
  );

  app.post(
    '/councils/:id/meetings',
    describe({
      status: 201,
      response: meetingCreatedSchema,
      summary: 'A council meeting with the performance review (绩效考核) of each member unit',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', meetingBody),
    async (c) => {
      requireOrgAdmin(c);
      const { council } = await loadCouncil(c, c.req.valid('param').id);
      return c.json(await recordMeeting(ctx, whoOf(c), council, c.req.valid('json')), 201);
    },
  );

  app.get(
    '/councils/:id/scoreboard',
    describe({
      response: scoreboardSchema,
      summary:
        'Council scoreboard: per member unit, projects declared/led/completed, meetings attended, average score, active or not',
      ...tag,
    }),
    validate('param', idParam),
    validate('query', periodQuery),
    async (c) => {
      requireOrgAdmin(c);
      const { council } = await loadCouncil(c, c.req.valid('param').id, 'read');
      const today = todayOf(ctx);
      const f = c.req.valid('query');
      const from = f.from ?? `${today.slice(0, 4)}-01-01`;
      const to = f.to ?? today;
      if (from > to) throw invalid(say('开始日期晚于结束日期', 'from is after to'), 'from');
      return c.json({
        from,
        to,
        items: await scoreboard(db, c.get('city').id, council.id, from, to, configOf(c).activeScoreThreshold),
      });
    },
  );

  return app;
}
