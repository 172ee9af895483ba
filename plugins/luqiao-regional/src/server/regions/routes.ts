import {
  describe,
  idParam,
  invalid,
  isoDate,
  optionalText,
  orgInScope,
  type PluginEnv,
  positiveId,
  requireOrgAdmin,
  say,
  text,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { MASS_ORG_KINDS, REGION_KINDS } from '../../shared/model';
import { type Ctx, loadRegion, regionView } from '../common';
import {
  areasSchema,
  coverageSchema,
  historySchema,
  idRowsSchema,
  massOrgSchema,
  movedSchema,
  nCandidatesSchema,
  okSchema,
  placesAddedSchema,
  regionDetailSchema,
  regionListSchema,
  regionSchema,
  returnedSchema,
  structureSchema,
  townsSchema,
  unitLookupSchema,
} from '../schemas';
import { regionCounts, structureOf } from './counts';
import { assess, moveOrgs, returnOrg } from './n-service';
import {
  areasUnder,
  candidateOrgIds,
  historyOf,
  placePath,
  placesOf,
  regionById,
  townsInScope,
  unitLookup,
  unitsOf,
  visibleRegions,
} from './queries';
import { addPlaces, addUnits, createMassOrg, createRegion, removeUnit, updateRegion } from './service';

/** The region routes: HTTP only (validation, scope, status codes); the work is in service.ts and queries.ts. */

const regionKinds = Object.keys(REGION_KINDS) as [string, ...string[]];
const createBody = z.object({
  name: text(80),
  kind: z.enum(regionKinds),
  townOrgId: positiveId,
  establishedOn: isoDate.optional(),
  description: optionalText(500),
  regionalOrgName: text(120).optional(),
  centreOrgName: text(120).optional(),
  placeIds: z.array(positiveId).max(200).default([]),
  unitIds: z.array(positiveId).max(500).default([]),
});
const updateBody = z
  .object({ name: text(80), kind: z.enum(regionKinds), description: optionalText(500) })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
const unitsBody = z.object({ unitIds: z.array(positiveId).min(1).max(500), joinedOn: isoDate.optional() });
const placesBody = z.object({ placeIds: z.array(positiveId).min(1).max(200) });
const moveBody = z.object({ orgIds: z.array(positiveId).min(1).max(200) });
const returnBody = z.object({ reason: text(200) });
const unitParam = z.object({
  id: z.coerce.number().int().positive(),
  unitId: z.coerce.number().int().positive(),
});
const orgParam = z.object({
  id: z.coerce.number().int().positive(),
  orgId: z.coerce.number().int().positive(),
});
const massBody = z.object({
  kind: z.enum(Object.keys(MASS_ORG_KINDS) as [string, ...string[]]),
  name: text(120),
  mirrorsOrgId: positiveId.nullable().optional(),
  leaderName: optionalText(60),
  establishedOn: isoDate.optional(),
});
const lookupUnitsQuery = z.object({
  q: z.string().trim().max(60).optional(),
  free: z.enum(['true', 'false']).default('true'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const areasQuery = z.object({ townOrgId: z.coerce.number().int().positive().optional() });

export function regionRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  const tag = { tags: ['luqiao-regional: regions'] };

  app.get(
    '/regions',
    describe({
      response: regionListSchema,
      summary: 'Regions visible to the actor, with their 1+N+1 counts',
      ...tag,
    }),
    async (c) => {
      const city = c.get('city');
      const regions = await visibleRegions(db, city.id, c.get('access'));
      const counts = await regionCounts(
        db,
        city.id,
        regions.map((r) => r.id),
      );
      return c.json({ items: regions.map((r) => ({ ...regionView(r), ...counts.get(r.id) })) });
    },
  );

  app.post(
    '/regions',
    describe({
      status: 201,
      response: regionSchema,
      summary: 'Draw a region inside a town/street: creates the regional org and the service centre’s org',
      ...tag,
      responses: { 409: 'area or unit already in a region' },
    }),
    validate('json', createBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      const town = await orgInScope(db, c, b.townOrgId, 'townOrgId');
      if (town.kind !== 'street_working_committee')
        throw invalid(
          say('区域须划在镇(街道)党(工)委之下', 'a region is drawn under a town or street committee'),
          'townOrgId',
        );
      const region = await createRegion(ctx, whoOf(c), town, b);
      return c.json(regionView(await regionById(db, c.get('city').id, region.id)), 201);
    },
  );

  app.get(
    '/regions/:id',
    describe({
      response: regionDetailSchema,
      responses: { 404: 'not found in the actor’s scope' },
      summary: 'One region with its areas, units and current N',
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      const region = await loadRegion(db, c, c.req.valid('param').id);
      const cityId = c.get('city').id;
      const [places, units, counts] = await Promise.all([
        placesOf(db, cityId, region.id),
        unitsOf(db, cityId, region.id),
        regionCounts(db, cityId, [region.id]),
      ]);
      return c.json({ ...regionView(region), ...counts.get(region.id), places, units });
    },
  );

  app.patch(
    '/regions/:id',
    describe({
      response: regionSchema,
      responses: { 404: 'not found in the actor’s scope' },
      summary: 'Rename or describe a region',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', updateBody),
    async (c) => {
      requireOrgAdmin(c);
      const before = await loadRegion(db, c, c.req.valid('param').id, 'structure');
      await updateRegion(db, whoOf(c), before, regionView(before), c.req.valid('json'));
      return c.json(regionView(await regionById(db, c.get('city').id, before.id)));
    },
  );

  app.post(
    '/regions/:id/units',
    describe({
      status: 201,
      response: idRowsSchema,
      summary: 'Add units (with or without a party org) to the region',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', unitsBody),
    async (c) => {
      requireOrgAdmin(c);
      const region = await loadRegion(db, c, c.req.valid('param').id, 'structure');
      const b = c.req.valid('json');
      await addUnits(ctx, whoOf(c), region, b.unitIds, b.joinedOn);
      return c.json({ items: await unitsOf(db, c.get('city').id, region.id) }, 201);
    },
  );

  app.post(
    '/regions/:id/units/:unitId/remove',
    describe({
      noBody: true,
      response: okSchema,
      responses: { 409: 'the unit’s org is still in the N' },
      summary: 'Take a unit out of the region (its org must have returned first)',
      ...tag,
    }),
    validate('param', unitParam),
    async (c) => {
      requireOrgAdmin(c);
      const { id: regionId, unitId } = c.req.valid('param');
      const region = await loadRegion(db, c, regionId, 'structure');
      await removeUnit(db, whoOf(c), region, unitId);
      return c.json({ ok: true });
    },
  );

  app.post(
    '/regions/:id/places',
    describe({
      status: 201,
      response: placesAddedSchema,
      summary: 'Add areas (communities, compounds, parks) inside the town',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', placesBody),
    async (c) => {
      requireOrgAdmin(c);
      const region = await loadRegion(db, c, c.req.valid('param').id, 'structure');
      const placeIds = await addPlaces(db, whoOf(c), region, c.req.valid('json').placeIds);
      return c.json({ ok: true, placeIds }, 201);
    },
  );

  app.get(
    '/regions/:id/n-candidates',
    describe({
      response: nCandidatesSchema,
      summary:
        'Orgs of the region’s units and areas, each marked eligible for the N or refused with the reason',
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const region = await loadRegion(db, c, c.req.valid('param').id);
      const cityId = c.get('city').id;
      const orgIds = await candidateOrgIds(db, cityId, region.id);
      const items = await assess(db, cityId, c.get('access'), c.get('locale'), region, orgIds);
      return c.json({ items });
    },
  );

  app.post(
    '/regions/:id/n-orgs',
    describe({
      status: 201,
      response: movedSchema,
      summary: 'Move orgs under the regional org (the N), in one transaction, keeping where each sat before',
      ...tag,
      responses: {
        400: 'a government or public-institution org, or an org outside the region',
        409: 'already in a region',
      },
    }),
    validate('param', idParam),
    validate('json', moveBody),
    async (c) => {
      requireOrgAdmin(c);
      const region = await loadRegion(db, c, c.req.valid('param').id, 'structure');
      const orgIds = [...new Set(c.req.valid('json').orgIds)];
      const moved = await moveOrgs(ctx, whoOf(c), c.get('access'), c.get('locale'), region, orgIds);
      return c.json(moved, 201);
    },
  );

  app.post(
    '/regions/:id/n-orgs/:orgId/return',
    describe({
      response: returnedSchema,
      summary: 'Return an org of the N to where it sat before (reason recorded)',
      ...tag,
    }),
    validate('param', orgParam),
    validate('json', returnBody),
    async (c) => {
      requireOrgAdmin(c);
      const { id: regionId, orgId } = c.req.valid('param');
      const region = await loadRegion(db, c, regionId, 'structure');
      return c.json(await returnOrg(ctx, whoOf(c), region, orgId, c.req.valid('json').reason));
    },
  );

  app.get(
    '/regions/:id/history',
    describe({
      response: historySchema,
      summary: 'Where each org of the N sat before, since when, and returns',
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      const region = await loadRegion(db, c, c.req.valid('param').id);
      return c.json({ items: await historyOf(db, c.get('city').id, region.id) });
    },
  );

  app.get(
    '/regions/:id/structure',
    describe({
      response: structureSchema,
      summary:
        'The 1+N+1 structure: regional org, the N, the service centre’s org, mass orgs, flowing branches, and the orgs that stay',
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      const region = await loadRegion(db, c, c.req.valid('param').id);
      return c.json(await structureOf(db, c.get('city').id, region));
    },
  );

  app.post(
    '/regions/:id/mass-orgs',
    describe({
      status: 201,
      response: massOrgSchema,
      summary: 'Attach a mass organization (团委, 妇联, 工会) mirroring the structure',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', massBody),
    async (c) => {
      requireOrgAdmin(c);
      const region = await loadRegion(db, c, c.req.valid('param').id, 'manage');
      const row = await createMassOrg(ctx, whoOf(c), region, c.req.valid('json'));
      return c.json(
        {
          id: row.id,
          kind: row.kind,
          name: row.name,
          mirrorsOrgId: row.mirrors_org_id,
          leaderName: row.leader_name,
          establishedOn: row.established_on,
        },
        201,
      );
    },
  );

  app.get(
    '/coverage',
    describe({
      response: coverageSchema,
      summary:
        'Coverage by region: units with their own org, covered by the centre’s org, uncovered; members registered',
      ...tag,
    }),
    async (c) => {
      requireOrgAdmin(c);
      const city = c.get('city');
      const regions = await visibleRegions(db, city.id, c.get('access'));
      const counts = await regionCounts(
        db,
        city.id,
        regions.map((r) => r.id),
      );
      return c.json({
        items: regions.map((r) => ({
          regionId: r.id,
          name: r.name,
          kind: r.kind,
          townName: r.town_name,
          ...counts.get(r.id)!,
        })),
      });
    },
  );

  // Pickers for the web pages, limited to what the actor may use.
  app.get(
    '/lookups/towns',
    describe({
      response: townsSchema,
      summary: 'Town/street committees a region can be drawn under',
      ...tag,
    }),
    async (c) => {
      requireOrgAdmin(c);
      return c.json({ items: await townsInScope(db, c.get('city').id, c.get('access')) });
    },
  );

  app.get(
    '/lookups/areas',
    describe({
      response: areasSchema,
      summary: 'Areas inside a town (communities and compounds), with the region each belongs to',
      ...tag,
    }),
    validate('query', areasQuery),
    async (c) => {
      requireOrgAdmin(c);
      const { townOrgId } = c.req.valid('query');
      if (!townOrgId) return c.json({ items: [] });
      const town = await orgInScope(db, c, townOrgId, 'townOrgId');
      if (!town.place_id) return c.json({ items: [] });
      const cityId = c.get('city').id;
      const path = await placePath(db, cityId, town.place_id);
      return c.json({ items: await areasUnder(db, cityId, { id: town.place_id, path }) });
    },
  );

  app.get(
    '/lookups/units',
    describe({
      response: unitLookupSchema,
      summary: 'Units to add to a region (by default only those in no region yet)',
      ...tag,
    }),
    validate('query', lookupUnitsQuery),
    async (c) => {
      requireOrgAdmin(c);
      const { q, free, limit } = c.req.valid('query');
      const items = await unitLookup(db, c.get('city').id, { text: q, freeOnly: free === 'true', limit });
      return c.json({ items });
    },
  );

  return app;
}
