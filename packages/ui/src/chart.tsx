import type { EChartsOption } from 'echarts';
import type { EChartsType } from 'echarts/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { chartRules, needsMoreParts } from './chart-parts';

const chunks = new Map<string, Promise<unknown>>();

/** A chunk fetched once; a failed fetch (a deploy replaced it, the network dropped) may be retried. */
function chunk<T>(key: string, load: () => Promise<T>): Promise<T> {
  let pending = chunks.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load().catch((e: unknown) => {
      chunks.delete(key);
      throw e;
    });
    chunks.set(key, pending);
  }
  return pending;
}

/**
 * ECharts with the parts `option` needs, fetched when the first chart mounts (the login page never loads it): the
 * common chunk, and the second one too for a hierarchy, box plot, radar or zoom slider.
 */
export async function loadEcharts(option: object = {}): Promise<typeof import('./echarts')> {
  const [common] = await Promise.all([
    chunk('common', () => import('./echarts')),
    needsMoreParts(option) ? chunk('more', () => import('./echarts-more')) : undefined,
  ]);
  return common;
}

/** The user's "reduce motion" setting (an accessibility setting on phones and desktops). */
function reducedMotion(): boolean {
  try {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return false;
  }
}

/**
 * ECharts in a div that follows its container's size. `data-chart` says whether it is `loading`, `ready`, `empty`
 * (nothing to draw: it says 暂无数据) or `failed`. Every option goes through chartRules (chart-parts.ts).
 */
export function Chart({
  option: given,
  height = 320,
  testId,
  locale,
}: {
  option: EChartsOption;
  height?: number;
  testId?: string;
  /** The "no data" text's language; by default the page's (`<html lang>`). */
  locale?: 'zh-CN' | 'en';
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  // Whether the instance was created with the second chunk's parts: ECharts takes a chart type's layout when an
  // instance is created, so one created for the "no data" option cannot later draw a treemap (it must be re-created).
  const withMore = useRef(false);
  const observer = useRef<ResizeObserver | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'empty' | 'failed'>('loading');
  const lang =
    locale ?? (typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'zh-CN');
  const ruled = useMemo(() => chartRules(given, lang), [given, lang]);
  useEffect(() => {
    let cancelled = false;
    const { option, empty } = ruled;
    // The parts are fetched for the option as given (the rules only take parts away), so an empty treemap already
    // brings the treemap's chunk.
    const more = needsMoreParts(given);
    loadEcharts(given).then(
      ({ echarts }) => {
        const element = ref.current;
        if (cancelled || !element) return;
        if (chart.current && more && !withMore.current) {
          observer.current?.disconnect();
          chart.current.dispose();
          chart.current = null;
        }
        if (!chart.current) {
          const instance = echarts.init(element);
          chart.current = instance;
          withMore.current = more;
          observer.current = new ResizeObserver(() => instance.resize());
          observer.current.observe(element);
        }
        // With "reduce motion" on, charts appear drawn instead of growing in (as the shell's menus and dialogs do).
        const shown = option as EChartsOption;
        chart.current.setOption(reducedMotion() ? { ...shown, animation: false } : shown, true);
        setState(empty ? 'empty' : 'ready');
      },
      (e: unknown) => {
        if (cancelled) return;
        console.error('chart library failed to load', e);
        setState('failed');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [ruled, given]);
  useEffect(
    () => () => {
      observer.current?.disconnect();
      observer.current = null;
      chart.current?.dispose();
      chart.current = null;
    },
    [],
  );
  return <div ref={ref} style={{ width: '100%', height }} data-testid={testId} data-chart={state} />;
}

/** A ratio as a percent with `digits` decimals (one by default), or '—' for "not applicable". */
export function formatRatio(value: number | null | undefined, digits = 1): string {
  return value == null || Number.isNaN(value) ? '—' : `${(value * 100).toFixed(digits)}%`;
}
