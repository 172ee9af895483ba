import {
  ApiError,
  badRequest,
  conflict,
  describe,
  idParam,
  notFound,
  orgInScope,
  orgPathFilter,
  type PluginEnv,
  pathInScope,
  recordAudit,
  requireOrgAdmin,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { MASS_ORG_KINDS, ORG_KINDS, REGION_KINDS, STAYING_UNIT_KINDS } from '../../shared/model';
import {
  type C,
  type Ctx,
  type Db,
  id,
  isoDate,
  loadRegion,
  optText,
  type RegionRow,
  regionQuery,
  regionView,
  say,
  T,
  text,
  todayOf,
} from '../common';
import {
  coverageSchema,
  idRowsSchema,
  massOrgSchema,
  movedSchema,
  okSchema,
  placesAddedSchema,
  regionDetailSchema,
  regionListSchema,
  regionSchema,
  returnedSchema,
  rowsSchema,
  structureSchema,
} from '../schemas';

const regionKinds = Object.keys(REGION_KINDS) as [string, ...string[]];
const createBody = z.object({
  name: text(80),
  kind: z.enum(regionKinds),
  townOrgId: id,
  establishedOn: isoDate.optional(),
  description: optText(500),
  regionalOrgName: text(120).optional(),
  centreOrgName: text(120).optional(),
  placeIds: z.array(id).max(200).default([]),
  unitIds: z.array(id).max(500).default([]),
});
const updateBody = z
  .object({ name: text(80), kind: z.enum(regionKinds), description: optText(500) })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
const unitsBody = z.object({ unitIds: z.array(id).min(1).max(500), joinedOn: isoDate.optional() });
const placesBody = z.object({ placeIds: z.array(id).min(1).max(200) });
const moveBody = z.object({ orgIds: z.array(id).min(1).max(200) });
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
  mirrorsOrgId: id.nullable().optional(),
  leaderName: optText(60),
  establishedOn: isoDate.optional(),
});
const lookupUnitsQuery = z.object({
  q: z.string().trim().max(60).optional(),
  free: z.enum(['true', 'false']).default('true'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const areasQuery = z.object({ townOrgId: z.coerce.number().int().positive().optional() });

/** Org kinds that carry the tree itself and never become one of the N. */
const STRUCTURAL_KINDS = [
  'city_committee',
  'street_working_committee',
  'organs_working_committee',
  ORG_KINDS.regional,
  ORG_KINDS.centre,
];

export interface Candidate {
  orgId: number;
  name: string;
  kind: string;
  parentId: number | null;
  parentName: string | null;
  unitId: number | null;
  unitName: string | null;
  unitKind: string | null;
  memberCount: number;
  /** Why it cannot join the N, or null when it can. */
  refusal: { code: string; reason: string } | null;
}

export function regionRoutes(ctx: Ctx) {
  const { db, clock } = ctx;
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
      const access = c.get('access');
      let q = regionQuery(db, city.id);
      if (access.level === 'self') {
        if (!access.memberId) return c.json({ items: [] });
        q = q.where((eb) =>
          eb.or([
            eb(
              'r.id',
              'in',
              db
                .selectFrom(T.registration)
                .select('region_id')
                .where('city_id', '=', city.id)
                .where('member_id', '=', access.memberId)
                .where('ended_on', 'is', null),
            ),
            eb(
              'r.id',
              'in',
              db
                .selectFrom(`${T.regionUnit} as ru`)
                .innerJoin('core.member as m', (j) =>
                  j.onRef('m.city_id', '=', 'ru.city_id').onRef('m.unit_id', '=', 'ru.unit_id'),
                )
                .select('ru.region_id')
                .where('ru.city_id', '=', city.id)
                .where('m.id', '=', access.memberId),
            ),
          ]),
        );
      } else q = q.where(orgPathFilter(access, 'ro.path'));
      const regions = (await q.orderBy('r.id').execute()) as RegionRow[];
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
      const city = c.get('city');
      const town = await orgInScope(db, c, b.townOrgId, 'townOrgId');
      if (town.kind !== 'street_working_committee')
        throw badRequest(
          'validation_failed',
          {
            detail: {
              'zh-CN': '区域须划在镇(街道)党(工)委之下',
              en: 'a region is drawn under a town or street committee',
            },
          },
          'townOrgId',
        );
      const dup = await db
        .selectFrom(T.region)
        .select('id')
        .where('city_id', '=', city.id)
        .where('name', '=', b.name)
        .executeTakeFirst();
      if (dup) throw conflict({ 'zh-CN': '已有同名区域', en: 'a region with this name exists' }, 'name');
      await checkPlaces(c, town.place_id, b.placeIds, null);
      await checkUnits(c, b.unitIds, null);
      const today = todayOf(ctx);
      const region = await db.transaction().execute(async (trx) => {
        const regional = await trx
          .insertInto('core.org')
          .values({
            city_id: city.id,
            parent_id: town.id,
            kind: ORG_KINDS.regional,
            name: b.regionalOrgName ?? `${b.name}联合党委`,
            place_id: town.place_id,
          })
          .returning(['id', 'path'])
          .executeTakeFirstOrThrow();
        const centre = await trx
          .insertInto('core.org')
          .values({
            city_id: city.id,
            parent_id: regional.id,
            kind: ORG_KINDS.centre,
            name: b.centreOrgName ?? `${b.name}党员服务中心党支部`,
            place_id: town.place_id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const row = await trx
          .insertInto(T.region)
          .values({
            city_id: city.id,
            name: b.name,
            kind: b.kind,
            town_org_id: town.id,
            town_place_id: town.place_id,
            regional_org_id: regional.id,
            centre_org_id: centre.id,
            description: b.description ?? null,
            established_on: b.establishedOn ?? today,
            created_by: c.get('actor').userId,
            created_at: clock.now(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (b.placeIds.length)
          await trx
            .insertInto(T.regionPlace)
            .values(
              [...new Set(b.placeIds)].map((p) => ({ city_id: city.id, region_id: row.id, place_id: p })),
            )
            .execute();
        if (b.unitIds.length)
          await trx
            .insertInto(T.regionUnit)
            .values(
              [...new Set(b.unitIds)].map((u) => ({
                city_id: city.id,
                region_id: row.id,
                unit_id: u,
                joined_on: b.establishedOn ?? today,
              })),
            )
            .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: T.region,
          entityId: row.id,
          after: { ...b, regionalOrgId: regional.id, centreOrgId: centre.id },
        });
        return row;
      });
      const created = (await regionQuery(db, city.id)
        .where('r.id', '=', region.id)
        .executeTakeFirstOrThrow()) as RegionRow;
      return c.json(regionView(created), 201);
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
        db
          .selectFrom(`${T.regionPlace} as rp`)
          .innerJoin('core.place as p', (j) =>
            j.onRef('p.city_id', '=', 'rp.city_id').onRef('p.id', '=', 'rp.place_id'),
          )
          .select(['p.id', 'p.name', 'p.kind'])
          .where('rp.city_id', '=', cityId)
          .where('rp.region_id', '=', region.id)
          .orderBy('p.id')
          .execute(),
        unitsOf(cityId, region.id),
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
      const b = c.req.valid('json');
      const city = c.get('city');
      if (b.name && b.name !== before.name) {
        const dup = await db
          .selectFrom(T.region)
          .select('id')
          .where('city_id', '=', city.id)
          .where('name', '=', b.name)
          .executeTakeFirst();
        if (dup) throw conflict({ 'zh-CN': '已有同名区域', en: 'a region with this name exists' }, 'name');
      }
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(T.region)
          .set({ name: b.name, kind: b.kind, description: b.description })
          .where('city_id', '=', city.id)
          .where('id', '=', before.id)
          .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'update',
          entity: T.region,
          entityId: before.id,
          before: regionView(before),
          after: b,
        });
      });
      const after = (await regionQuery(db, city.id)
        .where('r.id', '=', before.id)
        .executeTakeFirstOrThrow()) as RegionRow;
      return c.json(regionView(after));
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
      const city = c.get('city');
      await checkUnits(c, b.unitIds, region.id);
      const unitIds = [...new Set(b.unitIds)];
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto(T.regionUnit)
          .values(
            unitIds.map((u) => ({
              city_id: city.id,
              region_id: region.id,
              unit_id: u,
              joined_on: b.joinedOn ?? todayOf(ctx),
            })),
          )
          .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'add_units',
          entity: T.region,
          entityId: region.id,
          after: { unitIds },
        });
      });
      return c.json({ items: await unitsOf(city.id, region.id) }, 201);
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
      const city = c.get('city');
      const ru = await db
        .selectFrom(`${T.regionUnit} as ru`)
        .innerJoin('core.unit as u', (j) =>
          j.onRef('u.city_id', '=', 'ru.city_id').onRef('u.id', '=', 'ru.unit_id'),
        )
        .select(['ru.unit_id', 'u.org_id', 'u.name'])
        .where('ru.city_id', '=', city.id)
        .where('ru.region_id', '=', region.id)
        .where('ru.unit_id', '=', unitId)
        .executeTakeFirst();
      if (!ru) throw notFound({ 'zh-CN': '区域内单位', en: 'Unit in the region' });
      if (ru.org_id) {
        const moved = await db
          .selectFrom(T.move)
          .select('id')
          .where('city_id', '=', city.id)
          .where('org_id', '=', ru.org_id)
          .where('region_id', '=', region.id)
          .where('returned_at', 'is', null)
          .executeTakeFirst();
        if (moved)
          throw conflict(
            {
              'zh-CN': '该单位党组织仍在区域党组织下，请先移出',
              en: 'its org still sits under the regional org; return it first',
            },
            'unitId',
          );
      }
      const registered = await db
        .selectFrom(T.registration)
        .select(sql<number>`count(*)::int`.as('n'))
        .where('city_id', '=', city.id)
        .where('region_id', '=', region.id)
        .where('unit_id', '=', unitId)
        .where('ended_on', 'is', null)
        .executeTakeFirstOrThrow();
      if (registered.n > 0)
        throw conflict(
          {
            'zh-CN': `该单位仍有 ${registered.n} 名党员在区域登记`,
            en: `${registered.n} of its members are still registered in the region`,
          },
          'unitId',
        );
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom(T.regionUnit)
          .where('city_id', '=', city.id)
          .where('unit_id', '=', unitId)
          .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'remove_unit',
          entity: T.region,
          entityId: region.id,
          before: { unitId },
        });
      });
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
      const b = c.req.valid('json');
      const city = c.get('city');
      await checkPlaces(c, region.town_place_id, b.placeIds, region.id);
      const placeIds = [...new Set(b.placeIds)];
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto(T.regionPlace)
          .values(placeIds.map((p) => ({ city_id: city.id, region_id: region.id, place_id: p })))
          .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'add_places',
          entity: T.region,
          entityId: region.id,
          after: { placeIds },
        });
      });
      return c.json({ ok: true, placeIds }, 201);
    },
  );

  app.get(
    '/regions/:id/n-candidates',
    describe({
      response: rowsSchema,
      summary:
        'Orgs of the region’s units and areas, each marked eligible for the N or refused with the reason',
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const region = await loadRegion(db, c, c.req.valid('param').id);
      const cityId = c.get('city').id;
      const orgIds = await db
        .selectFrom('core.unit as u')
        .innerJoin(`${T.regionUnit} as ru`, (j) =>
          j.onRef('ru.city_id', '=', 'u.city_id').onRef('ru.unit_id', '=', 'u.id'),
        )
        .select('u.org_id as id')
        .where('u.city_id', '=', cityId)
        .where('ru.region_id', '=', region.id)
        .where('u.org_id', 'is not', null)
        .union(
          db
            .selectFrom('core.org as o')
            .innerJoin('core.place as p', (j) =>
              j.onRef('p.city_id', '=', 'o.city_id').onRef('p.id', '=', 'o.place_id'),
            )
            .innerJoin(`${T.regionPlace} as rp`, (j) =>
              j.onRef('rp.city_id', '=', 'p.city_id').onRef('rp.place_id', '=', 'p.id'),
            )
            .select('o.id')
            .where('o.city_id', '=', cityId)
            .where('rp.region_id', '=', region.id)
            .where('o.kind', 'not in', STRUCTURAL_KINDS),
        )
        .execute();
      const items = await assess(
        c,
        region,
        orgIds.map((r: any) => r.id as number),
      );
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
      const city = c.get('city');
      const orgIds = [...new Set(c.req.valid('json').orgIds)];
      const assessed = await assess(c, region, orgIds);
      const refused = assessed.filter((a) => a.refusal);
      if (refused.length) {
        const issues = refused.map((a) => ({
          field: `orgIds.${orgIds.indexOf(a.orgId)}`,
          message: `${a.name}：${a.refusal!.reason}`,
        }));
        const detail = issues.map((i) => i.message).join('; ');
        // Only "already in a region" refusals are conflicts with the current state; the rest are bad input.
        if (
          refused.every(
            (a) => a.refusal!.code === 'in_other_region' || a.refusal!.code === 'already_in_region',
          )
        )
          throw new ApiError(409, 'conflict', { reason: detail }, 'orgIds', issues);
        throw new ApiError(
          400,
          'validation_failed',
          { detail: { 'zh-CN': detail, en: detail } },
          'orgIds',
          issues,
        );
      }
      const now = clock.now();
      const moved = await db.transaction().execute(async (trx) => {
        const rows = [];
        for (const a of assessed) {
          const updated = await trx
            .updateTable('core.org')
            .set({ parent_id: region.regional_org_id })
            .where('city_id', '=', city.id)
            .where('id', '=', a.orgId)
            .returning(['id', 'path'])
            .executeTakeFirstOrThrow();
          const move = await trx
            .insertInto(T.move)
            .values({
              city_id: city.id,
              region_id: region.id,
              org_id: a.orgId,
              previous_parent_id: a.parentId,
              moved_at: now,
              moved_by: c.get('actor').userId,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await recordAudit(trx, {
            cityId: city.id,
            actorUserId: c.get('actor').userId,
            action: 'move',
            entity: 'org',
            entityId: a.orgId,
            before: { parentId: a.parentId },
            after: {
              parentId: region.regional_org_id,
              path: updated.path,
              regionId: region.id,
              moveId: move.id,
            },
          });
          rows.push({
            orgId: a.orgId,
            name: a.name,
            previousParentId: a.parentId,
            previousParentName: a.parentName,
            path: updated.path,
          });
        }
        return rows;
      });
      return c.json({ items: moved, movedAt: now }, 201);
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
      const city = c.get('city');
      const move = await db
        .selectFrom(`${T.move} as mv`)
        .innerJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'mv.city_id').onRef('o.id', '=', 'mv.org_id'),
        )
        .leftJoin('core.org as prev', (j) =>
          j.onRef('prev.city_id', '=', 'mv.city_id').onRef('prev.id', '=', 'mv.previous_parent_id'),
        )
        .select(['mv.id', 'mv.previous_parent_id', 'o.parent_id', 'o.name', 'prev.id as prevExists'])
        .where('mv.city_id', '=', city.id)
        .where('mv.region_id', '=', region.id)
        .where('mv.org_id', '=', orgId)
        .where('mv.returned_at', 'is', null)
        .executeTakeFirst();
      if (!move) throw notFound({ 'zh-CN': '区域内的N党组织', en: 'Org of the N' });
      const { reason } = c.req.valid('json');
      const stillUnder = move.parent_id === region.regional_org_id;
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        if (stillUnder)
          await trx
            .updateTable('core.org')
            .set({ parent_id: move.previous_parent_id })
            .where('city_id', '=', city.id)
            .where('id', '=', orgId)
            .execute();
        await trx
          .updateTable(T.move)
          .set({
            returned_at: now,
            returned_to_id: stillUnder ? move.previous_parent_id : move.parent_id,
            return_reason: reason,
          })
          .where('city_id', '=', city.id)
          .where('id', '=', move.id)
          .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'return',
          entity: 'org',
          entityId: orgId,
          before: { parentId: move.parent_id, regionId: region.id },
          after: { parentId: stillUnder ? move.previous_parent_id : move.parent_id, reason },
        });
      });
      return c.json({
        ok: true,
        moved: stillUnder,
        parentId: stillUnder ? move.previous_parent_id : move.parent_id,
      });
    },
  );

  app.get(
    '/regions/:id/history',
    describe({
      response: rowsSchema,
      summary: 'Where each org of the N sat before, since when, and returns',
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      const region = await loadRegion(db, c, c.req.valid('param').id);
      const rows = await db
        .selectFrom(`${T.move} as mv`)
        .innerJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'mv.city_id').onRef('o.id', '=', 'mv.org_id'),
        )
        .leftJoin('core.org as prev', (j) =>
          j.onRef('prev.city_id', '=', 'mv.city_id').onRef('prev.id', '=', 'mv.previous_parent_id'),
        )
        .leftJoin('core.org as back', (j) =>
          j.onRef('back.city_id', '=', 'mv.city_id').onRef('back.id', '=', 'mv.returned_to_id'),
        )
        .select([
          'mv.id',
          'mv.org_id as orgId',
          'o.name as orgName',
          'mv.previous_parent_id as previousParentId',
          'prev.name as previousParentName',
          'mv.moved_at as movedAt',
          'mv.returned_at as returnedAt',
          'back.name as returnedToName',
          'mv.return_reason as returnReason',
        ])
        .where('mv.city_id', '=', c.get('city').id)
        .where('mv.region_id', '=', region.id)
        .orderBy('mv.moved_at', 'desc')
        .orderBy('mv.id', 'desc')
        .execute();
      return c.json({ items: rows });
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
      const b = c.req.valid('json');
      const city = c.get('city');
      if (b.mirrorsOrgId) {
        const current = await db
          .selectFrom(T.move)
          .select('org_id')
          .where('city_id', '=', city.id)
          .where('region_id', '=', region.id)
          .where('returned_at', 'is', null)
          .execute();
        const allowed = new Set([
          region.regional_org_id,
          region.centre_org_id,
          ...current.map((m: any) => m.org_id),
        ]);
        if (!allowed.has(b.mirrorsOrgId))
          throw badRequest(
            'validation_failed',
            {
              detail: {
                'zh-CN': '群团组织只能对应本区域的区域党组织、N个党组织或服务中心党组织',
                en: 'must mirror the regional org, one of the N or the centre org',
              },
            },
            'mirrorsOrgId',
          );
      }
      const dup = await db
        .selectFrom(T.massOrg)
        .select('id')
        .where('city_id', '=', city.id)
        .where('region_id', '=', region.id)
        .where('name', '=', b.name)
        .executeTakeFirst();
      if (dup)
        throw conflict(
          {
            'zh-CN': '本区域已有同名群团组织',
            en: 'a mass organization with this name exists in the region',
          },
          'name',
        );
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(T.massOrg)
          .values({
            city_id: city.id,
            region_id: region.id,
            kind: b.kind,
            name: b.name,
            mirrors_org_id: b.mirrorsOrgId ?? region.regional_org_id,
            leader_name: b.leaderName ?? null,
            established_on: b.establishedOn ?? todayOf(ctx),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: T.massOrg,
          entityId: r.id,
          after: r,
        });
        return r;
      });
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
      const regions = (await regionQuery(db, city.id)
        .where(orgPathFilter(c.get('access'), 'ro.path'))
        .orderBy('r.id')
        .execute()) as RegionRow[];
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
      response: idRowsSchema,
      summary: 'Town/street committees a region can be drawn under',
      ...tag,
    }),
    async (c) => {
      requireOrgAdmin(c);
      const rows = await db
        .selectFrom('core.org as o')
        .select(['o.id', 'o.name', 'o.place_id as placeId'])
        .where('o.city_id', '=', c.get('city').id)
        .where('o.kind', '=', 'street_working_committee')
        .where(orgPathFilter(c.get('access'), 'o.path'))
        .orderBy('o.id')
        .execute();
      return c.json({ items: rows });
    },
  );

  app.get(
    '/lookups/areas',
    describe({
      response: idRowsSchema,
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
      const townPlace = await db
        .selectFrom('core.place')
        .select('path')
        .where('city_id', '=', cityId)
        .where('id', '=', town.place_id)
        .executeTakeFirstOrThrow();
      const rows = await db
        .selectFrom('core.place as p')
        .leftJoin(`${T.regionPlace} as rp`, (j) =>
          j.onRef('rp.city_id', '=', 'p.city_id').onRef('rp.place_id', '=', 'p.id'),
        )
        .select(['p.id', 'p.name', 'p.kind', 'p.parent_id as parentId', 'rp.region_id as regionId'])
        .where('p.city_id', '=', cityId)
        .where('p.path', 'like', `${townPlace.path}%`)
        .where('p.id', '<>', town.place_id)
        .where('p.kind', 'in', ['community', 'compound'])
        .orderBy('p.path')
        .limit(500)
        .execute();
      return c.json({ items: rows });
    },
  );

  app.get(
    '/lookups/units',
    describe({
      response: idRowsSchema,
      summary: 'Units to add to a region (by default only those in no region yet)',
      ...tag,
    }),
    validate('query', lookupUnitsQuery),
    async (c) => {
      requireOrgAdmin(c);
      const { q, free, limit } = c.req.valid('query');
      const cityId = c.get('city').id;
      let query = db
        .selectFrom('core.unit as u')
        .leftJoin(`${T.regionUnit} as ru`, (j) =>
          j.onRef('ru.city_id', '=', 'u.city_id').onRef('ru.unit_id', '=', 'u.id'),
        )
        .select(['u.id', 'u.name', 'u.kind', 'u.org_id as orgId', 'ru.region_id as regionId'])
        .where('u.city_id', '=', cityId);
      if (q) query = query.where('u.name', 'ilike', `%${q}%`);
      if (free === 'true') query = query.where('ru.region_id', 'is', null);
      return c.json({ items: await query.orderBy('u.id').limit(limit).execute() });
    },
  );

  /** Each org checked against the rules of the N; refused ones carry the reason. */
  async function assess(c: C, region: RegionRow, orgIds: number[]): Promise<Candidate[]> {
    if (!orgIds.length) return [];
    const cityId = c.get('city').id;
    const orgs = await db
      .selectFrom('core.org as o')
      .leftJoin('core.org as p', (j) =>
        j.onRef('p.city_id', '=', 'o.city_id').onRef('p.id', '=', 'o.parent_id'),
      )
      .leftJoin('core.unit as u', (j) =>
        j.onRef('u.city_id', '=', 'o.city_id').onRef('u.org_id', '=', 'o.id'),
      )
      .select([
        'o.id',
        'o.name',
        'o.kind',
        'o.path',
        'o.parent_id',
        'o.place_id',
        'p.name as parent_name',
        'u.id as unit_id',
        'u.name as unit_name',
        'u.kind as unit_kind',
      ])
      .where('o.city_id', '=', cityId)
      .where('o.id', 'in', orgIds)
      .execute();
    const byId = new Map(orgs.map((o: any) => [o.id as number, o]));
    const missingIds = orgIds.filter((i) => !byId.has(i));
    if (missingIds.length)
      throw badRequest(
        'validation_failed',
        {
          detail: {
            'zh-CN': `党组织 ${missingIds.join(', ')} 不存在`,
            en: `org ${missingIds.join(', ')} does not exist`,
          },
        },
        `orgIds.${orgIds.indexOf(missingIds[0]!)}`,
      );
    // Government / public-institution orgs, at any level above the org too (a branch inside a bureau's committee).
    const ancestorIds = [
      ...new Set(orgs.flatMap((o: any) => (o.path as string).split('/').filter(Boolean).map(Number))),
    ];
    const staying = await db
      .selectFrom('core.unit')
      .select(['org_id', 'kind', 'name'])
      .where('city_id', '=', cityId)
      .where('org_id', 'in', ancestorIds)
      .where('kind', 'in', [...STAYING_UNIT_KINDS])
      .execute();
    const stayingOrg = new Map(staying.map((s: any) => [s.org_id as number, s]));
    const current = await db
      .selectFrom(`${T.move} as mv`)
      .innerJoin(`${T.region} as r`, (j) =>
        j.onRef('r.city_id', '=', 'mv.city_id').onRef('r.id', '=', 'mv.region_id'),
      )
      .select(['mv.org_id', 'mv.region_id', 'r.name'])
      .where('mv.city_id', '=', cityId)
      .where('mv.returned_at', 'is', null)
      .execute();
    const inRegion = new Map(current.map((m: any) => [m.org_id as number, m]));
    const regionUnits = new Set(
      (
        await db
          .selectFrom(T.regionUnit)
          .select('unit_id')
          .where('city_id', '=', cityId)
          .where('region_id', '=', region.id)
          .execute()
      ).map((r: any) => r.unit_id as number),
    );
    const areaPaths = (
      await db
        .selectFrom(`${T.regionPlace} as rp`)
        .innerJoin('core.place as p', (j) =>
          j.onRef('p.city_id', '=', 'rp.city_id').onRef('p.id', '=', 'rp.place_id'),
        )
        .select('p.path')
        .where('rp.city_id', '=', cityId)
        .where('rp.region_id', '=', region.id)
        .execute()
    ).map((r: any) => r.path as string);
    const placePaths = new Map(
      (
        await db
          .selectFrom('core.place')
          .select(['id', 'path'])
          .where('city_id', '=', cityId)
          .where('id', 'in', [0, ...orgs.map((o: any) => o.place_id).filter(Boolean)])
          .execute()
      ).map((p: any) => [p.id as number, p.path as string]),
    );
    const memberCounts = await membersUnder(
      db,
      cityId,
      orgs.map((o: any) => o.path),
    );
    const access = c.get('access');
    const currentNIds = new Set(
      current.filter((m: any) => m.region_id === region.id).map((m: any) => m.org_id as number),
    );

    return orgIds.map((orgId) => {
      const o = byId.get(orgId)!;
      const path = o.path as string;
      const refuse = (code: string, zh: string, en: string) => ({ code, reason: say(c, zh, en) });
      let refusal: Candidate['refusal'] = null;
      const stayingAncestor = path
        .split('/')
        .filter(Boolean)
        .map(Number)
        .map((a) => stayingOrg.get(a))
        .find(Boolean);
      const placePath = o.place_id ? placePaths.get(o.place_id) : undefined;
      const belongs =
        (o.unit_id && regionUnits.has(o.unit_id)) ||
        (placePath && areaPaths.some((p) => placePath.startsWith(p)));
      const other = inRegion.get(orgId);
      if (!pathInScope(access, path))
        refusal = refuse('out_of_scope', '不在您的管理范围内', 'outside your scope');
      else if (STRUCTURAL_KINDS.includes(o.kind))
        refusal = refuse(
          'structural',
          '上级或区域结构党组织不能划入',
          'a committee of the tree itself cannot be moved in',
        );
      else if (region.regional_path.startsWith(path))
        refusal = refuse(
          'ancestor',
          '不能把区域党组织的上级划入区域',
          'an ancestor of the regional org cannot move under it',
        );
      else if (stayingAncestor)
        refusal = refuse(
          'government_org',
          `行政事业单位党组织(${stayingAncestor.name})不划入区域党组织`,
          `government and public-institution orgs (${stayingAncestor.name}) stay where they are`,
        );
      else if (other && other.region_id === region.id)
        refusal = refuse('already_in_region', '已在本区域', 'already in this region');
      else if (other)
        refusal = refuse(
          'in_other_region',
          `已划入区域"${other.name}"，一个党组织不能同时属于两个区域`,
          `already in region "${other.name}"; an org cannot be in two regions`,
        );
      else if (
        path
          .split('/')
          .filter(Boolean)
          .map(Number)
          .some((a) => a !== orgId && currentNIds.has(a))
      )
        refusal = refuse(
          'parent_in_region',
          '其上级党组织已在本区域',
          'its parent org is already in this region',
        );
      else if (!belongs)
        refusal = refuse(
          'not_in_region',
          '不属于本区域的单位或片区',
          'not an org of a unit or area of this region',
        );
      return {
        orgId,
        name: o.name,
        kind: o.kind,
        parentId: o.parent_id,
        parentName: o.parent_name,
        unitId: o.unit_id,
        unitName: o.unit_name,
        unitKind: o.unit_kind,
        memberCount: memberCounts.get(path) ?? 0,
        refusal,
      };
    });
  }

  async function checkPlaces(c: C, townPlaceId: number | null, placeIds: number[], regionId: number | null) {
    if (!placeIds.length) return;
    const cityId = c.get('city').id;
    if (!townPlaceId)
      throw badRequest(
        'validation_failed',
        {
          detail: {
            'zh-CN': '该镇(街道)党(工)委没有对应的地域',
            en: 'the town committee has no place to draw areas in',
          },
        },
        'placeIds',
      );
    const town = await db
      .selectFrom('core.place')
      .select('path')
      .where('city_id', '=', cityId)
      .where('id', '=', townPlaceId)
      .executeTakeFirstOrThrow();
    const places = await db
      .selectFrom('core.place as p')
      .leftJoin(`${T.regionPlace} as rp`, (j) =>
        j.onRef('rp.city_id', '=', 'p.city_id').onRef('rp.place_id', '=', 'p.id'),
      )
      .leftJoin(`${T.region} as r`, (j) =>
        j.onRef('r.city_id', '=', 'rp.city_id').onRef('r.id', '=', 'rp.region_id'),
      )
      .select(['p.id', 'p.name', 'p.path', 'rp.region_id', 'r.name as region_name'])
      .where('p.city_id', '=', cityId)
      .where('p.id', 'in', placeIds)
      .execute();
    placeIds.forEach((pid, i) => {
      const p: any = places.find((x: any) => x.id === pid);
      if (!p)
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': `地点 ${pid} 不存在`, en: `place ${pid} does not exist` } },
          `placeIds.${i}`,
        );
      if (p.id === townPlaceId || !(p.path as string).startsWith(town.path))
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': `${p.name} 不在该镇(街道)范围内`, en: `${p.name} is not inside the town` } },
          `placeIds.${i}`,
        );
      if (p.region_id && p.region_id === regionId)
        throw conflict(
          { 'zh-CN': `${p.name} 已在本区域`, en: `${p.name} is already in this region` },
          `placeIds.${i}`,
        );
      if (p.region_id)
        throw conflict(
          {
            'zh-CN': `${p.name} 已属于区域"${p.region_name}"`,
            en: `${p.name} already belongs to region "${p.region_name}"`,
          },
          `placeIds.${i}`,
        );
    });
  }

  async function checkUnits(c: C, unitIds: number[], regionId: number | null) {
    if (!unitIds.length) return;
    const units = await db
      .selectFrom('core.unit as u')
      .leftJoin(`${T.regionUnit} as ru`, (j) =>
        j.onRef('ru.city_id', '=', 'u.city_id').onRef('ru.unit_id', '=', 'u.id'),
      )
      .leftJoin(`${T.region} as r`, (j) =>
        j.onRef('r.city_id', '=', 'ru.city_id').onRef('r.id', '=', 'ru.region_id'),
      )
      .select(['u.id', 'u.name', 'ru.region_id', 'r.name as region_name'])
      .where('u.city_id', '=', c.get('city').id)
      .where('u.id', 'in', unitIds)
      .execute();
    unitIds.forEach((uid, i) => {
      const u: any = units.find((x: any) => x.id === uid);
      if (!u)
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': `单位 ${uid} 不存在`, en: `unit ${uid} does not exist` } },
          `unitIds.${i}`,
        );
      if (u.region_id && u.region_id === regionId)
        throw conflict(
          { 'zh-CN': `${u.name} 已在本区域`, en: `${u.name} is already in this region` },
          `unitIds.${i}`,
        );
      if (u.region_id)
        throw conflict(
          {
            'zh-CN': `${u.name} 已属于区域"${u.region_name}"`,
            en: `${u.name} already belongs to region "${u.region_name}"`,
          },
          `unitIds.${i}`,
        );
    });
  }

  async function unitsOf(cityId: number, regionId: number) {
    return db
      .selectFrom(`${T.regionUnit} as ru`)
      .innerJoin('core.unit as u', (j) =>
        j.onRef('u.city_id', '=', 'ru.city_id').onRef('u.id', '=', 'ru.unit_id'),
      )
      .leftJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'u.city_id').onRef('o.id', '=', 'u.org_id'))
      .select([
        'u.id',
        'u.name',
        'u.kind',
        'u.org_id as orgId',
        'o.name as orgName',
        'ru.joined_on as joinedOn',
        'ru.centre_covered_since as centreCoveredSince',
        'ru.centre_liaison as centreLiaison',
        sql<number>`(select count(*)::int from core.member m where m.city_id = u.city_id and m.unit_id = u.id and m.active)`.as(
          'memberCount',
        ),
      ])
      .where('ru.city_id', '=', cityId)
      .where('ru.region_id', '=', regionId)
      .orderBy('u.id')
      .execute();
  }

  return app;
}

/** Active members in each subtree, keyed by path. */
export async function membersUnder(db: Db, cityId: number, paths: string[]) {
  const out = new Map<string, number>();
  if (!paths.length) return out;
  const list = sql.join(paths.map((p) => sql`(${p}::text)`));
  const r = await sql<{ path: string; n: number }>`
    select p.path, count(m.id)::int as n
    from (values ${list}) as p(path)
    left join core.org o on o.city_id = ${cityId} and o.path like p.path || '%'
    left join core.member m on m.city_id = o.city_id and m.org_id = o.id and m.active
    group by p.path`.execute(db);
  for (const row of r.rows) out.set(row.path, row.n);
  return out;
}

export interface RegionCounts {
  unitCount: number;
  unitsWithOrg: number;
  unitsCoveredByCentre: number;
  unitsUncovered: number;
  nCount: number;
  workingMembers: number;
  registered: number;
  registeredViaCentre: number;
  shops: number;
}

/** Per region: units and their coverage, the N, members working there and registered (current state). */
export async function regionCounts(db: Db, cityId: number, regionIds: number[]) {
  const out = new Map<number, RegionCounts>();
  if (!regionIds.length) return out;
  for (const id of regionIds)
    out.set(id, {
      unitCount: 0,
      unitsWithOrg: 0,
      unitsCoveredByCentre: 0,
      unitsUncovered: 0,
      nCount: 0,
      workingMembers: 0,
      registered: 0,
      registeredViaCentre: 0,
      shops: 0,
    });
  const units = await sql<{ region_id: number; total: number; with_org: number; by_centre: number }>`
    select ru.region_id, count(*)::int as total,
           count(*) filter (where u.org_id is not null)::int as with_org,
           count(*) filter (where u.org_id is null and ru.centre_covered_since is not null)::int as by_centre
    from p_luqiao_regional.region_unit ru
    join core.unit u on u.city_id = ru.city_id and u.id = ru.unit_id
    where ru.city_id = ${cityId} and ru.region_id in (${sql.join(regionIds)})
    group by ru.region_id`.execute(db);
  for (const r of units.rows) {
    const o = out.get(r.region_id)!;
    o.unitCount = r.total;
    o.unitsWithOrg = r.with_org;
    o.unitsCoveredByCentre = r.by_centre;
    o.unitsUncovered = r.total - r.with_org - r.by_centre;
  }
  const n = await sql<{ region_id: number; n: number }>`
    select region_id, count(*)::int as n from p_luqiao_regional.n_org_move
    where city_id = ${cityId} and returned_at is null and region_id in (${sql.join(regionIds)}) group by region_id`.execute(
    db,
  );
  for (const r of n.rows) out.get(r.region_id)!.nCount = r.n;
  const regs = await sql<{ region_id: number; n: number; via_centre: number; shops: number }>`
    select region_id, count(*)::int as n, count(*) filter (where via = 'centre_org')::int as via_centre,
           count(*) filter (where shop_name is not null)::int as shops
    from p_luqiao_regional.registration
    where city_id = ${cityId} and ended_on is null and region_id in (${sql.join(regionIds)}) group by region_id`.execute(
    db,
  );
  for (const r of regs.rows) {
    const o = out.get(r.region_id)!;
    o.registered = r.n;
    o.registeredViaCentre = r.via_centre;
    o.shops = r.shops;
  }
  // Members working in the region: in one of its units, or registered there (flowing members without a unit here).
  const working = await sql<{ region_id: number; n: number }>`
    select region_id, count(distinct member_id)::int as n from (
      select ru.region_id, m.id as member_id
      from p_luqiao_regional.region_unit ru
      join core.member m on m.city_id = ru.city_id and m.unit_id = ru.unit_id and m.active
      where ru.city_id = ${cityId} and ru.region_id in (${sql.join(regionIds)})
      union all
      select g.region_id, g.member_id from p_luqiao_regional.registration g
      where g.city_id = ${cityId} and g.ended_on is null and g.region_id in (${sql.join(regionIds)})
    ) x group by region_id`.execute(db);
  for (const r of working.rows) out.get(r.region_id)!.workingMembers = r.n;
  return out;
}

/** The 1+N+1 tree of one region. */
export async function structureOf(db: Db, cityId: number, region: RegionRow) {
  const nRows = await db
    .selectFrom(`${T.move} as mv`)
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'mv.city_id').onRef('o.id', '=', 'mv.org_id'),
    )
    .leftJoin('core.org as prev', (j) =>
      j.onRef('prev.city_id', '=', 'mv.city_id').onRef('prev.id', '=', 'mv.previous_parent_id'),
    )
    .leftJoin('core.unit as u', (j) => j.onRef('u.city_id', '=', 'o.city_id').onRef('u.org_id', '=', 'o.id'))
    .select([
      'o.id',
      'o.name',
      'o.kind',
      'o.path',
      'o.parent_id',
      'mv.moved_at',
      'prev.name as previous_parent_name',
      'u.name as unit_name',
      'u.kind as unit_kind',
    ])
    .where('mv.city_id', '=', cityId)
    .where('mv.region_id', '=', region.id)
    .where('mv.returned_at', 'is', null)
    .orderBy('o.name')
    .execute();
  const centre = await db
    .selectFrom('core.org')
    .select(['id', 'name', 'path'])
    .where('city_id', '=', cityId)
    .where('id', '=', region.centre_org_id)
    .executeTakeFirstOrThrow();
  const branches = await db
    .selectFrom(`${T.branch} as b`)
    .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'b.city_id').onRef('o.id', '=', 'b.org_id'))
    .select(['b.id', 'o.id as org_id', 'o.name', 'o.path', 'o.parent_id', 'b.origin'])
    .where('b.city_id', '=', cityId)
    .where('o.path', 'like', `${region.regional_path}%`)
    .orderBy('b.id')
    .execute();
  const mass = await db
    .selectFrom(T.massOrg)
    .select(['id', 'kind', 'name', 'mirrors_org_id', 'leader_name'])
    .where('city_id', '=', cityId)
    .where('region_id', '=', region.id)
    .orderBy('id')
    .execute();
  const stayingOrgs = await db
    .selectFrom(`${T.regionUnit} as ru`)
    .innerJoin('core.unit as u', (j) =>
      j.onRef('u.city_id', '=', 'ru.city_id').onRef('u.id', '=', 'ru.unit_id'),
    )
    .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'u.city_id').onRef('o.id', '=', 'u.org_id'))
    .select(['o.id', 'o.name', 'u.name as unit_name', 'u.kind as unit_kind'])
    .where('ru.city_id', '=', cityId)
    .where('ru.region_id', '=', region.id)
    .where('u.kind', 'in', [...STAYING_UNIT_KINDS])
    .orderBy('o.id')
    .execute();
  const counts = await membersUnder(db, cityId, [
    region.regional_path,
    centre.path,
    ...nRows.map((n: any) => n.path),
    ...branches.map((b: any) => b.path),
  ]);
  const regCounts = await regionCounts(db, cityId, [region.id]);
  return {
    region: regionView(region),
    regionalOrg: {
      id: region.regional_org_id,
      name: region.regional_name,
      memberCount: counts.get(region.regional_path) ?? 0,
    },
    n: nRows.map((n: any) => ({
      orgId: n.id,
      name: n.name,
      kind: n.kind,
      unitName: n.unit_name,
      unitKind: n.unit_kind,
      movedAt: n.moved_at,
      previousParentName: n.previous_parent_name,
      underRegionalOrg: n.parent_id === region.regional_org_id,
      memberCount: counts.get(n.path) ?? 0,
    })),
    centreOrg: {
      id: centre.id,
      name: centre.name,
      memberCount: counts.get(centre.path) ?? 0,
      ...regCounts.get(region.id)!,
    },
    flowingBranches: branches.map((b: any) => ({
      id: b.id,
      orgId: b.org_id,
      name: b.name,
      origin: b.origin,
      parentId: b.parent_id,
      memberCount: counts.get(b.path) ?? 0,
    })),
    massOrgs: mass.map((m: any) => ({
      id: m.id,
      kind: m.kind,
      name: m.name,
      mirrorsOrgId: m.mirrors_org_id,
      leaderName: m.leader_name,
    })),
    stayingOrgs: stayingOrgs.map((s: any) => ({
      orgId: s.id,
      name: s.name,
      unitName: s.unit_name,
      unitKind: s.unit_kind,
    })),
  };
}
