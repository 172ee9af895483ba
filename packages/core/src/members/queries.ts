import type { Kysely } from 'kysely';
import { type CityAccess, orgPathFilter } from '../auth/actor';
import type { CoreDatabase } from '../db/schema';
import type { MemberFilters } from './schemas';

type Db = Kysely<CoreDatabase>;

/** A city's members with their org (always) and unit (when they have one). */
function membersOf(db: Db, cityId: number) {
  return db
    .selectFrom('core.member as m')
    .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'))
    .leftJoin('core.unit as u', (j) => j.onRef('u.city_id', '=', 'm.city_id').onRef('u.id', '=', 'm.unit_id'))
    .where('m.city_id', '=', cityId);
}

/** One member with the names of its org and unit and its org's path (for the visibility check), if in the city. */
export function findMember(db: Db, cityId: number, id: number) {
  return membersOf(db, cityId)
    .selectAll('m')
    .select(['o.name as org_name', 'o.path as org_path', 'u.name as unit_name'])
    .where('m.id', '=', id)
    .executeTakeFirst();
}

export type MemberWithOrg = NonNullable<Awaited<ReturnType<typeof findMember>>>;

/** The path of one of the city's places, if it is one. */
export async function placePath(db: Db, cityId: number, placeId: number): Promise<string | undefined> {
  const place = await db
    .selectFrom('core.place')
    .select('path')
    .where('city_id', '=', cityId)
    .where('id', '=', placeId)
    .executeTakeFirst();
  return place?.path;
}

/**
 * One page of the members the actor sees, filtered, and how many there are in all. `orgPath` and `placePath` are
 * the subtrees of the orgId and placeId filters, already checked by the caller.
 */
export async function listMembers(
  db: Db,
  cityId: number,
  access: CityAccess,
  f: MemberFilters,
  within: { orgPath?: string; placePath?: string },
) {
  let query = membersOf(db, cityId).where(orgPathFilter(access, 'o.path'));
  if (f.active !== 'all') query = query.where('m.active', '=', f.active === 'true');
  if (f.q) {
    const q = f.q;
    query = query.where((eb) =>
      eb.or([
        eb('m.name', 'ilike', `%${q}%`),
        eb('m.id_number', '=', q.toUpperCase()),
        eb('m.phone', '=', q),
      ]),
    );
  }
  if (f.category) query = query.where('m.category', '=', f.category);
  if (f.cadreRank) query = query.where('m.cadre_rank', '=', f.cadreRank);
  if (f.unitId) query = query.where('m.unit_id', '=', f.unitId);
  if (within.orgPath !== undefined) query = query.where('o.path', 'like', `${within.orgPath}%`);
  if (within.placePath !== undefined)
    query = query.where(
      'm.residence_place_id',
      'in',
      db
        .selectFrom('core.place')
        .select('id')
        .where('city_id', '=', cityId)
        .where('path', 'like', `${within.placePath}%`),
    );
  const [rows, total] = await Promise.all([
    query
      .selectAll('m')
      .select(['o.name as org_name', 'u.name as unit_name'])
      .orderBy('m.id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** A member's affiliations with the names of their org and place, oldest first. */
export function memberAffiliations(db: Db, cityId: number, memberId: number) {
  return db
    .selectFrom('core.member_affiliation as a')
    .leftJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'a.city_id').onRef('o.id', '=', 'a.org_id'))
    .leftJoin('core.place as p', (j) =>
      j.onRef('p.city_id', '=', 'a.city_id').onRef('p.id', '=', 'a.place_id'),
    )
    .select([
      'a.id',
      'a.kind',
      'a.org_id',
      'a.place_id',
      'a.since',
      'a.until',
      'a.note',
      'o.name as org_name',
      'p.name as place_name',
    ])
    .where('a.city_id', '=', cityId)
    .where('a.member_id', '=', memberId)
    .orderBy('a.id')
    .execute();
}

/** One of a member's affiliations, if it is theirs. */
export function findAffiliation(db: Db, cityId: number, memberId: number, affiliationId: number) {
  return db
    .selectFrom('core.member_affiliation')
    .selectAll()
    .where('city_id', '=', cityId)
    .where('member_id', '=', memberId)
    .where('id', '=', affiliationId)
    .executeTakeFirst();
}
