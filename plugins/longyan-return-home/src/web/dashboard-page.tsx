import {
  Chart,
  ErrorAlert,
  formatRatio,
  markPartialPeriod,
  partialNote,
  partialPeriodIndex,
  type PluginPageProps,
  rateAxis,
  type ResponseOf,
  Section,
  StatCards,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { Col, Row, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { paths } from './api.generated';
import { CommunitySelect, useCommunities, yearOptions } from './common';
import MePage from './me-page';

type CommunityRow = ResponseOf<paths, '/dashboard'>['byCommunity'][number];

/** The plugin's home: the dashboard for admins, the member's own page for members. */
export default function HomePage(props: PluginPageProps) {
  if (props.city.access === 'self') return <MePage {...props} />;
  return <DashboardPage {...props} />;
}

function DashboardPage({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const years = yearOptions();
  const [year, setYear] = useState(years[0]!);
  const [communityId, setCommunityId] = useState<number | undefined>();
  const communities = useCommunities(api);
  const query = useMemo(() => {
    // The current year runs to the server's today (its calendar is China time); a past year to 31 December.
    const current = year === String(new Date().getFullYear());
    return { from: `${year}-01-01`, to: current ? undefined : `${year}-12-31`, orgId: communityId };
  }, [year, communityId]);
  const typed = typedClient<paths>(api);
  const { data, error, loading } = useApiData(() => typed.get('/dashboard', { query }), [typed, query]);
  const coverage = useApiData(
    () => typed.get('/coverage', { query: { orgId: communityId } }),
    [typed, communityId],
  );

  const s = data?.summary;
  const ok = (id: string) => {
    const value = s?.[id];
    return value?.status === 'ok' ? value : null;
  };
  const v = (id: string) => ok(id)?.value ?? null;
  const frac = (id: string) => {
    const value = ok(id);
    return value ? `${value.numerator}/${value.denominator}` : '';
  };

  const rows = data?.byCommunity ?? [];
  const ranked = useMemo(
    () =>
      [...rows]
        .filter((r) => r.members > 0)
        .sort(
          (a, b) => (a.reportRate ?? 0) - (b.reportRate ?? 0) || (a.serviceRate ?? 0) - (b.serviceRate ?? 0),
        ),
    [rows],
  );

  const ratesOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (x: number) => formatRatio(x, 2) },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 36, bottom: ranked.length > 20 ? 90 : 60 },
      xAxis: {
        type: 'category',
        data: ranked.map((r) => r.name.replace(/党委$|党总支$|党支部$/, '')),
        axisLabel: { rotate: 40, interval: 0, fontSize: 10 },
      },
      // A rate axis runs from 0: one that starts near the lowest rate makes a 30% community look empty.
      yAxis: rateAxis(1, { axisLabel: { formatter: (x: number) => formatRatio(x, 0) } }),
      dataZoom:
        ranked.length > 20
          ? [{ type: 'slider', start: 0, end: Math.min(100, (20 / ranked.length) * 100), bottom: 10 }]
          : [],
      series: [
        { name: t('报到率', 'Report rate'), type: 'bar', data: ranked.map((r) => r.reportRate) },
        { name: t('双报到完成率', 'Confirmed'), type: 'bar', data: ranked.map((r) => r.confirmedRate) },
        {
          name: t('服务率', 'Service rate'),
          type: 'line',
          data: ranked.map((r) => r.serviceRate),
          symbolSize: 6,
        },
      ],
    }),
    [ranked, t],
  );

  const trendOption = useMemo(() => {
    const tr0 = data?.trend;
    const option = {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 36, bottom: 30 },
      xAxis: { type: 'category', data: tr0?.months ?? [] },
      yAxis: { type: 'value' },
      series: [
        { name: t('线上报到', 'Reported online'), type: 'bar', data: tr0?.series.reported ?? [] },
        { name: t('线下确认', 'Confirmed offline'), type: 'bar', data: tr0?.series.confirmed ?? [] },
        {
          name: t('确认的服务', 'Confirmed services'),
          type: 'line',
          data: tr0?.series.served ?? [],
          smooth: true,
        },
        {
          name: t('实现的微心愿', 'Wishes fulfilled'),
          type: 'line',
          data: tr0?.series.fulfilled ?? [],
          smooth: true,
        },
      ],
    };
    // The month still running (the period ends today) is so far, not a collapse: marked, with its day.
    const months = tr0?.months ?? [];
    const to = data?.period.to ?? '';
    const partial = partialPeriodIndex(months, to);
    return partial < 0
      ? option
      : markPartialPeriod(option, partial, partialNote(months[partial]!, to, locale));
  }, [data, t, locale]);

  const treemapOption = useMemo(() => {
    const streets = new Map<string, any[]>();
    for (const c of coverage.data?.communities ?? []) {
      const street = c.streetOrgName?.replace(/党工委$/, '') ?? '—';
      if (!streets.has(street)) streets.set(street, []);
      const ratio = c.compounds ? c.covered / c.compounds : 1;
      streets.get(street)!.push({
        name: c.communityOrgName.replace(/党委$|党总支$|党支部$/, ''),
        covered: c.covered,
        compounds: c.compounds,
        // A community is green when every compound has an org, amber when a few are missing, red below 80%.
        itemStyle: { color: ratio >= 1 ? '#91cc75' : ratio >= 0.8 ? '#fac858' : '#ee6666' },
        children: c.items.map((i) => ({
          name: i.name,
          value: 1,
          orgName: i.orgName,
          itemStyle: { color: i.orgId ? (i.joint ? '#73c0de' : '#91cc75') : '#ee6666' },
        })),
      });
    }
    return {
      tooltip: {
        formatter: (p: any) =>
          p.data?.compounds != null
            ? `${p.name}: ${t('已覆盖', 'covered')} ${p.data.covered}/${p.data.compounds}`
            : p.data?.children
              ? `${p.name}: ${p.value}`
              : `${p.name}<br/>${p.data?.orgName ?? t('尚无小区党组织', 'No compound party org yet')}`,
      },
      series: [
        {
          type: 'treemap',
          name: t('全部', 'All'),
          roam: false,
          leafDepth: communityId ? undefined : 2,
          breadcrumb: { show: true },
          label: { show: true, fontSize: 10 },
          upperLabel: { show: true, height: 18 },
          levels: [
            { itemStyle: { borderColor: '#555', borderWidth: 2, gapWidth: 2 } },
            { itemStyle: { borderColor: '#999', borderWidth: 1, gapWidth: 1 } },
            { itemStyle: { borderColor: '#fff', borderWidth: 1, gapWidth: 1 } },
          ],
          data: [...streets].map(([name, children]) => ({ name, children })),
        },
      ],
    };
  }, [coverage.data, communityId, t]);

  return (
    <div data-testid="lrh-dashboard">
      <Section
        title={data?.org ? `${t('总览', 'Overview')} · ${data.org.name}` : t('全市总览', 'City overview')}
        extra={
          <Space wrap>
            <Select
              aria-label={t('年度', 'Year')}
              data-testid="dashboard-year"
              value={year}
              onChange={setYear}
              options={years.map((y) => ({ value: y, label: y }))}
              style={{ width: 100 }}
            />
            {communities.length > 1 && (
              <CommunitySelect
                testId="dashboard-community"
                communities={communities}
                value={communityId}
                onChange={setCommunityId}
                locale={locale}
                allowClear
              />
            )}
          </Space>
        }
      >
        <ErrorAlert error={error} />
        <StatCards
          items={[
            {
              title: `${t('在职党员报到率', 'Report rate')} ${frac('report_rate')}`,
              value: formatRatio(v('report_rate'), 2),
              testId: 'stat-report-rate',
            },
            {
              title: `${t('双报到完成率', 'Confirmed-report rate')} ${frac('longyan_confirmed_report_rate')}`,
              value: formatRatio(v('longyan_confirmed_report_rate'), 2),
              testId: 'stat-confirmed-rate',
            },
            {
              title: `${t('服务率', 'Service rate')} ${frac('service_rate')}`,
              value: formatRatio(v('service_rate'), 2),
              testId: 'stat-service-rate',
            },
            {
              title: `${t('小区党组织覆盖率', 'Compound org coverage')} ${frac('org_coverage')}`,
              value: formatRatio(v('org_coverage')),
              testId: 'stat-coverage',
            },
            {
              title: `${t('微心愿认领率', 'Wishes claimed')} ${frac('longyan_wishes_claimed_rate')}`,
              value: formatRatio(v('longyan_wishes_claimed_rate')),
              testId: 'stat-wishes-claimed',
            },
            {
              title: `${t('微心愿实现率', 'Wishes fulfilled')} ${frac('wishes_fulfilled_rate')}`,
              value: formatRatio(v('wishes_fulfilled_rate')),
              testId: 'stat-wishes-fulfilled',
            },
            {
              title: `${t('共建项目完成率', 'Projects completed')} ${frac('projects_completed_rate')}`,
              value: formatRatio(v('projects_completed_rate')),
              testId: 'stat-projects',
            },
            {
              title: `${t('红色业委会覆盖率', 'Red committee share')} ${frac('longyan_red_committee_share')}`,
              value: formatRatio(v('longyan_red_committee_share')),
              testId: 'stat-red',
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('人均认领岗位与心愿', 'Claims per member')} {v('claims_per_member')?.toFixed(2) ?? '—'} ·{' '}
          {t('人均确认服务时长', 'Confirmed hours per member')}{' '}
          {v('volunteer_hours_per_member')?.toFixed(2) ?? '—'} ·{' '}
          {data ? `${data.period.from} ~ ${data.period.to}` : ''}
        </Typography.Paragraph>
      </Section>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Section
            title={t('各社区报到率、双报到完成率与服务率（由低到高）', 'Rates by community (lowest first)')}
          >
            <Chart option={ratesOption as any} height={360} testId="chart-rates" />
          </Section>
        </Col>
        <Col xs={24} xl={10}>
          <Section title={t('按月趋势', 'Trend by month')}>
            <Chart option={trendOption as any} height={360} testId="chart-trend" />
          </Section>
        </Col>
      </Row>
      <Section
        title={t(
          '小区党组织覆盖图（街道 → 社区 → 小区）',
          'Compound org coverage (street → community → compound)',
        )}
        extra={
          coverage.data && (
            <Space data-testid="coverage-totals">
              <span style={{ color: '#91cc75' }}>■</span>
              {t('单独组建 / 全覆盖', 'Own org / all covered')}
              <span style={{ color: '#fac858' }}>■</span>
              {t('部分覆盖', 'Partly covered')}
              <span style={{ color: '#73c0de' }}>■</span>
              {t('联合组建', 'Joint org')}
              <span style={{ color: '#ee6666' }}>■</span>
              {t('未覆盖', 'Not covered')} {coverage.data.totals.uncovered} / {coverage.data.totals.compounds}
            </Space>
          )
        }
      >
        <ErrorAlert error={coverage.error} />
        <Chart option={treemapOption as any} height={420} testId="chart-coverage" />
      </Section>
      <Section title={t('各社区明细', 'By community')}>
        <Table<CommunityRow>
          data-testid="community-table"
          rowKey="communityOrgId"
          size="small"
          loading={loading}
          dataSource={rows}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          scroll={{ x: 1000 }}
          columns={[
            { title: t('社区党组织', 'Community org'), dataIndex: 'name', fixed: 'left' },
            { title: t('街道', 'Street'), dataIndex: 'streetName', render: (x) => x?.replace(/党工委$/, '') },
            {
              title: t('在职党员', 'In-service'),
              dataIndex: 'members',
              sorter: (a, b) => a.members - b.members,
            },
            {
              title: t('报到率', 'Reported'),
              dataIndex: 'reportRate',
              render: (x) => formatRatio(x, 2),
              sorter: (a, b) => (a.reportRate ?? 0) - (b.reportRate ?? 0),
            },
            {
              title: t('双报到', 'Confirmed'),
              dataIndex: 'confirmedRate',
              render: (x) => formatRatio(x),
              sorter: (a, b) => (a.confirmedRate ?? 0) - (b.confirmedRate ?? 0),
            },
            {
              title: t('服务率', 'Served'),
              dataIndex: 'serviceRate',
              render: (x) => formatRatio(x, 2),
              sorter: (a, b) => (a.serviceRate ?? 0) - (b.serviceRate ?? 0),
            },
            { title: t('小区覆盖', 'Compounds covered'), render: (_, r) => `${r.covered}/${r.compounds}` },
            { title: t('红色业委会', 'Red committees'), dataIndex: 'redCommittees' },
            {
              title: t('微心愿 征集/认领/实现', 'Wishes in/claimed/fulfilled'),
              render: (_, r) => `${r.wishesCollected}/${r.wishesClaimed}/${r.wishesFulfilled}`,
            },
          ]}
        />
        {data && data.outside.members > 0 && (
          <Typography.Text type="secondary">
            {t(
              `另有 ${data.outside.members} 名在职党员的报到社区不在本范围内（已报到 ${data.outside.reported}）。`,
              `${data.outside.members} in-service members report outside this scope (${data.outside.reported} reported).`,
            )}
          </Typography.Text>
        )}
      </Section>
    </div>
  );
}
