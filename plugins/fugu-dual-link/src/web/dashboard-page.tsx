import {
  Chart,
  ErrorAlert,
  formatRatio,
  label,
  type PluginPageProps,
  Section,
  StatCards,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { Col, Row, Spin, Table } from 'antd';
import { CAMPAIGN_STEP_LABELS, FLAG_LABELS, GRADE_LABELS, GRADES } from '../shared/terms';
import type { paths } from './api.generated';
import { type ChartOption, PageLink, pageHref } from './common';

export default function DashboardPage({ api, city, locale }: PluginPageProps) {
  const t = tr(locale);
  const { data, error, loading } = useApiData(() => typedClient<paths>(api).get('/dashboard'), [api]);
  if (loading && !data) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (!data) return <ErrorAlert error={error} />;
  /** An indicator's number, or null when it does not apply. */
  const value = (id: string) => {
    const v = data.indicators.find((i) => i.id === id)?.value;
    return v?.status === 'ok' ? v.value : null;
  };
  const ratio = (id: string) => {
    const v = value(id);
    return v === null ? '—' : formatRatio(v);
  };
  const communities = data.registrationsByCommunity;
  const regOption: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, bottom: 60, top: 36 },
    xAxis: {
      type: 'category',
      data: communities.map((c) => c.orgName.replace(/党委$/, '')),
      axisLabel: { rotate: 30 },
    },
    yAxis: { type: 'value' },
    series: [
      {
        name: t('两联存档', 'Both parts filed'),
        type: 'bar',
        stack: 'r',
        data: communities.map((c) => c.filed),
        itemStyle: { color: '#389e0d' },
      },
      {
        name: t('社区已盖章', 'Stamped'),
        type: 'bar',
        stack: 'r',
        data: communities.map((c) => c.stamped),
        itemStyle: { color: '#1677ff' },
      },
      {
        name: t('待报到', 'Letter sent'),
        type: 'bar',
        stack: 'r',
        data: communities.map((c) => c.sent),
        itemStyle: { color: '#fa8c16' },
      },
    ],
  };
  const grades = data.grades.lastYear;
  const gradeOption: ChartOption = {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        data: GRADES.map((g) => ({ name: label(GRADE_LABELS, g, locale), value: grades.counts[g] })),
        color: ['#cf1322', '#1677ff', '#faad14', '#8c8c8c'],
      },
    ],
  };
  const steps = data.campaign?.steps ?? [];
  const campaignOption: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, bottom: 30, top: 36 },
    xAxis: { type: 'category', data: steps.map((s) => label(CAMPAIGN_STEP_LABELS, s.step, locale)) },
    yAxis: { type: 'value' },
    series: [
      {
        name: t('按期完成', 'Done on time'),
        type: 'bar',
        stack: 's',
        data: steps.map((s) => s.onTime),
        itemStyle: { color: '#389e0d' },
      },
      {
        name: t('逾期完成', 'Done late'),
        type: 'bar',
        stack: 's',
        data: steps.map((s) => s.done - s.onTime),
        itemStyle: { color: '#faad14' },
      },
      {
        name: t('逾期未完成', 'Overdue'),
        type: 'bar',
        stack: 's',
        data: steps.map((s) => s.overdue),
        itemStyle: { color: '#cf1322' },
      },
      {
        name: t('进行中', 'Open'),
        type: 'bar',
        stack: 's',
        data: steps.map((s) => s.total - s.done - s.overdue),
        itemStyle: { color: '#d9d9d9' },
      },
    ],
  };
  const flagRows = Object.entries(data.flags).map(([kind, n]) => ({ kind, n }));
  return (
    <div data-testid="fugu-dashboard">
      <ErrorAlert error={error} />
      <Section
        title={t(
          `${data.period.from.slice(0, 4)} 年双联双管总览（截至 ${data.today}）`,
          `Dual-link dual-management, ${data.period.from.slice(0, 4)} to ${data.today}`,
        )}
      >
        <StatCards
          items={[
            {
              title: t('在职党员报到率', 'Report rate'),
              value: ratio('report_rate'),
              testId: 'stat-report-rate',
            },
            {
              title: t('登记卡两联完成率', 'Cards completed'),
              value: ratio('fugu_registration_complete_rate'),
              testId: 'stat-complete',
            },
            {
              title: t('季度报到达标率', 'Quarterly reports'),
              value: ratio('fugu_quarterly_report_rate'),
              testId: 'stat-quarterly',
            },
            {
              title: t('反馈卡按时送达率', 'Cards on time'),
              value: ratio('feedback_on_time_rate'),
              testId: 'stat-feedback',
            },
            { title: t('参加社区活动的比例', 'Service rate'), value: ratio('service_rate') },
            {
              title: t('半年以上未参加活动', 'Absent over half a year'),
              value: value('fugu_absent_members') ?? '—',
              testId: 'stat-absent',
            },
            {
              title: t(`${grades.year} 年评议优秀`, `Excellent in ${grades.year}`),
              value: grades.counts.excellent ?? 0,
            },
            { title: t(`${grades.year} 年评议人数`, `Appraised in ${grades.year}`), value: grades.total },
            {
              title: t('人均志愿服务时长（小时）', 'Volunteer hours a member'),
              value: value('volunteer_hours_per_member')?.toFixed(1) ?? '—',
            },
          ]}
        />
      </Section>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Section title={t('各社区报到登记卡', 'Registration cards by community')}>
            <Chart option={regOption} height={320} testId="chart-registrations" />
          </Section>
        </Col>
        <Col xs={24} lg={10}>
          <Section title={t(`${grades.year} 年度考核评议等次`, `Appraisal grades, ${grades.year}`)}>
            <Chart option={gradeOption} height={320} testId="chart-grades" />
          </Section>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Section
            title={
              data.campaign ? `${t('推进进度', 'Rollout')}：${data.campaign.name}` : t('推进进度', 'Rollout')
            }
          >
            {data.campaign ? (
              <Chart option={campaignOption} height={280} testId="chart-campaign" />
            ) : (
              t('尚未启动', 'Not started')
            )}
          </Section>
        </Col>
        <Col xs={24} lg={10}>
          <Section
            title={<PageLink href={pageHref(city.code, 'rules')}>{t('今日提醒', 'Flags today')}</PageLink>}
          >
            <Table
              size="small"
              rowKey="kind"
              pagination={false}
              dataSource={flagRows}
              columns={[
                {
                  title: t('规则', 'Rule'),
                  dataIndex: 'kind',
                  render: (k: string) => label(FLAG_LABELS, k, locale),
                },
                { title: t('数量', 'Count'), dataIndex: 'n', align: 'right' },
              ]}
            />
          </Section>
        </Col>
      </Row>
    </div>
  );
}
