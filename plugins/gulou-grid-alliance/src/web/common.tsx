import { type ApiClient, type CoreCityResponse, chinaDay, typedClient, typedCoreCityApi } from '@jiceng/ui';
import { Input, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { paths } from './api.generated';
import type { GridRow } from './grids/types';

export const dateTime = (v: string | null | undefined) =>
  v ? new Date(v).toLocaleString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' }) : '';

/** Gulou's colours for its states (pass as `colors` to '@jiceng/ui' StatusTag): all its states are listed. */
export const STATUS_COLORS: Record<string, string> = {
  received: 'default',
  assigned: 'purple',
  in_progress: 'processing',
  closed: 'success',
  pending: 'warning',
  confirmed: 'success',
  rejected: 'error',
  open: 'processing',
  matched: 'success',
  withdrawn: 'default',
  planned: 'default',
  completed: 'success',
  cancelled: 'default',
  held: 'success',
};

/** The grid branches the actor manages, for pickers. */
export function useGridBranches(api: ApiClient) {
  const [grids, setGrids] = useState<GridRow[]>([]);
  useEffect(() => {
    let live = true;
    typedClient<paths>(api)
      .get('/grids', { query: { covered: 'true' } })
      .then((r) => live && setGrids(r.items))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [api]);
  return grids;
}

export function GridSelect({
  api,
  value,
  onChange,
  testId,
  allowClear,
  placeholder,
}: {
  api: ApiClient;
  value?: number | null;
  onChange?: (v: number | null) => void;
  testId?: string;
  allowClear?: boolean;
  placeholder?: string;
}) {
  const grids = useGridBranches(api);
  const opts = useMemo(
    () =>
      grids
        .filter((g) => g.orgId)
        .map((g) => ({ value: g.orgId!, label: `${g.communityName} · ${g.placeName}` })),
    [grids],
  );
  return (
    <Select
      aria-label={placeholder}
      data-testid={testId}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear={allowClear}
      placeholder={placeholder}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={opts}
      style={{ minWidth: 220 }}
    />
  );
}

/** Units of the city, searched as the user types (core's /units). */
export function UnitSelect({
  cityApi,
  value,
  onChange,
  testId,
  placeholder,
}: {
  cityApi: ApiClient;
  value?: number | null;
  onChange?: (v: number | null) => void;
  testId?: string;
  placeholder?: string;
}) {
  const [q, setQ] = useState('');
  const [units, setUnits] = useState<CoreCityResponse<'/units'>['items']>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      typedCoreCityApi(cityApi)
        .get('/units', { query: { q, pageSize: 50 } })
        .then((r) => live && setUnits(r.items))
        .catch(() => {});
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [cityApi, q]);
  return (
    <Select
      aria-label={placeholder}
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      placeholder={placeholder}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={units.map((u) => ({ value: u.id, label: u.name }))}
      style={{ minWidth: 220 }}
    />
  );
}

/** A background for a heat-table cell: 0 → none, max → strong. */
export function heat(value: number, max: number, hue = '245, 34, 45') {
  if (!value || !max) return undefined;
  return { background: `rgba(${hue}, ${(0.08 + 0.6 * Math.min(1, value / max)).toFixed(2)})` };
}

/** The day n days from today in Fuzhou, 'YYYY-MM-DD': defaults for date inputs (today is `chinaDay()`). */
export const daysFromToday = (n: number) => chinaDay(new Date(Date.now() + n * 86_400_000));

/** A native date field ('YYYY-MM-DD' in and out), usable as an antd Form control; `label` names it for screen readers where no visible label stands beside it. */
export function DateInput({
  value,
  onChange,
  testId,
  min,
  label,
}: {
  value?: string | null;
  onChange?: (v: string) => void;
  testId?: string;
  min?: string;
  label?: string;
}) {
  return (
    <Input
      type="date"
      aria-label={label}
      data-testid={testId}
      value={value ?? ''}
      min={min}
      onChange={(e) => onChange?.(e.target.value)}
      style={{ width: 170 }}
    />
  );
}
