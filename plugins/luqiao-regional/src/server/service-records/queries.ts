import { sql } from 'kysely';
import { type Db, pageRows, T } from '../common';
import type { ServiceStatus } from './rules';

/** The SQL of the service-record routes: reads only (writes are in service.ts). */

const columns = [
  's.id',
  's.registration_id as registrationId',
  's.member_id as memberId',
  'm.name as memberName',
  's.region_id as regionId',
  'r.name as regionName',
  's.served_on as servedOn',
  sql<number>`s.hours::float8`.as('hours'),
  's.content',
  's.status',
  's.confirmed_on as confirmedOn',
] as const;

function base(db: Db, cityId: number) {
  return db
    .selectFrom(`${T.serviceRecord} as s`)
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 's.city_id').onRef('m.id', '=', 's.member_id'),
    )
    .innerJoin(`${T.region} as r`, (j) =>
      j.onRef('r.city_id', '=', 's.city_id').onRef('r.id', '=', 's.region_id'),
    )
    .where('s.city_id', '=', cityId);
}

/** One record with what its decision needs. */
export function serviceRow(db: Db, cityId: number, recordId: number) {
  return base(db, cityId)
    .select([
      's.id',
      's.region_id',
      's.member_id',
      's.status',
      's.served_on',
      sql<number>`s.hours::float8`.as('hours'),
    ])
    .where('s.id', '=', recordId)
    .executeTakeFirst();
}

/** One page of a region's records, newest service first, optionally of one status. */
export function regionServicePage(
  db: Db,
  cityId: number,
  regionId: number,
  f: { status?: ServiceStatus; page: number; pageSize: number },
) {
  let q = base(db, cityId).where('s.region_id', '=', regionId);
  if (f.status) q = q.where('s.status', '=', f.status);
  return pageRows(
    f,
    (limit, offset) =>
      q
        .select([...columns])
        .orderBy('s.served_on', 'desc')
        .orderBy('s.id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute(),
    () => q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  );
}

/** A member's own records, newest first, with their confirmed hours so far. */
export async function memberServices(db: Db, cityId: number, memberId: number, limit: number) {
  const q = base(db, cityId).where('s.member_id', '=', memberId);
  const [items, sums] = await Promise.all([
    q
      .select([...columns])
      .orderBy('s.served_on', 'desc')
      .orderBy('s.id', 'desc')
      .limit(limit)
      .execute(),
    q
      .select([
        sql<number>`coalesce(sum(s.hours) filter (where s.status = 'confirmed'), 0)::float8`.as(
          'confirmedHours',
        ),
        sql<number>`count(*) filter (where s.status = 'submitted')::int`.as('submitted'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return { items, confirmedHours: sums.confirmedHours, submitted: sums.submitted };
}
