import { type ApiClient, type Chart, formatRatio, type Locale, tr } from '@jiceng/ui';
import { Select, Tag } from 'antd';
import type { ComponentProps } from 'react';

export type ChartOption = ComponentProps<typeof Chart>['option'];

/** An indicator value as a percentage, or '—' when not applicable. */
export const indicatorText = (v: { status: string; value?: number | null } | null | undefined) =>
  v?.status === 'ok' ? formatRatio(v.value) : '—';

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
