import {
  type ApiClient,
  Chart,
  ErrorAlert,
  formatRatio,
  type PluginPageProps,
  Section,
  useApiData,
  validValues,
} from '@jiceng/ui';
import {
  Alert,
  Button,
  Checkbox,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import {
  DEMAND_CATEGORY_LABELS,
  DEMAND_SOURCE_LABELS,
  DEMAND_STATUS_LABELS,
  LEDGER_LABELS,
  LEDGERS,
  SATISFACTION_LABELS,
} from '../shared/terms';
import {
  DateInput,
  dateTime,
  GridSelect,
  lbl,
  type Locale,
  localDay,
  options,
  StatusTag,
  tr,
  UnitSelect,
} from './common';

interface Demand {
  id: number;
  gridOrgId: number;
  gridName: string;
  communityName: string | null;
  ledger: string;
  status: string;
  category: string;
  source: string;
  residentName: string;
  residentPhone: string | null;
  address: string | null;
  content: string;
  deadline: string | null;
  overdue: boolean;
  daysOverdue: number;
  closedOnTime: boolean | null;
  assigneeUnitName: string | null;
  assigneeDepartment: string | null;
  agentName: string | null;
  studioName: string | null;
  receivedAt: string;
  closedAt: string | null;
  reply: string | null;
  satisfaction: string | null;
  reopenCount: number;
  events?: {
    id: number;
    at: string;
    action: string;
    toStatus: string | null;
    note: string | null;
    actor: string | null;
  }[];
}

const ACTION_LABELS = {
  record: { 'zh-CN': '登记', en: 'Recorded' },
  classify: { 'zh-CN': '改类', en: 'Reclassified' },
  assign: { 'zh-CN': '交办', en: 'Assigned' },
  start: { 'zh-CN': '开始办理', en: 'Started' },
  note: { 'zh-CN': '办理情况', en: 'Progress note' },
  escalate: { 'zh-CN': '提交党代表工作室', en: 'Escalated to studio' },
  close: { 'zh-CN': '销号', en: 'Closed' },
  reopen: { 'zh-CN': '重新打开', en: 'Reopened' },
};

export default function DemandsPage(props: PluginPageProps) {
  const t = useMemo(() => tr(props.locale), [props.locale]);
  return (
    <Section title={t('群众诉求五类台账', 'Resident demands: the five ledgers')}>
      <Tabs
        items={[
          { key: 'ledger', label: t('台账', 'Ledger'), children: <LedgerTab {...props} /> },
          { key: 'overdue', label: t('超期预警', 'Overdue'), children: <OverdueTab {...props} /> },
          { key: 'daily', label: t('日汇总', 'Daily summary'), children: <DailyTab {...props} /> },
          { key: 'weekly', label: t('周分析', 'Weekly analysis'), children: <WeeklyTab {...props} /> },
        ]}
      />
    </Section>
  );
}

function LedgerTab({ api, cityApi, locale }: PluginPageProps) {
  const t = useMemo(() => tr(locale), [locale]);
  const [filters, setFilters] = useState<{
    ledger?: string;
    status?: string;
    overdue?: boolean;
    orgId?: number | null;
    q?: string;
  }>({ status: 'open' });
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const query = {
    ...filters,
    overdue: filters.overdue ? 'true' : undefined,
    orgId: filters.orgId ?? undefined,
    page,
    pageSize: 20,
  };
  const { data, error, loading, reload } = useApiData(
    () => api.get<{ items: Demand[]; total: number }>('/demands', query),
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
          options={options(LEDGER_LABELS, locale)}
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
            ...options(DEMAND_STATUS_LABELS, locale),
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
      <Table<any>
        data-testid="demand-table"
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        onRow={(r) =>
          ({
            onClick: () => setOpenId(r.id),
            style: { cursor: 'pointer' },
            'data-testid': `demand-row-${r.id}`,
          }) as any
        }
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
            render: (v) => <Tag>{lbl(LEDGER_LABELS, v, locale)}</Tag>,
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
            render: (v) => <StatusTag status={v} labels={DEMAND_STATUS_LABELS} locale={locale} />,
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
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const ledger = Form.useWatch('ledger', form);
  async function submit() {
    const v = await validValues(form);
    if (!v) return;
    setSaving(true);
    setError(undefined);
    try {
      const created = await api.post<Demand>('/demands', {
        ...v,
        deadline: v.deadline || null,
        residentPhone: v.residentPhone || null,
      });
      form.resetFields();
      onClose(created.id);
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  }
  return (
    <Modal
      open={open}
      title={t('登记群众诉求', 'Record a resident demand')}
      onCancel={() => onClose()}
      onOk={submit}
      okText={t('登记', 'Record')}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'demand-submit' }}
      destroyOnHidden
      width={640}
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ ledger: 'immediate', category: 'environment', source: 'grid_patrol' }}
      >
        <Form.Item name="gridOrgId" label={t('网格', 'Grid')} rules={[{ required: true }]}>
          <GridSelect api={api} testId="demand-grid" />
        </Form.Item>
        <Space.Compact block>
          <Form.Item
            name="residentName"
            label={t('居民姓名', 'Resident')}
            rules={[{ required: true }]}
            style={{ flex: 1 }}
          >
            <Input data-testid="demand-resident" />
          </Form.Item>
          <Form.Item name="residentPhone" label={t('联系电话', 'Phone')} style={{ flex: 1 }}>
            <Input data-testid="demand-phone" />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="content" label={t('诉求内容', 'Demand')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea data-testid="demand-content" rows={3} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="category" label={t('类别', 'Category')}>
            <Select
              data-testid="demand-category"
              style={{ width: 180 }}
              options={options(DEMAND_CATEGORY_LABELS, locale)}
            />
          </Form.Item>
          <Form.Item name="source" label={t('来源', 'Source')}>
            <Select style={{ width: 160 }} options={options(DEMAND_SOURCE_LABELS, locale)} />
          </Form.Item>
        </Space>
        <Form.Item name="ledger" label={t('台账类型', 'Ledger')}>
          <Radio.Group
            data-testid="demand-ledger"
            options={options(LEDGER_LABELS, locale)}
            optionType="button"
          />
        </Form.Item>
        {ledger === 'time_limited' && (
          <Form.Item
            name="deadline"
            label={t('办结时限', 'Deadline')}
            rules={[
              { required: true, message: t('限时件需要截止日期', 'A time-limited item needs a deadline') },
            ]}
          >
            <DateInput testId="demand-deadline" min={localDay()} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

type ActionKind = 'assign' | 'start' | 'note' | 'escalate' | 'close' | 'reopen' | 'classify';

function DemandDrawer({
  api,
  cityApi,
  locale,
  id,
  onClose,
  onChanged,
}: {
  api: ApiClient;
  cityApi: ApiClient;
  locale: Locale;
  id: number | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const {
    data: d,
    error,
    reload,
  } = useApiData(() => (id ? api.get<Demand>(`/demands/${id}`) : Promise.resolve(undefined)), [api, id]);
  const [action, setAction] = useState<ActionKind | null>(null);
  const open = d && d.status !== 'closed';
  const buttons: [ActionKind, string, boolean][] = d
    ? [
        [
          'assign',
          d.ledger === 'proxy' ? t('指定代办人', 'Name an agent') : t('交办', 'Assign'),
          !!open && d.ledger !== 'immediate',
        ],
        ['start', t('开始办理', 'Start'), !!open && d.status !== 'in_progress'],
        ['note', t('办理情况', 'Add a note'), !!open],
        ['escalate', t('提交党代表工作室', 'Escalate to studio'), !!open && !d.studioName],
        ['classify', t('改类', 'Reclassify'), !!open],
        ['close', t('销号', 'Close'), !!open],
        ['reopen', t('重新打开', 'Reopen'), d.status === 'closed'],
      ]
    : [];
  return (
    <Drawer
      open={id != null}
      onClose={onClose}
      size="large"
      title={d ? `${t('诉求', 'Demand')} #${d.id}` : ''}
      data-testid="demand-drawer"
    >
      <ErrorAlert error={error} />
      {d && (
        <>
          {d.overdue && (
            <Alert
              type="error"
              showIcon
              title={`${t('已超期', 'Overdue by')} ${d.daysOverdue} ${t('天', 'days')}`}
              style={{ marginBottom: 12 }}
            />
          )}
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('状态', 'State')}>
              <span data-testid="demand-status">
                <StatusTag status={d.status} labels={DEMAND_STATUS_LABELS} locale={locale} />
              </span>
              {d.reopenCount > 0 && (
                <Tag color="orange">
                  {t('重办', 'reopened')} ×{d.reopenCount}
                </Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('台账', 'Ledger')}>
              {lbl(LEDGER_LABELS, d.ledger, locale)}
            </Descriptions.Item>
            <Descriptions.Item label={t('网格', 'Grid')}>{d.gridName}</Descriptions.Item>
            <Descriptions.Item
              label={t('居民', 'Resident')}
            >{`${d.residentName} ${d.residentPhone ?? ''}`}</Descriptions.Item>
            <Descriptions.Item label={t('诉求', 'Demand')}>{d.content}</Descriptions.Item>
            <Descriptions.Item
              label={t('类别 / 来源', 'Category / source')}
            >{`${lbl(DEMAND_CATEGORY_LABELS, d.category, locale)} / ${lbl(DEMAND_SOURCE_LABELS, d.source, locale)}`}</Descriptions.Item>
            {d.deadline && (
              <Descriptions.Item label={t('截止日期', 'Deadline')}>
                {d.deadline}
                {d.closedOnTime != null &&
                  ` · ${d.closedOnTime ? t('按期办结', 'closed on time') : t('逾期办结', 'closed late')}`}
              </Descriptions.Item>
            )}
            {(d.assigneeUnitName || d.assigneeDepartment) && (
              <Descriptions.Item label={t('承办', 'Assigned to')}>
                {d.assigneeUnitName ?? d.assigneeDepartment}
              </Descriptions.Item>
            )}
            {d.agentName && <Descriptions.Item label={t('代办人', 'Agent')}>{d.agentName}</Descriptions.Item>}
            {d.studioName && (
              <Descriptions.Item label={t('党代表工作室', 'Studio')}>{d.studioName}</Descriptions.Item>
            )}
            {d.reply && (
              <Descriptions.Item label={t('答复居民', 'Reply')}>
                <span data-testid="demand-reply">{d.reply}</span>{' '}
                {d.satisfaction && <Tag>{lbl(SATISFACTION_LABELS, d.satisfaction, locale)}</Tag>}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Space wrap style={{ margin: '16px 0' }}>
            {buttons
              .filter(([, , show]) => show)
              .map(([kind, label]) => (
                <Button
                  key={kind}
                  data-testid={`demand-${kind}`}
                  type={kind === 'close' ? 'primary' : 'default'}
                  onClick={() => setAction(kind)}
                >
                  {label}
                </Button>
              ))}
          </Space>
          <Typography.Title level={5}>{t('办理过程', 'History')}</Typography.Title>
          <Timeline
            items={(d.events ?? []).map((e) => ({
              key: e.id,
              color:
                e.action === 'close'
                  ? 'green'
                  : e.action === 'reopen' || e.action === 'escalate'
                    ? 'red'
                    : 'blue',
              title: dateTime(e.at),
              content: (
                <>
                  <b>{lbl(ACTION_LABELS, e.action, locale)}</b>
                  {e.actor ? ` · ${e.actor}` : ''}
                  {e.note && <div>{e.note}</div>}
                </>
              ),
            }))}
          />
          <ActionModal
            api={api}
            cityApi={cityApi}
            locale={locale}
            demand={d}
            kind={action}
            onClose={(changed) => {
              setAction(null);
              if (changed) {
                reload();
                onChanged();
              }
            }}
          />
        </>
      )}
    </Drawer>
  );
}

function ActionModal({
  api,
  cityApi,
  locale,
  demand,
  kind,
  onClose,
}: {
  api: ApiClient;
  cityApi: ApiClient;
  locale: Locale;
  demand: Demand;
  kind: ActionKind | null;
  onClose: (changed: boolean) => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const { data: studios } = useApiData(
    () =>
      kind === 'escalate'
        ? api.get<{ items: { id: number; name: string }[] }>('/studios')
        : Promise.resolve(undefined),
    [api, kind],
  );
  const titles: Record<ActionKind, string> = {
    assign:
      demand.ledger === 'proxy'
        ? t('指定代办人', 'Name the agent')
        : t('交办承办部门或单位', 'Assign to a department or unit'),
    start: t('开始办理', 'Start handling'),
    note: t('记录办理情况', 'Add a progress note'),
    escalate: t('提交党代表工作室协调', 'Escalate to a party-representative studio'),
    close: t('销号并答复居民', 'Close with a reply to the resident'),
    reopen: t('重新打开', 'Reopen'),
    classify: t('调整台账类型', 'Move to another ledger'),
  };
  async function submit() {
    if (!kind) return;
    const v = await validValues(form);
    if (!v) return;
    const body = { ...v };
    for (const k of Object.keys(body)) if (body[k] === '' || body[k] === undefined) delete body[k];
    setSaving(true);
    setError(undefined);
    try {
      await api.post(`/demands/${demand.id}/${kind === 'note' ? 'notes' : kind}`, body);
      form.resetFields();
      onClose(true);
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  }
  return (
    <Modal
      open={kind != null}
      title={kind ? titles[kind] : ''}
      onCancel={() => onClose(false)}
      onOk={submit}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': `${kind}-submit` }}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical">
        {kind === 'assign' && demand.ledger === 'proxy' && (
          <Form.Item name="agentName" label={t('代办人', 'Agent')} rules={[{ required: true }]}>
            <Input data-testid="assign-agent" />
          </Form.Item>
        )}
        {kind === 'assign' && demand.ledger !== 'proxy' && (
          <>
            <Form.Item name="department" label={t('承办部门', 'Department')}>
              <Input
                data-testid="assign-department"
                placeholder={t('如：街道城管科', 'e.g. street city-management office')}
              />
            </Form.Item>
            <Form.Item name="unitId" label={t('或承办单位', 'Or a unit')}>
              <UnitSelect cityApi={cityApi} testId="assign-unit" />
            </Form.Item>
            {!demand.deadline && (
              <Form.Item name="deadline" label={t('办结时限（可选）', 'Deadline (optional)')}>
                <DateInput />
              </Form.Item>
            )}
          </>
        )}
        {(kind === 'start' || kind === 'assign') && (
          <Form.Item name="note" label={t('备注', 'Note')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        {kind === 'note' && (
          <Form.Item name="note" label={t('办理情况', 'Progress')} rules={[{ required: true }]}>
            <Input.TextArea data-testid="note-text" rows={3} />
          </Form.Item>
        )}
        {kind === 'escalate' && (
          <>
            <Form.Item name="studioId" label={t('党代表工作室', 'Studio')} rules={[{ required: true }]}>
              <Select
                data-testid="escalate-studio"
                options={(studios?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
              />
            </Form.Item>
            <Form.Item name="note" label={t('需协调的问题', 'What needs help')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
        {kind === 'classify' && (
          <>
            <Form.Item name="ledger" label={t('台账类型', 'Ledger')} rules={[{ required: true }]}>
              <Select options={options(LEDGER_LABELS, locale).filter((o) => o.value !== demand.ledger)} />
            </Form.Item>
            {!demand.deadline && (
              <Form.Item
                name="deadline"
                label={t('截止日期（限时件必填）', 'Deadline (required for time-limited)')}
              >
                <DateInput />
              </Form.Item>
            )}
          </>
        )}
        {kind === 'close' && (
          <>
            <Form.Item
              name="reply"
              label={t('答复居民', 'Reply to the resident')}
              rules={[{ required: true, min: 2, message: t('销号需要答复居民', 'Closing needs a reply') }]}
            >
              <Input.TextArea data-testid="close-reply" rows={3} />
            </Form.Item>
            <Form.Item name="satisfaction" label={t('居民满意度', 'Resident satisfaction')}>
              <Radio.Group options={options(SATISFACTION_LABELS, locale)} />
            </Form.Item>
          </>
        )}
        {kind === 'reopen' && (
          <Form.Item
            name="reason"
            label={t('重新打开的原因', 'Why reopen')}
            rules={[{ required: true, min: 2, message: t('重新打开需要原因', 'A reason is required') }]}
          >
            <Input.TextArea data-testid="reopen-reason" rows={3} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function OverdueTab({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const { data, error, loading } = useApiData(
    () => api.get<{ asOf: string; total: number; items: Demand[] }>('/demands/overdue'),
    [api],
  );
  return (
    <>
      <ErrorAlert error={error} />
      <Typography.Paragraph>
        {t('截至', 'As of')} {data?.asOf}：{t('共', '')} <b data-testid="overdue-total">{data?.total ?? 0}</b>{' '}
        {t('件超期未办结', 'open items past their deadline')}
      </Typography.Paragraph>
      <Table<any>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        columns={[
          { title: t('网格', 'Grid'), dataIndex: 'gridName' },
          { title: t('台账', 'Ledger'), dataIndex: 'ledger', render: (v) => lbl(LEDGER_LABELS, v, locale) },
          { title: t('诉求', 'Demand'), dataIndex: 'content', ellipsis: true },
          {
            title: t('承办 / 代办', 'Handled by'),
            render: (_, r) => r.assigneeUnitName ?? r.assigneeDepartment ?? r.agentName ?? '',
          },
          { title: t('截止日期', 'Deadline'), dataIndex: 'deadline' },
          {
            title: t('超期天数', 'Days overdue'),
            dataIndex: 'daysOverdue',
            render: (v) => <Tag color="error">{v}</Tag>,
          },
        ]}
      />
    </>
  );
}

const LEVELS = (t: (zh: string, en: string) => string) => [
  { value: 'street', label: t('街道', 'Street') },
  { value: 'community', label: t('社区', 'Community') },
  { value: 'grid', label: t('网格', 'Grid') },
];

interface SummaryRow {
  orgId: number;
  name: string;
  grids: number;
  received: number;
  closed: number;
  open: number;
  overdue: number;
  due: number;
  onTime: number;
  onTimeRate: number | null;
  averageCloseDays: number | null;
}

function summaryColumns(t: (zh: string, en: string) => string, weekly: boolean) {
  return [
    { title: t('单位', 'Org'), dataIndex: 'name' },
    { title: t('网格数', 'Grids'), dataIndex: 'grids', align: 'right' as const },
    {
      title: t('受理', 'Received'),
      dataIndex: 'received',
      align: 'right' as const,
      sorter: (a: SummaryRow, b: SummaryRow) => a.received - b.received,
    },
    { title: t('销号', 'Closed'), dataIndex: 'closed', align: 'right' as const },
    { title: t('在办', 'Open'), dataIndex: 'open', align: 'right' as const },
    {
      title: t('超期', 'Overdue'),
      dataIndex: 'overdue',
      align: 'right' as const,
      render: (v: number) => (v ? <Tag color="error">{v}</Tag> : 0),
      sorter: (a: SummaryRow, b: SummaryRow) => a.overdue - b.overdue,
    },
    ...(weekly
      ? [
          {
            title: t('限时件按期率', 'On time'),
            dataIndex: 'onTimeRate',
            align: 'right' as const,
            render: (v: number | null) => formatRatio(v),
          },
          { title: t('平均办结天数', 'Avg days'), dataIndex: 'averageCloseDays', align: 'right' as const },
        ]
      : []),
  ];
}

function DailyTab({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const [date, setDate] = useState(localDay());
  const [level, setLevel] = useState('community');
  const { data, error, loading } = useApiData(
    () =>
      api.get<{
        date: string;
        rows: SummaryRow[];
        totals: SummaryRow;
        byCategory: { category: string; received: number }[];
      }>('/demands/daily', { date, level }),
    [api, date, level],
  );
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <DateInput testId="daily-date" value={date} onChange={(d) => d && setDate(d)} />
        <Radio.Group
          optionType="button"
          value={level}
          onChange={(e) => setLevel(e.target.value)}
          options={LEVELS(t)}
        />
      </Space>
      <ErrorAlert error={error} />
      {data && (
        <Typography.Paragraph data-testid="daily-totals">
          {t('当日受理', 'Received')} {data.totals.received} · {t('当日销号', 'closed')} {data.totals.closed}{' '}
          · {t('在办', 'open')} {data.totals.open} · {t('超期', 'overdue')} {data.totals.overdue}
          {data.byCategory.length > 0 &&
            ` · ${t('主要问题', 'top issues')}: ${data.byCategory
              .slice(0, 3)
              .map((c) => `${lbl(DEMAND_CATEGORY_LABELS, c.category, locale)} ${c.received}`)
              .join('，')}`}
        </Typography.Paragraph>
      )}
      <Table
        rowKey="orgId"
        size="small"
        loading={loading}
        dataSource={data?.rows ?? []}
        columns={summaryColumns(t, false)}
        pagination={{ pageSize: 20 }}
      />
    </>
  );
}

function WeeklyTab({ api, locale }: PluginPageProps) {
  const t = useMemo(() => tr(locale), [locale]);
  const [weekOf, setWeekOf] = useState(localDay());
  const [level, setLevel] = useState('community');
  const { data, error, loading } = useApiData(
    () =>
      api.get<{
        from: string;
        to: string;
        rows: SummaryRow[];
        totals: SummaryRow;
        previous: { received: number; closed: number };
        byLedger: { ledger: string; received: number; closed: number }[];
        byCategory: { category: string; received: number }[];
        perDay: { date: string; received: number }[];
        attention: SummaryRow[];
      }>('/demands/weekly', { weekOf, level }),
    [api, weekOf, level],
  );
  const chart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 32, bottom: 28 },
      xAxis: { type: 'category' as const, data: LEDGERS.map((l) => LEDGER_LABELS[l][locale]) },
      yAxis: { type: 'value' as const },
      series: [
        {
          name: t('受理', 'Received'),
          type: 'bar' as const,
          data: LEDGERS.map((l) => data?.byLedger.find((b) => b.ledger === l)?.received ?? 0),
        },
        {
          name: t('已销号', 'Closed'),
          type: 'bar' as const,
          data: LEDGERS.map((l) => data?.byLedger.find((b) => b.ledger === l)?.closed ?? 0),
        },
      ],
    }),
    [data, locale, t],
  );
  const change = data ? data.totals.received - data.previous.received : 0;
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <DateInput testId="weekly-date" value={weekOf} onChange={(d) => d && setWeekOf(d)} />
        <Radio.Group
          optionType="button"
          value={level}
          onChange={(e) => setLevel(e.target.value)}
          options={LEVELS(t)}
        />
      </Space>
      <ErrorAlert error={error} />
      {data && (
        <Typography.Paragraph data-testid="weekly-totals">
          {data.from} ~ {data.to}：{t('受理', 'received')} {data.totals.received}（
          {t('较上周', 'vs last week')} {change >= 0 ? '+' : ''}
          {change}），{t('销号', 'closed')} {data.totals.closed}，
          {t('限时件按期办结率', 'time-limited on time')} {formatRatio(data.totals.onTimeRate)}，
          {t('周末超期', 'overdue at week end')} {data.totals.overdue}
          {data.attention.length > 0 &&
            `；${t('重点关注', 'needs attention')}：${data.attention
              .slice(0, 5)
              .map((a) => `${a.name}(${a.overdue})`)
              .join('、')}`}
        </Typography.Paragraph>
      )}
      <Chart option={chart} height={260} testId="chart-weekly" />
      <Table
        rowKey="orgId"
        size="small"
        loading={loading}
        dataSource={data?.rows ?? []}
        columns={summaryColumns(t, true)}
        pagination={{ pageSize: 20 }}
      />
    </>
  );
}
