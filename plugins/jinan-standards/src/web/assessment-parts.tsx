import {
  type ApiClient,
  ErrorAlert,
  type Locale,
  type ResponseOf,
  tr,
  typedClient,
  useApiData,
  useSubmit,
} from '@jiceng/ui';
import { Input, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { labels } from '../labels';
import type { paths } from './api.generated';
import type { DetailItem } from './assessment-columns';
import { rectificationStatusName, resultName, stateName } from './common';

/** One entry of GET /assessments/:id/history; before and after are the audit log's JSON. */
type HistoryEntry = ResponseOf<paths, '/assessments/{id}/history'>['items'][number];

/** The fields of an audit entry's before and after that the history tab words (the writes in server/assessments). */
interface Change {
  code?: string;
  result?: string;
  score: number | null;
  note?: string;
  filename?: string;
  problem?: string;
  status?: string;
  state?: string;
  reason?: string;
  comment?: string;
}
/** The log keeps any JSON: each field is taken only when it has the type the tab words. */
function changeOf(json: HistoryEntry['after']): Change {
  const text = (key: string) => {
    const v = json?.[key];
    return typeof v === 'string' ? v : undefined;
  };
  const score = json?.score;
  return {
    code: text('code'),
    result: text('result'),
    score: typeof score === 'number' ? score : null,
    note: text('note'),
    filename: text('filename'),
    problem: text('problem'),
    status: text('status'),
    state: text('state'),
    reason: text('reason'),
    comment: text('comment'),
  };
}

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
  const typed = typedClient<paths>(api);
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
      typed.upload('/assessments/{id}/items/{standardId}/evidence', form, {
        params: { id: assessmentId, standardId: item.standardId },
      }),
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
  const t = tr(locale);
  const core: Record<string, string> = {
    create: t('新建', 'Create'),
    update: t('修改', 'Update'),
    delete: t('删除', 'Delete'),
  };
  const words = labels.actions?.[action]?.[locale] ?? core[action] ?? action;
  return `${labels.entities?.[entity]?.[locale] ?? entity} · ${words}`;
}

export function History({ api, id, locale }: { api: ApiClient; id: number; locale: Locale }) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const { data, error, loading } = useApiData(
    () => typed.get('/assessments/{id}/history', { params: { id } }),
    [typed, id],
  );
  const describeChange = (r: HistoryEntry) => {
    const a = changeOf(r.after);
    const b = changeOf(r.before);
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
