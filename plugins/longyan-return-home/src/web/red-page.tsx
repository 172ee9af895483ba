import {
  type BodyOf,
  ErrorAlert,
  label,
  type PluginPageProps,
  type ResponseOf,
  Section,
  StatCards,
  tr,
  typedClient,
  typedCoreCityApi,
  useApiData,
  useSubmit,
} from '@jiceng/ui';
import { Button, Drawer, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { BRANCH_ROLES, COMMITTEE_ROLES, LABELS } from '../shared/model';
import type { paths } from './api.generated';
import { CommunitySelect, useCommunities } from './common';

type CommitteeRow = ResponseOf<paths, '/red-committees'>['items'][number];
type CommitteeMember = ResponseOf<paths, '/red-committees/{id}'>['members'][number];

/** 红色业委会: owners' committees led by compound orgs, with 交叉任职 and 一肩挑 flagged. */
export default function RedCommitteesPage({ api, cityApi, locale }: PluginPageProps) {
  const t = tr(locale);
  const communities = useCommunities(api);
  const [communityOrgId, setCommunity] = useState<number | undefined>();
  const [tick, setTick] = useState(0);
  const typed = typedClient<paths>(api);
  const { data, error, loading } = useApiData(
    () => typed.get('/red-committees', { query: { communityOrgId } }),
    [typed, communityOrgId, tick],
  );
  const [open, setOpen] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const covered = useApiData(
    () =>
      creating && communityOrgId
        ? typed.get('/compounds', { query: { communityOrgId } })
        : Promise.resolve({ items: [] }),
    [typed, creating, communityOrgId],
  );
  const action = useSubmit();
  const [form] = Form.useForm<BodyOf<paths, '/red-committees', 'post'>>();
  const totals = data?.totals;
  return (
    <div data-testid="red-page">
      <Section
        title={t('红色业委会', 'Red owners’ committees')}
        extra={
          <Space wrap>
            {communities.length > 1 && (
              <CommunitySelect
                communities={communities}
                value={communityOrgId}
                onChange={setCommunity}
                locale={locale}
                allowClear
              />
            )}
            <Button
              type="primary"
              disabled={!communityOrgId && communities.length !== 1}
              onClick={() => {
                setCommunity(communityOrgId ?? communities[0]?.id);
                action.clear();
                setCreating(true);
              }}
            >
              {t('登记业委会', 'Record a committee')}
            </Button>
          </Space>
        }
      >
        <ErrorAlert error={error} />
        {totals && (
          <StatCards
            items={[
              { title: t('红色业委会', 'Committees'), value: totals.committees },
              {
                title: t('委员中党员（在职）', 'Party members (in-service)'),
                value: `${totals.partyMembers}（${totals.inService}）`,
              },
              { title: t('一肩挑', 'Secretary is chair'), value: totals.oneShoulder },
              { title: t('交叉任职', 'Cross-appointed'), value: totals.crossAppointed },
            ]}
          />
        )}
        <Table<CommitteeRow>
          style={{ marginTop: 16 }}
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data?.items ?? []}
          pagination={{ pageSize: 15, showSizeChanger: false }}
          columns={[
            { title: t('业委会', 'Committee'), dataIndex: 'name' },
            { title: t('小区党组织', 'Compound org'), dataIndex: 'compoundOrgName' },
            { title: t('组建', 'Formed'), dataIndex: 'formedOn' },
            { title: t('物业（红色管家）', 'Property company'), dataIndex: 'propertyCompany' },
            {
              title: t('委员/党员/在职', 'Members/party/in-service'),
              render: (_, r) => `${r.members}/${r.partyMembers}/${r.inService}`,
            },
            {
              title: t('一肩挑', 'One-shoulder'),
              dataIndex: 'oneShoulder',
              render: (n) => (n ? <Tag color="red">{t('是', 'yes')}</Tag> : ''),
            },
            { title: t('交叉任职', 'Cross-appointed'), dataIndex: 'crossAppointed' },
            {
              title: '',
              render: (_, r) => (
                <Button size="small" onClick={() => setOpen(r.id)}>
                  {t('委员', 'Members')}
                </Button>
              ),
            },
          ]}
        />
      </Section>
      <Modal
        open={creating}
        title={t('登记红色业委会', 'Record a red owners’ committee')}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: action.busy }}
        destroyOnHidden
      >
        <ErrorAlert error={action.error} />
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) =>
            action.run(async () => {
              await typed.post('/red-committees', {
                compoundPlaceId: v.compoundPlaceId,
                formedOn: v.formedOn || undefined,
                propertyCompany: v.propertyCompany || null,
              });
              setCreating(false);
              setTick((x) => x + 1);
            })
          }
        >
          <Form.Item
            name="compoundPlaceId"
            label={t('小区（须已有小区党组织）', 'Compound (must have a compound org)')}
            rules={[{ required: true }]}
          >
            <Select
              options={(covered.data?.items ?? [])
                .filter((c) => c.orgId && !c.redCommitteeId)
                .map((c) => ({ value: c.id, label: `${c.name} · ${c.orgName}` }))}
            />
          </Form.Item>
          <Form.Item name="formedOn" label={t('组建日期', 'Formed on')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="propertyCompany" label={t('物业服务企业', 'Property company')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
      {open && (
        <MembersDrawer
          api={api}
          cityApi={cityApi}
          locale={locale}
          id={open}
          onClose={() => {
            setOpen(null);
            setTick((x) => x + 1);
          }}
        />
      )}
    </div>
  );
}

function MembersDrawer({
  api,
  cityApi,
  locale,
  id,
  onClose,
}: {
  api: PluginPageProps['api'];
  cityApi: PluginPageProps['cityApi'];
  locale: PluginPageProps['locale'];
  id: number;
  onClose: () => void;
}) {
  const t = tr(locale);
  const [tick, setTick] = useState(0);
  const typed = typedClient<paths>(api);
  const params = { params: { id } };
  const { data, error } = useApiData(() => typed.get('/red-committees/{id}', params), [typed, id, tick]);
  const [search, setSearch] = useState<{ value: number; label: string }[]>([]);
  const action = useSubmit();
  const [form] = Form.useForm<BodyOf<paths, '/red-committees/{id}/members', 'post'>>();
  const findMembers = async (q: string) => {
    if (q.trim().length < 1) return;
    try {
      const r = await typedCoreCityApi(cityApi).get('/members', { query: { q, pageSize: 20 } });
      setSearch(r.items.map((m) => ({ value: m.id, label: `${m.name} · ${m.orgName}` })));
    } catch {
      setSearch([]);
    }
  };
  return (
    <Drawer open width={640} onClose={onClose} title={data?.name ?? ''}>
      <ErrorAlert error={error ?? action.error} />
      {data && (
        <>
          <Table<CommitteeMember>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.members}
            columns={[
              { title: t('姓名', 'Name'), dataIndex: 'name' },
              {
                title: t('职务', 'Role'),
                dataIndex: 'role',
                render: (r) => label(LABELS.committeeRole, r, locale),
              },
              {
                title: t('党内职务', 'Branch post'),
                dataIndex: 'branchRole',
                render: (r) => (r ? label(LABELS.branchRole, r, locale) : ''),
              },
              {
                title: t('标识', 'Flags'),
                render: (_, m) => (
                  <Space size={2}>
                    {m.partyMember && <Tag color="red">{t('党员', 'party')}</Tag>}
                    {m.inService && <Tag color="orange">{t('在职', 'in-service')}</Tag>}
                    {m.oneShoulder && <Tag color="magenta">{t('一肩挑', 'one-shoulder')}</Tag>}
                    {m.crossAppointed && <Tag color="blue">{t('交叉任职', 'cross-appointed')}</Tag>}
                  </Space>
                ),
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('增加委员', 'Add a member')}
          </Typography.Title>
          <Form
            form={form}
            layout="vertical"
            initialValues={{ role: 'member' }}
            onFinish={(v) =>
              action.run(async () => {
                await typed.post(
                  '/red-committees/{id}/members',
                  {
                    memberId: v.memberId ?? null,
                    name: v.name || undefined,
                    role: v.role,
                    branchRole: v.branchRole ?? null,
                  },
                  params,
                );
                form.resetFields();
                setTick((x) => x + 1);
              })
            }
          >
            <Form.Item
              name="memberId"
              label={t(
                '党员（可搜索；非党员业主留空并填姓名）',
                'Party member (search; leave empty for other owners)',
              )}
            >
              <Select
                showSearch={{ filterOption: false, onSearch: findMembers }}
                allowClear
                options={search}
              />
            </Form.Item>
            <Form.Item name="name" label={t('姓名（非党员业主）', 'Name (other owners)')}>
              <Input />
            </Form.Item>
            <Space wrap>
              <Form.Item name="role" label={t('业委会职务', 'Committee role')}>
                <Select
                  style={{ width: 140 }}
                  options={COMMITTEE_ROLES.map((r) => ({
                    value: r,
                    label: label(LABELS.committeeRole, r, locale),
                  }))}
                />
              </Form.Item>
              <Form.Item
                name="branchRole"
                label={t('兼任小区党组织职务（交叉任职）', 'Also on the compound org (cross-appointed)')}
              >
                <Select
                  allowClear
                  style={{ width: 180 }}
                  options={BRANCH_ROLES.map((r) => ({
                    value: r,
                    label: label(LABELS.branchRole, r, locale),
                  }))}
                />
              </Form.Item>
            </Space>
            <Button type="primary" htmlType="submit" loading={action.busy}>
              {t('增加', 'Add')}
            </Button>
          </Form>
        </>
      )}
    </Drawer>
  );
}
