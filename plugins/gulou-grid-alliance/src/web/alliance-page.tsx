import {
  type ApiClient,
  ErrorAlert,
  formatRatio,
  type PluginPageProps,
  Section,
  useApiData,
  validValues,
} from '@jiceng/ui';
import {
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { MEETING_MODE_LABELS } from '../shared/terms';
import { DateInput, dateTime, type Locale, localDay, options, StatusTag, tr, UnitSelect } from './common';

const UNIT_LEVELS = {
  province: { 'zh-CN': '省级', en: 'Province' },
  city: { 'zh-CN': '市级', en: 'City' },
  county: { 'zh-CN': '区级', en: 'District' },
  central: { 'zh-CN': '中央', en: 'Central' },
};
const MEETING_STATUS = {
  planned: { 'zh-CN': '待召开', en: 'Planned' },
  held: { 'zh-CN': '已召开', en: 'Held' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
};

export default function AlliancePage({ api, cityApi, locale }: PluginPageProps) {
  const t = tr(locale);
  const { data, error, reload } = useApiData(() => api.get<{ items: any[] }>('/alliances'), [api]);
  const [selected, setSelected] = useState<number | null>(null);
  const current = selected ?? data?.items[0]?.id ?? null;
  return (
    <Section
      title={t('区域化党建联盟', 'Regional party-building alliance')}
      extra={
        data && data.items.length > 1 ? (
          <Select
            aria-label={t('联盟', 'Alliance')}
            value={current}
            onChange={setSelected}
            options={data.items.map((a) => ({ value: a.id, label: a.name }))}
            style={{ width: 260 }}
          />
        ) : null
      }
    >
      <ErrorAlert error={error} />
      {data && !data.items.length && <Empty description={t('尚未成立联盟', 'No alliance yet')} />}
      {current && (
        <AllianceDetail api={api} cityApi={cityApi} locale={locale} id={current} onChanged={reload} />
      )}
    </Section>
  );
}

function useSubmit(onDone: () => void) {
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  return {
    error,
    saving,
    async run(call: () => Promise<unknown>) {
      setSaving(true);
      setError(undefined);
      try {
        await call();
        onDone();
      } catch (e) {
        setError(e);
      } finally {
        setSaving(false);
      }
    },
  };
}

function AllianceDetail({
  api,
  cityApi,
  locale,
  id,
  onChanged,
}: {
  api: ApiClient;
  cityApi: ApiClient;
  locale: Locale;
  id: number;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const { data: a, error, reload } = useApiData(() => api.get<any>(`/alliances/${id}`), [api, id]);
  const refresh = () => {
    reload();
    onChanged();
  };
  if (!a) return <ErrorAlert error={error} />;
  const active = a.units.filter((u: any) => !u.leftOn);
  return (
    <>
      <ErrorAlert error={error} />
      <Typography.Paragraph>
        <b>{a.name}</b> · {t('牵头', 'led by')} {a.leadOrgName} · {t('成立于', 'founded')} {a.foundedOn} ·{' '}
        {t('成员单位', 'member units')} <b data-testid="alliance-units">{active.length}</b>
      </Typography.Paragraph>
      <Tabs
        items={[
          {
            key: 'units',
            label: t('成员单位', 'Member units'),
            children: (
              <UnitsTab api={api} cityApi={cityApi} locale={locale} alliance={a} onChanged={refresh} />
            ),
          },
          {
            key: 'meetings',
            label: t('联席会议', 'Meetings'),
            children: (
              <MeetingsTab api={api} cityApi={cityApi} locale={locale} alliance={a} onChanged={refresh} />
            ),
          },
          {
            key: 'charter',
            label: t('联盟章程', 'Charter'),
            children: <CharterTab api={api} locale={locale} alliance={a} onChanged={refresh} />,
          },
        ]}
      />
    </>
  );
}

function UnitsTab({
  api,
  cityApi,
  locale,
  alliance,
  onChanged,
}: {
  api: ApiClient;
  cityApi: ApiClient;
  locale: Locale;
  alliance: any;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const [joining, setJoining] = useState(false);
  const [form] = Form.useForm();
  const submit = useSubmit(() => {
    setJoining(false);
    form.resetFields();
    onChanged();
  });
  const act = useSubmit(onChanged);
  return (
    <>
      <Button onClick={() => setJoining(true)} style={{ marginBottom: 12 }}>
        {t('吸纳成员单位', 'Add a member unit')}
      </Button>
      <ErrorAlert error={act.error} />
      <Table<any>
        rowKey="id"
        size="small"
        dataSource={alliance.units}
        pagination={{ pageSize: 30, showSizeChanger: false }}
        columns={[
          {
            title: t('单位', 'Unit'),
            dataIndex: 'unitName',
            render: (v, r) => (r.leftOn ? <Typography.Text delete>{v}</Typography.Text> : v),
          },
          {
            title: t('层级', 'Level'),
            dataIndex: 'unitLevel',
            render: (v) => UNIT_LEVELS[v as keyof typeof UNIT_LEVELS]?.[locale] ?? v,
          },
          {
            title: t('负责同志', 'Representatives'),
            dataIndex: 'representatives',
            render: (reps: any[]) =>
              reps.map((r) => `${r.name}${r.title ? `（${r.title}）` : ''}`).join('、'),
          },
          { title: t('加入', 'Joined'), dataIndex: 'joinedOn' },
          {
            title: '',
            render: (_, r) =>
              r.leftOn ? (
                `${t('退出于', 'left')} ${r.leftOn}`
              ) : (
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    act.run(() =>
                      api.post(`/alliances/${alliance.id}/units/${r.id}/leave`, { leftOn: localDay() }),
                    )
                  }
                >
                  {t('退出', 'Leave')}
                </Button>
              ),
          },
        ]}
      />
      <Modal
        open={joining}
        title={t('吸纳成员单位（每单位 1–2 名负责同志）', 'Add a member unit (1–2 representatives)')}
        onCancel={() => setJoining(false)}
        confirmLoading={submit.saving}
        destroyOnHidden
        onOk={async () => {
          const v = await validValues(form);
          if (!v) return;
          const representatives = [
            { name: v.rep1, title: v.title1 || null },
            ...(v.rep2 ? [{ name: v.rep2, title: v.title2 || null }] : []),
          ];
          await submit.run(() =>
            api.post(`/alliances/${alliance.id}/units`, {
              unitId: v.unitId,
              joinedOn: v.joinedOn,
              representatives,
            }),
          );
        }}
      >
        <ErrorAlert error={submit.error} />
        <Form form={form} layout="vertical" initialValues={{ joinedOn: localDay() }}>
          <Form.Item name="unitId" label={t('单位', 'Unit')} rules={[{ required: true }]}>
            <UnitSelect cityApi={cityApi} />
          </Form.Item>
          <Form.Item name="joinedOn" label={t('加入日期', 'Joined on')} rules={[{ required: true }]}>
            <DateInput />
          </Form.Item>
          <Space>
            <Form.Item name="rep1" label={t('负责同志', 'Representative')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="title1" label={t('职务', 'Title')}>
              <Input />
            </Form.Item>
          </Space>
          <Space>
            <Form.Item name="rep2" label={t('第二名（可选）', 'Second (optional)')}>
              <Input />
            </Form.Item>
            <Form.Item name="title2" label={t('职务', 'Title')}>
              <Input />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </>
  );
}

function MeetingsTab({
  api,
  cityApi,
  locale,
  alliance,
  onChanged,
}: {
  api: ApiClient;
  cityApi: ApiClient;
  locale: Locale;
  alliance: any;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const [calling, setCalling] = useState(false);
  const [recording, setRecording] = useState<any | null>(null);
  const [form] = Form.useForm();
  const [minutesForm] = Form.useForm();
  const call = useSubmit(() => {
    setCalling(false);
    form.resetFields();
    onChanged();
  });
  const record = useSubmit(() => {
    setRecording(null);
    minutesForm.resetFields();
    onChanged();
  });
  const act = useSubmit(onChanged);
  const mode = Form.useWatch('mode', form);
  const active = alliance.units.filter((u: any) => !u.leftOn);
  return (
    <>
      <Button onClick={() => setCalling(true)} style={{ marginBottom: 12 }}>
        {t('召集会议', 'Call a meeting')}
      </Button>
      <ErrorAlert error={act.error} />
      <List
        dataSource={alliance.meetings}
        renderItem={(m: any) => (
          <Card
            size="small"
            style={{ marginBottom: 12 }}
            title={
              <Space>
                <span>{m.topic}</span>
                <Tag>{MEETING_MODE_LABELS[m.mode as 'online' | 'offline'][locale]}</Tag>
                <StatusTag status={m.status} labels={MEETING_STATUS} locale={locale} />
              </Space>
            }
            extra={
              m.status === 'planned' && (
                <Space>
                  <Button size="small" type="primary" onClick={() => setRecording(m)}>
                    {t('记录会议', 'Record')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() =>
                      act.run(() =>
                        api.post(`/alliances/${alliance.id}/meetings/${m.id}/cancel`, {
                          reason: t('改期', 'Postponed'),
                        }),
                      )
                    }
                  >
                    {t('取消', 'Cancel')}
                  </Button>
                </Space>
              )
            }
          >
            <div>
              {dateTime(m.heldAt)} · {m.location}
            </div>
            <div>
              {t('议程', 'Agenda')}：{m.agenda.join('；')}
            </div>
            {m.status === 'held' && (
              <>
                <div>
                  {t('出席单位', 'Attendance')}：{m.attendeeIds.length}（{formatRatio(m.attendanceRate)}）
                </div>
                <div>{m.minutes}</div>
                {m.decisions.map((d: any) => (
                  <div key={d.id}>
                    {d.doneOn ? (
                      <Tag color="success">{t('已落实', 'done')}</Tag>
                    ) : (
                      <Tag color="processing">{t('落实中', 'open')}</Tag>
                    )}
                    {d.content}
                    {d.ownerUnitName && ` · ${d.ownerUnitName}`}
                    {d.dueOn && ` · ${t('期限', 'due')} ${d.dueOn}`}
                    {!d.doneOn && (
                      <Button
                        type="link"
                        size="small"
                        style={{ marginLeft: 8 }}
                        onClick={() =>
                          act.run(() => api.post(`/alliances/${alliance.id}/decisions/${d.id}/done`))
                        }
                      >
                        {t('标记落实', 'Mark done')}
                      </Button>
                    )}
                  </div>
                ))}
              </>
            )}
            {m.status === 'cancelled' && <div>{m.cancelReason}</div>}
          </Card>
        )}
      />
      <Modal
        open={calling}
        title={t('召集联席会议', 'Call a meeting')}
        onCancel={() => setCalling(false)}
        confirmLoading={call.saving}
        destroyOnHidden
        onOk={async () => {
          const v = await validValues(form);
          if (!v) return;
          const heldAt = new Date(`${v.date}T${v.time}:00+08:00`).toISOString();
          const agenda = String(v.agenda)
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean);
          await call.run(() =>
            api.post(`/alliances/${alliance.id}/meetings`, {
              heldAt,
              mode: v.mode,
              location: v.location || null,
              topic: v.topic,
              agenda,
            }),
          );
        }}
      >
        <ErrorAlert error={call.error} />
        <Form
          form={form}
          layout="vertical"
          initialValues={{ mode: 'offline', date: localDay(7), time: '15:00' }}
        >
          <Form.Item name="topic" label={t('议题', 'Topic')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Space>
            <Form.Item name="date" label={t('日期', 'Date')} rules={[{ required: true }]}>
              <DateInput />
            </Form.Item>
            <Form.Item name="time" label={t('时间', 'Time')} rules={[{ required: true }]}>
              <Input type="time" />
            </Form.Item>
          </Space>
          <Form.Item name="mode" label={t('方式', 'Mode')}>
            <Radio.Group options={options(MEETING_MODE_LABELS, locale)} optionType="button" />
          </Form.Item>
          <Form.Item
            name="location"
            label={mode === 'online' ? t('线上平台', 'Online channel') : t('地点', 'Place')}
            rules={[{ required: mode !== 'online' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="agenda"
            label={t('议程（每行一项）', 'Agenda (one item a line)')}
            rules={[{ required: true }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!recording}
        title={`${t('记录会议', 'Record the meeting')} · ${recording?.topic ?? ''}`}
        onCancel={() => setRecording(null)}
        confirmLoading={record.saving}
        destroyOnHidden
        width={640}
        onOk={async () => {
          const v = await validValues(minutesForm);
          if (!v) return;
          const decisions = String(v.decisions ?? '')
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean)
            .map((content) => ({ content, ownerUnitId: v.ownerUnitId ?? null, dueOn: v.dueOn || null }));
          await record.run(() =>
            api.post(`/alliances/${alliance.id}/meetings/${recording.id}/record`, {
              attendeeIds: v.attendeeIds ?? [],
              minutes: v.minutes,
              decisions,
            }),
          );
        }}
      >
        <ErrorAlert error={record.error} />
        <Form form={minutesForm} layout="vertical">
          <Form.Item name="attendeeIds" label={t('出席单位', 'Units present')}>
            <Checkbox.Group options={active.map((u: any) => ({ value: u.id, label: u.unitName }))} />
          </Form.Item>
          <Form.Item name="minutes" label={t('会议纪要', 'Minutes')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="decisions" label={t('议定事项（每行一项）', 'Decisions (one a line)')}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Space>
            <Form.Item name="ownerUnitId" label={t('牵头单位', 'Lead unit')}>
              <UnitSelect cityApi={cityApi} />
            </Form.Item>
            <Form.Item name="dueOn" label={t('完成期限', 'Due')}>
              <DateInput />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </>
  );
}

function CharterTab({
  api,
  locale,
  alliance,
  onChanged,
}: {
  api: ApiClient;
  locale: Locale;
  alliance: any;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState<string>(alliance.charter ?? '');
  const save = useSubmit(() => {
    setEditing(false);
    onChanged();
  });
  return (
    <>
      <ErrorAlert error={save.error} />
      <Typography.Paragraph type="secondary">
        {alliance.charterAdoptedOn
          ? `${t('通过于', 'Adopted')} ${alliance.charterAdoptedOn}`
          : t('尚未制定章程', 'No charter yet')}
      </Typography.Paragraph>
      {editing ? (
        <>
          <Input.TextArea
            aria-label={t('章程', 'Charter')}
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Space style={{ marginTop: 8 }}>
            <Button
              type="primary"
              loading={save.saving}
              onClick={() =>
                save.run(() =>
                  api.put(`/alliances/${alliance.id}/charter`, { charter: text, adoptedOn: localDay() }),
                )
              }
            >
              {t('通过并保存', 'Adopt')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('取消', 'Cancel')}</Button>
          </Space>
        </>
      ) : (
        <>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{alliance.charter}</Typography.Paragraph>
          <Button onClick={() => setEditing(true)}>{t('修订章程', 'Revise')}</Button>
        </>
      )}
    </>
  );
}
