import {
  ApiError,
  type CityAccess,
  conflict,
  invalid,
  type Locale,
  notFound,
  pathInScope,
  recordAudit,
  say,
  todayOf,
  type Who,
} from '@jiceng/plugin-kit';
import { ORG_KINDS } from '../../shared/model';
import { type Ctx, type Db, type RegionRow, T } from '../common';
import { membersUnder } from './counts';
import {
  activeRegistrationsOfUnit,
  currentN,
  massOrgNameTaken,
  nState,
  openMove,
  orgsForN,
  placePath,
  placesWithRegion,
  regionNameTaken,
  regionUnit,
  unitsWithRegion,
} from './queries';
import {
  mirrorAllowed,
  moveRefusalStatus,
  nRefusal,
  pathIds,
  placeProblem,
  returnTarget,
  unitProblem,
} from './rules';

/** The transactions of the region routes (each write with its audit entry) and the checks they make first. */

const nameClash = () => conflict({ 'zh-CN': '已有同名区域', en: 'a region with this name exists' }, 'name');

export interface NewRegion {
  name: string;
  kind: string;
  establishedOn?: string;
  description?: string | null;
  regionalOrgName?: string;
  centreOrgName?: string;
  placeIds: number[];
  unitIds: number[];
}

/** Draws a region under a town: the regional org under the town, the centre's org under it, areas and units. */
export async function createRegion(
  ctx: Ctx,
  who: Who,
  town: { id: number; place_id: number | null },
  b: NewRegion,
) {
  const { db, clock } = ctx;
  if (await regionNameTaken(db, who.cityId, b.name)) throw nameClash();
  await checkPlaces(db, who.cityId, town.place_id, b.placeIds, null);
  await checkUnits(db, who.cityId, b.unitIds, null);
  const today = todayOf(ctx);
  return db.transaction().execute(async (trx) => {
    const regional = await trx
      .insertInto('core.org')
      .values({
        city_id: who.cityId,
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
        city_id: who.cityId,
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
        city_id: who.cityId,
        name: b.name,
        kind: b.kind,
        town_org_id: town.id,
        town_place_id: town.place_id,
        regional_org_id: regional.id,
        centre_org_id: centre.id,
        description: b.description ?? null,
        established_on: b.establishedOn ?? today,
        created_by: who.userId,
        created_at: clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (b.placeIds.length)
      await trx
        .insertInto(T.regionPlace)
        .values(
          [...new Set(b.placeIds)].map((p) => ({ city_id: who.cityId, region_id: row.id, place_id: p })),
        )
        .execute();
    if (b.unitIds.length)
      await trx
        .insertInto(T.regionUnit)
        .values(
          [...new Set(b.unitIds)].map((u) => ({
            city_id: who.cityId,
            region_id: row.id,
            unit_id: u,
            joined_on: b.establishedOn ?? today,
          })),
        )
        .execute();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'create',
      entity: T.region,
      entityId: row.id,
      after: { ...b, regionalOrgId: regional.id, centreOrgId: centre.id },
    });
    return row;
  });
}

export async function updateRegion(
  db: Db,
  who: Who,
  before: RegionRow,
  beforeView: unknown,
  b: { name?: string; kind?: string; description?: string | null },
) {
  if (b.name && b.name !== before.name && (await regionNameTaken(db, who.cityId, b.name))) throw nameClash();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable(T.region)
      .set({ name: b.name, kind: b.kind, description: b.description })
      .where('city_id', '=', who.cityId)
      .where('id', '=', before.id)
      .execute();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'update',
      entity: T.region,
      entityId: before.id,
      before: beforeView,
      after: b,
    });
  });
}

export async function addUnits(ctx: Ctx, who: Who, region: RegionRow, ids: number[], joinedOn?: string) {
  const { db } = ctx;
  await checkUnits(db, who.cityId, ids, region.id);
  const unitIds = [...new Set(ids)];
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto(T.regionUnit)
      .values(
        unitIds.map((u) => ({
          city_id: who.cityId,
          region_id: region.id,
          unit_id: u,
          joined_on: joinedOn ?? todayOf(ctx),
        })),
      )
      .execute();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'add_units',
      entity: T.region,
      entityId: region.id,
      after: { unitIds },
    });
  });
}

/** Takes a unit out of the region: its org must have returned and none of its members be registered there. */
export async function removeUnit(db: Db, who: Who, region: RegionRow, unitId: number) {
  const ru = await regionUnit(db, who.cityId, region.id, unitId);
  if (!ru) throw notFound({ 'zh-CN': '区域内单位', en: 'Unit in the region' });
  if (ru.org_id) {
    const moved = await openMove(db, who.cityId, region.id, ru.org_id);
    if (moved)
      throw conflict(
        {
          'zh-CN': '该单位党组织仍在区域党组织下，请先移出',
          en: 'its org still sits under the regional org; return it first',
        },
        'unitId',
      );
  }
  const registered = await activeRegistrationsOfUnit(db, who.cityId, region.id, unitId);
  if (registered > 0)
    throw conflict(
      {
        'zh-CN': `该单位仍有 ${registered} 名党员在区域登记`,
        en: `${registered} of its members are still registered in the region`,
      },
      'unitId',
    );
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom(T.regionUnit)
      .where('city_id', '=', who.cityId)
      .where('unit_id', '=', unitId)
      .execute();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'remove_unit',
      entity: T.region,
      entityId: region.id,
      before: { unitId },
    });
  });
}

export async function addPlaces(db: Db, who: Who, region: RegionRow, ids: number[]) {
  await checkPlaces(db, who.cityId, region.town_place_id, ids, region.id);
  const placeIds = [...new Set(ids)];
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto(T.regionPlace)
      .values(placeIds.map((p) => ({ city_id: who.cityId, region_id: region.id, place_id: p })))
      .execute();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'add_places',
      entity: T.region,
      entityId: region.id,
      after: { placeIds },
    });
  });
  return placeIds;
}

export async function createMassOrg(
  ctx: Ctx,
  who: Who,
  region: RegionRow,
  b: {
    kind: string;
    name: string;
    mirrorsOrgId?: number | null;
    leaderName?: string | null;
    establishedOn?: string;
  },
) {
  const { db } = ctx;
  if (b.mirrorsOrgId) {
    const n = await currentN(db, who.cityId, region.id);
    const regionOrgs = { regionalOrgId: region.regional_org_id, centreOrgId: region.centre_org_id };
    if (!mirrorAllowed(b.mirrorsOrgId, regionOrgs, n))
      throw invalid(
        say(
          '群团组织只能对应本区域的区域党组织、N个党组织或服务中心党组织',
          'must mirror the regional org, one of the N or the centre org',
        ),
        'mirrorsOrgId',
      );
  }
  if (await massOrgNameTaken(db, who.cityId, region.id, b.name))
    throw conflict(
      { 'zh-CN': '本区域已有同名群团组织', en: 'a mass organization with this name exists in the region' },
      'name',
    );
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto(T.massOrg)
      .values({
        city_id: who.cityId,
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
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'create',
      entity: T.massOrg,
      entityId: r.id,
      after: r,
    });
    return r;
  });
}

/** Areas inside the town and in no region yet (400 / 409 naming `placeIds.<i>`). */
async function checkPlaces(
  db: Db,
  cityId: number,
  townPlaceId: number | null,
  placeIds: number[],
  regionId: number | null,
) {
  if (!placeIds.length) return;
  if (!townPlaceId)
    throw invalid(
      say('该镇(街道)党(工)委没有对应的地域', 'the town committee has no place to draw areas in'),
      'placeIds',
    );
  const town = { placeId: townPlaceId, path: await placePath(db, cityId, townPlaceId) };
  const places = await placesWithRegion(db, cityId, placeIds);
  placeIds.forEach((pid, i) => {
    const p = places.find((x) => x.id === pid);
    if (!p) throw invalid(say(`地点 ${pid} 不存在`, `place ${pid} does not exist`), `placeIds.${i}`);
    const problem = placeProblem(p, town, regionId);
    if (problem?.status === 400) throw invalid(problem.text, `placeIds.${i}`);
    if (problem) throw conflict(problem.text, `placeIds.${i}`);
  });
}

/** Units that exist and are in no region yet (400 / 409 naming `unitIds.<i>`). */
async function checkUnits(db: Db, cityId: number, unitIds: number[], regionId: number | null) {
  if (!unitIds.length) return;
  const units = await unitsWithRegion(db, cityId, unitIds);
  unitIds.forEach((uid, i) => {
    const u = units.find((x) => x.id === uid);
    if (!u) throw invalid(say(`单位 ${uid} 不存在`, `unit ${uid} does not exist`), `unitIds.${i}`);
    const problem = unitProblem(u, regionId);
    if (problem) throw conflict(problem.text, `unitIds.${i}`);
  });
}
