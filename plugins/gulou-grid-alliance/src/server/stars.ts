import { type Kysely, sql } from 'kysely';
import type { StarLevel } from '../manifest';
import { S } from './util';

/**
 * The highest configured level whose hours and hours-weighted average rating are both met; 0 when none.
 * A member with no confirmed hours has no rating and no stars.
 */
export function starLevel(hours: number, averageRating: number | null, levels: StarLevel[]): number {
  let stars = 0;
  for (const lv of levels) if (hours >= lv.minHours && hours > 0 && (averageRating ?? 0) >= lv.minAverageRating) stars = Math.max(stars, lv.stars);
  return stars;
}

/**
 * Members "of" some org subtrees: their organization relation (组织关系) or a current activity affiliation
 * (e.g. their grid) lies under one of `paths`; null = the whole city. Expects the member alias `m`.
 */
export function memberInPaths(paths: string[] | null) {
  if (paths === null) return sql<boolean>`true`;
  if (!paths.length) return sql<boolean>`false`;
  const under = (col: string) => sql.join(paths.map((p) => sql`${sql.ref(col)} like ${`${p}%`}`), sql` or `);
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

/** Confirmed hours and hours-weighted rating per member in a period, for the members selected by `paths`. */
export async function hoursByMember(
  db: Kysely<any>,
  cityId: number,
  period: { from: string; to: string },
  paths: string[] | null,
  levels: StarLevel[],
  options: { inServiceOnly?: boolean; includeZero?: boolean; memberId?: number } = {},
): Promise<MemberHours[]> {
  const r = await sql<{ id: number; name: string; category: string; hours: number | null; weighted: number | null; entries: number }>`
    select m.id, m.name, m.category, h.hours, h.weighted, coalesce(h.entries, 0)::int as entries
    from core.member m
    ${options.includeZero ? sql`left join` : sql`join`} (
      select v.member_id, sum(v.hours)::float8 as hours, sum(v.hours * v.rating)::float8 as weighted, count(*)::int as entries
      from ${sql.table(`${S}.volunteer_log`)} v
      where v.city_id = ${cityId} and v.status = 'confirmed' and v.served_on between ${period.from} and ${period.to}
      group by v.member_id
    ) h on h.member_id = m.id
    where m.city_id = ${cityId} and m.active
      ${options.inServiceOnly ? sql`and m.category = 'in_service'` : sql``}
      ${options.memberId ? sql`and m.id = ${options.memberId}` : sql``}
      and ${memberInPaths(paths)}`.execute(db);
  return r.rows.map((x) => {
    const hours = Number(x.hours ?? 0);
    const averageRating = hours > 0 && x.weighted != null ? Math.round((Number(x.weighted) / hours) * 100) / 100 : null;
    return { memberId: x.id, name: x.name, category: x.category, hours, averageRating, entries: x.entries, stars: starLevel(hours, averageRating, levels) };
  });
}

export function starDistribution(rows: MemberHours[]) {
  return [0, 1, 2, 3, 4, 5].map((stars) => ({ stars, members: rows.filter((r) => r.stars === stars).length }));
}
