import {
  attempt,
  Chart,
  ErrorAlert,
  label,
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
import { ELECTION_STATUSES } from '../shared/model';
import { type ChartOption, type ItemOf, loadRegions, type PostBody, typedApi } from './common';

type ElectionRow = ItemOf<'/elections'>;

/** One ballot per line: "secretary | member, member, …". */
export function parseBallots(text: string) {
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

export function Elections({
  api,
  locale,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
}) {
  const t = tr(locale);
  const list = useApiData(() => typedApi(api).get('/elections'), [api]);
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
          onRow={(r: ElectionRow) => ({
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
              render: (_: unknown, e: ElectionRow) =>
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

export function ElectionDetail({
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
  const typed = typedApi(api);
  const {
    data: e,
    error,
    reload,
  } = useApiData(() => typed.get('/elections/{id}', { params: { id: electionId } }), [typed, electionId]);
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
      () => typed.post('/elections/{id}/ballots/bulk', { ballots }, { params: { id: electionId } }),
      { onError: (m) => setMessage({ type: 'error', text: m }) },
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
    const r = await attempt(() => typed.post('/elections/{id}/count', {}, { params: { id: electionId } }), {
      onError: (m) => setMessage({ type: 'error', text: m }),
    });
    if (r) {
      setMessage(null);
      changed();
    }
  };
  const close = async () => {
    const r = await attempt(() => typed.post('/elections/{id}/close', {}, { params: { id: electionId } }), {
      onError: (m) => setMessage({ type: 'error', text: m }),
    });
    if (r) changed();
  };
  const counted = e.status !== 'open' && e.ballotsCast != null;
  const top = [...e.members].slice(0, 12);
  const option: ChartOption = {
    tooltip: {},
    grid: { left: 80, right: 24, top: 16, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: top.map((m) => m.name), inverse: true },
    series: [
      {
        type: 'bar',
        name: t('得票', 'Votes'),
        data: top.map((m) => ({
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
                    .map((s) => `${s.name} ${s.votes}`)
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

export function CreateElection({
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
  const [form] = Form.useForm<PostBody<'/elections'>>();
  const [error, setError] = useState<string | null>(null);
  const regions = useApiData(() => loadRegions(api), [api]);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    const r = await attempt(
      () =>
        typedApi(api).post('/elections', {
          ...v,
          electorate: v.electorate ?? undefined,
          heldOn: v.heldOn || undefined,
        }),
      { onError: (m) => setError(m) },
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
