import {
  Chart,
  chinaDay,
  ErrorAlert,
  formatRatio,
  type Locale,
  label,
  markPartialPeriod,
  type PluginPageProps,
  partialNote,
  partialPeriodIndex,
  type ResponseOf,
  Section,
  StatCards,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { Col, Row, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { DEMAND_STATUS_LABELS, DEMAND_STATUSES, LEDGER_LABELS, LEDGERS } from '../shared/terms';
import type { paths } from './api.generated';
import { DateInput, heat } from './common';
import type { Demand } from './demands/types';

type Dashboard = ResponseOf<paths, '/dashboard'>;
type IndicatorRow = Dashboard['indicators'][number];

export function formatIndicator(row: IndicatorRow | undefined, locale: Locale) {
  if (row?.value.status !== 'ok') return '—';
  const v = row.value.value;
  if (row.unit === 'ratio') return formatRatio(v);
  if (row.unit === 'days') return `${v.toFixed(1)}${locale === 'zh-CN' ? ' 天' : ' d'}`;
  if (row.unit === 'hours') return `${v.toFixed(1)}${locale === 'zh-CN' ? ' 小时' : ' h'}`;
  return String(Math.round(v * 100) / 100);
}

const HEADLINE = [
  'demands_closed_rate',
  'on_time_closure_rate',
  'org_coverage',
  'gulou_needs_matched_rate',
  'projects_completed_rate',
  'volunteer_hours_per_member',
  'gulou_star_rated_share',
  'gulou_funds_floor_met_rate',
];

export default function DashboardPage({ api, locale }: PluginPageProps) {
  const t = useMemo(() => tr(locale), [locale]);
  const [from, setFrom] = useState(`${chinaDay().slice(0, 4)}-01-01`);
  const [to, setTo] = useState(chinaDay());
  const { data, error, loading } = useApiData(
    () => typedClient<paths>(api).get('/dashboard', { query: { from, to } }),
    [api, from, to],
  );
  const ind = (id: string) => data?.indicators.find((i) => i.id === id);

  const ledgerChart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category' as const, data: LEDGERS.map((l) => LEDGER_LABELS[l][locale]) },
      yAxis: { type: 'value' as const },
      series: DEMAND_STATUSES.map((s) => ({
        name: DEMAND_STATUS_LABELS[s][locale],
        type: 'bar' as const,
        stack: 'status',
        data: LEDGERS.map((l) => data?.ledgers.find((x) => x.ledger === l)?.[s] ?? 0),
      })),
    }),
    [data, locale],
  );
  const medianChart = useMemo(() => {
    const median = (l: string) => {
      const v = data?.indicators.find((i) => i.id === `gulou_median_close_days_${l}`)?.value;
      return v?.status === 'ok' ? v.value : null;
    };
    return {
      tooltip: { trigger: 'axis' as const },
      grid: { left: 40, right: 16, top: 16, bottom: 28 },
      xAxis: { type: 'category' as const, data: LEDGERS.map((l) => LEDGER_LABELS[l][locale]) },
      yAxis: { type: 'value' as const, name: t('天', 'days') },
      series: [
        {
          type: 'bar' as const,
          data: LEDGERS.map(median),
          label: { show: true, position: 'top' as const },
        },
      ],
    };
  }, [data, locale, t]);
  const hoursChart = useMemo(() => {
    const months = data?.volunteer.hoursByMonth.map((m) => m.month) ?? [];
    const option = {
      tooltip: { trigger: 'axis' as const },
      grid: { left: 48, right: 16, top: 16, bottom: 40 },
      xAxis: { type: 'category' as const, data: months },
      yAxis: { type: 'value' as const, name: t('小时', 'hours') },
      series: [
        {
          name: t('志愿服务时长', 'Volunteer hours'),
          type: 'line' as const,
          smooth: true,
          areaStyle: {},
          data: data?.volunteer.hoursByMonth.map((m) => Math.round(m.hours)) ?? [],
        },
      ],
    };
    // The running month (the server's today, asOf) is counted so far: marked, not drawn as a collapse.
    const partial = data ? partialPeriodIndex(months, data.asOf) : -1;
    return partial < 0 || !data
      ? option
      : markPartialPeriod(option, partial, partialNote(months[partial]!, data.asOf, locale));
  }, [data, t, locale]);
  const starChart = useMemo(
    () => ({
      tooltip: { trigger: 'item' as const },
      series: [
        {
          type: 'pie' as const,
          radius: ['40%', '70%'],
          data: (data?.volunteer.stars ?? []).map((s) => ({
            name: s.stars ? '★'.repeat(s.stars) : t('未评星', 'no star'),
            value: s.members,
          })),
        },
      ],
    }),
    [data, t],
  );
  const maxOf = (k: 'received' | 'open' | 'overdue') => Math.max(0, ...(data?.heat.map((h) => h[k]) ?? [0]));

  return (
    <div data-testid="gulou-dashboard">
      <Section
        title={
          data?.org
            ? `${t('工作台', 'Dashboard')} · ${data.org.name}`
            : t('网格化区域化党建工作台', 'Grid alliance dashboard')
        }
        extra={
          <Space>
            <DateInput
              testId="dashboard-from"
              label={t('开始日期', 'From')}
              value={from}
              onChange={(v) => v && setFrom(v)}
            />
            ~
            <DateInput
              testId="dashboard-to"
              label={t('结束日期', 'To')}
              value={to}
              onChange={(v) => v && setTo(v)}
            />
          </Space>
        }
      >
        <ErrorAlert error={error} />
        <StatCards
          items={HEADLINE.map((id) => ({
            title: ind(id)?.names[locale] ?? id,
            value: loading && !data ? '…' : formatIndicator(ind(id), locale),
            testId: `indicator-${id}`,
          }))}
        />
      </Section>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Section title={t('五类台账（按类型与状态）', 'Ledgers by kind and state')}>
            <Chart option={ledgerChart} testId="chart-ledgers" />
          </Section>
        </Col>
        <Col xs={24} lg={10}>
          <Section title={t('办结用时中位数', 'Median days to close')}>
            <Chart option={medianChart} testId="chart-medians" />
          </Section>
        </Col>
      </Row>
      <Section title={`${t('超期未办结', 'Overdue items')} (${data?.overdue.total ?? 0})`}>
        <Table<Demand>
          data-testid="dashboard-overdue"
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data?.overdue.items ?? []}
          columns={[
            { title: t('网格', 'Grid'), dataIndex: 'gridName' },
            {
              title: t('台账', 'Ledger'),
              dataIndex: 'ledger',
              render: (v) => label(LEDGER_LABELS, v, locale),
            },
            { title: t('诉求', 'Demand'), dataIndex: 'content', ellipsis: true },
            { title: t('截止日期', 'Deadline'), dataIndex: 'deadline' },
            {
              title: t('超期天数', 'Days overdue'),
              dataIndex: 'daysOverdue',
              render: (v) => <Tag color="error">{v}</Tag>,
            },
          ]}
        />
      </Section>
      <Section title={t('网格热力表', 'Grid heat table')}>
        <Typography.Paragraph type="secondary">
          {t(
            '颜色越深表示诉求越多、未办结或超期越多；点击表头排序。',
            'Darker cells mean more demands, open or overdue items; click a header to sort.',
          )}
        </Typography.Paragraph>
        <Table<Dashboard['heat'][number]>
          data-testid="dashboard-heat"
          rowKey="orgId"
          size="small"
          loading={loading}
          dataSource={data?.heat ?? []}
          pagination={{ pageSize: 15, showSizeChanger: false }}
          columns={[
            { title: t('街道', 'Street'), dataIndex: 'streetName' },
            { title: t('社区', 'Community'), dataIndex: 'communityName' },
            { title: t('网格党支部', 'Grid branch'), dataIndex: 'name' },
            { title: t('户数', 'Households'), dataIndex: 'households', align: 'right' },
            {
              title: t('受理', 'Received'),
              dataIndex: 'received',
              align: 'right',
              defaultSortOrder: 'descend',
              sorter: (a, b) => a.received - b.received,
              onCell: (r) => ({ style: heat(r.received, maxOf('received'), '22, 119, 255') }),
            },
            {
              title: t('销号率', 'Closed'),
              dataIndex: 'closedRate',
              align: 'right',
              render: (v) => formatRatio(v),
              sorter: (a, b) => (a.closedRate ?? 0) - (b.closedRate ?? 0),
            },
            {
              title: t('在办', 'Open'),
              dataIndex: 'open',
              align: 'right',
              sorter: (a, b) => a.open - b.open,
              onCell: (r) => ({ style: heat(r.open, maxOf('open'), '250, 140, 22') }),
            },
            {
              title: t('超期', 'Overdue'),
              dataIndex: 'overdue',
              align: 'right',
              sorter: (a, b) => a.overdue - b.overdue,
              onCell: (r) => ({ style: heat(r.overdue, maxOf('overdue')) }),
            },
          ]}
        />
      </Section>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Section
            title={`${t('党员志愿“微小时”（已确认）', 'Confirmed volunteer micro-hours')} · ${data?.volunteer.confirmedHours ?? 0} ${t('小时', 'h')}`}
          >
            <Chart option={hoursChart} testId="chart-hours" />
            <Typography.Text type="secondary">
              {t('待确认条目', 'Entries awaiting confirmation')}: {data?.volunteer.pendingEntries ?? 0}
            </Typography.Text>
          </Section>
        </Col>
        <Col xs={24} lg={10}>
          <Section
            title={`${t('在职党员星级分布', 'Star levels of in-service members')} (${data?.volunteer.inServiceMembers ?? 0})`}
          >
            <Chart option={starChart} testId="chart-stars" />
          </Section>
        </Col>
      </Row>
    </div>
  );
}
