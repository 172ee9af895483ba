import { type ApiClient, ApiRequestError, type Chart, useApiData } from '@jiceng/ui';
import { message, Select, Tag } from 'antd';
import type { ComponentProps, MouseEvent, ReactNode } from 'react';
import type { Label } from '../shared/terms';
import { REGISTRATION_STATUS_LABELS } from '../shared/terms';

export type Locale = 'zh-CN' | 'en';
export type ChartOption = ComponentProps<typeof Chart>['option'];
export const PLUGIN = 'fugu-dual-link';

/** `tr(locale)('中文', 'English')`: every string of the pages in both languages. */
export const tr = (locale: Locale) => (zh: string, en: string) => (locale === 'zh-CN' ? zh : en);

export function label(dict: Record<string, Label>, code: string | null | undefined, locale: Locale): string {
  if (!code) return '—';
  return dict[code]?.[locale] ?? code;
}

export const optionsOf = (dict: Record<string, Label>, locale: Locale) =>
  Object.entries(dict).map(([value, l]) => ({ value, label: l[locale] }));

/** Runs a write and shows the API's localized refusal; returns the result, or undefined after a refusal. */
export async function attempt<T>(fn: () => Promise<T>, ok?: string): Promise<T | undefined> {
  try {
    const r = await fn();
    if (ok) message.success(ok);
    return r;
  } catch (e) {
    const text = e instanceof ApiRequestError ? e.body.message : String((e as Error)?.message ?? e);
    message.error(text);
    return undefined;
  }
}

/** The error text of a failed write, for inline display (with the field at fault). */
export function errorText(e: unknown): string {
  if (e instanceof ApiRequestError)
    return e.body.field ? `${e.body.message}（${e.body.field}）` : e.body.message;
  return String((e as Error)?.message ?? e);
}

export function readParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

/** In-app navigation without a router dependency: the shell's router follows popstate. */
export function go(href: string) {
  window.history.pushState({}, '', href);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export const pageHref = (cityCode: string, path: string, query?: Record<string, string | number>) => {
  const q = query
    ? `?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()}`
    : '';
  return `/c/${cityCode}/p/${PLUGIN}/${path}${q}`;
};

export function PageLink({ href, children, testId }: { href: string; children: ReactNode; testId?: string }) {
  return (
    <a
      href={href}
      data-testid={testId}
      onClick={(e: MouseEvent) => {
        if (e.metaKey || e.ctrlKey) return;
        e.preventDefault();
        go(href);
      }}
    >
      {children}
    </a>
  );
}

const STATUS_COLORS: Record<string, string> = {
  sent: 'orange',
  stamped: 'blue',
  filed: 'green',
  returned: 'red',
  closed: 'default',
};
export function StatusTag({ status, locale, testId }: { status: string; locale: Locale; testId?: string }) {
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId}>
      {label(REGISTRATION_STATUS_LABELS, status, locale)}
    </Tag>
  );
}

export interface Community {
  id: number;
  name: string;
  placeId: number | null;
  managed: boolean;
  compounds?: { id: number; name: string; buildings: { id: number; name: string }[] }[];
}

export function useCommunities(api: ApiClient, places = false) {
  return useApiData(() => api.get<{ items: Community[] }>('/communities', { places }), [api, places]);
}

/** Communities the actor manages (or all, for choosing where to send a member). */
export function CommunitySelect({
  communities,
  value,
  onChange,
  locale,
  onlyManaged = true,
  testId = 'community-select',
}: {
  communities: Community[] | undefined;
  value: number | undefined;
  onChange: (id: number) => void;
  locale: Locale;
  onlyManaged?: boolean;
  testId?: string;
}) {
  const list = (communities ?? []).filter((c) => !onlyManaged || c.managed);
  return (
    <Select
      aria-label={tr(locale)('选择社区', 'Choose a community')}
      data-testid={testId}
      style={{ minWidth: 220 }}
      value={value}
      onChange={onChange}
      placeholder={tr(locale)('选择社区', 'Choose a community')}
      options={list.map((c) => ({ value: c.id, label: c.name }))}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}

/** The first community the actor manages, as a default selection. */
export const firstManaged = (communities: Community[] | undefined) => communities?.find((c) => c.managed)?.id;

export const thisYear = () => new Date().getFullYear();
