import { type ApiClient, ErrorAlert, type Locale, tr, useApiData, useSubmit } from '@jiceng/ui';
import { Input, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { labels } from '../labels';
import { type Localized, say } from '../shared/model';
import type { Change, DetailItem, HistoryEntry } from './assessment-types';
import { rectificationStatusName, resultName, stateName } from './common';

/** The assessment page's dialog and tab: uploading an evidence file, and the history of changes. */

export function EvidenceModal({
  api,
  assessmentId,
  item,
  locale,
  onClose,
}: {
  api: ApiClient;
  assessmentId: number;
  item: Pick<DetailItem, 'standardId' | 'code' | 'title'>;
  locale: Locale;
  onClose: (changed: boolean) => void;
}) {
  const t = tr(locale);
  const [file, setFile] = useState<File | null>(null);
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const upload = useSubmit(() => onClose(true));
  async function submit() {
    if (!file) return;
    const form = new FormData();
    form.set('file', file);
    form.set('evidenceDate', date);
    if (note.trim()) form.set('note', note.trim());
    await upload.run(() =>
      api.upload(`/assessments/${assessmentId}/items/${item.standardId}/evidence`, form),
    );
  }
  return (
    <Modal
      open
      title={`${t('上传佐证材料', 'Upload evidence')}：${item.code} ${item.title}`}
      onCancel={() => onClose(false)}
      onOk={submit}
      okText={t('上传', 'Upload')}
      okButtonProps={{ disabled: !file || !date, loading: upload.busy, 'data-testid': 'evidence-submit' }}
    >
      <ErrorAlert error={upload.error} />
      <Space orientation="vertical" style={{ width: '100%' }}>
        <input
          type="file"
          data-testid="evidence-file"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <label>
          {t('佐证日期', 'Evidence date')}：
          <input
            type="date"
            data-testid="evidence-date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </label>
        <Input
          aria-label={t('说明（可选）', 'Note (optional)')}
          placeholder={t('说明（可选）', 'Note (optional)')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={500}
        />
        <Typography.Text type="secondary">
          {t('支持 PDF、图片、Word、Excel、文本文件。', 'PDF, images, Word, Excel and text files.')}
        </Typography.Text>
      </Space>
    </Modal>
  );
}

/** "测评结果 · 审核": the model's own words for an audited entity and action (labels.ts), never the keys. */
function historyAction(entity: string, action: string, locale: Locale): string {
  const words = labels.actions?.[action] ?? CORE_WORDS[action];
  return `${labels.entities?.[entity]?.[locale] ?? entity} · ${words?.[locale] ?? action}`;
}
const CORE_WORDS: Record<string, Localized> = {
  create: say('新建', 'Create'),
  update: say('修改', 'Update'),
  delete: say('删除', 'Delete'),
};

export function History({ api, id, locale }: { api: ApiClient; id: number; locale: Locale }) {
  const t = tr(locale);
  const { data, error, loading } = useApiData(
    () => api.get<{ items: HistoryEntry[] }>(`/assessments/${id}/history`),
    [api, id],
  );
  const describeChange = (r: HistoryEntry) => {
    const a: Change = r.after ?? {};
    const b: Change = r.before ?? {};
    if (r.entity === 'result')
      return `${a.code ?? b.code}: ${resultName(b.result, locale)}${b.score != null ? ` (${b.score})` : ''} → ${resultName(a.result, locale)}${a.score != null ? ` (${a.score})` : ''}${a.note ? `；${a.note}` : ''}`;
    if (r.entity === 'evidence') return `${a.code ?? b.code}: ${a.filename ?? b.filename}`;
    if (r.entity === 'rectification') return a.problem ?? rectificationStatusName(a.status, locale);
    if (r.entity === 'assessment')
      return `${b.state ? stateName(b.state, locale) : ''} → ${a.state ? stateName(a.state, locale) : ''}${a.reason ? `：${a.reason}` : ''}${a.comment ? `：${a.comment}` : ''}`;
    return '';
  };
  return (
    <>
      <ErrorAlert error={error} />
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20 }}
        data-testid="history"
        columns={[
          {
            title: t('时间', 'When'),
            dataIndex: 'at',
            width: 170,
            render: (v: string) => new Date(v).toLocaleString(locale),
          },
          { title: t('操作人', 'Who'), dataIndex: 'actor', width: 140 },
          {
            title: t('操作', 'Action'),
            dataIndex: 'action',
            width: 140,
            render: (v: string, r: HistoryEntry) => historyAction(r.entity, v, locale),
          },
          {
            title: t('内容', 'What'),
            key: 'what',
            render: (_: unknown, r: HistoryEntry) => describeChange(r),
          },
        ]}
      />
    </>
  );
}
