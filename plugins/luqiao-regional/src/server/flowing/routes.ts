import {
  describe,
  idParam,
  invalid,
  isoDate,
  notFound,
  optionalText,
  orgInScope,
  pathInScope,
  type PluginEnv,
  positiveId,
  queryId,
  requireOrgAdmin,
  say,
  text,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { FLOWING_ACTIVITY_KINDS } from '../../shared/model';
import { type C, type Ctx, loadRegion } from '../common';
import {
  branchActivitySchema,
  flowingBranchListSchema,
  flowingBranchSchema,
  flowingMembersSchema,
  joinedSchema,
  okSchema,
} from '../schemas';
import {
  activityTotals,
  type BranchRow,
  branchActivities,
  branchesInScope,
  branchMembers,
  branchRow,
  flowingMemberLookup,
} from './queries';
import { totalsOf } from './rules';
import { createBranch, joinBranch, leaveBranch, recordActivity } from './service';

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
  branchId: queryId.optional(),
});
const memberParam = z.object({ id: queryId, memberId: queryId });

/** The flowing-branch routes: HTTP only (validation, scope, status codes); the work is in service.ts and queries.ts. */
export function flowingRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  const tag = { tags: ['luqiao-regional: flowing branches'] };

  /** A branch under the actor's subtree; any other is a 404. */
  async function loadBranch(c: C, branchId: number) {
    const b = await branchRow(db, c.get('city').id, branchId);
    if (!b || !pathInScope(c.get('access'), b.path))
      throw notFound({ 'zh-CN': '流动党支部', en: 'Flowing branch' });
    return b;
  }
  const withoutPath = ({ path: _p, ...b }: BranchRow) => b;

  app.get(
    '/flowing-branches',
    describe({
      response: flowingBranchListSchema,
      summary: 'Flowing party branches of members from elsewhere',
      ...tag,
    }),
    async (c) => {
      requireOrgAdmin(c);
      const cityId = c.get('city').id;
      const rows = await branchesInScope(db, cityId, c.get('access'));
      const totals = await activityTotals(
        db,
        cityId,
        rows.map((r) => r.id),
      );
      return c.json({ items: rows.map((r) => ({ ...withoutPath(r), totals: totalsOf(r.id, totals) })) });
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
      const parent = await orgInScope(db, c, b.parentOrgId, 'parentOrgId');
      if (b.regionId) {
        const region = await loadRegion(db, c, b.regionId, 'manage', 'regionId');
        if (!parent.path.startsWith(region.regional_path))
          throw invalid(
            say('上级党组织须在该区域党组织之下', 'the parent must sit under that region’s regional org'),
            'parentOrgId',
          );
      }
      const row = await createBranch(ctx, whoOf(c), parent.id, b);
      return c.json(withoutPath(await loadBranch(c, row.id)), 201);
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
        branchMembers(db, cityId, b.id),
        branchActivities(db, cityId, b.id),
      ]);
      return c.json({ ...withoutPath(b), members, activities });
    },
  );

  app.get(
    '/lookups/flowing-members',
    describe({
      response: flowingMembersSchema,
      summary: 'Flowing members to take into a branch: by name, those the actor looks after',
      ...tag,
    }),
    validate('query', lookupQuery),
    async (c) => {
      requireOrgAdmin(c);
      const items = await flowingMemberLookup(db, c.get('city').id, c.get('access'), c.req.valid('query'));
      return c.json({ items });
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
      return c.json(await joinBranch(ctx, whoOf(c), b, c.req.valid('json')), 201);
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
      await leaveBranch(ctx, whoOf(c), b, memberId, c.req.valid('json').leftOn);
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
      return c.json(await recordActivity(ctx, whoOf(c), b, c.req.valid('json')), 201);
    },
  );

  return app;
}
