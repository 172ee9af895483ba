import {
  type BodyOf,
  ErrorAlert,
  formatRatio,
  type PluginPageProps,
  type ResponseOf,
  Section,
  StatCards,
  tr,
  typedClient,
  useApiData,
  useSubmit,
} from '@jiceng/ui';
import { Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { paths } from './api.generated';
import { type Community, CommunitySelect, okButton, useCommunities } from './common';

type CoverageCommunity = ResponseOf<paths, '/coverage'>['communities'][number];
type OrgRow = ResponseOf<paths, '/compound-orgs'>['items'][number];

/** 小区"兼合式"党组织: draw compounds, form orgs alone or jointly, building party groups, coverage. */
export default function CompoundsPage({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const communities = useCommunities(api);
  const [communityOrgId, setCommunity] = useState<number | undefined>();
  const [tick, setTick] = useState(0);
  const typed = typedClient<paths>(api);
  const coverage = useApiData(
    () => typed.get('/coverage', { query: { orgId: communityOrgId } }),
    [typed, communityOrgId, tick],
  );
  const orgs = useApiData(
    () => typed.get('/compound-orgs', { query: { communityOrgId } }),
    [typed, communityOrgId, tick],
  );
  const [modal, setModal] = useState<null | 'draw' | 'form' | { group: OrgRow }>(null);
  const refresh = () => setTick((x) => x + 1);
  const totals = coverage.data?.totals;

  return (
    <div data-testid="compounds-page">
      <Section
        title={t('小区"兼合式"党组织', 'Compound party orgs (兼合式)')}
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
            <Button onClick={() => setModal('draw')} data-testid="draw-compound">
              {t('划分小区', 'Draw a compound')}
            </Button>
            <Button type="primary" onClick={() => setModal('form')} data-testid="form-compound-org">
              {t('组建小区党组织', 'Form a compound org')}
            </Button>
          </Space>
        }
      >
        <ErrorAlert error={coverage.error} />
        {totals && (
          <StatCards
            items={[
              { title: t('小区', 'Compounds'), value: totals.compounds, testId: 'cov-compounds' },
              { title: t('小区党组织', 'Compound orgs'), value: totals.compoundOrgs, testId: 'cov-orgs' },
              { title: t('已覆盖小区', 'Covered'), value: totals.covered, testId: 'cov-covered' },
              { title: t('覆盖率', 'Coverage'), value: formatRatio(totals.rate), testId: 'cov-rate' },
            ]}
          />
        )}
        <Table<CoverageCommunity>
          style={{ marginTop: 16 }}
          rowKey="communityOrgId"
          size="small"
          data-testid="coverage-table"
          loading={coverage.loading}
          dataSource={coverage.data?.communities ?? []}
          pagination={{ pageSize: 15, showSizeChanger: false }}
          expandable={{
            expandedRowRender: (r) => (
              <Space wrap size={[4, 4]}>
                {r.items.map((i) => (
                  <Tag
                    key={i.id}
                    color={i.orgId ? (i.joint ? 'cyan' : 'green') : 'red'}
                    title={i.orgName ?? ''}
                  >
                    {i.name}
                    {i.orgId ? '' : t('（未覆盖）', ' (not covered)')}
                  </Tag>
                ))}
              </Space>
            ),
          }}
          columns={[
            { title: t('社区党组织', 'Community org'), dataIndex: 'communityOrgName' },
            {
              title: t('街道', 'Street'),
              dataIndex: 'streetOrgName',
              render: (x) => x?.replace(/党工委$/, ''),
            },
            { title: t('小区', 'Compounds'), dataIndex: 'compounds' },
            { title: t('小区党组织', 'Orgs'), dataIndex: 'compoundOrgs' },
            {
              title: t('覆盖', 'Covered'),
              render: (_, r) =>
                r.covered < r.compounds ? (
                  <Typography.Text type="danger">{`${r.covered}/${r.compounds}`}</Typography.Text>
                ) : (
                  `${r.covered}/${r.compounds}`
                ),
            },
          ]}
        />
      </Section>
      <Section title={t('小区党组织名录', 'Compound orgs')}>
        <ErrorAlert error={orgs.error} />
        <Table<OrgRow>
          rowKey="id"
          size="small"
          data-testid="compound-orgs-table"
          loading={orgs.loading}
          dataSource={orgs.data?.items ?? []}
          pagination={{ pageSize: 15, showSizeChanger: false }}
          columns={[
            { title: t('党组织', 'Org'), dataIndex: 'name' },
            { title: t('社区', 'Community'), dataIndex: 'communityOrgName' },
            {
              title: t('组建方式', 'Formed'),
              dataIndex: 'formation',
              render: (f) => (
                <Tag color={f === 'joint' ? 'cyan' : 'green'}>
                  {f === 'joint' ? t('联合组建', 'Jointly') : t('单独组建', 'Alone')}
                </Tag>
              ),
            },
            {
              title: t('覆盖小区', 'Compounds'),
              dataIndex: 'compounds',
              render: (cs: OrgRow['compounds']) => cs.map((c) => c.name).join('、'),
            },
            { title: t('楼栋党小组', 'Building groups'), dataIndex: 'buildingGroups' },
            { title: t('组建日期', 'Formed on'), dataIndex: 'formedOn' },
            {
              title: '',
              render: (_, o) => (
                <Button size="small" onClick={() => setModal({ group: o })}>
                  {t('设楼栋党小组', 'Add building group')}
                </Button>
              ),
            },
          ]}
        />
      </Section>
      {modal === 'draw' && (
        <DrawModal
          api={api}
          locale={locale}
          communities={communities}
          defaultCommunity={communityOrgId}
          onClose={() => setModal(null)}
          onDone={refresh}
        />
      )}
      {modal === 'form' && (
        <FormOrgModal
          api={api}
          locale={locale}
          communities={communities}
          defaultCommunity={communityOrgId}
          onClose={() => setModal(null)}
          onDone={refresh}
        />
      )}
      {modal && typeof modal === 'object' && (
        <GroupModal
          api={api}
          locale={locale}
          org={modal.group}
          onClose={() => setModal(null)}
          onDone={refresh}
        />
      )}
    </div>
  );
}

interface ModalProps {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  onClose: () => void;
  onDone: () => void;
}

function DrawModal({
  api,
  locale,
  communities,
  defaultCommunity,
  onClose,
  onDone,
}: ModalProps & { communities: Community[]; defaultCommunity?: number }) {
  const t = tr(locale);
  const [form] = Form.useForm<BodyOf<paths, '/compounds', 'post'>>();
  const action = useSubmit();
  return (
    <Modal
      open
      title={t('划分小区', 'Draw a compound')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: action.busy }}
    >
      <ErrorAlert error={action.error} />
      <Typography.Paragraph type="secondary">
        {t(
          '按"方便自治管理""区域相对独立"的原则划分小区。',
          'Draw compounds that are easy to self-manage and relatively separate.',
        )}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ communityOrgId: defaultCommunity ?? communities[0]?.id }}
        onFinish={(v) =>
          action.run(async () => {
            await typedClient<paths>(api).post('/compounds', v);
            onDone();
            onClose();
          })
        }
      >
        <Form.Item
          name="communityOrgId"
          label={t('社区党组织', 'Community org')}
          rules={[{ required: true }]}
        >
          <CommunitySelect communities={communities} locale={locale} />
        </Form.Item>
        <Form.Item name="name" label={t('小区名称', 'Compound name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function FormOrgModal({
  api,
  locale,
  communities,
  defaultCommunity,
  onClose,
  onDone,
}: ModalProps & { communities: Community[]; defaultCommunity?: number }) {
  const t = tr(locale);
  const [community, setCommunity] = useState<number | undefined>(defaultCommunity ?? communities[0]?.id);
  const typed = typedClient<paths>(api);
  const uncovered = useApiData(
    () =>
      community
        ? typed.get('/compounds', { query: { communityOrgId: community, uncovered: 'true' } })
        : Promise.resolve({ items: [] }),
    [typed, community],
  );
  const [form] = Form.useForm<Omit<BodyOf<paths, '/compound-orgs', 'post'>, 'communityOrgId'>>();
  const action = useSubmit();
  return (
    <Modal
      open
      title={t('组建小区"兼合式"党组织', 'Form a compound party org')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={okButton({ loading: action.busy }, 'form-org-submit')}
    >
      <ErrorAlert error={action.error} />
      <Typography.Paragraph type="secondary">
        {t(
          '党员较少的相邻小区可联合组建；党员较多的小区再按楼栋设党小组。',
          'Neighbouring compounds with few members form one org jointly; large ones add building groups.',
        )}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          action.run(async () => {
            // The community is picked above the form (its select empties the compounds); none picked, none sent.
            if (!community) return;
            await typed.post('/compound-orgs', {
              communityOrgId: community,
              compoundPlaceIds: v.compoundPlaceIds,
              name: v.name || undefined,
              formedOn: v.formedOn || undefined,
            });
            onDone();
            onClose();
          })
        }
      >
        <Form.Item label={t('社区党组织', 'Community org')} required>
          <CommunitySelect
            communities={communities}
            value={community}
            onChange={(v) => {
              setCommunity(v);
              form.setFieldValue('compoundPlaceIds', []);
            }}
            locale={locale}
          />
        </Form.Item>
        <Form.Item
          name="compoundPlaceIds"
          label={t('覆盖的小区（可多选，联合组建）', 'Compounds (several = joint)')}
          rules={[{ required: true }]}
        >
          <Select
            mode="multiple"
            data-testid="form-org-compounds"
            loading={uncovered.loading}
            options={(uncovered.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.name}（${t('居住党员', 'resident members')} ${c.residentMembers}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('名称（可空，自动生成）', 'Name (optional)')}>
          <Input />
        </Form.Item>
        <Form.Item name="formedOn" label={t('组建日期', 'Formed on')}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function GroupModal({
  api,
  locale,
  org,
  onClose,
  onDone,
}: ModalProps & { org: Pick<OrgRow, 'id' | 'name'> }) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const params = { params: { id: org.id } };
  const detail = useApiData(() => typed.get('/compound-orgs/{id}', params), [typed, org.id]);
  const [form] = Form.useForm<BodyOf<paths, '/compound-orgs/{id}/building-groups', 'post'>>();
  const action = useSubmit();
  const taken = new Set((detail.data?.buildingGroups ?? []).map((g) => g.buildingPlaceId));
  return (
    <Modal
      open
      title={`${org.name} · ${t('楼栋党小组', 'Building groups')}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: action.busy }}
    >
      <ErrorAlert error={action.error ?? detail.error} />
      <Typography.Paragraph>
        {(detail.data?.buildingGroups ?? []).map((g) => g.name).join('、') ||
          t('尚无楼栋党小组', 'No building groups yet')}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          action.run(async () => {
            await typed.post(
              '/compound-orgs/{id}/building-groups',
              { name: v.name, buildingPlaceId: v.buildingPlaceId ?? null },
              params,
            );
            onDone();
            onClose();
          })
        }
      >
        <Form.Item name="buildingPlaceId" label={t('楼栋', 'Building')}>
          <Select
            allowClear
            options={(detail.data?.buildings ?? [])
              .filter((b) => !taken.has(b.id))
              .map((b) => ({ value: b.id, label: b.name }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('党小组名称', 'Group name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
