import {
  Chart,
  ErrorAlert,
  formatRatio,
  type PluginPageProps,
  type ResponseOf,
  Section,
  StatCards,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { Col, Empty, Progress, Row, Segmented, Space, Table, Tag, Typography } from 'antd';
import { type Key, useMemo, useState } from 'react';
import { AREAS } from '../shared/model';
import type { paths } from './api.generated';
import {
  AreaRadar,
  areaName,
  CampaignSelect,
  type ChartOption,
  fmtDelta,
  fmtScore,
  scoreColor,
  typeName,
} from './common';

/** The analysis of a campaign (the answer when the city has one). */
type Analysis = Extract<ResponseOf<paths, '/analysis'>, { overall: unknown }>;
type CommunityScore = Analysis['communities'][number];
type StandardStat = Analysis['standards'][number];
const round1 = (v: number | null) => (v == null ? null : Math.round(v * 10) / 10);

/** 不平衡不充分: how evenly the standards are met across communities, areas, types and streets. */
export default function DashboardPage({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const [campaignId, setCampaignId] = useState<number | undefined>();
  const [states, setStates] = useState<'done' | 'submitted' | 'all'>('done');
  const [selected, setSelected] = useState<number | null>(null);
  const typed = typedClient<paths>(api);
  const campaigns = useApiData(() => typed.get('/campaigns'), [typed]);
  const {
    data: answer,
    error,
    loading,
  } = useApiData(
    () => typed.get('/analysis', { query: { campaignId, states } }),
    [typed, campaignId, states],
  );
  const a: Analysis | null = answer?.campaign ? answer : null;

  const cityAreas = useMemo(() => Object.fromEntries((a?.areaStats ?? []).map((s) => [s.area, s.mean])), [a]);
  const chosen =
    a?.communities.find((c) => c.assessmentId === selected) ?? a?.belowThreshold[0] ?? a?.communities[0];

  if (answer && !answer.campaign)
    return (
      <Section title={t('不平衡不充分分析', 'Imbalance view')}>
        <Empty
          description={t(
            '还没有考评批次。请先在“标准库”发布标准版本，再在“考评批次”发起考评。',
            'No campaign yet. Publish a template version, then start a campaign.',
          )}
        />
      </Section>
    );

  const o = a?.overall;
  const boxOption: ChartOption | null = a
    ? {
        tooltip: { trigger: 'item' },
        grid: { left: 40, right: 16, top: 40, bottom: locale === 'en' ? 80 : 40 },
        xAxis: {
          type: 'category',
          data: AREAS.map((x) => x[locale]),
          axisLabel: { interval: 0, rotate: locale === 'en' ? 30 : 0 },
        },
        yAxis: { type: 'value', min: 0, max: 100 },
        series: [
          {
            name: t('社区得分分布', 'Spread across communities'),
            type: 'boxplot',
            data: a.areaStats.map((s) =>
              s.quartiles
                ? [s.quartiles.min, s.quartiles.q1, s.quartiles.median, s.quartiles.q3, s.quartiles.max]
                : [],
            ),
          },
          {
            name: t('上次平均', 'Previous mean'),
            type: 'scatter',
            symbol: 'diamond',
            data: a.areaStats.map((s) => round1(s.previousMean)),
          },
        ],
        legend: { top: 0 },
      }
    : null;
  const histOption: ChartOption | null = a
    ? {
        tooltip: {},
        grid: { left: 40, right: 16, top: 24, bottom: 30 },
        xAxis: { type: 'category', data: a.histogram.map((h) => `${h.from}–${h.to}`) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            type: 'bar',
            name: t('社区数', 'Communities'),
            data: a.histogram.map((h) => ({
              value: h.n,
              itemStyle: { color: h.from < 60 ? '#ff7875' : h.from < 80 ? '#ffc53d' : '#73d13d' },
            })),
          },
        ],
      }
    : null;
  const typeOption: ChartOption | null = a
    ? {
        tooltip: {},
        grid: { left: 120, right: 24, top: 16, bottom: 24 },
        xAxis: { type: 'value', min: 0, max: 100 },
        yAxis: {
          type: 'category',
          data: a.typeStats.map((s) => `${typeName(s.type, locale)}（${s.n}）`),
        },
        series: [
          {
            type: 'bar',
            name: t('平均得分', 'Mean score'),
            data: a.typeStats.map((s) => round1(s.meanScore)),
            label: { show: true, position: 'right' },
            markLine: { symbol: 'none', data: [{ xAxis: a.threshold, name: t('达标线', 'Threshold') }] },
          },
        ],
      }
    : null;
  const streetOption: ChartOption | null = a
    ? {
        tooltip: {},
        grid: { left: 40, right: 16, top: 24, bottom: 70 },
        xAxis: {
          type: 'category',
          data: a.streetStats.map((s) => s.streetName),
          axisLabel: { interval: 0, rotate: 45 },
        },
        yAxis: { type: 'value', min: 0, max: 100 },
        series: [
          {
            type: 'bar',
            name: t('街道平均', 'Street mean'),
            data: a.streetStats.map((s) => round1(s.meanScore)),
          },
          {
            type: 'line',
            name: t('街道最低', 'Street lowest'),
            data: a.streetStats.map((s) => round1(s.minScore)),
          },
        ],
        legend: { bottom: 0 },
      }
    : null;
  const deltaOption: ChartOption | null = a?.previous
    ? {
        tooltip: {},
        grid: { left: 40, right: 16, top: 24, bottom: locale === 'en' ? 90 : 60 },
        xAxis: {
          type: 'category',
          data: AREAS.map((x) => x[locale]),
          axisLabel: { interval: 0, rotate: 45 },
        },
        yAxis: { type: 'value' },
        series: [
          {
            type: 'bar',
            name: t('较上次变化', 'Change'),
            data: a.areaStats.map((s) => ({
              value: round1(s.delta),
              itemStyle: { color: (s.delta ?? 0) >= 0 ? '#73d13d' : '#ff7875' },
            })),
            label: { show: true, position: 'top' },
          },
        ],
      }
    : null;

  return (
    <div data-testid="jinan-dashboard">
      <Section
        title={t('不平衡不充分分析', 'Imbalance view')}
        extra={
          <Space wrap>
            {campaigns.data?.items.length ? (
              <CampaignSelect
                label={t('测评活动', 'Campaign')}
                campaigns={campaigns.data.items}
                value={campaignId ?? a?.campaign?.id}
                onChange={setCampaignId}
              />
            ) : null}
            <Segmented
              value={states}
              onChange={(v) => setStates(v as typeof states)}
              options={[
                { value: 'done', label: t('已完成', 'Done') },
                { value: 'submitted', label: t('含审核中', 'With in review') },
                { value: 'all', label: t('含自评中', 'With in progress') },
              ]}
            />
          </Space>
        }
      >
        <ErrorAlert error={error ?? campaigns.error} />
        {a?.campaign && (
          <Typography.Paragraph type="secondary">
            {a.campaign.name}（{a.campaign.periodFrom} ~ {a.campaign.periodTo}，{a.campaign.templateName}{' '}
            {a.campaign.templateLabel}）
            {a.previous ? ` · ${t('对比', 'compared with')} ${a.previous.name}` : ''} ·{' '}
            {t('达标线', 'threshold')} {a.threshold}
          </Typography.Paragraph>
        )}
        {o && (
          <StatCards
            items={[
              { title: t('参评社区', 'Communities'), value: o.n, testId: 'stat-communities' },
              {
                title: t('平均加权得分', 'Mean weighted score'),
                value: fmtScore(o.meanScore),
                suffix: a.previousOverall
                  ? `(${fmtDelta(o.meanScore != null && a.previousOverall.meanScore != null ? o.meanScore - a.previousOverall.meanScore : null)})`
                  : undefined,
                testId: 'stat-mean',
              },
              { title: t('达标项占比', 'Standards met'), value: formatRatio(o.metShare), testId: 'stat-met' },
              {
                title: t('达标线以上社区', 'At or above threshold'),
                value: formatRatio(o.aboveShare),
                testId: 'stat-above',
              },
              { title: t('得分四分位距', 'Score IQR'), value: fmtScore(o.iqr), testId: 'stat-iqr' },
              {
                title: t('低于达标线', 'Below threshold'),
                value: a.belowThreshold.length,
                testId: 'stat-below',
              },
              {
                title: t('整改按期销号', 'Rectified on time'),
                value: `${a.rectifications.closedOnTime}/${a.rectifications.total}`,
                suffix: a.rectifications.overdue
                  ? t(`（逾期 ${a.rectifications.overdue}）`, ` (${a.rectifications.overdue} overdue)`)
                  : undefined,
                testId: 'stat-rectified',
              },
            ]}
          />
        )}
      </Section>
      {a?.campaign && !loading && !a.communities.length && (
        <Empty description={t('所选范围内还没有考评结果', 'No results in this selection yet')} />
      )}
      {a?.communities?.length ? (
        <>
          <Row gutter={16}>
            <Col xs={24} xl={14}>
              <Section title={t('8个方面的社区得分分布', 'Spread of community scores in the 8 areas')}>
                {boxOption && <Chart option={boxOption} testId="area-boxplot" />}
              </Section>
            </Col>
            <Col xs={24} xl={10}>
              <Section title={`${t('社区雷达', 'Community radar')}：${chosen?.communityName ?? ''}`}>
                {chosen && (
                  <AreaRadar
                    areas={chosen.areas}
                    previous={cityAreas}
                    locale={locale}
                    testId="dashboard-radar"
                    names={[chosen.communityName, t('全市平均', 'City mean')]}
                  />
                )}
              </Section>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Section title={t('得分分布', 'Score distribution')}>
                {histOption && <Chart option={histOption} height={260} testId="histogram" />}
              </Section>
            </Col>
            <Col xs={24} md={8}>
              <Section title={t('五类社区', 'Five community types')}>
                {typeOption && <Chart option={typeOption} height={260} testId="type-chart" />}
              </Section>
            </Col>
            <Col xs={24} md={8}>
              <Section title={t('较上次考评的变化', 'Change from the previous campaign')}>
                {deltaOption ? (
                  <Chart option={deltaOption} height={260} testId="delta-chart" />
                ) : (
                  <Empty description={t('没有上一次考评', 'No previous campaign')} />
                )}
              </Section>
            </Col>
          </Row>
          <Section title={t('各街道', 'Streets')}>
            {streetOption && <Chart option={streetOption} height={300} testId="street-chart" />}
          </Section>
          <Section title={t('社区 × 方面 得分热力表', 'Heat table: community × area')}>
            <Table
              rowKey="assessmentId"
              size="small"
              data-testid="heat-table"
              dataSource={a.communities}
              scroll={{ x: 1200 }}
              pagination={{ pageSize: 20, showSizeChanger: false }}
              onRow={(r) => ({
                onClick: () => setSelected(r.assessmentId),
                style: { cursor: 'pointer' },
              })}
              rowClassName={(r) => (r.assessmentId === chosen?.assessmentId ? 'ant-table-row-selected' : '')}
              columns={[
                { title: t('社区', 'Community'), dataIndex: 'communityName', fixed: 'left', width: 120 },
                { title: t('街道', 'Street'), dataIndex: 'streetName', width: 100 },
                {
                  title: t('类型', 'Type'),
                  dataIndex: 'communityType',
                  width: 120,
                  render: (v: string) => typeName(v, locale),
                  filters: [...new Set(a.communities.map((c) => c.communityType))].map((v) => ({
                    text: typeName(v, locale),
                    value: v,
                  })),
                  onFilter: (v: boolean | Key, r: CommunityScore) => r.communityType === v,
                },
                {
                  title: t('总分', 'Total'),
                  dataIndex: 'score',
                  width: 80,
                  defaultSortOrder: 'ascend',
                  sorter: (x: CommunityScore, y: CommunityScore) => (x.score ?? -1) - (y.score ?? -1),
                  render: (v: number | null) => (
                    <div style={{ background: scoreColor(v), textAlign: 'center', fontWeight: 600 }}>
                      {fmtScore(v)}
                    </div>
                  ),
                },
                ...AREAS.map((ar) => ({
                  title: ar[locale],
                  key: ar.code,
                  width: 90,
                  sorter: (x: CommunityScore, y: CommunityScore) =>
                    (x.areas[ar.code] ?? -1) - (y.areas[ar.code] ?? -1),
                  render: (_: unknown, r: CommunityScore) => (
                    <div style={{ background: scoreColor(r.areas[ar.code]), textAlign: 'center' }}>
                      {fmtScore(r.areas[ar.code], 0)}
                    </div>
                  ),
                })),
                {
                  title: t('较上次', 'Change'),
                  dataIndex: 'delta',
                  width: 80,
                  sorter: (x: CommunityScore, y: CommunityScore) => (x.delta ?? 0) - (y.delta ?? 0),
                  render: (v: number | null) => (
                    <span
                      style={{ color: v == null ? 'rgba(0, 0, 0, 0.6)' : v >= 0 ? '#237804' : '#cf1322' }}
                    >
                      {fmtDelta(v)}
                    </span>
                  ),
                },
              ]}
            />
          </Section>
          <Row gutter={16}>
            <Col xs={24} xl={13}>
              <Section title={t('全市最薄弱的标准', 'Weakest standards city-wide')}>
                <Table
                  rowKey="standardId"
                  size="small"
                  data-testid="weakest-standards"
                  pagination={false}
                  dataSource={a.standards.slice(0, 10)}
                  columns={[
                    { title: t('代码', 'Code'), dataIndex: 'code', width: 60 },
                    {
                      title: t('标准', 'Standard'),
                      dataIndex: 'title',
                      render: (v: string, r: StandardStat) => (locale === 'en' && r.titleEn ? r.titleEn : v),
                    },
                    {
                      title: t('方面', 'Area'),
                      dataIndex: 'area',
                      width: 110,
                      render: (v: string) => areaName(v, locale),
                    },
                    {
                      title: t('达标社区', 'Met'),
                      key: 'met',
                      width: 160,
                      render: (_: unknown, r: StandardStat) => (
                        <Progress
                          aria-label={t('达标社区', 'Met')}
                          size="small"
                          percent={Math.round((r.metShare ?? 0) * 100)}
                          format={() => `${r.met}/${r.assessed}`}
                          status={(r.metShare ?? 0) < 0.6 ? 'exception' : 'normal'}
                        />
                      ),
                    },
                    {
                      title: t('平均得分率', 'Mean share'),
                      dataIndex: 'meanShare',
                      width: 90,
                      render: (v: number | null) => formatRatio(v),
                    },
                  ]}
                />
              </Section>
            </Col>
            <Col xs={24} xl={11}>
              <Section
                title={`${t('低于达标线的社区', 'Communities below the threshold')}（${a.belowThreshold.length}）`}
              >
                <Table
                  rowKey="assessmentId"
                  size="small"
                  data-testid="below-threshold"
                  dataSource={a.belowThreshold}
                  pagination={{ pageSize: 10, showSizeChanger: false }}
                  columns={[
                    { title: t('社区', 'Community'), dataIndex: 'communityName' },
                    { title: t('街道', 'Street'), dataIndex: 'streetName' },
                    {
                      title: t('类型', 'Type'),
                      dataIndex: 'communityType',
                      render: (v: string) => <Tag>{typeName(v, locale)}</Tag>,
                    },
                    { title: t('得分', 'Score'), dataIndex: 'score', render: (v: number) => fmtScore(v) },
                    {
                      title: t('未达标项', 'Unmet'),
                      key: 'unmet',
                      render: (_: unknown, r: CommunityScore) => r.notMet + r.partly,
                    },
                  ]}
                />
              </Section>
            </Col>
          </Row>
        </>
      ) : null}
    </div>
  );
}
