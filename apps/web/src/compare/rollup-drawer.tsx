import { Chart, ErrorAlert, useApiData } from '@jiceng/ui';
import { Breadcrumb, Button, Drawer, Empty, Skeleton, Table, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { useEffect, useMemo, useState } from 'react';
import { useLabel, useLocale, useLocalized, useT } from '../i18n';
import { typedCityApi } from '../typed-api';
import { chartNumber, formatValue, numberOf } from './format';
import type { CompareColumn, CompareIndicator, RollupResult } from './types';

interface Level {
  id: number;
  name: string;
}

/**
 * One indicator over a city's org tree: the children of the current node as a bar chart and a table. It starts at
 * the children of the city's root (or of the compared org); a child's name goes one level down, the breadcrumb back.
 */
export function RollupDrawer({
  open,
  column,
  indicator,
  period,
  onClose,
}: {
  open: boolean;
  column?: CompareColumn;
  indicator?: CompareIndicator;
  period: { from: string; to: string };
  onClose: () => void;
}) {
  const t = useT();
  const localized = useLocalized();
  const label = useLabel();
  const { locale } = useLocale();
  const [trail, setTrail] = useState<Level[]>([]);
  const code = column?.city.code ?? '';
  const indicatorId = indicator?.id ?? '';

  // The starting node: the compared org, or the city's root when the city has exactly one.
  const start = useApiData<Level[]>(async () => {
    if (!open || !column) return [];
    if (column.org) return [column.org];
    const roots = await typedCityApi(code).get('/orgs');
    return roots.items.length === 1 ? [{ id: roots.items[0]!.id, name: roots.items[0]!.name }] : [];
  }, [open, code, column?.target]);
  useEffect(() => {
    if (start.data) setTrail(start.data);
  }, [start.data]);

  const parentId = trail.at(-1)?.id;
  const rollup = useApiData<RollupResult | undefined>(
    () =>
      open && indicatorId && start.data && !start.loading
        ? typedCityApi(code).get('/indicators/{indicatorId}/rollup', {
            params: { indicatorId },
            query: { ...period, parentId },
          })
        : Promise.resolve(undefined),
    [open, code, indicatorId, period.from, period.to, parentId, start.data, start.loading],
  );

  const items = rollup.data?.items ?? [];
  const option = useMemo<EChartsOption | null>(() => {
    if (!indicator || !items.length) return null;
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 160, right: 48, top: 8, bottom: 24 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: items.map((i) => i.org.name),
        axisLabel: { width: 150, overflow: 'truncate' },
      },
      xAxis: { type: 'value', axisLabel: { formatter: indicator.unit === 'ratio' ? '{value}%' : '{value}' } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 18,
          itemStyle: { color: '#c8161d' },
          label: {
            show: true,
            position: 'right',
            formatter: (p: any) => (indicator.unit === 'ratio' ? `${p.value}%` : `${p.value}`),
          },
          data: items.map((i) => {
            const v = numberOf(i.value);
            return v == null ? '-' : chartNumber(indicator.unit, v);
          }) as any,
        },
      ],
    };
  }, [items, indicator]);

  const cityName = column ? (locale === 'en' ? column.city.nameEn : column.city.nameZh) : '';
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={720}
      title={
        indicator && (
          <span data-testid="rollup-title">
            {t('compare.drill')} · {cityName} · {localized(indicator.names)}
          </span>
        )
      }
      destroyOnHidden
      data-testid="rollup-drawer"
    >
      <Typography.Paragraph type="secondary">{t('compare.drillHint')}</Typography.Paragraph>
      <Breadcrumb
        data-testid="rollup-breadcrumb"
        style={{ marginBottom: 12 }}
        items={trail.map((level, i) => ({
          key: level.id,
          title:
            i < trail.length - 1 ? (
              <Button
                type="link"
                size="small"
                style={{ padding: 0, height: 'auto' }}
                onClick={() => setTrail(trail.slice(0, i + 1))}
                data-testid={`rollup-crumb-${level.id}`}
              >
                {level.name}
              </Button>
            ) : (
              level.name
            ),
        }))}
      />
      <ErrorAlert error={start.error ?? rollup.error} />
      {start.loading || (rollup.loading && !rollup.data) ? (
        <Skeleton active />
      ) : !items.length ? (
        <Empty description={t('compare.drillEmpty')} />
      ) : (
        <>
          {option && (
            <Chart option={option} height={Math.max(200, items.length * 28 + 40)} testId="rollup-chart" />
          )}
          <Table
            data-testid="rollup-table"
            rowKey={(r) => r.org.id}
            size="small"
            loading={rollup.loading}
            pagination={false}
            dataSource={items}
            columns={[
              {
                key: 'org',
                title: t('compare.drillOrg'),
                render: (_, r) => (
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0 }}
                    data-testid={`rollup-org-${r.org.id}`}
                    onClick={() => setTrail([...trail, { id: r.org.id, name: r.org.name }])}
                  >
                    {r.org.name}
                  </Button>
                ),
              },
              {
                key: 'kind',
                title: '',
                render: (_, r) => (
                  <Typography.Text type="secondary">{label('orgKind', r.org.kind)}</Typography.Text>
                ),
              },
              {
                key: 'value',
                title: t('compare.drillValue'),
                align: 'right',
                render: (_, r) =>
                  r.value.status === 'ok' && indicator ? (
                    <span data-testid={`rollup-value-${r.org.id}`}>
                      {formatValue(indicator.unit, r.value.value)}
                      {r.value.numerator != null && r.value.denominator != null && (
                        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                          ({r.value.numerator} / {r.value.denominator})
                        </Typography.Text>
                      )}
                    </span>
                  ) : (
                    <Typography.Text type="secondary" data-testid={`rollup-value-${r.org.id}`}>
                      {t('compare.notApplicable')}
                      {r.value.status === 'not_applicable' && r.value.reason && (
                        <span style={{ display: 'block', fontSize: 12 }}>{r.value.reason}</span>
                      )}
                    </Typography.Text>
                  ),
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
