import type { Actor } from '../auth/actor';
import { cityAccess, pathInScope } from '../auth/actor';
import { toLocalDate } from '../clock';
import type { City } from '../db/schema';
import type { CoreDeps } from '../deps';
import type { Locale } from '../http/env';
import { ApiError } from '../http/errors';
import { CROSS_MODEL_INDICATORS, type IndicatorMeta, type LocalizedText } from '../indicators';
import { OUTCOME_FACTS, type OutcomeFact, type PluginOutcomes } from '../outcomes/contract';
import { SHARED_INDICATORS, type SharedIndicatorId } from '../outcomes/indicators';
import { lastMonths, monthPeriod } from '../outcomes/periods';
import {
  computeLive,
  outcomesSummary,
  type PluginWithOutcomes,
  referencesOf,
  type SharedComputed,
  sharedForScopes,
  sourcesOf,
} from '../outcomes/service';
import { readTrends, snapshotScopes, type TrendPoint } from '../outcomes/snapshots';
import { type ComputedIndicator, computeIndicators, enabledPlugins, pluginMeta } from '../plugins/host';

export type IndicatorSet = 'shared' | 'model' | 'all';

export interface CompareTarget {
  target: string;
  city: City;
  org: { id: number; name: string; path: string } | null;
}

/**
 * The targets (`longyan` or `longyan:12`) an actor may compare: every one is checked before anything is computed,
 * so a refusal changes nothing. A city the actor cannot see is a 404, an org outside their scope too.
 */
export async function resolveTargets(
  deps: CoreDeps,
  actor: Actor,
  targets: string[],
): Promise<CompareTarget[]> {
  const parsed = targets.map((target) => {
    const [code, orgPart] = target.split(':');
    return { target, code: code!, orgId: orgPart ? Number(orgPart) : null };
  });
  // Two reads for any number of targets (cities, then the named orgs), not two per target.
  const cities = await deps.db
    .selectFrom('core.city')
    .selectAll()
    .where('code', 'in', [...new Set(parsed.map((p) => p.code))])
    .where('active', '=', true)
    .execute();
  const orgIds = parsed.flatMap((p) => (p.orgId ? [p.orgId] : []));
  const orgs = orgIds.length
    ? await deps.db
        .selectFrom('core.org')
        .select(['city_id', 'id', 'name', 'path'])
        .where(
          'city_id',
          'in',
          cities.map((c) => c.id),
        )
        .where('id', 'in', orgIds)
        .execute()
    : [];
  return parsed.map(({ target, code, orgId }) => {
    const city = cities.find((c) => c.code === code);
    const access = city ? cityAccess(actor, city.id) : null;
    if (!city || !access || access.level === 'self')
      throw new ApiError(404, 'not_found', { entity: 'city' }, 'targets');
    let org: CompareTarget['org'] = null;
    if (orgId) {
      const row = orgs.find((o) => o.city_id === city.id && o.id === orgId);
      if (!row || !pathInScope(access, row.path))
        throw new ApiError(404, 'not_found', { entity: 'org' }, 'targets');
      org = { id: row.id, name: row.name, path: row.path };
    } else if (access.level !== 'city') {
      throw new ApiError(400, 'out_of_scope', { field: 'targets' }, 'targets');
    }
    return { target, city, org };
  });
}

/** The enabled plugins of several cities in one read, in registry order. */
async function enabledByCity(
  deps: CoreDeps,
  cityIds: number[],
): Promise<Map<number, CoreDeps['plugins'][number][]>> {
  const rows = cityIds.length
    ? await deps.db
        .selectFrom('core.city_plugin')
        .select(['city_id', 'plugin_id'])
        .where('city_id', 'in', cityIds)
        .where('enabled', '=', true)
        .execute()
    : [];
  return new Map(
    cityIds.map((id) => {
      const on = new Set(rows.filter((r) => r.city_id === id).map((r) => r.plugin_id));
      return [id, deps.plugins.filter((p) => on.has(p.id))];
    }),
  );
}

export type CompareValue = (ComputedIndicator & { source?: 'snapshot' | 'live' }) | SharedComputed;

export interface CompareColumn {
  target: string;
  city: { id: number; code: string; nameZh: string; nameEn: string };
  org: { id: number; name: string } | null;
  models: { id: string; names: LocalizedText }[];
  values: Record<string, CompareValue>;
  references: Record<string, { value: number; source: LocalizedText; pluginId: string }[]>;
  outcomes: Record<OutcomeFact, { applicable: boolean; text: LocalizedText[] }>;
}

/** One column per target: shared indicators (snapshot or one live pass), model-specific ones, or both. */
export async function compareColumns(
  deps: CoreDeps,
  targets: CompareTarget[],
  period: { from: string; to: string },
  set: IndicatorSet,
  locale: Locale,
): Promise<CompareColumn[]> {
  const enabled = await enabledByCity(deps, [...new Set(targets.map((t) => t.city.id))]);
  return Promise.all(
    targets.map(async ({ target, city, org }) => {
      const plugins = enabled.get(city.id)!;
      const sources = sourcesOf(plugins);
      const values: Record<string, CompareValue> = {};
      if (set !== 'model') {
        const scope = org ? { id: org.id, path: org.path } : { id: 0, path: null };
        const shared = await sharedForScopes(deps, city.id, period, [scope], locale, { sources });
        for (const v of shared.get(scope.id)!) values[v.meta.id] = v;
      }
      if (set !== 'shared') {
        const computed = await computeIndicators(deps, city.id, { ...period, orgId: org?.id });
        for (const i of computed) values[i.meta.id] ??= i;
      }
      return {
        target,
        city: { id: city.id, code: city.code, nameZh: city.name_zh, nameEn: city.name_en },
        org: org ? { id: org.id, name: org.name } : null,
        models: plugins.map((p) => ({ id: p.id, names: p.names })),
        values,
        references: referencesOf(plugins),
        outcomes: outcomesSummary(sources),
      };
    }),
  );
}

export type CatalogueEntry = IndicatorMeta & { computedBy: string[]; shared: boolean; facts?: OutcomeFact[] };

/** The plugins whose declared views provide every fact a shared indicator reads. */
function providers(plugins: readonly PluginWithOutcomes[], facts: readonly OutcomeFact[]) {
  return plugins
    .filter((p) => facts.every((f) => p.outcomes?.facts[f] && 'view' in p.outcomes.facts[f]))
    .map((p) => p.id);
}

/** Shared indicators first (in SHARED_INDICATORS order), then the cross-model catalogue and each model's own. */
export function catalogue(deps: CoreDeps, cols: CompareColumn[], set: IndicatorSet): CatalogueEntry[] {
  const out: CatalogueEntry[] = [];
  if (set !== 'model')
    for (const s of SHARED_INDICATORS)
      out.push({ ...s, facts: [...s.facts], shared: true, computedBy: providers(deps.plugins, s.facts) });
  if (set !== 'shared') {
    const metas = new Map<string, CatalogueEntry>();
    for (const m of CROSS_MODEL_INDICATORS) metas.set(m.id, { ...m, shared: false, computedBy: [] });
    for (const p of deps.plugins)
      for (const i of pluginMeta(p).indicators) {
        const entry = metas.get(i.id) ?? { ...i, shared: false, computedBy: [] };
        entry.computedBy.push(p.id);
        metas.set(i.id, entry);
      }
    const present = new Set(cols.flatMap((c) => Object.keys(c.values)));
    out.push(...[...metas.values()].filter((m) => m.computedBy.length || present.has(m.id)));
  }
  return out;
}

/** What a model says about each outcome fact, for the feature matrix and the indicator catalogue. */
export function pluginOutcomesMeta(plugin: { outcomes?: PluginOutcomes }) {
  const facts = Object.fromEntries(
    OUTCOME_FACTS.map((f) => {
      const s = plugin.outcomes?.facts[f];
      if (s && 'view' in s) return [f, { applicable: true, text: s.describes }];
      return [
        f,
        {
          applicable: false,
          text: s?.notApplicable ?? { 'zh-CN': '该模式未声明此项数据', en: 'not declared by the model' },
        },
      ];
    }),
  ) as Record<OutcomeFact, { applicable: boolean; text: LocalizedText }>;
  return { facts, references: plugin.outcomes?.references ?? [] };
}

/**
 * Monthly series of shared indicators for one target: from stored snapshots for the city and the stored org levels,
 * computed live (one pass per month) for a deeper subtree that has none.
 */
export async function trendSeries(
  deps: CoreDeps,
  target: CompareTarget,
  months: number,
  ids: readonly SharedIndicatorId[],
): Promise<{ months: string[]; series: Map<SharedIndicatorId, TrendPoint[]> }> {
  const today = toLocalDate(deps.clock.now());
  const list = lastMonths(today, months);
  const current = list[list.length - 1]!;
  const orgId = target.org?.id ?? 0;
  const stored = (await snapshotScopes(deps.db, target.city.id)).some((s) => s.id === orgId);
  const sources = sourcesOf(await enabledPlugins(deps, target.city.id));
  let series: Map<SharedIndicatorId, TrendPoint[]>;
  if (stored) {
    series = await readTrends(deps.db, target.city.id, orgId, list, ids, current);
  } else {
    series = new Map(ids.map((id) => [id, []]));
    const scope = { id: orgId, path: target.org!.path };
    for (const month of list) {
      const { values } = await computeLive(
        deps.db,
        target.city.id,
        sources,
        monthPeriod(month),
        [scope],
        ids,
      );
      for (const id of ids) {
        const v = values.get(orgId)![id]!;
        const point: TrendPoint = { month, value: null, partial: month === current };
        if (v.status === 'ok')
          Object.assign(point, { value: v.value, numerator: v.numerator, denominator: v.denominator });
        series.get(id)!.push(point);
      }
    }
  }
  // A fact no enabled model provides (now) has no points, whatever was stored before.
  for (const id of ids) {
    const meta = SHARED_INDICATORS.find((i) => i.id === id)!;
    if (meta.facts.some((f) => !sources[f].views.length))
      series.set(
        id,
        series.get(id)!.map((p) => ({ month: p.month, value: null, partial: p.partial })),
      );
  }
  return { months: list, series };
}
