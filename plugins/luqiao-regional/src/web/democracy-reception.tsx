import {
  attempt,
  label,
  optionsOf,
  type PluginPageProps,
  Section,
  tr,
  useApiData,
  validValues,
} from '@jiceng/ui';
import { Alert, Button, Col, Form, Input, Modal, Row, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { FOLLOW_UP_STATUSES } from '../shared/model';
import { type Answer, type ItemOf, loadRegions, typedApi } from './common';
import { ReviewTable } from './review-table';

type Day = ItemOf<'/reception-days'>;
type DayVisit = ItemOf<'/reception-days/{id}/visits'>;

export const FOLLOW_COLORS: Record<string, string> = {
  pending: 'default',
  in_progress: 'processing',
  resolved: 'green',
  explained: 'cyan',
};

export function ReceptionDays({
  api,
  locale,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
}) {
  const t = tr(locale);
  const days = useApiData(() => typedApi(api).get('/reception-days'), [api]);
  const open = useApiData(() => typedApi(api).get('/reception-visits/open'), [api]);
  const [dayId, setDayId] = useState<number | null>(null);
  const [holding, setHolding] = useState(false);
  const day = days.data?.items.find((d) => d.id === dayId);
  const visits = useApiData(
    (): Promise<Pick<Answer<'/reception-days/{id}/visits'>, 'items'>> =>
      dayId
        ? typedApi(api).get('/reception-days/{id}/visits', { params: { id: dayId } })
        : Promise.resolve({ items: [] }),
    [api, dayId],
  );
  const reload = () => {
    days.reload();
    open.reload();
    visits.reload();
  };
  const followUp = (visit: Pick<DayVisit, 'id' | 'issue'>, close: () => void) => (
    <FollowUp
      api={api}
      locale={locale}
      visit={visit}
      onClose={close}
      onDone={() => {
        close();
        reload();
      }}
    />
  );
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
            <Table<Day>
              rowKey="id"
              size="small"
              dataSource={days.data?.items ?? []}
              pagination={{ pageSize: 8 }}
              onRow={(r) => ({
                onClick: () => setDayId(r.id),
                style: { cursor: 'pointer', background: r.id === dayId ? '#fff1f0' : undefined },
              })}
              columns={[
                {
                  title: t('日期', 'Date'),
                  dataIndex: 'heldOn',
                  render: (d: string, r) =>
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
          <ReviewTable<ItemOf<'/reception-visits/open'>>
            title={t(
              `待跟进事项（${open.data?.items.length ?? 0}）`,
              `Follow-ups open (${open.data?.items.length ?? 0})`,
            )}
            rows={open.data?.items}
            paging={8}
            columns={(follow) => [
              { title: t('接待日', 'Day'), dataIndex: 'heldOn' },
              { title: t('诉求', 'Issue'), dataIndex: 'issue' },
              { title: t('党代表', 'Representative'), dataIndex: 'representative' },
              {
                title: t('期限', 'Due'),
                dataIndex: 'followUpDueOn',
                render: (d: string | null, r) =>
                  d ? <Tag color={r.overdue ? 'red' : 'default'}>{d}</Tag> : '—',
              },
              {
                title: '',
                render: (_: unknown, r) => (
                  <Button size="small" onClick={() => follow(r)}>
                    {t('跟进', 'Follow up')}
                  </Button>
                ),
              },
            ]}
            dialog={followUp}
          />
        </Col>
      </Row>
      {day && (
        <ReviewTable<DayVisit>
          title={t(`${day.heldOn} 接待记录`, `Visits on ${day.heldOn}`)}
          rows={visits.data?.items}
          paging={false}
          columns={(follow) => [
            { title: t('来访人', 'Visitor'), dataIndex: 'visitorName' },
            { title: t('诉求', 'Issue'), dataIndex: 'issue' },
            { title: t('接待党代表', 'Representative'), dataIndex: 'representative' },
            {
              title: t('跟进', 'Follow-up'),
              render: (_: unknown, r) => (
                <Tag color={FOLLOW_COLORS[r.followUpStatus]}>
                  {label(FOLLOW_UP_STATUSES, r.followUpStatus, locale)}
                </Tag>
              ),
            },
            { title: t('办理情况', 'Notes'), dataIndex: 'followUpNote' },
            {
              title: '',
              render: (_: unknown, r) =>
                !r.closedOn ? (
                  <Button size="small" onClick={() => follow(r)}>
                    {t('跟进', 'Follow up')}
                  </Button>
                ) : (
                  r.closedOn
                ),
            },
          ]}
          dialog={followUp}
        >
          <RecordReceptionVisit api={api} locale={locale} day={day} onDone={reload} />
        </ReviewTable>
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
    </>
  );
}

export function RecordReceptionVisit({
  api,
  locale,
  day,
  onDone,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  day: Pick<Day, 'id' | 'representatives'>;
  onDone: () => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const add = async () => {
    const v = await validValues(form);
    if (!v) return;
    const r = await attempt(() =>
      typedApi(api).post(
        '/reception-days/{id}/visits',
        { ...v, followUpDueOn: v.followUpDueOn || undefined },
        { params: { id: day.id } },
      ),
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
          options={day.representatives.map((r) => ({ value: r, label: r }))}
        />
      </Form.Item>
      <Form.Item name="followUpDueOn">
        <Input aria-label={t('日期', 'Date')} type="date" />
      </Form.Item>
      <Button onClick={add}>{t('登记', 'Add')}</Button>
    </Form>
  );
}

export function HoldReceptionDay({
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
        typedApi(api).post('/reception-days', {
          ...v,
          representatives,
          rescheduleReason: v.rescheduleReason || undefined,
        }),
      { onError: (m) => setError(m) },
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

export function FollowUp({
  api,
  locale,
  visit,
  onClose,
  onDone,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  visit: Pick<DayVisit, 'id' | 'issue'>;
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
      () =>
        typedApi(api).post(
          '/reception-visits/{id}/follow-up',
          { ...v, dueOn: v.dueOn || undefined },
          { params: { id: visit.id } },
        ),
      { onError: (m) => setError(m) },
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
