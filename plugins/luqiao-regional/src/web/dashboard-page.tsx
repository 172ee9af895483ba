import {
  Chart,
  ErrorAlert,
  formatRatio,
  label,
  type PluginPageProps,
  Section,
  StatCards,
  tr,
  useApiData,
} from '@jiceng/ui';
import { Col, DatePicker, Row, Table, Tag } from 'antd';
import { useState } from 'react';
import { CENTRE_LEVELS, REGION_KINDS } from '../shared/model';
import { type Answer, type ChartOption, indicatorText, typedApi } from './common';

type CoverageRow = Answer<'/dashboard'>['coverage'][number];

/** 总览: the five indicators, coverage by region and the registration picture. */
export default function DashboardPage({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const [range, setRange] = useState<[string, string] | null>(null);
  const { data, error, loading } = useApiData(
    () => typedApi(api).get('/dashboard', { query: range ? { from: range[0], to: range[1] } : undefined }),
    [api, range?.[0], range?.[1]],
  );
  const cov = data?.coverage ?? [];
  const coverageOption: ChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 150, right: 24, top: 16, bottom: 40 },
    xAxis: { type: 'value', name: t('单位数', 'Units'), minInterval: 1 },
    yAxis: { type: 'category', data: cov.map((r) => r.name), inverse: true },
    series: [
      {
        name: t('建有党组织', 'Own party org'),
        type: 'bar',
        stack: 'u',
        data: cov.map((r) => r.unitsWithOrg),
        itemStyle: { color: '#c41d26' },
      },
      {
        name: t('服务中心党组织覆盖', "Covered by the centre's org"),
        type: 'bar',
        stack: 'u',
        data: cov.map((r) => r.unitsCoveredByCentre),
        itemStyle: { color: '#fa8c16' },
      },
      {
        name: t('尚未覆盖', 'Not covered'),
        type: 'bar',
        stack: 'u',
        data: cov.map((r) => r.unitsUncovered),
        itemStyle: { color: '#d9d9d9' },
      },
    ],
  };
  const registrationOption: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 48, right: 48, top: 24, bottom: 70 },
    xAxis: { type: 'category', data: cov.map((r) => r.name), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: [
      { type: 'value', name: t('党员', 'Members'), minInterval: 1 },
      { type: 'value', name: t('登记率', 'Registered'), max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      {
        name: t('在区域工作', 'Working in the region'),
        type: 'bar',
        data: cov.map((r) => r.workingMembers),
        itemStyle: { color: '#ffccc7' },
      },
      {
        name: t('已登记', 'Registered'),
        type: 'bar',
        data: cov.map((r) => r.registered),
        itemStyle: { color: '#c41d26' },
      },
      {
        name: t('登记率', 'Registered share'),
        type: 'line',
        yAxisIndex: 1,
        data: cov.map((r) =>
          r.workingMembers ? Math.round((r.registered / r.workingMembers) * 1000) / 10 : null,
        ),
      },
    ],
  };
  const ind = data?.indicators;
  const totals = data?.totals;
  return (
    <div data-testid="luqiao-dashboard">
      <Section
        title={t('区域化党建“1+N+1”总览', 'Regional 1+N+1 overview')}
        extra={
          <DatePicker.RangePicker
            data-testid="period"
            allowClear
            onChange={(v) =>
              setRange(v?.[0] && v[1] ? [v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')] : null)
            }
          />
        }
      >
        <ErrorAlert error={error} />
        <StatCards
          items={[
            {
              title: t('区域党员登记率', 'Region members registered'),
              value: indicatorText(ind?.registrationRate),
              testId: 'ind-registration',
            },
            {
              title: t('区域单位党建覆盖率', 'Region units covered'),
              value: indicatorText(ind?.unitCoverage),
              testId: 'ind-coverage',
            },
            {
              title: t('服务中心限时办结率', 'Centre requests on time'),
              value: indicatorText(ind?.onTimeClosure),
              testId: 'ind-on-time',
            },
            {
              title: t('共建项目完成率', 'Council projects completed'),
              value: indicatorText(ind?.projectsCompleted),
              testId: 'ind-projects',
            },
            {
              title: t('理事单位活跃率', 'Member units active'),
              value: indicatorText(ind?.unitsActive),
              testId: 'ind-active',
            },
            { title: t('区域', 'Regions'), value: totals?.regions ?? '—', testId: 'total-regions' },
            { title: t('划入区域的N个党组织', 'Orgs in the N'), value: totals?.nOrgs ?? '—' },
            {
              title: t('登记党员 / 亮牌店铺', 'Registered / shops 亮牌'),
              value: totals ? `${totals.registered} / ${totals.shops}` : '—',
            },
            {
              title: t('党员服务中心(站)', 'Service centres & stations'),
              value: totals
                ? `${totals.centresTotal}（${Object.keys(CENTRE_LEVELS)
                    .map((l) => `${label(CENTRE_LEVELS, l, locale)} ${totals.centres[l] ?? 0}`)
                    .join(' · ')}）`
                : '—',
            },
            {
              title: t('超期未办结', 'Overdue requests'),
              value: totals?.overdueVisits ?? '—',
              testId: 'total-overdue',
            },
          ]}
        />
        <div style={{ color: 'rgba(0, 0, 0, 0.6)', marginTop: 8 }}>
          {data
            ? t(
                `统计期 ${data.period.from} 至 ${data.period.to}`,
                `Period ${data.period.from} to ${data.period.to}`,
              )
            : null}
        </div>
      </Section>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Section title={t('各区域单位党建覆盖', 'Unit coverage by region')}>
            <Chart
              option={coverageOption}
              height={Math.max(260, cov.length * 34 + 60)}
              testId="coverage-chart"
            />
          </Section>
        </Col>
        <Col xs={24} xl={12}>
          <Section title={t('各区域党员登记', 'Members registered by region')}>
            <Chart
              option={registrationOption}
              height={Math.max(260, cov.length * 34 + 60)}
              testId="registration-chart"
            />
          </Section>
        </Col>
      </Row>
      <Section title={t('区域一览', 'Regions')}>
        <Table
          rowKey="regionId"
          size="small"
          loading={loading}
          dataSource={cov}
          pagination={false}
          data-testid="coverage-table"
          columns={[
            { title: t('区域', 'Region'), dataIndex: 'name' },
            {
              title: t('类型', 'Kind'),
              dataIndex: 'kind',
              render: (k: string) => <Tag>{label(REGION_KINDS, k, locale)}</Tag>,
            },
            { title: t('N个党组织', 'N'), dataIndex: 'nCount' },
            { title: t('单位', 'Units'), dataIndex: 'unitCount' },
            { title: t('建有党组织', 'Own org'), dataIndex: 'unitsWithOrg' },
            { title: t('中心覆盖', 'By centre'), dataIndex: 'unitsCoveredByCentre' },
            { title: t('未覆盖', 'Uncovered'), dataIndex: 'unitsUncovered' },
            { title: t('在区域工作党员', 'Working'), dataIndex: 'workingMembers' },
            { title: t('已登记', 'Registered'), dataIndex: 'registered' },
            {
              title: t('登记率', 'Share'),
              render: (_: unknown, r: CoverageRow) =>
                formatRatio(r.workingMembers ? r.registered / r.workingMembers : null),
            },
            { title: t('亮牌', 'Shops'), dataIndex: 'shops' },
          ]}
        />
      </Section>
    </div>
  );
}
