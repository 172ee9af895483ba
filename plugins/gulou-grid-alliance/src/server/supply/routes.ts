import {
  actionsFor,
  describe,
  enforce,
  idParam,
  isoDate,
  localizedIssue,
  notFound,
  optionalText,
  type PluginContext,
  type PluginEnv,
  positiveId,
  queryId,
  requireOrgAdmin,
  say,
  scopeCondition,
  text,
  todayOf,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import {
  FACILITY_KINDS,
  PROJECT_STATUSES,
  SUPPLY_CATEGORIES,
  SUPPLY_SIDES,
  SUPPLY_STATUSES,
} from '../../shared/terms';
import type { GulouTables } from '../db';
import { itemsOf, okSchema } from '../schemas';
import { type C, gridBranchInScope, prefixOf, S, TAG } from '../util';
import {
  assertPlace,
  facilityList,
  findFacility,
  findItem,
  findProject,
  itemView,
  projectView,
  serviceProjects,
  supplyItems,
  unitInScope,
} from './queries';
import {
  checkHours,
  checkOwner,
  checkProjectDates,
  matchSides,
  mayManageEntry,
  mayManageFacility,
} from './rules';
import {
  createdFacilitySchema,
  facilitySchema,
  projectDetailSchema,
  projectSchema,
  publicFacilitySchema,
  supplyItemSchema,
  supplyListItemSchema,
} from './schemas';
import { changeFacility, listItem, matchProject, moveProject, openFacility, withdrawItem } from './service';

export { mayManageFacility, openAt } from './rules';

const itemBody = z.object({
  side: z.enum(SUPPLY_SIDES),
  gridOrgId: positiveId.nullable().default(null),
  unitId: positiveId.nullable().default(null),
  category: z.enum(SUPPLY_CATEGORIES),
  title: text(120, 2),
  detail: optionalText(2000).default(null),
});
const itemQuery = z.object({
  side: z.enum(SUPPLY_SIDES).optional(),
  status: z.enum(SUPPLY_STATUSES).optional(),
  category: z.enum(SUPPLY_CATEGORIES).optional(),
  owner: z.enum(['grid', 'unit']).optional(),
  orgId: queryId.optional(),
  q: z.string().trim().max(60).optional(),
});
const withdrawBody = z.object({ reason: text(500, 2) });
const projectBody = z.object({
  needId: positiveId,
  offerId: positiveId,
  title: text(120, 2),
  ownerName: text(40),
  content: text(4000, 2),
  startOn: isoDate,
  endOn: isoDate,
});
const projectQuery = z.object({ status: z.enum(PROJECT_STATUSES).optional(), orgId: queryId.optional() });
const statusBody = z.object({ status: z.enum(PROJECT_STATUSES) });
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM');
const facilityFields = {
  unitId: positiveId,
  kind: z.enum(FACILITY_KINDS),
  name: text(120),
  address: optionalText(200).default(null),
  placeId: positiveId.nullable().default(null),
  days: z
    .string()
    .refine(
      (d) => /^[01]{7}$/.test(d),
      localizedIssue(say('7 位 0/1，周一至周日', 'seven 0/1 flags, Monday first')),
    )
    .refine((d) => d !== '0000000', localizedIssue(say('至少开放一天', 'open on at least one day'))),
  opensAt: hhmm,
  closesAt: hhmm,
  capacity: z.number().int().positive().max(100_000).nullable().default(null),
  note: optionalText(500).default(null),
};
const facilityBody = z.object(facilityFields);
const facilityPatch = z
  .object({
    kind: facilityFields.kind,
    name: facilityFields.name,
    address: z.string().trim().max(200).nullable(),
    placeId: positiveId.nullable(),
    days: facilityFields.days,
    opensAt: hhmm,
    closesAt: hhmm,
    capacity: z.number().int().positive().max(100_000).nullable(),
    note: z.string().trim().max(500).nullable(),
    active: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
const facilityQuery = z.object({
  kind: z.enum(FACILITY_KINDS).optional(),
  unitId: queryId.optional(),
  placeId: queryId.optional(),
  openNow: z.enum(['true', 'false']).optional(),
});

/** The HTTP face of supply, projects and facilities: validation, the actor's scope, and answers. */
export function supplyRoutes(ctx: PluginContext<Config, GulouTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  const mayManage = (c: C, r: { grid_path: string | null; unit_path: string | null }) =>
    mayManageEntry(c.get('access'), r);
  async function loadProject(c: C, projectId: number) {
    const r = await findProject(db, c.get('city').id, projectId);
    if (!r || !mayManage(c, r)) throw notFound(say('服务项目', 'Service project'));
    return r;
  }
  const catalogue = (cityId: number, f: z.infer<typeof facilityQuery>, activeOnly = false) =>
    facilityList(db, cityId, f, ctx.clock.now(), activeOnly);

  app.get(
    '/supply',
    describe({
      summary: '供需清单: needs and offers of grid branches (in scope) and units (all)',
      response: itemsOf(supplyListItemSchema),
      ...TAG,
    }),
    validate('query', itemQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const prefix = await prefixOf(db, c, f.orgId);
      let q = supplyItems(db, c.get('city').id).where((eb) =>
        eb.or([eb('s.unit_id', 'is not', null), scopeCondition(c.get('access'), ['g.path'])]),
      );
      if (prefix)
        q = q.where((eb) => eb.or([eb('g.path', 'like', `${prefix}%`), eb('uo.path', 'like', `${prefix}%`)]));
      if (f.side) q = q.where('s.side', '=', f.side);
      if (f.status) q = q.where('s.status', '=', f.status);
      if (f.category) q = q.where('s.category', '=', f.category);
      if (f.owner === 'grid') q = q.where('s.grid_org_id', 'is not', null);
      if (f.owner === 'unit') q = q.where('s.unit_id', 'is not', null);
      if (f.q)
        q = q.where((eb) =>
          eb.or([
            eb('s.title', 'ilike', `%${f.q}%`),
            eb('g.name', 'ilike', `%${f.q}%`),
            eb('u.name', 'ilike', `%${f.q}%`),
          ]),
        );
      const rows = await q.orderBy('s.id', 'desc').limit(500).execute();
      return c.json({ items: rows.map((r) => ({ ...itemView(r), manageable: mayManage(c, r) })) });
    },
  );

  app.post(
    '/supply',
    describe({
      summary: 'List a need or an offer for a grid branch or a unit',
      status: 201,
      response: supplyItemSchema,
      ...TAG,
    }),
    validate('json', itemBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      checkOwner(b.gridOrgId, b.unitId);
      if (b.gridOrgId) await gridBranchInScope(db, c, b.gridOrgId, 'gridOrgId');
      if (b.unitId) await unitInScope(db, c.get('city').id, c.get('access'), b.unitId, 'unitId');
      const row = await listItem(db, whoOf(c), todayOf(ctx), b);
      return c.json(itemView(await findItem(db, c.get('city').id, row.id)), 201);
    },
  );

  app.post(
    '/supply/:id/withdraw',
    describe({ summary: 'Withdraw an open need or offer', response: okSchema, ...TAG }),
    validate('param', idParam),
    validate('json', withdrawBody),
    async (c) => {
      requireOrgAdmin(c);
      const r = await findItem(db, c.get('city').id, c.req.valid('param').id);
      if (!mayManage(c, r)) throw notFound(say('供需条目', 'Supply or need'));
      await withdrawItem(db, whoOf(c), r, c.req.valid('json').reason);
      return c.json({ ok: true });
    },
  );

  app.get(
    '/projects',
    describe({
      summary: '服务项目书: service projects from matched needs and offers',
      response: itemsOf(projectSchema),
      ...TAG,
    }),
    validate('query', projectQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const prefix = await prefixOf(db, c, f.orgId);
      const access = c.get('access');
      let q = serviceProjects(db, c.get('city').id).where((eb) =>
        eb.or([scopeCondition(access, ['g.path']), scopeCondition(access, ['uo.path'])]),
      );
      if (prefix)
        q = q.where((eb) => eb.or([eb('g.path', 'like', `${prefix}%`), eb('uo.path', 'like', `${prefix}%`)]));
      if (f.status) q = q.where('p.status', '=', f.status);
      const rows = await q.orderBy('p.id', 'desc').limit(500).execute();
      return c.json({ items: rows.map(projectView) });
    },
  );

  app.get(
    '/projects/:id',
    describe({
      summary: 'One service project with the need and offer it matched',
      response: projectDetailSchema,
      responses: { 404: 'unknown project' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const p = await loadProject(c, c.req.valid('param').id);
      const cityId = c.get('city').id;
      const [need, offer] = await Promise.all([
        findItem(db, cityId, p.need_id),
        findItem(db, cityId, p.offer_id),
      ]);
      return c.json({ ...projectView(p), need: itemView(need), offer: itemView(offer) });
    },
  );

  app.post(
    '/projects',
    describe({
      summary: 'Match a need with an offer into a service project (服务项目书)',
      status: 201,
      response: projectSchema,
      ...TAG,
      responses: { 409: 'need or offer no longer open' },
    }),
    validate('json', projectBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      const cityId = c.get('city').id;
      const need = await findItem(db, cityId, b.needId, 'needId');
      const offer = await findItem(db, cityId, b.offerId, 'offerId');
      const { grid, unit, gridField } = matchSides(need, offer);
      await gridBranchInScope(db, c, grid.grid_org_id!, gridField);
      checkProjectDates(b.startOn, b.endOn);
      const row = await matchProject(db, whoOf(c), todayOf(ctx), { need, offer, grid, unit }, b);
      return c.json(projectView(await loadProject(c, row.id)), 201);
    },
  );

  app.post(
    '/projects/:id/status',
    describe({
      summary: 'Move a project: planned → in progress → completed, or cancel (the need and offer reopen)',
      response: projectSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', statusBody),
    async (c) => {
      requireOrgAdmin(c);
      const p = await loadProject(c, c.req.valid('param').id);
      await moveProject(db, whoOf(c), p, c.req.valid('json').status, todayOf(ctx));
      return c.json(projectView(await loadProject(c, p.id)));
    },
  );

  app.get(
    '/facilities',
    describe({
      summary: 'Shared-resource catalogue: unit facilities open to the public, with opening hours',
      response: itemsOf(facilitySchema),
      ...TAG,
    }),
    validate('query', facilityQuery),
    async (c) => {
      const access = c.get('access');
      const items = await catalogue(c.get('city').id, c.req.valid('query'));
      return c.json({
        items: items.map(({ unitOrgPath, ...f }) => ({
          ...f,
          actions: actionsFor({ manage: mayManageFacility(access, unitOrgPath) }, c.get('locale')),
        })),
      });
    },
  );

  app.post(
    '/facilities',
    describe({
      summary: 'Open a unit facility to the public (parking, sports ground, toilets…)',
      status: 201,
      response: createdFacilitySchema,
      ...TAG,
    }),
    validate('json', facilityBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      const cityId = c.get('city').id;
      await unitInScope(db, cityId, c.get('access'), b.unitId, 'unitId');
      checkHours(b.opensAt, b.closesAt);
      await assertPlace(db, cityId, b.placeId);
      const row = await openFacility(db, whoOf(c), b);
      return c.json(
        {
          id: row.id,
          name: row.name,
          kind: row.kind,
          days: row.days,
          opensAt: row.opens_at,
          closesAt: row.closes_at,
        },
        201,
      );
    },
  );

  app.patch(
    '/facilities/:id',
    describe({ summary: 'Change a facility’s hours or details, or withdraw it', response: okSchema, ...TAG }),
    validate('param', idParam),
    validate('json', facilityPatch),
    async (c) => {
      requireOrgAdmin(c);
      const cityId = c.get('city').id;
      const { facility: before, unitOrgPath } = await findFacility(db, cityId, c.req.valid('param').id);
      enforce(mayManageFacility(c.get('access'), unitOrgPath));
      const b = c.req.valid('json');
      await assertPlace(db, cityId, b.placeId);
      checkHours(b.opensAt ?? before.opens_at, b.closesAt ?? before.closes_at);
      await changeFacility(db, whoOf(c), before, b);
      return c.json({ ok: true });
    },
  );

  return { app, facilityList: catalogue };
}

/** The public, read-only catalogue (no login): active facilities only. */
export function publicSupplyRoutes(ctx: PluginContext<Config, GulouTables>) {
  const app = new Hono<PluginEnv<Config>>();
  app.get(
    '/facilities',
    describe({
      summary: 'Public catalogue of unit facilities open to residents',
      response: itemsOf(publicFacilitySchema),
      ...TAG,
    }),
    validate('query', facilityQuery),
    async (c) => {
      const items = await facilityList(ctx.db, c.get('city').id, c.req.valid('query'), ctx.clock.now(), true);
      return c.json({ items: items.map(({ note: _n, active: _a, unitOrgPath: _p, ...f }) => f) });
    },
  );
  return app;
}
