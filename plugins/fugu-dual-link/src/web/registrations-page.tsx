import {
  ActionButton,
  ErrorAlert,
  named,
  type PluginPageProps,
  Section,
  useApiData,
  validValues,
} from '@jiceng/ui';
import {
  Alert,
  type Breakpoint,
  Button,
  Cascader,
  Checkbox,
  Form,
  Input,
  Modal,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { useMemo, useState } from 'react';
import { REGISTRATION_STATUS_LABELS } from '../shared/terms';
import {
  attempt,
  type Community,
  errorText,
  label,
  PageLink,
  pageHref,
  StatusTag,
  tr,
  useCommunities,
} from './common';

type Side = 'all' | 'unit' | 'community';

export default function RegistrationsPage({ api, cityApi, city, locale }: PluginPageProps) {
  const t = tr(locale);
  const [side, setSide] = useState<Side>('all');
  const [status, setStatus] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [sending, setSending] = useState(false);
  const [moving, setMoving] = useState<any>();
  const communities = useCommunities(api, true);
  const list = useApiData(
    () => api.get<any>('/registrations', { side, status, q: q || undefined, page, pageSize: 20 }),
    [api, side, status, q, page],
  );

  const act = async (fn: () => Promise<unknown>, ok: string) => {
    if (await attempt(fn, ok)) list.reload();
  };
  const returnLetter = (r: any) => {
    let reason = '';
    Modal.confirm({
      title: t('退回报到函', 'Return the letter'),
      content: (
        <Input
          aria-label={t('退回原因（如：不在本社区居住）', 'Reason (e.g. not living here)')}
          data-testid="return-reason"
          placeholder={t('退回原因（如：不在本社区居住）', 'Reason (e.g. not living here)')}
          onChange={(e) => (reason = e.target.value)}
        />
      ),
      onOk: () =>
        act(
          () => api.post(`/registrations/${r.id}/return`, { reason }),
          t('已退回，单位将收到通知', 'Returned; the unit is told'),
        ),
    });
  };

  const columns = [
    // Names stay readable: the member is always shown (fixed on the left), long org names end in "…" with the full
    // name on hover, and the less needed columns appear only on wider screens.
    {
      title: t('函号', 'Letter'),
      dataIndex: 'letterNo',
      width: 150,
      responsive: ['xxl'] as Breakpoint[],
      render: (v: string) => <span style={{ fontSize: 12 }}>{v}</span>,
    },
    {
      title: t('党员', 'Member'),
      dataIndex: 'memberName',
      width: 96,
      fixed: 'left' as const,
      render: (v: string, r: any) => (
        <PageLink href={pageHref(city.code, 'member', { id: r.memberId })} testId={`reg-member-${r.id}`}>
          {v}
        </PageLink>
      ),
    },
    {
      title: t('单位党组织（组织关系）', 'Unit org (relation)'),
      dataIndex: 'unitOrgName',
      width: 190,
      responsive: ['md'] as Breakpoint[],
      ellipsis: { showTitle: false },
      render: named,
    },
    {
      title: t('居住地社区（活动）', 'Community (activity)'),
      dataIndex: 'communityName',
      width: 160,
      responsive: ['sm'] as Breakpoint[],
      ellipsis: { showTitle: false },
      render: named,
    },
    {
      title: t('住址', 'Residence'),
      dataIndex: 'residencePlaceName',
      width: 160,
      responsive: ['xxl'] as Breakpoint[],
      ellipsis: { showTitle: false },
      render: named,
    },
    {
      title: t('状态', 'Status'),
      dataIndex: 'status',
      width: 120,
      render: (v: string, r: any) => <StatusTag status={v} locale={locale} testId={`reg-status-${r.id}`} />,
    },
    {
      title: t('登记卡', 'Card'),
      key: 'card',
      width: 130,
      responsive: ['lg'] as Breakpoint[],
      render: (_: unknown, r: any) => (
        <Space size={2} orientation="vertical">
          <Tag color={r.card.part2.stamped ? 'green' : 'default'}>
            {t('第二联·社区', 'Part 2 · community')}
          </Tag>
          <Tag color={r.card.part1.filedOn ? 'green' : 'default'}>{t('第一联·单位', 'Part 1 · unit')}</Tag>
        </Space>
      ),
    },
    { title: t('发函', 'Sent'), dataIndex: 'sentOn', width: 105, responsive: ['lg'] as Breakpoint[] },
    {
      title: t('盖章', 'Stamped'),
      dataIndex: 'stampedOn',
      width: 105,
      responsive: ['xxl'] as Breakpoint[],
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('操作', 'Actions'),
      key: 'actions',
      width: 170,
      render: (_: unknown, r: any) => (
        <Space size={4} wrap>
          {/* The community side sees why it may not stamp (a level above, say); the unit is not offered it. */}
          {r.status === 'sent' && (
            <ActionButton
              size="small"
              type="primary"
              action={r.actions?.stamp}
              hideWhenRefused={!r.sides?.community}
              data-testid={`stamp-${r.id}`}
              onClick={() =>
                act(
                  () => api.post(`/registrations/${r.id}/stamp`, {}),
                  t('已盖章，第二联由社区留存', 'Stamped; part 2 kept by the community'),
                )
              }
            >
              {t('接收盖章', 'Receive and stamp')}
            </ActionButton>
          )}
          {r.status === 'sent' && r.sides?.community && (
            <Button size="small" data-testid={`return-${r.id}`} onClick={() => returnLetter(r)}>
              {t('退回', 'Return')}
            </Button>
          )}
          {r.status === 'stamped' && r.sides?.unit && (
            <Button
              size="small"
              type="primary"
              data-testid={`file-part1-${r.id}`}
              onClick={() =>
                act(
                  () => api.post(`/registrations/${r.id}/file-part1`, {}),
                  t('第一联已备案', 'Part 1 filed'),
                )
              }
            >
              {t('第一联备案', 'File part 1')}
            </Button>
          )}
          {['sent', 'stamped', 'filed'].includes(r.status) && (r.sides?.unit || r.sides?.community) && (
            <Button size="small" data-testid={`move-${r.id}`} onClick={() => setMoving(r)}>
              {t('迁居', 'Moved')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const counts = list.data?.statusCounts ?? {};
  return (
    <div data-testid="registrations-page">
      <Section
        title={t('双向登记：报到函与报到登记卡', 'Dual registration: letters and two-part cards')}
        extra={
          city.access !== 'self' && (
            <Button type="primary" data-testid="send-letter" onClick={() => setSending(true)}>
              {t('单位发报到函', 'Send a letter (unit)')}
            </Button>
          )
        }
      >
        <Space wrap style={{ marginBottom: 12 }}>
          <Segmented
            data-testid="side-filter"
            value={side}
            onChange={(v) => {
              setSide(v as Side);
              setPage(1);
            }}
            options={[
              { value: 'all', label: t('全部', 'All') },
              { value: 'unit', label: t('本单位党员', 'Our unit’s members') },
              { value: 'community', label: t('到本社区报到', 'Reporting to our community') },
            ]}
          />
          <Select
            aria-label={t('状态', 'Status')}
            allowClear
            data-testid="status-filter"
            style={{ width: 200 }}
            placeholder={t('状态', 'Status')}
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
            options={Object.keys(REGISTRATION_STATUS_LABELS).map((s) => ({
              value: s,
              label: `${label(REGISTRATION_STATUS_LABELS, s, locale)} (${counts[s] ?? 0})`,
            }))}
          />
          <Input.Search
            aria-label={t('姓名或函号', 'Name or letter no.')}
            allowClear
            data-testid="reg-search"
            placeholder={t('姓名或函号', 'Name or letter no.')}
            onSearch={(v) => {
              setQ(v.trim());
              setPage(1);
            }}
            style={{ width: 220 }}
          />
        </Space>
        <ErrorAlert error={list.error} />
        <Table
          size="small"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          columns={columns}
          scroll={{ x: 'max-content' }}
          tableLayout="fixed"
          pagination={{
            current: page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }}
        />
      </Section>
      {sending && (
        <SendLetter
          api={api}
          cityApi={cityApi}
          locale={locale}
          communities={communities.data?.items ?? []}
          onClose={(sent) => {
            setSending(false);
            if (sent) list.reload();
          }}
        />
      )}
      {moving && (
        <MoveDialog
          api={api}
          locale={locale}
          registration={moving}
          communities={communities.data?.items ?? []}
          onClose={(moved) => {
            setMoving(undefined);
            if (moved) list.reload();
          }}
        />
      )}
    </div>
  );
}

function placeOptions(community: Community | undefined) {
  return (community?.compounds ?? []).map((c) => ({
    value: c.id,
    label: c.name,
    children: c.buildings.map((b) => ({ value: b.id, label: b.name })),
  }));
}

function SendLetter({
  api,
  cityApi,
  locale,
  communities,
  onClose,
}: {
  api: PluginPageProps['api'];
  cityApi: PluginPageProps['cityApi'];
  locale: PluginPageProps['locale'];
  communities: Community[];
  onClose: (sent: boolean) => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [options, setOptions] = useState<{ value: number; label: string; member: any }[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const communityId = Form.useWatch('communityOrgId', form);
  const community = useMemo(() => communities.find((c) => c.id === communityId), [communities, communityId]);
  const search = async (q: string) => {
    const r = await cityApi.get<any>('/members', { q: q || undefined, category: 'in_service', pageSize: 20 });
    setOptions(
      r.items.map((m: any) => ({ value: m.id, label: `${m.name} · ${m.unitName ?? m.orgName}`, member: m })),
    );
  };
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    setBusy(true);
    setError(undefined);
    try {
      const place: number[] | undefined = v.place;
      await api.post('/registrations', {
        memberId: v.memberId,
        communityOrgId: v.communityOrgId,
        residencePlaceId: place?.length ? place[place.length - 1] : undefined,
        address: v.address || null,
        occupation: v.occupation || null,
        skills: v.skills || null,
        commitment: v.commitment || null,
        onBoard: v.consent?.includes('onBoard') ?? false,
        showPhoto: v.consent?.includes('showPhoto') ?? false,
        showUnit: v.consent?.includes('showUnit') ?? false,
        showCommitment: v.consent?.includes('showCommitment') ?? false,
        showPost: v.consent?.includes('showPost') ?? false,
      });
      onClose(true);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('《双联双管报到函》与《基本情况登记表》', 'Registration letter and form')}
      onCancel={() => onClose(false)}
      onOk={submit}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'letter-submit' } as any}
      width={640}
      destroyOnHidden
    >
      {error && (
        <Alert type="error" showIcon title={error} data-testid="letter-error" style={{ marginBottom: 12 }} />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ consent: ['onBoard', 'showUnit', 'showCommitment'] }}
      >
        <Form.Item name="memberId" label={t('在职党员', 'In-service member')} rules={[{ required: true }]}>
          <Select
            data-testid="letter-member"
            showSearch={{ filterOption: false, onSearch: search }}
            onFocus={() => !options.length && search('')}
            options={options}
            onChange={(id) => {
              const m = options.find((o) => o.value === id)?.member;
              if (m) form.setFieldsValue({ occupation: m.occupation ?? '', skills: m.skills ?? '' });
            }}
            placeholder={t('输入姓名搜索', 'Type a name')}
          />
        </Form.Item>
        <Form.Item
          name="communityOrgId"
          label={t('居住地社区', 'Residence community')}
          rules={[{ required: true }]}
        >
          <Select
            data-testid="letter-community"
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={() => form.setFieldsValue({ place: undefined })}
          />
        </Form.Item>
        <Form.Item
          name="place"
          label={t(
            '小区 / 楼栋（不选则按党员档案中的住址）',
            'Compound / building (default: the address on file)',
          )}
        >
          <Cascader
            data-testid="letter-place"
            options={placeOptions(community)}
            changeOnSelect
            placeholder={t('选择小区或楼栋', 'Compound or building')}
          />
        </Form.Item>
        <Form.Item name="address" label={t('详细住址', 'Address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Space style={{ width: '100%' }} align="start">
          <Form.Item name="occupation" label={t('职业', 'Occupation')}>
            <Input maxLength={60} data-testid="letter-occupation" />
          </Form.Item>
          <Form.Item name="skills" label={t('技术特长', 'Skills')}>
            <Input maxLength={200} data-testid="letter-skills" style={{ width: 300 }} />
          </Form.Item>
        </Space>
        <Form.Item name="commitment" label={t('公开承诺事项（监督台）', 'Public commitment (for the board)')}>
          <Input.TextArea maxLength={300} rows={2} data-testid="letter-commitment" />
        </Form.Item>
        <Form.Item
          name="consent"
          label={t('本人同意在在职党员监督台公开', 'The member agrees to show on the public board')}
        >
          <Checkbox.Group
            options={[
              { value: 'onBoard', label: t('上监督台', 'Be listed') },
              { value: 'showPhoto', label: t('照片', 'Photo') },
              { value: 'showUnit', label: t('工作单位', 'Unit') },
              { value: 'showCommitment', label: t('承诺事项', 'Commitment') },
              { value: 'showPost', label: t('服务岗位', 'Post') },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function MoveDialog({
  api,
  locale,
  registration,
  communities,
  onClose,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  registration: any;
  communities: Community[];
  onClose: (moved: boolean) => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [error, setError] = useState<string>();
  const communityId = Form.useWatch('newCommunityOrgId', form);
  const community = communities.find((c) => c.id === communityId);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      const place: number[] | undefined = v.place;
      await api.post(`/registrations/${registration.id}/move`, {
        newCommunityOrgId: v.newCommunityOrgId,
        newResidencePlaceId: place?.length ? place[place.length - 1] : null,
        address: v.address || null,
      });
      onClose(true);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Modal
      open
      title={t(
        `${registration.memberName} 迁居：注销本社区登记，到新社区重新报到`,
        `${registration.memberName} moved: close here, register at the new community`,
      )}
      onCancel={() => onClose(false)}
      onOk={submit}
      okButtonProps={{ 'data-testid': 'move-submit' } as any}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="newCommunityOrgId"
          label={t('新居住地社区', 'New community')}
          rules={[{ required: true }]}
        >
          <Select
            data-testid="move-community"
            options={communities
              .filter((c) => c.id !== registration.communityOrgId)
              .map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Form.Item name="place" label={t('小区 / 楼栋', 'Compound / building')}>
          <Cascader options={placeOptions(community)} changeOnSelect />
        </Form.Item>
        <Form.Item name="address" label={t('详细住址', 'Address')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
