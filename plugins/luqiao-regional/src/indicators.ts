import {
  type IndicatorValue,
  notApplicable,
  type Period,
  type PluginIndicator,
  rate,
  toLocalDate,
} from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { Config } from './manifest';
import { scoreboard } from './server/council/queries';
import type { LuqiaoDb } from './server/db';

const S = 'p_luqiao_regional';

async function prefixOf(db: LuqiaoDb, cityId: number, orgId?: number): Promise<string | null> {
  if (!orgId) return '/';
  const org = await db
    .selectFrom('core.org')
    .select('path')
    .where('city_id', '=', cityId)
    .where('id', '=', orgId)
    .executeTakeFirst();
  return org?.path ?? null;
}

/** Regions whose regional org lies in the subtree (an org inside a region rolls up nothing: not applicable). */
const regionsIn = (cityId: number, prefix: string) => sql`
  select r.id from ${sql.table(`${S}.region`)} r
  join core.org ro on ro.city_id = r.city_id and ro.id = r.regional_org_id
  where r.city_id = ${cityId} and ro.path like ${`${prefix}%`}`;

/**
 * Share of region members registered, at the end of the period: members with a registration open on `to`
 * ÷ members working in the regions' units (joined by `to`) together with everyone registered there.
 */
export async function registrationRate(
  db: LuqiaoDb,
  cityId: number,
  prefix: string,
  period: Period,
): Promise<IndicatorValue> {
  const r = await sql<{ num: number; den: number }>`
    with regions as (${regionsIn(cityId, prefix)}),
    registered as (
      select g.member_id from ${sql.table(`${S}.registration`)} g
      where g.city_id = ${cityId} and g.region_id in (select id from regions)
        and g.registered_on <= ${period.to}::date and (g.ended_on is null or g.ended_on > ${period.to}::date)),
    working as (
      select m.id as member_id from ${sql.table(`${S}.region_unit`)} ru
      join core.member m on m.city_id = ru.city_id and m.unit_id = ru.unit_id and m.active
      where ru.city_id = ${cityId} and ru.region_id in (select id from regions) and ru.joined_on <= ${period.to}::date)
    select (select count(distinct member_id) from registered)::int as num,
           (select count(*) from (select member_id from working union select member_id from registered) x)::int as den`.execute(
    db,
  );
  return rate(r.rows[0]!.num, r.rows[0]!.den);
}

/** Share of the regions' units covered by a party org: their own, or the service centre's org (by the period's end). */
export async function unitCoverage(
  db: LuqiaoDb,
  cityId: number,
  prefix: string,
  period: Period,
): Promise<IndicatorValue> {
  const r = await sql<{ num: number; den: number }>`
    select count(*) filter (where u.org_id is not null or (ru.centre_covered_since is not null and ru.centre_covered_since <= ${period.to}::date))::int as num,
           count(*)::int as den
    from ${sql.table(`${S}.region_unit`)} ru
    join core.unit u on u.city_id = ru.city_id and u.id = ru.unit_id
    where ru.city_id = ${cityId} and ru.joined_on <= ${period.to}::date
      and ru.region_id in (${regionsIn(cityId, prefix)})`.execute(db);
  return rate(r.rows[0]!.num, r.rows[0]!.den);
}

/**
 * 限时办结率 of the service centres run by orgs in the subtree: time-limited requests due in the period that
 * are already due (deadline before today) or done ÷ those closed by their deadline.
 */
export async function onTimeClosure(
  db: LuqiaoDb,
  cityId: number,
  prefix: string,
  period: Period,
  today: string,
): Promise<IndicatorValue> {
  const r = await sql<{ num: number; den: number }>`
    select count(*) filter (where v.completed_on is not null and v.completed_on <= v.due_on)::int as num,
           count(*)::int as den
    from ${sql.table(`${S}.visit`)} v
    join ${sql.table(`${S}.centre`)} ce on ce.city_id = v.city_id and ce.id = v.centre_id
    join core.org o on o.city_id = ce.city_id and o.id = ce.owner_org_id
    where v.city_id = ${cityId} and o.path like ${`${prefix}%`} and v.time_limited
      and v.due_on between ${period.from}::date and ${period.to}::date
      and (v.completed_on is not null or v.due_on < ${today}::date)`.execute(db);
  return rate(r.rows[0]!.num, r.rows[0]!.den);
}

/** Council projects started in the period ÷ those of them completed by the period's end. */
export async function projectsCompleted(
  db: LuqiaoDb,
  cityId: number,
  prefix: string,
  period: Period,
): Promise<IndicatorValue> {
  const r = await sql<{ num: number; den: number }>`
    select count(*) filter (where p.status = 'completed' and p.completed_on <= ${period.to}::date)::int as num,
           count(*)::int as den
    from ${sql.table(`${S}.council_project`)} p
    join ${sql.table(`${S}.council`)} k on k.city_id = p.city_id and k.id = p.council_id
    where p.city_id = ${cityId} and p.starts_on between ${period.from}::date and ${period.to}::date
      and k.region_id in (${regionsIn(cityId, prefix)})`.execute(db);
  return rate(r.rows[0]!.num, r.rows[0]!.den);
}

/** Member units on the councils during the period that were active (see scoreboard) ÷ member units on them. */
export async function unitsActive(
  db: LuqiaoDb,
  cityId: number,
  prefix: string,
  period: Period,
  threshold: number,
): Promise<IndicatorValue> {
  const councils = await sql<{ id: number }>`
    select k.id from ${sql.table(`${S}.council`)} k where k.city_id = ${cityId} and k.region_id in (${regionsIn(cityId, prefix)})`.execute(
    db,
  );
  let num = 0;
  let den = 0;
  for (const k of councils.rows) {
    const rows = await scoreboard(db, cityId, k.id, period.from, period.to, threshold);
    den += rows.length;
    num += rows.filter((r) => r.active).length;
  }
  return rate(num, den);
}

async function withPrefix(
  ctx: { db: LuqiaoDb },
  q: { cityId: number; orgId?: number },
  f: (prefix: string) => Promise<IndicatorValue>,
): Promise<IndicatorValue> {
  const prefix = await prefixOf(ctx.db, q.cityId, q.orgId);
  if (!prefix) return notApplicable('unknown org');
  return f(prefix);
}

export const indicators: PluginIndicator<Config>[] = [
  {
    id: 'luqiao_registration_rate',
    meta: {
      names: { 'zh-CN': '区域党员登记率', en: 'Region members registered' },
      definition: {
        'zh-CN': '期末在区域党组织登记的党员 ÷ 在区域内单位工作的党员(含已登记的流动党员)',
        en: 'Members registered with the regional org at the period’s end ÷ members working in the region’s units (plus registered flowing members)',
      },
      unit: 'ratio',
      direction: 'higher_is_better',
      period: 'any',
    },
    compute: (ctx, q) => withPrefix(ctx, q, (p) => registrationRate(ctx.db, q.cityId, p, q.period)),
  },
  {
    id: 'luqiao_unit_coverage',
    meta: {
      names: { 'zh-CN': '区域单位党建覆盖率', en: 'Region units covered' },
      definition: {
        'zh-CN': '建有党组织或由党员服务中心党组织覆盖的区域内单位 ÷ 区域内单位',
        en: 'Units in the regions with their own party org or covered by the service centre’s org ÷ units in the regions',
      },
      unit: 'ratio',
      direction: 'higher_is_better',
      period: 'any',
    },
    compute: (ctx, q) => withPrefix(ctx, q, (p) => unitCoverage(ctx.db, q.cityId, p, q.period)),
  },
  {
    id: 'on_time_closure_rate',
    compute: (ctx, q) =>
      withPrefix(ctx, q, (p) => onTimeClosure(ctx.db, q.cityId, p, q.period, toLocalDate(ctx.clock.now()))),
  },
  {
    id: 'projects_completed_rate',
    compute: (ctx, q) => withPrefix(ctx, q, (p) => projectsCompleted(ctx.db, q.cityId, p, q.period)),
  },
  {
    id: 'luqiao_council_units_active',
    meta: {
      names: { 'zh-CN': '理事单位活跃率', en: 'Council member units active' },
      definition: {
        'zh-CN': '期内申报或牵头共建项目、或理事会考核平均分达标的理事单位 ÷ 期内在册理事单位',
        en: 'Member units that declared or led a project in the period, or whose average council review score met the threshold ÷ member units on the councils in the period',
      },
      unit: 'ratio',
      direction: 'higher_is_better',
      period: 'any',
    },
    compute: async (ctx, q) => {
      const config = await ctx.configFor(q.cityId);
      return withPrefix(ctx, q, (p) =>
        unitsActive(ctx.db, q.cityId, p, q.period, config.activeScoreThreshold),
      );
    },
  },
];
