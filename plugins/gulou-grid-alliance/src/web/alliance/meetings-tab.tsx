import {
  type ApiClient,
  type BodyOf,
  ErrorAlert,
  FormDialog,
  formatRatio,
  type Locale,
  optionsOf,
  StatusTag,
  tr,
  typedClient,
  useSubmit,
} from '@jiceng/ui';
import { Button, Card, Checkbox, Form, Input, List, Radio, Space, Tag } from 'antd';
import { useState } from 'react';
import { MEETING_MODE_LABELS } from '../../shared/terms';
import type { paths } from '../api.generated';
import { DateInput, dateTime, daysFromToday, STATUS_COLORS, UnitSelect } from '../common';
import type { Alliance, Meeting } from './types';

type NewMeeting = BodyOf<paths, '/alliances/{id}/meetings', 'post'>;
/** The call dialog's fields: the date and time make `heldAt`; the agenda is one item a line. */
type MeetingFields = Pick<NewMeeting, 'topic' | 'mode' | 'location'> & {
  date: string;
  time: string;
  agenda: string;
};
type MeetingRecord = BodyOf<paths, '/alliances/{id}/meetings/{meetingId}/record', 'post'>;
type DecisionFields = NonNullable<MeetingRecord['decisions']>[number];
/** The record dialog's fields: one decision a line, all with the same lead unit and due date. */
type RecordFields = Pick<MeetingRecord, 'minutes'> &
  Pick<DecisionFields, 'ownerUnitId' | 'dueOn'> & {
    attendeeIds?: MeetingRecord['attendeeIds'];
    decisions?: string;
  };

const MEETING_STATUS = {
  planned: { 'zh-CN': '待召开', en: 'Planned' },
  held: { 'zh-CN': '已召开', en: 'Held' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
};

export function MeetingsTab({
  api,
  cityApi,
  locale,
  alliance,
  onChanged,
}: {
  api: ApiClient;
  cityApi: ApiClient;
  locale: Locale;
  alliance: Alliance;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const [calling, setCalling] = useState(false);
  const [recording, setRecording] = useState<Meeting | null>(null);
  const [form] = Form.useForm<MeetingFields>();
  const [minutesForm] = Form.useForm<RecordFields>();
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
  const active = alliance.units.filter((u) => !u.leftOn);
  return (
    <>
      <Button onClick={() => setCalling(true)} style={{ marginBottom: 12 }}>
        {t('召集会议', 'Call a meeting')}
      </Button>
      <ErrorAlert error={act.error} />
      <List
        dataSource={alliance.meetings}
        renderItem={(m) => (
          <Card
            size="small"
            style={{ marginBottom: 12 }}
            title={
              <Space>
                <span>{m.topic}</span>
                <Tag>{MEETING_MODE_LABELS[m.mode][locale]}</Tag>
                <StatusTag status={m.status} labels={MEETING_STATUS} locale={locale} colors={STATUS_COLORS} />
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
                        typed.post(
                          '/alliances/{id}/meetings/{meetingId}/cancel',
                          { reason: t('改期', 'Postponed') },
                          { params: { id: alliance.id, meetingId: m.id } },
                        ),
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
                {m.decisions.map((d) => (
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
                          act.run(() =>
                            typed.post(
                              '/alliances/{id}/decisions/{decisionId}/done',
                              {},
                              {
                                params: { id: alliance.id, decisionId: d.id },
                              },
                            ),
                          )
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
      <FormDialog
        open={calling}
        title={t('召集联席会议', 'Call a meeting')}
        form={form}
        submit={call}
        onCancel={() => setCalling(false)}
        initialValues={{ mode: 'offline', date: daysFromToday(7), time: '15:00' }}
        onValues={async (v) => {
          const heldAt = new Date(`${v.date}T${v.time}:00+08:00`).toISOString();
          const agenda = v.agenda
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean);
          await call.run(() =>
            typed.post(
              '/alliances/{id}/meetings',
              { heldAt, mode: v.mode, location: v.location || null, topic: v.topic, agenda },
              { params: { id: alliance.id } },
            ),
          );
        }}
      >
        <Form.Item<MeetingFields> name="topic" label={t('议题', 'Topic')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Space>
          <Form.Item<MeetingFields> name="date" label={t('日期', 'Date')} rules={[{ required: true }]}>
            <DateInput />
          </Form.Item>
          <Form.Item<MeetingFields> name="time" label={t('时间', 'Time')} rules={[{ required: true }]}>
            <Input type="time" />
          </Form.Item>
        </Space>
        <Form.Item<MeetingFields> name="mode" label={t('方式', 'Mode')}>
          <Radio.Group options={optionsOf(MEETING_MODE_LABELS, locale)} optionType="button" />
        </Form.Item>
        <Form.Item<MeetingFields>
          name="location"
          label={mode === 'online' ? t('线上平台', 'Online channel') : t('地点', 'Place')}
          rules={[{ required: mode !== 'online' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item<MeetingFields>
          name="agenda"
          label={t('议程（每行一项）', 'Agenda (one item a line)')}
          rules={[{ required: true }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormDialog>
      <FormDialog
        open={!!recording}
        title={`${t('记录会议', 'Record the meeting')} · ${recording?.topic ?? ''}`}
        form={minutesForm}
        submit={record}
        onCancel={() => setRecording(null)}
        width={640}
        onValues={async (v) => {
          if (!v || !recording) return;
          const decisions = (v.decisions ?? '')
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean)
            .map((content) => ({ content, ownerUnitId: v.ownerUnitId ?? null, dueOn: v.dueOn || null }));
          await record.run(() =>
            typed.post(
              '/alliances/{id}/meetings/{meetingId}/record',
              { attendeeIds: v.attendeeIds ?? [], minutes: v.minutes, decisions },
              { params: { id: alliance.id, meetingId: recording.id } },
            ),
          );
        }}
      >
        <Form.Item<RecordFields> name="attendeeIds" label={t('出席单位', 'Units present')}>
          <Checkbox.Group options={active.map((u) => ({ value: u.id, label: u.unitName }))} />
        </Form.Item>
        <Form.Item<RecordFields> name="minutes" label={t('会议纪要', 'Minutes')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item<RecordFields> name="decisions" label={t('议定事项（每行一项）', 'Decisions (one a line)')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Space>
          <Form.Item<RecordFields> name="ownerUnitId" label={t('牵头单位', 'Lead unit')}>
            <UnitSelect cityApi={cityApi} />
          </Form.Item>
          <Form.Item<RecordFields> name="dueOn" label={t('完成期限', 'Due')}>
            <DateInput />
          </Form.Item>
        </Space>
      </FormDialog>
    </>
  );
}
