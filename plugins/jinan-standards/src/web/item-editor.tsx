import { type BodyOf, type Locale, refusalOf, tr, useSubmit } from '@jiceng/ui';
import { Button, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { RESULTS, type ResultCode } from '../shared/model';
import type { paths } from './api.generated';
import type { DetailItem } from './assessment-columns';

/** What the self-assessment and the review both take (the same body). */
export type ResultBody = BodyOf<paths, '/assessments/{id}/items/{standardId}', 'put'>;

/** Result, score and note of one standard, saved with one click; the API's refusal is shown under the row. */
export function ItemEditor({
  item,
  initial,
  locale,
  mode,
  save,
  onSaved,
}: {
  item: Pick<DetailItem, 'standardId' | 'code' | 'maxScore' | 'passScore' | 'scoringRule'>;
  initial: { result: ResultCode | null; score: number | null; note: string | null };
  locale: Locale;
  mode: 'self' | 'review';
  save: (body: ResultBody) => Promise<unknown>;
  onSaved: () => void;
}) {
  const t = tr(locale);
  const [result, setResult] = useState<ResultCode | null>(initial.result);
  const [score, setScore] = useState<number | null>(initial.score);
  const [note, setNote] = useState<string>(initial.note ?? '');
  const saving = useSubmit(onSaved);
  const dirty =
    result !== initial.result || score !== initial.score || (note || null) !== (initial.note || null);
  const options = RESULTS.filter((r) => !(item.scoringRule === 'all_or_nothing' && r.code === 'partly'));
  const prefix = mode === 'review' ? 'review-' : '';

  function choose(value: ResultCode) {
    setResult(value);
    // Fill the score the rule implies, so "met" needs one click; "partly" waits for a score.
    if (value === 'met') setScore(item.maxScore);
    else if (value === 'not_met') setScore(0);
    else if (value === 'not_applicable') setScore(null);
    else if (value === 'partly' && (score == null || score >= item.passScore || score <= 0)) setScore(null);
  }

  async function submit() {
    if (!result) return;
    await saving.run(() =>
      save({ result, score: result === 'not_applicable' ? null : score, note: note.trim() || null }),
    );
  }

  return (
    <div data-testid={`${prefix}editor-${item.code}`}>
      <Radio.Group size="small" optionType="button" value={result} onChange={(e) => choose(e.target.value)}>
        {options.map((r) => (
          <Radio.Button key={r.code} value={r.code}>
            <span data-testid={`${prefix}result-${item.code}-${r.code}`}>{r[locale]}</span>
          </Radio.Button>
        ))}
      </Radio.Group>
      <Space size={4} style={{ marginTop: 4, display: 'flex', flexWrap: 'wrap' }}>
        <InputNumber
          aria-label={t('得分', 'Score')}
          size="small"
          data-testid={`${prefix}score-${item.code}`}
          min={0}
          max={item.maxScore}
          step={0.5}
          value={score}
          disabled={result === 'not_applicable' || item.scoringRule === 'all_or_nothing'}
          onChange={(v) => setScore(v == null ? null : Number(v))}
          placeholder={t('得分', 'Score')}
          style={{ width: 80 }}
        />
        <Input
          aria-label={
            result === 'not_applicable' ? t('说明不适用的原因', 'Why it does not apply') : t('说明', 'Note')
          }
          size="small"
          data-testid={`${prefix}note-${item.code}`}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={
            result === 'not_applicable' ? t('说明不适用的原因', 'Why it does not apply') : t('说明', 'Note')
          }
          style={{ width: 180 }}
          maxLength={2000}
        />
        <Button
          size="small"
          type={dirty ? 'primary' : 'default'}
          disabled={!dirty || !result}
          loading={saving.busy}
          onClick={submit}
          data-testid={`${prefix}save-${item.code}`}
        >
          {t('保存', 'Save')}
        </Button>
      </Space>
      {saving.error != null && (
        <Typography.Text
          type="danger"
          style={{ display: 'block', fontSize: 12 }}
          data-testid={`${prefix}error-${item.code}`}
        >
          {refusalOf(saving.error).message}
        </Typography.Text>
      )}
    </div>
  );
}
