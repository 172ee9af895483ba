import {
  type ApiClient,
  Chart,
  ErrorAlert,
  type PluginPageProps,
  Section,
  StatCards,
  useApiData,
  validValues,
} from '@jiceng/ui';
import {
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Timeline,
} from 'antd';
import { useMemo, useState } from 'react';
import {
  BODY_KINDS,
  BODY_LABELS,
  BODY_LEVEL,
  BODY_MEMBER_SOURCE_LABELS,
  BODY_ROLE_LABELS,
  CAREER_STEP_LABELS,
  POST_CHAIN,
  TITLE_CHAIN,
} from '../shared/terms';
import {
  DateInput,
  type GridRow,
  GridSelect,
  lbl,
  type Locale,
  localDay,
  options,
  tr,
  UnitSelect,
} from './common';

export default function GridsPage(props: PluginPageProps) {
  const t = useMemo(() => tr(props.locale), [props.locale]);
  return (
    <Section title={t('网格与四级组织网络', 'Grids and the four-level network')}>
      <Tabs
        items={[
          { key: 'grids', label: t('网格党支部', 'Grid branches'), children: <GridsTab {...props} /> },
          { key: 'network', label: t('四级网络', 'Network'), children: <NetworkTab {...props} /> },
          { key: 'bodies', label: t('议事机构与兼职委员', 'Councils'), children: <BodiesTab {...props} /> },
          {
            key: 'workers',
            label: t('网格工作者与培养链', 'Grid workers and careers'),
            children: <WorkersTab {...props} />,
          },
          {
            key: 'studios',
            label: t('党代表工作室', 'Representative studios'),
            children: <StudiosTab {...props} />,
          },
        ]}
      />
    </Section>
  );
}

/** Submits a small form, showing the server's refusal in place. */
function useSubmit(onDone: () => void) {
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  async function run(call: () => Promise<unknown>) {
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
  }
  return { error, saving, run, reset: () => setError(undefined) };
}

function GridsTab({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const [covered, setCovered] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const { data, error, loading, reload } = useApiData(
    () => api.get<{ items: GridRow[]; total: number; covered: number }>('/grids', { covered, q }),
    [api, covered, q],
  );
  const [creating, setCreating] = useState<GridRow | null>(null);
  const [detail, setDetail] = useState<number | null>(null);
  const [form] = Form.useForm();
  const submit = useSubmit(() => {
    setCreating(null);
    form.resetFields();
    reload();
  });
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Radio.Group
          optionType="button"
          value={covered ?? 'all'}
          onChange={(e) => setCovered(e.target.value === 'all' ? undefined : e.target.value)}
          options={[
            { value: 'all', label: t('全部', 'All') },
            { value: 'true', label: t('已建支部', 'With a branch') },
            { value: 'false', label: t('未建支部', 'Without') },
          ]}
        />
        <Input.Search
          aria-label={t('社区或网格', 'Community or grid')}
          allowClear
          placeholder={t('社区或网格', 'Community or grid')}
          onSearch={setQ}
          style={{ width: 220 }}
        />
        {data && (
          <span data-testid="grid-coverage">
            {t('网格党支部覆盖', 'Covered')} {data.covered}/{data.total}
          </span>
        )}
      </Space>
      <ErrorAlert error={error} />
      <Table<any>
        rowKey="placeId"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: t('社区', 'Community'), dataIndex: 'communityName' },
          { title: t('网格', 'Grid'), dataIndex: 'placeName' },
          {
            title: t('网格党支部', 'Party branch'),
            dataIndex: 'orgName',
            render: (v, r) =>
              v ? (
                <Button type="link" size="small" onClick={() => setDetail(r.orgId)}>
                  {v}
                </Button>
              ) : (
                <Tag color="warning">{t('未建', 'none')}</Tag>
              ),
          },
          { title: t('网格员', 'Grid worker'), dataIndex: 'workers' },
          { title: t('楼栋党小组', 'Building groups'), dataIndex: 'groups', align: 'right' },
          { title: t('活动党员', 'Members active here'), dataIndex: 'members', align: 'right' },
          { title: t('户数', 'Households'), dataIndex: 'households', align: 'right' },
          {
            title: '',
            render: (_, r) =>
              !r.orgId && (
                <Button size="small" data-testid={`grid-create-${r.placeId}`} onClick={() => setCreating(r)}>
                  {t('建立网格党支部', 'Set up branch')}
                </Button>
              ),
          },
        ]}
      />
      <Modal
        open={!!creating}
        title={`${t('建立网格党支部', 'Set up the grid party branch')} · ${creating?.communityName ?? ''} ${creating?.placeName ?? ''}`}
        onCancel={() => setCreating(null)}
        confirmLoading={submit.saving}
        destroyOnHidden
        onOk={async () => {
          const v = await validValues(form);
          if (!v) return;
          await submit.run(() =>
            api.post('/grids', {
              gridPlaceId: creating!.placeId,
              households: v.households ?? null,
              ...(v.name ? { name: v.name } : {}),
            }),
          );
        }}
      >
        <ErrorAlert error={submit.error} />
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('支部名称（默认按网格命名）', 'Name (defaults to the grid’s)')}>
            <Input />
          </Form.Item>
          <Form.Item name="households" label={t('户数', 'Households')}>
            <InputNumber min={0} />
          </Form.Item>
        </Form>
      </Modal>
      <GridDrawer
        api={api}
        locale={locale}
        orgId={detail}
        onClose={() => setDetail(null)}
        onChanged={reload}
      />
    </>
  );
}

function GridDrawer({
  api,
  locale,
  orgId,
  onClose,
  onChanged,
}: {
  api: ApiClient;
  locale: Locale;
  orgId: number | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const { data, error, reload } = useApiData(
    () => (orgId ? api.get<any>(`/grids/${orgId}`) : Promise.resolve(undefined)),
    [api, orgId],
  );
  const [name, setName] = useState('');
  const submit = useSubmit(() => {
    setName('');
    reload();
    onChanged();
  });
  return (
    <Drawer open={orgId != null} onClose={onClose} size="large" title={data?.orgName}>
      <ErrorAlert error={error ?? submit.error} />
      {data && (
        <>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={t('社区', 'Community')}>{data.communityName}</Descriptions.Item>
            <Descriptions.Item label={t('户数', 'Households')}>{data.households}</Descriptions.Item>
            <Descriptions.Item label={t('活动党员', 'Members')}>{data.members}</Descriptions.Item>
            <Descriptions.Item label={t('网格员', 'Workers')}>
              {data.workers.map((w: any) => w.name).join('、')}
            </Descriptions.Item>
            <Descriptions.Item label={t('诉求（在办/超期）', 'Demands (open/overdue)')}>
              {data.demands.open} / {data.demands.overdue}
            </Descriptions.Item>
            <Descriptions.Item label={`${data.funds.year} ${t('年经费', 'funds')}`}>
              {data.funds.total} {t('元', 'yuan')}{' '}
              {data.funds.total < data.funds.floor ? (
                <Tag color="error">{t('低于保障线', 'below floor')}</Tag>
              ) : (
                <Tag color="success">{t('达标', 'meets floor')}</Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('议事机构', 'Councils')} span={2}>
              {data.bodies.map((b: any) => b.name).join('、') || '—'}
            </Descriptions.Item>
          </Descriptions>
          <h4 style={{ marginTop: 16 }}>{t('楼栋党小组', 'Building party groups')}</h4>
          <Space wrap>
            {data.groups.map((g: any) => (
              <Tag key={g.id}>{g.name}</Tag>
            ))}
          </Space>
          <Space.Compact style={{ marginTop: 12, width: '100%' }}>
            <Input
              aria-label={t('如：3号楼党小组', 'e.g. Building 3 group')}
              data-testid="group-name"
              placeholder={t('如：3号楼党小组', 'e.g. Building 3 group')}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <Button
              disabled={!name.trim()}
              loading={submit.saving}
              onClick={() => submit.run(() => api.post(`/grids/${orgId}/groups`, { name }))}
            >
              {t('添加党小组', 'Add group')}
            </Button>
          </Space.Compact>
        </>
      )}
    </Drawer>
  );
}

function NetworkTab({ api, locale }: PluginPageProps) {
  const t = useMemo(() => tr(locale), [locale]);
  const { data, error, loading } = useApiData(
    () =>
      api.get<{
        totals: { streets: number; communities: number; gridBranches: number; buildingGroups: number };
        bodies: { kind: string; bodies: number; members: number }[];
        streets: {
          orgId: number;
          name: string;
          communities: number;
          gridBranches: number;
          buildingGroups: number;
          partTimeMembers: number;
        }[];
      }>('/network'),
    [api],
  );
  const chart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 32, bottom: 60 },
      xAxis: {
        type: 'category' as const,
        data: data?.streets.map((s) => s.name.replace(/党工委$/, '')) ?? [],
        axisLabel: { rotate: 30 },
      },
      yAxis: { type: 'value' as const },
      series: [
        {
          name: t('社区', 'Communities'),
          type: 'bar' as const,
          data: data?.streets.map((s) => s.communities) ?? [],
        },
        {
          name: t('网格党支部', 'Grid branches'),
          type: 'bar' as const,
          data: data?.streets.map((s) => s.gridBranches) ?? [],
        },
        {
          name: t('兼职委员', 'Part-time members'),
          type: 'bar' as const,
          data: data?.streets.map((s) => s.partTimeMembers) ?? [],
        },
      ],
    }),
    [data, t],
  );
  return (
    <>
      <ErrorAlert error={error} />
      <StatCards
        items={[
          {
            title: t('街镇大工委', 'Street committees'),
            value: data?.totals.streets ?? '…',
            testId: 'network-streets',
          },
          {
            title: t('社区大党委', 'Community committees'),
            value: data?.totals.communities ?? '…',
            testId: 'network-communities',
          },
          {
            title: t('网格党支部', 'Grid branches'),
            value: data?.totals.gridBranches ?? '…',
            testId: 'network-grids',
          },
          {
            title: t('楼栋党小组', 'Building groups'),
            value: data?.totals.buildingGroups ?? '…',
            testId: 'network-groups',
          },
        ]}
      />
      <div style={{ marginTop: 16 }}>
        <Chart option={chart} height={300} testId="chart-network" />
      </div>
      <Table<any>
        rowKey="kind"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data?.bodies ?? []}
        columns={[
          { title: t('议事机构', 'Council'), dataIndex: 'kind', render: (v) => lbl(BODY_LABELS, v, locale) },
          { title: t('数量', 'Number'), dataIndex: 'bodies', align: 'right' },
          { title: t('在任成员', 'Active members'), dataIndex: 'members', align: 'right' },
        ]}
      />
    </>
  );
}

function BodiesTab({ api, cityApi, locale }: PluginPageProps) {
  const t = tr(locale);
  const [kind, setKind] = useState<string | undefined>();
  const { data, error, loading, reload } = useApiData(
    () => api.get<{ items: any[] }>('/bodies', { kind }),
    [api, kind],
  );
  const [open, setOpen] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm();
  const create = useSubmit(() => {
    setCreating(false);
    form.resetFields();
    reload();
  });
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('类型', 'Kind')}
          allowClear
          placeholder={t('类型', 'Kind')}
          style={{ width: 200 }}
          value={kind}
          onChange={setKind}
          options={options(BODY_LABELS, locale)}
        />
        <Button onClick={() => setCreating(true)}>{t('设立议事机构', 'Set up a council')}</Button>
      </Space>
      <ErrorAlert error={error} />
      <Table<any>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          {
            title: t('名称', 'Name'),
            dataIndex: 'name',
            render: (v, r) => (
              <Button type="link" size="small" onClick={() => setOpen(r.id)}>
                {v}
              </Button>
            ),
          },
          { title: t('类型', 'Kind'), dataIndex: 'kind', render: (v) => lbl(BODY_LABELS, v, locale) },
          { title: t('所属组织', 'Org'), dataIndex: 'orgName' },
          { title: t('在任成员', 'Members'), dataIndex: 'members', align: 'right' },
        ]}
      />
      <Modal
        open={creating}
        title={t('设立议事机构', 'Set up a council')}
        onCancel={() => setCreating(false)}
        confirmLoading={create.saving}
        destroyOnHidden
        onOk={async () => {
          const v = await validValues(form);
          if (!v) return;
          await create.run(() => api.post('/bodies', v));
        }}
      >
        <ErrorAlert error={create.error} />
        <Form form={form} layout="vertical">
          <Form.Item name="kind" label={t('类型', 'Kind')} rules={[{ required: true }]}>
            <Select
              options={BODY_KINDS.map((k) => ({
                value: k,
                label: `${BODY_LABELS[k][locale]}（${{ street: t('街镇', 'street'), community: t('社区', 'community'), grid: t('网格', 'grid') }[BODY_LEVEL[k]]}）`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="orgId"
            label={t(
              '设在（街道/社区党组织的编号，或选择网格党支部）',
              'On (an org id, or pick a grid branch)',
            )}
            rules={[{ required: true }]}
          >
            <OrgPicker api={api} cityApi={cityApi} locale={locale} />
          </Form.Item>
        </Form>
      </Modal>
      <BodyDrawer
        api={api}
        cityApi={cityApi}
        locale={locale}
        id={open}
        onClose={() => setOpen(null)}
        onChanged={reload}
      />
    </>
  );
}

/** Street and community orgs from core, plus grid branches. */
function OrgPicker({
  api,
  cityApi,
  locale,
  value,
  onChange,
}: {
  api: ApiClient;
  cityApi: ApiClient;
  locale: Locale;
  value?: number;
  onChange?: (v: number) => void;
}) {
  const t = tr(locale);
  const { data } = useApiData(
    () =>
      Promise.all([
        cityApi.get<{ items: { id: number; name: string }[] }>('/orgs', { kind: 'street_working_committee' }),
        cityApi.get<{ items: { id: number; name: string }[] }>('/orgs', { kind: 'community_committee' }),
      ]),
    [cityApi],
  );
  const [mode, setMode] = useState<'org' | 'grid'>('org');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Radio.Group
        value={mode}
        onChange={(e) => setMode(e.target.value)}
        optionType="button"
        options={[
          { value: 'org', label: t('街道/社区', 'Street/community') },
          { value: 'grid', label: t('网格', 'Grid') },
        ]}
      />
      {mode === 'org' ? (
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          value={value}
          onChange={onChange}
          options={[...(data?.[0].items ?? []), ...(data?.[1].items ?? [])].map((o) => ({
            value: o.id,
            label: o.name,
          }))}
        />
      ) : (
        <GridSelect api={api} value={value} onChange={(v) => v && onChange?.(v)} />
      )}
    </Space>
  );
}

function BodyDrawer({
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
  const { data, error, reload } = useApiData(
    () => (id ? api.get<any>(`/bodies/${id}`) : Promise.resolve(undefined)),
    [api, id],
  );
  const [form] = Form.useForm();
  const source = Form.useWatch('source', form);
  const add = useSubmit(() => {
    form.resetFields();
    reload();
    onChanged();
  });
  return (
    <Drawer open={id != null} onClose={onClose} size="large" title={data?.name}>
      <ErrorAlert error={error ?? add.error} />
      <Table<any>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data?.members ?? []}
        columns={[
          { title: t('姓名', 'Name'), dataIndex: 'name' },
          { title: t('身份', 'Role'), dataIndex: 'role', render: (v) => lbl(BODY_ROLE_LABELS, v, locale) },
          {
            title: t('来源', 'From'),
            dataIndex: 'source',
            render: (v, r) =>
              `${lbl(BODY_MEMBER_SOURCE_LABELS, v, locale)}${r.unitName ? ` · ${r.unitName}` : ''}`,
          },
          { title: t('任职', 'Since'), dataIndex: 'since' },
          {
            title: t('卸任', 'Until'),
            dataIndex: 'until',
            render: (v, r) =>
              v ?? (
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    add.run(() => api.post(`/bodies/${id}/members/${r.id}/end`, { until: localDay() }))
                  }
                >
                  {t('卸任', 'End')}
                </Button>
              ),
          },
        ]}
      />
      <h4 style={{ marginTop: 16 }}>{t('增补兼职委员', 'Add a member')}</h4>
      <Form form={form} layout="vertical" initialValues={{ source: 'unit', role: 'part_time_member' }}>
        <Space wrap>
          <Form.Item name="name" label={t('姓名', 'Name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="source" label={t('来源', 'From')}>
            <Select style={{ width: 180 }} options={options(BODY_MEMBER_SOURCE_LABELS, locale)} />
          </Form.Item>
          <Form.Item name="role" label={t('身份', 'Role')}>
            <Select style={{ width: 140 }} options={options(BODY_ROLE_LABELS, locale)} />
          </Form.Item>
          {(source === 'unit' || source === 'two_new_secretary') && (
            <Form.Item name="unitId" label={t('单位', 'Unit')} rules={[{ required: true }]}>
              <UnitSelect cityApi={cityApi} />
            </Form.Item>
          )}
          {source === 'member' && (
            <Form.Item name="memberId" label={t('党员编号', 'Member id')} rules={[{ required: true }]}>
              <InputNumber min={1} />
            </Form.Item>
          )}
        </Space>
        <Button
          type="primary"
          loading={add.saving}
          onClick={async () => {
            const v = await validValues(form);
            if (!v) return;
            await add.run(() => api.post(`/bodies/${id}/members`, v));
          }}
        >
          {t('增补', 'Add')}
        </Button>
      </Form>
    </Drawer>
  );
}

function WorkersTab({ api, locale }: PluginPageProps) {
  const t = useMemo(() => tr(locale), [locale]);
  const [q, setQ] = useState('');
  const { data, error, loading, reload } = useApiData(
    () => api.get<{ items: any[] }>('/workers', { q }),
    [api, q],
  );
  const careers = useApiData(
    () =>
      api.get<{
        workers: number;
        post: { step: string; count: number }[];
        title: { step: string; count: number }[];
      }>('/workers/careers'),
    [api, data],
  );
  const [open, setOpen] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm();
  const create = useSubmit(() => {
    setCreating(false);
    form.resetFields();
    reload();
  });
  const chart = useMemo(() => {
    const c = careers.data;
    const bars = (steps: readonly string[], counts: { step: string; count: number }[] | undefined) =>
      steps.map((s) => ({
        name: CAREER_STEP_LABELS[s]![locale],
        value: counts?.find((x) => x.step === s)?.count ?? 0,
      }));
    return {
      tooltip: { trigger: 'axis' as const },
      grid: [
        { left: 130, right: '55%', top: 30, bottom: 20 },
        { left: '62%', right: 20, top: 30, bottom: 20 },
      ],
      title: [
        { text: t('职务培养链', 'Post chain'), left: 10, textStyle: { fontSize: 13 } },
        { text: t('职称培养链', 'Title chain'), left: '52%', textStyle: { fontSize: 13 } },
      ],
      xAxis: [
        { type: 'value' as const, gridIndex: 0 },
        { type: 'value' as const, gridIndex: 1 },
      ],
      yAxis: [
        { type: 'category' as const, gridIndex: 0, data: bars(POST_CHAIN, c?.post).map((b) => b.name) },
        { type: 'category' as const, gridIndex: 1, data: bars(TITLE_CHAIN, c?.title).map((b) => b.name) },
      ],
      series: [
        {
          type: 'bar' as const,
          xAxisIndex: 0,
          yAxisIndex: 0,
          data: bars(POST_CHAIN, c?.post).map((b) => b.value),
          label: { show: true, position: 'right' as const },
        },
        {
          type: 'bar' as const,
          xAxisIndex: 1,
          yAxisIndex: 1,
          data: bars(TITLE_CHAIN, c?.title).map((b) => b.value),
          label: { show: true, position: 'right' as const },
        },
      ],
    };
  }, [careers.data, locale, t]);
  return (
    <>
      <Chart option={chart} height={260} testId="chart-careers" />
      <Space style={{ margin: '16px 0' }}>
        <Input.Search
          aria-label={t('姓名或网格', 'Name or grid')}
          allowClear
          placeholder={t('姓名或网格', 'Name or grid')}
          onSearch={setQ}
          style={{ width: 220 }}
        />
        <Button onClick={() => setCreating(true)}>{t('登记网格工作者', 'Add a grid worker')}</Button>
      </Space>
      <ErrorAlert error={error} />
      <Table<any>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          {
            title: t('姓名', 'Name'),
            dataIndex: 'name',
            render: (v, r) => (
              <Button type="link" size="small" onClick={() => setOpen(r.id)}>
                {v}
              </Button>
            ),
          },
          { title: t('所在组织', 'Posted at'), dataIndex: 'orgName' },
          {
            title: t('现任职务', 'Post'),
            dataIndex: 'post',
            render: (v, r) => (v ? `${lbl(CAREER_STEP_LABELS, v, locale)}（${r.postSince}）` : '—'),
          },
          {
            title: t('现有职称', 'Title'),
            dataIndex: 'title',
            render: (v, r) => (v ? `${lbl(CAREER_STEP_LABELS, v, locale)}（${r.titleSince}）` : '—'),
          },
          { title: t('入职', 'Hired'), dataIndex: 'hiredOn' },
        ]}
      />
      <Modal
        open={creating}
        title={t('登记网格工作者', 'Add a grid worker')}
        onCancel={() => setCreating(false)}
        confirmLoading={create.saving}
        destroyOnHidden
        onOk={async () => {
          const v = await validValues(form);
          if (!v) return;
          await create.run(() => api.post('/workers', { ...v, phone: v.phone || null }));
        }}
      >
        <ErrorAlert error={create.error} />
        <Form form={form} layout="vertical" initialValues={{ gender: 'female', hiredOn: localDay() }}>
          <Form.Item name="name" label={t('姓名', 'Name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="gender" label={t('性别', 'Gender')}>
            <Radio.Group
              options={[
                { value: 'female', label: t('女', 'Female') },
                { value: 'male', label: t('男', 'Male') },
              ]}
            />
          </Form.Item>
          <Form.Item name="phone" label={t('电话', 'Phone')}>
            <Input />
          </Form.Item>
          <Form.Item name="orgId" label={t('所在网格', 'Grid')} rules={[{ required: true }]}>
            <GridSelect api={api} />
          </Form.Item>
          <Form.Item name="hiredOn" label={t('入职日期', 'Hired on')} rules={[{ required: true }]}>
            <DateInput />
          </Form.Item>
        </Form>
      </Modal>
      <WorkerDrawer api={api} locale={locale} id={open} onClose={() => setOpen(null)} onChanged={reload} />
    </>
  );
}

function WorkerDrawer({
  api,
  locale,
  id,
  onClose,
  onChanged,
}: {
  api: ApiClient;
  locale: Locale;
  id: number | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const { data, error, reload } = useApiData(
    () => (id ? api.get<any>(`/workers/${id}`) : Promise.resolve(undefined)),
    [api, id],
  );
  const [form] = Form.useForm();
  const chain = Form.useWatch('chain', form) ?? 'post';
  const add = useSubmit(() => {
    form.resetFields();
    reload();
    onChanged();
  });
  return (
    <Drawer open={id != null} onClose={onClose} title={data?.name}>
      <ErrorAlert error={error ?? add.error} />
      {data && (
        <>
          <p>
            {data.orgName} · {t('入职', 'hired')} {data.hiredOn}
          </p>
          <Timeline
            items={data.steps.map((s: any) => ({
              key: s.id,
              color: s.chain === 'post' ? 'blue' : 'green',
              title: s.startedOn,
              content: `${s.chain === 'post' ? t('职务', 'Post') : t('职称', 'Title')}：${lbl(CAREER_STEP_LABELS, s.step, locale)}`,
            }))}
          />
          <h4>{t('记录晋升', 'Record a step up')}</h4>
          <Form form={form} layout="vertical" initialValues={{ chain: 'post', startedOn: localDay() }}>
            <Form.Item name="chain">
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'post', label: t('职务链', 'Post chain') },
                  { value: 'title', label: t('职称链', 'Title chain') },
                ]}
              />
            </Form.Item>
            <Form.Item name="step" label={t('岗位/职称', 'Step')} rules={[{ required: true }]}>
              <Select
                options={(chain === 'post' ? POST_CHAIN : TITLE_CHAIN).map((s) => ({
                  value: s,
                  label: CAREER_STEP_LABELS[s]![locale],
                }))}
              />
            </Form.Item>
            <Form.Item name="startedOn" label={t('日期', 'Date')} rules={[{ required: true }]}>
              <DateInput />
            </Form.Item>
            <Button
              type="primary"
              loading={add.saving}
              onClick={async () => {
                const v = await validValues(form);
                if (!v) return;
                await add.run(() => api.post(`/workers/${id}/steps`, v));
              }}
            >
              {t('保存', 'Save')}
            </Button>
          </Form>
        </>
      )}
    </Drawer>
  );
}

function StudiosTab({ api, cityApi, locale }: PluginPageProps) {
  const t = tr(locale);
  const { data, error, loading, reload } = useApiData(() => api.get<{ items: any[] }>('/studios'), [api]);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm();
  const create = useSubmit(() => {
    setCreating(false);
    form.resetFields();
    reload();
  });
  return (
    <>
      <Button onClick={() => setCreating(true)} style={{ marginBottom: 12 }}>
        {t('设立党代表工作室', 'Set up a studio')}
      </Button>
      <ErrorAlert error={error} />
      <Table<any>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('工作室', 'Studio'), dataIndex: 'name' },
          { title: t('所在组织', 'Org'), dataIndex: 'orgName' },
          {
            title: t('党代表', 'Representatives'),
            dataIndex: 'representatives',
            render: (v: string[]) => v.join('、'),
          },
          { title: t('在办疑难诉求', 'Open hard cases'), dataIndex: 'openCases', align: 'right' },
        ]}
      />
      <Modal
        open={creating}
        title={t('设立党代表工作室', 'Set up a party-representative studio')}
        onCancel={() => setCreating(false)}
        confirmLoading={create.saving}
        destroyOnHidden
        onOk={async () => {
          const v = await validValues(form);
          if (!v) return;
          const representatives = String(v.representatives)
            .split(/[,，、\s]+/)
            .filter(Boolean);
          await create.run(() => api.post('/studios', { orgId: v.orgId, name: v.name, representatives }));
        }}
      >
        <ErrorAlert error={create.error} />
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('名称', 'Name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="orgId" label={t('设在', 'Hosted by')} rules={[{ required: true }]}>
            <OrgPicker api={api} cityApi={cityApi} locale={locale} />
          </Form.Item>
          <Form.Item
            name="representatives"
            label={t('党代表（用顿号或逗号分隔）', 'Representatives (comma-separated)')}
            rules={[{ required: true }]}
          >
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
