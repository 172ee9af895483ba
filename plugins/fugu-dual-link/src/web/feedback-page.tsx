import {
  type ApiClient,
  ErrorAlert,
  type PluginPageProps,
  Section,
  useApiData,
  validValues,
} from '@jiceng/ui';
import { Alert, Button, Form, Input, message, Modal, Select, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { FEEDBACK_ASPECT_LABELS, FEEDBACK_ASPECTS, FEEDBACK_RATING_LABELS } from '../shared/terms';
import {
  attempt,
  CommunitySelect,
  errorText,
  firstManaged,
  label,
  optionsOf,
  PageLink,
  pageHref,
  tr,
  useCommunities,
} from './common';

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
  box: string;
  locale: 'zh-CN' | 'en';
  cityCode: string;
  periodKey?: string;
  canReceive?: 'unit' | 'office';
}) {
  const t = tr(locale);
  const [page, setPage] = useState(1);
  const cards = useApiData(
    () => api.get<any>('/feedback-cards', { box, periodKey: periodKey || undefined, page, pageSize: 20 }),
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
            render: (v: string, r: any) => (
              <PageLink href={pageHref(cityCode, 'member', { id: r.memberId })}>{v}</PageLink>
            ),
          },
          { title: t('社区', 'Community'), dataIndex: 'communityName' },
          { title: t('单位党组织', 'Unit org'), dataIndex: 'unitOrgName' },
          { title: t('期间', 'Period'), dataIndex: 'periodKey' },
          {
            title: t('活动/报到/实事', 'Act./rep./things'),
            key: 'n',
            render: (_: unknown, r: any) => `${r.activities}/${r.visits}/${r.practicalThings}`,
          },
          {
            title: t('总体', 'Overall'),
            dataIndex: 'overall',
            render: (v: string | null) => (v ? label(FEEDBACK_RATING_LABELS, v, locale) : '—'),
          },
          {
            title: t('送达', 'Sent'),
            dataIndex: 'sentOn',
            render: (v: string, r: any) => <Tag color={r.onTime ? 'green' : 'red'}>{v}</Tag>,
          },
          {
            title: t('去向', 'To'),
            dataIndex: 'deliveries',
            render: (ds: any[]) =>
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
                  render: (_: unknown, r: any) =>
                    r.deliveries.some((d: any) => d.recipient === canReceive && !d.receivedOn) ? (
                      <Button
                        size="small"
                        onClick={() =>
                          attempt(
                            () => api.post(`/feedback-cards/${r.id}/receive`, { recipient: canReceive }),
                            t('已签收', 'Received'),
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
  const communities = useCommunities(api);
  const [picked, setPicked] = useState<number>();
  const communityId = picked ?? firstManaged(communities.data?.items);
  const [period, setPeriod] = useState(lastHalf());
  const status = useApiData(() => api.get<any>('/feedback/status', { periodKey: period }), [api, period]);
  const [annual, setAnnual] = useState(false);
  const [tick, setTick] = useState(0);
  const batch = async () => {
    const r = await attempt(() =>
      api.post<any>('/feedback-cards/batch', { communityOrgId: communityId, periodKey: period }),
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

function AnnualCard({
  api,
  locale,
  communityId,
  onClose,
}: {
  api: ApiClient;
  locale: 'zh-CN' | 'en';
  communityId: number;
  onClose: (sent: boolean) => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [error, setError] = useState<string>();
  const search = async (q: string) => {
    const r = await api.get<any>('/registrations', {
      communityOrgId: communityId,
      side: 'community',
      q: q || undefined,
      pageSize: 50,
    });
    setOptions(r.items.map((x: any) => ({ value: x.memberId, label: `${x.memberName} · ${x.unitOrgName}` })));
  };
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      const r = await api.post<any>('/feedback-cards', {
        communityOrgId: communityId,
        memberId: v.memberId,
        kind: 'annual',
        periodKey: v.periodKey,
        ratings: Object.fromEntries(FEEDBACK_ASPECTS.map((a) => [a, v[a]])),
        overall: v.overall,
        comment: v.comment || null,
      });
      message.success(
        r.recipients.includes('office')
          ? t('已送单位党组织，并送双联双管办公室（副科级以上）', 'Sent to the unit and the office')
          : t('已送单位党组织', 'Sent to the unit'),
      );
      onClose(true);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Modal
      open
      title={t('年终综合评议：社区表现反馈卡', 'Year-end appraisal card')}
      onCancel={() => onClose(false)}
      onOk={submit}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          periodKey: String(new Date().getFullYear() - (new Date().getMonth() === 11 ? 0 : 1)),
        }}
      >
        <Form.Item name="memberId" label={t('党员', 'Member')} rules={[{ required: true }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: search }}
            onFocus={() => !options.length && search('')}
            options={options}
          />
        </Form.Item>
        <Form.Item name="periodKey" label={t('年度', 'Year')} rules={[{ required: true }]}>
          <Input style={{ width: 100 }} />
        </Form.Item>
        {FEEDBACK_ASPECTS.map((a) => (
          <Form.Item
            key={a}
            name={a}
            label={label(FEEDBACK_ASPECT_LABELS, a, locale)}
            rules={[{ required: true }]}
          >
            <Select options={optionsOf(FEEDBACK_RATING_LABELS, locale)} style={{ width: 140 }} />
          </Form.Item>
        ))}
        <Form.Item name="overall" label={t('总体评价', 'Overall')} rules={[{ required: true }]}>
          <Select options={optionsOf(FEEDBACK_RATING_LABELS, locale)} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="comment" label={t('意见建议', 'Comments')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function MeetingsSection({
  api,
  locale,
  communityId,
}: {
  api: ApiClient;
  locale: 'zh-CN' | 'en';
  communityId: number | undefined;
}) {
  const t = tr(locale);
  const meetings = useApiData(
    () => api.get<any>('/joint-meetings', { communityOrgId: communityId }),
    [api, communityId],
  );
  const [planning, setPlanning] = useState(false);
  const [minutesFor, setMinutesFor] = useState<any>();
  const [form] = Form.useForm();
  const [error, setError] = useState<string>();
  const plan = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      await api.post('/joint-meetings', {
        communityOrgId: communityId,
        scheduledOn: v.scheduledOn,
        agenda: v.agenda,
      });
      setPlanning(false);
      meetings.reload();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const record = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      await api.post(`/joint-meetings/${minutesFor.id}/minutes`, {
        heldOn: v.heldOn,
        minutes: v.minutes,
        attendedOrgIds: v.attended ?? [],
      });
      setMinutesFor(undefined);
      meetings.reload();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const openMinutes = async (m: any) => {
    const detail = await api.get<any>(`/joint-meetings/${m.id}`);
    setError(undefined);
    form.resetFields();
    setMinutesFor(detail);
  };
  const STATUS: Record<string, [string, string, string]> = {
    planned: ['default', '已计划', 'Planned'],
    agenda_sent: ['blue', '议题已发放', 'Agenda sent'],
    held: ['green', '已召开', 'Held'],
  };
  return (
    <Section
      title={t(
        '社区党建联席会（每季度一次，社区党组织主持，会前发放议题）',
        'Joint meetings (quarterly, chaired by the community, agenda first)',
      )}
      extra={
        communityId && (
          <Button
            size="small"
            data-testid="plan-meeting"
            onClick={() => {
              setError(undefined);
              form.resetFields();
              setPlanning(true);
            }}
          >
            {t('安排联席会', 'Plan a meeting')}
          </Button>
        )
      }
    >
      <Table
        size="small"
        rowKey="id"
        loading={meetings.loading}
        dataSource={meetings.data?.items ?? []}
        pagination={{ pageSize: 8 }}
        columns={[
          { title: t('社区', 'Community'), dataIndex: 'communityName' },
          { title: t('季度', 'Quarter'), dataIndex: 'quarterKey' },
          { title: t('日期', 'Date'), dataIndex: 'scheduledOn' },
          { title: t('议题', 'Agenda'), dataIndex: 'agenda', ellipsis: true },
          {
            title: t('状态', 'Status'),
            dataIndex: 'status',
            render: (s: string) => <Tag color={STATUS[s]![0]}>{t(STATUS[s]![1], STATUS[s]![2])}</Tag>,
          },
          {
            title: '',
            key: 'a',
            render: (_: unknown, m: any) =>
              m.status === 'planned' ? (
                <Button
                  size="small"
                  onClick={() =>
                    attempt(
                      () => api.post(`/joint-meetings/${m.id}/send-agenda`, {}),
                      t('已发放会议通知和议题', 'Agenda sent'),
                    ).then((x) => x && meetings.reload())
                  }
                >
                  {t('发放议题', 'Send agenda')}
                </Button>
              ) : m.status === 'agenda_sent' ? (
                <Button size="small" onClick={() => openMinutes(m)}>
                  {t('记录会议纪要', 'Record minutes')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Modal
        open={planning}
        title={t('安排联席会', 'Plan a joint meeting')}
        onCancel={() => setPlanning(false)}
        onOk={plan}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical">
          <Form.Item name="scheduledOn" label={t('会议日期', 'Date')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="agenda" label={t('会议议题', 'Agenda')} rules={[{ required: true }]}>
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!minutesFor}
        title={t('会议纪要', 'Minutes')}
        onCancel={() => setMinutesFor(undefined)}
        onOk={record}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical">
          <Form.Item name="heldOn" label={t('召开日期', 'Held on')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="attended" label={t('参会单位', 'Units present')}>
            <Select
              mode="multiple"
              options={(minutesFor?.units ?? []).map((u: any) => ({ value: u.orgId, label: u.name }))}
            />
          </Form.Item>
          <Form.Item name="minutes" label={t('纪要', 'Minutes')} rules={[{ required: true }]}>
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
        </Form>
      </Modal>
    </Section>
  );
}
