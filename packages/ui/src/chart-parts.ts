// Which parts of ECharts a chart option needs, without loading ECharts. The common parts (echarts.ts) come with the
// first chart; the rest (echarts-more.ts: hierarchies, box plots, radars, zoom sliders) only with a chart that uses
// one of them. Each list matches what its module registers (chart-parts.test.ts).

/** Series types (`series[].type`) and option keys of components in the common chunk. */
export const COMMON_SERIES = ['bar', 'line', 'pie', 'scatter'] as const;
export const COMMON_COMPONENTS = ['grid', 'legend', 'markLine', 'title', 'tooltip'] as const;
/** The same for the second chunk. */
export const MORE_SERIES = ['boxplot', 'radar', 'tree', 'treemap'] as const;
export const MORE_COMPONENTS = ['dataZoom', 'radar'] as const;

/** Whether an option uses a series type or component of the second chunk. */
export function needsMoreParts(option: object): boolean {
  const o = option as { series?: unknown };
  const series = Array.isArray(o.series) ? o.series : o.series ? [o.series] : [];
  if (
    series.some((s) =>
      (MORE_SERIES as readonly string[]).includes((s as { type?: string } | null)?.type ?? ''),
    )
  )
    return true;
  return MORE_COMPONENTS.some((key) => (option as Record<string, unknown>)[key] != null);
}

// ---- Chart rules: pure option builders every <Chart> (and so every plugin) gets. ----

type Obj = Record<string, unknown>;
type Locale = 'zh-CN' | 'en';
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : x == null ? [] : [x]);
const seriesOf = (option: object): Obj[] => list((option as Obj).series).filter(isObj);

/** A data item's number: `3`, `{ value: 3 }`, `[x, 3]` (the last of a pair); null for '-', null, NaN. */
function numberOf(item: unknown): number | null {
  const v = isObj(item) ? item.value : item;
  const n = Array.isArray(v) ? v[v.length - 1] : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}
/** Leaves of a hierarchy (treemap, tree) data list. */
function leaves(items: unknown[]): unknown[] {
  return items.flatMap((i) =>
    isObj(i) && Array.isArray(i.children) && i.children.length ? leaves(i.children) : [i],
  );
}

export const NO_DATA: Record<Locale, string> = { 'zh-CN': '暂无数据', en: 'No data' };

/**
 * Whether an option has anything to draw. A pie or treemap whose values are all zero has nothing (ECharts would draw
 * equal slices of nothing), nor a chart whose series are all empty; a bar or line chart of real zeros is data.
 */
export function hasChartData(option: object): boolean {
  const series = seriesOf(option);
  if (!series.length) return false;
  return series.some((s) => {
    const data = list(s.data);
    if (s.type === 'pie' || s.type === 'treemap' || s.type === 'sunburst')
      return (s.type === 'pie' ? data : leaves(data)).some((d) => (numberOf(d) ?? 0) > 0);
    if (s.type === 'radar') return data.length > 0;
    return data.some((d) => numberOf(d) != null);
  });
}

/** What a chart without data shows instead: "暂无数据" in the middle, no axes, no series. */
export function emptyChartOption(locale: Locale = 'zh-CN'): Obj {
  return {
    title: {
      text: NO_DATA[locale],
      left: 'center',
      top: 'middle',
      textStyle: { color: '#8c8c8c', fontSize: 14, fontWeight: 'normal' },
    },
    series: [],
  };
}

/**
 * Value axes start at zero: a `min` above zero (or a function, which ECharts may answer above zero) and `scale: true`
 * make a 30% bar look empty and a small difference look large, so both go. Counts, rates and scores all start at 0.
 */
export function zeroBaseline<T extends object>(option: T): T {
  const fix = (axis: unknown): unknown => {
    if (!isObj(axis) || (axis.type !== undefined && axis.type !== 'value')) return axis;
    const { scale: _scale, ...rest } = axis;
    const min = rest.min;
    if (
      typeof min === 'function' ||
      (typeof min === 'number' && min > 0) ||
      (typeof min === 'string' && min !== '0')
    )
      return { ...rest, min: 0 };
    return rest;
  };
  const o = option as Obj;
  const out: Obj = { ...o };
  for (const key of ['xAxis', 'yAxis'] as const)
    if (o[key] !== undefined) out[key] = Array.isArray(o[key]) ? (o[key] as unknown[]).map(fix) : fix(o[key]);
  return out as T;
}

/** A rate axis: from 0 to 100% (`max` 1 for fractions, 100 for percents), labelled in percent. */
export function rateAxis(max: 1 | 100 = 1, extra: Obj = {}): Obj {
  return {
    type: 'value',
    min: 0,
    max,
    axisLabel: { formatter: (v: number) => `${Math.round(max === 1 ? v * 100 : v)}%` },
    ...extra,
  };
}

/** The smallest share of the whole a treemap tile needs for its label (below it the tile is too small to read one). */
export const TREEMAP_LABEL_MIN_SHARE = 0.006;

/**
 * Treemap labels that can be read: a long name wraps inside its tile and ends in "…" when the tile is too short (the
 * tooltip names it in full), a tiny tile shows no label at all instead of one or two characters.
 */
export function treemapLabels<T extends Obj>(series: T, minShare = TREEMAP_LABEL_MIN_SHARE): T {
  const label = isObj(series.label) ? series.label : {};
  const upper = isObj(series.upperLabel) ? series.upperLabel : undefined;
  return {
    ...series,
    label: {
      show: true,
      ...label,
      overflow: 'break',
      ellipsis: '…',
      formatter: (p: { name?: string; value?: unknown; treePathInfo?: { value?: unknown }[] }) => {
        const whole = Number(p.treePathInfo?.[0]?.value);
        const share = Number(p.value) / whole;
        return whole > 0 && share < minShare ? '' : (p.name ?? '');
      },
    },
    ...(upper ? { upperLabel: { ...upper, overflow: 'truncate', ellipsis: '…' } } : {}),
  };
}

/**
 * Every chart's rules in one place, applied by <Chart>: nothing to draw → the "暂无数据" option; value axes from zero;
 * treemap labels that wrap, end in "…" and hide on tiny tiles; a tooltip wherever a label may be cut.
 */
export function chartRules(option: object, locale: Locale = 'zh-CN'): { option: Obj; empty: boolean } {
  if (!hasChartData(option)) return { option: emptyChartOption(locale), empty: true };
  const out = zeroBaseline(option as Obj);
  const series = (option as Obj).series;
  if (seriesOf(option).some((s) => s.type === 'treemap')) {
    const fixed = list(series).map((s) => (isObj(s) && s.type === 'treemap' ? treemapLabels(s) : s));
    out.series = fixed;
    if (out.tooltip === undefined) out.tooltip = {};
  }
  return { option: out, empty: false };
}

/** A period key ('YYYY', 'YYYY-MM', 'YYYY-Qn') that contains `today` ('YYYY-MM-DD') and has not ended with it. */
export function isPartialPeriod(key: string, today: string): boolean {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (/^\d{4}-\d{2}$/.test(key)) return key === today.slice(0, 7) && d < lastDay(y, m);
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  if (q) {
    const end = Number(q[2]) * 3;
    return Number(q[1]) === y && m > end - 3 && m <= end && !(m === end && d === lastDay(y, m));
  }
  if (/^\d{4}$/.test(key)) return Number(key) === y && !(m === 12 && d === 31);
  return false;
}

/** Which of the categories is the period still running on `today` (-1: none). */
export function partialPeriodIndex(categories: readonly string[], today: string): number {
  return categories.findIndex((c) => isPartialPeriod(c, today));
}

/** "本月截至 7 日" for the running month (the quarter and year say so too). */
export function partialNote(key: string, today: string, locale: Locale = 'zh-CN'): string {
  const d = Number(today.slice(8, 10));
  const md = `${Number(today.slice(5, 7))}-${d}`;
  if (/^\d{4}-\d{2}$/.test(key)) return locale === 'zh-CN' ? `本月截至 ${d} 日` : `month to day ${d}`;
  return locale === 'zh-CN' ? `截至 ${Number(today.slice(5, 7))} 月 ${d} 日` : `to ${md}`;
}

/**
 * Marks the category at `index` (a period still running, see partialPeriodIndex) as partial, so its small value reads
 * as "so far" and not as a collapse: the axis label gets `note` on a second line; a bar there is paler with a dashed
 * outline; a line's last segment into it is dashed (the line is split into a solid part and a dashed part of the same name
 * and colour). An index outside the categories changes nothing.
 */
export function markPartialPeriod<T extends object>(option: T, index: number, note: string): T {
  const o = option as Obj;
  const axes = ['xAxis', 'yAxis'] as const;
  const key = axes.find((k) =>
    list(o[k]).some((a) => isObj(a) && a.type === 'category' && Array.isArray(a.data)),
  );
  if (!key) return option;
  const axis = list(o[key]).find((a) => isObj(a) && a.type === 'category') as Obj;
  const categories = axis.data as unknown[];
  if (index < 0 || index >= categories.length) return option;
  // The note must be seen: ECharts may skip an end label when the labels are crowded, so that one is always shown.
  const edge =
    index === categories.length - 1 ? { showMaxLabel: true } : index === 0 ? { showMinLabel: true } : {};
  const labelled = {
    ...axis,
    data: categories.map((c, i) => (i === index ? `${String(isObj(c) ? c.value : c)}\n${note}` : c)),
    axisLabel: { ...(isObj(axis.axisLabel) ? axis.axisLabel : {}), ...edge },
  };
  const out: Obj = {
    ...o,
    [key]: Array.isArray(o[key]) ? (o[key] as unknown[]).map((a) => (a === axis ? labelled : a)) : labelled,
  };
  const palette = [
    '#5470c6',
    '#91cc75',
    '#fac858',
    '#ee6666',
    '#73c0de',
    '#3ba272',
    '#fc8452',
    '#9a60b4',
    '#ea7ccc',
  ];
  out.series = list(o.series).flatMap((s, si) => {
    if (!isObj(s) || !Array.isArray(s.data)) return [s];
    if (s.type === 'bar') {
      const data = s.data.map((d, i) =>
        i === index
          ? {
              ...(isObj(d) ? d : { value: d }),
              itemStyle: {
                ...(isObj(d) && isObj(d.itemStyle) ? d.itemStyle : {}),
                opacity: 0.45,
                borderType: 'dashed',
                borderWidth: 1.5,
                borderColor: '#595959',
              },
            }
          : d,
      );
      return [{ ...s, data }];
    }
    if (s.type === 'line' && index > 0) {
      const color =
        (isObj(s.itemStyle) && s.itemStyle.color) ||
        (isObj(s.lineStyle) && s.lineStyle.color) ||
        (s.color as string | undefined) ||
        palette[si % palette.length];
      const solid = s.data.map((d, i) => (i >= index ? null : d));
      const dashed = s.data.map((d, i) => (i === index - 1 || i === index ? d : null));
      const { areaStyle: _a, ...plain } = s;
      return [
        { ...s, data: solid, itemStyle: { ...(isObj(s.itemStyle) ? s.itemStyle : {}), color } },
        {
          ...plain,
          data: dashed,
          itemStyle: { ...(isObj(s.itemStyle) ? s.itemStyle : {}), color },
          lineStyle: { ...(isObj(s.lineStyle) ? s.lineStyle : {}), color, type: 'dashed' },
        },
      ];
    }
    return [s];
  });
  // A split line is two series of one name: the axis tooltip lists each name once, with its value where it has one.
  const tooltip = isObj(o.tooltip) ? o.tooltip : undefined;
  if (tooltip && tooltip.trigger === 'axis' && tooltip.formatter === undefined) {
    const format =
      typeof tooltip.valueFormatter === 'function'
        ? (tooltip.valueFormatter as (v: unknown) => string)
        : (v: unknown) => String(v);
    out.tooltip = {
      ...tooltip,
      formatter: (params: unknown) => {
        const rows = list(params).filter(isObj);
        const seen = new Set<string>();
        const lines = rows.flatMap((p) => {
          const name = String(p.seriesName ?? '');
          const v = numberOf(p);
          if (v == null || seen.has(name)) return [];
          seen.add(name);
          return [`${String(p.marker ?? '')}${name} <b>${format(v)}</b>`];
        });
        return [String(rows[0]?.axisValueLabel ?? ''), ...lines].join('<br/>');
      },
    };
  }
  return out as T;
}

/** The day `now` is in China ('YYYY-MM-DD'), the calendar the periods follow. */
export function chinaDay(now: Date = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}
