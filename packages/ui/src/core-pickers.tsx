import { Select } from 'antd';
import { type CSSProperties, useEffect, useState } from 'react';
import type { ApiClient } from './api';
import { type CoreCityResponse, typedCoreCityApi } from './core-api';

type OrgItem = CoreCityResponse<'/orgs'>['items'][number];
export interface OrgOption {
  value: number;
  label: string;
}

/** Select options from one or more /orgs answers (one per kind asked for): each org once, in the order found. */
export function orgOptions(
  answers: readonly { items: readonly Pick<OrgItem, 'id' | 'name'>[] }[],
): OrgOption[] {
  const seen = new Set<number>();
  const options: OrgOption[] = [];
  for (const answer of answers)
    for (const org of answer.items) {
      if (seen.has(org.id)) continue;
      seen.add(org.id);
      options.push({ value: org.id, label: org.name });
    }
  return options;
}

/**
 * 党组织 picker for a plugin page: the city's orgs from core's `/orgs` (within the actor's reach, as the route
 * answers), searched by name on the server as the user types, optionally of some `kinds` only (one request per
 * kind). Inside a Form.Item, which injects `value` and `onChange`.
 */
export function CoreOrgSelect({
  cityApi,
  kinds,
  value,
  onChange,
  placeholder,
  testId,
  style,
}: {
  /** The page's client of core's city routes (`PluginPageProps['cityApi']`). */
  cityApi: ApiClient;
  kinds?: readonly string[];
  value?: number;
  onChange?: (orgId: number) => void;
  placeholder?: string;
  testId?: string;
  style?: CSSProperties;
}) {
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<OrgOption[]>([]);
  const kindsKey = kinds?.join(',') ?? '';
  useEffect(() => {
    let live = true;
    const api = typedCoreCityApi(cityApi);
    const wanted = kindsKey ? kindsKey.split(',') : [undefined];
    // Typing waits for a pause (200 ms) before asking; the first list loads at once.
    const timer = setTimeout(
      () => {
        Promise.all(wanted.map((kind) => api.get('/orgs', { query: { q: q || undefined, kind } })))
          .then((answers) => live && setOptions(orgOptions(answers)))
          .catch(() => live && setOptions([]));
      },
      q ? 200 : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [cityApi, kindsKey, q]);
  return (
    <Select
      data-testid={testId}
      style={{ minWidth: 220, ...style }}
      value={value}
      onChange={onChange}
      options={options}
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={placeholder}
    />
  );
}
