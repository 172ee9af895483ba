import { Chart } from '@jiceng/ui';
import { Select, Tag } from 'antd';
import type { ComponentProps } from 'react';
import { AREAS, COMMUNITY_TYPES, label, RESULTS, SCORING_RULES, SOURCES, STATES } from '../shared/model';

export type Locale = 'zh-CN' | 'en';
export type ChartOption = ComponentProps<typeof Chart>['option'];

/** `tr(locale)('中文', 'English')`: every string of the pages in both languages. */
export const tr = (locale: Locale) => (zh: string, en: string) => (locale === 'zh-CN' ? zh : en);

export const areaName = (code: string, locale: Locale) => label(AREAS, code, locale);
export const typeName = (code: string | null | undefined, locale: Locale) =>
  label(COMMUNITY_TYPES, code, locale);
export const resultName = (code: string | null | undefined, locale: Locale) => label(RESULTS, code, locale);
export const stateName = (code: string, locale: Locale) => label(STATES, code, locale);
export const sourceName = (code: string, locale: Locale) => label(SOURCES, code, locale);
export const ruleName = (code: string, locale: Locale) => label(SCORING_RULES, code, locale);

export const fmtScore = (v: number | null | undefined, digits = 1) => (v == null ? '—' : v.toFixed(digits));
export const fmtPct = (v: number | null | undefined) => (v == null ? '—' : `${(v * 100).toFixed(1)}%`);
export const fmtDelta = (v: number | null | undefined) =>
  v == null ? '—' : `${v > 0 ? '+' : ''}${v.toFixed(1)}`;

const STATE_COLORS: Record<string, string> = {
  planned: 'default',
  in_progress: 'processing',
  in_review: 'warning',
  done: 'success',
};
export function StateTag({ state, locale }: { state: string; locale: Locale }) {
  return (
    <Tag color={STATE_COLORS[state]} data-testid={`state-${state}`}>
      {stateName(state, locale)}
    </Tag>
  );
}

const RESULT_COLORS: Record<string, string> = {
  met: 'green',
  partly: 'gold',
  not_met: 'red',
  not_applicable: 'default',
};
export function ResultTag({ result, locale }: { result: string | null | undefined; locale: Locale }) {
  if (!result) return <span style={{ color: 'rgba(0, 0, 0, 0.6)' }}>—</span>;
  return <Tag color={RESULT_COLORS[result]}>{resultName(result, locale)}</Tag>;
}

export function SourceTag({ source, locale }: { source: string; locale: Locale }) {
  const color = source === 'article' ? 'red' : source === 'drafted' ? 'blue' : 'purple';
  return (
    <Tag color={color} style={{ marginInlineEnd: 0 }}>
      {sourceName(source, locale)}
    </Tag>
  );
}

/** Red (low) → amber → green (high) for a 0–100 score. */
export function scoreColor(v: number | null | undefined): string {
  if (v == null) return '#f5f5f5';
  const x = Math.max(0, Math.min(100, v));
  if (x < 60) return '#ffccc7';
  if (x < 70) return '#ffe7ba';
  if (x < 80) return '#fff1b8';
  if (x < 90) return '#d9f7be';
  return '#b7eb8f';
}

export interface CampaignOption {
  id: number;
  name: string;
  periodFrom: string;
  periodTo: string;
  templateLabel: string;
  assessments: number;
  byState: Record<string, number>;
}

export function CampaignSelect({
  campaigns,
  value,
  onChange,
  testId = 'campaign-select',
  label,
}: {
  campaigns: CampaignOption[];
  value: number | undefined;
  onChange: (id: number) => void;
  testId?: string;
  /** Its name for screen readers (no visible label stands beside it). */
  label: string;
}) {
  return (
    <Select
      aria-label={label}
      data-testid={testId}
      style={{ minWidth: 280 }}
      value={value}
      onChange={onChange}
      options={campaigns.map((c) => ({ value: c.id, label: `${c.name}（${c.templateLabel}）` }))}
    />
  );
}

/** Radar of the 8 areas (0–100), optionally with the previous campaign as a second line. */
export function AreaRadar({
  areas,
  previous,
  locale,
  height = 340,
  testId = 'radar',
  names,
}: {
  areas: Record<string, number | null>;
  previous?: Record<string, number | null> | null;
  locale: Locale;
  height?: number;
  testId?: string;
  names?: [string, string];
}) {
  const t = tr(locale);
  const [now, before] = names ?? [t('本次', 'This campaign'), t('上次', 'Previous')];
  const option: ChartOption = {
    tooltip: {},
    legend: { bottom: 0, data: previous ? [now, before] : [now] },
    radar: {
      radius: '62%',
      indicator: AREAS.map((a) => ({ name: a[locale], max: 100 })),
    },
    series: [
      {
        type: 'radar',
        data: [
          {
            name: now,
            value: AREAS.map((a) => Math.round((areas[a.code] ?? 0) * 10) / 10),
            areaStyle: { opacity: 0.25 },
          },
          ...(previous
            ? [
                {
                  name: before,
                  value: AREAS.map((a) => Math.round((previous[a.code] ?? 0) * 10) / 10),
                  lineStyle: { type: 'dashed' as const },
                },
              ]
            : []),
        ],
      },
    ],
  };
  return <Chart option={option} height={height} testId={testId} />;
}

export function download(url: string) {
  const a = document.createElement('a');
  a.href = url;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Keeps a query parameter of the current URL in step with the page's state (no router needed). */
export function readParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}
export function writeParam(name: string, value: string | number | null) {
  const url = new URL(window.location.href);
  if (value == null) url.searchParams.delete(name);
  else url.searchParams.set(name, String(value));
  window.history.replaceState(window.history.state, '', url);
}
