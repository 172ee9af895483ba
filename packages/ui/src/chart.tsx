import type { EChartsOption } from 'echarts';
import type { EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

let loading: Promise<typeof import('./echarts')> | undefined;

/** ECharts' own chunk, fetched once, when the first chart mounts (the login page never loads it). */
export function loadEcharts() {
  loading ??= import('./echarts').catch((e: unknown) => {
    loading = undefined; // a failed fetch (a deploy replaced the chunk, the network dropped) may be retried
    throw e;
  });
  return loading;
}

/** ECharts in a div that follows its container's size. `data-chart` says whether it is `loading`, `ready` or `failed`. */
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
  const chart = useRef<EChartsType | null>(null);
  const latest = useRef(option);
  latest.current = option;
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let disposed = false;
    let observer: ResizeObserver | undefined;
    loadEcharts().then(
      ({ echarts }) => {
        if (disposed) return;
        const instance = echarts.init(element);
        chart.current = instance;
        instance.setOption(latest.current, true);
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(element);
        setState('ready');
      },
      (e: unknown) => {
        if (disposed) return;
        console.error('chart library failed to load', e);
        setState('failed');
      },
    );
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={ref} style={{ width: '100%', height }} data-testid={testId} data-chart={state} />;
}

/** Percent with one decimal, or '—' for "not applicable". */
export function formatRatio(value: number | null | undefined): string {
  return value == null || Number.isNaN(value) ? '—' : `${(value * 100).toFixed(1)}%`;
}
