import {
  ActionButton,
  ErrorAlert,
  type PluginPageProps,
  Section,
  type BodyOf,
  type ResponseOf,
  StatCards,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { Button, Input, Modal, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { paths } from './api.generated';
import { areaName } from './common';

type Row = ResponseOf<paths, '/rectifications'>['items'][number];
type Dialog = { kind: 'edit' | 'close' | 'reopen'; row: Row } | null;
/** The dialogs' fields, as typed (each dialog uses its own). */
const EMPTY_FORM = { ownerName: '', measures: '', dueDate: '', note: '', closedOn: '', reason: '' };

/** 整改清单: one item per unmet standard of a locked assessment, with owner and due date, tracked to closed. */
export default function RectificationsPage({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const [campaignId, setCampaignId] = useState<number | undefined>();
  const [status, setStatus] = useState<'all' | 'open' | 'overdue' | 'closed'>('open');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form, setForm] = useState(EMPTY_FORM);
  const [error, setError] = useState<unknown>(null);
  const typed = typedClient<paths>(api);
  const campaigns = useApiData(() => typed.get('/campaigns'), [typed]);
  const list = useApiData(
    () => typed.get('/rectifications', { query: { campaignId, status } }),
    [typed, campaignId, status],
  );

  function openDialog(kind: 'edit' | 'close' | 'reopen', row: Row) {
    setError(null);
    setForm(
      kind === 'edit'
        ? {
            ...EMPTY_FORM,
            ownerName: row.ownerName ?? '',
            measures: row.measures ?? '',
            dueDate: row.dueDate,
          }
        : EMPTY_FORM,
    );
    setDialog({ kind, row });
  }
  async function submit() {
    if (!dialog) return;
    const { kind, row } = dialog;
    try {
      if (kind === 'edit') {
        const body: BodyOf<paths, '/rectifications/{id}', 'patch'> = {
          ownerName: form.ownerName.trim() || null,
          measures: form.measures.trim() || null,
        };
        if (form.dueDate && form.dueDate !== row.dueDate) body.dueDate = form.dueDate;
        await typed.patch('/rectifications/{id}', body, { params: { id: row.id } });
      } else if (kind === 'close')
        await typed.post(
          '/rectifications/{id}/close',
          { note: form.note, ...(form.closedOn ? { closedOn: form.closedOn } : {}) },
          { params: { id: row.id } },
        );
      else
        await typed.post('/rectifications/{id}/reopen', { reason: form.reason }, { params: { id: row.id } });
      setDialog(null);
      list.reload();
    } catch (e) {
      setError(e);
    }
  }

  const s = list.data?.summary;
  return (
    <div data-testid="rectifications-page">
      <Section
        title={t('整改清单', 'Rectification list')}
        extra={
          <Space wrap>
            <Select
              aria-label={t('全部批次', 'All campaigns')}
              allowClear
              placeholder={t('全部批次', 'All campaigns')}
              style={{ minWidth: 260 }}
              value={campaignId}
              onChange={setCampaignId}
              options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
            <Segmented
              data-testid="rect-status"
              value={status}
              onChange={(v) => setStatus(v as typeof status)}
              options={[
                { value: 'open', label: t('整改中', 'Open') },
                { value: 'overdue', label: t('已逾期', 'Overdue') },
                { value: 'closed', label: t('已销号', 'Closed') },
                { value: 'all', label: t('全部', 'All') },
              ]}
            />
          </Space>
        }
      >
        <ErrorAlert error={list.error} />
        {s && (
          <StatCards
            items={[
              { title: t('整改事项', 'Items'), value: s.total, testId: 'rect-total' },
              { title: t('整改中', 'Open'), value: s.open, testId: 'rect-open' },
              { title: t('已逾期', 'Overdue'), value: s.overdue, testId: 'rect-overdue' },
              {
                title: t('按期销号', 'Closed on time'),
                value: `${s.closedOnTime}/${s.closed}`,
                testId: 'rect-on-time',
              },
            ]}
          />
        )}
      </Section>
      <Section title={t('事项', 'Items')}>
        <Table
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          data-testid="rect-table"
          pagination={{ pageSize: 30, showSizeChanger: false }}
          columns={[
            { title: t('社区', 'Community'), dataIndex: 'communityName', width: 110 },
            { title: t('街道', 'Street'), dataIndex: 'streetName', width: 100 },
            {
              title: t('方面', 'Area'),
              dataIndex: 'area',
              width: 100,
              render: (v: string) => areaName(v, locale),
            },
            { title: t('问题', 'Problem'), dataIndex: 'problem' },
            {
              title: t('整改措施', 'Measures'),
              dataIndex: 'measures',
              render: (v: string | null) => v ?? <Typography.Text type="secondary">—</Typography.Text>,
            },
            {
              title: t('责任人', 'Owner'),
              dataIndex: 'ownerName',
              width: 120,
              render: (v: string | null) => v ?? <Tag color="orange">{t('未指定', 'unassigned')}</Tag>,
            },
            {
              title: t('期限', 'Due'),
              dataIndex: 'dueDate',
              width: 110,
              render: (v: string, r: Row) => (r.overdue ? <Tag color="red">{v}</Tag> : v),
            },
            {
              title: t('状态', 'Status'),
              key: 'status',
              width: 130,
              render: (_: unknown, r: Row) =>
                r.status === 'closed' ? (
                  <Tag color={r.onTime ? 'green' : 'gold'}>
                    {t('已销号', 'Closed')} {r.closedOn}
                    {r.onTime ? '' : t('（逾期）', ' (late)')}
                  </Tag>
                ) : (
                  <Tag color={r.overdue ? 'red' : 'blue'}>
                    {r.overdue ? t('逾期未改', 'Overdue') : t('整改中', 'Open')}
                  </Tag>
                ),
            },
            {
              title: '',
              key: 'actions',
              width: 150,
              render: (_: unknown, r: Row) =>
                r.status === 'open' ? (
                  <Space size={4}>
                    <Button
                      size="small"
                      onClick={() => openDialog('edit', r)}
                      data-testid={`rect-edit-${r.id}`}
                    >
                      {t('编辑', 'Edit')}
                    </Button>
                    <ActionButton
                      size="small"
                      type="primary"
                      action={r.actions?.close}
                      onClick={() => openDialog('close', r)}
                      data-testid={`rect-close-${r.id}`}
                    >
                      {t('销号', 'Close')}
                    </ActionButton>
                  </Space>
                ) : (
                  <ActionButton
                    size="small"
                    action={r.actions?.reopen}
                    onClick={() => openDialog('reopen', r)}
                    data-testid={`rect-reopen-${r.id}`}
                  >
                    {t('重新打开', 'Reopen')}
                  </ActionButton>
                ),
            },
          ]}
        />
      </Section>
      <Modal
        open={!!dialog}
        title={dialog ? `${dialog.row.code} ${dialog.row.title} · ${dialog.row.communityName}` : ''}
        onCancel={() => setDialog(null)}
        onOk={submit}
        okButtonProps={{ 'data-testid': 'rect-dialog-ok' }}
      >
        <ErrorAlert error={error} />
        {dialog?.kind === 'edit' && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Input
              aria-label={t('责任人', 'Owner')}
              prefix={t('责任人', 'Owner')}
              value={form.ownerName}
              onChange={(e) => setForm({ ...form, ownerName: e.target.value })}
              maxLength={60}
            />
            <Input.TextArea
              aria-label={t('整改措施', 'Measures')}
              rows={3}
              placeholder={t('整改措施', 'Measures')}
              value={form.measures}
              onChange={(e) => setForm({ ...form, measures: e.target.value })}
            />
            <label>
              {t('整改期限（街道、市级可调整）', 'Due date (street or city may change it)')}：
              <input
                type="date"
                value={form.dueDate}
                onChange={(e) => setForm({ ...form, dueDate: e.target.value })}
              />
            </label>
          </Space>
        )}
        {dialog?.kind === 'close' && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Input.TextArea
              aria-label={t('整改完成情况（必填）', 'What was done (required)')}
              rows={3}
              placeholder={t('整改完成情况（必填）', 'What was done (required)')}
              value={form.note}
              onChange={(e) => setForm({ ...form, note: e.target.value })}
              data-testid="rect-close-note"
            />
            <label>
              {t('销号日期（默认今天）', 'Closing date (default today)')}：
              <input
                type="date"
                value={form.closedOn}
                onChange={(e) => setForm({ ...form, closedOn: e.target.value })}
              />
            </label>
          </Space>
        )}
        {dialog?.kind === 'reopen' && (
          <Input.TextArea
            aria-label={t('重新打开的原因', 'Why it is reopened')}
            rows={3}
            placeholder={t('重新打开的原因', 'Why it is reopened')}
            value={form.reason}
            onChange={(e) => setForm({ ...form, reason: e.target.value })}
          />
        )}
      </Modal>
    </div>
  );
}
