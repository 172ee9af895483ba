import {
  type ApiClient,
  type BodyOf,
  chinaDay,
  ErrorAlert,
  type Locale,
  label,
  optionsOf,
  type PluginPageProps,
  type QueryOf,
  StatusTag,
  tr,
  typedClient,
  useApiData,
  useSubmit,
  validValues,
} from '@jiceng/ui';
import { Button, Checkbox, Form, Input, Modal, Radio, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import {
  DEMAND_CATEGORY_LABELS,
  DEMAND_SOURCE_LABELS,
  DEMAND_STATUS_LABELS,
  LEDGER_LABELS,
} from '../../shared/terms';
import type { paths } from '../api.generated';
import { DateInput, dateTime, GridSelect, STATUS_COLORS } from '../common';
import { DemandDrawer } from './demand-drawer';
import type { Demand } from './types';

type DemandQuery = QueryOf<paths, '/demands'>;
type NewDemand = BodyOf<paths, '/demands', 'post'>;

export function LedgerTab({ api, cityApi, locale }: PluginPageProps) {
  const t = useMemo(() => tr(locale), [locale]);
  const typed = typedClient<paths>(api);
  const [filters, setFilters] = useState<{
    ledger?: DemandQuery['ledger'];
    status?: DemandQuery['status'];
    overdue?: boolean;
    orgId?: number | null;
    q?: string;
  }>({ status: 'open' });
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const query = {
    ...filters,
    overdue: filters.overdue ? ('true' as const) : undefined,
    orgId: filters.orgId ?? undefined,
    page,
    pageSize: 20,
  };
  const { data, error, loading, reload } = useApiData(
    () => typed.get('/demands', { query }),
    [api, JSON.stringify(query)],
  );
  const set = (patch: Partial<typeof filters>) => {
    setFilters({ ...filters, ...patch });
    setPage(1);
  };
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" data-testid="demand-new" onClick={() => setCreating(true)}>
          {t('登记诉求', 'Record a demand')}
        </Button>
        <Select
          aria-label={t('台账类型', 'Ledger')}
          data-testid="filter-ledger"
          allowClear
          placeholder={t('台账类型', 'Ledger')}
          style={{ width: 140 }}
          value={filters.ledger}
          onChange={(ledger) => set({ ledger })}
          options={optionsOf(LEDGER_LABELS, locale)}
        />
        <Select
          aria-label={t('状态', 'State')}
          data-testid="filter-status"
          allowClear
          placeholder={t('状态', 'State')}
          style={{ width: 130 }}
          value={filters.status}
          onChange={(status) => set({ status })}
          options={[
            { value: 'open', label: t('未销号', 'Not closed') },
            ...optionsOf(DEMAND_STATUS_LABELS, locale),
          ]}
        />
        <GridSelect
          api={api}
          allowClear
          placeholder={t('网格', 'Grid')}
          value={filters.orgId}
          onChange={(orgId) => set({ orgId })}
        />
        <Checkbox
          data-testid="filter-overdue"
          checked={!!filters.overdue}
          onChange={(e) => set({ overdue: e.target.checked })}
        >
          {t('仅超期', 'Overdue only')}
        </Checkbox>
        <Input.Search
          aria-label={t('诉求内容或居民', 'Content or resident')}
          data-testid="filter-q"
          allowClear
          placeholder={t('诉求内容或居民', 'Content or resident')}
          onSearch={(q) => set({ q: q || undefined })}
          style={{ width: 220 }}
        />
      </Space>
      <ErrorAlert error={error} />
      <Table<Demand>
        data-testid="demand-table"
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        onRow={(r) => {
          const row = {
            onClick: () => setOpenId(r.id),
            style: { cursor: 'pointer' },
            'data-testid': `demand-row-${r.id}`,
          };
          return row;
        }}
        pagination={{
          current: page,
          total: data?.total ?? 0,
          pageSize: 20,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { title: t('登记时间', 'Received'), dataIndex: 'receivedAt', render: dateTime, width: 170 },
          { title: t('网格', 'Grid'), dataIndex: 'gridName' },
          {
            title: t('台账', 'Ledger'),
            dataIndex: 'ledger',
            render: (v) => <Tag>{label(LEDGER_LABELS, v, locale)}</Tag>,
          },
          { title: t('诉求', 'Demand'), dataIndex: 'content', ellipsis: true },
          { title: t('居民', 'Resident'), dataIndex: 'residentName' },
          {
            title: t('截止', 'Deadline'),
            dataIndex: 'deadline',
            render: (v, r) =>
              v ? (
                <span style={{ color: r.overdue ? '#cf1322' : undefined }}>
                  {v}
                  {r.overdue ? ` (${t('超期', 'overdue')} ${r.daysOverdue})` : ''}
                </span>
              ) : (
                ''
              ),
          },
          {
            title: t('状态', 'State'),
            dataIndex: 'status',
            render: (v) => (
              <StatusTag status={v} labels={DEMAND_STATUS_LABELS} locale={locale} colors={STATUS_COLORS} />
            ),
          },
        ]}
      />
      <NewDemandModal
        api={api}
        locale={locale}
        open={creating}
        onClose={(created) => {
          setCreating(false);
          if (created) {
            reload();
            setOpenId(created);
          }
        }}
      />
      <DemandDrawer
        api={api}
        cityApi={cityApi}
        locale={locale}
        id={openId}
        onClose={() => setOpenId(null)}
        onChanged={reload}
      />
    </>
  );
}

function NewDemandModal({
  api,
  locale,
  open,
  onClose,
}: {
  api: ApiClient;
  locale: Locale;
  open: boolean;
  onClose: (createdId?: number) => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm<NewDemand>();
  const save = useSubmit();
  const ledger = Form.useWatch('ledger', form);
  async function submit() {
    const v = await validValues(form);
    if (!v) return;
    await save.run(async () => {
      const created = await typedClient<paths>(api).post('/demands', {
        ...v,
        deadline: v.deadline || null,
        residentPhone: v.residentPhone || null,
      });
      form.resetFields();
      onClose(created.id);
    });
  }
  return (
    <Modal
      open={open}
      title={t('登记群众诉求', 'Record a resident demand')}
      onCancel={() => onClose()}
      onOk={submit}
      okText={t('登记', 'Record')}
      confirmLoading={save.busy}
      okButtonProps={{ 'data-testid': 'demand-submit' }}
      destroyOnHidden
      width={640}
    >
      <ErrorAlert error={save.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ ledger: 'immediate', category: 'environment', source: 'grid_patrol' }}
      >
        <Form.Item<NewDemand> name="gridOrgId" label={t('网格', 'Grid')} rules={[{ required: true }]}>
          <GridSelect api={api} testId="demand-grid" />
        </Form.Item>
        <Space.Compact block>
          <Form.Item<NewDemand>
            name="residentName"
            label={t('居民姓名', 'Resident')}
            rules={[{ required: true }]}
            style={{ flex: 1 }}
          >
            <Input data-testid="demand-resident" />
          </Form.Item>
          <Form.Item<NewDemand> name="residentPhone" label={t('联系电话', 'Phone')} style={{ flex: 1 }}>
            <Input data-testid="demand-phone" />
          </Form.Item>
        </Space.Compact>
        <Form.Item<NewDemand>
          name="content"
          label={t('诉求内容', 'Demand')}
          rules={[{ required: true, min: 2 }]}
        >
          <Input.TextArea data-testid="demand-content" rows={3} />
        </Form.Item>
        <Space wrap>
          <Form.Item<NewDemand> name="category" label={t('类别', 'Category')}>
            <Select
              data-testid="demand-category"
              style={{ width: 180 }}
              options={optionsOf(DEMAND_CATEGORY_LABELS, locale)}
            />
          </Form.Item>
          <Form.Item<NewDemand> name="source" label={t('来源', 'Source')}>
            <Select style={{ width: 160 }} options={optionsOf(DEMAND_SOURCE_LABELS, locale)} />
          </Form.Item>
        </Space>
        <Form.Item<NewDemand> name="ledger" label={t('台账类型', 'Ledger')}>
          <Radio.Group
            data-testid="demand-ledger"
            options={optionsOf(LEDGER_LABELS, locale)}
            optionType="button"
          />
        </Form.Item>
        {ledger === 'time_limited' && (
          <Form.Item<NewDemand>
            name="deadline"
            label={t('办结时限', 'Deadline')}
            rules={[
              { required: true, message: t('限时件需要截止日期', 'A time-limited item needs a deadline') },
            ]}
          >
            <DateInput testId="demand-deadline" min={chinaDay()} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
