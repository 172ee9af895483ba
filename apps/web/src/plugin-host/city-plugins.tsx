import type { WebPlugin } from '@jiceng/ui';
import { useEffect, useState } from 'react';
import { cityApi } from '../api';
import type { PluginSetting } from '../types';
import { loadWebPlugins } from './load';

export interface CityPlugins {
  /** Every installed plugin with this city's enabled flag (names, region, description). */
  settings: PluginSetting[];
  /** Web entries of the enabled plugins that loaded. */
  web: WebPlugin[];
  loading: boolean;
  error?: unknown;
}

/** The city's enabled plugins and their lazily loaded web entries. */
export function useCityPlugins(cityCode: string): CityPlugins {
  const [state, setState] = useState<CityPlugins>({ settings: [], web: [], loading: true });
  useEffect(() => {
    let live = true;
    if (!cityCode) return;
    setState({ settings: [], web: [], loading: true });
    cityApi(cityCode)
      .get<{ items: PluginSetting[] }>('/plugin-settings')
      .then(async ({ items }) => {
        const web = await loadWebPlugins(items.filter((p) => p.enabled).map((p) => p.id));
        if (live) setState({ settings: items, web, loading: false });
      })
      .catch((error) => live && setState({ settings: [], web: [], loading: false, error }));
    return () => {
      live = false;
    };
  }, [cityCode]);
  return state;
}
