import { Chart, type Label, type Locale, label as labelOf, type ResponseOf, tr } from '@jiceng/ui';
import { Select, Tag } from 'antd';
import type { ComponentProps } from 'react';
import {
  AREAS,
  COMMUNITY_TYPES,
  RECTIFICATION_STATUSES,
  RESULTS,
  SCORING_RULES,
  SOURCES,
  STATES,
} from '../shared/model';
import type { paths } from './api.generated';

export type ChartOption = ComponentProps<typeof Chart>['option'];

type Vocabulary = readonly ({ code: string } & Label)[];

/** A Jinan vocabulary (an ordered list) as the code → words map the toolkit reads. */
export const wordsOf = (list: Vocabulary): Record<string, Label> =>
  Object.fromEntries(list.map((i) => [i.code, { 'zh-CN': i['zh-CN'], en: i.en }]));

/** The toolkit's `label` over one of Jinan's vocabularies: '—' for none, the code itself when unknown. */
const label = (list: Vocabulary, code: string | null | undefined, locale: Locale) =>
  labelOf(wordsOf(list), code, locale);

export const areaName = (code: string, locale: Locale) => label(AREAS, code, locale);
export const typeName = (code: string | null | undefined, locale: Locale) =>
  label(COMMUNITY_TYPES, code, locale);
export const resultName = (code: string | null | undefined, locale: Locale) => label(RESULTS, code, locale);
export const stateName = (code: string, locale: Locale) => label(STATES, code, locale);
export const sourceName = (code: string, locale: Locale) => label(SOURCES, code, locale);
export const ruleName = (code: string, locale: Locale) => label(SCORING_RULES, code, locale);
export const rectificationStatusName = (code: string | null | undefined, locale: Locale) =>
  label(RECTIFICATION_STATUSES, code, locale);

export const fmtScore = (v: number | null | undefined, digits = 1) => (v == null ? '—' : v.toFixed(digits));
export const fmtDelta = (v: number | null | undefined) =>
  v == null ? '—' : `${v > 0 ? '+' : ''}${v.toFixed(1)}`;

/** Jinan's own colours for its workflow states and results, for ui's `StatusTag` (`colors`). */
export const JINAN_STATE_COLORS: Record<string, string> = {
  planned: 'default',
  in_progress: 'processing',
  in_review: 'warning',
  done: 'success',
};
export const STATE_WORDS = wordsOf(STATES);

export const RESULT_COLORS: Record<string, string> = {
  met: 'green',
  partly: 'gold',
  not_met: 'red',
  not_applicable: 'default',
};
export const RESULT_WORDS = wordsOf(RESULTS);

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

/** A campaign as GET /campaigns lists it. */
export type CampaignRow = ResponseOf<paths, '/campaigns'>['items'][number];

export function CampaignSelect({
  campaigns,
  value,
  onChange,
  testId = 'campaign-select',
  label,
}: {
  campaigns: CampaignRow[];
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
