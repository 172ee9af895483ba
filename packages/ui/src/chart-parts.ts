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
  if (series.some((s) => (MORE_SERIES as readonly string[]).includes((s as { type?: string } | null)?.type ?? ''))) return true;
  return MORE_COMPONENTS.some((key) => (option as Record<string, unknown>)[key] != null);
}
