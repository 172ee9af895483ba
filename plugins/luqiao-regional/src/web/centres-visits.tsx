import { attempt, label, optionsOf, type PluginPageProps, tr, useApiData, validValues } from '@jiceng/ui';
import { Alert, Button, Form, Input, InputNumber, Modal, Select, Space, Switch, Tag } from 'antd';
import { useState } from 'react';
import { SERVICES } from '../shared/model';
import { type ItemOf, type StatusQuery, typedApi } from './common';
import { ReviewTable } from './review-table';

type Visit = ItemOf<'/centres/{id}/visits'>;

export function Visits({
  api,
  locale,
  centre,
  onChanged,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  centre: Pick<ItemOf<'/centres'>, 'id' | 'name'>;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const [status, setStatus] = useState<StatusQuery<'/centres/{id}/visits'>>('all');
  const [page, setPage] = useState(1);
  const [recording, setRecording] = useState(false);
  const visits = useApiData(
    () =>
      typedApi(api).get('/centres/{id}/visits', {
        params: { id: centre.id },
        query: { status, page, pageSize: 10 },
      }),
    [api, centre.id, status, page],
  );
  const changed = () => {
    visits.reload();
    onChanged();
  };
  return (
    <ReviewTable<Visit, StatusQuery<'/centres/{id}/visits'>>
      title={t(`${centre.name} · 来访接待`, `${centre.name} · visits`)}
      filter={{
        value: status,
        onChange: (v) => {
          setStatus(v);
          setPage(1);
        },
        options: [
          { value: 'all', label: t('全部', 'All') },
          { value: 'open', label: t('在办', 'Open') },
          { value: 'overdue', label: t('超期', 'Overdue') },
          { value: 'late', label: t('逾期办结', 'Closed late') },
          { value: 'completed', label: t('已办结', 'Done') },
        ],
      }}
      extra={
        <Button type="primary" onClick={() => setRecording(true)} data-testid="record-visit">
          {t('登记来访', 'Record a visit')}
        </Button>
      }
      testId="visits"
      rows={visits.data?.items}
      loading={visits.loading}
      paging={{ page, pageSize: 10, total: visits.data?.total ?? 0, onChange: setPage }}
      columns={(complete) => [
        { title: t('接待日期', 'Received'), dataIndex: 'receivedOn', width: 110 },
        { title: t('来访人', 'Visitor'), dataIndex: 'visitorName' },
        {
          title: t('服务', 'Service'),
          dataIndex: 'service',
          render: (s: string) => label(SERVICES, s, locale),
        },
        { title: t('事项', 'Subject'), dataIndex: 'subject' },
        { title: t('首问责任人', 'First responder'), dataIndex: 'firstResponder' },
        {
          title: t('办结期限', 'Due'),
          dataIndex: 'dueOn',
          render: (d: string | null) => d ?? t('当场办结', 'on the spot'),
        },
        {
          title: t('状态', 'Status'),
          render: (_: unknown, v: Visit) =>
            v.status === 'completed' ? (
              <Tag color={v.late ? 'orange' : 'green'}>
                {v.late
                  ? t(`逾期办结 ${v.completedOn}`, `done late ${v.completedOn}`)
                  : t(`已办结 ${v.completedOn}`, `done ${v.completedOn}`)}
              </Tag>
            ) : (
              <Space>
                <Tag
                  color={v.overdue ? 'red' : 'processing'}
                  data-testid={v.overdue ? `overdue-${v.id}` : undefined}
                >
                  {v.overdue
                    ? t(`超期 ${-(v.daysLeft ?? 0)} 天`, `${-(v.daysLeft ?? 0)} d overdue`)
                    : t(`剩 ${v.daysLeft} 天`, `${v.daysLeft} d left`)}
                </Tag>
                <Button size="small" onClick={() => complete(v)} data-testid={`complete-${v.id}`}>
                  {t('办结', 'Complete')}
                </Button>
              </Space>
            ),
        },
      ]}
      dialog={(visit, close) => (
        <CompleteVisit
          api={api}
          locale={locale}
          visit={visit}
          onClose={close}
          onDone={() => {
            close();
            changed();
          }}
        />
      )}
    >
      {recording && (
        <RecordVisit
          api={api}
          locale={locale}
          centreId={centre.id}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            changed();
          }}
        />
      )}
    </ReviewTable>
  );
}

export function RecordVisit({
  api,
  locale,
  centreId,
  onClose,
  onDone,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  centreId: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [limited, setLimited] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    const body = {
      ...v,
      timeLimited: limited,
      timeLimitDays: limited ? (v.timeLimitDays ?? undefined) : undefined,
      result: limited ? undefined : v.result,
    };
    const r = await attempt(
      () => typedApi(api).post('/centres/{id}/visits', body, { params: { id: centreId } }),
      {
        onError: (m) => setError(m),
      },
    );
    if (r) onDone();
  };
  return (
    <Modal
      open
      title={t('登记来访（首问责任）', 'Record a visit (first responder)')}
      onCancel={onClose}
      onOk={submit}
      okButtonProps={{ 'data-testid': 'visit-submit' }}
      destroyOnHidden
    >
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="visit-error" />
      )}
      <Form form={form} layout="vertical" initialValues={{ service: 'policy_consultation' }}>
        <Form.Item name="service" label={t('服务事项', 'Service')}>
          <Select options={optionsOf(SERVICES, locale)} />
        </Form.Item>
        <Form.Item
          name="visitorName"
          label={t('来访人', 'Visitor')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input data-testid="visit-visitor" />
        </Form.Item>
        <Form.Item
          name="subject"
          label={t('诉求内容', 'Subject')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input data-testid="visit-subject" />
        </Form.Item>
        <Form.Item
          name="firstResponder"
          label={t('首问责任人', 'First responder')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input data-testid="visit-responder" />
        </Form.Item>
        <Form.Item
          name="referredTo"
          label={t('转办单位(首问人仍负责跟踪)', 'Referred to (the first responder still follows it)')}
        >
          <Input />
        </Form.Item>
        <Form.Item label={t('限时办结', 'Time-limited')}>
          <Switch checked={limited} onChange={setLimited} data-testid="visit-limited" />
        </Form.Item>
        {limited ? (
          <Form.Item
            name="timeLimitDays"
            label={t('办结时限(天，默认按配置)', 'Days allowed (default from config)')}
          >
            <InputNumber min={0} max={365} />
          </Form.Item>
        ) : (
          <Form.Item
            name="result"
            label={t('当场办理结果', 'Answered on the spot')}
            rules={[{ required: true, message: t('必填', 'Required') }]}
          >
            <Input />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

export function CompleteVisit({
  api,
  locale,
  visit,
  onClose,
  onDone,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  visit: Pick<Visit, 'id' | 'subject'>;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = tr(locale);
  const [result, setResult] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open
      title={t(`办结：${visit.subject}`, `Complete: ${visit.subject}`)}
      onCancel={onClose}
      okButtonProps={{ disabled: !result.trim() }}
      onOk={async () => {
        const complete = () =>
          typedApi(api).post(
            '/visits/{id}/complete',
            { result: result.trim() },
            { params: { id: visit.id } },
          );
        const r = await attempt(complete, {
          onError: (m) => setError(m),
        });
        if (r) onDone();
      }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Input.TextArea
        aria-label={t('办理结果', 'Result')}
        rows={3}
        value={result}
        onChange={(e) => setResult(e.target.value)}
        placeholder={t('办理结果', 'Result')}
      />
    </Modal>
  );
}
