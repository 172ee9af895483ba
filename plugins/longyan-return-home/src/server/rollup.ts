import type { Period } from '@jiceng/plugin-kit';
import { num } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import { communityKindsSql, S } from './common';
import type { LongyanDb } from './db';

/**
 * Bulk rollups for indicators and the dashboard: one pass over the city's in-service members, grouped by the
 * community each belongs to (where they reported in the period, else where the 报到原则 sends them).
 *
 * A member belongs to an org subtree when their organization relation (the unit side) or their community lies in it:
 * a community sees the members reporting to it, a unit org sees its own members, the city sees everyone once.
 */

const schema = sql.raw(S);

/** CTEs `cpo` (community place → its org), `pc` (place → community org) and `tm` (in-service members with their rule target). */
export function targetsCte(cityId: number) {
  // A place's community is the community-kind place among its ancestors: read from the materialized path
  // ('/street/community/compound/') with an equality join, not a LIKE join of every place against every community.
  return sql`
    cpo as (
      select distinct on (place_id) place_id, id as org_id
      from core.org
      where city_id = ${cityId} and kind in (${communityKindsSql}) and active and place_id is not null
      order by place_id, id
    ),
    pc as (
      -- unnest in the select list (a ProjectSet, not a lateral join) so this stays a hash join with nested loops off
      select distinct on (x.place_id) x.place_id, cpo.org_id
      from (
        select p.id as place_id, unnest(string_to_array(trim(both '/' from p.path), '/'))::int as ancestor_id
        from core.place p where p.city_id = ${cityId}
      ) x
      join core.place c on c.city_id = ${cityId} and c.id = x.ancestor_id and c.kind = 'community'
      left join cpo on cpo.place_id = c.id
      order by x.place_id, c.depth desc
    ),
    cb as (
      select l.from_org_id, min(l.to_org_id) as org_id
      from core.org_link l
      join core.org o on o.city_id = l.city_id and o.id = l.to_org_id and o.kind in (${communityKindsSql}) and o.active
      where l.city_id = ${cityId} and l.kind = 'co_building' and l.until is null
      group by l.from_org_id
    ),
    tm as (
      select m.id as member_id, m.org_id, m.unit_id,
        case when pc.place_id is not null then pc.org_id else cb.org_id end as target_org_id
      from core.member m
      left join pc on pc.place_id = m.residence_place_id
      left join core.unit u on u.city_id = m.city_id and u.id = m.unit_id
      left join cb on cb.from_org_id = coalesce(u.org_id, m.org_id)
      where m.city_id = ${cityId} and m.category = 'in_service' and m.active
    )`;
}

/**
 * Runs whole-city aggregate queries with nested-loop joins off. Without table statistics (PGlite never runs
 * autovacuum, and a freshly imported city has none) the planner estimates one row per table and nests loops over
 * tens of thousands of members — minutes instead of a second. Hash joins are right for these scans whatever the
 * estimates. Inside an outer transaction the setting would leak into it, so there the query simply runs.
 */
export async function withHashJoins<T>(db: LongyanDb, fn: (db: LongyanDb) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(async (trx) => {
    await sql`set local enable_nestloop = off`.execute(trx);
    // With nested loops priced out, plan costs pass PostgreSQL's JIT thresholds and compiling would cost more than the scan.
    await sql`set local jit = off`.execute(trx);
    return fn(trx);
  });
}

const years = (period: Period) => [period.from.slice(0, 4), period.to.slice(0, 4)] as const;

export interface MemberStatsRow {
  communityOrgId: number | null;
  members: number;
  reported: number;
  confirmed: number;
  served: number;
  hours: number;
  claims: number;
}

/** In-service members of the subtree, grouped by community: reported, confirmed, served (reported + ≥1 confirmed record). */
export async function memberStats(
  db: LongyanDb,
  cityId: number,
  period: Period,
  prefix: string,
): Promise<MemberStatsRow[]> {
  const [y1, y2] = years(period);
  const like = `${prefix}%`;
  const whole = prefix === '/';
  // One period year (the usual case): (member, period) is unique, so no per-member pick of the latest report.
  const reports =
    y1 === y2
      ? sql`select member_id, community_org_id, status, confirmed_at from ${schema}.report
            where city_id = ${cityId} and period = ${y1} and reported_at < ${period.to}::date + 1`
      : sql`select distinct on (member_id) member_id, community_org_id, status, confirmed_at from ${schema}.report
            where city_id = ${cityId} and period between ${y1} and ${y2} and reported_at < ${period.to}::date + 1
            order by member_id, period desc`;
  const rows = await withHashJoins(db, (q) =>
    sql<any>`
    with ${targetsCte(cityId)},
    r as (${reports}),
    s as (
      select member_id, sum(hours) as hours from ${schema}.service_record
      where city_id = ${cityId} and status = 'confirmed' and served_on between ${period.from} and ${period.to}
      group by member_id
    ),
    k as (
      select member_id, count(*) as n from ${schema}.claim
      where city_id = ${cityId} and claimed_at >= ${period.from}::date and claimed_at < ${period.to}::date + 1
      group by member_id
    ),
    x as (
      select coalesce(r.community_org_id, tm.target_org_id) as community_org_id,
        r.member_id is not null as reported,
        coalesce(r.status = 'confirmed' and r.confirmed_at < ${period.to}::date + 1, false) as confirmed,
        s.member_id is not null as served,
        coalesce(s.hours, 0) as hours,
        coalesce(k.n, 0) as claims
      from tm
      left join r on r.member_id = tm.member_id
      left join s on s.member_id = tm.member_id
      left join k on k.member_id = tm.member_id
      ${
        whole
          ? sql``
          : sql`join core.org mo on mo.city_id = ${cityId} and mo.id = tm.org_id
                left join core.org co on co.city_id = ${cityId} and co.id = coalesce(r.community_org_id, tm.target_org_id)
                where mo.path like ${like} or co.path like ${like}`
      }
    )
    select community_org_id,
      count(*)::int as members,
      count(*) filter (where reported)::int as reported,
      count(*) filter (where confirmed)::int as confirmed,
      count(*) filter (where reported and served)::int as served,
      coalesce(sum(hours), 0)::float8 as hours,
      coalesce(sum(claims), 0)::int as claims
    from x group by community_org_id`.execute(q),
  );
  return rows.rows.map((r) => ({
    communityOrgId: r.community_org_id == null ? null : Number(r.community_org_id),
    members: num(r.members),
    reported: num(r.reported),
    confirmed: num(r.confirmed),
    served: num(r.served),
    hours: num(r.hours),
    claims: num(r.claims),
  }));
}

export interface CoverageRow {
  communityOrgId: number;
  compounds: number;
  covered: number;
  red: number;
}

/** Compounds of the subtree per community: how many have a compound party org, how many a red owners' committee, by period end. */
export async function coverageStats(
  db: LongyanDb,
  cityId: number,
  period: Period,
  prefix: string,
): Promise<CoverageRow[]> {
  const like = `${prefix}%`;
  const rows = await sql<any>`
    select co.id as community_org_id,
      count(*)::int as compounds,
      count(*) filter (where o.org_id is not null and o.formed_on <= ${period.to})::int as covered,
      count(rc.id) filter (where rc.formed_on <= ${period.to})::int as red
    from core.place cp
    join core.org co on co.city_id = cp.city_id and co.place_id = cp.parent_id and co.kind in (${communityKindsSql})
    left join ${schema}.compound_coverage cv on cv.city_id = cp.city_id and cv.compound_place_id = cp.id
    left join ${schema}.compound_org o on o.city_id = cv.city_id and o.org_id = cv.org_id
    left join core.org oo on oo.city_id = o.city_id and oo.id = o.org_id
    left join ${schema}.red_committee rc on rc.city_id = cp.city_id and rc.compound_place_id = cp.id
    where cp.city_id = ${cityId} and cp.kind = 'compound' and (co.path like ${like} or oo.path like ${like})
    group by co.id`.execute(db);
  return rows.rows.map((r) => ({
    communityOrgId: Number(r.community_org_id),
    compounds: num(r.compounds),
    covered: num(r.covered),
    red: num(r.red),
  }));
}

export interface WishRow {
  communityOrgId: number;
  collected: number;
  claimed: number;
  fulfilled: number;
}

/** Wishes collected in the period per community, and how many of them were claimed / fulfilled by its end. */
export async function wishStats(
  db: LongyanDb,
  cityId: number,
  period: Period,
  prefix: string,
): Promise<WishRow[]> {
  const rows = await sql<any>`
    select w.community_org_id,
      count(*)::int as collected,
      count(k.id) filter (where k.claimed_at < ${period.to}::date + 1)::int as claimed,
      count(*) filter (where w.fulfilled_on <= ${period.to})::int as fulfilled
    from ${schema}.wish w
    join core.org co on co.city_id = w.city_id and co.id = w.community_org_id
    left join ${schema}.claim k on k.city_id = w.city_id and k.wish_id = w.id
    where w.city_id = ${cityId} and w.collected_on between ${period.from} and ${period.to} and co.path like ${`${prefix}%`}
    group by w.community_org_id`.execute(db);
  return rows.rows.map((r) => ({
    communityOrgId: Number(r.community_org_id),
    collected: num(r.collected),
    claimed: num(r.claimed),
    fulfilled: num(r.fulfilled),
  }));
}

/** Co-building projects started in the period on pairs touching the subtree, and how many of those were completed by its end. */
export async function projectStats(db: LongyanDb, cityId: number, period: Period, prefix: string) {
  const like = `${prefix}%`;
  const r = await sql<any>`
    select count(*)::int as started, count(*) filter (where p.completed_on <= ${period.to})::int as completed
    from ${schema}.co_building_project p
    join core.org_link l on l.city_id = p.city_id and l.id = p.link_id
    join core.org fo on fo.city_id = l.city_id and fo.id = l.from_org_id
    join core.org tg on tg.city_id = l.city_id and tg.id = l.to_org_id
    where p.city_id = ${cityId} and p.started_on between ${period.from} and ${period.to}
      and (fo.path like ${like} or tg.path like ${like})`.execute(db);
  return { started: num(r.rows[0]?.started), completed: num(r.rows[0]?.completed) };
}

export function sumRows<T extends Record<string, any>>(rows: T[], keys: (keyof T)[]) {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<keyof T, number>;
  for (const r of rows) for (const k of keys) out[k] += Number(r[k]) || 0;
  return out;
}

/** Months of the period, 'YYYY-MM', oldest first (at most 24). */
export function monthsOf(period: Period): string[] {
  const out: string[] = [];
  let y = Number(period.from.slice(0, 4));
  let m = Number(period.from.slice(5, 7));
  const endY = Number(period.to.slice(0, 4));
  const endM = Number(period.to.slice(5, 7));
  while ((y < endY || (y === endY && m <= endM)) && out.length < 24) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** Per month of the period: online reports, confirmations, confirmed services, wishes fulfilled (subtree by community or member org). */
export async function monthlyTrend(db: LongyanDb, cityId: number, period: Period, prefix: string) {
  const like = `${prefix}%`;
  const whole = prefix === '/';
  // Under a subtree a row counts when its community or its member's organization relation lies in it.
  const byMember = (alias: string) =>
    whole
      ? sql``
      : sql`join core.org co on co.city_id = ${sql.ref(`${alias}.city_id`)} and co.id = ${sql.ref(`${alias}.community_org_id`)}
            join core.member m on m.city_id = ${sql.ref(`${alias}.city_id`)} and m.id = ${sql.ref(`${alias}.member_id`)}
            join core.org mo on mo.city_id = m.city_id and mo.id = m.org_id`;
  const underMember = whole ? sql`` : sql`and (co.path like ${like} or mo.path like ${like})`;
  const rows = await sql<any>`
    select 'reported' as series, to_char(r.reported_at, 'YYYY-MM') as month, count(*)::int as n
    from ${schema}.report r ${byMember('r')}
    where r.city_id = ${cityId} and r.reported_at >= ${period.from}::date and r.reported_at < ${period.to}::date + 1 ${underMember}
    group by 2
    union all
    select 'confirmed', to_char(r.confirmed_at, 'YYYY-MM'), count(*)::int
    from ${schema}.report r ${byMember('r')}
    where r.city_id = ${cityId} and r.confirmed_at >= ${period.from}::date and r.confirmed_at < ${period.to}::date + 1 ${underMember}
    group by 2
    union all
    select 'served', to_char(s.served_on, 'YYYY-MM'), count(*)::int
    from ${schema}.service_record s ${byMember('s')}
    where s.city_id = ${cityId} and s.status = 'confirmed' and s.served_on between ${period.from} and ${period.to} ${underMember}
    group by 2
    union all
    select 'fulfilled', to_char(w.fulfilled_on, 'YYYY-MM'), count(*)::int
    from ${schema}.wish w
    ${whole ? sql`` : sql`join core.org co on co.city_id = w.city_id and co.id = w.community_org_id`}
    where w.city_id = ${cityId} and w.fulfilled_on between ${period.from} and ${period.to} ${whole ? sql`` : sql`and co.path like ${like}`}
    group by 2`.execute(db);
  const months = monthsOf(period);
  const series: Record<string, number[]> = { reported: [], confirmed: [], served: [], fulfilled: [] };
  for (const key of Object.keys(series)) series[key] = months.map(() => 0);
  for (const r of rows.rows) {
    const i = months.indexOf(r.month);
    if (i >= 0 && series[r.series]) series[r.series]![i] = num(r.n);
  }
  return { months, series };
}
