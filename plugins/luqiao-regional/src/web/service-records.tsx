import {
  ActionButton,
  attempt,
  chinaDay,
  type PluginPageProps,
  Section,
  StatusTag,
  tr,
  useApiData,
  validValues,
} from '@jiceng/ui';
import { Alert, Button, Form, Input, InputNumber, Space, Table } from 'antd';
import { useState } from 'react';
import { type ItemOf, type StatusQuery, typedApi } from './common';
import { ReviewTable } from './review-table';

/** 奉献双岗位 on the web: the member logs the service they gave in their region; the region's org confirms it. */

type Locale = PluginPageProps['locale'];
type Api = PluginPageProps['api'];

const STATUS_LABELS = {
  submitted: { 'zh-CN': '待确认', en: 'Awaiting confirmation' },
  confirmed: { 'zh-CN': '已确认', en: 'Confirmed' },
  rejected: { 'zh-CN': '已退回', en: 'Rejected' },
};
const STATUS_COLORS: Record<string, string> = { submitted: 'gold', confirmed: 'green', rejected: 'default' };

function ServiceStatus({ status, locale }: { status: string; locale: Locale }) {
  return <StatusTag status={status} labels={STATUS_LABELS} colors={STATUS_COLORS} locale={locale} />;
}

type ServiceRow = ItemOf<'/regions/{id}/services'>;
type ServiceFilter = StatusQuery<'/regions/{id}/services'> | 'all';

/** The member's own page: log a service under their current registration, and their records so far. */
export function MyService({
  api,
  locale,
  registration,
}: {
  api: Api;
  locale: Locale;
  registration: { id: number; regionName: string; registeredOn: string };
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const mine = useApiData(() => typedApi(api).get('/me/services'), [api]);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    setError(null);
    const r = await attempt(
      () =>
        typedApi(api).post(
          '/registrations/{id}/services',
          { servedOn: v.servedOn, hours: v.hours, content: v.content.trim() },
          { params: { id: registration.id } },
        ),
      {
        onError: (m, field) => {
          if (field && ['servedOn', 'hours', 'content'].includes(field))
            form.setFields([{ name: field, errors: [m] }]);
          else setError(m);
        },
      },
    );
    if (r) {
      form.resetFields(['hours', 'content']);
      mine.reload();
    }
  };
  return (
    <Section
      title={t('我在区域的服务（奉献双岗位）', 'My service in the region (the second post)')}
      extra={
        mine.data && (
          <span data-testid="my-service-hours">
            {t(
              `已确认 ${mine.data.confirmedHours} 小时，待确认 ${mine.data.submitted} 条`,
              `${mine.data.confirmedHours} h confirmed, ${mine.data.submitted} awaiting confirmation`,
            )}
          </span>
        )
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="inline"
        initialValues={{ servedOn: chinaDay() }}
        style={{ marginBottom: 12, rowGap: 8 }}
        data-testid="service-form"
      >
        <Form.Item
          name="servedOn"
          label={t('服务日期', 'Served on')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input type="date" min={registration.registeredOn} max={chinaDay()} />
        </Form.Item>
        <Form.Item
          name="hours"
          label={t('时长（小时）', 'Hours')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <InputNumber min={0.1} max={24} step={0.5} precision={1} data-testid="service-hours" />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('服务内容', 'What you did')}
          rules={[
            { required: true, whitespace: true, message: t('必填', 'Required') },
            { max: 200, message: t('不超过200字', 'At most 200 characters') },
          ]}
        >
          <Input style={{ minWidth: 240 }} data-testid="service-content" />
        </Form.Item>
        <Button type="primary" onClick={submit} data-testid="service-submit">
          {t('登记服务', 'Log service')}
        </Button>
      </Form>
      <Table
        rowKey="id"
        size="small"
        loading={mine.loading}
        dataSource={mine.data?.items ?? []}
        pagination={{ pageSize: 10 }}
        data-testid="my-services"
        columns={[
          { title: t('日期', 'Date'), dataIndex: 'servedOn' },
          { title: t('区域', 'Region'), dataIndex: 'regionName' },
          { title: t('时长', 'Hours'), dataIndex: 'hours' },
          { title: t('内容', 'What'), dataIndex: 'content' },
          {
            title: t('状态', 'Status'),
            dataIndex: 'status',
            render: (s: string) => <ServiceStatus status={s} locale={locale} />,
          },
        ]}
      />
    </Section>
  );
}

/** The region's org reviews its members' service: submitted records first, confirm or reject each once. */
export function RegionServiceReview({
  api,
  locale,
  regionId,
}: {
  api: Api;
  locale: Locale;
  regionId: number;
}) {
  const t = tr(locale);
  const [status, setStatus] = useState<ServiceFilter>('submitted');
  const [page, setPage] = useState(1);
  const list = useApiData(
    () =>
      typedApi(api).get('/regions/{id}/services', {
        params: { id: regionId },
        query: { status: status === 'all' ? undefined : status, page, pageSize: 15 },
      }),
    [api, regionId, status, page],
  );
  const decide = async (id: number, confirmed: boolean) => {
    const r = await attempt(() =>
      typedApi(api).post('/services/{id}/decision', { confirmed }, { params: { id } }),
    );
    if (r) list.reload();
  };
  return (
    <ReviewTable<ServiceRow, ServiceFilter>
      title={t('党员区域服务确认（奉献双岗位）', 'Members’ service in the region (the second post)')}
      filter={{
        value: status,
        onChange: (v) => {
          setStatus(v);
          setPage(1);
        },
        options: [
          { value: 'submitted', label: t('待确认', 'Awaiting') },
          { value: 'confirmed', label: t('已确认', 'Confirmed') },
          { value: 'rejected', label: t('已退回', 'Rejected') },
          { value: 'all', label: t('全部', 'All') },
        ],
      }}
      testId="service-review"
      rows={list.data?.items}
      loading={list.loading}
      paging={{ page, pageSize: 15, total: list.data?.total ?? 0, onChange: setPage }}
      columns={() => [
        { title: t('党员', 'Member'), dataIndex: 'memberName' },
        { title: t('日期', 'Date'), dataIndex: 'servedOn' },
        { title: t('时长', 'Hours'), dataIndex: 'hours' },
        { title: t('内容', 'What'), dataIndex: 'content' },
        {
          title: t('状态', 'Status'),
          dataIndex: 'status',
          render: (s: string) => <ServiceStatus status={s} locale={locale} />,
        },
        {
          title: t('操作', 'Actions'),
          key: 'a',
          render: (_: unknown, r: ServiceRow) => (
            <Space>
              <ActionButton
                size="small"
                type="primary"
                action={r.actions.decide}
                hideWhenRefused
                onClick={() => decide(r.id, true)}
                data-testid={`service-confirm-${r.id}`}
              >
                {t('确认', 'Confirm')}
              </ActionButton>
              <ActionButton
                size="small"
                danger
                action={r.actions.decide}
                hideWhenRefused
                onClick={() => decide(r.id, false)}
                data-testid={`service-reject-${r.id}`}
              >
                {t('退回', 'Reject')}
              </ActionButton>
            </Space>
          ),
        },
      ]}
    />
  );
}
