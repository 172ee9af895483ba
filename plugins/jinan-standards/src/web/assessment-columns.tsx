import { type ApiClient, type Locale, type ResponseOf, StatusTag, tr, typedClient } from '@jiceng/ui';
import { Button, Popconfirm, Space, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { paths } from './api.generated';
import { RESULT_COLORS, RESULT_WORDS, ruleName, SourceTag } from './common';
import { ItemEditor } from './item-editor';

/** One standard of an assessment (GET /assessments/:id), a row of the checklist. */
export type DetailItem = ResponseOf<paths, '/assessments/{id}'>['items'][number];

/** What the checklist's columns need of the page: who may do what, and how to act on a row. */
export interface ItemColumnsProps {
  api: ApiClient;
  id: number;
  locale: Locale;
  canEdit: boolean;
  canReview: boolean;
  reload: () => void;
  setActionError: (e: unknown) => void;
  removeEvidence: (evidenceId: number) => void;
  setEvidenceFor: (item: DetailItem) => void;
}

/** The checklist's columns: the standard, its scores, the self-assessment, the street's review, the evidence. */
export function itemColumns({
  api,
  id,
  locale,
  canEdit,
  canReview,
  reload,
  setActionError,
  removeEvidence,
  setEvidenceFor,
}: ItemColumnsProps): TableColumnsType<DetailItem> {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const at = (i: DetailItem) => ({ params: { id, standardId: i.standardId } });
  return [
    {
      title: t('标准', 'Standard'),
      key: 'std',
      render: (_: unknown, i: DetailItem) => (
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
      render: (_: unknown, i: DetailItem) => (
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
      render: (_: unknown, i: DetailItem) =>
        canEdit ? (
          <ItemEditor
            key={`${i.standardId}-${i.self.at ?? ''}`}
            item={i}
            initial={i.self}
            locale={locale}
            mode="self"
            save={(body) => typed.put('/assessments/{id}/items/{standardId}', body, at(i))}
            onSaved={reload}
          />
        ) : (
          <Space orientation="vertical" size={0}>
            <Space size={4}>
              <StatusTag
                status={i.self.result}
                labels={RESULT_WORDS}
                locale={locale}
                colors={RESULT_COLORS}
              />
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
      render: (_: unknown, i: DetailItem) =>
        canReview ? (
          <Space orientation="vertical" size={2}>
            <ItemEditor
              key={`${i.standardId}-${i.review?.at ?? ''}`}
              item={i}
              initial={i.review ?? { result: i.self.result, score: i.self.score, note: null }}
              locale={locale}
              mode="review"
              save={(body) => typed.put('/assessments/{id}/items/{standardId}/review', body, at(i))}
              onSaved={reload}
            />
            {i.review?.result && (
              <Button
                size="small"
                type="link"
                onClick={() =>
                  typed
                    .delete('/assessments/{id}/items/{standardId}/review', at(i))
                    .then(reload, setActionError)
                }
              >
                {t('撤回审核意见', 'Withdraw review')}
              </Button>
            )}
          </Space>
        ) : i.review?.result ? (
          <Space orientation="vertical" size={0}>
            <Space size={4}>
              <StatusTag
                status={i.review.result}
                labels={RESULT_WORDS}
                locale={locale}
                colors={RESULT_COLORS}
              />
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
      render: (_: unknown, i: DetailItem) => (
        <Space orientation="vertical" size={0}>
          {i.evidence.map((e) => (
            <Space key={e.id} size={4}>
              <a
                href={typed.url('/evidence/{id}', { params: { id: e.id } })}
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
}
