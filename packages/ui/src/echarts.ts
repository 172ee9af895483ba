// ECharts, built from its parts, in two chunks fetched only when a <Chart> mounts (see chart.tsx), so the login page
// never loads it: this one has the common series and components; echarts-more.ts the rarer ones. A series type or
// component registered in neither is not drawn: add it (tests/integration/echarts-modules.test.ts fails on a
// `type: '…'` series or an option key that is missing).
import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendPlainComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { COMMON_COMPONENTS, COMMON_SERIES } from './chart-parts';

/** Series types and what draws them. */
export const SERIES = {
  bar: BarChart,
  line: LineChart,
  pie: PieChart,
  scatter: ScatterChart,
} satisfies Record<(typeof COMMON_SERIES)[number], unknown>;
/** Option keys (top-level or in a series) of components, and the component. */
export const COMPONENTS = {
  grid: GridComponent,
  legend: LegendPlainComponent,
  markLine: MarkLineComponent,
  title: TitleComponent,
  tooltip: TooltipComponent,
} satisfies Record<(typeof COMMON_COMPONENTS)[number], unknown>;

echarts.use([...Object.values(SERIES), ...Object.values(COMPONENTS), CanvasRenderer]);

export { echarts };
