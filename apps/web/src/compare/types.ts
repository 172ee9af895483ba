import type { LocalizedText } from '@jiceng/ui';

export type IndicatorUnit = 'ratio' | 'count' | 'hours' | 'score' | 'days' | 'per_member';
export type IndicatorValue =
  | { status: 'ok'; value: number; numerator?: number; denominator?: number }
  | { status: 'not_applicable'; reason?: string };

export interface CompareIndicator {
  id: string;
  names: LocalizedText;
  definition: LocalizedText;
  unit: IndicatorUnit;
  direction: 'higher_is_better' | 'lower_is_better';
  period: 'any' | 'year' | 'half_year' | 'quarter';
  computedBy: string[];
}

export interface CompareCell {
  pluginId: string;
  value: IndicatorValue;
  computedAt: string;
}

export interface CompareColumn {
  target: string;
  city: { id: number; code: string; nameZh: string; nameEn: string };
  org: { id: number; name: string } | null;
  models: { id: string; names: LocalizedText }[];
  values: Record<string, CompareCell>;
}

export interface CompareResult {
  period: { from: string; to: string };
  indicators: CompareIndicator[];
  columns: CompareColumn[];
}

export interface RollupResult {
  parent: { id: number; name: string } | null;
  indicatorId: string;
  items: { org: { id: number; name: string; kind: string }; value: IndicatorValue }[];
}
