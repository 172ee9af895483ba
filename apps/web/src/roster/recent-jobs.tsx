import { ErrorAlert, useApiData } from '@jiceng/ui';
import { Card, Table, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { statusColor } from './job-status';
import { typedCityApi } from '../typed-api';
import type { ImportJobRow, ImportKind } from './types';

/** The city's recent import jobs (an org admin's own), to come back to one. */
export function RecentJobs({ onOpen }: { onOpen: (id: number) => void }) {
  const { city } = useCity();
  const t = useT();
  const { data, error, loading } = useApiData(
    () => typedCityApi(city.code).get('/roster/jobs', { query: { limit: 10 } }),
    [city.code],
  );
  if (!loading && !data?.items.length && !error) return null;
  return (
    <Card title={t('roster.recent')} size="small">
      <ErrorAlert error={error} />
      <Table<ImportJobRow>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data?.items ?? []}
        onRow={(j) =>
          ({
            onClick: () => onOpen(j.id),
            style: { cursor: 'pointer' },
            'data-testid': 'recent-job',
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('roster.file'), dataIndex: 'fileName', ellipsis: true },
          {
            title: t('roster.kind'),
            dataIndex: 'kind',
            width: 100,
            render: (k: ImportKind) => t(`roster.kinds.${k}`),
          },
          {
            title: t('roster.statusColumn'),
            dataIndex: 'status',
            width: 110,
            render: (s: ImportJobRow['status']) => (
              <Tag color={statusColor(s)}>{t(`roster.status.${s}`)}</Tag>
            ),
          },
          { title: t('roster.count.totalRows'), dataIndex: ['counts', 'totalRows'], width: 90 },
          { title: t('roster.count.errorRows'), dataIndex: ['counts', 'errorRows'], width: 90 },
          {
            title: t('roster.createdAt'),
            dataIndex: 'createdAt',
            width: 170,
            render: (v: string) => new Date(v).toLocaleString(),
          },
        ]}
      />
    </Card>
  );
}
