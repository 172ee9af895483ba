// The rarer parts of ECharts, in a chunk of their own: fetched with the first chart that uses one (chart-parts.ts).
import { BoxplotChart, RadarChart, TreeChart, TreemapChart } from 'echarts/charts';
import { DataZoomSliderComponent, RadarComponent } from 'echarts/components';
import { use } from 'echarts/core';
import type { MORE_COMPONENTS, MORE_SERIES } from './chart-parts';

export const SERIES = {
  boxplot: BoxplotChart,
  radar: RadarChart,
  tree: TreeChart,
  treemap: TreemapChart,
} satisfies Record<(typeof MORE_SERIES)[number], unknown>;
export const COMPONENTS = {
  dataZoom: DataZoomSliderComponent,
  radar: RadarComponent,
} satisfies Record<(typeof MORE_COMPONENTS)[number], unknown>;

use([...Object.values(SERIES), ...Object.values(COMPONENTS)]);
