import { DownloadOutlined } from '@ant-design/icons';
import { ErrorAlert, useApiData } from '@jiceng/ui';
import { Button, Card, DatePicker, Empty, Radio, Segmented, Select, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { apiClient } from '../api';
import { useLocale, useT } from '../i18n';
import { useMe } from '../login/session';
import { typedApi } from '../typed-api';
import { CompareCharts } from './compare-charts';
import { CompareTable } from './compare-table';
import { TrendCharts } from './compare-trends';
import { columnLabel, periodPresets } from './format';
import { RollupDrawer } from './rollup-drawer';
import type { CompareColumn, CompareIndicator, CompareResult, IndicatorSet, TrendsResult } from './types';

type PresetKey = 'thisYear' | 'lastYear' | 'firstHalf' | 'secondHalfLast';

/**
 * 对比: the chosen cities side by side for one period. It leads with the shared indicators (one definition for every
 * city: bars, a radar, 12 months of trends, then the table); a toggle shows the models' own indicators instead.
 * Drill-down and the Excel export follow the toggle.
 */
export function ComparePage() {
  const me = useMe();
  const t = useT();
  const { locale } = useLocale();
  // Only cities where the user sees everything can be compared as a whole.
  const allowed = useMemo(() => me.cities.filter((c) => c.access === 'city'), [me.cities]);
  const presets = useMemo(() => periodPresets(new Date()), []);
  const [params, setParams] = useSearchParams();

  const targets = useMemo(() => {
    const asked = params.get('targets');
    const codes = asked
      ? asked.split(',').filter((c) => allowed.some((a) => a.code === c))
      : allowed.map((c) => c.code);
    return codes;
  }, [params, allowed]);
  const from = params.get('from') ?? presets.thisYear.from;
  const to = params.get('to') ?? presets.thisYear.to;
  const preset = (Object.keys(presets) as (PresetKey | 'year')[]).find(
    (k) => k !== 'year' && presets[k].from === from && presets[k].to === to,
  ) as PresetKey | undefined;
  const [custom, setCustom] = useState(!preset);
  const set: IndicatorSet = params.get('set') === 'model' ? 'model' : 'shared';

  const update = (next: { targets?: string[]; from?: string; to?: string; set?: IndicatorSet }) => {
    const p = new URLSearchParams(params);
    if (next.targets) p.set('targets', next.targets.join(','));
    if (next.set) p.set('set', next.set);
    if (next.from) p.set('from', next.from);
    if (next.to) p.set('to', next.to);
    setParams(p, { replace: true });
  };

  const query = { targets: targets.join(','), from, to, set };
  const { data, error, loading } = useApiData<CompareResult | undefined>(
    () => (targets.length ? typedApi.get('/api/compare', { query }) : Promise.resolve(undefined)),
    [query.targets, from, to, set],
  );
  // Trends are of the shared indicators only, the last 12 months whatever the period above.
  const trends = useApiData<TrendsResult | undefined>(
    () =>
      targets.length && set === 'shared'
        ? typedApi.get('/api/compare/trends', { query: { targets: query.targets, months: 12 } })
        : Promise.resolve(undefined),
    [query.targets, set],
  );
  // Named from the user's cities, so the lines need not wait for the comparison.
  const trendTargets = useMemo(
    () =>
      targets.map((code) => {
        const city = allowed.find((c) => c.code === code);
        return { target: code, label: city ? columnLabel({ city, org: null }, locale) : code };
      }),
    [targets, allowed, locale],
  );
  // While the other set is being fetched the page keeps drawing the answer it has, as that answer's set.
  const shownSet: IndicatorSet = data?.set === 'model' ? 'model' : data?.set === 'shared' ? 'shared' : set;
  const sharedIndicators = useMemo(
    () => (data?.indicators ?? []).filter((i) => i.shared),
    [data?.indicators],
  );
  const exportUrl = apiClient('/api/compare').url('/export', { ...query, lang: locale });
  const [drill, setDrill] = useState<{ column: CompareColumn; indicator: CompareIndicator } | null>(null);

  const cityName = (c: { nameZh: string; nameEn: string }) => (locale === 'en' ? c.nameEn : c.nameZh);

  return (
    <div data-testid="compare-page">
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {t('compare.title')}
        <Typography.Text
          type="secondary"
          style={{ fontSize: 14, marginInlineStart: 12, fontWeight: 'normal' }}
        >
          {t('compare.subtitle')}
        </Typography.Text>
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap size="middle" align="center">
          <span>{t('compare.cities')}</span>
          <Select
            aria-label={t('compare.pickCities')}
            mode="multiple"
            data-testid="compare-cities"
            style={{ minWidth: 'min(360px, 75vw)' }}
            value={targets}
            onChange={(codes: string[]) => update({ targets: codes })}
            options={allowed.map((c) => ({ value: c.code, label: cityName(c) }))}
            placeholder={t('compare.pickCities')}
            maxTagCount="responsive"
          />
          <span>{t('compare.period')}</span>
          <Radio.Group
            data-testid="compare-period"
            optionType="button"
            value={custom ? 'custom' : preset}
            onChange={(e) => {
              const key = e.target.value as PresetKey | 'custom';
              if (key === 'custom') return setCustom(true);
              setCustom(false);
              update(presets[key]);
            }}
            options={[
              { value: 'thisYear', label: t('compare.thisYear') },
              { value: 'lastYear', label: t('compare.lastYear') },
              { value: 'firstHalf', label: t('compare.firstHalf', { year: presets.year }) },
              { value: 'secondHalfLast', label: t('compare.secondHalf', { year: presets.year - 1 }) },
              { value: 'custom', label: t('compare.custom') },
            ]}
          />
          {custom && (
            <DatePicker.RangePicker
              data-testid="compare-range"
              allowClear={false}
              value={[dayjs(from), dayjs(to)]}
              onChange={(range) => {
                if (range?.[0] && range[1])
                  update({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') });
              }}
            />
          )}
          <Segmented<IndicatorSet>
            aria-label={t('compare.setLabel')}
            data-testid="compare-set"
            value={set}
            onChange={(value) => update({ set: value })}
            options={[
              { value: 'shared', label: t('compare.setShared') },
              { value: 'model', label: t('compare.setModel') },
            ]}
          />
          <Button
            icon={<DownloadOutlined />}
            href={exportUrl}
            disabled={!targets.length}
            data-testid="compare-export"
          >
            {t('compare.export')}
          </Button>
        </Space>
      </Card>
      <ErrorAlert error={error} />
      {!targets.length ? (
        <Empty description={t('compare.pickCities')} />
      ) : loading && !data ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        data && (
          <>
            <Typography.Paragraph type="secondary" data-testid="compare-set-hint">
              {t(shownSet === 'model' ? 'compare.setModelHint' : 'compare.setSharedHint')}
            </Typography.Paragraph>
            <CompareCharts data={data} set={shownSet} />
            {shownSet === 'shared' && (
              <TrendCharts
                trends={trends.data}
                error={trends.error}
                loading={trends.loading}
                indicators={sharedIndicators}
                targets={trendTargets}
                testId="compare-trends"
              />
            )}
            <CompareTable
              data={data}
              loading={loading}
              onDrill={(column, indicator) => setDrill({ column, indicator })}
            />
          </>
        )
      )}
      <RollupDrawer
        open={!!drill}
        column={drill?.column}
        indicator={drill?.indicator}
        period={{ from, to }}
        onClose={() => setDrill(null)}
      />
    </div>
  );
}
