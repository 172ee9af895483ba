import { Chart, ErrorAlert, useApiData } from '@jiceng/ui';
import { Card, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useLabel, useT } from '../i18n';
import { typedCityApi } from '../typed-api';
import { MEMBER_CATEGORIES } from '../types';

const COLORS = ['#c8161d', '#d48806', '#722ed1', '#389e0d', '#8c8c8c'];

/** Members per category in the actor's scope: one count query (pageSize=1, total) per category. */
export function CategoryChart({ cityCode, scoped }: { cityCode: string; scoped: boolean }) {
  const t = useT();
  const label = useLabel();
  const { data, error, loading } = useApiData(
    () =>
      Promise.all(
        MEMBER_CATEGORIES.map((category) =>
          typedCityApi(cityCode)
            .get('/members', { query: { category, pageSize: 1 } })
            .then((r) => ({ category, total: r.total })),
        ),
      ),
    [cityCode],
  );
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const },
      grid: { left: 48, right: 24, top: 24, bottom: 32 },
      xAxis: { type: 'category' as const, data: (data ?? []).map((d) => label('category', d.category)) },
      yAxis: { type: 'value' as const },
      series: [
        {
          type: 'bar' as const,
          barMaxWidth: 48,
          label: { show: true, position: 'top' as const },
          data: (data ?? []).map((d, i) => ({
            value: d.total,
            itemStyle: { color: COLORS[i % COLORS.length] },
          })),
        },
      ],
    }),
    [data, label],
  );
  return (
    <Card
      title={scoped ? t('overview.byCategoryScoped') : t('overview.byCategory')}
      style={{ marginBottom: 16 }}
    >
      <ErrorAlert error={error} />
      {loading && !data ? (
        <Skeleton active />
      ) : (
        <Chart option={option} height={300} testId="category-chart" />
      )}
    </Card>
  );
}
