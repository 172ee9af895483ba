import {
  type ApiClient,
  ErrorAlert,
  type Locale,
  Section,
  StatusTag,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
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
  Typography,
} from 'antd';
import { useState } from 'react';
import { AREAS } from '../shared/model';
import type { paths } from './api.generated';
import { type DetailItem, itemColumns } from './assessment-columns';
import { EvidenceModal, History } from './assessment-parts';
import {
  AreaRadar,
  fmtDelta,
  fmtScore,
  JINAN_STATE_COLORS,
  STATE_WORDS,
  scoreColor,
  typeName,
} from './common';

export function reportUrl(cityCode: string, assessmentId: number) {
  return `/c/${cityCode}/p/jinan-standards/report?assessment=${assessmentId}`;
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
  const typed = typedClient<paths>(api);
  const at = { params: { id } };
  const {
    data: d,
    error,
    loading,
    reload,
  } = useApiData(() => typed.get('/assessments/{id}', at), [typed, id]);
  const [actionError, setActionError] = useState<unknown>(null);
  const [evidenceFor, setEvidenceFor] = useState<DetailItem | null>(null);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');

  async function act(call: () => Promise<unknown>) {
    setActionError(null);
    try {
      await call();
      reload();
      return true;
    } catch (e) {
      setActionError(e);
      return false;
    }
  }
  async function removeEvidence(evidenceId: number) {
    try {
      await typed.delete('/evidence/{id}', { params: { id: evidenceId } });
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
  const { canEdit, canReview } = d.permissions;
  const missing = d.items.filter((i) => !i.effective.result).length;
  const columns = itemColumns({
    api,
    id,
    locale,
    canEdit,
    canReview,
    reload,
    setActionError,
    removeEvidence,
    setEvidenceFor,
  });

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
            <StatusTag
              status={d.state}
              labels={STATE_WORDS}
              locale={locale}
              colors={JINAN_STATE_COLORS}
              testId={`state-${d.state}`}
            />
          </Space>
        }
        extra={
          <Space wrap>
            {d.state === 'planned' && d.permissions.canEdit && (
              <Button
                onClick={() => act(() => typed.post('/assessments/{id}/start', {}, at))}
                data-testid="start"
              >
                {t('开始自评', 'Start')}
              </Button>
            )}
            {d.permissions.canSubmit && (
              <Popconfirm
                title={t(
                  '提交后由街道审核，审核期间不能修改。确认提交？',
                  'The street reviews it next; no changes meanwhile. Submit?',
                )}
                onConfirm={() => act(() => typed.post('/assessments/{id}/submit', {}, at))}
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
                  onConfirm={() =>
                    act(() =>
                      typed.post('/assessments/{id}/approve', { comment: comment.trim() || null }, at),
                    )
                  }
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
            title={`${t('已锁定', 'Locked')} ${new Date(d.lockedAt ?? 0).toLocaleDateString(locale)}${d.lockedBy ? ` · ${d.lockedBy}` : ''}${d.reviewComment ? ` · ${d.reviewComment}` : ''}`}
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
                ? ` · ${t('按社区类型不适用', 'Not applicable to this type')}：${d.notApplicableByType.map((s) => s.code).join('、')}`
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
              const rows = d.items.filter((i) => i.area === area.code);
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
                    columns={columns}
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
          if (await act(() => typed.post('/assessments/{id}/return', { reason }, at))) {
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
