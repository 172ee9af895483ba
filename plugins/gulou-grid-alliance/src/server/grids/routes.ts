import {
  describe,
  idParam,
  isoDate,
  notFound,
  orgInScope,
  type PluginContext,
  type PluginEnv,
  positiveId,
  queryId,
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
import { BODY_KINDS, BODY_MEMBER_SOURCES, BODY_ROLES, GRID_BRANCH_KIND } from '../../shared/terms';
import type { GulouDb, GulouTables } from '../db';
import { itemsOf, okSchema } from '../schemas';
import { type C, prefixOf, TAG } from '../util';
import { bodyList, bodyMembers, branchDetail, findBody, gridRows, networkRows, studioList } from './queries';
import { networkSummary } from './rules';
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
import {
  addBodyMember,
  addBuildingGroup,
  createBody,
  createGridBranch,
  createStudio,
  endBodyMember,
  gridToCover,
  updateGridBranch,
} from './service';

/** The grid routes: HTTP only (validation, the actor's reach, status codes); the work is in service.ts and queries.ts. */

const listQuery = z.object({
  orgId: queryId.optional(),
  covered: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(60).optional(),
});
const createGridBody = z.object({
  gridPlaceId: positiveId,
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
const groupBody = z.object({ name: text(120), buildingPlaceId: positiveId.nullable().default(null) });
const bodyListQuery = z.object({ orgId: queryId.optional(), kind: z.enum(BODY_KINDS).optional() });
const createBodyBody = z.object({
  orgId: positiveId,
  kind: z.enum(BODY_KINDS),
  name: z.string().trim().min(1).max(120).optional(),
  establishedOn: isoDate.nullable().default(null),
});
const bodyMemberBody = z.object({
  name: text(40),
  source: z.enum(BODY_MEMBER_SOURCES),
  role: z.enum(BODY_ROLES).default('part_time_member'),
  unitId: positiveId.nullable().default(null),
  memberId: positiveId.nullable().default(null),
  since: isoDate.optional(),
});
const endBody = z.object({ until: isoDate });
const bodyMemberParam = z.object({
  id: z.coerce.number().int().positive(),
  memberId: z.coerce.number().int().positive(),
});
const studioBody = z.object({
  orgId: positiveId,
  name: text(120),
  representatives: z.array(text(40)).min(1).max(30),
});

/** A grid branch in the actor's reach, by org id; 404 for any other org. */
async function branchInReach(db: GulouDb, c: C, orgId: number) {
  const branch = await orgInScope(db, c, orgId);
  if (branch.kind !== GRID_BRANCH_KIND) throw notFound('org');
  return branch;
}

/** A council of the city on an org in the actor's reach; 404 otherwise. */
async function bodyInReach(db: GulouDb, c: C, bodyId: number) {
  const body = await findBody(db, c.get('city').id, bodyId);
  if (!body) throw notFound(say('议事机构', 'Council'));
  await orgInScope(db, c, body.org_id);
  return body;
}

export function gridRoutes(ctx: PluginContext<Config, GulouTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

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
      const items = await gridRows(db, c.get('city').id, c.get('access'), {
        prefix: await prefixOf(db, c, f.orgId),
        covered: f.covered,
        q: f.q,
      });
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
      const branch = await branchInReach(db, c, c.req.valid('param').id);
      const cityId = c.get('city').id;
      const [row] = await gridRows(db, cityId, c.get('access'), { prefix: null, branchId: branch.id });
      const today = todayOf(ctx);
      const year = Number(today.slice(0, 4));
      const { groups, workers, bodies, funds, demands } = await branchDetail(
        db,
        cityId,
        branch.id,
        year,
        today,
      );
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
      const target = await gridToCover(db, c.get('city').id, b.gridPlaceId);
      await orgInScope(db, c, target.community.id, 'gridPlaceId');
      const created = await createGridBranch(db, whoOf(c), target, b, todayOf(ctx));
      return c.json(
        {
          orgId: created.id,
          name: created.name,
          placeId: target.grid.id,
          parentId: target.community.id,
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
      const branch = await branchInReach(db, c, c.req.valid('param').id);
      await updateGridBranch(db, whoOf(c), branch, c.req.valid('json'));
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
      const branch = await branchInReach(db, c, c.req.valid('param').id);
      const org = await addBuildingGroup(db, whoOf(c), branch, c.req.valid('json'));
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
      const { orgs, bodies } = await networkRows(db, c.get('city').id, c.get('access'), prefix);
      return c.json(networkSummary(orgs, bodies));
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
      return c.json({
        items: await bodyList(db, c.get('city').id, c.get('access'), { prefix, kind: f.kind }),
      });
    },
  );

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
      const body = await bodyInReach(db, c, c.req.valid('param').id);
      const members = await bodyMembers(db, c.get('city').id, body.id);
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
      const row = await createBody(db, whoOf(c), org, b);
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
      const body = await bodyInReach(db, c, c.req.valid('param').id);
      const row = await addBodyMember(db, whoOf(c), body.id, c.req.valid('json'), todayOf(ctx));
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
      const body = await bodyInReach(db, c, bodyId);
      await endBodyMember(db, whoOf(c), body.id, memberId, c.req.valid('json').until);
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
      return c.json({ items: await studioList(db, c.get('city').id) });
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
      const row = await createStudio(db, whoOf(c), org.id, b);
      return c.json(
        { id: row.id, name: row.name, orgId: row.org_id, representatives: row.representatives },
        201,
      );
    },
  );

  return app;
}
