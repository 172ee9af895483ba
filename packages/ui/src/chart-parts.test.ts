import { describe, expect, it } from 'vitest';
import {
  COMMON_COMPONENTS,
  COMMON_SERIES,
  chartRules,
  chinaDay,
  hasChartData,
  isPartialPeriod,
  MORE_COMPONENTS,
  MORE_SERIES,
  markPartialPeriod,
  needsMoreParts,
  partialNote,
  partialPeriodIndex,
  rateAxis,
  treemapLabels,
  zeroBaseline,
} from './chart-parts';
import * as common from './echarts';
import * as more from './echarts-more';

describe('chart parts', () => {
  it('lists exactly what each chunk registers', () => {
    expect(Object.keys(common.SERIES).sort()).toEqual([...COMMON_SERIES].sort());
    expect(Object.keys(common.COMPONENTS).sort()).toEqual([...COMMON_COMPONENTS].sort());
    expect(Object.keys(more.SERIES).sort()).toEqual([...MORE_SERIES].sort());
    expect(Object.keys(more.COMPONENTS).sort()).toEqual([...MORE_COMPONENTS].sort());
    for (const part of [common.SERIES, common.COMPONENTS, more.SERIES, more.COMPONENTS].flatMap(
      Object.values,
    ))
      expect(typeof part).toBe('function');
  });

  it('fetches the second chunk only for an option that uses one of its parts', () => {
    expect(needsMoreParts({ series: [{ type: 'bar' }, { type: 'line' }], tooltip: {}, legend: {} })).toBe(
      false,
    );
    expect(needsMoreParts({ series: { type: 'pie' } })).toBe(false);
    expect(needsMoreParts({})).toBe(false);
    expect(needsMoreParts({ series: [{ type: 'bar' }, { type: 'boxplot' }] })).toBe(true);
    expect(needsMoreParts({ series: { type: 'treemap' } })).toBe(true);
    expect(needsMoreParts({ series: [{ type: 'tree' }] })).toBe(true);
    expect(needsMoreParts({ radar: { indicator: [] }, series: [{ type: 'radar' }] })).toBe(true);
    expect(needsMoreParts({ series: [{ type: 'bar' }], dataZoom: [{ type: 'slider' }] })).toBe(true);
    expect(needsMoreParts({ series: [null, { type: 'line' }] })).toBe(false);
  });
});

describe('chart rules', () => {
  const donut = (values: number[]) => ({
    series: [
      { type: 'pie', radius: ['40%', '70%'], data: values.map((value, i) => ({ name: `g${i}`, value })) },
    ],
  });

  it('an all-zero donut has nothing to draw and becomes the 暂无数据 option, not four equal quarters', () => {
    expect(hasChartData(donut([0, 0, 0, 0]))).toBe(false);
    const { option, empty } = chartRules(donut([0, 0, 0, 0]));
    expect(empty).toBe(true);
    expect(option).toMatchObject({ title: { text: '暂无数据' }, series: [] });
    expect(chartRules(donut([0, 0, 0, 0]), 'en').option).toMatchObject({ title: { text: 'No data' } });
    expect(chartRules(donut([0, 3, 0, 0])).empty).toBe(false);
  });

  it('empty series and empty hierarchies are empty; a bar of real zeros is data', () => {
    expect(hasChartData({})).toBe(false);
    expect(hasChartData({ xAxis: { type: 'category', data: [] }, series: [{ type: 'bar', data: [] }] })).toBe(
      false,
    );
    expect(hasChartData({ series: [{ type: 'line', data: [null, '-'] }] })).toBe(false);
    expect(hasChartData({ series: [{ type: 'bar', data: [0, 0] }] })).toBe(true);
    expect(
      hasChartData({
        series: [{ type: 'treemap', data: [{ name: 'a', children: [{ name: 'b', value: 0 }] }] }],
      }),
    ).toBe(false);
    expect(
      hasChartData({
        series: [{ type: 'treemap', data: [{ name: 'a', children: [{ name: 'b', value: 2 }] }] }],
      }),
    ).toBe(true);
  });

  it('value axes start at zero: a minimum above zero, a function or scale: true go', () => {
    const option = {
      xAxis: { type: 'category', data: ['a'] },
      yAxis: [
        { type: 'value', min: (x: { min: number }) => x.min, max: 1 },
        { type: 'value', min: 0.3 },
        { type: 'value', scale: true },
        { type: 'value', min: -5 },
      ],
      series: [{ type: 'bar', data: [0.5] }],
    };
    const fixed = zeroBaseline(option);
    expect(fixed.yAxis).toEqual([
      { type: 'value', min: 0, max: 1 },
      { type: 'value', min: 0 },
      { type: 'value' },
      { type: 'value', min: -5 },
    ]);
    expect(fixed.xAxis).toEqual(option.xAxis);
    expect(chartRules(option).option.yAxis).toEqual(fixed.yAxis);
    expect(rateAxis()).toMatchObject({ type: 'value', min: 0, max: 1 });
    expect((rateAxis(100).axisLabel as { formatter: (v: number) => string }).formatter(30)).toBe('30%');
    expect((rateAxis(1).axisLabel as { formatter: (v: number) => string }).formatter(0.3)).toBe('30%');
  });

  it('treemap labels wrap with an ellipsis and hide on tiles too small to read', () => {
    const series = treemapLabels({
      type: 'treemap',
      label: { fontSize: 10 },
      upperLabel: { show: true, height: 18 },
      data: [],
    });
    const label = series.label as {
      show: boolean;
      overflow: string;
      ellipsis: string;
      fontSize: number;
      formatter: (p: object) => string;
    };
    expect(label).toMatchObject({ show: true, overflow: 'break', ellipsis: '…', fontSize: 10 });
    expect(series.upperLabel).toMatchObject({ show: true, overflow: 'truncate', ellipsis: '…' });
    const tile = (value: number) => ({
      name: '红旗小区党支部',
      value,
      treePathInfo: [{ value: 1000 }, { value: 200 }, { value }],
    });
    expect(label.formatter(tile(100))).toBe('红旗小区党支部');
    expect(label.formatter(tile(1))).toBe('');
    const ruled = chartRules({ series: [{ type: 'treemap', data: [{ name: 'a', value: 3 }] }] }).option;
    expect(ruled.tooltip).toBeDefined();
    expect((ruled.series as { label: { overflow: string } }[])[0]!.label.overflow).toBe('break');
  });

  it('knows which period is still running', () => {
    expect(isPartialPeriod('2026-12', '2026-12-07')).toBe(true);
    expect(isPartialPeriod('2026-12', '2026-12-31')).toBe(false);
    expect(isPartialPeriod('2026-11', '2026-12-07')).toBe(false);
    expect(isPartialPeriod('2024-02', '2024-02-28')).toBe(true);
    expect(isPartialPeriod('2024-02', '2024-02-29')).toBe(false);
    expect(isPartialPeriod('2026-Q4', '2026-12-07')).toBe(true);
    expect(isPartialPeriod('2026-Q3', '2026-12-07')).toBe(false);
    expect(isPartialPeriod('2026', '2026-12-07')).toBe(true);
    expect(isPartialPeriod('2026', '2026-12-31')).toBe(false);
    expect(partialPeriodIndex(['2026-10', '2026-11', '2026-12'], '2026-12-07')).toBe(2);
    expect(partialPeriodIndex(['2025-10', '2025-11', '2025-12'], '2026-12-07')).toBe(-1);
    expect(partialNote('2026-12', '2026-12-07')).toBe('本月截至 7 日');
    expect(partialNote('2026-12', '2026-12-07', 'en')).toBe('month to day 7');
    expect(chinaDay(new Date('2026-12-06T17:30:00Z'))).toBe('2026-12-07');
  });

  it('marks the running period: a note under its label, a paler dashed bar, a dashed last line segment', () => {
    const option = {
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: ['2026-10', '2026-11', '2026-12'] },
      yAxis: { type: 'value' },
      series: [
        { name: '报到', type: 'bar', data: [10, 12, 2] },
        { name: '服务', type: 'line', data: [5, 6, 1] },
      ],
    };
    const marked = markPartialPeriod(option, 2, '本月截至 7 日') as unknown as {
      xAxis: { data: string[] };
      series: any[];
      tooltip: { formatter: (p: object[]) => string };
    };
    expect(marked.xAxis.data).toEqual(['2026-10', '2026-11', '2026-12\n本月截至 7 日']);
    // Shown even where ECharts would skip crowded labels.
    expect((marked.xAxis as { axisLabel?: object }).axisLabel).toEqual({ showMaxLabel: true });
    expect(marked.series[0].data.slice(0, 2)).toEqual([10, 12]);
    expect(marked.series[0].data[2]).toMatchObject({
      value: 2,
      itemStyle: { opacity: 0.45, borderType: 'dashed' },
    });
    const [solid, dashed] = marked.series.slice(1);
    expect(solid).toMatchObject({ name: '服务', type: 'line', data: [5, 6, null] });
    expect(dashed).toMatchObject({
      name: '服务',
      type: 'line',
      data: [null, 6, 1],
      lineStyle: { type: 'dashed' },
    });
    expect(solid.itemStyle.color).toBe(dashed.itemStyle.color);
    // The tooltip names each series once, with the value it has.
    const html = marked.tooltip.formatter([
      { seriesName: '报到', value: 2, marker: '', axisValueLabel: '2026-12' },
      { seriesName: '服务', value: null, marker: '' },
      { seriesName: '服务', value: 1, marker: '' },
    ]);
    expect(html).toBe('2026-12<br/>报到 <b>2</b><br/>服务 <b>1</b>');
    expect(markPartialPeriod(option, -1, 'x')).toBe(option);
    // The original is untouched.
    expect(option.xAxis.data[2]).toBe('2026-12');
  });
});
