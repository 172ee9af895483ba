import { addDays, invalid, numOrNull, refuse, say, toLocalDate, type Who } from '@jiceng/plugin-kit';
import type { Config } from '../../manifest';
import type { ResultCode, StateCode } from '../../shared/model';
import { areaScores, summarize } from '../../shared/scoring';
import { type AssessmentAccess, audit } from '../access';
import { loadItemRows, scoreAssessments } from '../analysis/data';
import { loadCampaign, previousCampaign } from '../campaigns/routes';
import {
  type EvidenceRow,
  findResultRow,
  findStandardOfVersion,
  loadDetailParts,
  type ResultRow,
} from './queries';
import { detailItems, type Judgement, permissions, rectificationProblem } from './rules';
import type { JinanDb } from '../db';

/** The transactions of the assessment routes (each write with its audit entry) and the detail view they answer with. */

/** Moves the assessment from the state it was loaded in (409 when someone moved it meanwhile), audited. */
export async function setState(
  trx: JinanDb,
  who: Who,
  a: AssessmentAccess,
  to: StateCode,
  extra: Record<string, unknown> = {},
  auditExtra: Record<string, unknown> = {},
) {
  const updated = await trx
    .updateTable('p_jinan_standards.assessment')
    .set({ state: to, ...extra })
    .where('city_id', '=', who.cityId)
    .where('id', '=', a.id)
    .where('state', '=', a.state)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1)
    throw refuse(say('状态已被他人改变，请刷新', 'the state changed meanwhile; reload'));
  await audit(trx, who, {
    action: `state:${to}`,
    entity: 'assessment',
    entityId: a.id,
    before: { state: a.state },
    after: { state: to, ...auditExtra },
  });
}

export function changeState(
  db: JinanDb,
  who: Who,
  a: AssessmentAccess,
  to: StateCode,
  extra: Record<string, unknown> = {},
  auditExtra: Record<string, unknown> = {},
) {
  return db.transaction().execute((trx) => setState(trx, who, a, to, extra, auditExtra));
}

/** Full detail: items with self, review and effective results, evidence, scores, the previous campaign for the radar. */
export async function assessmentDetail(db: JinanDb, cityId: number, config: Config, a: AssessmentAccess) {
  const campaign = (await loadCampaign(db, cityId, a.campaignId))!;
  const { head, rows, evidence, rectifications, notApplicable } = await loadDetailParts(db, cityId, a);
  const items = detailItems(rows, evidence, rectifications);
  const scoreItems = items.map((i) => ({
    area: i.area,
    weight: i.weight,
    maxScore: i.maxScore,
    result: i.effective.result,
    score: i.effective.score,
  }));
  // The same community in the previous campaign, for the radar's comparison line.
  const prevCampaign = await previousCampaign(db, cityId, campaign);
  let previous = null;
  if (prevCampaign) {
    const prevRows = await loadItemRows(db, cityId, { campaignIds: [prevCampaign.id], states: ['done'] });
    const mine = scoreAssessments(prevRows.filter((r) => r.communityPlaceId === a.communityPlaceId))[0];
    if (mine)
      previous = {
        campaignId: prevCampaign.id,
        campaignName: prevCampaign.name,
        assessmentId: mine.assessmentId,
        score: mine.summary.score,
        areas: mine.areas,
      };
  }
  return {
    id: a.id,
    state: a.state,
    communityType: a.communityType,
    community: {
      placeId: a.communityPlaceId,
      name: head.community_name,
      streetName: head.street_name,
      orgId: a.communityOrgId,
      orgName: head.org_name,
    },
    campaign,
    submittedAt: head.submitted_at,
    submittedBy: head.submitted_by_name,
    returnedReason: head.returned_reason,
    lockedAt: head.locked_at,
    lockedBy: head.locked_by_name,
    reviewComment: head.review_comment,
    permissions: permissions(a),
    threshold: config.passThreshold,
    summary: summarize(scoreItems),
    areas: areaScores(scoreItems),
    previous,
    items,
    notApplicableByType: notApplicable.map((s) => ({
      standardId: s.id,
      code: s.code,
      title: s.title,
      titleEn: s.title_en,
      area: s.area,
    })),
  };
}

/** The community's self-assessment of one standard (a planned assessment starts with it). */
export function saveSelfResult(
  db: JinanDb,
  who: Who,
  now: Date,
  a: AssessmentAccess,
  row: ResultRow,
  j: Judgement,
) {
  return db.transaction().execute(async (trx) => {
    if (a.state === 'planned') await setState(trx, who, a, 'in_progress');
    await trx
      .updateTable('p_jinan_standards.result')
      .set({
        self_result: j.result,
        self_score: j.score,
        self_note: j.note,
        self_by: who.userId,
        self_at: now,
      })
      .where('city_id', '=', who.cityId)
      .where('id', '=', row.id)
      .execute();
    await audit(trx, who, {
      action: 'self_assess',
      entity: 'result',
      entityId: row.id,
      before: {
        assessmentId: a.id,
        code: row.code,
        result: row.self_result,
        score: numOrNull(row.self_score),
        note: row.self_note,
      },
      after: { assessmentId: a.id, code: row.code, ...j },
    });
  });
}

/** The street's review of one standard; `null` withdraws it (the self-assessment applies again). */
export function saveReview(
  db: JinanDb,
  who: Who,
  now: Date,
  a: AssessmentAccess,
  row: ResultRow,
  j: Judgement | null,
) {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('p_jinan_standards.result')
      .set({
        review_result: j?.result ?? null,
        review_score: j?.score ?? null,
        review_note: j?.note ?? null,
        review_by: who.userId,
        review_at: now,
      })
      .where('city_id', '=', who.cityId)
      .where('id', '=', row.id)
      .execute();
    const before = {
      assessmentId: a.id,
      code: row.code,
      result: row.review_result,
      score: numOrNull(row.review_score),
    };
    if (j)
      await audit(trx, who, {
        action: 'review',
        entity: 'result',
        entityId: row.id,
        before: { ...before, note: row.review_note },
        after: { assessmentId: a.id, code: row.code, ...j },
      });
    else
      await audit(trx, who, {
        action: 'review_withdraw',
        entity: 'result',
        entityId: row.id,
        before,
        after: {
          assessmentId: a.id,
          code: row.code,
          result: null,
        },
      });
  });
}

/** Done and locked; every unmet standard (and partly met ones if so configured) gets a rectification item. */
export async function approve(
  db: JinanDb,
  who: Who,
  now: Date,
  config: Config,
  a: AssessmentAccess,
  comment: string | null,
) {
  const unmetResults: ResultCode[] = config.rectifyPartlyMet ? ['not_met', 'partly'] : ['not_met'];
  const unmet = (await loadItemRows(db, who.cityId, { assessmentIds: [a.id] })).filter(
    (r) => r.result && unmetResults.includes(r.result),
  );
  const due = addDays(toLocalDate(now), config.rectificationDays);
  await db.transaction().execute(async (trx) => {
    await setState(
      trx,
      who,
      a,
      'done',
      { locked_at: now, locked_by: who.userId, review_comment: comment },
      { comment, rectifications: unmet.length },
    );
    for (const r of unmet) {
      const problem = rectificationProblem({
        code: r.code,
        title: r.title,
        result: r.result!,
        score: r.score,
        maxScore: r.maxScore,
      });
      const created = await trx
        .insertInto('p_jinan_standards.rectification')
        .values({
          city_id: who.cityId,
          result_id: r.resultId,
          assessment_id: a.id,
          community_org_id: a.communityOrgId,
          problem,
          due_date: due,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, who, {
        action: 'create',
        entity: 'rectification',
        entityId: created.id,
        after: {
          assessmentId: a.id,
          code: r.code,
          problem,
          dueDate: due,
        },
      });
    }
  });
}

export function removeAssessment(db: JinanDb, who: Who, a: AssessmentAccess) {
  return db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('p_jinan_standards.assessment')
      .where('city_id', '=', who.cityId)
      .where('id', '=', a.id)
      .execute();
    await audit(trx, who, {
      action: 'delete',
      entity: 'assessment',
      entityId: a.id,
      before: { campaignId: a.campaignId, communityPlaceId: a.communityPlaceId },
    });
  });
}

export interface EvidenceUpload {
  filename: string;
  mime: string;
  content: Buffer;
  evidenceDate: string;
  note: string | null;
}

/** Stores an evidence file in the database (a planned assessment starts with it); answers its view. */
export async function storeEvidence(
  db: JinanDb,
  who: Who,
  a: AssessmentAccess,
  row: ResultRow,
  f: EvidenceUpload,
) {
  const e = await db.transaction().execute(async (trx) => {
    if (a.state === 'planned') await setState(trx, who, a, 'in_progress');
    const created = await trx
      .insertInto('p_jinan_standards.evidence')
      .values({
        city_id: who.cityId,
        result_id: row.id,
        filename: f.filename,
        mime_type: f.mime,
        size_bytes: f.content.length,
        content: f.content,
        evidence_date: f.evidenceDate,
        note: f.note,
        uploaded_by: who.userId,
      })
      .returning(['id', 'filename', 'mime_type', 'size_bytes', 'evidence_date', 'note', 'uploaded_at'])
      .executeTakeFirstOrThrow();
    await audit(trx, who, {
      action: 'upload',
      entity: 'evidence',
      entityId: created.id,
      after: {
        assessmentId: a.id,
        code: row.code,
        filename: f.filename,
        sizeBytes: f.content.length,
        evidenceDate: f.evidenceDate,
      },
    });
    return created;
  });
  return {
    id: e.id,
    filename: e.filename,
    mimeType: e.mime_type,
    sizeBytes: e.size_bytes,
    evidenceDate: e.evidence_date,
    note: e.note,
    uploadedAt: e.uploaded_at,
  };
}

export function deleteEvidence(db: JinanDb, who: Who, a: AssessmentAccess, e: EvidenceRow) {
  return db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('p_jinan_standards.evidence')
      .where('city_id', '=', who.cityId)
      .where('id', '=', e.id)
      .execute();
    await audit(trx, who, {
      action: 'delete',
      entity: 'evidence',
      entityId: e.id,
      before: {
        assessmentId: a.id,
        code: e.code,
        filename: e.filename,
        sizeBytes: e.size_bytes,
        evidenceDate: e.evidence_date,
      },
    });
  });
}

/** The result row of one standard; a standard of the version that does not apply to the community's type is refused. */
export async function resultRowFor(
  db: JinanDb,
  cityId: number,
  a: AssessmentAccess,
  standardId: number,
): Promise<ResultRow> {
  const row = await findResultRow(db, cityId, a.id, standardId);
  if (row) return row;
  const std = await findStandardOfVersion(db, cityId, a.templateVersionId, standardId);
  if (std)
    throw invalid(
      say(
        `${std.code} ${std.title} 不适用于该社区类型，不能评分`,
        `does not apply to this community type and cannot be scored`,
      ),
      'standardId',
    );
  throw invalid(
    say('该条目不属于本次考评所用的标准版本', 'not a standard of this assessment’s template version'),
    'standardId',
  );
}
