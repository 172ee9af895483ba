import {
  ActionButton,
  type BodyOf,
  ErrorAlert,
  label,
  type PluginPageProps,
  type ResponseOf,
  Section,
  StatusTag,
  tr,
  typedClient,
  useApiData,
  useSubmit,
} from '@jiceng/ui';
import {
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Typography,
} from 'antd';
import { useState } from 'react';
import { LABELS, SERVICE_MODES } from '../shared/model';
import type { paths } from './api.generated';
import { type Community, CommunitySelect, day, okButton, STATUS_COLORS, useCommunities } from './common';

type Api = PluginPageProps['api'];
type Loc = PluginPageProps['locale'];
type RecordRow = ResponseOf<paths, '/records'>['items'][number];
type PostRow = ResponseOf<paths, '/posts'>['items'][number];
type PairingRow = ResponseOf<paths, '/pairings'>['items'][number];
type WishRow = ResponseOf<paths, '/wishes'>['items'][number];
/** A page of one tab's list, tagged with its kind so the table's columns match its rows. */
type Published =
  | { kind: 'posts'; items: PostRow[] }
  | { kind: 'pairings'; items: PairingRow[] }
  | { kind: 'wishes'; items: WishRow[] };
/**
 * The publish form's fields: a post's, a pairing need's or a wish's (without the community, which the page picks);
 * the form's rules require the kind's own.
 */
type PublishValues = Partial<
  Omit<BodyOf<paths, '/posts', 'post'>, 'communityOrgId'> &
    Omit<BodyOf<paths, '/pairings', 'post'>, 'communityOrgId'> &
    Omit<BodyOf<paths, '/wishes', 'post'>, 'communityOrgId'>
> & { communityOrgId?: number };

/** The community as 主持人: publish posts, pairing needs and wishes; confirm or reject members' service records. */
export default function ServicePage({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const communities = useCommunities(api);
  const [communityOrgId, setCommunity] = useState<number | undefined>();
  return (
    <div data-testid="service-page">
      <Section
        title={t('社区服务：发布、认领与确认', 'Community service: publish, claim, confirm')}
        extra={
          communities.length > 1 && (
            <CommunitySelect
              communities={communities}
              value={communityOrgId}
              onChange={setCommunity}
              locale={locale}
              allowClear
            />
          )
        }
      >
        <Tabs
          items={[
            {
              key: 'records',
              label: t('服务确认', 'Confirm services'),
              children: <RecordsTab api={api} locale={locale} communityOrgId={communityOrgId} />,
            },
            {
              key: 'posts',
              label: t('服务岗位', 'Service posts'),
              children: (
                <PublishedTab
                  kind="posts"
                  api={api}
                  locale={locale}
                  communityOrgId={communityOrgId}
                  communities={communities}
                />
              ),
            },
            {
              key: 'pairings',
              label: t('结对帮扶', 'Pairing needs'),
              children: (
                <PublishedTab
                  kind="pairings"
                  api={api}
                  locale={locale}
                  communityOrgId={communityOrgId}
                  communities={communities}
                />
              ),
            },
            {
              key: 'wishes',
              label: t('微心愿', 'Micro-wishes'),
              children: (
                <PublishedTab
                  kind="wishes"
                  api={api}
                  locale={locale}
                  communityOrgId={communityOrgId}
                  communities={communities}
                />
              ),
            },
          ]}
        />
      </Section>
    </div>
  );
}

function RecordsTab({ api, locale, communityOrgId }: { api: Api; locale: Loc; communityOrgId?: number }) {
  const t = tr(locale);
  const [status, setStatus] = useState<RecordRow['status'] | 'all'>('submitted');
  const [page, setPage] = useState(1);
  const typed = typedClient<paths>(api);
  const { data, error, loading, reload } = useApiData(
    () =>
      typed.get('/records', {
        query: { status: status === 'all' ? undefined : status, communityOrgId, page, pageSize: 20 },
      }),
    [typed, status, communityOrgId, page],
  );
  const [reviewing, setReviewing] = useState<{ record: RecordRow; mode: 'confirm' | 'reject' } | null>(null);
  const [text, setText] = useState('');
  const action = useSubmit();
  const submit = async () => {
    const { record, mode } = reviewing!;
    const params = { params: { id: record.id } };
    const ok = await action.run(() =>
      mode === 'confirm'
        ? typed.post('/records/{id}/confirm', { verifiedWith: text }, params)
        : typed.post('/records/{id}/reject', { reason: text }, params),
    );
    if (ok) {
      setReviewing(null);
      setText('');
      reload();
    }
  };
  return (
    <>
      <ErrorAlert error={error} />
      <Space style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('状态', 'Status')}
          style={{ width: 150 }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={[
            { value: 'submitted', label: t('待确认', 'Awaiting') },
            { value: 'confirmed', label: t('已确认', 'Confirmed') },
            { value: 'rejected', label: t('未通过', 'Rejected') },
            { value: 'all', label: t('全部', 'All') },
          ]}
        />
        <Typography.Text type="secondary">
          {t(
            '先找服务对象或组织者核实，再确认。',
            'Check with the beneficiary or organizer before confirming.',
          )}
        </Typography.Text>
      </Space>
      <Table<RecordRow>
        rowKey="id"
        size="small"
        data-testid="records-table"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 20,
          total: data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { title: t('党员', 'Member'), dataIndex: 'memberName' },
          { title: t('社区', 'Community'), dataIndex: 'communityOrgName' },
          { title: t('日期', 'Date'), dataIndex: 'servedOn' },
          { title: t('内容', 'What'), dataIndex: 'content' },
          { title: t('服务对象', 'For'), dataIndex: 'beneficiary' },
          { title: t('小时', 'Hours'), dataIndex: 'hours' },
          {
            title: t('状态', 'Status'),
            dataIndex: 'status',
            render: (s) => (
              <StatusTag labels={LABELS.recordStatus} colors={STATUS_COLORS} status={s} locale={locale} />
            ),
          },
          {
            title: t('确认人 / 核实', 'By / checked with'),
            render: (_, r) =>
              r.status === 'submitted'
                ? ''
                : `${r.reviewedBy ?? '—'} · ${r.verifiedWith ?? r.reviewNote ?? ''} · ${day(r.reviewedAt)}`,
          },
          {
            title: '',
            render: (_, r) =>
              r.status === 'submitted' && (
                <Space>
                  <ActionButton
                    size="small"
                    type="primary"
                    action={r.actions?.confirm}
                    data-testid={`confirm-record-${r.id}`}
                    onClick={() => {
                      action.clear();
                      setText(r.beneficiary);
                      setReviewing({ record: r, mode: 'confirm' });
                    }}
                  >
                    {t('确认', 'Confirm')}
                  </ActionButton>
                  <ActionButton
                    size="small"
                    danger
                    action={r.actions?.reject}
                    hideWhenRefused
                    data-testid={`reject-record-${r.id}`}
                    onClick={() => {
                      action.clear();
                      setText('');
                      setReviewing({ record: r, mode: 'reject' });
                    }}
                  >
                    {t('退回', 'Reject')}
                  </ActionButton>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={!!reviewing}
        title={
          reviewing?.mode === 'confirm'
            ? t('确认服务记录', 'Confirm the record')
            : t('退回服务记录', 'Reject the record')
        }
        onCancel={() => setReviewing(null)}
        onOk={submit}
        okButtonProps={okButton({ loading: action.busy, disabled: !text.trim() }, 'review-submit')}
        destroyOnHidden
      >
        <ErrorAlert error={action.error} />
        <Typography.Paragraph>
          {reviewing?.mode === 'confirm'
            ? t('核实对象（服务对象或组织者）及方式：', 'Checked with (beneficiary or organizer) and how:')
            : t('退回原因：', 'Reason:')}
        </Typography.Paragraph>
        <Input.TextArea
          aria-label={t('评价', 'Review')}
          data-testid="review-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={3}
        />
      </Modal>
    </>
  );
}

function PublishedTab({
  kind,
  api,
  locale,
  communityOrgId,
  communities,
}: {
  kind: 'posts' | 'pairings' | 'wishes';
  api: Api;
  locale: Loc;
  communityOrgId?: number;
  communities: Community[];
}) {
  const t = tr(locale);
  const [page, setPage] = useState(1);
  const typed = typedClient<paths>(api);
  const { data, error, loading, reload } = useApiData(async (): Promise<Published> => {
    const query = { query: { communityOrgId, page, pageSize: 20 } };
    if (kind === 'posts') return { kind, items: (await typed.get('/posts', query)).items };
    if (kind === 'pairings') return { kind, items: (await typed.get('/pairings', query)).items };
    return { kind, items: (await typed.get('/wishes', query)).items };
  }, [typed, kind, communityOrgId, page]);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PublishValues>();
  const action = useSubmit();
  const publish = async ({
    communityOrgId: picked,
    title,
    mode,
    capacity,
    description,
    ...v
  }: PublishValues) => {
    const target = picked ?? communityOrgId ?? communities[0]?.id;
    if (target === undefined) return;
    // The form's rules require the kind's own fields; an empty one is the route's to refuse.
    const ok = await action.run(async () => {
      if (kind === 'posts')
        await typed.post('/posts', {
          communityOrgId: target,
          title: title ?? '',
          mode: mode ?? 'fixed',
          capacity,
          description,
        });
      else if (kind === 'pairings')
        await typed.post('/pairings', {
          communityOrgId: target,
          beneficiary: v.beneficiary ?? '',
          need: v.need ?? '',
        });
      else
        await typed.post('/wishes', {
          communityOrgId: target,
          beneficiary: v.beneficiary ?? '',
          content: v.content ?? '',
        });
      return true;
    });
    if (ok) {
      setOpen(false);
      form.resetFields();
      reload();
    }
  };
  const postColumns: TableColumnsType<PostRow> = [
    { title: t('岗位', 'Post'), dataIndex: 'title' },
    {
      title: t('方式', 'Mode'),
      dataIndex: 'mode',
      render: (m: PostRow['mode']) => label(LABELS.mode, m, locale),
    },
    { title: t('社区', 'Community'), dataIndex: 'communityOrgName' },
    { title: t('发布', 'Published'), dataIndex: 'publishedOn' },
    {
      title: t('认领', 'Claims'),
      render: (_, p) => (p.capacity ? `${p.claims}/${p.capacity}` : p.claims),
    },
    {
      title: t('状态', 'Status'),
      dataIndex: 'status',
      render: (s: PostRow['status']) => (
        <StatusTag
          labels={LABELS.wishStatus}
          colors={STATUS_COLORS}
          status={s === 'closed' ? 'closed' : 'open'}
          locale={locale}
        />
      ),
    },
    {
      title: '',
      render: (_, p) =>
        p.status === 'open' && (
          <Button
            size="small"
            onClick={() =>
              action.run(async () => {
                await typed.post('/posts/{id}/close', {}, { params: { id: p.id } });
                reload();
              })
            }
          >
            {t('关闭', 'Close')}
          </Button>
        ),
    },
  ];
  const needColumns: TableColumnsType<PairingRow | WishRow> = [
    {
      title: kind === 'wishes' ? t('心愿', 'Wish') : t('需求', 'Need'),
      dataIndex: kind === 'wishes' ? 'content' : 'need',
    },
    { title: t('对象', 'Beneficiary'), dataIndex: 'beneficiary' },
    { title: t('社区', 'Community'), dataIndex: 'communityOrgName' },
    { title: t('征集', 'Collected'), dataIndex: 'collectedOn' },
    {
      title: t('状态', 'Status'),
      dataIndex: 'status',
      render: (s: (PairingRow | WishRow)['status']) => (
        <StatusTag
          labels={kind === 'wishes' ? LABELS.wishStatus : LABELS.pairingStatus}
          colors={STATUS_COLORS}
          status={s}
          locale={locale}
        />
      ),
    },
    { title: t('认领党员', 'Claimed by'), dataIndex: 'claimedByName' },
    ...(kind === 'wishes' ? [{ title: t('实现', 'Fulfilled'), dataIndex: 'fulfilledOn' }] : []),
  ];
  const rows = data?.items.length ?? 0;
  const pagination = {
    current: page,
    pageSize: 20,
    total: (page - 1) * 20 + rows + (rows === 20 ? 1 : 0),
    onChange: setPage,
    showSizeChanger: false,
  };
  return (
    <>
      <ErrorAlert error={error ?? action.error} />
      <Button
        type="primary"
        style={{ marginBottom: 12 }}
        data-testid={`publish-${kind}`}
        onClick={() => {
          action.clear();
          setOpen(true);
        }}
      >
        {kind === 'posts'
          ? t('发布服务岗位', 'Publish a post')
          : kind === 'wishes'
            ? t('征集微心愿', 'Collect a wish')
            : t('登记结对帮扶需求', 'Record a pairing need')}
      </Button>
      {kind === 'posts' ? (
        <Table<PostRow>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data?.kind === 'posts' ? data.items : []}
          columns={postColumns}
          pagination={pagination}
        />
      ) : (
        <Table<PairingRow | WishRow>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data && data.kind !== 'posts' ? data.items : []}
          columns={needColumns}
          pagination={pagination}
        />
      )}
      <Modal
        open={open}
        title={t('发布', 'Publish')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: action.busy }}
        destroyOnHidden
      >
        <ErrorAlert error={action.error} />
        <Form
          form={form}
          layout="vertical"
          onFinish={publish}
          initialValues={{ communityOrgId: communityOrgId ?? communities[0]?.id, mode: 'fixed' }}
        >
          {communities.length > 1 && (
            <Form.Item
              name="communityOrgId"
              label={t('社区党组织', 'Community org')}
              rules={[{ required: true }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={communities.map((c) => ({ value: c.id, label: c.name }))}
              />
            </Form.Item>
          )}
          {kind === 'posts' ? (
            <>
              <Form.Item name="title" label={t('岗位名称', 'Title')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
              <Form.Item name="mode" label={t('服务方式', 'Mode')}>
                <Select
                  options={SERVICE_MODES.map((m) => ({ value: m, label: label(LABELS.mode, m, locale) }))}
                />
              </Form.Item>
              <Form.Item name="capacity" label={t('名额（可空）', 'Places (optional)')}>
                <InputNumber min={1} />
              </Form.Item>
              <Form.Item name="description" label={t('说明', 'Description')}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item
                name="beneficiary"
                label={t('居民（服务对象）', 'Resident')}
                rules={[{ required: true }]}
              >
                <Input />
              </Form.Item>
              <Form.Item
                name={kind === 'wishes' ? 'content' : 'need'}
                label={kind === 'wishes' ? t('心愿内容', 'The wish') : t('帮扶需求', 'The need')}
                rules={[{ required: true }]}
              >
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
