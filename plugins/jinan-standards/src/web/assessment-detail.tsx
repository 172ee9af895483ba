import { type ApiClient, ErrorAlert, Section, useApiData } from '@jiceng/ui';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Input,
  Modal,
  Popconfirm,
  Row,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { labels } from '../labels';
import { AREAS, type Localized, label, RECTIFICATION_STATUSES, say } from '../shared/model';
import {
  AreaRadar,
  fmtDelta,
  fmtScore,
  type Locale,
  ResultTag,
  resultName,
  ruleName,
  SourceTag,
  StateTag,
  scoreColor,
  stateName,
  tr,
  typeName,
} from './common';
import { ItemEditor } from './item-editor';

export function reportUrl(cityCode: string, assessmentId: number) {
  return `/c/${cityCode}/p/jinan-standards/report?assessment=${assessmentId}`;
}

function EvidenceModal({
  api,
  assessmentId,
  item,
  locale,
  onClose,
}: {
  api: ApiClient;
  assessmentId: number;
  item: any;
  locale: Locale;
  onClose: (changed: boolean) => void;
}) {
  const t = tr(locale);
  const [file, setFile] = useState<File | null>(null);
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit() {
    if (!file) return;
    const form = new FormData();
    form.set('file', file);
    form.set('evidenceDate', date);
    if (note.trim()) form.set('note', note.trim());
    setBusy(true);
    setError(null);
    try {
      await api.upload(`/assessments/${assessmentId}/items/${item.standardId}/evidence`, form);
      onClose(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      open
      title={`${t('上传佐证材料', 'Upload evidence')}：${item.code} ${item.title}`}
      onCancel={() => onClose(false)}
      onOk={submit}
      okText={t('上传', 'Upload')}
      okButtonProps={{ disabled: !file || !date, loading: busy, 'data-testid': 'evidence-submit' }}
    >
      <ErrorAlert error={error} />
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

function History({ api, id, locale }: { api: ApiClient; id: number; locale: Locale }) {
  const t = tr(locale);
  const { data, error, loading } = useApiData(
    () => api.get<{ items: any[] }>(`/assessments/${id}/history`),
    [api, id],
  );
  const describeChange = (r: any) => {
    const a = r.after ?? {};
    const b = r.before ?? {};
    if (r.entity === 'result')
      return `${a.code ?? b.code}: ${resultName(b.result, locale)}${b.score != null ? ` (${b.score})` : ''} → ${resultName(a.result, locale)}${a.score != null ? ` (${a.score})` : ''}${a.note ? `；${a.note}` : ''}`;
    if (r.entity === 'evidence') return `${a.code ?? b.code}: ${a.filename ?? b.filename}`;
    if (r.entity === 'rectification') return a.problem ?? label(RECTIFICATION_STATUSES, a.status, locale);
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
            render: (v: string, r: any) => historyAction(r.entity, v, locale),
          },
          { title: t('内容', 'What'), key: 'what', render: (_: unknown, r: any) => describeChange(r) },
        ]}
      />
    </>
  );
}

/** One community's assessment: fill in, review, lock; radar of the 8 areas; evidence; history. */
export function AssessmentDetail({
  api,
  id,
  locale,
  cityCode,
  onBack,
}: {
  api: ApiClient;
  id: number;
  locale: Locale;
  cityCode: string;
  onBack?: () => void;
}) {
  const t = tr(locale);
  const { data: d, error, loading, reload } = useApiData(() => api.get<any>(`/assessments/${id}`), [api, id]);
  const [actionError, setActionError] = useState<unknown>(null);
  const [evidenceFor, setEvidenceFor] = useState<any>(null);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');

  async function act(path: string, body?: unknown) {
    setActionError(null);
    try {
      await api.post(`/assessments/${id}/${path}`, body);
      reload();
      return true;
    } catch (e) {
      setActionError(e);
      return false;
    }
  }
  async function removeEvidence(evidenceId: number) {
    try {
      await api.delete(`/evidence/${evidenceId}`);
      reload();
    } catch (e) {
      setActionError(e);
    }
  }

  if (!d)
    return (
      <Section title={t('考评', 'Assessment')}>
        {error ? <ErrorAlert error={error} /> : loading ? t('加载中…', 'Loading…') : null}
      </Section>
    );
  const canEdit: boolean = d.permissions.canEdit;
  const canReview: boolean = d.permissions.canReview;
  const missing = d.items.filter((i: any) => !i.effective.result).length;
  const columns = [
    {
      title: t('标准', 'Standard'),
      key: 'std',
      render: (_: unknown, i: any) => (
        <div data-testid={`item-${i.code}`}>
          <Space size={4} wrap>
            <Typography.Text strong>{i.code}</Typography.Text>
            <span>{locale === 'en' && i.titleEn ? i.titleEn : i.title}</span>
            <SourceTag source={i.source} locale={locale} />
          </Space>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
            {i.description}
          </Typography.Paragraph>
        </div>
      ),
    },
    {
      title: t('分值/达标/权重', 'Max/pass/weight'),
      key: 'score',
      width: 120,
      render: (_: unknown, i: any) => (
        <Tooltip title={`${ruleName(i.scoringRule, locale)}：${i.scoringNote}`}>
          <span>
            {i.maxScore} / {i.passScore} / ×{i.weight}
          </span>
        </Tooltip>
      ),
    },
    {
      title: t('社区自评', 'Self-assessment'),
      key: 'self',
      width: 340,
      render: (_: unknown, i: any) =>
        canEdit ? (
          <ItemEditor
            key={`${i.standardId}-${i.self.at ?? ''}`}
            item={i}
            initial={i.self}
            locale={locale}
            mode="self"
            save={(body) => api.put(`/assessments/${id}/items/${i.standardId}`, body)}
            onSaved={reload}
          />
        ) : (
          <Space orientation="vertical" size={0}>
            <Space size={4}>
              <ResultTag result={i.self.result} locale={locale} />
              {i.self.score != null && <span>{i.self.score}</span>}
            </Space>
            {i.self.note && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {i.self.note}
              </Typography.Text>
            )}
          </Space>
        ),
    },
    {
      title: t('街道审核', 'Street review'),
      key: 'review',
      width: canReview ? 340 : 160,
      render: (_: unknown, i: any) =>
        canReview ? (
          <Space orientation="vertical" size={2}>
            <ItemEditor
              key={`${i.standardId}-${i.review?.at ?? ''}`}
              item={i}
              initial={i.review ?? { result: i.self.result, score: i.self.score, note: null }}
              locale={locale}
              mode="review"
              save={(body) => api.put(`/assessments/${id}/items/${i.standardId}/review`, body)}
              onSaved={reload}
            />
            {i.review?.result && (
              <Button
                size="small"
                type="link"
                onClick={() =>
                  api.delete(`/assessments/${id}/items/${i.standardId}/review`).then(reload, setActionError)
                }
              >
                {t('撤回审核意见', 'Withdraw review')}
              </Button>
            )}
          </Space>
        ) : i.review?.result ? (
          <Space orientation="vertical" size={0}>
            <Space size={4}>
              <ResultTag result={i.review.result} locale={locale} />
              {i.review.score != null && <span>{i.review.score}</span>}
            </Space>
            {i.review.note && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {i.review.note}
              </Typography.Text>
            )}
          </Space>
        ) : (
          <span style={{ color: 'rgba(0, 0, 0, 0.6)' }}>—</span>
        ),
    },
    {
      title: t('佐证材料', 'Evidence'),
      key: 'evidence',
      width: 200,
      render: (_: unknown, i: any) => (
        <Space orientation="vertical" size={0}>
          {i.evidence.map((e: any) => (
            <Space key={e.id} size={4}>
              <a
                href={api.url(`/evidence/${e.id}`)}
                target="_blank"
                rel="noreferrer"
                data-testid={`evidence-${e.id}`}
              >
                {e.filename}
              </a>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {e.evidenceDate}
              </Typography.Text>
              {e.placeholder && <Tag>{t('占位', 'placeholder')}</Tag>}
              {(canEdit || canReview) && (
                <Popconfirm
                  title={t('删除这个文件？', 'Delete this file?')}
                  onConfirm={() => removeEvidence(e.id)}
                >
                  <Button size="small" type="link" danger>
                    {t('删除', 'Delete')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          ))}
          {(canEdit || canReview) && (
            <Button size="small" onClick={() => setEvidenceFor(i)} data-testid={`upload-${i.code}`}>
              {t('上传', 'Upload')}
            </Button>
          )}
          {i.rectification && (
            <Tag color={i.rectification.status === 'closed' ? 'green' : 'orange'}>
              {t('整改', 'Rectify')}{' '}
              {i.rectification.status === 'closed'
                ? t('已销号', 'closed')
                : `${t('期限', 'due')} ${i.rectification.dueDate}`}
            </Tag>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="assessment-detail">
      <Section
        title={
          <Space wrap>
            {onBack && (
              <Button size="small" onClick={onBack} data-testid="back-to-list">
                ← {t('返回列表', 'Back to list')}
              </Button>
            )}
            <span data-testid="assessment-title">{d.community.name}</span>
            <Tag>{typeName(d.communityType, locale)}</Tag>
            <StateTag state={d.state} locale={locale} />
          </Space>
        }
        extra={
          <Space wrap>
            {d.state === 'planned' && d.permissions.canEdit && (
              <Button onClick={() => act('start')} data-testid="start">
                {t('开始自评', 'Start')}
              </Button>
            )}
            {d.permissions.canSubmit && (
              <Popconfirm
                title={t(
                  '提交后由街道审核，审核期间不能修改。确认提交？',
                  'The street reviews it next; no changes meanwhile. Submit?',
                )}
                onConfirm={() => act('submit')}
                okButtonProps={{ 'data-testid': 'submit-confirm' }}
              >
                <Button type="primary" disabled={missing > 0} data-testid="submit">
                  {t('提交街道审核', 'Submit for review')}
                  {missing > 0 ? `（${t('还差', 'missing')} ${missing}）` : ''}
                </Button>
              </Popconfirm>
            )}
            {canReview && (
              <>
                <Button danger onClick={() => setReturning(true)} data-testid="return">
                  {t('退回修改', 'Return')}
                </Button>
                <Popconfirm
                  title={
                    <Space orientation="vertical">
                      {t(
                        '通过后考评锁定，未达标项自动生成整改事项。',
                        'Approving locks the assessment and raises rectification items for unmet standards.',
                      )}
                      <Input
                        aria-label={t('审核意见（可选）', 'Comment (optional)')}
                        placeholder={t('审核意见（可选）', 'Comment (optional)')}
                        value={comment}
                        onChange={(e) => setComment(e.target.value)}
                      />
                    </Space>
                  }
                  onConfirm={() => act('approve', { comment: comment.trim() || null })}
                  okButtonProps={{ 'data-testid': 'approve-confirm' }}
                >
                  <Button type="primary" data-testid="approve">
                    {t('审核通过并锁定', 'Approve and lock')}
                  </Button>
                </Popconfirm>
              </>
            )}
            <Button href={reportUrl(cityCode, d.id)} target="_blank" data-testid="print-report">
              {t('打印报告', 'Printable report')}
            </Button>
          </Space>
        }
      >
        <ErrorAlert error={actionError} />
        {d.state === 'in_progress' && d.returnedReason && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={`${t('街道退回', 'Returned by the street')}：${d.returnedReason}`}
          />
        )}
        {d.state === 'done' && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            title={`${t('已锁定', 'Locked')} ${new Date(d.lockedAt).toLocaleDateString(locale)}${d.lockedBy ? ` · ${d.lockedBy}` : ''}${d.reviewComment ? ` · ${d.reviewComment}` : ''}`}
          />
        )}
        <Row gutter={16}>
          <Col xs={24} lg={10}>
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('考评批次', 'Campaign')}>
                {d.campaign.name}（{d.campaign.periodFrom} ~ {d.campaign.periodTo}）
              </Descriptions.Item>
              <Descriptions.Item label={t('标准版本', 'Template')}>
                {d.campaign.templateName} {d.campaign.templateLabel}
              </Descriptions.Item>
              <Descriptions.Item label={t('街道 / 社区党组织', 'Street / community org')}>
                {d.community.streetName ?? '—'} / {d.community.orgName}
              </Descriptions.Item>
            </Descriptions>
            <Row gutter={8} style={{ marginTop: 12 }}>
              <Col span={8}>
                <Card size="small" style={{ background: scoreColor(d.summary.score) }}>
                  <Statistic
                    title={t('加权得分', 'Weighted score')}
                    value={fmtScore(d.summary.score)}
                    data-testid="weighted-score"
                  />
                </Card>
              </Col>
              <Col span={8}>
                <Card size="small">
                  <Statistic
                    title={t('已评/适用', 'Assessed/applicable')}
                    value={`${d.summary.assessed}/${d.summary.applicable}`}
                    data-testid="progress"
                  />
                </Card>
              </Col>
              <Col span={8}>
                <Card size="small">
                  <Statistic
                    title={t('达标项', 'Met')}
                    value={d.summary.met}
                    suffix={`/ ${d.summary.met + d.summary.partly + d.summary.notMet}`}
                  />
                </Card>
              </Col>
            </Row>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
              {t('达标线', 'Threshold')} {d.threshold}
              {d.previous
                ? ` · ${d.previous.campaignName}：${fmtScore(d.previous.score)}（${fmtDelta(d.summary.score != null && d.previous.score != null ? d.summary.score - d.previous.score : null)}）`
                : ''}
              {d.notApplicableByType.length
                ? ` · ${t('按社区类型不适用', 'Not applicable to this type')}：${d.notApplicableByType.map((s: any) => s.code).join('、')}`
                : ''}
            </Typography.Paragraph>
          </Col>
          <Col xs={24} lg={14}>
            <AreaRadar
              areas={d.areas}
              previous={d.previous?.areas}
              locale={locale}
              names={[d.campaign.name, d.previous?.campaignName ?? '']}
            />
          </Col>
        </Row>
      </Section>
      <Tabs
        items={[
          {
            key: 'items',
            label: t('评分表', 'Checklist'),
            children: AREAS.map((area) => {
              const rows = d.items.filter((i: any) => i.area === area.code);
              if (!rows.length) return null;
              return (
                <Section
                  key={area.code}
                  title={
                    <Space>
                      {area[locale]}
                      <Tag style={{ background: scoreColor(d.areas[area.code]) }}>
                        {fmtScore(d.areas[area.code])}
                      </Tag>
                    </Space>
                  }
                >
                  <Table
                    rowKey="standardId"
                    size="small"
                    pagination={false}
                    dataSource={rows}
                    columns={columns as any}
                  />
                </Section>
              );
            }),
          },
          {
            key: 'history',
            label: t('变更记录', 'History'),
            children: <History api={api} id={id} locale={locale} />,
          },
        ]}
      />
      {evidenceFor && (
        <EvidenceModal
          api={api}
          assessmentId={id}
          item={evidenceFor}
          locale={locale}
          onClose={(changed) => {
            setEvidenceFor(null);
            if (changed) reload();
          }}
        />
      )}
      <Modal
        open={returning}
        title={t('退回修改', 'Return for changes')}
        onCancel={() => setReturning(false)}
        onOk={async () => {
          if (await act('return', { reason })) {
            setReturning(false);
            setReason('');
          }
        }}
        okButtonProps={{ disabled: reason.trim().length < 2 }}
      >
        <Input.TextArea
          aria-label={t('退回原因', 'Reason')}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('退回原因', 'Reason')}
        />
      </Modal>
    </div>
  );
}
