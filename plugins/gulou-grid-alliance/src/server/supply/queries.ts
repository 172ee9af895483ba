import { ApiError, type CityAccess, inScope, invalid, notFound, say } from '@jiceng/plugin-kit';
import type { GulouDb } from '../db';
import { S } from '../util';
import { openAt } from './rules';

/** The reads of supply, projects and facilities, and the shapes they answer with. */

export function itemView(r: Record<string, any>) {
  return {
    id: r.id,
    side: r.side,
    gridOrgId: r.grid_org_id,
    gridName: r.grid_name ?? null,
    unitId: r.unit_id,
    unitName: r.unit_name ?? null,
    category: r.category,
    title: r.title,
    detail: r.detail,
    status: r.status,
    listedOn: r.listed_on,
    withdrawReason: r.withdraw_reason,
  };
}
export function projectView(r: Record<string, any>) {
  return {
    id: r.id,
    needId: r.need_id,
    offerId: r.offer_id,
    gridOrgId: r.grid_org_id,
    gridName: r.grid_name ?? null,
    unitId: r.unit_id,
    unitName: r.unit_name ?? null,
    title: r.title,
    ownerName: r.owner_name,
    content: r.content,
    startOn: r.start_on,
    endOn: r.end_on,
    status: r.status,
    startedOn: r.started_on,
    completedOn: r.completed_on,
    createdOn: r.created_on,
  };
}

/** Entries with their grid's and unit's names and org paths. */
export const supplyItems = (db: GulouDb, cityId: number) =>
  db
    .selectFrom(`${S}.supply_item as s`)
    .leftJoin('core.org as g', (j) =>
      j.onRef('g.city_id', '=', 's.city_id').onRef('g.id', '=', 's.grid_org_id'),
    )
    .leftJoin('core.unit as u', (j) => j.onRef('u.city_id', '=', 's.city_id').onRef('u.id', '=', 's.unit_id'))
    .leftJoin('core.org as uo', (j) =>
      j.onRef('uo.city_id', '=', 'u.city_id').onRef('uo.id', '=', 'u.org_id'),
    )
    .selectAll('s')
    .select(['g.name as grid_name', 'g.path as grid_path', 'u.name as unit_name', 'uo.path as unit_path'])
    .where('s.city_id', '=', cityId);

/** Projects with their grid's and unit's names and org paths. */
export const serviceProjects = (db: GulouDb, cityId: number) =>
  db
    .selectFrom(`${S}.service_project as p`)
    .innerJoin('core.org as g', (j) =>
      j.onRef('g.city_id', '=', 'p.city_id').onRef('g.id', '=', 'p.grid_org_id'),
    )
    .innerJoin('core.unit as u', (j) =>
      j.onRef('u.city_id', '=', 'p.city_id').onRef('u.id', '=', 'p.unit_id'),
    )
    .leftJoin('core.org as uo', (j) =>
      j.onRef('uo.city_id', '=', 'u.city_id').onRef('uo.id', '=', 'u.org_id'),
    )
    .selectAll('p')
    .select(['g.name as grid_name', 'g.path as grid_path', 'u.name as unit_name', 'uo.path as unit_path'])
    .where('p.city_id', '=', cityId);

/** An entry by id: 404, or 400 on `field` when it was named in a body. */
export async function findItem(db: GulouDb, cityId: number, itemId: number, field?: string) {
  const r = await supplyItems(db, cityId).where('s.id', '=', itemId).executeTakeFirst();
  if (!r)
    throw field
      ? invalid(say('没有这条供需', 'no such entry'), field)
      : notFound(say('供需条目', 'Supply or need'));
  return r;
}
export type ItemRow = Awaited<ReturnType<typeof findItem>>;

export function findProject(db: GulouDb, cityId: number, projectId: number) {
  return serviceProjects(db, cityId).where('p.id', '=', projectId).executeTakeFirst();
}

/** Unit-side entries are managed by the unit's own party org admin (or a city admin). */
export async function unitInScope(
  db: GulouDb,
  cityId: number,
  access: CityAccess,
  unitId: number,
  field: string,
) {
  const unit = await db
    .selectFrom('core.unit as u')
    .leftJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'u.city_id').onRef('o.id', '=', 'u.org_id'))
    .select(['u.id', 'u.name', 'o.path'])
    .where('u.city_id', '=', cityId)
    .where('u.id', '=', unitId)
    .executeTakeFirst();
  if (!unit) throw invalid(say('没有这个单位', 'no such unit'), field);
  if (access.level !== 'city' && !inScope(access, unit.path))
    throw new ApiError(400, 'out_of_scope', { field }, field);
  return unit;
}

export async function assertPlace(db: GulouDb, cityId: number, placeId: number | null | undefined) {
  if (!placeId) return;
  const place = await db
    .selectFrom('core.place')
    .select('id')
    .where('city_id', '=', cityId)
    .where('id', '=', placeId)
    .executeTakeFirst();
  if (!place) throw invalid(say('没有这个地点', 'no such place'), 'placeId');
}

/** A facility by id with its unit's party org path (who manages it); 404 when missing. */
export async function findFacility(db: GulouDb, cityId: number, facilityId: number) {
  const f = await db
    .selectFrom(`${S}.facility`)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('id', '=', facilityId)
    .executeTakeFirst();
  if (!f) throw notFound(say('阵地', 'Facility'));
  const unitOrg = await db
    .selectFrom('core.unit as u')
    .leftJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'u.city_id').onRef('o.id', '=', 'u.org_id'))
    .select('o.path')
    .where('u.city_id', '=', cityId)
    .where('u.id', '=', f.unit_id)
    .executeTakeFirst();
  return { facility: f, unitOrgPath: unitOrg?.path ?? null };
}

export interface FacilityFilter {
  kind?: string;
  unitId?: number;
  placeId?: number;
  openNow?: 'true' | 'false';
}

/** The shared-resource catalogue, with whether each is open at `now`. */
export async function facilityList(
  db: GulouDb,
  cityId: number,
  f: FacilityFilter,
  now: Date,
  activeOnly = false,
) {
  let q = db
    .selectFrom(`${S}.facility as f`)
    .innerJoin('core.unit as u', (j) =>
      j.onRef('u.city_id', '=', 'f.city_id').onRef('u.id', '=', 'f.unit_id'),
    )
    .leftJoin('core.place as p', (j) =>
      j.onRef('p.city_id', '=', 'f.city_id').onRef('p.id', '=', 'f.place_id'),
    )
    .leftJoin('core.org as uo', (j) =>
      j.onRef('uo.city_id', '=', 'u.city_id').onRef('uo.id', '=', 'u.org_id'),
    )
    .selectAll('f')
    .select([
      'u.name as unit_name',
      'p.name as place_name',
      'p.path as place_path',
      'uo.path as unit_org_path',
    ])
    .where('f.city_id', '=', cityId);
  if (activeOnly) q = q.where('f.active', '=', true);
  if (f.kind) q = q.where('f.kind', '=', f.kind);
  if (f.unitId) q = q.where('f.unit_id', '=', f.unitId);
  if (f.placeId) {
    const place = await db
      .selectFrom('core.place')
      .select('path')
      .where('city_id', '=', cityId)
      .where('id', '=', f.placeId)
      .executeTakeFirst();
    q = q.where('p.path', 'like', `${place?.path ?? '/none/'}%`);
  }
  const rows = (await q.orderBy('f.kind').orderBy('f.id').limit(1000).execute()).map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    kind: r.kind,
    name: r.name,
    address: r.address,
    placeId: r.place_id,
    placeName: r.place_name,
    days: r.days,
    opensAt: r.opens_at,
    closesAt: r.closes_at,
    capacity: r.capacity,
    note: r.note,
    active: r.active,
    openNow: r.active && openAt({ days: r.days, opens_at: r.opens_at, closes_at: r.closes_at }, now),
    unitOrgPath: r.unit_org_path as string | null,
  }));
  return f.openNow ? rows.filter((r) => r.openNow === (f.openNow === 'true')) : rows;
}
