import {
  ErrorAlert,
  optionsOf,
  type PluginPageProps,
  StatusTag,
  tr,
  useApiData,
  useSubmit,
} from '@jiceng/ui';
import { Button, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { PROJECT_MOVES, PROJECT_STATUS_LABELS, type ProjectStatus } from '../../shared/terms';
import { STATUS_COLORS } from '../common';
import type { Project } from './types';

export function ProjectsTab({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const [status, setStatus] = useState<string | undefined>();
  const { data, error, loading, reload } = useApiData(
    () => api.get<{ items: Project[] }>('/projects', { status }),
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
                    onClick={() => act.run(() => api.post(`/projects/${r.id}/status`, { status: to }))}
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
