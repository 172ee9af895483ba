import {
  type ApiClient,
  type Chart,
  type Locale,
  type ResponseOf,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { Select } from 'antd';
import type { ComponentProps, MouseEvent, ReactNode } from 'react';
import type { paths } from './api.generated';

export type ChartOption = ComponentProps<typeof Chart>['option'];
export const PLUGIN = 'fugu-dual-link';

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

/** The colours of a registration's states on ui's StatusTag (`colors={REGISTRATION_STATUS_COLORS}`). */
export const REGISTRATION_STATUS_COLORS: Record<string, string> = {
  sent: 'orange',
  stamped: 'blue',
  filed: 'green',
  returned: 'red',
  closed: 'default',
};
export type Community = ResponseOf<paths, '/communities'>['items'][number];

export function useCommunities(api: ApiClient, places = false) {
  return useApiData(
    () => typedClient<paths>(api).get('/communities', { query: { places: places ? 'true' : 'false' } }),
    [api, places],
  );
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
