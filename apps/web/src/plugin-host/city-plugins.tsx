import type { WebPlugin } from '@jiceng/ui';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { typedCityApi } from '../typed-api';
import type { PluginSetting } from '../types';
import { loadWebPlugins } from './load';

export interface CityPlugins {
  /** Every installed plugin with this city's enabled flag (names, region, description). */
  settings: PluginSetting[];
  /** Web entries of the enabled plugins that loaded. */
  web: WebPlugin[];
  loading: boolean;
  error?: unknown;
  /** Re-reads the settings (after an admin enables, disables or configures a model); the navigation follows. */
  reload: () => void;
}

/** The city's enabled plugins and their lazily loaded web entries. */
export function useCityPlugins(cityCode: string): CityPlugins {
  const [state, setState] = useState<Omit<CityPlugins, 'reload'>>({ settings: [], web: [], loading: true });
  const [tick, setTick] = useState(0);
  const loadedCity = useRef('');
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick asks for a re-read
  useEffect(() => {
    let live = true;
    if (!cityCode) return;
    // A new city starts from nothing; a reload of the same city keeps what is shown until the answer comes.
    if (cityCode !== loadedCity.current) setState({ settings: [], web: [], loading: true });
    typedCityApi(cityCode)
      .get('/plugin-settings')
      .then(async ({ items }) => {
        const web = await loadWebPlugins(items.filter((p) => p.enabled).map((p) => p.id));
        if (live) {
          loadedCity.current = cityCode;
          setState({ settings: items, web, loading: false });
        }
      })
      .catch((error) => live && setState({ settings: [], web: [], loading: false, error }));
    return () => {
      live = false;
    };
  }, [cityCode, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return useMemo(() => ({ ...state, reload }), [state, reload]);
}
