import {
  ErrorAlert,
  optionsOf,
  type PluginPageProps,
  StatusTag,
  tr,
  typedClient,
  useApiData,
  useSubmit,
} from '@jiceng/ui';
import { Button, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { PROJECT_MOVES, PROJECT_STATUS_LABELS, type ProjectStatus } from '../../shared/terms';
import type { paths } from '../api.generated';
import { STATUS_COLORS } from '../common';
import type { Project } from './types';

export function ProjectsTab({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const [status, setStatus] = useState<ProjectStatus | undefined>();
  const { data, error, loading, reload } = useApiData(
    () => typed.get('/projects', { query: { status } }),
    [api, status],
  );
  const act = useSubmit(reload);
  const moveLabel: Record<ProjectStatus, string> = {
    planned: '',
    in_progress: t('启动', 'Start'),
    completed: t('完成', 'Complete'),
    cancelled: t('撤销', 'Cancel'),
  };
  return (
    <>
      <Select
        aria-label={t('状态', 'State')}
        allowClear
        style={{ width: 140, marginBottom: 12 }}
        value={status}
        onChange={setStatus}
        options={optionsOf(PROJECT_STATUS_LABELS, locale)}
        placeholder={t('状态', 'State')}
      />
      <ErrorAlert error={error ?? act.error} />
      <Table<Project>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: t('项目', 'Project'), dataIndex: 'title' },
          { title: t('网格党支部', 'Grid branch'), dataIndex: 'gridName' },
          { title: t('共建单位', 'Unit'), dataIndex: 'unitName' },
          { title: t('负责人', 'Owner'), dataIndex: 'ownerName' },
          { title: t('周期', 'Dates'), render: (_, r) => `${r.startOn} ~ ${r.endOn}` },
          {
            title: t('状态', 'State'),
            dataIndex: 'status',
            render: (v) => (
              <StatusTag status={v} labels={PROJECT_STATUS_LABELS} locale={locale} colors={STATUS_COLORS} />
            ),
          },
          {
            title: '',
            render: (_, r) => (
              <Space>
                {PROJECT_MOVES[r.status].map((to) => (
                  <Button
                    type="link"
                    size="small"
                    key={to}
                    onClick={() =>
                      act.run(() =>
                        typed.post('/projects/{id}/status', { status: to }, { params: { id: r.id } }),
                      )
                    }
                  >
                    {moveLabel[to]}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
