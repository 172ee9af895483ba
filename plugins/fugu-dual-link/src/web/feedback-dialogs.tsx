import {
  type ApiClient,
  attempt,
  errorText,
  label,
  optionsOf,
  type ResponseOf,
  Section,
  tr,
  typedClient,
  useApiData,
  validValues,
} from '@jiceng/ui';
import { Alert, Button, Form, Input, Modal, message, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { FEEDBACK_ASPECT_LABELS, FEEDBACK_ASPECTS, FEEDBACK_RATING_LABELS } from '../shared/terms';
import type { paths } from './api.generated';

type MeetingDetail = ResponseOf<paths, '/joint-meetings/{id}'>;
type Meeting = ResponseOf<paths, '/joint-meetings'>['items'][number];

/** The year-end card dialog (年终综合评议) and the quarterly joint meetings (联席会) of the feedback page. */

export function AnnualCard({
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
    const r = await typedClient<paths>(api).get('/registrations', {
      query: { communityOrgId: communityId, side: 'community', q: q || undefined, pageSize: 50 },
    });
    setOptions(r.items.map((x) => ({ value: x.memberId, label: `${x.memberName} · ${x.unitOrgName}` })));
  };
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      const r = await typedClient<paths>(api).post('/feedback-cards', {
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

export function MeetingsSection({
  api,
  locale,
  communityId,
}: {
  api: ApiClient;
  locale: 'zh-CN' | 'en';
  communityId: number | undefined;
}) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const meetings = useApiData(
    () => typed.get('/joint-meetings', { query: { communityOrgId: communityId } }),
    [api, communityId],
  );
  const [planning, setPlanning] = useState(false);
  const [minutesFor, setMinutesFor] = useState<MeetingDetail>();
  const [form] = Form.useForm();
  const [error, setError] = useState<string>();
  const plan = async () => {
    const v = await validValues(form);
    if (!v || !communityId) return;
    try {
      await typed.post('/joint-meetings', {
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
    if (!v || !minutesFor) return;
    try {
      await typed.post(
        '/joint-meetings/{id}/minutes',
        { heldOn: v.heldOn, minutes: v.minutes, attendedOrgIds: v.attended ?? [] },
        { params: { id: minutesFor.id } },
      );
      setMinutesFor(undefined);
      meetings.reload();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const openMinutes = async (m: Meeting) => {
    const detail = await typed.get('/joint-meetings/{id}', { params: { id: m.id } });
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
            render: (_: unknown, m: Meeting) =>
              m.status === 'planned' ? (
                <Button
                  size="small"
                  onClick={() =>
                    attempt(
                      () => typed.post('/joint-meetings/{id}/send-agenda', {}, { params: { id: m.id } }),
                      {
                        ok: t('已发放会议通知和议题', 'Agenda sent'),
                      },
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
              options={(minutesFor?.units ?? []).map((u) => ({ value: u.orgId, label: u.name }))}
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
