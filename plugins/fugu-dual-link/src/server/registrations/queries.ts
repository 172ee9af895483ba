import type { CityAccess } from '@jiceng/plugin-kit';
import { OPEN, type RegistrationRow, registrationQuery, S, visibleRegistrations } from '../common';
import type { FuguDb } from '../db';

/** The SQL of 双向登记: reads only; the writes are in ./service. */

export interface ListFilter {
  page: number;
  pageSize: number;
  side: 'unit' | 'community' | 'all';
  status?: string;
  open?: 'true' | 'false';
  communityOrgId?: number;
  unitOrgId?: number;
  memberId?: number;
  q?: string;
}

/** One page of the registrations in sight, the total and the count per status (of all in sight, unfiltered). */
export async function listRegistrations(db: FuguDb, city: number, access: CityAccess, f: ListFilter) {
  let q = registrationQuery(db, city).where(visibleRegistrations(access));
  if (access.level === 'orgs' && f.side !== 'all') {
    const col = f.side === 'unit' ? 'uo.path' : 'co.path';
    q = q.where((eb) => eb.or(access.paths.map((p) => eb(col, 'like', `${p}%`))));
  }
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.open === 'true') q = q.where('r.status', 'in', OPEN);
  if (f.communityOrgId) q = q.where('r.community_org_id', '=', f.communityOrgId);
  if (f.unitOrgId) q = q.where('r.unit_org_id', '=', f.unitOrgId);
  if (f.memberId) q = q.where('r.member_id', '=', f.memberId);
  const text = f.q;
  if (text) q = q.where((eb) => eb.or([eb('m.name', 'like', `%${text}%`), eb('r.letter_no', '=', text)]));
  const [rows, total, counts] = await Promise.all([
    q
      .leftJoin('core.place as pl', (j) =>
        j.onRef('pl.city_id', '=', 'r.city_id').onRef('pl.id', '=', 'r.residence_place_id'),
      )
      .select('pl.name as place_name')
      .orderBy('r.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    registrationQuery(db, city)
      .where(visibleRegistrations(access))
      .clearSelect()
      .select(['r.status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('r.status')
      .execute(),
  ]);
  return {
    rows: rows as (RegistrationRow & { place_name: string | null })[],
    total: Number(total.n),
    statusCounts: Object.fromEntries(counts.map((r) => [r.status, Number(r.n)])),
  };
}

/** The residence's name, the party group's and the present post's, for the detail view. */
export function registrationExtras(db: FuguDb, city: number, registrationId: number) {
  return db
    .selectFrom(`${S}.registration as r`)
    .leftJoin('core.place as pl', (j) =>
      j.onRef('pl.city_id', '=', 'r.city_id').onRef('pl.id', '=', 'r.residence_place_id'),
    )
    .leftJoin(`${S}.party_group as g`, (j) =>
      j.onRef('g.city_id', '=', 'r.city_id').onRef('g.id', '=', 'r.party_group_id'),
    )
    .leftJoin(`${S}.post_assignment as a`, (j) =>
      j
        .onRef('a.city_id', '=', 'r.city_id')
        .onRef('a.registration_id', '=', 'r.id')
        .on('a.until', 'is', null),
    )
    .leftJoin(`${S}.post as p`, (j) => j.onRef('p.city_id', '=', 'a.city_id').onRef('p.id', '=', 'a.post_id'))
    .select(['pl.name as place_name', 'g.name as group_name', 'p.name as post_name'])
    .where('r.city_id', '=', city)
    .where('r.id', '=', registrationId)
    .executeTakeFirst();
}

/** The member's other registrations, newest first. */
export function registrationHistory(db: FuguDb, city: number, memberId: number, exceptId: number) {
  return db
    .selectFrom(`${S}.registration as r`)
    .innerJoin('core.org as co', (j) =>
      j.onRef('co.city_id', '=', 'r.city_id').onRef('co.id', '=', 'r.community_org_id'),
    )
    .select([
      'r.id',
      'r.letter_no as letterNo',
      'r.status',
      'co.name as communityName',
      'r.sent_on as sentOn',
      'r.stamped_on as stampedOn',
      'r.closed_on as closedOn',
      'r.close_reason as closeReason',
    ])
    .where('r.city_id', '=', city)
    .where('r.member_id', '=', memberId)
    .where('r.id', '<>', exceptId)
    .orderBy('r.id', 'desc')
    .execute();
}

export async function hasPhoto(db: FuguDb, city: number, memberId: number) {
  const photo = await db
    .selectFrom(`${S}.member_photo`)
    .select('mime')
    .where('city_id', '=', city)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  return !!photo;
}

export function findPhoto(db: FuguDb, city: number, memberId: number) {
  return db
    .selectFrom(`${S}.member_photo`)
    .select(['mime', 'data_base64'])
    .where('city_id', '=', city)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
}

/** The member a unit sends, with its org's path (for the reach check). */
export function findMember(db: FuguDb, city: number, memberId: number) {
  return db
    .selectFrom('core.member as m')
    .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'))
    .select([
      'm.id',
      'm.org_id',
      'm.category',
      'm.active',
      'm.residence_place_id',
      'm.occupation',
      'm.skills',
      'o.path',
    ])
    .where('m.city_id', '=', city)
    .where('m.id', '=', memberId)
    .executeTakeFirst();
}

/** The member's registration that is not closed or returned, if any. */
export function openRegistrationOf(db: FuguDb, city: number, memberId: number) {
  return db
    .selectFrom(`${S}.registration`)
    .select('id')
    .where('city_id', '=', city)
    .where('member_id', '=', memberId)
    .where('status', 'in', OPEN)
    .executeTakeFirst();
}

export function findPlace(db: FuguDb, city: number, placeId: number) {
  return db
    .selectFrom('core.place')
    .select(['id', 'path', 'kind'])
    .where('city_id', '=', city)
    .where('id', '=', placeId)
    .executeTakeFirst();
}

/** How many letters the member had before (for the next letter's number). */
export async function letterCount(db: FuguDb, city: number, memberId: number) {
  const r = await db
    .selectFrom(`${S}.registration`)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('city_id', '=', city)
    .where('member_id', '=', memberId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
