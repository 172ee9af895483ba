import { type RawBuilder, sql } from 'kysely';
import { S } from '../common';
import type { LongyanDb } from '../db';
import { targetsCte, withHashJoins } from '../rollup';

/** The SQL of the 报到 routes: a report with its member, orgs and unit, and the 检索比对 per unit and member. */

/** Reports of a city joined to the member, the member's org, the community, the issuing org and the unit. */
export const reportQuery = (db: LongyanDb, cityId: number) =>
  db
    .selectFrom(`${S}.report as r`)
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 'r.city_id').onRef('m.id', '=', 'r.member_id'),
    )
    .innerJoin('core.org as mo', (j) =>
      j.onRef('mo.city_id', '=', 'm.city_id').onRef('mo.id', '=', 'm.org_id'),
    )
    .innerJoin('core.org as co', (j) =>
      j.onRef('co.city_id', '=', 'r.city_id').onRef('co.id', '=', 'r.community_org_id'),
    )
    .innerJoin('core.org as io', (j) =>
      j.onRef('io.city_id', '=', 'r.city_id').onRef('io.id', '=', 'r.issuer_org_id'),
    )
    .leftJoin('core.unit as u', (j) => j.onRef('u.city_id', '=', 'm.city_id').onRef('u.id', '=', 'm.unit_id'))
    .where('r.city_id', '=', cityId);
export const REPORT_COLUMNS = [
  'r.id',
  'r.member_id',
  'r.period',
  'r.community_org_id',
  'r.rule',
  'r.issuer_org_id',
  'r.status',
  'r.reported_at',
  'r.certificate_no',
  'r.certificate_issued_at',
  'r.confirmed_at',
  'm.name as member_name',
  'co.name as community_org_name',
  'co.path as community_path',
  'io.name as issuer_org_name',
  'io.path as issuer_path',
  'mo.path as member_org_path',
  'u.name as unit_name',
] as const;

/** 检索比对 for period `p`: per-unit counts, one page of members not reported or not confirmed, and their total. */
export function comparisonRows(
  db: LongyanDb,
  cityId: number,
  p: string,
  scope: RawBuilder<boolean>,
  f: { unitId?: number; status: 'not_reported' | 'online' | 'unconfirmed'; page: number; pageSize: number },
) {
  const unitFilter = f.unitId ? sql`and tm.unit_id = ${f.unitId}` : sql``;
  const statusFilter =
    f.status === 'not_reported'
      ? sql`r.id is null`
      : f.status === 'online'
        ? sql`r.status = 'online'`
        : sql`(r.id is null or r.status = 'online')`;
  return withHashJoins(db, async (q) => {
    const summary = await sql<any>`
  with ${targetsCte(cityId)}
  select u.id as unit_id, u.name as unit_name, u.org_id,
    count(*)::int as total,
    count(*) filter (where r.id is null)::int as not_reported,
    count(*) filter (where r.status = 'online')::int as online,
    count(*) filter (where r.status = 'online' and r.certificate_no is null)::int as awaiting_certificate,
    count(*) filter (where r.status = 'confirmed')::int as confirmed
  from tm
  join core.unit u on u.city_id = ${cityId} and u.id = tm.unit_id
  join core.org mo on mo.city_id = ${cityId} and mo.id = tm.org_id
  left join ${sql.raw(S)}.report r on r.city_id = ${cityId} and r.member_id = tm.member_id and r.period = ${p}
  where ${scope} ${unitFilter}
  group by u.id, u.name, u.org_id
  order by count(*) filter (where r.id is null or r.status = 'online') desc, u.id
  limit 1000`.execute(q);
    const listSql = sql`
  from tm
  join core.member m on m.city_id = ${cityId} and m.id = tm.member_id
  join core.org mo on mo.city_id = ${cityId} and mo.id = tm.org_id
  left join core.unit u on u.city_id = ${cityId} and u.id = tm.unit_id
  left join ${sql.raw(S)}.report r on r.city_id = ${cityId} and r.member_id = tm.member_id and r.period = ${p}
  left join core.org co on co.city_id = ${cityId} and co.id = coalesce(r.community_org_id, tm.target_org_id)
  where ${scope} ${unitFilter} and ${statusFilter}`;
    const items = await sql<any>`
    with ${targetsCte(cityId)}
    select m.id as member_id, m.name as member_name, u.id as unit_id, u.name as unit_name,
      r.id as report_id, coalesce(r.status, 'not_reported') as status, r.certificate_no, r.reported_at,
      co.id as community_org_id, co.name as community_org_name
    ${listSql}
    order by (r.id is null) desc, u.id, m.id
    limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`.execute(q);
    const total = await sql<any>`with ${targetsCte(cityId)} select count(*)::int as n ${listSql}`.execute(q);
    return { summary, items, total };
  });
}
