import { ActionButton, ErrorAlert, type PluginPageProps, Section, useApiData, validValues } from '@jiceng/ui';
import {
  Button,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
} from 'antd';
import { useState } from 'react';
import {
  FACILITY_KIND_LABELS,
  PROJECT_MOVES,
  PROJECT_STATUS_LABELS,
  type ProjectStatus,
  SUPPLY_CATEGORY_LABELS,
} from '../shared/terms';
import {
  DateInput,
  GridSelect,
  lbl,
  type Locale,
  localDay,
  options,
  StatusTag,
  tr,
  UnitSelect,
} from './common';

const SUPPLY_STATUS = {
  open: { 'zh-CN': '待对接', en: 'Open' },
  matched: { 'zh-CN': '已对接', en: 'Matched' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
};
const DAYS_ZH = '一二三四五六日';
const DAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

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

export default function SupplyPage(props: PluginPageProps) {
  const t = tr(props.locale);
  const admin = props.city.access !== 'self';
  return (
    <Section title={t('供需清单与资源共享', 'Supply/demand lists and shared resources')}>
      <Tabs
        items={[
          ...(admin
            ? [
                { key: 'lists', label: t('供需清单', 'Needs and offers'), children: <ListsTab {...props} /> },
                {
                  key: 'projects',
                  label: t('服务项目书', 'Service projects'),
                  children: <ProjectsTab {...props} />,
                },
              ]
            : []),
          {
            key: 'facilities',
            label: t('资源开放目录', 'Open facilities'),
            children: <FacilitiesTab {...props} />,
          },
        ]}
      />
    </Section>
  );
}

function ListsTab({ api, cityApi, locale }: PluginPageProps) {
  const t = tr(locale);
  const [side, setSide] = useState<string>('need');
  const [status, setStatus] = useState<string | undefined>('open');
  const { data, error, loading, reload } = useApiData(
    () => api.get<{ items: any[] }>('/supply', { side, status }),
    [api, side, status],
  );
  const offers = useApiData(
    () => api.get<{ items: any[] }>('/supply', { side: 'offer', status: 'open' }),
    [api, data],
  );
  const needs = useApiData(
    () => api.get<{ items: any[] }>('/supply', { side: 'need', status: 'open' }),
    [api, data],
  );
  const [listing, setListing] = useState(false);
  const [matching, setMatching] = useState<any | null>(null);
  const [form] = Form.useForm();
  const [matchForm] = Form.useForm();
  const owner = Form.useWatch('owner', form);
  const list = useSubmit(() => {
    setListing(false);
    form.resetFields();
    reload();
  });
  const match = useSubmit(() => {
    setMatching(null);
    matchForm.resetFields();
    reload();
  });
  const act = useSubmit(reload);
  // The counterpart a row can be matched with: grid need ↔ unit offer, unit need ↔ grid offer.
  const counterparts = (row: any) =>
    (row.side === 'need' ? offers.data?.items : needs.data?.items)?.filter((x) =>
      row.gridOrgId ? x.unitId : x.gridOrgId,
    ) ?? [];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Radio.Group
          optionType="button"
          value={side}
          onChange={(e) => setSide(e.target.value)}
          options={[
            { value: 'need', label: t('需求清单', 'Needs') },
            { value: 'offer', label: t('资源清单', 'Offers') },
          ]}
        />
        <Select
          aria-label={t('状态', 'State')}
          allowClear
          style={{ width: 120 }}
          value={status}
          onChange={setStatus}
          options={options(SUPPLY_STATUS, locale)}
          placeholder={t('状态', 'State')}
        />
        <Button onClick={() => setListing(true)}>{t('列入清单', 'List an entry')}</Button>
      </Space>
      <ErrorAlert error={error ?? act.error} />
      <Table<any>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          {
            title: t('提出方', 'Listed by'),
            render: (_, r) =>
              r.gridName ? <Tag color="blue">{r.gridName}</Tag> : <Tag color="purple">{r.unitName}</Tag>,
          },
          {
            title: t('类别', 'Category'),
            dataIndex: 'category',
            render: (v) => lbl(SUPPLY_CATEGORY_LABELS, v, locale),
          },
          { title: t('内容', 'What'), dataIndex: 'title' },
          { title: t('列入日期', 'Listed'), dataIndex: 'listedOn' },
          {
            title: t('状态', 'State'),
            dataIndex: 'status',
            render: (v) => <StatusTag status={v} labels={SUPPLY_STATUS} locale={locale} />,
          },
          {
            title: '',
            render: (_, r) =>
              r.status === 'open' && (
                <Space>
                  <Button type="link" size="small" onClick={() => setMatching(r)}>
                    {t('对接', 'Match')}
                  </Button>
                  {r.manageable && (
                    <Button
                      type="link"
                      size="small"
                      onClick={() =>
                        act.run(() =>
                          api.post(`/supply/${r.id}/withdraw`, {
                            reason: t('已自行解决', 'Solved otherwise'),
                          }),
                        )
                      }
                    >
                      {t('撤回', 'Withdraw')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={listing}
        title={t('列入供需清单', 'List a need or an offer')}
        onCancel={() => setListing(false)}
        confirmLoading={list.saving}
        destroyOnHidden
        onOk={async () => {
          const v = await validValues(form);
          if (!v) return;
          await list.run(() =>
            api.post('/supply', {
              side: v.side,
              category: v.category,
              title: v.title,
              detail: v.detail || null,
              ...(v.owner === 'grid' ? { gridOrgId: v.gridOrgId } : { unitId: v.unitId }),
            }),
          );
        }}
      >
        <ErrorAlert error={list.error} />
        <Form
          form={form}
          layout="vertical"
          initialValues={{ side: 'need', owner: 'grid', category: 'volunteers' }}
        >
          <Form.Item name="side">
            <Radio.Group
              optionType="button"
              options={[
                { value: 'need', label: t('需求', 'Need') },
                { value: 'offer', label: t('资源', 'Offer') },
              ]}
            />
          </Form.Item>
          <Form.Item name="owner">
            <Radio.Group
              options={[
                { value: 'grid', label: t('网格党支部', 'Grid branch') },
                { value: 'unit', label: t('驻区单位', 'Unit') },
              ]}
            />
          </Form.Item>
          {owner === 'unit' ? (
            <Form.Item name="unitId" label={t('单位', 'Unit')} rules={[{ required: true }]}>
              <UnitSelect cityApi={cityApi} />
            </Form.Item>
          ) : (
            <Form.Item name="gridOrgId" label={t('网格党支部', 'Grid branch')} rules={[{ required: true }]}>
              <GridSelect api={api} />
            </Form.Item>
          )}
          <Form.Item name="category" label={t('类别', 'Category')}>
            <Select options={options(SUPPLY_CATEGORY_LABELS, locale)} />
          </Form.Item>
          <Form.Item name="title" label={t('内容', 'What')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="detail" label={t('说明', 'Details')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!matching}
        title={t('对接并编制服务项目书', 'Match into a service project')}
        onCancel={() => setMatching(null)}
        confirmLoading={match.saving}
        destroyOnHidden
        width={640}
        onOk={async () => {
          const v = await validValues(matchForm);
          if (!v) return;
          const other = v.counterpart as number;
          const [needId, offerId] = matching.side === 'need' ? [matching.id, other] : [other, matching.id];
          await match.run(() =>
            api.post('/projects', {
              needId,
              offerId,
              title: v.title,
              ownerName: v.ownerName,
              content: v.content,
              startOn: v.startOn,
              endOn: v.endOn,
            }),
          );
        }}
      >
        <ErrorAlert error={match.error} />
        {matching && (
          <Form
            form={matchForm}
            layout="vertical"
            initialValues={{ title: matching.title, startOn: localDay(), endOn: localDay(180) }}
          >
            <p>
              {matching.side === 'need' ? t('需求', 'Need') : t('资源', 'Offer')}：
              {matching.gridName ?? matching.unitName} · {matching.title}
            </p>
            <Form.Item
              name="counterpart"
              label={
                matching.side === 'need'
                  ? t('对接的资源', 'Matching offer')
                  : t('对接的需求', 'Matching need')
              }
              rules={[{ required: true }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={counterparts(matching).map((x: any) => ({
                  value: x.id,
                  label: `${x.gridName ?? x.unitName} · ${x.title}（${lbl(SUPPLY_CATEGORY_LABELS, x.category, locale)}）`,
                }))}
              />
            </Form.Item>
            <Form.Item name="title" label={t('项目名称', 'Project')} rules={[{ required: true, min: 2 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="ownerName" label={t('项目负责人', 'Owner')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="content" label={t('服务内容', 'Content')} rules={[{ required: true, min: 2 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Space>
              <Form.Item name="startOn" label={t('开始', 'Start')} rules={[{ required: true }]}>
                <DateInput />
              </Form.Item>
              <Form.Item name="endOn" label={t('结束', 'End')} rules={[{ required: true }]}>
                <DateInput />
              </Form.Item>
            </Space>
          </Form>
        )}
      </Modal>
    </>
  );
}

function ProjectsTab({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const [status, setStatus] = useState<string | undefined>();
  const { data, error, loading, reload } = useApiData(
    () => api.get<{ items: any[] }>('/projects', { status }),
    [api, status],
  );
  const act = useSubmit(reload);
  const moveLabel: Record<ProjectStatus, string> = {
    planned: '',
    in_progress: t('启动', 'Start'),
    completed: t('完成', 'Complete'),
    cancelled: t('撤销', 'Cancel'),
  };
  return (
    <>
      <Select
        aria-label={t('状态', 'State')}
        allowClear
        style={{ width: 140, marginBottom: 12 }}
        value={status}
        onChange={setStatus}
        options={options(PROJECT_STATUS_LABELS, locale)}
        placeholder={t('状态', 'State')}
      />
      <ErrorAlert error={error ?? act.error} />
      <Table<any>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: t('项目', 'Project'), dataIndex: 'title' },
          { title: t('网格党支部', 'Grid branch'), dataIndex: 'gridName' },
          { title: t('共建单位', 'Unit'), dataIndex: 'unitName' },
          { title: t('负责人', 'Owner'), dataIndex: 'ownerName' },
          { title: t('周期', 'Dates'), render: (_, r) => `${r.startOn} ~ ${r.endOn}` },
          {
            title: t('状态', 'State'),
            dataIndex: 'status',
            render: (v) => <StatusTag status={v} labels={PROJECT_STATUS_LABELS} locale={locale} />,
          },
          {
            title: '',
            render: (_, r) => (
              <Space>
                {PROJECT_MOVES[r.status as ProjectStatus].map((to) => (
                  <Button
                    type="link"
                    size="small"
                    key={to}
                    onClick={() => act.run(() => api.post(`/projects/${r.id}/status`, { status: to }))}
                  >
                    {moveLabel[to]}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}

function daysText(days: string, locale: Locale) {
  if (days === '1111111') return locale === 'zh-CN' ? '每天' : 'Daily';
  if (days === '1111100') return locale === 'zh-CN' ? '工作日' : 'Weekdays';
  return [...days]
    .map((d, i) => (d === '1' ? (locale === 'zh-CN' ? `周${DAYS_ZH[i]}` : DAYS_EN[i]) : null))
    .filter(Boolean)
    .join(locale === 'zh-CN' ? '、' : ', ');
}

function FacilitiesTab({ api, cityApi, city, locale }: PluginPageProps) {
  const t = tr(locale);
  const [kind, setKind] = useState<string | undefined>();
  const [openNow, setOpenNow] = useState(false);
  const { data, error, loading, reload } = useApiData(
    () => api.get<{ items: any[] }>('/facilities', { kind, openNow: openNow ? 'true' : undefined }),
    [api, kind, openNow],
  );
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm();
  const add = useSubmit(() => {
    setAdding(false);
    form.resetFields();
    reload();
  });
  const act = useSubmit(reload);
  const admin = city.access !== 'self';
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('类型', 'Kind')}
          allowClear
          style={{ width: 140 }}
          value={kind}
          onChange={setKind}
          options={options(FACILITY_KIND_LABELS, locale)}
          placeholder={t('类型', 'Kind')}
        />
        <Checkbox
          checked={openNow}
          onChange={(e) => setOpenNow(e.target.checked)}
          data-testid="facility-open-now"
        >
          {t('现在开放', 'Open now')}
        </Checkbox>
        {admin && <Button onClick={() => setAdding(true)}>{t('登记开放设施', 'Add a facility')}</Button>}
      </Space>
      <ErrorAlert error={error ?? act.error} />
      <Table<any>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: t('设施', 'Facility'), dataIndex: 'name' },
          {
            title: t('类型', 'Kind'),
            dataIndex: 'kind',
            render: (v) => lbl(FACILITY_KIND_LABELS, v, locale),
          },
          { title: t('开放单位', 'Unit'), dataIndex: 'unitName' },
          { title: t('所在社区', 'Community'), dataIndex: 'placeName' },
          {
            title: t('开放时间', 'Hours'),
            render: (_, r) => `${daysText(r.days, locale)} ${r.opensAt}–${r.closesAt}`,
          },
          { title: t('容量', 'Capacity'), dataIndex: 'capacity', align: 'right' },
          {
            title: t('现在', 'Now'),
            dataIndex: 'openNow',
            render: (v, r) =>
              !r.active ? (
                <Tag>{t('已停用', 'withdrawn')}</Tag>
              ) : v ? (
                <Tag color="success">{t('开放中', 'open')}</Tag>
              ) : (
                <Tag>{t('未开放', 'closed')}</Tag>
              ),
          },
          ...(admin
            ? [
                {
                  title: '',
                  render: (_: unknown, r: any) => (
                    <ActionButton
                      type="link"
                      size="small"
                      action={r.actions?.manage}
                      hideWhenRefused
                      onClick={() => act.run(() => api.patch(`/facilities/${r.id}`, { active: !r.active }))}
                    >
                      {r.active ? t('停用', 'Withdraw') : t('恢复', 'Restore')}
                    </ActionButton>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={adding}
        title={t('登记向公众开放的设施', 'Open a unit facility to the public')}
        onCancel={() => setAdding(false)}
        confirmLoading={add.saving}
        destroyOnHidden
        onOk={async () => {
          const v = await validValues(form);
          if (!v) return;
          const days = [0, 1, 2, 3, 4, 5, 6]
            .map((i) => ((v.days as number[]).includes(i) ? '1' : '0'))
            .join('');
          await add.run(() =>
            api.post('/facilities', {
              unitId: v.unitId,
              kind: v.kind,
              name: v.name,
              address: v.address || null,
              days,
              opensAt: v.opensAt,
              closesAt: v.closesAt,
              capacity: v.capacity ?? null,
            }),
          );
        }}
      >
        <ErrorAlert error={add.error} />
        <Form
          form={form}
          layout="vertical"
          initialValues={{ kind: 'parking', days: [0, 1, 2, 3, 4], opensAt: '18:00', closesAt: '22:00' }}
        >
          <Form.Item name="unitId" label={t('开放单位', 'Unit')} rules={[{ required: true }]}>
            <UnitSelect cityApi={cityApi} />
          </Form.Item>
          <Row gutter={8}>
            <Col span={10}>
              <Form.Item name="kind" label={t('类型', 'Kind')}>
                <Select options={options(FACILITY_KIND_LABELS, locale)} />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item name="name" label={t('名称', 'Name')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="address" label={t('地址', 'Address')}>
            <Input />
          </Form.Item>
          <Form.Item
            name="days"
            label={t('开放日', 'Days')}
            rules={[{ required: true, type: 'array', min: 1 }]}
          >
            <Checkbox.Group
              options={[0, 1, 2, 3, 4, 5, 6].map((i) => ({
                value: i,
                label: locale === 'zh-CN' ? `周${DAYS_ZH[i]}` : DAYS_EN[i]!,
              }))}
            />
          </Form.Item>
          <Space>
            <Form.Item name="opensAt" label={t('开放', 'Opens')} rules={[{ required: true }]}>
              <Input type="time" />
            </Form.Item>
            <Form.Item name="closesAt" label={t('关闭', 'Closes')} rules={[{ required: true }]}>
              <Input type="time" />
            </Form.Item>
            <Form.Item name="capacity" label={t('容量', 'Capacity')}>
              <InputNumber min={1} />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </>
  );
}
