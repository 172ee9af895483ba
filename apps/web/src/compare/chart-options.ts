import { markPartialPeriod, partialNote, rateAxis } from '@jiceng/ui';
import type { EChartsOption } from 'echarts';
import {
  chartNumber,
  columnLabel,
  formatValue,
  type Locale,
  normalizedScores,
  numberOf,
  partialMonthIndex,
  referenceText,
  wrapLabel,
} from './format';
import type { CompareColumn, CompareIndicator, TrendsResult } from './types';

// Pure option builders for the compare page and the overview's trends (format.test.ts runs them). Every option then
// goes through <Chart>, which applies @jiceng/ui's chartRules: 暂无数据 when nothing is drawn, value axes from zero.

export const COLORS = ['#c8161d', '#d48806', '#722ed1', '#389e0d', '#1677ff', '#08979c', '#8c8c8c'];

const WORDS = {
  'zh-CN': { notApplicable: '不适用', reference: '参考值', value: '计算值' },
  en: { notApplicable: 'n/a', reference: 'Reference', value: 'Computed' },
} as const;

type Param = { dataIndex?: number; value?: unknown };

/** The value axis of an indicator: ratios 0–100%, everything else from 0 as it comes. */
function valueAxis(ind: Pick<CompareIndicator, 'unit'>): Record<string, unknown> {
  return ind.unit === 'ratio' ? rateAxis(100) : { type: 'value' };
}

/**
 * One indicator across the columns: a bar per column that computes it (a column that cannot gets no bar and says so
 * under its name, never a 0 bar), and a dark tick with "参考 …" where the city's model publishes a figure for it.
 */
export function barOption(ind: CompareIndicator, columns: CompareColumn[], locale: Locale): EChartsOption {
  const w = WORDS[locale];
  const labels = columns.map((c) => columnLabel(c, locale));
  const values = columns.map((c) => numberOf(c.values[ind.id]?.value));
  const refs = columns.flatMap((c, ci) => (c.references?.[ind.id] ?? []).map((ref) => ({ ci, ref })));
  const unitText = (v: number) => (ind.unit === 'ratio' ? `${v}%` : `${v}`);
  const series: Record<string, unknown>[] = [
    {
      type: 'bar',
      name: w.value,
      barMaxWidth: 40,
      label: {
        show: true,
        position: 'top',
        formatter: (p: { value?: unknown }) => unitText(Number(p.value)),
      },
      data: values.map((v, ci) =>
        v == null
          ? '-'
          : { value: chartNumber(ind.unit, v), itemStyle: { color: COLORS[ci % COLORS.length] } },
      ) as never,
    },
  ];
  if (refs.length)
    series.push({
      type: 'scatter',
      name: w.reference,
      symbol: 'rect',
      symbolSize: [30, 3],
      itemStyle: { color: '#262626' },
      z: 5,
      label: {
        show: true,
        position: 'right',
        fontSize: 10,
        color: '#262626',
        formatter: () => (locale === 'en' ? 'ref.' : '参考'),
      },
      data: refs.map(({ ci, ref }) => ({
        value: [ci, chartNumber(ind.unit, ref.value)],
        name: referenceText(ind.unit, ref, locale),
      })),
    });
  return {
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: unknown) => {
        const rows = (Array.isArray(params) ? params : [params]) as Param[];
        const ci = rows[0]?.dataIndex ?? 0;
        const v = values[ci];
        const lines = [
          labels[ci] ?? '',
          `${w.value}: ${v == null ? w.notApplicable : formatValue(ind.unit, v)}`,
          ...refs.filter((r) => r.ci === ci).map((r) => referenceText(ind.unit, r.ref, locale)),
        ];
        return lines.join('<br/>');
      },
    },
    grid: { left: 48, right: 36, top: 28, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: labels.map((l, ci) => (values[ci] == null ? `${l}\n(${w.notApplicable})` : l)),
      axisLabel: { interval: 0, fontSize: 11, width: 72, overflow: 'break' },
    },
    yAxis: valueAxis(ind) as EChartsOption['yAxis'],
    series: series as EChartsOption['series'],
  };
}

/**
 * The radar over the shared indicators: each spoke is one indicator normalized to 0..1 (see normalizedScores), so
 * spokes of different units fit one chart; the tooltip gives the figures themselves.
 */
export function radarOption(
  inds: CompareIndicator[],
  columns: CompareColumn[],
  locale: Locale,
): EChartsOption | null {
  if (!inds.length) return null;
  const w = WORDS[locale];
  const labels = columns.map((c) => columnLabel(c, locale));
  const scores = inds.map((ind) => normalizedScores(ind, columns));
  return {
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const ci = (p as Param).dataIndex ?? 0;
        const col = columns[ci];
        if (!col) return '';
        return [
          labels[ci],
          ...inds.map((ind) => {
            const v = numberOf(col.values[ind.id]?.value);
            return `${ind.names[locale] || ind.names['zh-CN']}: ${v == null ? w.notApplicable : formatValue(ind.unit, v)}`;
          }),
        ].join('<br/>');
      },
    },
    legend: { bottom: 0, data: labels },
    radar: {
      radius: '58%',
      indicator: inds.map((ind) => ({
        name: wrapLabel(ind.names[locale] || ind.names['zh-CN'], locale === 'en' ? 14 : 6),
        min: 0,
        max: 1,
      })),
      axisName: { color: '#595959', fontSize: 11 },
    },
    series: [
      {
        type: 'radar',
        data: columns.map((_, ci) => ({
          name: labels[ci],
          value: scores.map((s) => (s[ci] == null ? '-' : Number(s[ci]!.toFixed(3)))) as number[],
          itemStyle: { color: COLORS[ci % COLORS.length] },
        })),
      },
    ],
  };
}

/**
 * One shared indicator month by month: a line per target; a month without a value (not applicable, no snapshot) is
 * a gap, never a zero; the running month is marked partial (its label says "本月截至 7 日", the last segment dashed).
 */
export function trendOption(
  ind: Pick<CompareIndicator, 'id' | 'unit'>,
  trends: TrendsResult,
  targets: { target: string; label: string }[],
  today: string,
  locale: Locale,
): EChartsOption {
  const { months } = trends;
  const lines = targets.map(({ target, label }, ti) => {
    const points = trends.series.find((s) => s.target === target && s.indicatorId === ind.id)?.points ?? [];
    const byMonth = new Map(points.map((p) => [p.month, p.value]));
    return {
      type: 'line' as const,
      name: label,
      connectNulls: false,
      showSymbol: true,
      symbolSize: 5,
      itemStyle: { color: COLORS[ti % COLORS.length] },
      data: months.map((m) => {
        const v = byMonth.get(m);
        return v == null ? null : chartNumber(ind.unit, v);
      }),
    };
  });
  const option: EChartsOption = {
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (v: unknown) => (ind.unit === 'ratio' ? `${v}%` : `${v}`),
    },
    legend: targets.length > 1 ? { bottom: 0, type: 'plain' } : undefined,
    grid: { left: 8, right: 16, top: 16, bottom: targets.length > 1 ? 40 : 8, containLabel: true },
    xAxis: { type: 'category', data: months, axisLabel: { fontSize: 10 } },
    yAxis: valueAxis(ind) as EChartsOption['yAxis'],
    series: lines as never,
  };
  const allPoints = trends.series.filter((s) => s.indicatorId === ind.id).flatMap((s) => s.points);
  const index = partialMonthIndex(months, allPoints, today);
  return index < 0 ? option : markPartialPeriod(option, index, partialNote(months[index]!, today, locale));
}
