import {
  Chart,
  chinaDay,
  ErrorAlert,
  formatRatio,
  label,
  type PluginPageProps,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { Radio, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { DEMAND_CATEGORY_LABELS, LEDGER_LABELS, LEDGERS } from '../../shared/terms';
import type { paths } from '../api.generated';
import { DateInput } from '../common';
import type { Demand, SummaryLevel, SummaryRow } from './types';

export function OverdueTab({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const { data, error, loading } = useApiData(() => typedClient<paths>(api).get('/demands/overdue'), [api]);
  return (
    <>
      <ErrorAlert error={error} />
      <Typography.Paragraph>
        {t('截至', 'As of')} {data?.asOf}：{t('共', '')} <b data-testid="overdue-total">{data?.total ?? 0}</b>{' '}
        {t('件超期未办结', 'open items past their deadline')}
      </Typography.Paragraph>
      <Table<Demand>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        columns={[
          { title: t('网格', 'Grid'), dataIndex: 'gridName' },
          { title: t('台账', 'Ledger'), dataIndex: 'ledger', render: (v) => label(LEDGER_LABELS, v, locale) },
          { title: t('诉求', 'Demand'), dataIndex: 'content', ellipsis: true },
          {
            title: t('承办 / 代办', 'Handled by'),
            render: (_, r) => r.assigneeUnitName ?? r.assigneeDepartment ?? r.agentName ?? '',
          },
          { title: t('截止日期', 'Deadline'), dataIndex: 'deadline' },
          {
            title: t('超期天数', 'Days overdue'),
            dataIndex: 'daysOverdue',
            render: (v) => <Tag color="error">{v}</Tag>,
          },
        ]}
      />
    </>
  );
}

/** The day (any day of the week, for the weekly one) and the level a summary rolls up to. */
function SummaryControls({
  t,
  testId,
  day,
  onDay,
  level,
  onLevel,
}: {
  t: (zh: string, en: string) => string;
  testId: string;
  day: string;
  onDay: (day: string) => void;
  level: SummaryLevel;
  onLevel: (level: SummaryLevel) => void;
}) {
  return (
    <Space style={{ marginBottom: 16 }}>
      <DateInput testId={testId} value={day} onChange={(d) => d && onDay(d)} />
      <Radio.Group
        optionType="button"
        value={level}
        onChange={(e) => onLevel(e.target.value)}
        options={[
          { value: 'street', label: t('街道', 'Street') },
          { value: 'community', label: t('社区', 'Community') },
          { value: 'grid', label: t('网格', 'Grid') },
        ]}
      />
    </Space>
  );
}

function summaryColumns(t: (zh: string, en: string) => string, weekly: boolean) {
  return [
    { title: t('单位', 'Org'), dataIndex: 'name' },
    { title: t('网格数', 'Grids'), dataIndex: 'grids', align: 'right' as const },
    {
      title: t('受理', 'Received'),
      dataIndex: 'received',
      align: 'right' as const,
      sorter: (a: SummaryRow, b: SummaryRow) => a.received - b.received,
    },
    { title: t('销号', 'Closed'), dataIndex: 'closed', align: 'right' as const },
    { title: t('在办', 'Open'), dataIndex: 'open', align: 'right' as const },
    {
      title: t('超期', 'Overdue'),
      dataIndex: 'overdue',
      align: 'right' as const,
      render: (v: number) => (v ? <Tag color="error">{v}</Tag> : 0),
      sorter: (a: SummaryRow, b: SummaryRow) => a.overdue - b.overdue,
    },
    ...(weekly
      ? [
          {
            title: t('限时件按期率', 'On time'),
            dataIndex: 'onTimeRate',
            align: 'right' as const,
            render: (v: number | null) => formatRatio(v),
          },
          { title: t('平均办结天数', 'Avg days'), dataIndex: 'averageCloseDays', align: 'right' as const },
        ]
      : []),
  ];
}

export function DailyTab({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const [date, setDate] = useState(chinaDay());
  const [level, setLevel] = useState<SummaryLevel>('community');
  const { data, error, loading } = useApiData(
    () => typedClient<paths>(api).get('/demands/daily', { query: { date, level } }),
    [api, date, level],
  );
  return (
    <>
      <SummaryControls
        t={t}
        testId="daily-date"
        day={date}
        onDay={setDate}
        level={level}
        onLevel={setLevel}
      />
      <ErrorAlert error={error} />
      {data && (
        <Typography.Paragraph data-testid="daily-totals">
          {t('当日受理', 'Received')} {data.totals.received} · {t('当日销号', 'closed')} {data.totals.closed}{' '}
          · {t('在办', 'open')} {data.totals.open} · {t('超期', 'overdue')} {data.totals.overdue}
          {data.byCategory.length > 0 &&
            ` · ${t('主要问题', 'top issues')}: ${data.byCategory
              .slice(0, 3)
              .map((c) => `${label(DEMAND_CATEGORY_LABELS, c.category, locale)} ${c.received}`)
              .join('，')}`}
        </Typography.Paragraph>
      )}
      <Table
        rowKey="orgId"
        size="small"
        loading={loading}
        dataSource={data?.rows ?? []}
        columns={summaryColumns(t, false)}
        pagination={{ pageSize: 20 }}
      />
    </>
  );
}

export function WeeklyTab({ api, locale }: PluginPageProps) {
  const t = useMemo(() => tr(locale), [locale]);
  const [weekOf, setWeekOf] = useState(chinaDay());
  const [level, setLevel] = useState<SummaryLevel>('community');
  const { data, error, loading } = useApiData(
    () => typedClient<paths>(api).get('/demands/weekly', { query: { weekOf, level } }),
    [api, weekOf, level],
  );
  const chart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 32, bottom: 28 },
      xAxis: { type: 'category' as const, data: LEDGERS.map((l) => LEDGER_LABELS[l][locale]) },
      yAxis: { type: 'value' as const },
      series: [
        {
          name: t('受理', 'Received'),
          type: 'bar' as const,
          data: LEDGERS.map((l) => data?.byLedger.find((b) => b.ledger === l)?.received ?? 0),
        },
        {
          name: t('已销号', 'Closed'),
          type: 'bar' as const,
          data: LEDGERS.map((l) => data?.byLedger.find((b) => b.ledger === l)?.closed ?? 0),
        },
      ],
    }),
    [data, locale, t],
  );
  const change = data ? data.totals.received - data.previous.received : 0;
  return (
    <>
      <SummaryControls
        t={t}
        testId="weekly-date"
        day={weekOf}
        onDay={setWeekOf}
        level={level}
        onLevel={setLevel}
      />
      <ErrorAlert error={error} />
      {data && (
        <Typography.Paragraph data-testid="weekly-totals">
          {data.from} ~ {data.to}：{t('受理', 'received')} {data.totals.received}（
          {t('较上周', 'vs last week')} {change >= 0 ? '+' : ''}
          {change}），{t('销号', 'closed')} {data.totals.closed}，
          {t('限时件按期办结率', 'time-limited on time')} {formatRatio(data.totals.onTimeRate)}，
          {t('周末超期', 'overdue at week end')} {data.totals.overdue}
          {data.attention.length > 0 &&
            `；${t('重点关注', 'needs attention')}：${data.attention
              .slice(0, 5)
              .map((a) => `${a.name}(${a.overdue})`)
              .join('、')}`}
        </Typography.Paragraph>
      )}
      <Chart option={chart} height={260} testId="chart-weekly" />
      <Table
        rowKey="orgId"
        size="small"
        loading={loading}
        dataSource={data?.rows ?? []}
        columns={summaryColumns(t, true)}
        pagination={{ pageSize: 20 }}
      />
    </>
  );
}
