import {
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
  Checkbox,
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
} from 'antd';
import { useEffect, useState } from 'react';
import { PROJECT_STATUSES } from '../shared/model';
import { attempt, type ChartOption, loadRegions } from './common';
import { ReasonModal } from './structure-page';

const STATUS_COLORS: Record<string, string> = {
  declared: 'default',
  in_progress: 'processing',
  completed: 'green',
  dropped: 'red',
};

/** 区域共建理事会: member units, the rotating chair, projects led in turn, meetings with performance review. */
export default function CouncilPage({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const councils = useApiData(() => api.get<{ items: any[] }>('/councils'), [api]);
  const [councilId, setCouncilId] = useState<number | undefined>();
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    if (!councilId && councils.data?.items.length) setCouncilId(councils.data.items[0]!.id);
  }, [councils.data, councilId]);
  return (
    <div data-testid="council-page">
      <Section
        title={t('区域共建理事会', 'Regional co-building councils')}
        extra={
          <Space>
            <Select
              aria-label={t('选择理事会', 'Choose a council')}
              data-testid="council-select"
              style={{ minWidth: 240 }}
              value={councilId}
              onChange={setCouncilId}
              options={(councils.data?.items ?? []).map((k) => ({
                value: k.id,
                label: `${k.name}（${k.regionName}）`,
              }))}
              placeholder={t('选择理事会', 'Choose a council')}
            />
            <Button onClick={() => setCreating(true)} data-testid="new-council">
              {t('成立理事会', 'Found a council')}
            </Button>
          </Space>
        }
      >
        <ErrorAlert error={councils.error} />
        {councils.data && !councils.data.items.length ? (
          <Empty description={t('还没有共建理事会', 'No council yet')} />
        ) : (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={councils.data?.items ?? []}
            onRow={(r: any) => ({
              onClick: () => setCouncilId(r.id),
              style: { cursor: 'pointer', background: r.id === councilId ? '#fff1f0' : undefined },
            })}
            columns={[
              { title: t('理事会', 'Council'), dataIndex: 'name' },
              { title: t('区域', 'Region'), dataIndex: 'regionName' },
              { title: t('理事单位', 'Member units'), dataIndex: 'memberCount' },
              { title: t('现任轮值主席', 'Rotating chair'), dataIndex: 'chairName' },
              {
                title: t('任期', 'Term'),
                render: (_: unknown, r: any) =>
                  r.termNo
                    ? t(`第${r.termNo}任，至 ${r.termEndsOn}`, `term ${r.termNo}, to ${r.termEndsOn}`)
                    : '—',
              },
            ]}
          />
        )}
      </Section>
      {councilId && (
        <CouncilDetail
          key={councilId}
          api={api}
          locale={locale}
          councilId={councilId}
          onChanged={councils.reload}
        />
      )}
      {creating && (
        <CreateCouncil
          api={api}
          locale={locale}
          onClose={() => setCreating(false)}
          onDone={(id) => {
            setCreating(false);
            councils.reload();
            setCouncilId(id);
          }}
        />
      )}
    </div>
  );
}

function CouncilDetail({
  api,
  locale,
  councilId,
  onChanged,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  councilId: number;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const {
    data: k,
    error,
    reload,
  } = useApiData(() => api.get<any>(`/councils/${councilId}`), [api, councilId]);
  const board = useApiData(() => api.get<any>(`/councils/${councilId}/scoreboard`), [api, councilId]);
  const region = useApiData(
    () => (k ? api.get<any>(`/regions/${k.regionId}`) : Promise.resolve(null)),
    [api, k?.regionId],
  );
  const [dialog, setDialog] = useState<
    | null
    | { kind: 'replace-member'; member: any }
    | { kind: 'replace-chair' }
    | { kind: 'project' }
    | { kind: 'meeting' }
    | { kind: 'complete'; project: any }
    | { kind: 'drop'; project: any }
  >(null);
  const changed = () => {
    reload();
    board.reload();
    onChanged();
  };
  if (!k) return <ErrorAlert error={error} />;
  const active = k.members.filter((m: any) => m.active);
  const memberOptions = active.map((m: any) => ({ value: m.id, label: m.unitName }));
  const rotate = async () => {
    const r = await attempt(() => api.post(`/councils/${councilId}/rotate`, {}));
    if (r) changed();
  };
  const start = async (p: any) => {
    const r = await attempt(() => api.post(`/council-projects/${p.id}/start`, {}));
    if (r) changed();
  };
  const rows: any[] = board.data?.items ?? [];
  const option: ChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 48, right: 48, top: 24, bottom: 80 },
    xAxis: { type: 'category', data: rows.map((r) => r.unitName), axisLabel: { interval: 0, rotate: 25 } },
    yAxis: [
      { type: 'value', name: t('项目', 'Projects'), minInterval: 1 },
      { type: 'value', name: t('考核均分', 'Avg score'), min: 0, max: 100 },
    ],
    series: [
      {
        name: t('申报', 'Declared'),
        type: 'bar',
        data: rows.map((r) => r.declared),
        itemStyle: { color: '#ffa39e' },
      },
      { name: t('牵头', 'Led'), type: 'bar', data: rows.map((r) => r.led), itemStyle: { color: '#f5222d' } },
      {
        name: t('完成', 'Completed'),
        type: 'bar',
        data: rows.map((r) => r.completed),
        itemStyle: { color: '#820014' },
      },
      {
        name: t('考核均分', 'Avg score'),
        type: 'line',
        yAxisIndex: 1,
        data: rows.map((r) => ({
          value: r.avgScore,
          itemStyle: { color: r.active ? '#389e0d' : '#8c8c8c' },
        })),
        markLine: {
          symbol: 'none',
          data: [{ yAxis: 60, name: t('活跃线', 'active line') }],
          lineStyle: { type: 'dashed', color: '#8c8c8c' },
        },
      },
    ],
  };
  return (
    <>
      <Section
        title={k.name}
        extra={
          <Space>
            <Button type="primary" onClick={rotate} disabled={!k.nextInTurn} data-testid="rotate">
              {k.nextInTurn
                ? t(`轮值交接给 ${k.nextInTurn.unitName}`, `Hand the chair to ${k.nextInTurn.unitName}`)
                : t('轮值交接', 'Rotate')}
            </Button>
            <Button danger onClick={() => setDialog({ kind: 'replace-chair' })} data-testid="replace-chair">
              {t('更换轮值主席', 'Replace the chair')}
            </Button>
          </Space>
        }
      >
        <Descriptions
          size="small"
          column={3}
          items={[
            {
              key: 'chair',
              label: t('现任轮值主席', 'Rotating chair'),
              children: <b data-testid="chair-name">{k.currentTerm?.chairName ?? '—'}</b>,
            },
            {
              key: 'term',
              label: t('任期', 'Term'),
              children: k.currentTerm
                ? `${k.currentTerm.startsOn} ~ ${k.currentTerm.endsOn}（${t(`第${k.currentTerm.termNo}任`, `term ${k.currentTerm.termNo}`)}）`
                : '—',
            },
            { key: 'founded', label: t('成立', 'Founded'), children: k.foundedOn },
          ]}
        />
      </Section>
      <Row gutter={16}>
        <Col xs={24} xxl={12}>
          <Section title={t('理事单位', 'Member units')}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={k.members}
              data-testid="council-members"
              columns={[
                {
                  title: t('单位', 'Unit'),
                  dataIndex: 'unitName',
                  render: (v: string, m: any) =>
                    m.active ? (
                      v
                    ) : (
                      <span style={{ color: 'rgba(0, 0, 0, 0.6)', textDecoration: 'line-through' }}>{v}</span>
                    ),
                },
                { title: t('加入', 'Joined'), dataIndex: 'joinedOn' },
                {
                  title: t('状态', 'Status'),
                  render: (_: unknown, m: any) =>
                    m.active ? (
                      <Button
                        size="small"
                        onClick={() => setDialog({ kind: 'replace-member', member: m })}
                        data-testid={`replace-member-${m.id}`}
                      >
                        {t('淘汰更换', 'Replace')}
                      </Button>
                    ) : (
                      <span>
                        {t(`${m.leftOn} 更换`, `replaced ${m.leftOn}`)}
                        {m.replacedByName ? ` → ${m.replacedByName}` : ''}：{m.leftReason}
                      </span>
                    ),
                },
              ]}
            />
          </Section>
        </Col>
        <Col xs={24} xxl={12}>
          <Section title={t('轮值主席任期', 'Chair terms')}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={[...k.terms].reverse()}
              columns={[
                { title: t('任次', 'Term'), dataIndex: 'termNo', width: 56 },
                { title: t('轮值主席', 'Chair'), dataIndex: 'chairName' },
                {
                  title: t('任期', 'Period'),
                  render: (_: unknown, r: any) => `${r.startsOn} ~ ${r.endedOn ?? r.endsOn}`,
                },
                {
                  title: t('卸任', 'Ended'),
                  render: (_: unknown, r: any) =>
                    r.endKind === 'replaced' ? (
                      <Tag color="red">{t(`被更换：${r.endReason}`, `replaced: ${r.endReason}`)}</Tag>
                    ) : r.endKind ? (
                      <Tag>{t('任满交接', 'term completed')}</Tag>
                    ) : (
                      <Tag color="processing">{t('在任', 'serving')}</Tag>
                    ),
                },
              ]}
            />
          </Section>
        </Col>
      </Row>
      <Section title={t('理事会绩效看板', 'Council scoreboard')}>
        <Chart option={option} height={320} testId="scoreboard-chart" />
        <Table
          rowKey="memberId"
          size="small"
          pagination={false}
          dataSource={rows}
          data-testid="scoreboard"
          columns={[
            { title: t('理事单位', 'Member unit'), dataIndex: 'unitName' },
            { title: t('申报', 'Declared'), dataIndex: 'declared' },
            { title: t('牵头', 'Led'), dataIndex: 'led' },
            { title: t('完成', 'Completed'), dataIndex: 'completed' },
            {
              title: t('参会/考核', 'Attended / reviewed'),
              render: (_: unknown, r: any) => `${r.attended}/${r.meetings}`,
            },
            {
              title: t('考核均分', 'Avg score'),
              dataIndex: 'avgScore',
              render: (v: number | null) => v ?? '—',
            },
            { title: t('轮值次数', 'Chair terms'), dataIndex: 'chairTerms' },
            {
              title: t('活跃', 'Active'),
              render: (_: unknown, r: any) =>
                r.active ? (
                  <Tag color="green">{t('活跃', 'active')}</Tag>
                ) : (
                  <Tag color="red">{t('不活跃', 'inactive')}</Tag>
                ),
            },
          ]}
        />
        <div style={{ color: 'rgba(0, 0, 0, 0.6)', marginTop: 8 }}>
          {board.data
            ? t(
                `考核期 ${board.data.from} 至 ${board.data.to}`,
                `Period ${board.data.from} to ${board.data.to}`,
              )
            : null}
        </div>
      </Section>
      <Section
        title={t(
          '共建项目（各理事单位申报、轮流牵头）',
          'Co-building projects (declared by member units, led in turn)',
        )}
        extra={
          <Space>
            <Button onClick={() => setDialog({ kind: 'project' })} data-testid="declare-project">
              {t('申报项目', 'Declare a project')}
            </Button>
            <Button onClick={() => setDialog({ kind: 'meeting' })} data-testid="hold-meeting">
              {t('召开理事会', 'Hold a meeting')}
            </Button>
          </Space>
        }
      >
        <Table
          rowKey="id"
          size="small"
          dataSource={[...k.projects].reverse()}
          pagination={{ pageSize: 10 }}
          columns={[
            { title: t('项目', 'Project'), dataIndex: 'title' },
            { title: t('申报单位', 'Declared by'), dataIndex: 'declaredByName' },
            { title: t('牵头单位', 'Lead'), dataIndex: 'leadName' },
            { title: t('申报', 'Declared'), dataIndex: 'declaredOn' },
            { title: t('期限', 'Due'), dataIndex: 'dueOn', render: (v: string | null) => v ?? '—' },
            {
              title: t('状态', 'Status'),
              dataIndex: 'status',
              render: (s: string, p: any) => (
                <Tag color={STATUS_COLORS[s]}>
                  {label(PROJECT_STATUSES, s, locale)}
                  {p.completedOn ? ` ${p.completedOn}` : ''}
                </Tag>
              ),
            },
            {
              title: '',
              render: (_: unknown, p: any) => (
                <Space>
                  {p.status === 'declared' && (
                    <Button size="small" onClick={() => start(p)}>
                      {t('启动', 'Start')}
                    </Button>
                  )}
                  {p.status === 'in_progress' && (
                    <Button size="small" onClick={() => setDialog({ kind: 'complete', project: p })}>
                      {t('完成', 'Complete')}
                    </Button>
                  )}
                  {(p.status === 'declared' || p.status === 'in_progress') && (
                    <Button size="small" danger onClick={() => setDialog({ kind: 'drop', project: p })}>
                      {t('终止', 'Drop')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
        <Table
          rowKey="id"
          size="small"
          style={{ marginTop: 16 }}
          dataSource={[...k.meetings].reverse()}
          pagination={{ pageSize: 5 }}
          columns={[
            { title: t('理事会会议', 'Meeting'), dataIndex: 'heldOn' },
            { title: t('议题', 'Topic'), dataIndex: 'topic' },
            { title: t('主持(轮值主席)', 'Chaired by'), dataIndex: 'chairName' },
            {
              title: t('考核', 'Review'),
              render: (_: unknown, m: any) =>
                m.reviews.map((r: any) => `${r.unitName} ${r.score}`).join('；'),
            },
          ]}
        />
      </Section>
      {dialog?.kind === 'replace-member' && (
        <ReplaceMember
          api={api}
          locale={locale}
          councilId={councilId}
          member={dialog.member}
          regionUnits={region.data?.units ?? []}
          currentUnitIds={active.map((m: any) => m.unitId)}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            changed();
          }}
        />
      )}
      {dialog?.kind === 'replace-chair' && (
        <ReplaceChair
          api={api}
          locale={locale}
          councilId={councilId}
          options={memberOptions.filter((o: any) => o.value !== k.currentTerm?.chairMemberId)}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            changed();
          }}
        />
      )}
      {dialog?.kind === 'project' && (
        <DeclareProject
          api={api}
          locale={locale}
          councilId={councilId}
          options={memberOptions}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            changed();
          }}
        />
      )}
      {dialog?.kind === 'meeting' && (
        <HoldMeeting
          api={api}
          locale={locale}
          councilId={councilId}
          members={active}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            changed();
          }}
        />
      )}
      {dialog?.kind === 'complete' && (
        <ReasonModal
          locale={locale}
          title={t(`完成：${dialog.project.title}（成效）`, `Complete: ${dialog.project.title} (outcome)`)}
          onClose={() => setDialog(null)}
          onSubmit={(outcome) => api.post(`/council-projects/${dialog.project.id}/complete`, { outcome })}
          onDone={() => {
            setDialog(null);
            changed();
          }}
        />
      )}
      {dialog?.kind === 'drop' && (
        <ReasonModal
          locale={locale}
          title={t(`终止：${dialog.project.title}`, `Drop: ${dialog.project.title}`)}
          onClose={() => setDialog(null)}
          onSubmit={(reason) => api.post(`/council-projects/${dialog.project.id}/drop`, { reason })}
          onDone={() => {
            setDialog(null);
            changed();
          }}
        />
      )}
    </>
  );
}

type DialogProps = {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  councilId: number;
  onClose: () => void;
  onDone: () => void;
};

function ReplaceMember({
  member,
  regionUnits,
  currentUnitIds,
  ...p
}: DialogProps & { member: any; regionUnits: any[]; currentUnitIds: number[] }) {
  const t = tr(p.locale);
  const [replacement, setReplacement] = useState<number | null>(null);
  return (
    <ReasonModal
      locale={p.locale}
      title={t(`淘汰更换理事单位：${member.unitName}`, `Replace member unit: ${member.unitName}`)}
      onClose={p.onClose}
      onSubmit={(reason) =>
        p.api.post(`/councils/${p.councilId}/members/${member.id}/replace`, {
          reason,
          replacementUnitId: replacement,
        })
      }
      onDone={p.onDone}
    >
      <Select
        aria-label={t('替补单位（本区域内）', 'Replacement unit (in the region)')}
        allowClear
        style={{ width: '100%', marginBottom: 12 }}
        placeholder={t('替补单位（本区域内）', 'Replacement unit (in the region)')}
        value={replacement}
        onChange={setReplacement}
        options={regionUnits
          .filter((u) => !currentUnitIds.includes(u.id))
          .map((u) => ({ value: u.id, label: u.name }))}
        data-testid="replacement-unit"
      />
    </ReasonModal>
  );
}

function ReplaceChair({ options, ...p }: DialogProps & { options: { value: number; label: string }[] }) {
  const t = tr(p.locale);
  const [chair, setChair] = useState<number | undefined>();
  return (
    <ReasonModal
      locale={p.locale}
      title={t(
        '更换轮值主席（新主席接任本任期余下时间）',
        'Replace the rotating chair (the new chair serves out the term)',
      )}
      onClose={p.onClose}
      onSubmit={(reason) =>
        p.api.post(`/councils/${p.councilId}/replace-chair`, { chairMemberId: chair, reason })
      }
      onDone={p.onDone}
    >
      <Select
        aria-label={t('新轮值主席', 'New chair')}
        style={{ width: '100%', marginBottom: 12 }}
        placeholder={t('新轮值主席', 'New chair')}
        value={chair}
        onChange={setChair}
        options={options}
        data-testid="new-chair"
      />
    </ReasonModal>
  );
}

function DeclareProject({ options, ...p }: DialogProps & { options: { value: number; label: string }[] }) {
  const t = tr(p.locale);
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    const r = await attempt(
      () =>
        p.api.post(`/councils/${p.councilId}/projects`, {
          ...v,
          dueOn: v.dueOn || undefined,
          leadMemberId: v.leadMemberId ?? undefined,
        }),
      (m) => setError(m),
    );
    if (r) p.onDone();
  };
  return (
    <Modal
      open
      title={t('申报共建项目', 'Declare a co-building project')}
      onCancel={p.onClose}
      onOk={submit}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="title"
          label={t('项目名称', 'Title')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="declaredByMemberId"
          label={t('申报单位', 'Declared by')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Select options={options} />
        </Form.Item>
        <Form.Item
          name="leadMemberId"
          label={t('牵头单位（留空则按轮流顺序）', 'Lead (empty: whoever’s turn it is)')}
        >
          <Select allowClear options={options} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('完成期限', 'Due')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="description" label={t('内容', 'Description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function HoldMeeting({ members, ...p }: DialogProps & { members: any[] }) {
  const t = tr(p.locale);
  const [heldOn, setHeldOn] = useState('');
  const [topic, setTopic] = useState('');
  const [reviews, setReviews] = useState<Record<number, { attended: boolean; score: number }>>(() =>
    Object.fromEntries(members.map((m) => [m.id, { attended: true, score: 80 }])),
  );
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const r = await attempt(
      () =>
        p.api.post(`/councils/${p.councilId}/meetings`, {
          heldOn,
          topic,
          reviews: members.map((m) => ({ memberId: m.id, ...reviews[m.id]! })),
        }),
      (m) => setError(m),
    );
    if (r) p.onDone();
  };
  return (
    <Modal
      open
      title={t('召开理事会并绩效考核', 'Council meeting with performance review')}
      onCancel={p.onClose}
      onOk={submit}
      okButtonProps={{ disabled: !heldOn || !topic.trim() }}
      width={640}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Space style={{ marginBottom: 12 }}>
        <Input
          aria-label={t('召开日期', 'Held on')}
          type="date"
          value={heldOn}
          onChange={(e) => setHeldOn(e.target.value)}
        />
        <Input
          aria-label={t('议题', 'Topic')}
          value={topic}
          onChange={(e) => setTopic(e.target.value)}
          placeholder={t('议题', 'Topic')}
          style={{ width: 300 }}
        />
      </Space>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={members}
        columns={[
          { title: t('理事单位', 'Member unit'), dataIndex: 'unitName' },
          {
            title: t('出席', 'Attended'),
            render: (_: unknown, m: any) => (
              <Checkbox
                checked={reviews[m.id]!.attended}
                onChange={(e) =>
                  setReviews({ ...reviews, [m.id]: { ...reviews[m.id]!, attended: e.target.checked } })
                }
              />
            ),
          },
          {
            title: t('考核得分', 'Score'),
            render: (_: unknown, m: any) => (
              <InputNumber
                aria-label={t('评分', 'Score')}
                min={0}
                max={100}
                value={reviews[m.id]!.score}
                onChange={(v) =>
                  setReviews({ ...reviews, [m.id]: { ...reviews[m.id]!, score: Number(v ?? 0) } })
                }
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}

function CreateCouncil({
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
  const [regionId, setRegionId] = useState<number | undefined>();
  const [unitIds, setUnitIds] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  const regions = useApiData(() => loadRegions(api), [api]);
  const region = useApiData(
    () => (regionId ? api.get<any>(`/regions/${regionId}`) : Promise.resolve(null)),
    [api, regionId],
  );
  const units: any[] = region.data?.units ?? [];
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    const r = await attempt(
      () => api.post<any>('/councils', { ...v, foundedOn: v.foundedOn || undefined }),
      (m) => setError(m),
    );
    if (r) onDone(r.id);
  };
  return (
    <Modal
      open
      title={t('成立区域共建理事会', 'Found a co-building council')}
      onCancel={onClose}
      onOk={submit}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="regionId"
          label={t('区域', 'Region')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Select
            options={(regions.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }))}
            onChange={(v) => {
              setRegionId(v);
              form.setFieldsValue({ unitIds: [], chairUnitId: undefined });
              setUnitIds([]);
            }}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('名称', 'Name')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input placeholder={t('如：方林汽车城区域共建理事会', 'e.g. Fanglin auto-city council')} />
        </Form.Item>
        <Form.Item
          name="unitIds"
          label={t('理事单位（区域内单位）', 'Member units (units of the region)')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Select
            mode="multiple"
            options={units.map((u) => ({ value: u.id, label: u.name }))}
            onChange={setUnitIds}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          name="chairUnitId"
          label={t('首任轮值主席', 'First rotating chair')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Select
            options={units.filter((u) => unitIds.includes(u.id)).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="foundedOn" label={t('成立日期', 'Founded on')}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
