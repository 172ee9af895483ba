import { chartRules } from '@jiceng/ui';
import { describe, expect, it } from 'vitest';
import { barOption, radarOption, trendOption } from './chart-options';
import {
  formatReference,
  formatValue,
  normalizedScores,
  notApplicableNotes,
  outcomeLines,
  partialMonthIndex,
  radarIndicators,
  referenceText,
  wrapLabel,
} from './format';
import type { CompareColumn, CompareIndicator, IndicatorValue, TrendsResult } from './types';

const t = (zh: string, en = zh) => ({ 'zh-CN': zh, en });
const ind = (id: string, over: Partial<CompareIndicator> = {}): CompareIndicator => ({
  id,
  names: t(`指标${id}`, `Indicator ${id}`),
  definition: t('定义'),
  unit: 'ratio',
  direction: 'higher_is_better',
  period: 'any',
  computedBy: [],
  shared: true,
  facts: ['engagement'],
  ...over,
});
const ok = (value: number): IndicatorValue => ({ status: 'ok', value });
const na = (reason?: string): IndicatorValue => ({ status: 'not_applicable', ...(reason ? { reason } : {}) });
const col = (code: string, values: Record<string, IndicatorValue>, over: Partial<CompareColumn> = {}) =>
  ({
    target: code,
    city: { id: code.length, code, nameZh: `${code}市`, nameEn: code },
    org: null,
    models: [],
    values: Object.fromEntries(
      Object.entries(values).map(([id, value]) => [id, { pluginId: 'core', value, computedAt: '' }]),
    ),
    references: {},
    ...over,
  }) as CompareColumn;

/** The parts of an option these tests read. */
interface Opt {
  series: { name?: string; type?: string; data: unknown[]; lineStyle?: { type?: string } }[];
  xAxis: { data: unknown[] };
  yAxis: { min?: number; max?: number };
  radar: { indicator: unknown[] };
}
const opt = (o: object | null) => o as unknown as Opt;

const REF = { value: 0.9997, source: t('龙岩市委组织部通报', 'Longyan report'), pluginId: 'longyan' };

describe('reference figures', () => {
  it('keeps a published ratio as written: 99.97%, not rounded to 100.0%', () => {
    expect(formatValue('ratio', 0.9997)).toBe('100.0%');
    expect(formatReference('ratio', 0.9997)).toBe('99.97%');
    expect(formatReference('ratio', 0.5)).toBe('50%');
    expect(formatReference('days', 3.456)).toBe('3.46');
  });

  it('says where the figure comes from, in the page language', () => {
    expect(referenceText('ratio', REF, 'zh-CN')).toBe('参考 99.97%（龙岩市委组织部通报）');
    expect(referenceText('ratio', REF, 'en')).toBe('Reference 99.97% (Longyan report)');
    expect(referenceText('hours', { ...REF, value: 12, source: t('') }, 'zh-CN')).toBe('参考 12');
  });
});

describe('radar normalisation', () => {
  const cols = [
    col('a', { r: ok(0.8), d: ok(4), h: ok(10), m: ok(1) }),
    col('b', { r: ok(0.4), d: ok(8), h: ok(5), m: na('x') }),
    col('c', { r: na('不记录'), d: ok(2), h: ok(0), m: na('y') }),
  ];

  it('keeps ratios, divides by the best, inverts lower-is-better, leaves n/a empty', () => {
    expect(normalizedScores(ind('r'), cols)).toEqual([0.8, 0.4, null]);
    expect(normalizedScores(ind('h', { unit: 'hours' }), cols)).toEqual([1, 0.5, 0]);
    expect(normalizedScores(ind('d', { unit: 'days', direction: 'lower_is_better' }), cols)).toEqual([
      0.5, 0.25, 1,
    ]);
    expect(normalizedScores(ind('r', { direction: 'lower_is_better' }), cols)[0]).toBeCloseTo(0.2);
  });

  it('draws shared indicators only, and only those two columns compute', () => {
    const inds = [ind('r'), ind('d', { unit: 'days' }), ind('h', { shared: false }), ind('m')];
    expect(radarIndicators(inds, cols).map((i) => i.id)).toEqual(['r', 'd']);
    // One column compared: a spoke it computes is enough.
    expect(radarIndicators(inds, [cols[0]!]).map((i) => i.id)).toEqual(['r', 'd', 'm']);
    expect(radarIndicators(inds, [])).toEqual([]);
  });

  it('puts every spoke on 0..1 and leaves n/a as a gap', () => {
    const option = opt(radarOption([ind('r'), ind('h', { unit: 'hours' })], cols, 'zh-CN'));
    expect(option.radar.indicator).toEqual([
      { name: '指标r', min: 0, max: 1 },
      { name: '指标h', min: 0, max: 1 },
    ]);
    const long = radarOption(
      [ind('r', { names: t('在职党员报到(登记)率', 'In-service members engaged') })],
      cols,
      'en',
    );
    expect(opt(long).radar.indicator).toEqual([{ name: 'In-service\nmembers\nengaged', min: 0, max: 1 }]);
    expect(
      opt(radarOption([ind('r', { names: t('在职党员报到(登记)率') })], cols, 'zh-CN')).radar.indicator,
    ).toEqual([{ name: '在职党员报到\n(登记)率', min: 0, max: 1 }]);
    expect(option.series[0]!.data.map((d) => (d as { value: unknown }).value)).toEqual([
      [0.8, 1],
      [0.4, 0.5],
      ['-', 0],
    ]);
    expect(radarOption([], cols, 'zh-CN')).toBeNull();
  });
});

describe('chart labels', () => {
  it('wraps at spaces, or every few characters in Chinese', () => {
    expect(wrapLabel('短', 6)).toBe('短');
    expect(wrapLabel('Median days to close', 12)).toBe('Median days\nto close');
    expect(wrapLabel('共建项目完成率共建', 4)).toBe('共建项目\n完成率共\n建');
  });
});

describe('not applicable and outcomes', () => {
  it('lists each column that cannot compute, with its reason', () => {
    const cols = [col('a', { s: ok(1) }), col('b', { s: na('济南模式不记录党员服务') }), col('c', {})];
    expect(notApplicableNotes(ind('s'), cols, 'zh-CN')).toEqual([
      { target: 'b', label: 'b市', reason: '济南模式不记录党员服务' },
      { target: 'c', label: 'c市', reason: null },
    ]);
  });

  it("describes what a column's models count for the indicator's facts", () => {
    const c = col(
      'a',
      {},
      {
        outcomes: {
          engagement: { applicable: true, text: [t('报到', 'report-in'), t('双向登记', 'registration')] },
          service: { applicable: false, text: [t('不记录服务', 'no service')] },
        },
      },
    );
    expect(outcomeLines(c, ['engagement', 'service', 'request'], 'zh-CN')).toEqual([
      { fact: 'engagement', applicable: true, text: '报到；双向登记' },
      { fact: 'service', applicable: false, text: '不记录服务' },
    ]);
    expect(outcomeLines(c, ['engagement'], 'en')[0]!.text).toBe('report-in; registration');
  });
});

describe('bar chart per indicator', () => {
  const cols = [
    col('longyan', { r: ok(0.9992) }, { references: { r: [REF] } }),
    col('jinan', { r: na('不记录') }),
  ];

  it('draws no bar for n/a (never a 0) and names it under the column', () => {
    const option = opt(barOption(ind('r'), cols, 'zh-CN'));
    expect(option.series[0]!.data[0]).toMatchObject({ value: 99.92 });
    expect(option.series[0]!.data[1]).toBe('-');
    expect(option.xAxis.data).toEqual(['longyan市', 'jinan市\n(不适用)']);
  });

  it('marks the published figure beside the computed bar, on the percent axis from 0', () => {
    const option = opt(barOption(ind('r'), cols, 'zh-CN'));
    const ref = option.series[1]!;
    expect(ref.type).toBe('scatter');
    expect(ref.data).toEqual([{ value: [0, 99.97], name: '参考 99.97%（龙岩市委组织部通报）' }]);
    const ruled = chartRules(option);
    expect(ruled.empty).toBe(false);
    expect(opt(ruled.option).yAxis).toMatchObject({ min: 0, max: 100 });
    // Without references there is no second series.
    expect(opt(barOption(ind('r'), [cols[1]!], 'zh-CN')).series).toHaveLength(1);
  });

  it('says 暂无数据 when no column computes it and no figure is published', () => {
    expect(chartRules(barOption(ind('r'), [cols[1]!], 'zh-CN')).empty).toBe(true);
  });
});

describe('trend lines', () => {
  const trends: TrendsResult = {
    months: ['2026-10', '2026-11', '2026-12'],
    series: [
      {
        target: 'longyan',
        indicatorId: 'r',
        points: [
          { month: '2026-10', value: 0.5, partial: false },
          { month: '2026-11', value: null, partial: false },
          { month: '2026-12', value: 0.25, partial: true },
        ],
      },
      {
        target: 'jinan',
        indicatorId: 'r',
        points: [
          { month: '2026-10', value: null, partial: false },
          { month: '2026-11', value: null, partial: false },
          { month: '2026-12', value: null, partial: true },
        ],
      },
    ],
  };
  const targets = [
    { target: 'longyan', label: '龙岩' },
    { target: 'jinan', label: '济南' },
  ];

  it('finds the running month from the answer, else from today', () => {
    expect(partialMonthIndex(trends.months, trends.series[0]!.points, '2026-12-07')).toBe(2);
    const settled = trends.series[0]!.points.map((p) => ({ ...p, partial: false }));
    expect(partialMonthIndex(trends.months, settled, '2026-12-07')).toBe(2);
    expect(partialMonthIndex(trends.months, settled, '2026-12-31')).toBe(-1);
    expect(partialMonthIndex(trends.months, settled, '2027-02-01')).toBe(-1);
  });

  it('leaves a month without a value as a gap and marks the current month partial', () => {
    const option = opt(trendOption(ind('r'), trends, targets, '2026-12-07', 'zh-CN'));
    expect(option.xAxis.data).toEqual(['2026-10', '2026-11', '2026-12\n本月截至 7 日']);
    const longyan = option.series.filter((s) => s.name === '龙岩');
    // The solid part up to the last full month, the dashed part into the running one: nulls stay nulls.
    expect(longyan[0]!.data).toEqual([50, null, null]);
    expect(longyan[1]!.data).toEqual([null, null, 25]);
    expect(longyan[1]!.lineStyle?.type).toBe('dashed');
    expect(option.series.filter((s) => s.name === '济南').flatMap((s) => s.data)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(opt(chartRules(option).option).yAxis.min).toBe(0);
  });

  it('says 暂无数据 when no month has a value', () => {
    const empty = trendOption(ind('r'), trends, [targets[1]!], '2026-12-07', 'zh-CN');
    expect(chartRules(empty)).toMatchObject({ empty: true });
    expect(chartRules(trendOption(ind('x'), trends, targets, '2026-12-07', 'zh-CN')).empty).toBe(true);
  });
});
