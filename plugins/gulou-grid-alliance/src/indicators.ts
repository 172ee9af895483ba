import {
  type IndicatorQuery,
  notApplicable,
  type PluginContext,
  type PluginIndicator,
  rate,
  toLocalDate,
} from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { Config } from './manifest';
import { type HoursGroup, hoursProfile } from './server/stars';
import { GRID_BRANCH_KIND, LEDGER_LABELS, LEDGERS, type Ledger } from './shared/terms';
import type { GulouTables } from './server/db';

const S = 'p_gulou_grid_alliance';
const demand = sql.table(`${S}.demand`);

/** The org subtree's path prefix; '/' for the whole city; an unknown org selects nothing. */
async function prefixOf(ctx: PluginContext<Config, GulouTables>, q: IndicatorQuery) {
  if (!q.orgId) return '/';
  const org = await ctx.db
    .selectFrom('core.org')
    .select('path')
    .where('city_id', '=', q.cityId)
    .where('id', '=', q.orgId)
    .executeTakeFirst();
  return org?.path ?? '/-/';
}
const first = <T>(rows: T[]) => rows[0]!;
/** `alias.path` under the prefix; nothing to test for the whole city. */
const under = (column: string, prefix: string) =>
  prefix === '/' ? sql`true` : sql`${sql.ref(column)} like ${`${prefix}%`}`;

/**
 * 网格党支部覆盖率: grids (in the places the subtree's orgs cover) that have an active grid branch. One pass over the
 * city's grids: the branches are one grouped set joined by place (not an exists per grid: core.org has no
 * (city_id, place_id) index), and a grid is in the subtree when one of its ancestor places (its path's ids, itself
 * included) is the place of an org of the subtree.
 */
async function gridCoverage(ctx: PluginContext<Config, GulouTables>, q: IndicatorQuery) {
  const prefix = await prefixOf(ctx, q);
  const inSubtree = q.orgId
    ? sql`string_to_array(trim(both '/' from g.path), '/')::int[] && array(
        select o.place_id from core.org o
        where o.city_id = ${q.cityId} and o.active and o.place_id is not null and o.path like ${`${prefix}%`})`
    : sql`true`;
  const r = await sql<{ grids: number; covered: number }>`
    select count(*)::int as grids, count(b.place_id)::int as covered
    from core.place g
    left join (
      select distinct place_id from core.org
      where city_id = ${q.cityId} and kind = ${GRID_BRANCH_KIND} and active and place_id is not null
    ) b on b.place_id = g.id
    where g.city_id = ${q.cityId} and g.kind = 'grid' and ${inSubtree}`.execute(ctx.db);
  const x = first(r.rows);
  return rate(x.covered, x.grids);
}

async function demandsClosed(ctx: PluginContext<Config, GulouTables>, q: IndicatorQuery) {
  const prefix = await prefixOf(ctx, q);
  const r = await sql<{ received: number; closed: number }>`
    select count(*)::int as received, count(*) filter (where d.status = 'closed')::int as closed
    from ${demand} d join core.org g on g.city_id = d.city_id and g.id = d.grid_org_id
    where d.city_id = ${q.cityId} and ${under('g.path', prefix)} and d.received_on between ${q.period.from} and ${q.period.to}`.execute(
    ctx.db,
  );
  const x = first(r.rows);
  return rate(x.closed, x.received);
}

/** 限时办结率: 限时件 whose deadline falls in the period and is already due (passed, or the item closed). */
async function onTime(ctx: PluginContext<Config, GulouTables>, q: IndicatorQuery) {
  const prefix = await prefixOf(ctx, q);
  const day = toLocalDate(ctx.clock.now());
  const r = await sql<{ due: number; on_time: number }>`
    select count(*)::int as due, count(*) filter (where d.closed_on <= d.deadline)::int as on_time
    from ${demand} d join core.org g on g.city_id = d.city_id and g.id = d.grid_org_id
    where d.city_id = ${q.cityId} and ${under('g.path', prefix)} and d.ledger = 'time_limited'
      and d.deadline between ${q.period.from} and ${q.period.to} and (d.closed_on is not null or d.deadline < ${day})`.execute(
    ctx.db,
  );
  const x = first(r.rows);
  return rate(x.on_time, x.due);
}

function medianCloseDays(ledger: Ledger): PluginIndicator<Config, GulouTables> {
  const label = LEDGER_LABELS[ledger];
  return {
    id: `gulou_median_close_days_${ledger}`,
    meta: {
      names: { 'zh-CN': `${label['zh-CN']}办结用时中位数`, en: `Median days to close: ${label.en}` },
      definition: {
        'zh-CN': `期内销号的${label['zh-CN']}从登记到销号的天数中位数`,
        en: `Median days from receipt to closure of ${label.en.toLowerCase()} items closed in the period`,
      },
      unit: 'days',
      direction: 'lower_is_better',
      period: 'any',
    },
    async compute(ctx, q) {
      const prefix = await prefixOf(ctx, q);
      const r = await sql<{ n: number; median: number | null }>`
        select count(*)::int as n,
          percentile_cont(0.5) within group (order by extract(epoch from (d.closed_at - d.received_at)) / 86400.0)::float8 as median
        from ${demand} d join core.org g on g.city_id = d.city_id and g.id = d.grid_org_id
        where d.city_id = ${q.cityId} and ${under('g.path', prefix)} and d.ledger = ${ledger} and d.status = 'closed'
          and d.closed_on between ${q.period.from} and ${q.period.to}`.execute(ctx.db);
      const x = first(r.rows);
      if (!x.n || x.median == null) return notApplicable('nothing closed in the period');
      return { status: 'ok', value: Math.round(Number(x.median) * 100) / 100, denominator: x.n };
    },
  };
}

/** Needs (of grid branches or units in the subtree) listed in the period and not withdrawn, that were matched. */
async function needsMatched(ctx: PluginContext<Config, GulouTables>, q: IndicatorQuery) {
  const prefix = await prefixOf(ctx, q);
  const r = await sql<{ needs: number; matched: number }>`
    select count(*)::int as needs, count(*) filter (where s.status = 'matched')::int as matched
    from ${sql.table(`${S}.supply_item`)} s
    left join core.org g on g.city_id = s.city_id and g.id = s.grid_org_id
    left join core.unit u on u.city_id = s.city_id and u.id = s.unit_id
    left join core.org uo on uo.city_id = u.city_id and uo.id = u.org_id
    where s.city_id = ${q.cityId} and s.side = 'need' and s.status <> 'withdrawn'
      and s.listed_on between ${q.period.from} and ${q.period.to}
      and (${under('g.path', prefix)} or ${under('uo.path', prefix)})`.execute(ctx.db);
  const x = first(r.rows);
  return rate(x.matched, x.needs);
}

async function projectsCompleted(ctx: PluginContext<Config, GulouTables>, q: IndicatorQuery) {
  const prefix = await prefixOf(ctx, q);
  const r = await sql<{ started: number; completed: number }>`
    select count(*)::int as started, count(*) filter (where p.status = 'completed')::int as completed
    from ${sql.table(`${S}.service_project`)} p
    join core.org g on g.city_id = p.city_id and g.id = p.grid_org_id
    join core.unit u on u.city_id = p.city_id and u.id = p.unit_id
    left join core.org uo on uo.city_id = u.city_id and uo.id = u.org_id
    where p.city_id = ${q.cityId} and p.status <> 'cancelled' and p.created_on between ${q.period.from} and ${q.period.to}
      and (${under('g.path', prefix)} or ${under('uo.path', prefix)})`.execute(ctx.db);
  const x = first(r.rows);
  return rate(x.completed, x.started);
}

/** The in-service members of the subtree grouped by hours and rating (a few hundred rows, not one per member). */
async function inServiceHours(ctx: PluginContext<Config, GulouTables>, q: IndicatorQuery) {
  const config = await ctx.configFor(q.cityId);
  const paths = q.orgId ? [await prefixOf(ctx, q)] : null;
  const groups = await hoursProfile(ctx.db, q.cityId, q.period, paths, config.starLevels);
  const count = (keep: (g: HoursGroup) => boolean) =>
    groups.reduce((n, g) => n + (keep(g) ? g.members : 0), 0);
  return { groups, count, members: count(() => true), config };
}

/** (grid branch, year) pairs of the period's years whose funds reach the floor. */
async function fundsFloorMet(ctx: PluginContext<Config, GulouTables>, q: IndicatorQuery) {
  const prefix = await prefixOf(ctx, q);
  const { fundsFloorYuan } = await ctx.configFor(q.cityId);
  const fromYear = Number(q.period.from.slice(0, 4));
  const toYear = Number(q.period.to.slice(0, 4));
  const r = await sql<{ pairs: number; met: number }>`
    select count(*)::int as pairs, count(*) filter (where t.total >= ${fundsFloorYuan})::int as met
    from (
      select g.id, y.year, coalesce((select sum(fd.amount) from ${sql.table(`${S}.fund`)} fd
                                     where fd.city_id = g.city_id and fd.grid_org_id = g.id and fd.year = y.year), 0) as total
      from core.org g cross join generate_series(${fromYear}::int, ${toYear}::int) as y(year)
      where g.city_id = ${q.cityId} and g.kind = ${GRID_BRANCH_KIND} and g.active and ${under('g.path', prefix)}
    ) t`.execute(ctx.db);
  const x = first(r.rows);
  return rate(x.met, x.pairs);
}

export const indicators: PluginIndicator<Config, GulouTables>[] = [
  { id: 'org_coverage', compute: gridCoverage },
  { id: 'demands_closed_rate', compute: demandsClosed },
  { id: 'on_time_closure_rate', compute: onTime },
  ...LEDGERS.map(medianCloseDays),
  {
    id: 'gulou_needs_matched_rate',
    meta: {
      names: { 'zh-CN': '供需对接率', en: 'Needs matched' },
      definition: {
        'zh-CN': '期内列入供需清单且未撤回的需求中已对接成服务项目的比例',
        en: 'Needs listed in the period (not withdrawn) that were matched with an offer into a service project',
      },
      unit: 'ratio',
      direction: 'higher_is_better',
      period: 'any',
    },
    compute: needsMatched,
  },
  { id: 'projects_completed_rate', compute: projectsCompleted },
  {
    id: 'volunteer_hours_per_member',
    async compute(ctx, q) {
      const { groups, members } = await inServiceHours(ctx, q);
      const hours = Math.round(groups.reduce((s, g) => s + g.hours * g.members, 0) * 10) / 10;
      return rate(hours, members);
    },
  },
  {
    id: 'gulou_star_rated_share',
    meta: {
      names: { 'zh-CN': '微小时星级党员占比', en: 'In-service members with a star' },
      definition: {
        'zh-CN': '期内按经确认时长与评价达到一星及以上的在职党员 ÷ 在职党员',
        en: 'In-service members reaching at least one star from confirmed hours and ratings in the period ÷ in-service members',
      },
      unit: 'ratio',
      direction: 'higher_is_better',
      period: 'any',
    },
    async compute(ctx, q) {
      const { count, members } = await inServiceHours(ctx, q);
      return rate(
        count((g) => g.stars >= 1),
        members,
      );
    },
  },
  {
    id: 'gulou_high_star_share',
    meta: {
      names: { 'zh-CN': '三星及以上党员占比', en: 'In-service members at three stars or more' },
      definition: {
        'zh-CN': '期内达到三星及以上的在职党员 ÷ 在职党员',
        en: 'In-service members at three stars or more in the period ÷ in-service members',
      },
      unit: 'ratio',
      direction: 'higher_is_better',
      period: 'any',
    },
    async compute(ctx, q) {
      const { count, members, config } = await inServiceHours(ctx, q);
      if (!config.starLevels.some((lv) => lv.stars >= 3))
        return notApplicable('no level of three stars configured');
      return rate(
        count((g) => g.stars >= 3),
        members,
      );
    },
  },
  {
    id: 'gulou_funds_floor_met_rate',
    meta: {
      names: { 'zh-CN': '网格党支部经费达标率', en: 'Grid branches meeting the funds floor' },
      definition: {
        'zh-CN':
          '期内各年度专项党建经费不少于保障线（默认 2500 元）的网格党支部 ÷ 网格党支部（按支部·年度计）',
        en: 'Grid branch-years whose party-building funds reach the floor (2,500 yuan by default) ÷ grid branch-years in the period',
      },
      unit: 'ratio',
      direction: 'higher_is_better',
      period: 'year',
    },
    compute: fundsFloorMet,
  },
];
