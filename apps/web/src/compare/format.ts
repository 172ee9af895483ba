import { type LocalizedText, partialPeriodIndex } from '@jiceng/ui';
import type {
  CompareColumn,
  CompareIndicator,
  CompareReference,
  IndicatorUnit,
  IndicatorValue,
  OutcomeFact,
} from './types';

export type Locale = 'zh-CN' | 'en';
const pick = (text: LocalizedText | undefined, locale: Locale) => (text ? text[locale] || text['zh-CN'] : '');

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

/**
 * A published figure as its source writes it: ratios in percent with up to two decimals (99.97%, which one decimal
 * would round to 100.0%), other amounts with up to two.
 */
export function formatReference(unit: IndicatorUnit, value: number): string {
  if (unit === 'ratio') return `${Number((value * 100).toFixed(2))}%`;
  return `${Number(value.toFixed(2))}`;
}

/** "参考 99.97%（龙岩市委组织部 2023 年通报）": a published figure and where it comes from. */
export function referenceText(unit: IndicatorUnit, ref: CompareReference, locale: Locale): string {
  const figure = formatReference(unit, ref.value);
  const source = pick(ref.source, locale);
  if (locale === 'en') return `Reference ${figure}${source ? ` (${source})` : ''}`;
  return `参考 ${figure}${source ? `（${source}）` : ''}`;
}

/** What a chart plots: ratios in percent, the rest as they are. */
export function chartNumber(unit: IndicatorUnit, value: number): number {
  return unit === 'ratio' ? Number((value * 100).toFixed(2)) : Number(value.toFixed(2));
}

/** A column's name: the city, and the org when the column is an org subtree. */
export function columnLabel(col: Pick<CompareColumn, 'city' | 'org'>, locale: Locale): string {
  return `${locale === 'en' ? col.city.nameEn : col.city.nameZh}${col.org ? ` · ${col.org.name}` : ''}`;
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

/**
 * The radar's spokes: shared indicators only (one definition for every city, so a spoke compares like with like),
 * and of those the ones at least two columns compute (one, when only one column is compared).
 */
export function radarIndicators(
  indicators: CompareIndicator[],
  columns: CompareColumn[],
): CompareIndicator[] {
  const need = Math.min(2, columns.length);
  return indicators.filter(
    (ind) =>
      ind.shared === true &&
      need > 0 &&
      columns.filter((c) => numberOf(c.values[ind.id]?.value) != null).length >= need,
  );
}

/** The columns that cannot compute an indicator, each with its reason (already in the request's language). */
export function notApplicableNotes(
  indicator: Pick<CompareIndicator, 'id'>,
  columns: CompareColumn[],
  locale: Locale,
): { target: string; label: string; reason: string | null }[] {
  return columns.flatMap((c) => {
    const v = c.values[indicator.id]?.value;
    if (v?.status === 'ok') return [];
    return [
      {
        target: c.target,
        label: columnLabel(c, locale),
        reason: v?.status === 'not_applicable' && v.reason ? v.reason : null,
      },
    ];
  });
}

/**
 * What a column's models count for each fact an indicator reads ("报到：经社区确认的报到"), or why the fact is not
 * produced; facts the answer does not describe are left out.
 */
export function outcomeLines(
  column: Pick<CompareColumn, 'outcomes'>,
  facts: readonly OutcomeFact[],
  locale: Locale,
): { fact: OutcomeFact; applicable: boolean; text: string }[] {
  return facts.flatMap((fact) => {
    const o = column.outcomes?.[fact];
    if (!o) return [];
    const text = o.text.map((x) => pick(x, locale)).filter(Boolean);
    return [{ fact, applicable: o.applicable, text: text.join(locale === 'en' ? '; ' : '；') }];
  });
}

/** The running month of a trend: the one the API marks partial, else the one still running on `today`; -1: none. */
export function partialMonthIndex(
  months: readonly string[],
  points: readonly { month: string; partial: boolean }[],
  today: string,
): number {
  const marked = months.findIndex((m) => points.some((p) => p.month === m && p.partial));
  return marked >= 0 ? marked : partialPeriodIndex(months, today);
}

/**
 * A chart label over lines of at most `max` characters (a radar's spoke names would otherwise run off a phone's
 * screen): at spaces where there are any, else every `max` characters (Chinese has no spaces).
 */
export function wrapLabel(text: string, max: number): string {
  if (text.length <= max) return text;
  if (/\s/.test(text.trim())) {
    const lines: string[] = [];
    for (const word of text.trim().split(/\s+/)) {
      const last = lines.length - 1;
      if (last >= 0 && lines[last]!.length + 1 + word.length <= max) lines[last] += ` ${word}`;
      else lines.push(word);
    }
    return lines.join('\n');
  }
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += max) lines.push(chars.slice(i, i + max).join(''));
  return lines.join('\n');
}

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
