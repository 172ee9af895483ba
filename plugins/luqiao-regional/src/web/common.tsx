import {
  type ApiClient,
  type BodyOf,
  type Chart,
  formatRatio,
  type Locale,
  type PathWith,
  type QueryOf,
  type ResponseOf,
  tr,
  typedClient,
} from '@jiceng/ui';
import { Select, Tag } from 'antd';
import type { ComponentProps } from 'react';
import type { paths } from './api.generated';

export type ChartOption = ComponentProps<typeof Chart>['option'];

/** An indicator value as a percentage, or '—' when not applicable. */
export const indicatorText = (v: { status: string; value?: number | null } | null | undefined) =>
  v?.status === 'ok' ? formatRatio(v.value) : '—';

/** The plugin's own routes, typed from their response schemas (api.generated.ts). */
export const typedApi = (api: ApiClient) => typedClient<paths>(api);
/** What a GET route of this plugin answers. */
export type Answer<P extends PathWith<paths, 'get'>> = ResponseOf<paths, P, 'get'>;
/** One row of a GET route's `items`. */
export type ItemOf<P extends PathWith<paths, 'get'>> = Answer<P> extends { items: (infer R)[] } ? R : never;

/** What a POST route of this plugin takes as its JSON body (form values sent as the body are typed with it). */
export type PostBody<P extends PathWith<paths, 'post'>> = BodyOf<paths, P, 'post'>;

/** The `status` a GET route's query filters by. */
export type StatusQuery<P extends PathWith<paths, 'get'>> =
  QueryOf<paths, P> extends { status?: infer S } ? NonNullable<S> : never;

export type RegionOption = ItemOf<'/regions'>;
/** A unit of a region, as `/regions/{id}` answers it. */
export type RegionUnit = Answer<'/regions/{id}'>['units'][number];

export function RegionSelect({
  regions,
  value,
  onChange,
  locale,
  testId = 'region-select',
}: {
  regions: RegionOption[];
  value: number | undefined;
  onChange: (id: number) => void;
  locale: Locale;
  testId?: string;
}) {
  return (
    <Select
      aria-label={tr(locale)('选择区域', 'Choose a region')}
      data-testid={testId}
      style={{ minWidth: 260 }}
      value={value}
      onChange={onChange}
      placeholder={tr(locale)('选择区域', 'Choose a region')}
      options={regions.map((r) => ({
        value: r.id,
        label: `${r.name}（${r.townName.replace(/党工委$/, '')}）`,
      }))}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}

export const loadRegions = (api: ApiClient) => typedApi(api).get('/regions');

const VIA_COLORS: Record<string, string> = { unit_org: 'blue', centre_org: 'purple' };
export function ViaTag({ via, text }: { via: string; text: string }) {
  return <Tag color={VIA_COLORS[via]}>{text}</Tag>;
}
