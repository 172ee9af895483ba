import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  COMMON_COMPONENTS,
  COMMON_SERIES,
  MORE_COMPONENTS,
  MORE_SERIES,
} from '../../packages/ui/src/chart-parts';

// The web shell's chart chunks (packages/ui/src/echarts.ts, echarts-more.ts) register only some of ECharts; a series type or
// component it lacks is silently not drawn. So every chart option written in the shell and the plugins' pages must
// use only what it registers.
const SERIES_TYPES: readonly string[] = [...COMMON_SERIES, ...MORE_SERIES];
const COMPONENT_KEYS: readonly string[] = [...COMMON_COMPONENTS, ...MORE_COMPONENTS];
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every series type ECharts has (echarts/charts). */
const ALL_SERIES = [
  'bar',
  'boxplot',
  'candlestick',
  'chord',
  'custom',
  'effectScatter',
  'funnel',
  'gauge',
  'graph',
  'heatmap',
  'line',
  'lines',
  'map',
  'parallel',
  'pictorialBar',
  'pie',
  'radar',
  'sankey',
  'scatter',
  'sunburst',
  'themeRiver',
  'tree',
  'treemap',
];
/** Option keys of ECharts components that need registering (echarts/components), unambiguous enough to grep. */
const ALL_COMPONENT_KEYS = [
  'angleAxis',
  'brush',
  'calendar',
  'dataZoom',
  'dataset',
  'geo',
  'graphic',
  'legend',
  'markArea',
  'markLine',
  'markPoint',
  'matrix',
  'polar',
  'radar',
  'radiusAxis',
  'singleAxis',
  'thumbnail',
  'timeline',
  'toolbox',
  'tooltip',
  'visualMap',
];

function sources(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Files that build chart options: they render <Chart> or type an option. */
function chartFiles() {
  const dirs = [
    join(root, 'apps/web/src'),
    ...readdirSync(join(root, 'plugins')).map((p) => join(root, 'plugins', p, 'src/web')),
  ];
  return dirs
    .flatMap(sources)
    .map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }))
    .filter((f) => /<Chart\b|EChartsOption|ChartOption/.test(f.text));
}

describe('the modular ECharts build', () => {
  const files = chartFiles();

  it('finds the chart code it checks', () => {
    expect(files.map((f) => f.path)).toContain('apps/web/src/compare/compare-charts.tsx');
    expect(files.length).toBeGreaterThan(10);
  });

  it('registers every series type a chart uses', () => {
    const missing = files.flatMap(({ path, text }) =>
      [...text.matchAll(/\btype:\s*['"](\w+)['"]/g)]
        .map((m) => m[1]!)
        .filter((type) => ALL_SERIES.includes(type) && !SERIES_TYPES.includes(type))
        .map((type) => `${path}: series type '${type}'`),
    );
    expect(missing).toEqual([]);
  });

  it('registers every component a chart option names', () => {
    const missing = files.flatMap(({ path, text }) =>
      [...text.matchAll(/\b(\w+)\??:\s/g)]
        .map((m) => m[1]!)
        .filter((key) => ALL_COMPONENT_KEYS.includes(key) && !COMPONENT_KEYS.includes(key))
        .map((key) => `${path}: component '${key}'`),
    );
    expect([...new Set(missing)]).toEqual([]);
  });
});
