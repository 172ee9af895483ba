import {
  ActionButton,
  attempt,
  ErrorAlert,
  label,
  named,
  type PluginPageProps,
  type ResponseOf,
  Section,
  StatusTag,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { type Breakpoint, Button, Input, Modal, Segmented, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { REGISTRATION_STATUS_LABELS, REGISTRATION_STATUSES, type RegistrationStatus } from '../shared/terms';
import type { paths } from './api.generated';
import { PageLink, pageHref, REGISTRATION_STATUS_COLORS, useCommunities } from './common';
import { MoveDialog, SendLetter } from './registration-dialogs';

type Side = 'all' | 'unit' | 'community';
type Row = ResponseOf<paths, '/registrations'>['items'][number];

export default function RegistrationsPage({ api, cityApi, city, locale }: PluginPageProps) {
  const t = tr(locale);
  const [side, setSide] = useState<Side>('all');
  const [status, setStatus] = useState<RegistrationStatus | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [sending, setSending] = useState(false);
  const [moving, setMoving] = useState<Row>();
  const communities = useCommunities(api, true);
  const typed = typedClient<paths>(api);
  const list = useApiData(
    () => typed.get('/registrations', { query: { side, status, q: q || undefined, page, pageSize: 20 } }),
    [api, side, status, q, page],
  );

  const act = async (fn: () => Promise<unknown>, ok: string) => {
    if (await attempt(fn, { ok })) list.reload();
  };
  const returnLetter = (r: Row) => {
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
          () => typed.post('/registrations/{id}/return', { reason }, { params: { id: r.id } }),
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
      render: (v: string, r: Row) => (
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
      render: (v: string, r: Row) => (
        <StatusTag
          labels={REGISTRATION_STATUS_LABELS}
          colors={REGISTRATION_STATUS_COLORS}
          status={v}
          locale={locale}
          testId={`reg-status-${r.id}`}
        />
      ),
    },
    {
      title: t('登记卡', 'Card'),
      key: 'card',
      width: 130,
      responsive: ['lg'] as Breakpoint[],
      render: (_: unknown, r: Row) => (
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
      render: (_: unknown, r: Row) => (
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
                  () => typed.post('/registrations/{id}/stamp', {}, { params: { id: r.id } }),
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
                  () => typed.post('/registrations/{id}/file-part1', {}, { params: { id: r.id } }),
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
            options={REGISTRATION_STATUSES.map((s) => ({
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
