import {
  ErrorAlert,
  type PluginPageProps,
  type ResponseOf,
  readParam,
  Section,
  StatusTag,
  tr,
  typedClient,
  useApiData,
  writeParam,
} from '@jiceng/ui';
import { Button, Empty, Input, Progress, Segmented, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { COMMUNITY_TYPES, type CommunityType, STATES, type StateCode } from '../shared/model';
import type { paths } from './api.generated';
import { AssessmentDetail } from './assessment-detail';
import { CampaignSelect, fmtScore, JINAN_STATE_COLORS, STATE_WORDS, scoreColor, typeName } from './common';

type AssessmentRow = ResponseOf<paths, '/assessments'>['items'][number];

/** Communities' assessments in a campaign: the secretary fills in, the street reviews. */
export default function AssessmentsPage({ api, locale, city }: PluginPageProps) {
  const t = tr(locale);
  const [openId, setOpenId] = useState<number | null>(() => Number(readParam('assessment')) || null);
  const [campaignId, setCampaignId] = useState<number | undefined>(
    () => Number(readParam('campaign')) || undefined,
  );
  const [state, setState] = useState<StateCode | 'all'>('all');
  const [type, setType] = useState<CommunityType | undefined>();
  const [q, setQ] = useState('');
  const typed = typedClient<paths>(api);
  const campaigns = useApiData(() => typed.get('/campaigns'), [typed]);
  useEffect(() => {
    if (!campaignId && campaigns.data?.items.length) setCampaignId(campaigns.data.items[0]!.id);
  }, [campaigns.data, campaignId]);
  const list = useApiData(
    () =>
      campaignId
        ? typed.get('/assessments', {
            query: { campaignId, state: state === 'all' ? undefined : state, type },
          })
        : Promise.resolve({ items: [] as AssessmentRow[] }),
    [typed, campaignId, state, type, openId],
  );

  function open(id: number | null) {
    setOpenId(id);
    writeParam('assessment', id);
  }

  if (openId)
    return (
      <AssessmentDetail
        api={api}
        id={openId}
        locale={locale}
        cityCode={city.code}
        onBack={() => open(null)}
      />
    );

  const rows = (list.data?.items ?? []).filter(
    (r) => !q || r.communityName.includes(q) || (r.streetName ?? '').includes(q),
  );
  const current = campaigns.data?.items.find((c) => c.id === campaignId);
  return (
    <Section
      title={t('社区考评', 'Community assessments')}
      extra={
        campaigns.data?.items.length ? (
          <CampaignSelect
            label={t('测评活动', 'Campaign')}
            campaigns={campaigns.data.items}
            value={campaignId}
            onChange={(id) => {
              setCampaignId(id);
              writeParam('campaign', id);
            }}
          />
        ) : null
      }
    >
      <ErrorAlert error={campaigns.error ?? list.error} />
      {campaigns.data && !campaigns.data.items.length ? (
        <Empty description={t('还没有考评批次', 'No campaign yet')} />
      ) : (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Segmented
              data-testid="state-filter"
              value={state}
              onChange={setState}
              options={[
                { value: 'all', label: `${t('全部', 'All')} ${current?.assessments ?? ''}` },
                ...STATES.map((s) => ({
                  value: s.code,
                  label: `${s[locale]} ${current?.byState[s.code] ?? ''}`,
                })),
              ]}
            />
            <Select
              aria-label={t('社区类型', 'Community type')}
              allowClear
              placeholder={t('社区类型', 'Community type')}
              style={{ width: 180 }}
              value={type}
              onChange={setType}
              options={COMMUNITY_TYPES.map((c) => ({ value: c.code, label: c[locale] }))}
            />
            <Input.Search
              aria-label={t('社区或街道', 'Community or street')}
              allowClear
              placeholder={t('社区或街道', 'Community or street')}
              style={{ width: 200 }}
              onSearch={setQ}
            />
          </Space>
          <Table
            rowKey="id"
            size="small"
            loading={list.loading}
            dataSource={rows}
            data-testid="assessment-list"
            pagination={{ pageSize: 50, showSizeChanger: false }}
            onRow={(r) => ({ onDoubleClick: () => open(r.id) })}
            columns={[
              {
                title: t('社区', 'Community'),
                dataIndex: 'communityName',
                sorter: (a: AssessmentRow, b: AssessmentRow) =>
                  a.communityName.localeCompare(b.communityName),
              },
              { title: t('街道', 'Street'), dataIndex: 'streetName' },
              {
                title: t('类型', 'Type'),
                dataIndex: 'communityType',
                render: (v: string) => <Tag>{typeName(v, locale)}</Tag>,
              },
              {
                title: t('状态', 'State'),
                dataIndex: 'state',
                render: (v: StateCode) => (
                  <StatusTag
                    status={v}
                    labels={STATE_WORDS}
                    locale={locale}
                    colors={JINAN_STATE_COLORS}
                    testId={`state-${v}`}
                  />
                ),
              },
              {
                title: t('进度', 'Progress'),
                key: 'progress',
                width: 160,
                render: (_: unknown, r: AssessmentRow) => (
                  <Progress
                    aria-label={t('进度', 'Progress')}
                    size="small"
                    percent={r.applicable ? Math.round((100 * r.assessed) / r.applicable) : 0}
                    format={() => `${r.assessed}/${r.applicable}`}
                  />
                ),
              },
              {
                title: t('加权得分', 'Weighted score'),
                dataIndex: 'score',
                sorter: (a: AssessmentRow, b: AssessmentRow) => (a.score ?? -1) - (b.score ?? -1),
                render: (v: number | null) => (
                  <span style={{ background: scoreColor(v), padding: '0 6px', borderRadius: 4 }}>
                    {fmtScore(v)}
                  </span>
                ),
              },
              {
                title: '',
                key: 'open',
                render: (_: unknown, r: AssessmentRow) => (
                  <Button
                    size="small"
                    type={r.canReview ? 'primary' : 'default'}
                    onClick={() => open(r.id)}
                    data-testid={`open-assessment-${r.communityPlaceId}`}
                  >
                    {r.canReview ? t('审核', 'Review') : t('打开', 'Open')}
                  </Button>
                ),
              },
            ]}
          />
        </>
      )}
    </Section>
  );
}
