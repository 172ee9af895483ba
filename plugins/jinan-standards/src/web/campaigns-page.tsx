import { Chart, ErrorAlert, type PluginPageProps, Section, tr, typedClient, useApiData } from '@jiceng/ui';
import { Button, Col, Input, Popconfirm, Row, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { COMMUNITY_TYPES, type CommunityType, STATES } from '../shared/model';
import type { paths } from './api.generated';
import type { CampaignRow, ChartOption } from './common';

/** 考评批次: the organization department starts a campaign per period over a set of communities. */
export default function CampaignsPage({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const campaigns = useApiData(() => typed.get('/campaigns'), [typed]);
  const versions = useApiData(() => typed.get('/templates'), [typed]);
  const communities = useApiData(() => typed.get('/communities'), [typed]);
  const year = new Date().getFullYear();
  const [form, setForm] = useState({
    name: `${year}年度城市社区党建标准化考评`,
    periodFrom: `${year}-01-01`,
    periodTo: `${year}-12-31`,
  });
  const [versionId, setVersionId] = useState<number | undefined>();
  const [streets, setStreets] = useState<number[]>([]);
  const [types, setTypes] = useState<CommunityType[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);

  const streetOptions = useMemo(() => {
    const m = new Map<number, string>();
    for (const c of communities.data?.items ?? [])
      if (c.streetPlaceId) m.set(c.streetPlaceId, c.streetName ?? '');
    return [...m.entries()].map(([value, label]) => ({ value, label }));
  }, [communities.data]);
  const inScope = (communities.data?.items ?? []).filter(
    (c) =>
      c.type &&
      c.orgId &&
      (!streets.length || (c.streetPlaceId != null && streets.includes(c.streetPlaceId))) &&
      (!types.length || types.includes(c.type)),
  ).length;

  async function create() {
    setError(null);
    setCreated(null);
    try {
      const r = await typed.post('/campaigns', {
        ...form,
        ...(versionId ? { templateVersionId: versionId } : {}),
        ...(streets.length ? { streetPlaceIds: streets } : {}),
        ...(types.length ? { communityTypes: types } : {}),
      });
      setCreated(
        `${r.name}：${r.assessments} ${t('个社区', 'communities')}${r.skipped ? `，${t('跳过', 'skipped')} ${r.skipped}` : ''}`,
      );
      campaigns.reload();
    } catch (e) {
      setError(e);
    }
  }

  const items = campaigns.data?.items ?? [];
  const progress: ChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 200, right: 24, top: 16, bottom: 40 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: items.map((c) => c.name) },
    series: STATES.map((s) => ({
      type: 'bar' as const,
      stack: 'all',
      name: s[locale],
      data: items.map((c) => c.byState[s.code] ?? 0),
    })),
  };
  const published = (versions.data?.items ?? []).filter((v) => v.status === 'published');
  return (
    <div data-testid="campaigns-page">
      <Section title={t('考评批次进度', 'Campaign progress')}>
        <ErrorAlert error={campaigns.error} />
        {items.length > 0 && (
          <Chart option={progress} height={80 + items.length * 44} testId="campaign-progress" />
        )}
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={items}
          columns={[
            { title: t('批次', 'Campaign'), dataIndex: 'name' },
            {
              title: t('考评期', 'Period'),
              key: 'period',
              render: (_: unknown, c: CampaignRow) => `${c.periodFrom} ~ ${c.periodTo}`,
            },
            { title: t('标准版本', 'Template'), dataIndex: 'templateLabel' },
            { title: t('社区', 'Communities'), dataIndex: 'assessments' },
            ...STATES.map((s) => ({
              title: s[locale],
              key: s.code,
              render: (_: unknown, c: CampaignRow) => c.byState[s.code] ?? 0,
            })),
            {
              title: '',
              key: 'delete',
              render: (_: unknown, c: CampaignRow) =>
                c.assessments === (c.byState.planned ?? 0) ? (
                  <Popconfirm
                    title={t('删除这个尚未开始的批次？', 'Delete this campaign nobody has started?')}
                    onConfirm={() =>
                      typed
                        .delete('/campaigns/{id}', { params: { id: c.id } })
                        .then(campaigns.reload, setError)
                    }
                  >
                    <Button size="small" danger>
                      {t('删除', 'Delete')}
                    </Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
      </Section>
      <Section title={t('发起考评', 'Start a campaign')}>
        <ErrorAlert error={error} />
        {created && (
          <Typography.Paragraph type="success" data-testid="campaign-created">
            {created}
          </Typography.Paragraph>
        )}
        <Space orientation="vertical" style={{ width: '100%', maxWidth: 720 }}>
          <Input
            aria-label={t('名称', 'Name')}
            prefix={t('名称', 'Name')}
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
            maxLength={100}
            data-testid="campaign-name"
          />
          <Row gutter={8}>
            <Col span={12}>
              <label>
                {t('开始', 'From')}{' '}
                <input
                  type="date"
                  value={form.periodFrom}
                  onChange={(e) => setForm({ ...form, periodFrom: e.target.value })}
                />
              </label>
            </Col>
            <Col span={12}>
              <label>
                {t('结束', 'To')}{' '}
                <input
                  type="date"
                  value={form.periodTo}
                  onChange={(e) => setForm({ ...form, periodTo: e.target.value })}
                />
              </label>
            </Col>
          </Row>
          <Select
            aria-label={t('标准版本（默认最新发布）', 'Template version (default: newest published)')}
            placeholder={t('标准版本（默认最新发布）', 'Template version (default: newest published)')}
            allowClear
            value={versionId}
            onChange={setVersionId}
            options={published.map((v) => ({ value: v.id, label: `${v.label} ${v.name}` }))}
          />
          <Select
            aria-label={t('街道（默认全部）', 'Streets (default: all)')}
            mode="multiple"
            allowClear
            placeholder={t('街道（默认全部）', 'Streets (default: all)')}
            value={streets}
            onChange={setStreets}
            options={streetOptions}
          />
          <Select
            aria-label={t('社区类型（默认全部）', 'Community types (default: all)')}
            mode="multiple"
            allowClear
            placeholder={t('社区类型（默认全部）', 'Community types (default: all)')}
            value={types}
            onChange={setTypes}
            options={COMMUNITY_TYPES.map((c) => ({ value: c.code, label: c[locale] }))}
          />
          <Space>
            <Button
              type="primary"
              onClick={create}
              disabled={!published.length || !inScope}
              data-testid="campaign-create"
            >
              {t('发起考评', 'Start')}（{inScope} {t('个社区', 'communities')}）
            </Button>
            {!published.length && (
              <Typography.Text type="warning">
                {t('请先在标准库发布一个版本', 'Publish a template version first')}
              </Typography.Text>
            )}
          </Space>
        </Space>
      </Section>
    </div>
  );
}
