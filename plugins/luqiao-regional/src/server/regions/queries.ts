import { type CityAccess, orgPathFilter } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import { STAYING_UNIT_KINDS } from '../../shared/model';
import { type Db, type RegionRow, regionQuery, T } from '../common';
import { STRUCTURAL_KINDS } from './rules';

/** The SQL of the region routes: reads only (writes are in service.ts). */

/** Regions the actor sees: a member those they are registered in or work in, an admin those in their subtree. */
export async function visibleRegions(db: Db, cityId: number, access: CityAccess): Promise<RegionRow[]> {
  let q = regionQuery(db, cityId);
  if (access.level === 'self') {
    if (!access.memberId) return [];
    const memberId = access.memberId;
    q = q.where((eb) =>
      eb.or([
        eb(
          'r.id',
          'in',
          db
            .selectFrom(T.registration)
            .select('region_id')
            .where('city_id', '=', cityId)
            .where('member_id', '=', memberId)
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
            .where('ru.city_id', '=', cityId)
            .where('m.id', '=', memberId),
        ),
      ]),
    );
  } else q = q.where(orgPathFilter(access, 'ro.path'));
  return (await q.orderBy('r.id').execute()) as RegionRow[];
}

export async function regionById(db: Db, cityId: number, regionId: number) {
  return (await regionQuery(db, cityId).where('r.id', '=', regionId).executeTakeFirstOrThrow()) as RegionRow;
}

export async function regionNameTaken(db: Db, cityId: number, name: string) {
  const dup = await db
    .selectFrom(T.region)
    .select('id')
    .where('city_id', '=', cityId)
    .where('name', '=', name)
    .executeTakeFirst();
  return !!dup;
}

export function placesOf(db: Db, cityId: number, regionId: number) {
  return db
    .selectFrom(`${T.regionPlace} as rp`)
    .innerJoin('core.place as p', (j) =>
      j.onRef('p.city_id', '=', 'rp.city_id').onRef('p.id', '=', 'rp.place_id'),
    )
    .select(['p.id', 'p.name', 'p.kind'])
    .where('rp.city_id', '=', cityId)
    .where('rp.region_id', '=', regionId)
    .orderBy('p.id')
    .execute();
}

export function unitsOf(db: Db, cityId: number, regionId: number) {
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

/** The orgs of the region's units and of its areas (not the tree's own committees): the N candidates. */
export async function candidateOrgIds(db: Db, cityId: number, regionId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('core.unit as u')
    .innerJoin(`${T.regionUnit} as ru`, (j) =>
      j.onRef('ru.city_id', '=', 'u.city_id').onRef('ru.unit_id', '=', 'u.id'),
    )
    .select('u.org_id as id')
    .where('u.city_id', '=', cityId)
    .where('ru.region_id', '=', regionId)
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
        .where('rp.region_id', '=', regionId)
        .where('o.kind', 'not in', STRUCTURAL_KINDS),
    )
    .execute();
  return rows.map((r) => r.id as number);
}

/** The orgs proposed for the N, with their parent and unit. */
export function orgsForN(db: Db, cityId: number, orgIds: number[]) {
  return db
    .selectFrom('core.org as o')
    .leftJoin('core.org as p', (j) =>
      j.onRef('p.city_id', '=', 'o.city_id').onRef('p.id', '=', 'o.parent_id'),
    )
    .leftJoin('core.unit as u', (j) => j.onRef('u.city_id', '=', 'o.city_id').onRef('u.org_id', '=', 'o.id'))
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
}

/** The state the eligibility chain of the N checks against (see rules.ts `nRefusal`). */
export async function nState(
  db: Db,
  cityId: number,
  regionId: number,
  ancestorIds: number[],
  placeIds: number[],
) {
  const staying = await db
    .selectFrom('core.unit')
    .select(['org_id', 'kind', 'name'])
    .where('city_id', '=', cityId)
    .where('org_id', 'in', ancestorIds)
    .where('kind', 'in', [...STAYING_UNIT_KINDS])
    .execute();
  const current = await db
    .selectFrom(`${T.move} as mv`)
    .innerJoin(`${T.region} as r`, (j) =>
      j.onRef('r.city_id', '=', 'mv.city_id').onRef('r.id', '=', 'mv.region_id'),
    )
    .select(['mv.org_id', 'mv.region_id', 'r.name'])
    .where('mv.city_id', '=', cityId)
    .where('mv.returned_at', 'is', null)
    .execute();
  const regionUnits = await db
    .selectFrom(T.regionUnit)
    .select('unit_id')
    .where('city_id', '=', cityId)
    .where('region_id', '=', regionId)
    .execute();
  const areaPaths = await db
    .selectFrom(`${T.regionPlace} as rp`)
    .innerJoin('core.place as p', (j) =>
      j.onRef('p.city_id', '=', 'rp.city_id').onRef('p.id', '=', 'rp.place_id'),
    )
    .select('p.path')
    .where('rp.city_id', '=', cityId)
    .where('rp.region_id', '=', regionId)
    .execute();
  const placePaths = await db
    .selectFrom('core.place')
    .select(['id', 'path'])
    .where('city_id', '=', cityId)
    .where('id', 'in', [0, ...placeIds])
    .execute();
  return {
    stayingOrgs: new Map(staying.map((s) => [s.org_id as number, { name: s.name }])),
    inRegion: new Map(current.map((m) => [m.org_id, { regionId: m.region_id, regionName: m.name }])),
    regionUnits: new Set(regionUnits.map((r) => r.unit_id)),
    areaPaths: areaPaths.map((r) => r.path),
    placePaths: new Map(placePaths.map((p) => [p.id, p.path])),
  };
}

/** Org ids of the region's current N. */
export async function currentN(db: Db, cityId: number, regionId: number): Promise<number[]> {
  const rows = await db
    .selectFrom(T.move)
    .select('org_id')
    .where('city_id', '=', cityId)
    .where('region_id', '=', regionId)
    .where('returned_at', 'is', null)
    .execute();
  return rows.map((m) => m.org_id);
}

/** The open move of an org of the region's N, with where the org sits now. */
export function openMove(db: Db, cityId: number, regionId: number, orgId: number) {
  return db
    .selectFrom(`${T.move} as mv`)
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'mv.city_id').onRef('o.id', '=', 'mv.org_id'),
    )
    .select(['mv.id', 'mv.previous_parent_id', 'o.parent_id', 'o.name'])
    .where('mv.city_id', '=', cityId)
    .where('mv.region_id', '=', regionId)
    .where('mv.org_id', '=', orgId)
    .where('mv.returned_at', 'is', null)
    .executeTakeFirst();
}

export function historyOf(db: Db, cityId: number, regionId: number) {
  return db
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
    .where('mv.city_id', '=', cityId)
    .where('mv.region_id', '=', regionId)
    .orderBy('mv.moved_at', 'desc')
    .orderBy('mv.id', 'desc')
    .execute();
}

/** A unit of the region, with its org. */
export function regionUnit(db: Db, cityId: number, regionId: number, unitId: number) {
  return db
    .selectFrom(`${T.regionUnit} as ru`)
    .innerJoin('core.unit as u', (j) =>
      j.onRef('u.city_id', '=', 'ru.city_id').onRef('u.id', '=', 'ru.unit_id'),
    )
    .select(['ru.unit_id', 'u.org_id', 'u.name'])
    .where('ru.city_id', '=', cityId)
    .where('ru.region_id', '=', regionId)
    .where('ru.unit_id', '=', unitId)
    .executeTakeFirst();
}

/** Members of a unit still registered in the region. */
export async function activeRegistrationsOfUnit(db: Db, cityId: number, regionId: number, unitId: number) {
  const row = await db
    .selectFrom(T.registration)
    .select(sql<number>`count(*)::int`.as('n'))
    .where('city_id', '=', cityId)
    .where('region_id', '=', regionId)
    .where('unit_id', '=', unitId)
    .where('ended_on', 'is', null)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function placePath(db: Db, cityId: number, placeId: number) {
  const row = await db
    .selectFrom('core.place')
    .select('path')
    .where('city_id', '=', cityId)
    .where('id', '=', placeId)
    .executeTakeFirstOrThrow();
  return row.path;
}

/** Places with the region each already belongs to. */
export function placesWithRegion(db: Db, cityId: number, placeIds: number[]) {
  return db
    .selectFrom('core.place as p')
    .leftJoin(`${T.regionPlace} as rp`, (j) =>
      j.onRef('rp.city_id', '=', 'p.city_id').onRef('rp.place_id', '=', 'p.id'),
    )
    .leftJoin(`${T.region} as r`, (j) =>
      j.onRef('r.city_id', '=', 'rp.city_id').onRef('r.id', '=', 'rp.region_id'),
    )
    .select(['p.id', 'p.name', 'p.path', 'rp.region_id as regionId', 'r.name as regionName'])
    .where('p.city_id', '=', cityId)
    .where('p.id', 'in', placeIds)
    .execute();
}

/** Units with the region each already belongs to. */
export function unitsWithRegion(db: Db, cityId: number, unitIds: number[]) {
  return db
    .selectFrom('core.unit as u')
    .leftJoin(`${T.regionUnit} as ru`, (j) =>
      j.onRef('ru.city_id', '=', 'u.city_id').onRef('ru.unit_id', '=', 'u.id'),
    )
    .leftJoin(`${T.region} as r`, (j) =>
      j.onRef('r.city_id', '=', 'ru.city_id').onRef('r.id', '=', 'ru.region_id'),
    )
    .select(['u.id', 'u.name', 'ru.region_id as regionId', 'r.name as regionName'])
    .where('u.city_id', '=', cityId)
    .where('u.id', 'in', unitIds)
    .execute();
}

export async function massOrgNameTaken(db: Db, cityId: number, regionId: number, name: string) {
  const dup = await db
    .selectFrom(T.massOrg)
    .select('id')
    .where('city_id', '=', cityId)
    .where('region_id', '=', regionId)
    .where('name', '=', name)
    .executeTakeFirst();
  return !!dup;
}

// Pickers for the web pages.

export function townsInScope(db: Db, cityId: number, access: CityAccess) {
  return db
    .selectFrom('core.org as o')
    .select(['o.id', 'o.name', 'o.place_id as placeId'])
    .where('o.city_id', '=', cityId)
    .where('o.kind', '=', 'street_working_committee')
    .where(orgPathFilter(access, 'o.path'))
    .orderBy('o.id')
    .execute();
}

/** Communities and compounds inside a town's place, with the region each belongs to. */
export function areasUnder(db: Db, cityId: number, townPlace: { id: number; path: string }) {
  return db
    .selectFrom('core.place as p')
    .leftJoin(`${T.regionPlace} as rp`, (j) =>
      j.onRef('rp.city_id', '=', 'p.city_id').onRef('rp.place_id', '=', 'p.id'),
    )
    .select(['p.id', 'p.name', 'p.kind', 'p.parent_id as parentId', 'rp.region_id as regionId'])
    .where('p.city_id', '=', cityId)
    .where('p.path', 'like', `${townPlace.path}%`)
    .where('p.id', '<>', townPlace.id)
    .where('p.kind', 'in', ['community', 'compound'])
    .orderBy('p.path')
    .limit(500)
    .execute();
}

export function unitLookup(db: Db, cityId: number, q: { text?: string; freeOnly: boolean; limit: number }) {
  let query = db
    .selectFrom('core.unit as u')
    .leftJoin(`${T.regionUnit} as ru`, (j) =>
      j.onRef('ru.city_id', '=', 'u.city_id').onRef('ru.unit_id', '=', 'u.id'),
    )
    .select(['u.id', 'u.name', 'u.kind', 'u.org_id as orgId', 'ru.region_id as regionId'])
    .where('u.city_id', '=', cityId);
  if (q.text) query = query.where('u.name', 'ilike', `%${q.text}%`);
  if (q.freeOnly) query = query.where('ru.region_id', 'is', null);
  return query.orderBy('u.id').limit(q.limit).execute();
}
