import {
  attempt,
  ErrorAlert,
  label,
  optionsOf,
  type PluginPageProps,
  Section,
  tr,
  useApiData,
  validValues,
} from '@jiceng/ui';
import {
  Alert,
  Button,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
} from 'antd';
import { useEffect, useState } from 'react';
import { FLOWING_ACTIVITY_KINDS } from '../shared/model';
import { type Answer, type ItemOf, loadRegions, typedApi } from './common';

type Branch = ItemOf<'/flowing-branches'>;
type BranchMember = Answer<'/flowing-branches/{id}'>['members'][number];

/** 流动党支部: branches of members from other places (e.g. 丰城市焦坑乡驻台州流动党支部). */
export default function FlowingPage({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const list = useApiData(() => typedApi(api).get('/flowing-branches'), [api]);
  const [branchId, setBranchId] = useState<number | undefined>();
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    if (!branchId && list.data?.items.length) setBranchId(list.data.items[0]!.id);
  }, [list.data, branchId]);
  return (
    <div data-testid="flowing-page">
      <Section
        title={t('流动党支部', 'Flowing party branches')}
        extra={
          <Button onClick={() => setCreating(true)} data-testid="new-branch">
            {t('建立流动党支部', 'Set up a branch')}
          </Button>
        }
      >
        <ErrorAlert error={list.error} />
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={list.data?.items ?? []}
          onRow={(r: Branch) => ({
            onClick: () => setBranchId(r.id),
            style: { cursor: 'pointer', background: r.id === branchId ? '#fff1f0' : undefined },
          })}
          columns={[
            { title: t('支部', 'Branch'), dataIndex: 'name' },
            { title: t('党员来自', 'Members from'), dataIndex: 'origin' },
            { title: t('隶属', 'Under'), dataIndex: 'parentName' },
            { title: t('成立', 'Since'), dataIndex: 'establishedOn' },
            { title: t('党员', 'Members'), dataIndex: 'memberCount' },
            {
              title: t('作用发挥', 'What it did'),
              render: (_: unknown, r: Branch) =>
                Object.entries(r.totals ?? {}).map(([k, v]) => (
                  <Tag key={k}>
                    {label(FLOWING_ACTIVITY_KINDS, k, locale)} {v}
                  </Tag>
                )),
            },
          ]}
        />
      </Section>
      {branchId && (
        <BranchDetail key={branchId} api={api} locale={locale} branchId={branchId} onChanged={list.reload} />
      )}
      {creating && (
        <CreateBranch
          api={api}
          locale={locale}
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            list.reload();
          }}
        />
      )}
    </div>
  );
}

function BranchDetail({
  api,
  locale,
  branchId,
  onChanged,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  branchId: number;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const {
    data: b,
    error,
    reload,
  } = useApiData(
    () => typedApi(api).get('/flowing-branches/{id}', { params: { id: branchId } }),
    [api, branchId],
  );
  const [memberId, setMemberId] = useState<number | null>(null);
  const [q, setQ] = useState('');
  const candidates = useApiData(
    () => typedApi(api).get('/lookups/flowing-members', { query: { q, branchId } }),
    [api, q, branchId],
  );
  const [form] = Form.useForm();
  const changed = () => {
    reload();
    candidates.reload();
    onChanged();
  };
  if (!b) return <ErrorAlert error={error} />;
  const totals = (kind: string) =>
    b.activities.filter((a) => a.kind === kind).reduce((s, a) => s + (a.amount ?? 1), 0);
  const addMember = async () => {
    if (!memberId) return;
    const r = await attempt(() =>
      typedApi(api).post('/flowing-branches/{id}/members', { memberId }, { params: { id: branchId } }),
    );
    if (r) {
      setMemberId(null);
      changed();
    }
  };
  const addActivity = async () => {
    const v = await validValues(form);
    if (!v) return;
    const r = await attempt(() =>
      typedApi(api).post(
        '/flowing-branches/{id}/activities',
        { ...v, amount: v.amount ?? undefined },
        { params: { id: branchId } },
      ),
    );
    if (r) {
      form.resetFields();
      changed();
    }
  };
  return (
    <Row gutter={16}>
      <Col xs={24} xl={10}>
        <Section title={t(`${b.name} · 党员`, `${b.name} · members`)}>
          <Space.Compact style={{ width: '100%', marginBottom: 8 }}>
            <Select
              aria-label={t('搜索流动党员姓名', 'Search a flowing member by name')}
              style={{ width: '100%' }}
              value={memberId}
              onChange={setMemberId}
              placeholder={t('搜索流动党员姓名', 'Search a flowing member by name')}
              showSearch={{ filterOption: false, onSearch: setQ }}
              options={(candidates.data?.items ?? []).map((m) => ({
                value: m.id,
                label: `${m.name}${m.regionName ? ` · ${m.regionName}` : ''}`,
              }))}
            />
            <Button onClick={addMember}>{t('接纳', 'Take in')}</Button>
          </Space.Compact>
          <Table
            rowKey="id"
            size="small"
            dataSource={b.members}
            pagination={{ pageSize: 10 }}
            columns={[
              { title: t('党员', 'Member'), dataIndex: 'name' },
              { title: t('加入', 'Joined'), dataIndex: 'joinedOn' },
              {
                title: '',
                render: (_: unknown, m: BranchMember) =>
                  m.leftOn ? (
                    t(`${m.leftOn} 离开`, `left ${m.leftOn}`)
                  ) : (
                    <Button
                      size="small"
                      onClick={async () =>
                        (await attempt(() =>
                          typedApi(api).post(
                            '/flowing-branches/{id}/members/{memberId}/leave',
                            {},
                            { params: { id: branchId, memberId: m.memberId } },
                          ),
                        )) && changed()
                      }
                    >
                      {t('离开', 'Leaves')}
                    </Button>
                  ),
              },
            ]}
          />
        </Section>
      </Col>
      <Col xs={24} xl={14}>
        <Section title={t('作用发挥', 'What the branch did')}>
          <Space size="large" style={{ marginBottom: 12 }}>
            <Statistic title={t('招商引资(万元)', 'Investment (10k yuan)')} value={totals('investment')} />
            <Statistic title={t('协助处置事故', 'Incidents handled')} value={totals('incident')} />
            <Statistic title={t('调解劳资纠纷', 'Disputes settled')} value={totals('dispute')} />
            <Statistic title={t('帮助就业', 'Jobs found')} value={totals('employment')} />
          </Space>
          <Form form={form} layout="inline" initialValues={{ kind: 'dispute' }} style={{ marginBottom: 12 }}>
            <Form.Item name="kind">
              <Select
                aria-label={t('活动类别', 'Activity')}
                style={{ width: 150 }}
                options={optionsOf(FLOWING_ACTIVITY_KINDS, locale)}
              />
            </Form.Item>
            <Form.Item name="happenedOn" rules={[{ required: true, message: t('日期', 'Date') }]}>
              <Input aria-label={t('日期', 'Date')} type="date" />
            </Form.Item>
            <Form.Item name="amount">
              <InputNumber
                aria-label={t('金额/数量', 'Amount')}
                placeholder={t('金额/数量', 'Amount')}
                min={0}
              />
            </Form.Item>
            <Form.Item name="description" rules={[{ required: true, message: t('说明', 'Description') }]}>
              <Input aria-label={t('说明', 'Description')} placeholder={t('说明', 'Description')} />
            </Form.Item>
            <Button onClick={addActivity}>{t('登记', 'Add')}</Button>
          </Form>
          <Table
            rowKey="id"
            size="small"
            dataSource={b.activities}
            pagination={{ pageSize: 8 }}
            columns={[
              { title: t('日期', 'Date'), dataIndex: 'happenedOn' },
              {
                title: t('类别', 'Kind'),
                dataIndex: 'kind',
                render: (k: string) => label(FLOWING_ACTIVITY_KINDS, k, locale),
              },
              { title: t('数额', 'Amount'), dataIndex: 'amount' },
              { title: t('说明', 'Description'), dataIndex: 'description' },
            ]}
          />
        </Section>
      </Col>
    </Row>
  );
}

function CreateBranch({
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
    const region = regions.data?.items.find((r) => r.id === v.regionId);
    const r = await attempt(
      () =>
        typedApi(api).post('/flowing-branches', {
          ...v,
          parentOrgId: region?.centreOrgId,
          establishedOn: v.establishedOn || undefined,
        }),
      { onError: (m) => setError(m) },
    );
    if (r) onDone();
  };
  return (
    <Modal
      open
      title={t(
        '建立流动党支部（隶属区域党员服务中心党组织）',
        "Set up a flowing branch (under the region's centre org)",
      )}
      onCancel={onClose}
      onOk={submit}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="regionId"
          label={t('区域', 'Region')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Select options={(regions.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }))} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('支部名称', 'Name')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input
            placeholder={t('如：丰城市焦坑乡驻台州流动党支部', 'e.g. Jiaokeng township branch in Taizhou')}
          />
        </Form.Item>
        <Form.Item
          name="origin"
          label={t('党员来自', 'Members come from')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input placeholder={t('如：江西省丰城市焦坑乡', 'e.g. Jiaokeng, Fengcheng, Jiangxi')} />
        </Form.Item>
        <Form.Item name="originOrgName" label={t('流出地党组织', 'Home party org')}>
          <Input />
        </Form.Item>
        <Space>
          <Form.Item name="establishedOn" label={t('成立日期', 'Established')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="contactName" label={t('联系人', 'Contact')}>
            <Input />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
