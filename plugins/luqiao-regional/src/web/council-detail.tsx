import { attempt, Chart, ErrorAlert, label, type PluginPageProps, Section, tr, useApiData } from '@jiceng/ui';
import { Button, Col, Descriptions, Row, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { PROJECT_STATUSES } from '../shared/model';
import { type Answer, type ChartOption, typedApi } from './common';
import {
  type CouncilMember,
  DeclareProject,
  HoldMeeting,
  ReplaceChair,
  ReplaceMember,
} from './council-dialogs';
import { ReasonModal } from './structure-parts';

type Council = Answer<'/councils/{id}'>;
type Project = Council['projects'][number];
type Term = Council['terms'][number];
type Meeting = Council['meetings'][number];
type ScoreRow = Answer<'/councils/{id}/scoreboard'>['items'][number];

export const STATUS_COLORS: Record<string, string> = {
  declared: 'default',
  in_progress: 'processing',
  completed: 'green',
  dropped: 'red',
};

export function CouncilDetail({
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
  const typed = typedApi(api);
  const {
    data: k,
    error,
    reload,
  } = useApiData(() => typed.get('/councils/{id}', { params: { id: councilId } }), [typed, councilId]);
  const board = useApiData(
    () => typed.get('/councils/{id}/scoreboard', { params: { id: councilId } }),
    [typed, councilId],
  );
  const region = useApiData(
    () => (k ? typed.get('/regions/{id}', { params: { id: k.regionId } }) : Promise.resolve(null)),
    [typed, k?.regionId],
  );
  const [dialog, setDialog] = useState<
    | null
    | { kind: 'replace-member'; member: CouncilMember }
    | { kind: 'replace-chair' }
    | { kind: 'project' }
    | { kind: 'meeting' }
    | { kind: 'complete'; project: Project }
    | { kind: 'drop'; project: Project }
  >(null);
  const changed = () => {
    reload();
    board.reload();
    onChanged();
  };
  if (!k) return <ErrorAlert error={error} />;
  const active = k.members.filter((m) => m.active);
  const memberOptions = active.map((m) => ({ value: m.id, label: m.unitName }));
  const rotate = async () => {
    const r = await attempt(() => typed.post('/councils/{id}/rotate', {}, { params: { id: councilId } }));
    if (r) changed();
  };
  const start = async (p: Project) => {
    const r = await attempt(() => typed.post('/council-projects/{id}/start', {}, { params: { id: p.id } }));
    if (r) changed();
  };
  const rows = board.data?.items ?? [];
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
                  render: (v: string, m: CouncilMember) =>
                    m.active ? (
                      v
                    ) : (
                      <span style={{ color: 'rgba(0, 0, 0, 0.6)', textDecoration: 'line-through' }}>{v}</span>
                    ),
                },
                { title: t('加入', 'Joined'), dataIndex: 'joinedOn' },
                {
                  title: t('状态', 'Status'),
                  render: (_: unknown, m: CouncilMember) =>
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
                  render: (_: unknown, r: Term) => `${r.startsOn} ~ ${r.endedOn ?? r.endsOn}`,
                },
                {
                  title: t('卸任', 'Ended'),
                  render: (_: unknown, r: Term) =>
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
              render: (_: unknown, r: ScoreRow) => `${r.attended}/${r.meetings}`,
            },
            {
              title: t('考核均分', 'Avg score'),
              dataIndex: 'avgScore',
              render: (v: number | null) => v ?? '—',
            },
            { title: t('轮值次数', 'Chair terms'), dataIndex: 'chairTerms' },
            {
              title: t('活跃', 'Active'),
              render: (_: unknown, r: ScoreRow) =>
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
              render: (s: string, p: Project) => (
                <Tag color={STATUS_COLORS[s]}>
                  {label(PROJECT_STATUSES, s, locale)}
                  {p.completedOn ? ` ${p.completedOn}` : ''}
                </Tag>
              ),
            },
            {
              title: '',
              render: (_: unknown, p: Project) => (
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
              render: (_: unknown, m: Meeting) => m.reviews.map((r) => `${r.unitName} ${r.score}`).join('；'),
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
          currentUnitIds={active.map((m) => m.unitId)}
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
          options={memberOptions.filter((o) => o.value !== k.currentTerm?.chairMemberId)}
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
          onSubmit={(outcome) =>
            typed.post('/council-projects/{id}/complete', { outcome }, { params: { id: dialog.project.id } })
          }
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
          onSubmit={(reason) =>
            typed.post('/council-projects/{id}/drop', { reason }, { params: { id: dialog.project.id } })
          }
          onDone={() => {
            setDialog(null);
            changed();
          }}
        />
      )}
    </>
  );
}
