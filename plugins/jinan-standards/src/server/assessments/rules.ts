import { numOrNull } from '@jiceng/plugin-kit';
import { type Localized, RESULTS, type ResultCode, type StateCode, say } from '../../shared/model';
import type { AssessmentAccess } from '../access';
import { checkResult, type ScoreCheck } from '../../shared/scoring';
import type { DetailParts, HistoryRow, ResultRow } from './queries';

/** Pure rules of the assessment routes: no database, no HTTP (unit-tested in rules.test.ts). */

/** Files accepted as evidence, by extension; the declared type must agree when the browser sends one. */
export const EVIDENCE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  txt: 'text/plain',
  csv: 'text/csv',
};

export const STATE_ZH: Record<StateCode, string> = {
  planned: '未开始',
  in_progress: '自评中',
  in_review: '审核中',
  done: '已完成',
};

/** The stored name and type of an uploaded evidence file, or why it is refused (field `file`). */
export function evidenceFile(
  name: string,
  declared: string,
): { ok: true; filename: string; mime: string } | { ok: false; reason: Localized } {
  const filename = (name.split(/[\\/]/).pop() ?? '').trim().slice(-200);
  const ext = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase();
  const mime = ext ? EVIDENCE_TYPES[ext] : undefined;
  if (!filename || !mime)
    return {
      ok: false,
      reason: say(`只接受 ${Object.keys(EVIDENCE_TYPES).join('、')} 文件`, `file type not accepted`),
    };
  const declaredType = (declared || '').split(';')[0]!.trim();
  if (declaredType && declaredType !== 'application/octet-stream' && declaredType !== mime)
    return {
      ok: false,
      reason: say(`文件类型 ${declaredType} 与扩展名不符`, `type does not match the extension`),
    };
  return { ok: true, filename, mime };
}

/** Why an evidence date (YYYY-MM-DD, a real day, not after today) is refused; null when it is fine. */
export function evidenceDateProblem(value: string, today: string): Localized | null {
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
  if (!valid) return say('佐证日期须为 YYYY-MM-DD', 'evidence date must be YYYY-MM-DD');
  if (value > today) return say('佐证日期不能晚于今天', 'evidence date is in the future');
  return null;
}

/** What the rectification item of an unmet standard says (in Chinese, as stored). */
export function rectificationProblem(r: {
  code: string;
  title: string;
  result: ResultCode;
  score: number | null;
  maxScore: number;
}): string {
  const label = RESULTS.find((x) => x.code === r.result)!['zh-CN'];
  return `${r.code} ${r.title}：${label}（得分 ${r.score ?? 0}/${r.maxScore}）`;
}

/** 409 for any change once the street has approved. */
export const LOCKED = say('考评已完成并锁定，不能再修改', 'the assessment is done and locked');

/** Why a step that needs the assessment in `wanted` is refused in its state (null: go ahead). */
export function stateRefusal(state: StateCode, wanted: StateCode, zh: string, en: string): Localized | null {
  if (state === 'done') return LOCKED;
  if (state !== wanted) return say(`当前状态为“${STATE_ZH[state]}”，${zh}`, en);
  return null;
}

/** Why the community may not change its self-assessment now: locked, or submitted to the street. */
export function selfEditRefusal(state: StateCode): Localized | null {
  if (state === 'done') return LOCKED;
  if (state === 'in_review')
    return say('已提交街道审核，需退回后才能修改', 'submitted for review; the street must return it first');
  return null;
}

/** Why evidence may not be added (`add`) or deleted (`change`) now: locked, or in review and not the street. */
export function evidenceRefusal(
  a: Pick<AssessmentAccess, 'state' | 'canReview'>,
  verb: 'add' | 'change',
): Localized | null {
  if (a.state === 'done') return LOCKED;
  if (a.state === 'in_review' && !a.canReview)
    return verb === 'add'
      ? say('审核中只有街道可以补充佐证材料', 'in review only the street may add evidence')
      : say('审核中只有街道可以修改佐证材料', 'in review only the street may change evidence');
  return null;
}

/** What the actor may do with the assessment in its state. */
export function permissions(a: Pick<AssessmentAccess, 'state' | 'canSelf' | 'canReview'>) {
  const editable = a.state === 'planned' || a.state === 'in_progress';
  return {
    canEdit: editable && a.canSelf,
    canSubmit: a.state === 'in_progress' && a.canSelf,
    canReview: a.state === 'in_review' && a.canReview,
  };
}

/** The detail view's items: self, review and effective results, evidence and the rectification of each standard. */
export function detailItems(
  rows: DetailParts['rows'],
  evidence: DetailParts['evidence'],
  rectifications: DetailParts['rectifications'],
) {
  return rows.map((r) => {
    const effResult: ResultCode | null = r.review_result ?? r.self_result;
    const effScore = r.review_result != null ? r.review_score : r.self_score;
    const x = rectifications.find((y) => y.result_id === r.id);
    return {
      resultId: r.id,
      standardId: r.standard_id,
      code: r.code,
      area: r.area,
      seq: r.seq,
      title: r.title,
      titleEn: r.title_en,
      description: r.description,
      source: r.source,
      maxScore: Number(r.max_score),
      passScore: Number(r.pass_score),
      scoringRule: r.scoring_rule,
      scoringNote: r.scoring_note,
      weight: Number(r.weight),
      self: {
        result: r.self_result,
        score: numOrNull(r.self_score),
        note: r.self_note,
        at: r.self_at,
        by: r.self_by_name,
      },
      review:
        r.review_result == null && r.review_note == null
          ? null
          : {
              result: r.review_result,
              score: numOrNull(r.review_score),
              note: r.review_note,
              at: r.review_at,
              by: r.review_by_name,
            },
      effective: { result: effResult, score: numOrNull(effScore) },
      evidence: evidence
        .filter((e) => e.result_id === r.id)
        .map((e) => ({
          id: e.id,
          filename: e.filename,
          mimeType: e.mime_type,
          sizeBytes: e.size_bytes,
          evidenceDate: e.evidence_date,
          note: e.note,
          placeholder: e.placeholder,
          uploadedAt: e.uploaded_at,
        })),
      rectification: x
        ? { id: x.id, status: x.status, dueDate: x.due_date, ownerName: x.owner_name, closedOn: x.closed_on }
        : null,
    };
  });
}

interface Head {
  id: number;
  community_place_id: number;
  community_type: string;
  state: StateCode;
  submitted_at: unknown;
  locked_at: unknown;
  path: string;
}

/** The list's rows: each assessment with its community, street, progress and score, and whether the actor reviews it. */
export function listItems(
  heads: Head[],
  scores: Map<number, { summary: { applicable: number; assessed: number; score: number | null } }>,
  communities: Map<number, { placeName: string; streetPlaceId: number | null; streetName: string | null }>,
  reviews: (orgPath: string) => boolean,
) {
  return heads.map((h) => {
    const com = communities.get(h.community_place_id);
    const s = scores.get(h.id);
    return {
      id: h.id,
      communityPlaceId: h.community_place_id,
      communityName: com?.placeName ?? '',
      streetPlaceId: com?.streetPlaceId ?? null,
      streetName: com?.streetName ?? null,
      communityType: h.community_type,
      state: h.state,
      applicable: s?.summary.applicable ?? 0,
      assessed: s?.summary.assessed ?? 0,
      score: s?.summary.score ?? null,
      submittedAt: h.submitted_at,
      lockedAt: h.locked_at,
      canReview: h.state === 'in_review' && reviews(h.path),
    };
  });
}

/** The list's filters: state, community type, street and a part of the community's name. */
export function matchesList(
  i: { state: string; communityType: string; streetPlaceId: number | null; communityName: string },
  f: { state?: string; type?: string; streetPlaceId?: number; q?: string },
) {
  return (
    (!f.state || i.state === f.state) &&
    (!f.type || i.communityType === f.type) &&
    (!f.streetPlaceId || i.streetPlaceId === f.streetPlaceId) &&
    (!f.q || i.communityName.includes(f.q))
  );
}

/** A result as judged from the request: the score `checkResult` settled on (null when none applies). */
export interface Judgement {
  result: ResultCode;
  score: number | null;
  note: string | null;
}

/** The self-assessment or review of one standard checked against its scoring rule (the field at fault if refused). */
export function judge(
  row: Pick<ResultRow, 'max_score' | 'pass_score' | 'scoring_rule'>,
  b: { result: ResultCode; score?: number | null; note?: string | null },
): { ok: true; judgement: Judgement } | Extract<ScoreCheck, { ok: false }> {
  const check = checkResult(
    { maxScore: Number(row.max_score), passScore: Number(row.pass_score), scoringRule: row.scoring_rule },
    b.result,
    b.score,
    b.note,
  );
  if (!check.ok) return check;
  return { ok: true, judgement: { result: b.result, score: check.score, note: b.note ?? null } };
}

/** One audit entry as the history tab shows it (the entity without the plugin's schema). */
export function historyItem(r: HistoryRow) {
  return {
    id: Number(r.id),
    action: r.action,
    entity: String(r.entity).replace('p_jinan_standards.', ''),
    entityId: r.entity_id,
    actor: r.display_name ?? r.username ?? null,
    at: r.at,
    before: r.before,
    after: r.after,
  };
}
