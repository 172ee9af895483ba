import {
  Chart,
  ErrorAlert,
  type PluginPageProps,
  Section,
  StatCards,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { Table } from 'antd';
import type { paths } from './api.generated';
import type { ChartOption } from './common';

const yuan = (n: number) => n.toLocaleString('zh-CN');

/** 经费保障: activity and training money per member per year, per branch and in total. */
export default function BudgetPage({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const { data, error, loading } = useApiData(() => typedClient<paths>(api).get('/budget'), [api]);
  const top = (data?.items ?? []).slice(0, 15);
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 180, right: 16, top: 30, bottom: 20 },
    yAxis: { type: 'category', data: top.map((x) => x.orgName).reverse() },
    xAxis: { type: 'value' },
    series: [
      {
        name: t('活动经费', 'Activities'),
        type: 'bar',
        stack: 'b',
        data: top.map((x) => x.activityFund).reverse(),
      },
      {
        name: t('教育培训经费', 'Training'),
        type: 'bar',
        stack: 'b',
        data: top.map((x) => x.trainingFund).reverse(),
      },
    ],
  };
  return (
    <div data-testid="budget-page">
      <ErrorAlert error={error} />
      {data && (
        <Section
          title={t(
            `${data.year} 年党组织经费预算（每名党员每年活动经费 ${data.perMember.activity} 元、教育培训经费 ${data.perMember.training} 元）`,
            `${data.year} budget (${data.perMember.activity} yuan a member for activities, ${data.perMember.training} for training)`,
          )}
        >
          <StatCards
            items={[
              { title: t('党支部', 'Branches'), value: data.totals.branches },
              { title: t('党员', 'Members'), value: data.totals.members },
              {
                title: t('活动经费（元）', 'Activities (yuan)'),
                value: yuan(data.totals.activityFund),
                testId: 'budget-activity',
              },
              {
                title: t('教育培训经费（元）', 'Training (yuan)'),
                value: yuan(data.totals.trainingFund),
                testId: 'budget-training',
              },
            ]}
          />
        </Section>
      )}
      <Section title={t('党员最多的党组织', 'Largest branches')}>
        <Chart option={option} height={420} testId="chart-budget" />
      </Section>
      <Section title={t('各党支部', 'Per branch')}>
        <Table
          size="small"
          rowKey="orgId"
          loading={loading}
          dataSource={data?.items ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: t('党组织', 'Organization'), dataIndex: 'orgName' },
            { title: t('上级', 'Parent'), dataIndex: 'parentName' },
            { title: t('党员', 'Members'), dataIndex: 'members', align: 'right' },
            { title: t('活动经费', 'Activities'), dataIndex: 'activityFund', align: 'right', render: yuan },
            { title: t('培训经费', 'Training'), dataIndex: 'trainingFund', align: 'right', render: yuan },
            { title: t('合计', 'Total'), dataIndex: 'total', align: 'right', render: yuan },
          ]}
        />
      </Section>
    </div>
  );
}
