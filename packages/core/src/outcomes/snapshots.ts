import { type Kysely, sql } from 'kysely';
import type { CoreDatabase } from '../db/schema';
import type { CoreDeps } from '../deps';
import type { LocalizedText } from '../indicators';
import type { SharedValue } from './compute';
import type { SharedIndicatorId } from './indicators';
import { lastMonths, periodsOfMonths, type StandardPeriod } from './periods';
import type { PeriodRange, Scope } from './queries';
import { type CitySources, computeLive, SHARED_IDS } from './service';

/** Stored values for one period and some scopes: scope id → indicator id → value. */
export async function readSnapshots(
  db: Kysely<CoreDatabase>,
  cityId: number,
  period: PeriodRange,
  scopeIds: readonly number[],
  ids: readonly string[],
): Promise<Map<number, Map<string, { value: SharedValue; computedAt: string }>>> {
  const out = new Map<number, Map<string, { value: SharedValue; computedAt: string }>>();
  if (!scopeIds.length || !ids.length) return out;
  const rows = await db
    .selectFrom('core.outcome_snapshot')
    .selectAll()
    .where('city_id', '=', cityId)
    .where('org_id', 'in', [...scopeIds])
    .where('period_from', '=', period.from)
    .where('period_to', '=', period.to)
    .where('indicator_id', 'in', [...ids])
    .execute();
  for (const r of rows) {
    const m = out.get(r.org_id) ?? new Map();
    out.set(r.org_id, m);
    m.set(r.indicator_id, { value: snapshotValue(r), computedAt: new Date(r.computed_at).toISOString() });
  }
  return out;
}

function snapshotValue(r: {
  status: 'ok' | 'not_applicable';
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  reason: LocalizedText | null;
}): SharedValue {
  if (r.status !== 'ok')
    return { status: 'not_applicable', reason: r.reason ?? { 'zh-CN': '不适用', en: 'not applicable' } };
  const v: SharedValue = { status: 'ok', value: Number(r.value) };
  if (r.numerator != null) v.numerator = Number(r.numerator);
  if (r.denominator != null) v.denominator = Number(r.denominator);
  return v;
}

/**
 * The scopes stored: the whole city, its root orgs and their children (the first drill-down levels), so the
 * compare page and its first drill-down are reads.
 */
export async function snapshotScopes(db: Kysely<CoreDatabase>, cityId: number): Promise<Scope[]> {
  const orgs = await db
    .selectFrom('core.org')
    .select(['id', 'path'])
    .where('city_id', '=', cityId)
    .where('depth', '<=', 1)
    .orderBy('id')
    .execute();
  return [{ id: 0, path: null }, ...orgs.map((o) => ({ id: o.id, path: o.path }))];
}

/** Computes and stores (upserts) the shared indicators of one city for the given standard periods. */
export async function storeSnapshots(
  deps: CoreDeps,
  cityId: number,
  sources: CitySources,
  periods: readonly StandardPeriod[],
): Promise<number> {
  const scopes = await snapshotScopes(deps.db, cityId);
  let stored = 0;
  for (const period of periods) {
    const { values } = await computeLive(deps.db, cityId, sources, period, scopes, SHARED_IDS);
    const computedAt = deps.clock.now();
    const rows = scopes.flatMap((s) =>
      SHARED_IDS.map((id) => {
        const v = values.get(s.id)![id]!;
        return {
          city_id: cityId,
          org_id: s.id,
          period_from: period.from,
          period_to: period.to,
          indicator_id: id,
          period_kind: period.kind,
          status: v.status,
          value: v.status === 'ok' ? v.value : null,
          numerator: v.status === 'ok' ? (v.numerator ?? null) : null,
          denominator: v.status === 'ok' ? (v.denominator ?? null) : null,
          reason: v.status === 'ok' ? null : JSON.stringify(v.reason),
          computed_at: computedAt,
        };
      }),
    );
    for (let i = 0; i < rows.length; i += 500)
      await deps.db
        .insertInto('core.outcome_snapshot')
        .values(rows.slice(i, i + 500))
        .onConflict((oc) =>
          oc.columns(['city_id', 'org_id', 'period_from', 'period_to', 'indicator_id']).doUpdateSet((eb) => ({
            period_kind: eb.ref('excluded.period_kind'),
            status: eb.ref('excluded.status'),
            value: eb.ref('excluded.value'),
            numerator: eb.ref('excluded.numerator'),
            denominator: eb.ref('excluded.denominator'),
            reason: eb.ref('excluded.reason'),
            computed_at: eb.ref('excluded.computed_at'),
          })),
        )
        .execute();
    stored += rows.length;
  }
  return stored;
}

/** Months (of the last `count` ending with `today`'s) that have no stored city-wide snapshot yet. */
export async function missingMonths(
  db: Kysely<CoreDatabase>,
  cityId: number,
  today: string,
  count: number,
): Promise<string[]> {
  const months = lastMonths(today, count);
  const rows = await db
    .selectFrom('core.outcome_snapshot')
    .select('period_from')
    .distinct()
    .where('city_id', '=', cityId)
    .where('org_id', '=', 0)
    .where('period_kind', '=', 'month')
    .where('period_from', '>=', `${months[0]}-01`)
    .execute();
  const have = new Set(rows.map((r) => String(r.period_from).slice(0, 7)));
  return months.filter((m) => !have.has(m));
}

/** A city's snapshots refreshed: the current and previous month (and their quarter, half, year), plus missing months. */
export async function refreshCity(
  deps: CoreDeps,
  cityId: number,
  sources: CitySources,
  today: string,
  options: { backfillMonths?: number; all?: boolean } = {},
): Promise<{ periods: number; rows: number }> {
  const count = options.backfillMonths ?? 12;
  const recent = lastMonths(today, 2);
  // `all`: the city's data changed wholesale (a model's demo data loaded): every stored month is stale.
  const missing = options.all ? lastMonths(today, count) : await missingMonths(deps.db, cityId, today, count);
  const periods = periodsOfMonths([...new Set([...missing, ...recent])].sort());
  const rows = await storeSnapshots(deps, cityId, sources, periods);
  return { periods: periods.length, rows };
}

export interface TrendPoint {
  month: string;
  value: number | null;
  numerator?: number;
  denominator?: number;
  partial: boolean;
}

/** Monthly stored values of one scope, for the given indicators and months (a missing month is null). */
export async function readTrends(
  db: Kysely<CoreDatabase>,
  cityId: number,
  orgId: number,
  months: readonly string[],
  ids: readonly SharedIndicatorId[],
  currentMonth: string,
): Promise<Map<SharedIndicatorId, TrendPoint[]>> {
  const rows = await db
    .selectFrom('core.outcome_snapshot')
    .select(['period_from', 'indicator_id', 'status', 'value', 'numerator', 'denominator'])
    .where('city_id', '=', cityId)
    .where('org_id', '=', orgId)
    .where('period_kind', '=', 'month')
    .where('period_from', '>=', `${months[0]}-01`)
    .where('period_from', '<=', `${months[months.length - 1]}-01`)
    .where('indicator_id', 'in', [...ids])
    .execute();
  const byKey = new Map(rows.map((r) => [`${r.indicator_id}/${String(r.period_from).slice(0, 7)}`, r]));
  return new Map(
    ids.map((id) => [
      id,
      months.map((month): TrendPoint => {
        const r = byKey.get(`${id}/${month}`);
        const point: TrendPoint = { month, value: null, partial: month === currentMonth };
        if (r?.status === 'ok') {
          point.value = Number(r.value);
          if (r.numerator != null) point.numerator = Number(r.numerator);
          if (r.denominator != null) point.denominator = Number(r.denominator);
        }
        return point;
      }),
    ]),
  );
}

/** Whether any snapshot exists (used by the seed to skip an already-backfilled city). */
export async function hasSnapshots(db: Kysely<CoreDatabase>, cityId: number): Promise<boolean> {
  const r = await sql<{ n: number }>`
    select count(*)::int as n from core.outcome_snapshot where city_id = ${cityId} and org_id = 0`.execute(
    db,
  );
  return (r.rows[0]?.n ?? 0) > 0;
}
