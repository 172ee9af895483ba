import type { Kysely } from 'kysely';
import type { CoreDatabase } from '../db/schema';
import type { CoreDeps } from '../deps';
import type { IndicatorValue, LocalizedText } from '../indicators';
import { enabledPlugins } from '../plugins/host';
import {
  type Aggregates,
  type FactSources,
  factSources,
  factsOf,
  localize,
  notApplicableReason,
  REASONS,
  type SharedValue,
  sharedValue,
} from './compute';
import { OUTCOME_FACTS, type OutcomeFact, type PluginOutcomes } from './contract';
import { SHARED_INDICATORS, type SharedIndicatorId, type SharedIndicatorMeta } from './indicators';
import { standardPeriod } from './periods';
import {
  coverageAggregates,
  memberAggregates,
  type PeriodRange,
  projectAggregates,
  requestAggregates,
  type Scope,
} from './queries';
import { readSnapshots } from './snapshots';

/** Never shown: `build` gives every indicator without a view its reason before asking for a value. */
const REASONS_NONE: SharedValue = { status: 'not_applicable', reason: REASONS.noModel };

export const SHARED_IDS = SHARED_INDICATORS.map((i) => i.id) as SharedIndicatorId[];
export const isSharedIndicator = (id: string): id is SharedIndicatorId =>
  (SHARED_IDS as string[]).includes(id);

/** What a city's enabled models say about each fact. */
export type CitySources = Record<OutcomeFact, FactSources>;

/** What the outcome rules need of a plugin. */
export type PluginWithOutcomes = { id: string; outcomes?: PluginOutcomes };

export function sourcesOf(plugins: readonly PluginWithOutcomes[]): CitySources {
  return Object.fromEntries(OUTCOME_FACTS.map((f) => [f, factSources(plugins, f)])) as CitySources;
}

export async function citySources(deps: CoreDeps, cityId: number): Promise<CitySources> {
  return sourcesOf(await enabledPlugins(deps, cityId));
}

/** Values per scope id, per indicator. */
export type ScopeValues = Map<number, Partial<Record<SharedIndicatorId, SharedValue>>>;

/**
 * The shared indicators live, for several scopes of one city at once: one pass per fact (engagement and service
 * together), on one connection, so `durationMs` is execution time, not time spent waiting for a connection.
 */
export async function computeLive(
  db: Kysely<CoreDatabase>,
  cityId: number,
  sources: CitySources,
  period: PeriodRange,
  scopes: readonly Scope[],
  ids: readonly SharedIndicatorId[] = SHARED_IDS,
): Promise<{ values: ScopeValues; durationMs: number }> {
  const live = ids.filter((id) => !notApplicableReason(sharedMeta(id).facts, sources));
  const facts = factsOf(live);
  const aggregates = new Map<number, Aggregates>(scopes.map((s) => [s.id, {}]));
  let durationMs = 0;
  if (live.length && scopes.length)
    await db.connection().execute(async (conn) => {
      const started = performance.now();
      if (facts.has('engagement') || facts.has('service'))
        for (const a of await memberAggregates(
          conn,
          cityId,
          { engagement: sources.engagement.views, service: sources.service.views },
          period,
          scopes,
        ))
          aggregates.get(a.scopeId)!.member = a;
      if (facts.has('request'))
        for (const a of await requestAggregates(conn, cityId, sources.request.views, period, scopes))
          aggregates.get(a.scopeId)!.request = a;
      if (facts.has('project'))
        for (const a of await projectAggregates(conn, cityId, sources.project.views, period, scopes))
          aggregates.get(a.scopeId)!.project = a;
      if (facts.has('coverage'))
        for (const a of await coverageAggregates(conn, cityId, sources.coverage.views, period, scopes))
          aggregates.get(a.scopeId)!.coverage = a;
      durationMs = performance.now() - started;
    });
  const values: ScopeValues = new Map();
  for (const scope of scopes) {
    const row: Partial<Record<SharedIndicatorId, SharedValue>> = {};
    for (const id of ids) {
      const reason = notApplicableReason(sharedMeta(id).facts, sources);
      row[id] = reason ? { status: 'not_applicable', reason } : sharedValue(id, aggregates.get(scope.id)!);
    }
    values.set(scope.id, row);
  }
  return { values, durationMs };
}

export function sharedMeta(id: SharedIndicatorId): SharedIndicatorMeta {
  return SHARED_INDICATORS.find((i) => i.id === id)!;
}

/** A shared indicator as the compare page shows it, beside the models' own (pluginId 'core'). */
export interface SharedComputed {
  pluginId: 'core';
  meta: SharedIndicatorMeta;
  value: IndicatorValue;
  computedAt: string;
  durationMs: number;
  source: 'snapshot' | 'live';
}

/** The org's subtree scope (its path), or the whole city. */
export async function scopeOf(
  db: Kysely<CoreDatabase>,
  cityId: number,
  orgId?: number | null,
): Promise<Scope> {
  if (!orgId) return { id: 0, path: null };
  const org = await db
    .selectFrom('core.org')
    .select(['id', 'path'])
    .where('city_id', '=', cityId)
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  return { id: org.id, path: org.path };
}

/**
 * Shared indicators for several scopes of one city and one period: from snapshots when the period is standard and
 * every scope is stored, else live in one pass. A fact no enabled model provides is "not applicable" with the
 * models' reason, whatever a snapshot says (enablement may have changed since).
 */
export async function sharedForScopes(
  deps: CoreDeps,
  cityId: number,
  period: PeriodRange,
  scopes: readonly Scope[],
  locale: 'zh-CN' | 'en',
  options: { ids?: readonly SharedIndicatorId[]; sources?: CitySources } = {},
): Promise<Map<number, SharedComputed[]>> {
  const ids = options.ids ?? SHARED_IDS;
  const sources = options.sources ?? (await citySources(deps, cityId));
  const reasons = new Map(ids.map((id) => [id, notApplicableReason(sharedMeta(id).facts, sources)]));
  const out = new Map<number, SharedComputed[]>();
  const build = (
    scopeId: number,
    get: (id: SharedIndicatorId) => { value: SharedValue; computedAt: string },
    durationMs: number,
    source: 'snapshot' | 'live',
  ) =>
    out.set(
      scopeId,
      ids.map((id) => {
        const reason = reasons.get(id);
        const got = reason
          ? {
              value: { status: 'not_applicable', reason } as SharedValue,
              computedAt: deps.clock.now().toISOString(),
            }
          : get(id);
        return {
          pluginId: 'core',
          meta: sharedMeta(id),
          value: localize(got.value, locale),
          computedAt: got.computedAt,
          durationMs: Math.round(durationMs * 100) / 100,
          source,
        };
      }),
    );
  const computable = ids.filter((id) => !reasons.get(id));
  if (!computable.length) {
    // Nothing to read: every indicator is not applicable by the models' declarations.
    for (const s of scopes) build(s.id, () => ({ value: REASONS_NONE, computedAt: '' }), 0, 'live');
    return out;
  }
  if (standardPeriod(period.from, period.to)) {
    const started = performance.now();
    const stored = await readSnapshots(
      deps.db,
      cityId,
      period,
      scopes.map((s) => s.id),
      computable,
    );
    const complete = scopes.every((s) => ids.every((id) => reasons.get(id) || stored.get(s.id)?.has(id)));
    if (complete) {
      const ms = (performance.now() - started) / Math.max(1, scopes.length);
      for (const s of scopes) build(s.id, (id) => stored.get(s.id)!.get(id)!, ms, 'snapshot');
      return out;
    }
  }
  let live: Awaited<ReturnType<typeof computeLive>>;
  try {
    live = await computeLive(deps.db, cityId, sources, period, scopes, ids);
  } catch (e) {
    // A model's view that fails (a bad cast, a dropped column) must not fail the page: not applicable, logged.
    deps.logger.error('shared indicators failed', { cityId, message: (e as Error).message });
    const failed: SharedValue = { status: 'not_applicable', reason: REASONS.failed };
    live = {
      values: new Map(scopes.map((s) => [s.id, Object.fromEntries(ids.map((id) => [id, failed]))])),
      durationMs: 0,
    };
  }
  const { values, durationMs } = live;
  const computedAt = deps.clock.now().toISOString();
  const each = durationMs / Math.max(1, scopes.length);
  for (const s of scopes) build(s.id, (id) => ({ value: values.get(s.id)![id]!, computedAt }), each, 'live');
  return out;
}

/** The fact texts a compare column shows: what counts in each fact, or why it is not applicable. */
export function outcomesSummary(sources: CitySources) {
  return Object.fromEntries(
    OUTCOME_FACTS.map((f) => [f, { applicable: sources[f].views.length > 0, text: sources[f].texts }]),
  ) as Record<OutcomeFact, { applicable: boolean; text: LocalizedText[] }>;
}

/** The published figures of the city's enabled models, by shared indicator. */
export function referencesOf(plugins: readonly PluginWithOutcomes[]) {
  const refs: Record<string, { value: number; source: LocalizedText; pluginId: string }[]> = {};
  for (const p of plugins)
    for (const r of p.outcomes?.references ?? []) {
      refs[r.indicatorId] ??= [];
      refs[r.indicatorId]!.push({ value: r.value, source: r.source, pluginId: p.id });
    }
  return refs;
}
