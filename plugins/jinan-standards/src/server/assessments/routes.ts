import { allowBody, ApiError, describe, forbidden, idParam, orgPathFilter, type PluginContext, type PluginEnv, recordAudit, requireCityAdmin, requireOrgAdmin, validate } from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { COMMUNITY_TYPE_CODES, RESULT_CODES, RESULTS, type ResultCode, STATE_CODES, type StateCode } from '../../shared/model';
import { areaScores, checkResult, summarize } from '../../shared/scoring';
import { type AssessmentAccess, type Ctx, conflictReason, invalid, loadAssessment, missing, reviewsPath, today, say } from '../access';
import { loadItemRows, scoreAssessments } from '../analysis/data';
import { loadCampaign, previousCampaign } from '../campaigns/routes';
import { loadCommunities } from '../campaigns/service';

const itemParam = z.object({ id: z.coerce.number().int().positive(), standardId: z.coerce.number().int().positive() });
const resultBody = z.object({
  result: z.enum(RESULT_CODES),
  score: z.number().min(-1000).max(1000).nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});
const returnBody = z.object({ reason: z.string().trim().min(2).max(1000) });
const approveBody = z.object({ comment: z.string().trim().max(1000).nullable().default(null) });
const listQuery = z.object({
  campaignId: z.coerce.number().int().positive().optional(),
  state: z.enum(STATE_CODES).optional(),
  type: z.enum(COMMUNITY_TYPE_CODES).optional(),
  streetPlaceId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(40).optional(),
});

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

const STATE_ZH: Record<StateCode, string> = { planned: '未开始', in_progress: '自评中', in_review: '审核中', done: '已完成' };
const lockedError = () => conflictReason(say('考评已完成并锁定，不能再修改', 'the assessment is done and locked'));

export function assessmentRoutes(ctx: PluginContext<Config>) {
  const db = ctx.db as Kysely<any>;
  const app = new Hono<PluginEnv>();
  const tag = { tags: ['jinan-standards: assessments'] };
  const userId = (c: Ctx) => c.get('actor').userId;
  const audit = (trx: Kysely<any>, c: Ctx, action: string, entity: string, entityId: number, before?: unknown, after?: unknown) =>
    recordAudit(trx, { cityId: c.get('city').id, actorUserId: userId(c), action, entity: `p_jinan_standards.${entity}`, entityId, before, after });

  async function load(c: Ctx, id: number) {
    requireOrgAdmin(c);
    return loadAssessment(db, c, id);
  }

  /** The result row of one standard; a standard of the version that does not apply to the community's type is refused. */
  async function resultRow(c: Ctx, a: AssessmentAccess, standardId: number) {
    const cityId = c.get('city').id;
    const row = await db
      .selectFrom('p_jinan_standards.result as r')
      .innerJoin('p_jinan_standards.standard as s', (j) => j.onRef('s.city_id', '=', 'r.city_id').onRef('s.id', '=', 'r.standard_id'))
      .select([
        'r.id',
        'r.self_result',
        'r.self_score',
        'r.self_note',
        'r.review_result',
        'r.review_score',
        'r.review_note',
        's.code',
        's.title',
        's.max_score',
        's.pass_score',
        's.scoring_rule',
      ])
      .where('r.city_id', '=', cityId)
      .where('r.assessment_id', '=', a.id)
      .where('r.standard_id', '=', standardId)
      .executeTakeFirst();
    if (row) return row;
    const std = await db
      .selectFrom('p_jinan_standards.standard')
      .select(['code', 'title'])
      .where('city_id', '=', cityId)
      .where('id', '=', standardId)
      .where('template_version_id', '=', a.templateVersionId)
      .executeTakeFirst();
    if (std)
      throw invalid(say(`${std.code} ${std.title} 不适用于该社区类型，不能评分`, `does not apply to this community type and cannot be scored`), 'standardId');
    throw invalid(say('该条目不属于本次考评所用的标准版本', 'not a standard of this assessment’s template version'), 'standardId');
  }

  function validated(row: { max_score: unknown; pass_score: unknown; scoring_rule: string }, b: z.infer<typeof resultBody>) {
    const check = checkResult(
      { maxScore: Number(row.max_score), passScore: Number(row.pass_score), scoringRule: row.scoring_rule as 'graded' | 'all_or_nothing' },
      b.result,
      b.score,
      b.note,
    );
    if (!check.ok) throw invalid(check.reason, check.field);
    return check.score;
  }

  async function setState(trx: Kysely<any>, c: Ctx, a: AssessmentAccess, to: StateCode, extra: Record<string, unknown> = {}, auditExtra: Record<string, unknown> = {}) {
    const cityId = c.get('city').id;
    const updated = await trx
      .updateTable('p_jinan_standards.assessment')
      .set({ state: to, ...extra })
      .where('city_id', '=', cityId)
      .where('id', '=', a.id)
      .where('state', '=', a.state)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw conflictReason(say('状态已被他人改变，请刷新', 'the state changed meanwhile; reload'));
    await audit(trx, c, `state:${to}`, 'assessment', a.id, { state: a.state }, { state: to, ...auditExtra });
  }

  /** Full detail: items with self, review and effective results, evidence, scores, the previous campaign for the radar. */
  async function detail(c: Ctx, a: AssessmentAccess) {
    const cityId = c.get('city').id;
    const config = c.get('pluginConfig') as Config;
    const campaign = (await loadCampaign(db, cityId, a.campaignId))!;
    const head = await db
      .selectFrom('p_jinan_standards.assessment as a')
      .innerJoin('core.place as p', (j) => j.onRef('p.city_id', '=', 'a.city_id').onRef('p.id', '=', 'a.community_place_id'))
      .leftJoin('core.place as s', (j) => j.onRef('s.city_id', '=', 'p.city_id').onRef('s.id', '=', 'p.parent_id'))
      .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'a.city_id').onRef('o.id', '=', 'a.community_org_id'))
      .leftJoin('core.app_user as su', 'su.id', 'a.submitted_by')
      .leftJoin('core.app_user as lu', 'lu.id', 'a.locked_by')
      .select([
        'a.submitted_at',
        'a.returned_reason',
        'a.locked_at',
        'a.review_comment',
        'p.name as community_name',
        's.name as street_name',
        'o.name as org_name',
        'su.display_name as submitted_by_name',
        'lu.display_name as locked_by_name',
      ])
      .where('a.city_id', '=', cityId)
      .where('a.id', '=', a.id)
      .executeTakeFirstOrThrow();
    const rows = await db
      .selectFrom('p_jinan_standards.result as r')
      .innerJoin('p_jinan_standards.standard as s', (j) => j.onRef('s.city_id', '=', 'r.city_id').onRef('s.id', '=', 'r.standard_id'))
      .leftJoin('core.app_user as u1', 'u1.id', 'r.self_by')
      .leftJoin('core.app_user as u2', 'u2.id', 'r.review_by')
      .selectAll('r')
      .select([
        's.code',
        's.area',
        's.seq',
        's.title',
        's.title_en',
        's.description',
        's.source',
        's.max_score',
        's.pass_score',
        's.scoring_rule',
        's.scoring_note',
        'u1.display_name as self_by_name',
        'u2.display_name as review_by_name',
      ])
      .where('r.city_id', '=', cityId)
      .where('r.assessment_id', '=', a.id)
      .orderBy('s.seq')
      .orderBy('s.id')
      .execute();
    const evidence = rows.length
      ? await db
          .selectFrom('p_jinan_standards.evidence')
          .select(['id', 'result_id', 'filename', 'mime_type', 'size_bytes', 'evidence_date', 'note', 'placeholder', 'uploaded_at'])
          .where('city_id', '=', cityId)
          .where(
            'result_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('id')
          .execute()
      : [];
    const rect = await db
      .selectFrom('p_jinan_standards.rectification')
      .select(['id', 'result_id', 'status', 'due_date', 'owner_name', 'closed_on'])
      .where('city_id', '=', cityId)
      .where('assessment_id', '=', a.id)
      .execute();
    const notApplicable = await db
      .selectFrom('p_jinan_standards.standard as s')
      .select(['s.id', 's.code', 's.title', 's.title_en', 's.area'])
      .where('s.city_id', '=', cityId)
      .where('s.template_version_id', '=', a.templateVersionId)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('p_jinan_standards.result as r')
              .select('r.id')
              .whereRef('r.city_id', '=', 's.city_id')
              .whereRef('r.standard_id', '=', 's.id')
              .where('r.assessment_id', '=', a.id),
          ),
        ),
      )
      .orderBy('s.seq')
      .execute();
    const items = rows.map((r) => {
      const effResult = (r.review_result ?? r.self_result) as ResultCode | null;
      const effScore = r.review_result != null ? r.review_score : r.self_score;
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
        self: { result: r.self_result, score: r.self_score == null ? null : Number(r.self_score), note: r.self_note, at: r.self_at, by: r.self_by_name },
        review:
          r.review_result == null && r.review_note == null
            ? null
            : { result: r.review_result, score: r.review_score == null ? null : Number(r.review_score), note: r.review_note, at: r.review_at, by: r.review_by_name },
        effective: { result: effResult, score: effScore == null ? null : Number(effScore) },
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
        rectification: (() => {
          const x = rect.find((y) => y.result_id === r.id);
          return x ? { id: x.id, status: x.status, dueDate: x.due_date, ownerName: x.owner_name, closedOn: x.closed_on } : null;
        })(),
      };
    });
    const scoreItems = items.map((i) => ({ area: i.area, weight: i.weight, maxScore: i.maxScore, result: i.effective.result, score: i.effective.score }));
    // The same community in the previous campaign, for the radar's comparison line.
    const prevCampaign = await previousCampaign(db, cityId, campaign);
    let previous = null;
    if (prevCampaign) {
      const prevRows = await loadItemRows(db, cityId, { campaignIds: [prevCampaign.id], states: ['done'] });
      const mine = scoreAssessments(prevRows.filter((r) => r.communityPlaceId === a.communityPlaceId))[0];
      if (mine) previous = { campaignId: prevCampaign.id, campaignName: prevCampaign.name, assessmentId: mine.assessmentId, score: mine.summary.score, areas: mine.areas };
    }
    const editable = a.state === 'planned' || a.state === 'in_progress';
    return {
      id: a.id,
      state: a.state,
      communityType: a.communityType,
      community: { placeId: a.communityPlaceId, name: head.community_name, streetName: head.street_name, orgId: a.communityOrgId, orgName: head.org_name },
      campaign,
      submittedAt: head.submitted_at,
      submittedBy: head.submitted_by_name,
      returnedReason: head.returned_reason,
      lockedAt: head.locked_at,
      lockedBy: head.locked_by_name,
      reviewComment: head.review_comment,
      permissions: {
        canEdit: editable && a.canSelf,
        canSubmit: a.state === 'in_progress' && a.canSelf,
        canReview: a.state === 'in_review' && a.canReview,
      },
      threshold: config.passThreshold,
      summary: summarize(scoreItems),
      areas: areaScores(scoreItems),
      previous,
      items,
      notApplicableByType: notApplicable.map((s) => ({ standardId: s.id, code: s.code, title: s.title, titleEn: s.title_en, area: s.area })),
    };
  }

  app.get('/assessments', describe({ summary: 'Assessments of a campaign (default: the newest) in the actor’s scope, with progress and score', ...tag }), validate('query', listQuery), async (c) => {
    requireOrgAdmin(c);
    const f = c.req.valid('query');
    const cityId = c.get('city').id;
    const campaignId =
      f.campaignId ??
      (
        await db
          .selectFrom('p_jinan_standards.campaign')
          .select('id')
          .where('city_id', '=', cityId)
          .orderBy('period_to', 'desc')
          .orderBy('id', 'desc')
          .limit(1)
          .executeTakeFirst()
      )?.id;
    if (!campaignId) return c.json({ campaignId: null, items: [] });
    const campaign = await loadCampaign(db, cityId, campaignId);
    if (!campaign) throw missing(c, '考评批次', 'Campaign');
    const heads = await db
      .selectFrom('p_jinan_standards.assessment as a')
      .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'a.city_id').onRef('o.id', '=', 'a.community_org_id'))
      .select(['a.id', 'a.community_place_id', 'a.community_type', 'a.state', 'a.submitted_at', 'a.locked_at', 'o.path'])
      .where('a.city_id', '=', cityId)
      .where('a.campaign_id', '=', campaignId)
      .where(orgPathFilter(c.get('access'), 'o.path'))
      .orderBy('a.id')
      .execute();
    const scores = new Map(scoreAssessments(await loadItemRows(db, cityId, { campaignIds: [campaignId], access: c.get('access') })).map((s) => [s.assessmentId, s]));
    const communities = new Map((await loadCommunities(db, cityId)).map((x) => [x.placeId, x]));
    const items = heads
      .map((h) => {
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
          canReview: h.state === 'in_review' && reviewsPath(c, h.path),
        };
      })
      .filter((i) => (!f.state || i.state === f.state) && (!f.type || i.communityType === f.type) && (!f.streetPlaceId || i.streetPlaceId === f.streetPlaceId) && (!f.q || i.communityName.includes(f.q)));
    return c.json({ campaignId, campaign, items });
  });

  app.get('/assessments/:id', describe({ summary: 'One assessment: items, evidence, scores per area, the previous campaign', ...tag }), validate('param', idParam), async (c) => {
    const a = await load(c, c.req.valid('param').id);
    return c.json(await detail(c, a));
  });

  app.put('/assessments/:id/items/:standardId', describe({ summary: 'Self-assessment of one standard by the community (result, score, note)', ...tag, responses: { 400: 'score outside the range, result and score disagree, or the standard does not apply to the community type', 409: 'in review or locked' } }), validate('param', itemParam), validate('json', resultBody), async (c) => {
    const { id, standardId } = c.req.valid('param');
    const a = await load(c, id);
    if (a.state === 'done') throw lockedError();
    if (a.state === 'in_review') throw conflictReason(say('已提交街道审核，需退回后才能修改', 'submitted for review; the street must return it first'));
    const row = await resultRow(c, a, standardId);
    const b = c.req.valid('json');
    const score = validated(row, b);
    const note = b.note ?? null;
    const cityId = c.get('city').id;
    await db.transaction().execute(async (trx) => {
      if (a.state === 'planned') await setState(trx, c, a, 'in_progress');
      await trx
        .updateTable('p_jinan_standards.result')
        .set({ self_result: b.result, self_score: score, self_note: note, self_by: userId(c), self_at: ctx.clock.now() })
        .where('city_id', '=', cityId)
        .where('id', '=', row.id)
        .execute();
      await audit(
        trx,
        c,
        'self_assess',
        'result',
        row.id,
        { assessmentId: a.id, code: row.code, result: row.self_result, score: row.self_score == null ? null : Number(row.self_score), note: row.self_note },
        { assessmentId: a.id, code: row.code, result: b.result, score, note },
      );
    });
    return c.json({ ok: true, standardId, result: b.result, score, note });
  });

  app.put('/assessments/:id/items/:standardId/review', describe({ summary: 'The street’s reviewed result of one standard (overrides the self-assessment)', ...tag }), validate('param', itemParam), validate('json', resultBody), async (c) => {
    const { id, standardId } = c.req.valid('param');
    const a = await load(c, id);
    if (!a.canReview) throw forbidden();
    if (a.state === 'done') throw lockedError();
    if (a.state !== 'in_review') throw conflictReason(say(`当前状态为“${STATE_ZH[a.state]}”，提交审核后才能审核`, `only an assessment in review can be reviewed`));
    const row = await resultRow(c, a, standardId);
    const b = c.req.valid('json');
    const score = validated(row, b);
    const note = b.note ?? null;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('p_jinan_standards.result')
        .set({ review_result: b.result, review_score: score, review_note: note, review_by: userId(c), review_at: ctx.clock.now() })
        .where('city_id', '=', c.get('city').id)
        .where('id', '=', row.id)
        .execute();
      await audit(
        trx,
        c,
        'review',
        'result',
        row.id,
        { assessmentId: a.id, code: row.code, result: row.review_result, score: row.review_score == null ? null : Number(row.review_score), note: row.review_note },
        { assessmentId: a.id, code: row.code, result: b.result, score, note },
      );
    });
    return c.json({ ok: true, standardId, result: b.result, score, note });
  });

  app.delete('/assessments/:id/items/:standardId/review', describe({ summary: 'Withdraw the street’s review of one standard (the self-assessment applies again)', ...tag }), validate('param', itemParam), async (c) => {
    const { id, standardId } = c.req.valid('param');
    const a = await load(c, id);
    if (!a.canReview) throw forbidden();
    if (a.state === 'done') throw lockedError();
    if (a.state !== 'in_review') throw conflictReason(say('只有审核中的考评可以撤回审核意见', 'only an assessment in review'));
    const row = await resultRow(c, a, standardId);
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('p_jinan_standards.result')
        .set({ review_result: null, review_score: null, review_note: null, review_by: userId(c), review_at: ctx.clock.now() })
        .where('city_id', '=', c.get('city').id)
        .where('id', '=', row.id)
        .execute();
      await audit(trx, c, 'review_withdraw', 'result', row.id, { assessmentId: a.id, code: row.code, result: row.review_result, score: row.review_score == null ? null : Number(row.review_score) }, { assessmentId: a.id, code: row.code, result: null });
    });
    return c.json({ ok: true });
  });

  app.post('/assessments/:id/start', describe({ summary: 'Start the self-assessment (planned → in progress)', ...tag }), validate('param', idParam), async (c) => {
    const a = await load(c, c.req.valid('param').id);
    if (a.state !== 'planned') throw conflictReason(say(`当前状态为“${STATE_ZH[a.state]}”`, `already ${a.state}`));
    await db.transaction().execute((trx) => setState(trx, c, a, 'in_progress'));
    return c.json(await detail(c, { ...a, state: 'in_progress' }));
  });

  app.post('/assessments/:id/submit', describe({ summary: 'Submit the self-assessment to the street (in progress → in review); every applicable standard needs a result', ...tag }), validate('param', idParam), async (c) => {
    const a = await load(c, c.req.valid('param').id);
    if (a.state === 'done') throw lockedError();
    if (a.state !== 'in_progress') throw conflictReason(say(`当前状态为“${STATE_ZH[a.state]}”，不能提交`, `cannot submit from ${a.state}`));
    const missingItems = await db
      .selectFrom('p_jinan_standards.result as r')
      .innerJoin('p_jinan_standards.standard as s', (j) => j.onRef('s.city_id', '=', 'r.city_id').onRef('s.id', '=', 'r.standard_id'))
      .select('s.code')
      .where('r.city_id', '=', c.get('city').id)
      .where('r.assessment_id', '=', a.id)
      .where('r.self_result', 'is', null)
      .where('r.review_result', 'is', null)
      .orderBy('s.seq')
      .execute();
    if (missingItems.length)
      throw conflictReason(
        say(
          `还有 ${missingItems.length} 项未自评（${missingItems.slice(0, 5).map((m) => m.code).join('、')}）`,
          `${missingItems.length} standards not yet assessed (${missingItems.slice(0, 5).map((m) => m.code).join(', ')})`,
        ),
        'items',
      );
    await db.transaction().execute((trx) => setState(trx, c, a, 'in_review', { submitted_at: ctx.clock.now(), submitted_by: userId(c), returned_reason: null }));
    return c.json(await detail(c, { ...a, state: 'in_review' }));
  });

  app.post('/assessments/:id/return', describe({ summary: 'The street returns the assessment for changes (in review → in progress), with a reason', ...tag }), validate('param', idParam), validate('json', returnBody), async (c) => {
    const a = await load(c, c.req.valid('param').id);
    if (!a.canReview) throw forbidden();
    if (a.state === 'done') throw lockedError();
    if (a.state !== 'in_review') throw conflictReason(say(`当前状态为“${STATE_ZH[a.state]}”，不能退回`, `only an assessment in review can be returned`));
    const { reason } = c.req.valid('json');
    await db.transaction().execute((trx) => setState(trx, c, a, 'in_progress', { returned_reason: reason }, { reason }));
    return c.json(await detail(c, { ...a, state: 'in_progress' }));
  });

  app.post('/assessments/:id/approve', describe({ summary: 'The street approves: done and locked; every unmet standard gets a rectification item', ...tag }), validate('param', idParam), validate('json', approveBody), async (c) => {
    const a = await load(c, c.req.valid('param').id);
    if (!a.canReview) throw forbidden();
    if (a.state === 'done') throw lockedError();
    if (a.state !== 'in_review') throw conflictReason(say(`当前状态为“${STATE_ZH[a.state]}”，不能审核通过`, `only an assessment in review can be approved`));
    const { comment } = c.req.valid('json');
    const cityId = c.get('city').id;
    const config = c.get('pluginConfig') as Config;
    const now = ctx.clock.now();
    const unmetResults: ResultCode[] = config.rectifyPartlyMet ? ['not_met', 'partly'] : ['not_met'];
    const unmet = (await loadItemRows(db, cityId, { assessmentIds: [a.id] })).filter((r) => r.result && unmetResults.includes(r.result));
    const due = new Date(now.getTime() + config.rectificationDays * 86_400_000);
    await db.transaction().execute(async (trx) => {
      await setState(trx, c, a, 'done', { locked_at: now, locked_by: userId(c), review_comment: comment }, { comment, rectifications: unmet.length });
      for (const r of unmet) {
        const label = RESULTS.find((x) => x.code === r.result)!['zh-CN'];
        const problem = `${r.code} ${r.title}：${label}（得分 ${r.score ?? 0}/${r.maxScore}）`;
        const created = await trx
          .insertInto('p_jinan_standards.rectification')
          .values({ city_id: cityId, result_id: r.resultId, assessment_id: a.id, community_org_id: a.communityOrgId, problem, due_date: today(due), created_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'create', 'rectification', created.id, null, { assessmentId: a.id, code: r.code, problem, dueDate: today(due) });
      }
    });
    return c.json(await detail(c, { ...a, state: 'done' }));
  });

  app.get('/assessments/:id/history', describe({ summary: 'Who changed what in this assessment (from the audit log)', ...tag }), validate('param', idParam), async (c) => {
    const a = await load(c, c.req.valid('param').id);
    const cityId = c.get('city').id;
    const id = String(a.id);
    const rows = await db
      .selectFrom('core.audit_log as l')
      .leftJoin('core.app_user as u', 'u.id', 'l.actor_user_id')
      .select(['l.id', 'l.action', 'l.entity', 'l.entity_id', 'l.before', 'l.after', 'l.at', 'u.display_name', 'u.username'])
      .where('l.city_id', '=', cityId)
      .where((eb) =>
        eb.or([
          eb.and([eb('l.entity', '=', 'p_jinan_standards.assessment'), eb('l.entity_id', '=', id)]),
          eb.and([
            eb('l.entity', 'in', ['p_jinan_standards.result', 'p_jinan_standards.evidence', 'p_jinan_standards.rectification']),
            eb.or([eb(sql`l.after ->> 'assessmentId'`, '=', id), eb(sql`l.before ->> 'assessmentId'`, '=', id)]),
          ]),
        ]),
      )
      .orderBy('l.id', 'desc')
      .limit(500)
      .execute();
    return c.json({
      items: rows.map((r) => ({
        id: Number(r.id),
        action: r.action,
        entity: String(r.entity).replace('p_jinan_standards.', ''),
        entityId: r.entity_id,
        actor: r.display_name ?? r.username ?? null,
        at: r.at,
        before: r.before,
        after: r.after,
      })),
    });
  });

  app.delete('/assessments/:id', describe({ summary: 'Remove a community that has not started from its campaign', ...tag }), validate('param', idParam), async (c) => {
    requireCityAdmin(c);
    const a = await load(c, c.req.valid('param').id);
    if (a.state !== 'planned') throw conflictReason(say('已开始的考评不能删除', 'an assessment already started cannot be removed'));
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('p_jinan_standards.assessment').where('city_id', '=', c.get('city').id).where('id', '=', a.id).execute();
      await audit(trx, c, 'delete', 'assessment', a.id, { campaignId: a.campaignId, communityPlaceId: a.communityPlaceId }, null);
    });
    return c.json({ ok: true });
  });

  // ——— Evidence: files stored in the database ———

  app.post('/assessments/:id/items/:standardId/evidence', describe({ summary: 'Upload an evidence file (multipart: file, evidenceDate, note)', ...tag, responses: { 413: 'file over the size limit' } }), validate('param', itemParam), async (c) => {
    const { id, standardId } = c.req.valid('param');
    const a = await load(c, id);
    if (a.state === 'done') throw lockedError();
    if (a.state === 'in_review' && !a.canReview) throw conflictReason(say('审核中只有街道可以补充佐证材料', 'in review only the street may add evidence'));
    const row = await resultRow(c, a, standardId);
    const config = c.get('pluginConfig') as Config;
    const limit = Math.round(config.maxEvidenceMb * 1024 * 1024);
    // Counted on the stream while the upload is read: a chunked body without Content-Length is cut at the limit too.
    allowBody(c, limit + 64 * 1024, () => new ApiError(413, 'validation_failed', { detail: say(`文件超过 ${config.maxEvidenceMb} MB`, `file over ${config.maxEvidenceMb} MB`) }, 'file'));
    let body: Record<string, unknown>;
    try {
      body = await c.req.parseBody();
    } catch {
      throw invalid(say('须以 multipart/form-data 上传', 'upload as multipart/form-data'), 'file');
    }
    const file = body.file;
    if (!(file instanceof File)) throw invalid(say('缺少文件', 'no file'), 'file');
    if (file.size === 0) throw invalid(say('文件为空', 'the file is empty'), 'file');
    if (file.size > limit) throw new ApiError(413, 'validation_failed', { detail: say(`文件超过 ${config.maxEvidenceMb} MB`, `file over ${config.maxEvidenceMb} MB`) }, 'file');
    const filename = (file.name.split(/[\\/]/).pop() ?? '').trim().slice(-200);
    const ext = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase();
    const mime = ext ? EVIDENCE_TYPES[ext] : undefined;
    if (!filename || !mime)
      throw invalid(say(`只接受 ${Object.keys(EVIDENCE_TYPES).join('、')} 文件`, `file type not accepted`), 'file');
    const declaredType = (file.type || '').split(';')[0]!.trim();
    if (declaredType && declaredType !== 'application/octet-stream' && declaredType !== mime)
      throw invalid(say(`文件类型 ${declaredType} 与扩展名不符`, `type does not match the extension`), 'file');
    const evidenceDate = typeof body.evidenceDate === 'string' ? body.evidenceDate.trim() : '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(evidenceDate) || Number.isNaN(Date.parse(`${evidenceDate}T00:00:00Z`)) || new Date(`${evidenceDate}T00:00:00Z`).toISOString().slice(0, 10) !== evidenceDate)
      throw invalid(say('佐证日期须为 YYYY-MM-DD', 'evidence date must be YYYY-MM-DD'), 'evidenceDate');
    if (evidenceDate > today(ctx.clock.now())) throw invalid(say('佐证日期不能晚于今天', 'evidence date is in the future'), 'evidenceDate');
    const note = typeof body.note === 'string' && body.note.trim() ? body.note.trim().slice(0, 500) : null;
    const content = Buffer.from(await file.arrayBuffer());
    const created = await db.transaction().execute(async (trx) => {
      if (a.state === 'planned') await setState(trx, c, a, 'in_progress');
      const e = await trx
        .insertInto('p_jinan_standards.evidence')
        .values({ city_id: c.get('city').id, result_id: row.id, filename, mime_type: mime, size_bytes: content.length, content, evidence_date: evidenceDate, note, uploaded_by: userId(c) })
        .returning(['id', 'filename', 'mime_type', 'size_bytes', 'evidence_date', 'note', 'uploaded_at'])
        .executeTakeFirstOrThrow();
      await audit(trx, c, 'upload', 'evidence', e.id, null, { assessmentId: a.id, code: row.code, filename, sizeBytes: content.length, evidenceDate });
      return e;
    });
    return c.json(
      { id: created.id, filename: created.filename, mimeType: created.mime_type, sizeBytes: created.size_bytes, evidenceDate: created.evidence_date, note: created.note, uploadedAt: created.uploaded_at },
      201,
    );
  });

  async function evidenceRow(c: Ctx, id: number) {
    const e = await db
      .selectFrom('p_jinan_standards.evidence as e')
      .innerJoin('p_jinan_standards.result as r', (j) => j.onRef('r.city_id', '=', 'e.city_id').onRef('r.id', '=', 'e.result_id'))
      .innerJoin('p_jinan_standards.standard as s', (j) => j.onRef('s.city_id', '=', 'r.city_id').onRef('s.id', '=', 'r.standard_id'))
      .select(['e.id', 'e.filename', 'e.mime_type', 'e.size_bytes', 'e.evidence_date', 'r.assessment_id', 's.code'])
      .where('e.city_id', '=', c.get('city').id)
      .where('e.id', '=', id)
      .executeTakeFirst();
    if (!e) throw missing(c, '佐证材料', 'Evidence');
    try {
      return { e, a: await load(c, e.assessment_id) };
    } catch {
      throw missing(c, '佐证材料', 'Evidence');
    }
  }

  app.get('/evidence/:id', describe({ summary: 'Download an evidence file', ...tag }), validate('param', idParam), async (c) => {
    const { e } = await evidenceRow(c, c.req.valid('param').id);
    const content = await db.selectFrom('p_jinan_standards.evidence').select('content').where('city_id', '=', c.get('city').id).where('id', '=', e.id).executeTakeFirstOrThrow();
    const bytes = content.content as Uint8Array;
    const inline = /^(image\/|application\/pdf)/.test(e.mime_type);
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': e.mime_type,
      'content-length': String(bytes.byteLength),
      'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="evidence"; filename*=UTF-8''${encodeURIComponent(e.filename)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
  });

  app.delete('/evidence/:id', describe({ summary: 'Delete an evidence file while the assessment is still open', ...tag }), validate('param', idParam), async (c) => {
    const { e, a } = await evidenceRow(c, c.req.valid('param').id);
    if (a.state === 'done') throw lockedError();
    if (a.state === 'in_review' && !a.canReview) throw conflictReason(say('审核中只有街道可以修改佐证材料', 'in review only the street may change evidence'));
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('p_jinan_standards.evidence').where('city_id', '=', c.get('city').id).where('id', '=', e.id).execute();
      await audit(trx, c, 'delete', 'evidence', e.id, { assessmentId: a.id, code: e.code, filename: e.filename, sizeBytes: e.size_bytes, evidenceDate: e.evidence_date }, null);
    });
    return c.json({ ok: true });
  });

  return app;
}

