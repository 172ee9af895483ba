import {
  Chart,
  ErrorAlert,
  label,
  optionsOf,
  type PluginPageProps,
  Section,
  tr,
  useApiData,
  validValues,
} from '@jiceng/ui';
import {
  Alert,
  Button,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { ELECTION_STATUSES, FOLLOW_UP_STATUSES } from '../shared/model';
import { attempt, type ChartOption, loadRegions } from './common';

const FOLLOW_COLORS: Record<string, string> = {
  pending: 'default',
  in_progress: 'processing',
  resolved: 'green',
  explained: 'cyan',
};

/** 党内民主: 无候选人直选 of the regional committee, and the monthly 党代表接待日. */
export default function DemocracyPage({ api, locale }: PluginPageProps) {
  return (
    <div data-testid="democracy-page">
      <Elections api={api} locale={locale} />
      <ReceptionDays api={api} locale={locale} />
    </div>
  );
}

/** One ballot per line: "secretary | member, member, …". */
function parseBallots(text: string) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [sec, rest] = line.includes('|') ? line.split('|') : ['', line];
      return {
        secretary: sec!.trim() || null,
        members: (rest ?? '')
          .split(/[,，、;；]/)
          .map((s) => s.trim())
          .filter(Boolean),
      };
    });
}

function Elections({ api, locale }: { api: PluginPageProps['api']; locale: PluginPageProps['locale'] }) {
  const t = tr(locale);
  const list = useApiData(() => api.get<{ items: any[] }>('/elections'), [api]);
  const [electionId, setElectionId] = useState<number | undefined>();
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    if (!electionId && list.data?.items.length) setElectionId(list.data.items[0]!.id);
  }, [list.data, electionId]);
  return (
    <>
      <Section
        title={t(
          '区域党组织班子无候选人直选',
          'Direct election of the regional committee, no preset candidates',
        )}
        extra={
          <Button onClick={() => setCreating(true)} data-testid="new-election">
            {t('发起选举', 'Open an election')}
          </Button>
        }
      >
        <ErrorAlert error={list.error} />
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={list.data?.items ?? []}
          onRow={(r: any) => ({
            onClick: () => setElectionId(r.id),
            style: { cursor: 'pointer', background: r.id === electionId ? '#fff1f0' : undefined },
          })}
          columns={[
            { title: t('选举', 'Election'), dataIndex: 'title' },
            { title: t('区域', 'Region'), dataIndex: 'regionName' },
            { title: t('日期', 'Date'), dataIndex: 'heldOn' },
            { title: t('应到', 'Electorate'), dataIndex: 'electorate' },
            {
              title: t('应选', 'Seats'),
              render: (_: unknown, e: any) =>
                t(`书记1 + 委员${e.memberSeats}`, `secretary + ${e.memberSeats}`),
            },
            {
              title: t('状态', 'Status'),
              dataIndex: 'status',
              render: (s: string) => <Tag>{label(ELECTION_STATUSES, s, locale)}</Tag>,
            },
          ]}
        />
      </Section>
      {electionId && (
        <ElectionDetail
          key={electionId}
          api={api}
          locale={locale}
          electionId={electionId}
          onChanged={list.reload}
        />
      )}
      {creating && (
        <CreateElection
          api={api}
          locale={locale}
          onClose={() => setCreating(false)}
          onDone={(id) => {
            setCreating(false);
            list.reload();
            setElectionId(id);
          }}
        />
      )}
    </>
  );
}

function ElectionDetail({
  api,
  locale,
  electionId,
  onChanged,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  electionId: number;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const {
    data: e,
    error,
    reload,
  } = useApiData(() => api.get<any>(`/elections/${electionId}`), [api, electionId]);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ type: 'error' | 'success'; text: string } | null>(null);
  const changed = () => {
    reload();
    onChanged();
  };
  if (!e) return <ErrorAlert error={error} />;
  const enter = async () => {
    const ballots = parseBallots(text);
    const r = await attempt(
      () => api.post<any>(`/elections/${electionId}/ballots/bulk`, { ballots }),
      (m) => setMessage({ type: 'error', text: m }),
    );
    if (r) {
      setText('');
      setMessage({
        type: 'success',
        text: t(`已录入 ${r.entered} 张，共 ${r.total} 张`, `${r.entered} entered, ${r.total} in all`),
      });
      changed();
    }
  };
  const count = async () => {
    const r = await attempt(
      () => api.post<any>(`/elections/${electionId}/count`),
      (m) => setMessage({ type: 'error', text: m }),
    );
    if (r) {
      setMessage(null);
      changed();
    }
  };
  const close = async () => {
    const r = await attempt(
      () => api.post(`/elections/${electionId}/close`),
      (m) => setMessage({ type: 'error', text: m }),
    );
    if (r) changed();
  };
  const counted = e.status !== 'open' && e.ballotsCast != null;
  const top = [...e.members].slice(0, 12);
  const option: ChartOption = {
    tooltip: {},
    grid: { left: 80, right: 24, top: 16, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: top.map((m: any) => m.name), inverse: true },
    series: [
      {
        type: 'bar',
        name: t('得票', 'Votes'),
        data: top.map((m: any) => ({
          value: m.votes,
          itemStyle: { color: m.elected ? '#c41d26' : '#d9d9d9' },
        })),
        markLine: {
          symbol: 'none',
          data: [{ xAxis: e.threshold, name: t('过半数线', 'majority') }],
          lineStyle: { type: 'dashed' },
        },
      },
    ],
  };
  return (
    <Section
      title={e.title}
      extra={
        <Space>
          <Button type="primary" onClick={count} disabled={e.status !== 'open'} data-testid="count">
            {t('计票', 'Count')}
          </Button>
          <Button onClick={close} disabled={e.status === 'closed'} data-testid="close-election">
            {t('结束选举', 'Close')}
          </Button>
        </Space>
      }
    >
      {message && (
        <Alert
          type={message.type}
          showIcon
          title={message.text}
          style={{ marginBottom: 12 }}
          data-testid="election-message"
          closable={{ onClose: () => setMessage(null) }}
        />
      )}
      <Descriptions
        size="small"
        column={4}
        items={[
          {
            key: 's',
            label: t('状态', 'Status'),
            children: <Tag data-testid="election-status">{label(ELECTION_STATUSES, e.status, locale)}</Tag>,
          },
          { key: 'e', label: t('应到会有选举权人数', 'Electorate'), children: e.electorate },
          { key: 'b', label: t('已收回选票', 'Ballots in'), children: e.ballotsEntered },
          {
            key: 'th',
            label: t('当选须超过', 'Needed to win: more than'),
            children: t(`${e.threshold} 票`, `${e.threshold} votes`),
          },
        ]}
      />
      {counted ? (
        <Row gutter={16} style={{ marginTop: 12 }}>
          <Col xs={24} xl={10}>
            <Descriptions
              size="small"
              column={1}
              bordered
              items={[
                {
                  key: 'sec',
                  label: t('当选书记', 'Secretary elected'),
                  children: (
                    <b data-testid="elected-secretary">
                      {e.electedSecretary ?? t('未产生（需另行选举）', 'none (another round)')}
                    </b>
                  ),
                },
                {
                  key: 'mem',
                  label: t('当选委员', 'Members elected'),
                  children: <span data-testid="elected-members">{e.electedMembers.join('、') || '—'}</span>,
                },
                {
                  key: 'valid',
                  label: t('有效票 / 收回票', 'Valid / cast'),
                  children: `${e.ballotsValid} / ${e.ballotsCast}`,
                },
                {
                  key: 'sv',
                  label: t('书记得票', 'Secretary votes'),
                  children: e.secretary
                    .slice(0, 5)
                    .map((s: any) => `${s.name} ${s.votes}`)
                    .join('；'),
                },
              ]}
            />
          </Col>
          <Col xs={24} xl={14}>
            <Chart option={option} height={Math.max(200, top.length * 26 + 40)} testId="votes-chart" />
          </Col>
        </Row>
      ) : e.status === 'open' ? (
        <div style={{ marginTop: 12 }}>
          <Typography.Paragraph type="secondary">
            {t(
              '不设候选人，选票自由填写姓名。每行一张选票：“书记 | 委员1，委员2，…”；多于应选人数或同一人重复填写的选票计票时作废。',
              'No preset candidates: names are written freely. One ballot per line: "secretary | member 1, member 2, …"; a ballot naming more people than seats, or someone twice, is invalid at the count.',
            )}
          </Typography.Paragraph>
          <Input.TextArea
            aria-label={'张三 | 李四，王五，赵六'}
            rows={5}
            value={text}
            onChange={(ev) => setText(ev.target.value)}
            placeholder={'张三 | 李四，王五，赵六'}
            data-testid="ballots-input"
          />
          <Button
            style={{ marginTop: 8 }}
            onClick={enter}
            disabled={!text.trim()}
            data-testid="ballots-submit"
          >
            {t('录入选票', 'Enter ballots')}
          </Button>
        </div>
      ) : (
        <Empty description={t('选举未计票即结束', 'Closed without a count')} />
      )}
    </Section>
  );
}

function CreateElection({
  api,
  locale,
  onClose,
  onDone,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  onClose: () => void;
  onDone: (id: number) => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const regions = useApiData(() => loadRegions(api), [api]);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    const r = await attempt(
      () =>
        api.post<any>('/elections', {
          ...v,
          electorate: v.electorate ?? undefined,
          heldOn: v.heldOn || undefined,
        }),
      (m) => setError(m),
    );
    if (r) onDone(r.id);
  };
  return (
    <Modal
      open
      title={t('发起无候选人直选', 'Open a direct election')}
      onCancel={onClose}
      onOk={submit}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ memberSeats: 5 }}>
        <Form.Item
          name="regionId"
          label={t('区域', 'Region')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Select
            options={(regions.data?.items ?? []).map((r) => ({
              value: r.id,
              label: `${r.name}（${t('登记', 'registered')} ${r.registered}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('名称', 'Title')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input placeholder={t('如：中央商务区联合党委直选', 'e.g. CBD joint committee election')} />
        </Form.Item>
        <Space>
          <Form.Item name="memberSeats" label={t('应选委员', 'Committee seats')}>
            <InputNumber min={1} max={20} />
          </Form.Item>
          <Form.Item
            name="electorate"
            label={t('应到人数（默认登记党员数）', 'Electorate (default: registered)')}
          >
            <InputNumber min={1} />
          </Form.Item>
          <Form.Item name="heldOn" label={t('日期', 'Date')}>
            <Input type="date" />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

function ReceptionDays({ api, locale }: { api: PluginPageProps['api']; locale: PluginPageProps['locale'] }) {
  const t = tr(locale);
  const days = useApiData(() => api.get<{ items: any[] }>('/reception-days'), [api]);
  const open = useApiData(() => api.get<{ items: any[] }>('/reception-visits/open'), [api]);
  const [dayId, setDayId] = useState<number | null>(null);
  const [holding, setHolding] = useState(false);
  const [following, setFollowing] = useState<any | null>(null);
  const day = days.data?.items.find((d) => d.id === dayId);
  const visits = useApiData(
    () =>
      dayId ? api.get<{ items: any[] }>(`/reception-days/${dayId}/visits`) : Promise.resolve({ items: [] }),
    [api, dayId],
  );
  const reload = () => {
    days.reload();
    open.reload();
    visits.reload();
  };
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Section
            title={t('党代表接待日（每月15日）', 'Party-representative reception day (15th monthly)')}
            extra={
              <Button onClick={() => setHolding(true)} data-testid="new-reception-day">
                {t('登记接待日', 'Record a reception day')}
              </Button>
            }
          >
            <Table
              rowKey="id"
              size="small"
              dataSource={days.data?.items ?? []}
              pagination={{ pageSize: 8 }}
              onRow={(r: any) => ({
                onClick: () => setDayId(r.id),
                style: { cursor: 'pointer', background: r.id === dayId ? '#fff1f0' : undefined },
              })}
              columns={[
                {
                  title: t('日期', 'Date'),
                  dataIndex: 'heldOn',
                  render: (d: string, r: any) =>
                    r.rescheduleReason ? `${d}（${t('改期', 'moved')}：${r.rescheduleReason}）` : d,
                },
                { title: t('区域', 'Region'), dataIndex: 'regionName' },
                {
                  title: t('值班党代表', 'On duty'),
                  dataIndex: 'representatives',
                  render: (r: string[]) => r.join('、'),
                },
                { title: t('来访', 'Visits'), dataIndex: 'visits' },
                {
                  title: t('待跟进', 'Open'),
                  dataIndex: 'openFollowUps',
                  render: (n: number) => (n ? <Tag color="orange">{n}</Tag> : 0),
                },
              ]}
            />
          </Section>
        </Col>
        <Col xs={24} xl={12}>
          <Section
            title={t(
              `待跟进事项（${open.data?.items.length ?? 0}）`,
              `Follow-ups open (${open.data?.items.length ?? 0})`,
            )}
          >
            <Table
              rowKey="id"
              size="small"
              dataSource={open.data?.items ?? []}
              pagination={{ pageSize: 8 }}
              columns={[
                { title: t('接待日', 'Day'), dataIndex: 'heldOn' },
                { title: t('诉求', 'Issue'), dataIndex: 'issue' },
                { title: t('党代表', 'Representative'), dataIndex: 'representative' },
                {
                  title: t('期限', 'Due'),
                  dataIndex: 'followUpDueOn',
                  render: (d: string | null, r: any) =>
                    d ? <Tag color={r.overdue ? 'red' : 'default'}>{d}</Tag> : '—',
                },
                {
                  title: '',
                  render: (_: unknown, r: any) => (
                    <Button size="small" onClick={() => setFollowing(r)}>
                      {t('跟进', 'Follow up')}
                    </Button>
                  ),
                },
              ]}
            />
          </Section>
        </Col>
      </Row>
      {day && (
        <Section title={t(`${day.heldOn} 接待记录`, `Visits on ${day.heldOn}`)}>
          <RecordReceptionVisit api={api} locale={locale} day={day} onDone={reload} />
          <Table
            rowKey="id"
            size="small"
            dataSource={visits.data?.items ?? []}
            pagination={false}
            columns={[
              { title: t('来访人', 'Visitor'), dataIndex: 'visitorName' },
              { title: t('诉求', 'Issue'), dataIndex: 'issue' },
              { title: t('接待党代表', 'Representative'), dataIndex: 'representative' },
              {
                title: t('跟进', 'Follow-up'),
                render: (_: unknown, r: any) => (
                  <Tag color={FOLLOW_COLORS[r.followUpStatus]}>
                    {label(FOLLOW_UP_STATUSES, r.followUpStatus, locale)}
                  </Tag>
                ),
              },
              { title: t('办理情况', 'Notes'), dataIndex: 'followUpNote' },
              {
                title: '',
                render: (_: unknown, r: any) =>
                  !r.closedOn ? (
                    <Button size="small" onClick={() => setFollowing(r)}>
                      {t('跟进', 'Follow up')}
                    </Button>
                  ) : (
                    r.closedOn
                  ),
              },
            ]}
          />
        </Section>
      )}
      {holding && (
        <HoldReceptionDay
          api={api}
          locale={locale}
          onClose={() => setHolding(false)}
          onDone={() => {
            setHolding(false);
            reload();
          }}
        />
      )}
      {following && (
        <FollowUp
          api={api}
          locale={locale}
          visit={following}
          onClose={() => setFollowing(null)}
          onDone={() => {
            setFollowing(null);
            reload();
          }}
        />
      )}
    </>
  );
}

function RecordReceptionVisit({
  api,
  locale,
  day,
  onDone,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  day: any;
  onDone: () => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const add = async () => {
    const v = await validValues(form);
    if (!v) return;
    const r = await attempt(() =>
      api.post(`/reception-days/${day.id}/visits`, { ...v, followUpDueOn: v.followUpDueOn || undefined }),
    );
    if (r) {
      form.resetFields();
      onDone();
    }
  };
  return (
    <Form form={form} layout="inline" style={{ marginBottom: 12 }}>
      <Form.Item name="visitorName" rules={[{ required: true, message: t('来访人', 'Visitor') }]}>
        <Input
          aria-label={t('来访人', 'Visitor')}
          placeholder={t('来访人', 'Visitor')}
          style={{ width: 110 }}
        />
      </Form.Item>
      <Form.Item name="issue" rules={[{ required: true, message: t('诉求', 'Issue') }]}>
        <Input
          aria-label={t('反映的问题', 'Issue raised')}
          placeholder={t('反映的问题', 'Issue raised')}
          style={{ width: 260 }}
        />
      </Form.Item>
      <Form.Item name="representative" rules={[{ required: true, message: t('党代表', 'Representative') }]}>
        <Select
          aria-label={t('接待党代表', 'Representative')}
          placeholder={t('接待党代表', 'Representative')}
          style={{ width: 130 }}
          options={day.representatives.map((r: string) => ({ value: r, label: r }))}
        />
      </Form.Item>
      <Form.Item name="followUpDueOn">
        <Input aria-label={t('日期', 'Date')} type="date" />
      </Form.Item>
      <Button onClick={add}>{t('登记', 'Add')}</Button>
    </Form>
  );
}

function HoldReceptionDay({
  api,
  locale,
  onClose,
  onDone,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  onClose: () => void;
  onDone: () => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const regions = useApiData(() => loadRegions(api), [api]);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    const representatives = String(v.representatives)
      .split(/[,，、\s]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const r = await attempt(
      () =>
        api.post('/reception-days', {
          ...v,
          representatives,
          rescheduleReason: v.rescheduleReason || undefined,
        }),
      (m) => setError(m),
    );
    if (r) onDone();
  };
  return (
    <Modal
      open
      title={t('登记党代表接待日', 'Record a reception day')}
      onCancel={onClose}
      onOk={submit}
      destroyOnHidden
    >
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 12 }}
          data-testid="reception-error"
        />
      )}
      <Form form={form} layout="vertical">
        <Form.Item
          name="regionId"
          label={t('区域', 'Region')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Select options={(regions.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }))} />
        </Form.Item>
        <Form.Item
          name="heldOn"
          label={t('日期', 'Date')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="representatives"
          label={t('值班党代表（逗号分隔）', 'Representatives on duty (comma-separated)')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="rescheduleReason"
          label={t('改期原因（非15日时必填）', 'Reason for another day (if not the 15th)')}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function FollowUp({
  api,
  locale,
  visit,
  onClose,
  onDone,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  visit: any;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    const r = await attempt(
      () => api.post(`/reception-visits/${visit.id}/follow-up`, { ...v, dueOn: v.dueOn || undefined }),
      (m) => setError(m),
    );
    if (r) onDone();
  };
  return (
    <Modal
      open
      title={t(`跟进：${visit.issue}`, `Follow up: ${visit.issue}`)}
      onCancel={onClose}
      onOk={submit}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ status: 'resolved' }}>
        <Form.Item name="status" label={t('办理状态', 'Status')}>
          <Select options={optionsOf(FOLLOW_UP_STATUSES, locale).filter((o) => o.value !== 'pending')} />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('办理情况', 'What was done')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('新的办理期限', 'New due date')}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
