// ECharts, built from its parts: only the series and components the shell's and plugins' charts use, so the chunk
// holding it is a fraction of `import * as echarts` — and it is fetched only when a <Chart> first mounts (see
// chart.tsx). A chart using a series type or component not registered here draws nothing of it: add it below
// (echarts.test.ts fails on a `type: '…'` series or an option key that is missing).
import { BarChart, BoxplotChart, LineChart, PieChart, RadarChart, ScatterChart, TreeChart, TreemapChart } from 'echarts/charts';
import {
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/** Series types (`series[].type`) a chart may use, and what draws them. */
const SERIES = {
  bar: BarChart,
  boxplot: BoxplotChart,
  line: LineChart,
  pie: PieChart,
  radar: RadarChart,
  scatter: ScatterChart,
  tree: TreeChart,
  treemap: TreemapChart,
};
/** Option keys (top-level or in a series) of the optional components a chart may use. */
const COMPONENTS = {
  dataZoom: DataZoomSliderComponent,
  grid: GridComponent,
  legend: LegendComponent,
  markArea: MarkAreaComponent,
  markLine: MarkLineComponent,
  radar: RadarComponent,
  title: TitleComponent,
  tooltip: TooltipComponent,
};

echarts.use([...Object.values(SERIES), ...Object.values(COMPONENTS), CanvasRenderer]);

export const SERIES_TYPES: readonly string[] = Object.keys(SERIES);
export const COMPONENT_KEYS: readonly string[] = Object.keys(COMPONENTS);
export { echarts };
