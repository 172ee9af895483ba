import { useApiData } from '@jiceng/ui';
import { useMemo } from 'react';
import { TrendCharts } from '../compare/compare-trends';
import type { TrendsResult } from '../compare/types';
import { useLocale } from '../i18n';
import type { PluginsResponse } from '../models/types';
import { typedApi, typedCityApi } from '../typed-api';
import type { MeCity } from '../types';

/**
 * The shared indicators' last 12 months for a city's overview: the whole city for its administrators, the subtree of
 * the org an org administrator manages (`orgId`). Never for a member (the API refuses them), so it is not asked.
 */
export function OutcomeTrends({ city, orgId }: { city: MeCity; orgId?: number }) {
  const { locale } = useLocale();
  const ask = city.access === 'city' || (city.access === 'orgs' && orgId != null);
  const { data, error, loading } = useApiData<TrendsResult | undefined>(
    () =>
      ask
        ? typedCityApi(city.code).get('/outcomes/trends', {
            query: { months: 12, ...(city.access === 'orgs' ? { orgId } : {}) },
          })
        : Promise.resolve(undefined),
    [city.code, city.access, orgId],
  );
  // The shared indicators' names come with the catalogue of models (the trends answer carries ids only).
  const catalogue = useApiData<PluginsResponse | undefined>(
    () => (ask ? typedApi.get('/api/plugins') : Promise.resolve(undefined)),
    [ask],
  );
  const indicators = useMemo(() => catalogue.data?.sharedIndicators ?? [], [catalogue.data]);
  const targets = useMemo(() => {
    const label = locale === 'en' ? city.nameEn : city.nameZh;
    // The answer names its one target; until it comes, nothing is drawn anyway.
    const seen = [...new Set((data?.series ?? []).map((s) => s.target))];
    return seen.map((target) => ({ target, label }));
  }, [data, city.nameEn, city.nameZh, locale]);
  if (!ask) return null;
  return (
    <TrendCharts
      trends={data}
      error={error ?? catalogue.error}
      loading={loading || catalogue.loading}
      indicators={indicators}
      targets={targets}
      testId="overview-trends"
    />
  );
}
