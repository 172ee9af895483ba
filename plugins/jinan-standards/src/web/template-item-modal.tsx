import { ErrorAlert, type Locale, tr } from '@jiceng/ui';
import { Col, Input, InputNumber, Modal, Row, Select, Space, Typography } from 'antd';
import {
  AREAS,
  type AreaCode,
  COMMUNITY_TYPES,
  type CommunityType,
  SCORING_RULES,
  type ScoringRule,
  type SourceCode,
} from '../shared/model';

/** A standard as the editor holds it: a stored one (with its id and source) or a new one. */
export interface EditingItem {
  id?: number;
  source?: SourceCode;
  seq?: number;
  code: string;
  area: AreaCode;
  title: string;
  titleEn: string;
  description: string;
  maxScore: number;
  passScore: number;
  scoringRule: ScoringRule;
  scoringNote: string;
  weights: Partial<Record<CommunityType, number | null>>;
}

export const emptyItem: EditingItem = {
  code: '',
  area: 'organization',
  title: '',
  titleEn: '',
  description: '',
  maxScore: 3,
  passScore: 2.5,
  scoringRule: 'graded',
  scoringNote: '',
  weights: { open: 1, closed: 1, village_converted: 1, urban_rural: 1, county_town: 1 },
};

/** The dialog that adds or changes a standard of a draft: wording, scores, and the weight per community type. */
export function TemplateItemModal({
  editing,
  error,
  locale,
  onChange,
  onSave,
  onCancel,
}: {
  editing: EditingItem;
  error: unknown;
  locale: Locale;
  onChange: (item: EditingItem) => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const t = tr(locale);
  return (
    <Modal
      open
      width={720}
      title={editing.id ? `${t('编辑条目', 'Edit standard')} ${editing.code}` : t('新增条目', 'Add standard')}
      onCancel={() => onCancel()}
      onOk={onSave}
      okButtonProps={{ 'data-testid': 'item-save' }}
    >
      <ErrorAlert error={error} />
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Row gutter={8}>
          <Col span={6}>
            <Input
              aria-label={t('代码', 'Code')}
              prefix={t('代码', 'Code')}
              value={editing.code}
              disabled={editing.source === 'article'}
              onChange={(e) => onChange({ ...editing, code: e.target.value })}
            />
          </Col>
          <Col span={8}>
            <Select
              aria-label={t('方面', 'Area')}
              style={{ width: '100%' }}
              value={editing.area}
              disabled={editing.source === 'article'}
              onChange={(v) => onChange({ ...editing, area: v })}
              options={AREAS.map((a) => ({ value: a.code, label: a[locale] }))}
            />
          </Col>
          <Col span={10}>
            <Select
              aria-label={t('计分', 'Rule')}
              style={{ width: '100%' }}
              value={editing.scoringRule}
              onChange={(v) => onChange({ ...editing, scoringRule: v })}
              options={SCORING_RULES.map((r) => ({ value: r.code, label: r[locale] }))}
            />
          </Col>
        </Row>
        <Input
          aria-label={t('标准', 'Title')}
          prefix={t('标准', 'Title')}
          value={editing.title}
          disabled={editing.source === 'article'}
          onChange={(e) => onChange({ ...editing, title: e.target.value })}
          maxLength={100}
        />
        <Input
          aria-label={t('英文标题', 'English title')}
          prefix="English"
          value={editing.titleEn}
          onChange={(e) => onChange({ ...editing, titleEn: e.target.value })}
          maxLength={200}
        />
        <Input.TextArea
          aria-label={t('具体要求', 'Requirement')}
          rows={2}
          placeholder={t('具体要求', 'Requirement')}
          value={editing.description}
          onChange={(e) => onChange({ ...editing, description: e.target.value })}
        />
        <Space wrap>
          {t('分值', 'Max')}
          <InputNumber
            aria-label={t('分值', 'Max')}
            min={0.5}
            max={100}
            step={0.5}
            value={editing.maxScore}
            onChange={(v) => onChange({ ...editing, maxScore: Number(v) })}
          />
          {editing.scoringRule === 'graded' && (
            <>
              {t('达标分', 'Pass')}
              <InputNumber
                aria-label={t('达标分', 'Pass')}
                min={0.5}
                max={100}
                step={0.5}
                value={editing.passScore}
                onChange={(v) => onChange({ ...editing, passScore: Number(v) })}
              />
            </>
          )}
        </Space>
        <Input.TextArea
          aria-label={t('评分细则', 'Scoring note')}
          rows={2}
          placeholder={t('评分细则', 'Scoring note')}
          value={editing.scoringNote}
          onChange={(e) => onChange({ ...editing, scoringNote: e.target.value })}
        />
        <Typography.Text strong>
          {t('适用社区类型与权重（留空 = 不适用）', 'Community types and weights (empty = not applicable)')}
        </Typography.Text>
        <Row gutter={8}>
          {COMMUNITY_TYPES.map((c) => (
            <Col span={8} key={c.code} style={{ marginBottom: 6 }}>
              <Space size={4}>
                <span style={{ fontSize: 12 }}>{c[locale]}</span>
                <InputNumber
                  aria-label={c[locale]}
                  size="small"
                  min={0.1}
                  max={10}
                  step={0.1}
                  value={editing.weights[c.code] ?? null}
                  onChange={(v) =>
                    onChange({
                      ...editing,
                      weights: { ...editing.weights, [c.code]: v == null ? null : Number(v) },
                    })
                  }
                />
              </Space>
            </Col>
          ))}
        </Row>
      </Space>
    </Modal>
  );
}
