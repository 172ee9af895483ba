import type { CompareColumn, CompareIndicator, IndicatorUnit, IndicatorValue } from './types';

/** The number of an "ok" value, or null for "not applicable" (never 0). */
export function numberOf(value: IndicatorValue | undefined): number | null {
  return value?.status === 'ok' ? value.value : null;
}

/** Ratios as percent with one decimal, counts as whole numbers, other amounts with up to two decimals. */
export function formatValue(unit: IndicatorUnit, value: number): string {
  if (unit === 'ratio') return `${(value * 100).toFixed(1)}%`;
  if (unit === 'count') return Math.round(value).toLocaleString();
  return Number(value.toFixed(2)).toLocaleString(undefined, { maximumFractionDigits: 2 });
}

/** What a chart plots: ratios in percent, the rest as they are. */
export function chartNumber(unit: IndicatorUnit, value: number): number {
  return unit === 'ratio' ? Number((value * 100).toFixed(2)) : Number(value.toFixed(2));
}

/**
 * Normalized scores in 0..1 for the radar, one per column (null for n/a): ratios as they are (1 − ratio when lower
 * is better); other units divided by the best value among the columns (best ÷ value when lower is better).
 */
export function normalizedScores(indicator: CompareIndicator, columns: CompareColumn[]): (number | null)[] {
  const raw = columns.map((c) => numberOf(c.values[indicator.id]?.value));
  const lower = indicator.direction === 'lower_is_better';
  if (indicator.unit === 'ratio') return raw.map((v) => (v == null ? null : clamp(lower ? 1 - v : v)));
  const present = raw.filter((v): v is number => v != null);
  if (!present.length) return raw.map(() => null);
  if (lower) {
    const best = Math.min(...present);
    return raw.map((v) => (v == null ? null : v <= 0 ? 1 : clamp(best / v)));
  }
  const best = Math.max(...present);
  return raw.map((v) => (v == null ? null : best <= 0 ? 0 : clamp(v / best)));
}

const clamp = (v: number) => Math.max(0, Math.min(1, v));

/** Period presets relative to today: this year, last year, the halves of this and last year. */
export function periodPresets(today: Date) {
  const y = today.getFullYear();
  return {
    thisYear: { from: `${y}-01-01`, to: `${y}-12-31` },
    lastYear: { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` },
    firstHalf: { from: `${y}-01-01`, to: `${y}-06-30` },
    secondHalfLast: { from: `${y - 1}-07-01`, to: `${y - 1}-12-31` },
    year: y,
  };
}
