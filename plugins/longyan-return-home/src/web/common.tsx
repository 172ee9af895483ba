import { type ApiClient, type Locale, type ResponseOf, tr, typedClient } from '@jiceng/ui';
import { type ButtonProps, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { paths } from './api.generated';

/** `data-*` attributes (test ids, row markers) on props objects that antd types without them (rows, modal buttons). */
export type DataAttributes = { [key: `data-${string}`]: string | undefined };

/** A modal's OK button props with a test id on the button (antd's ButtonProps has no `data-*`). */
export const okButton = (props: ButtonProps, testId: string): ButtonProps & DataAttributes => ({
  ...props,
  'data-testid': testId,
});

export const day = (v: string | Date | null | undefined) =>
  v == null ? '—' : typeof v === 'string' ? v.slice(0, 10) : new Date(v).toISOString().slice(0, 10);

/** The colours of this model's states on ui's StatusTag (`colors={STATUS_COLORS}`). */
export const STATUS_COLORS: Record<string, string> = {
  not_reported: 'red',
  online: 'gold',
  confirmed: 'green',
  submitted: 'gold',
  rejected: 'red',
  open: 'blue',
  claimed: 'gold',
  fulfilled: 'green',
  paired: 'green',
  closed: 'default',
};

/** A community party org the actor may manage (`GET /communities`). */
export type Community = ResponseOf<paths, '/communities'>['items'][number];

/** Community party orgs the actor may manage. */
export function useCommunities(api: ApiClient) {
  const [items, setItems] = useState<Community[]>([]);
  useEffect(() => {
    let live = true;
    typedClient<paths>(api)
      .get('/communities')
      .then((r) => live && setItems(r.items))
      .catch(() => live && setItems([]));
    return () => {
      live = false;
    };
  }, [api]);
  return items;
}

export function CommunitySelect({
  communities,
  value,
  onChange,
  locale,
  allowClear = false,
  testId,
  style,
}: {
  communities: Community[];
  value?: number;
  /** Optional inside a Form.Item, which injects value and onChange. */
  onChange?: (v: number | undefined) => void;
  locale: Locale;
  allowClear?: boolean;
  testId?: string;
  style?: React.CSSProperties;
}) {
  const t = tr(locale);
  return (
    <Select
      aria-label={t('选择社区党组织', 'Choose a community org')}
      data-testid={testId}
      style={{ minWidth: 220, ...style }}
      placeholder={t('选择社区党组织', 'Choose a community org')}
      value={value}
      allowClear={allowClear}
      onChange={(v) => onChange?.(v ?? undefined)}
      showSearch={{ optionFilterProp: 'label' }}
      options={communities.map((c) => ({
        value: c.id,
        label: c.streetOrgName ? `${c.name}（${c.streetOrgName.replace(/党工委$/, '')}）` : c.name,
      }))}
    />
  );
}

/** The current year and the four before it, for period pickers. */
export function yearOptions(now = new Date()) {
  const y = now.getFullYear();
  return Array.from({ length: 5 }, (_, i) => String(y - i));
}

export const certificateUrl = (cityCode: string, reportId: number) =>
  `/c/${cityCode}/p/longyan-return-home/certificate?report=${reportId}`;
