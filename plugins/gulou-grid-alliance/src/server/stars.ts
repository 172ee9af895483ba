import { sql } from 'kysely';
import type { StarLevel } from '../manifest';
import { S } from './util';
import type { GulouDb } from './db';

/**
 * The highest configured level whose hours and hours-weighted average rating are both met; 0 when none.
 * A member with no confirmed hours has no rating and no stars.
 */
export function starLevel(hours: number, averageRating: number | null, levels: StarLevel[]): number {
  let stars = 0;
  for (const lv of levels)
    if (hours >= lv.minHours && hours > 0 && (averageRating ?? 0) >= lv.minAverageRating)
      stars = Math.max(stars, lv.stars);
  return stars;
}

/**
 * Members "of" some org subtrees: their organization relation (组织关系) or a current activity affiliation
 * (e.g. their grid) lies under one of `paths`; null = the whole city. Expects the member alias `m`.
 */
export function memberInPaths(paths: string[] | null) {
  if (paths === null) return sql<boolean>`true`;
  if (!paths.length) return sql<boolean>`false`;
  const under = (col: string) =>
    sql.join(
      paths.map((p) => sql`${sql.ref(col)} like ${`${p}%`}`),
      sql` or `,
    );
  return sql<boolean>`(exists (select 1 from core.org mo where mo.city_id = m.city_id and mo.id = m.org_id and (${under('mo.path')}))
    or exists (select 1 from core.member_affiliation ma join core.org ao on ao.city_id = ma.city_id and ao.id = ma.org_id
               where ma.city_id = m.city_id and ma.member_id = m.id and ma.until is null and (${under('ao.path')})))`;
}

export interface MemberHours {
  memberId: number;
  name: string;
  category: string;
  hours: number;
  averageRating: number | null;
  entries: number;
  stars: number;
}

/**
 * Confirmed hours and hours-weighted rating per member in a period, for the members selected by `paths`.
 * Two plain queries joined here: the aggregate never runs once per member, whatever the planner's statistics.
 */
export async function hoursByMember(
  db: GulouDb,
  cityId: number,
  period: { from: string; to: string },
  paths: string[] | null,
  levels: StarLevel[],
  options: { inServiceOnly?: boolean; includeZero?: boolean; memberId?: number } = {},
): Promise<MemberHours[]> {
  const [agg, people] = await Promise.all([
    sql<{ member_id: number; hours: number; weighted: number; entries: number }>`
      select v.member_id, sum(v.hours)::float8 as hours, sum(v.hours * v.rating)::float8 as weighted, count(*)::int as entries
      from ${sql.table(`${S}.volunteer_log`)} v
      where v.city_id = ${cityId} and v.status = 'confirmed' and v.served_on between ${period.from} and ${period.to}
        ${options.memberId ? sql`and v.member_id = ${options.memberId}` : sql``}
      group by v.member_id`.execute(db),
    sql<{ id: number; name: string; category: string }>`
      select m.id, m.name, m.category from core.member m
      where m.city_id = ${cityId} and m.active
        ${options.inServiceOnly ? sql`and m.category = 'in_service'` : sql``}
        ${options.memberId ? sql`and m.id = ${options.memberId}` : sql``}
        and ${memberInPaths(paths)}`.execute(db),
  ]);
  const byMember = new Map(agg.rows.map((a) => [a.member_id, a]));
  return people.rows
    .filter((p) => options.includeZero || byMember.has(p.id))
    .map((p) => {
      const a = byMember.get(p.id);
      const hours = Number(a?.hours ?? 0);
      const averageRating = hours > 0 && a ? Math.round((Number(a.weighted) / hours) * 100) / 100 : null;
      return {
        memberId: p.id,
        name: p.name,
        category: p.category,
        hours,
        averageRating,
        entries: a?.entries ?? 0,
        stars: starLevel(hours, averageRating, levels),
      };
    });
}

/** In-service members sharing one (confirmed hours, average rating) pair, with their stars. */
export interface HoursGroup {
  hours: number;
  averageRating: number | null;
  stars: number;
  members: number;
}

/**
 * The active in-service members selected by `paths`, grouped by their confirmed hours in the period and their
 * hours-weighted rating: the indicators need only counts and sums, so the database ships a few hundred groups instead
 * of a row per member. Each group's numbers are the same float8 sums hoursByMember reads, rounded and starred the
 * same way here, so the figures are identical.
 */
export async function hoursProfile(
  db: GulouDb,
  cityId: number,
  period: { from: string; to: string },
  paths: string[] | null,
  levels: StarLevel[],
): Promise<HoursGroup[]> {
  const r = await sql<{ hours: number | null; weighted: number | null; members: number }>`
    select h.hours, h.weighted, count(*)::int as members
    from core.member m
    left join (
      select v.member_id, sum(v.hours)::float8 as hours, sum(v.hours * v.rating)::float8 as weighted
      from ${sql.table(`${S}.volunteer_log`)} v
      where v.city_id = ${cityId} and v.status = 'confirmed' and v.served_on between ${period.from} and ${period.to}
      group by v.member_id
    ) h on h.member_id = m.id
    where m.city_id = ${cityId} and m.active and m.category = 'in_service' and ${memberInPaths(paths)}
    group by h.hours, h.weighted`.execute(db);
  return r.rows.map((g) => {
    const hours = Number(g.hours ?? 0);
    const averageRating =
      hours > 0 && g.weighted != null ? Math.round((Number(g.weighted) / hours) * 100) / 100 : null;
    return { hours, averageRating, stars: starLevel(hours, averageRating, levels), members: g.members };
  });
}

export function starDistribution(rows: MemberHours[]) {
  return [0, 1, 2, 3, 4, 5].map((stars) => ({
    stars,
    members: rows.filter((r) => r.stars === stars).length,
  }));
}
