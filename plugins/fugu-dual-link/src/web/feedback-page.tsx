import {
  type ApiClient,
  attempt,
  ErrorAlert,
  label,
  type PluginPageProps,
  type QueryOf,
  type ResponseOf,
  Section,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { Button, Input, message, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { FEEDBACK_RATING_LABELS } from '../shared/terms';
import type { paths } from './api.generated';
import { CommunitySelect, firstManaged, PageLink, pageHref, useCommunities } from './common';
import { AnnualCard, MeetingsSection } from './feedback-dialogs';

type Card = ResponseOf<paths, '/feedback-cards'>['items'][number];

const lastHalf = () => {
  const d = new Date();
  return d.getMonth() < 6 ? `${d.getFullYear() - 1}-H2` : `${d.getFullYear()}-H1`;
};

function CardsTable({
  api,
  box,
  locale,
  cityCode,
  periodKey,
  canReceive,
}: {
  api: ApiClient;
  box: NonNullable<QueryOf<paths, '/feedback-cards'>['box']>;
  locale: 'zh-CN' | 'en';
  cityCode: string;
  periodKey?: string;
  canReceive?: 'unit' | 'office';
}) {
  const t = tr(locale);
  const [page, setPage] = useState(1);
  const typed = typedClient<paths>(api);
  const cards = useApiData(
    () =>
      typed.get('/feedback-cards', { query: { box, periodKey: periodKey || undefined, page, pageSize: 20 } }),
    [api, box, periodKey, page],
  );
  return (
    <>
      <ErrorAlert error={cards.error} />
      <Table
        size="small"
        rowKey="id"
        data-testid={`cards-${box}`}
        loading={cards.loading}
        dataSource={cards.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 20,
          total: cards.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          {
            title: t('党员', 'Member'),
            dataIndex: 'memberName',
            render: (v: string, r: Card) => (
              <PageLink href={pageHref(cityCode, 'member', { id: r.memberId })}>{v}</PageLink>
            ),
          },
          { title: t('社区', 'Community'), dataIndex: 'communityName' },
          { title: t('单位党组织', 'Unit org'), dataIndex: 'unitOrgName' },
          { title: t('期间', 'Period'), dataIndex: 'periodKey' },
          {
            title: t('活动/报到/实事', 'Act./rep./things'),
            key: 'n',
            render: (_: unknown, r: Card) => `${r.activities}/${r.visits}/${r.practicalThings}`,
          },
          {
            title: t('总体', 'Overall'),
            dataIndex: 'overall',
            render: (v: string | null) => (v ? label(FEEDBACK_RATING_LABELS, v, locale) : '—'),
          },
          {
            title: t('送达', 'Sent'),
            dataIndex: 'sentOn',
            render: (v: string, r: Card) => <Tag color={r.onTime ? 'green' : 'red'}>{v}</Tag>,
          },
          {
            title: t('去向', 'To'),
            dataIndex: 'deliveries',
            render: (ds: Card['deliveries']) =>
              ds.map((d) => (
                <Tag key={d.recipient}>
                  {d.recipient === 'office' ? t('双联双管办', 'Office') : t('单位', 'Unit')}
                  {d.receivedOn ? ' ✓' : ''}
                </Tag>
              )),
          },
          ...(canReceive
            ? [
                {
                  title: '',
                  key: 'receive',
                  render: (_: unknown, r: Card) =>
                    r.deliveries.some((d) => d.recipient === canReceive && !d.receivedOn) ? (
                      <Button
                        size="small"
                        onClick={() =>
                          attempt(
                            () =>
                              typed.post(
                                '/feedback-cards/{id}/receive',
                                { recipient: canReceive },
                                { params: { id: r.id } },
                              ),
                            { ok: t('已签收', 'Received') },
                          ).then((x) => x && cards.reload())
                        }
                      >
                        {t('签收', 'Receive')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

export default function FeedbackPage({ api, city, locale }: PluginPageProps) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const communities = useCommunities(api);
  const [picked, setPicked] = useState<number>();
  const communityId = picked ?? firstManaged(communities.data?.items);
  const [period, setPeriod] = useState(lastHalf());
  const status = useApiData(
    () => typed.get('/feedback/status', { query: { periodKey: period } }),
    [api, period],
  );
  const [annual, setAnnual] = useState(false);
  const [tick, setTick] = useState(0);
  const batch = async () => {
    if (!communityId) return;
    const r = await attempt(() =>
      typed.post('/feedback-cards/batch', { communityOrgId: communityId, periodKey: period }),
    );
    if (r) {
      message.success(t(`已向单位发送 ${r.sent} 张反馈卡`, `${r.sent} cards sent to units`));
      status.reload();
      setTick((x) => x + 1);
    }
  };
  const managesCommunity = communities.data?.items.some((c) => c.managed);
  return (
    <div data-testid="feedback-page">
      <Section
        title={t(
          '《在职党员社区表现反馈卡》：每半年反馈单位，年终综合评议',
          'Feedback cards: to the unit every half year; year-end appraisal',
        )}
      >
        <Space wrap style={{ marginBottom: 12 }}>
          <Input
            aria-label={t('期次', 'Period')}
            style={{ width: 120 }}
            value={period}
            onChange={(e) => setPeriod(e.target.value.trim())}
            data-testid="period-key"
          />
          {managesCommunity && (
            <CommunitySelect
              communities={communities.data?.items}
              value={communityId}
              onChange={setPicked}
              locale={locale}
            />
          )}
          {managesCommunity && (
            <Button
              type="primary"
              data-testid="batch-send"
              disabled={!/^\d{4}-H[12]$/.test(period)}
              onClick={batch}
            >
              {t('批量发送半年反馈卡', 'Send the half-year cards')}
            </Button>
          )}
          {managesCommunity && (
            <Button data-testid="annual-card" onClick={() => setAnnual(true)}>
              {t('填写年终综合评议卡', 'Year-end appraisal card')}
            </Button>
          )}
        </Space>
        <ErrorAlert error={status.error} />
        <Table
          size="small"
          rowKey="communityOrgId"
          data-testid="feedback-status"
          dataSource={status.data?.items ?? []}
          pagination={false}
          title={() =>
            status.data
              ? t(
                  `${status.data.period.key}：应于 ${status.data.dueOn} 前送达`,
                  `${status.data.period.key}: due by ${status.data.dueOn}`,
                )
              : ''
          }
          columns={[
            { title: t('社区', 'Community'), dataIndex: 'communityName' },
            { title: t('应发', 'Expected'), dataIndex: 'expected', align: 'right' },
            { title: t('已发', 'Sent'), dataIndex: 'sent', align: 'right' },
            { title: t('按时', 'On time'), dataIndex: 'onTime', align: 'right' },
            {
              title: t('未发', 'Missing'),
              dataIndex: 'missing',
              align: 'right',
              render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0),
            },
          ]}
        />
      </Section>
      <Section title={t('反馈卡', 'Cards')}>
        <Tabs
          key={tick}
          items={[
            ...(managesCommunity || city.access === 'city'
              ? [
                  {
                    key: 'sent',
                    label: t('社区已发送', 'Sent by the community'),
                    children: (
                      <CardsTable
                        api={api}
                        box="sent"
                        locale={locale}
                        cityCode={city.code}
                        periodKey={period}
                      />
                    ),
                  },
                ]
              : []),
            {
              key: 'unit',
              label: t('单位收到', 'Received by the unit'),
              children: (
                <CardsTable api={api} box="unit" locale={locale} cityCode={city.code} canReceive="unit" />
              ),
            },
            {
              key: 'office',
              label: t('双联双管办（副科级以上）', 'Office (deputy section and above)'),
              children: (
                <CardsTable api={api} box="office" locale={locale} cityCode={city.code} canReceive="office" />
              ),
            },
          ]}
        />
      </Section>
      <MeetingsSection api={api} locale={locale} communityId={communityId} />
      {annual && communityId && (
        <AnnualCard
          api={api}
          locale={locale}
          communityId={communityId}
          onClose={(sent) => {
            setAnnual(false);
            if (sent) setTick((x) => x + 1);
          }}
        />
      )}
    </div>
  );
}
