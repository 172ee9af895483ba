import type { EChartsOption } from 'echarts';
import * as echarts from 'echarts';
import { useEffect, useRef } from 'react';

/** ECharts in a div that follows its container's size. */
export function Chart({
  option,
  height = 320,
  testId,
}: {
  option: EChartsOption;
  height?: number;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    chart.current = echarts.init(ref.current);
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={ref} style={{ width: '100%', height }} data-testid={testId} />;
}

/** Percent with one decimal, or '—' for "not applicable". */
export function formatRatio(value: number | null | undefined): string {
  return value == null || Number.isNaN(value) ? '—' : `${(value * 100).toFixed(1)}%`;
}
