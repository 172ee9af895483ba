import { type ApiClient, ApiRequestError, type Chart, formatRatio, type Locale, tr } from '@jiceng/ui';
import { message, Select, Tag } from 'antd';
import type { ComponentProps } from 'react';

export type ChartOption = ComponentProps<typeof Chart>['option'];

/** An indicator value as a percentage, or '—' when not applicable. */
export const indicatorText = (v: { status: string; value?: number | null } | null | undefined) =>
  v?.status === 'ok' ? formatRatio(v.value) : '—';

/**
 * Runs a write, shows the API's localized refusal (its message alone, the pages' wording) and rethrows nothing;
 * returns the result or undefined. With `onError` the page shows the message and field itself.
 */
export async function attempt<T>(
  fn: () => Promise<T>,
  onError?: (message: string, field?: string) => void,
): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    const text = e instanceof ApiRequestError ? e.body.message : String((e as Error)?.message ?? e);
    const field = e instanceof ApiRequestError ? e.body.field : undefined;
    if (onError) onError(text, field);
    else message.error(text);
    return undefined;
  }
}

export interface RegionOption {
  id: number;
  name: string;
  kind: string;
  townName: string;
  regionalOrgId: number;
  regionalOrgName: string;
  centreOrgId: number;
  centreOrgName: string;
  registered: number;
  workingMembers: number;
  nCount: number;
  unitCount: number;
}

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

export const loadRegions = (api: ApiClient) => api.get<{ items: RegionOption[] }>('/regions');

const VIA_COLORS: Record<string, string> = { unit_org: 'blue', centre_org: 'purple' };
export function ViaTag({ via, text }: { via: string; text: string }) {
  return <Tag color={VIA_COLORS[via]}>{text}</Tag>;
}
