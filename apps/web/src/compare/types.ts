import type { LocalizedText } from '@jiceng/ui';

// The shapes of /api/compare, /api/compare/trends and /api/cities/:city/outcomes/trends. The shell may not import
// @jiceng/core (server code), so they are written here from the API's description; core owns the originals
// (packages/core/src/outcomes, packages/core/src/indicators).

export type IndicatorUnit = 'ratio' | 'count' | 'hours' | 'score' | 'days' | 'per_member';
export type IndicatorValue =
  | { status: 'ok'; value: number; numerator?: number; denominator?: number }
  | { status: 'not_applicable'; reason?: string };

/** The five outcome facts every model produces in its own way (or declares not applicable). */
export const OUTCOME_FACTS = ['engagement', 'service', 'request', 'project', 'coverage'] as const;
export type OutcomeFact = (typeof OUTCOME_FACTS)[number];

/** Which indicators a comparison asks for: the shared ones (one definition for every city), the models' own, both. */
export type IndicatorSet = 'shared' | 'model' | 'all';

export interface CompareIndicator {
  id: string;
  names: LocalizedText;
  definition: LocalizedText;
  unit: IndicatorUnit;
  direction: 'higher_is_better' | 'lower_is_better';
  period: 'any' | 'year' | 'half_year' | 'quarter';
  computedBy: string[];
  /** A shared indicator: computed by core from the outcome facts, the same way for every city. */
  shared?: boolean;
  /** The facts a shared indicator reads. */
  facts?: OutcomeFact[];
}

export interface CompareCell {
  pluginId: string;
  value: IndicatorValue;
  computedAt: string;
  /** Execution time of this value (not time spent waiting for a connection). */
  durationMs?: number;
  source?: 'snapshot' | 'live';
}

/** A figure a model's published source gives for an indicator: drawn beside the computed value, never instead. */
export interface CompareReference {
  /** In the indicator's unit (ratios 0..1). */
  value: number;
  source: LocalizedText;
  pluginId: string;
}

/** How the city's models produce one fact: what counts, or why it cannot be produced. */
export interface OutcomeDescription {
  applicable: boolean;
  text: LocalizedText[];
}

export interface CompareColumn {
  target: string;
  city: { id: number; code: string; nameZh: string; nameEn: string };
  org: { id: number; name: string } | null;
  models: { id: string; names: LocalizedText }[];
  values: Record<string, CompareCell>;
  references?: Record<string, CompareReference[]>;
  outcomes?: Partial<Record<OutcomeFact, OutcomeDescription>>;
}

export interface CompareResult {
  period: { from: string; to: string; partial?: boolean };
  set?: IndicatorSet;
  indicators: CompareIndicator[];
  columns: CompareColumn[];
}

export interface TrendPoint {
  /** 'YYYY-MM' */
  month: string;
  /** null: not applicable, or no snapshot for that month (a gap in the line, never a zero). */
  value: number | null;
  numerator?: number;
  denominator?: number;
  partial: boolean;
}

export interface TrendSeries {
  target: string;
  indicatorId: string;
  points: TrendPoint[];
}

export interface TrendsResult {
  months: string[];
  series: TrendSeries[];
}

export interface RollupResult {
  parent: { id: number; name: string } | null;
  indicatorId: string;
  items: { org: { id: number; name: string; kind: string }; value: IndicatorValue }[];
}
