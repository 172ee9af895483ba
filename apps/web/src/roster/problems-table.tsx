import { DownloadOutlined } from '@ant-design/icons';
import { ErrorAlert, useApiData } from '@jiceng/ui';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { cityApi } from '../api';
import { useLocale, useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { typedCityApi } from '../typed-api';
import type { ImportJob, ImportProblem } from './types';

/** Every problem the dry run found, paged, with the whole list as a workbook to fix and upload again. */
export function ProblemsTable({ job }: { job: ImportJob }) {
  const { city } = useCity();
  const { locale } = useLocale();
  const t = useT();
  const api = cityApi(city.code);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const { data, error, loading } = useApiData(
    () =>
      typedCityApi(city.code).get('/roster/jobs/{id}/errors', {
        params: { id: job.id },
        query: { page, pageSize },
      }),
    [city.code, job.id, page, pageSize],
  );
  return (
    <Card
      size="small"
      title={t('roster.problems')}
      extra={
        <Button
          size="small"
          icon={<DownloadOutlined />}
          href={api.url(`/roster/jobs/${job.id}/errors.xlsx`, { lang: locale })}
          data-testid="errors-xlsx"
        >
          {t('roster.downloadProblems')}
        </Button>
      }
    >
      <ErrorAlert error={error} />
      <Table<ImportProblem>
        data-testid="problems-table"
        rowKey={(p) => `${p.row}-${p.field ?? ''}-${p.code}`}
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        onRow={(p) =>
          ({
            'data-testid': 'problem-row',
            'data-row': p.row,
            'data-field': p.field ?? '',
          }) as HTMLAttributes<HTMLElement>
        }
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (p, s) => {
            setPage(s !== pageSize ? 1 : p);
            setPageSize(s);
          },
        }}
        columns={[
          { title: t('roster.row'), dataIndex: 'row', width: 80 },
          {
            title: t('roster.column'),
            dataIndex: 'column',
            width: 160,
            render: (v: string | null) =>
              v ?? <Typography.Text type="secondary">{t('roster.wholeRow')}</Typography.Text>,
          },
          {
            title: t('roster.reason'),
            dataIndex: 'message',
            render: (v: string, p: ImportProblem) =>
              p.severity === 'warning' ? (
                <Space size={4}>
                  <Tag color="warning" data-testid="problem-warning">
                    {t('roster.warning')}
                  </Tag>
                  {v}
                </Space>
              ) : (
                v
              ),
          },
        ]}
      />
    </Card>
  );
}
