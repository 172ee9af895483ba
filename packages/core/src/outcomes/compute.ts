import type { IndicatorValue, LocalizedText } from '../indicators';
import type { OutcomeFact, PluginOutcomes } from './contract';
import { SHARED_INDICATORS, type SharedIndicatorId } from './indicators';
import type { CoverageAggregate, MemberAggregate, ProjectAggregate, RequestAggregate } from './queries';

/**
 * Pure rules of the shared indicators: aggregates in, IndicatorValue out. An empty denominator is "not applicable"
 * with a reason, never 0; a model that records service without hours gets no hours figure.
 */

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
export const REASONS = {
  empty: t('期内没有可计算的对象', 'nothing to count in the period'),
  noHours: t('该模式记录服务但不记录时长', 'the model records service without hours'),
  noModel: t('未启用提供此项数据的模式', 'no enabled model provides this'),
  failed: t('计算失败', 'computation failed'),
} as const;

/** A value before localization: a not-applicable reason in both languages. */
export type SharedValue =
  | { status: 'ok'; value: number; numerator?: number; denominator?: number }
  | { status: 'not_applicable'; reason: LocalizedText };

const na = (reason: LocalizedText): SharedValue => ({ status: 'not_applicable', reason });

export function ratio(numerator: number, denominator: number): SharedValue {
  if (denominator <= 0) return na(REASONS.empty);
  return { status: 'ok', value: numerator / denominator, numerator, denominator };
}

export interface Aggregates {
  member?: Omit<MemberAggregate, 'scopeId'>;
  request?: Omit<RequestAggregate, 'scopeId'>;
  project?: Omit<ProjectAggregate, 'scopeId'>;
  coverage?: Omit<CoverageAggregate, 'scopeId'>;
}

const ZERO_MEMBER = { members: 0, engaged: 0, served: 0, hours: 0, hourRows: 0, serviceRows: 0 };
const ZERO_REQUEST = { received: 0, receivedClosed: 0, due: 0, dueOnTime: 0, closed: 0, medianDays: null };

/** One shared indicator from a scope's aggregates (a scope without rows has all-zero aggregates). */
export function sharedValue(id: SharedIndicatorId, a: Aggregates): SharedValue {
  const m = a.member ?? ZERO_MEMBER;
  const r = a.request ?? ZERO_REQUEST;
  switch (id) {
    case 'engagement_rate':
      return ratio(m.engaged, m.members);
    case 'service_participation_rate':
      return ratio(m.served, m.engaged);
    case 'service_hours_per_member': {
      if (m.serviceRows > 0 && m.hourRows === 0) return na(REASONS.noHours);
      if (m.members <= 0) return na(REASONS.empty);
      return { status: 'ok', value: m.hours / m.members, numerator: m.hours, denominator: m.members };
    }
    case 'requests_closed_rate':
      return ratio(r.receivedClosed, r.received);
    case 'requests_on_time_rate':
      return ratio(r.dueOnTime, r.due);
    case 'request_days_median':
      return r.medianDays == null || r.closed <= 0
        ? na(REASONS.empty)
        : { status: 'ok', value: r.medianDays, denominator: r.closed };
    case 'projects_done_rate':
      return ratio(a.project?.done ?? 0, a.project?.underWay ?? 0);
    case 'coverage_rate':
      return ratio(a.coverage?.covered ?? 0, a.coverage?.total ?? 0);
  }
}

/** How a city's enabled models provide one fact: the plugins with a view, or the reasons none does. */
export interface FactSources {
  views: string[];
  /** The describes texts (applicable) or the not-applicable reasons, one per model. */
  texts: LocalizedText[];
}

export function factSources(
  plugins: readonly { id: string; outcomes?: PluginOutcomes }[],
  fact: OutcomeFact,
): FactSources {
  const views: string[] = [];
  const describes: LocalizedText[] = [];
  const reasons: LocalizedText[] = [];
  for (const p of plugins) {
    const source = p.outcomes?.facts[fact];
    if (!source) continue;
    if ('view' in source) {
      views.push(p.id);
      describes.push(source.describes);
    } else reasons.push(source.notApplicable);
  }
  return { views, texts: views.length ? describes : reasons };
}

/** The reason a shared indicator is not applicable in a city (one of its facts has no view), or null. */
export function notApplicableReason(
  facts: readonly OutcomeFact[],
  sources: Record<OutcomeFact, FactSources>,
): LocalizedText | null {
  for (const fact of facts) {
    const s = sources[fact];
    if (s.views.length) continue;
    if (!s.texts.length) return REASONS.noModel;
    return {
      'zh-CN': s.texts.map((x) => x['zh-CN']).join('；'),
      en: s.texts.map((x) => x.en).join('; '),
    };
  }
  return null;
}

/** The facts a set of shared indicators reads. */
export function factsOf(ids: readonly SharedIndicatorId[]): Set<OutcomeFact> {
  const facts = new Set<OutcomeFact>();
  for (const i of SHARED_INDICATORS) if (ids.includes(i.id)) for (const f of i.facts) facts.add(f);
  return facts;
}

export function localize(v: SharedValue, locale: 'zh-CN' | 'en'): IndicatorValue {
  return v.status === 'ok' ? v : { status: 'not_applicable', reason: v.reason[locale] };
}
