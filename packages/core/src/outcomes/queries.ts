import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { CoreDatabase } from '../db/schema';
import { pluginSchemaName } from '../migrate';
import { type OutcomeFact, outcomeView } from './contract';

/**
 * SQL for the shared indicators. Every query reads the UNION ALL of the city's plugin views for one fact, each
 * branch filtered by city_id first (so no query reads another city's rows), and groups by scope: the whole city
 * and/or org subtrees, so a drill-down level is one pass too, not one query per child or per indicator.
 */

/** A scope: the whole city (path null) or the subtree of an org (its materialized path '/1/5/'). */
export interface Scope {
  /** 0 for the whole city, else the org id. */
  id: number;
  path: string | null;
}

export interface PeriodRange {
  from: string;
  to: string;
}

/** Column lists per fact, with explicit casts, so a union over several models has one row type. */
const COLUMNS: Record<OutcomeFact, string> = {
  engagement:
    'member_id::int as member_id, org_id::int as org_id, effective_on::date as effective_on, confirmed::boolean as confirmed',
  service:
    'member_id::int as member_id, org_id::int as org_id, served_on::date as served_on, hours::numeric as hours, confirmed::boolean as confirmed',
  request:
    'org_id::int as org_id, received_on::date as received_on, due_on::date as due_on, closed_on::date as closed_on',
  project: 'org_id::int as org_id, started_on::date as started_on, completed_on::date as completed_on',
  coverage:
    'org_id::int as org_id, unit_kind::text as unit_kind, unit_key::text as unit_key, covered_since::date as covered_since',
};
/** An empty relation of the fact's row type, for a fact no enabled model provides. */
const EMPTY: Record<OutcomeFact, string> = {
  engagement:
    'select null::int as member_id, null::int as org_id, null::date as effective_on, null::boolean as confirmed where false',
  service:
    'select null::int as member_id, null::int as org_id, null::date as served_on, null::numeric as hours, null::boolean as confirmed where false',
  request:
    'select null::int as org_id, null::date as received_on, null::date as due_on, null::date as closed_on where false',
  project: 'select null::int as org_id, null::date as started_on, null::date as completed_on where false',
  coverage:
    'select null::int as org_id, null::text as unit_kind, null::text as unit_key, null::date as covered_since where false',
};

/** The fact's rows of one city from every given plugin's view (plugin ids come from the registry, never input). */
export function factRows(
  fact: OutcomeFact,
  pluginIds: readonly string[],
  cityId: number,
): RawBuilder<unknown> {
  if (!pluginIds.length) return sql.raw(EMPTY[fact]);
  return sql.join(
    pluginIds.map(
      (id) =>
        sql`select ${sql.raw(COLUMNS[fact])} from ${sql.table(`${pluginSchemaName(id)}.${outcomeView(fact)}`)} where city_id = ${cityId}`,
    ),
    sql` union all `,
  );
}

function scopeValues(scopes: readonly Scope[]) {
  return sql.join(scopes.map((s) => sql`(${s.id}::int, ${s.path}::text)`));
}
/**
 * Joins each row to the scopes it counts in, by equality (a hash join, not a LIKE per row and scope): the whole city
 * (0) and, for each depth the org scopes have, the row's org ancestor at that depth, read from its path ('/1/5/9/':
 * depth 0 → 1, depth 1 → 5). A fixed-size VALUES list, so the planner's row estimates stay true.
 */
function scopesOf(scopes: readonly Scope[], path: string, options: { city?: boolean } = {}) {
  const depths = [
    ...new Set(scopes.filter((s) => s.path).map((s) => s.path!.split('/').filter(Boolean).length - 1)),
  ];
  const city = options.city !== false && scopes.some((s) => !s.path);
  // The whole city alone (the compare page's column): no join at all.
  if (city && !depths.length) return sql.raw('cross join (select 0 as id) s');
  const keys = [
    ...(city ? ['(0)'] : []),
    ...depths.map((d) => `(nullif(split_part(${path}, '/', ${d + 2}), '')::int)`),
  ];
  if (!keys.length) return sql.raw('cross join (select 0 as id) s where false');
  return sql.raw(
    `cross join lateral (values ${keys.join(', ')}) anc(scope_id) join scope s on s.id = anc.scope_id`,
  );
}

export interface MemberAggregate {
  scopeId: number;
  members: number;
  engaged: number;
  served: number;
  hours: number;
  hourRows: number;
  serviceRows: number;
}

/**
 * Engagement and service in one pass: in-service members in each scope (their org relation in the subtree, or an
 * engagement effective by the period's end with its org in the subtree), how many are engaged (confirmed), how many
 * engaged ones served (confirmed, in the period), and their confirmed hours.
 */
export async function memberAggregates(
  db: Kysely<CoreDatabase>,
  cityId: number,
  views: { engagement: readonly string[]; service: readonly string[] },
  period: PeriodRange,
  scopes: readonly Scope[],
): Promise<MemberAggregate[]> {
  // With org scopes a member may count in one through its own org and again through an engagement's org: `union`
  // removes the pair twice. The whole city alone has no second branch (where false) and one row per member, so
  // `union all`: at 375,000 members the dedupe was a sort spilling to disk for nothing.
  const orgScopes = scopes.some((s) => s.path);
  const r = await sql<{
    scope_id: number;
    members: number;
    engaged: number;
    served: number;
    hours: string | number;
    hour_rows: number;
    service_rows: number;
  }>`
    with scope(id, path) as (values ${scopeValues(scopes)}),
    eng as (
      select e.member_id, e.confirmed, o.path
      from (${factRows('engagement', views.engagement, cityId)}) e
      left join core.org o on o.city_id = ${cityId} and o.id = e.org_id
      where e.effective_on <= ${period.to}::date
    ),
    svc as (
      select s.member_id, sum(s.hours) as hours, count(s.hours) as hour_rows, count(*) as service_rows
      from (${factRows('service', views.service, cityId)}) s
      where s.served_on >= ${period.from}::date and s.served_on <= ${period.to}::date and s.confirmed
      group by s.member_id
    ),
    mem as (
      select m.id, o.path
      from core.member m left join core.org o on o.city_id = m.city_id and o.id = m.org_id
      where m.city_id = ${cityId} and m.category = 'in_service' and m.active
    ),
    engaged as (select member_id from eng where confirmed group by member_id),
    ms as (
      select s.id as scope_id, m.id as member_id from mem m ${scopesOf(scopes, 'm.path')}
      ${sql.raw(orgScopes ? 'union' : 'union all')}
      select s.id, g.member_id from eng g join mem m on m.id = g.member_id ${scopesOf(scopes, 'g.path', { city: false })}
    )
    select ms.scope_id,
      count(*)::int as members,
      count(en.member_id)::int as engaged,
      count(sv.member_id) filter (where en.member_id is not null)::int as served,
      coalesce(sum(sv.hours), 0)::float8 as hours,
      coalesce(sum(sv.hour_rows), 0)::int as hour_rows,
      coalesce(sum(sv.service_rows), 0)::int as service_rows
    from ms
    left join engaged en on en.member_id = ms.member_id
    left join svc sv on sv.member_id = ms.member_id
    group by ms.scope_id`.execute(db);
  return r.rows.map((x) => ({
    scopeId: x.scope_id,
    members: x.members,
    engaged: x.engaged,
    served: x.served,
    hours: Number(x.hours),
    hourRows: x.hour_rows,
    serviceRows: x.service_rows,
  }));
}

export interface RequestAggregate {
  scopeId: number;
  received: number;
  receivedClosed: number;
  due: number;
  dueOnTime: number;
  closed: number;
  medianDays: number | null;
}

/** Requests received, due and closed in the period, per scope (by the handling org), with the median days. */
export async function requestAggregates(
  db: Kysely<CoreDatabase>,
  cityId: number,
  pluginIds: readonly string[],
  period: PeriodRange,
  scopes: readonly Scope[],
): Promise<RequestAggregate[]> {
  const from = sql`${period.from}::date`;
  const to = sql`${period.to}::date`;
  const r = await sql<{
    scope_id: number;
    received: number;
    received_closed: number;
    due: number;
    due_on_time: number;
    closed: number;
    median_days: number | null;
  }>`
    with scope(id, path) as (values ${scopeValues(scopes)}),
    req as (
      select r.received_on, r.due_on, r.closed_on, o.path
      from (${factRows('request', pluginIds, cityId)}) r
      left join core.org o on o.city_id = ${cityId} and o.id = r.org_id
      where (r.received_on between ${from} and ${to}) or (r.due_on between ${from} and ${to})
         or (r.closed_on between ${from} and ${to})
    )
    select s.id as scope_id,
      count(*) filter (where r.received_on between ${from} and ${to})::int as received,
      count(*) filter (where r.received_on between ${from} and ${to} and r.closed_on <= ${to})::int as received_closed,
      count(*) filter (where r.due_on between ${from} and ${to})::int as due,
      count(*) filter (where r.due_on between ${from} and ${to} and r.closed_on <= r.due_on)::int as due_on_time,
      count(*) filter (where r.closed_on between ${from} and ${to})::int as closed,
      percentile_cont(0.5) within group (order by (r.closed_on - r.received_on)::float8)
        filter (where r.closed_on between ${from} and ${to}) as median_days
    from req r ${scopesOf(scopes, 'r.path')}
    group by s.id`.execute(db);
  return r.rows.map((x) => ({
    scopeId: x.scope_id,
    received: x.received,
    receivedClosed: x.received_closed,
    due: x.due,
    dueOnTime: x.due_on_time,
    closed: x.closed,
    medianDays: x.median_days == null ? null : Number(x.median_days),
  }));
}

export interface ProjectAggregate {
  scopeId: number;
  underWay: number;
  done: number;
}

/** Projects under way in the period (started by its end, not completed before its start), and those completed. */
export async function projectAggregates(
  db: Kysely<CoreDatabase>,
  cityId: number,
  pluginIds: readonly string[],
  period: PeriodRange,
  scopes: readonly Scope[],
): Promise<ProjectAggregate[]> {
  const from = sql`${period.from}::date`;
  const to = sql`${period.to}::date`;
  const r = await sql<{ scope_id: number; under_way: number; done: number }>`
    with scope(id, path) as (values ${scopeValues(scopes)}),
    pr as (
      select p.completed_on, o.path
      from (${factRows('project', pluginIds, cityId)}) p
      left join core.org o on o.city_id = ${cityId} and o.id = p.org_id
      where p.started_on <= ${to} and (p.completed_on is null or p.completed_on >= ${from})
    )
    select s.id as scope_id, count(*)::int as under_way,
      count(*) filter (where p.completed_on <= ${to})::int as done
    from pr p ${scopesOf(scopes, 'p.path')}
    group by s.id`.execute(db);
  return r.rows.map((x) => ({ scopeId: x.scope_id, underWay: x.under_way, done: x.done }));
}

export interface CoverageAggregate {
  scopeId: number;
  total: number;
  covered: number;
}

/** Things to cover (distinct by kind and key) and those covered by the period's end. */
export async function coverageAggregates(
  db: Kysely<CoreDatabase>,
  cityId: number,
  pluginIds: readonly string[],
  period: PeriodRange,
  scopes: readonly Scope[],
): Promise<CoverageAggregate[]> {
  const r = await sql<{ scope_id: number; total: number; covered: number }>`
    with scope(id, path) as (values ${scopeValues(scopes)}),
    cv as (
      select c.unit_kind || ':' || c.unit_key as k, c.covered_since <= ${period.to}::date as covered, o.path
      from (${factRows('coverage', pluginIds, cityId)}) c
      left join core.org o on o.city_id = ${cityId} and o.id = c.org_id
    )
    select s.id as scope_id, count(distinct c.k)::int as total,
      count(distinct c.k) filter (where c.covered)::int as covered
    from cv c ${scopesOf(scopes, 'c.path')}
    group by s.id`.execute(db);
  return r.rows.map((x) => ({ scopeId: x.scope_id, total: x.total, covered: x.covered }));
}
