import {
  Chart,
  ErrorAlert,
  label,
  type PluginPageProps,
  StatCards,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { Table } from 'antd';
import { useMemo } from 'react';
import { BODY_LABELS } from '../../shared/terms';
import type { paths } from '../api.generated';
import type { Network } from './types';

export function NetworkTab({ api, locale }: PluginPageProps) {
  const t = useMemo(() => tr(locale), [locale]);
  const { data, error, loading } = useApiData(() => typedClient<paths>(api).get('/network'), [api]);
  const chart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 32, bottom: 60 },
      xAxis: {
        type: 'category' as const,
        data: data?.streets.map((s) => s.name.replace(/党工委$/, '')) ?? [],
        axisLabel: { rotate: 30 },
      },
      yAxis: { type: 'value' as const },
      series: [
        {
          name: t('社区', 'Communities'),
          type: 'bar' as const,
          data: data?.streets.map((s) => s.communities) ?? [],
        },
        {
          name: t('网格党支部', 'Grid branches'),
          type: 'bar' as const,
          data: data?.streets.map((s) => s.gridBranches) ?? [],
        },
        {
          name: t('兼职委员', 'Part-time members'),
          type: 'bar' as const,
          data: data?.streets.map((s) => s.partTimeMembers) ?? [],
        },
      ],
    }),
    [data, t],
  );
  return (
    <>
      <ErrorAlert error={error} />
      <StatCards
        items={[
          {
            title: t('街镇大工委', 'Street committees'),
            value: data?.totals.streets ?? '…',
            testId: 'network-streets',
          },
          {
            title: t('社区大党委', 'Community committees'),
            value: data?.totals.communities ?? '…',
            testId: 'network-communities',
          },
          {
            title: t('网格党支部', 'Grid branches'),
            value: data?.totals.gridBranches ?? '…',
            testId: 'network-grids',
          },
          {
            title: t('楼栋党小组', 'Building groups'),
            value: data?.totals.buildingGroups ?? '…',
            testId: 'network-groups',
          },
        ]}
      />
      <div style={{ marginTop: 16 }}>
        <Chart option={chart} height={300} testId="chart-network" />
      </div>
      <Table<Network['bodies'][number]>
        rowKey="kind"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data?.bodies ?? []}
        columns={[
          {
            title: t('议事机构', 'Council'),
            dataIndex: 'kind',
            render: (v) => label(BODY_LABELS, v, locale),
          },
          { title: t('数量', 'Number'), dataIndex: 'bodies', align: 'right' },
          { title: t('在任成员', 'Active members'), dataIndex: 'members', align: 'right' },
        ]}
      />
    </>
  );
}
