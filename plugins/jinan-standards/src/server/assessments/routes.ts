import {
  describe,
  fileField,
  forbidden,
  idParam,
  invalid,
  type LocalizedText,
  okSchema,
  type PluginContext,
  type PluginEnv,
  refuse,
  requireCityAdmin,
  requireOrgAdmin,
  say,
  todayOf,
  validate,
  whoOf,
  notFound,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { COMMUNITY_TYPE_CODES, RESULT_CODES, STATE_CODES } from '../../shared/model';
import { type AssessmentAccess, type Ctx, loadAssessment, reviewsPath } from '../access';
import { loadItemRows, scoreAssessments } from '../analysis/data';
import { loadCampaign } from '../campaigns/routes';
import { loadCommunities } from '../campaigns/service';
import {
  assessmentDetailSchema,
  assessmentListSchema,
  evidenceSchema,
  historySchema,
  resultSavedSchema,
} from '../schemas';
import {
  assessmentHeads,
  evidenceContent,
  findEvidence,
  historyRows,
  newestCampaignId,
  type ResultRow,
  unassessedCodes,
} from './queries';
import {
  EVIDENCE_TYPES,
  evidenceDateProblem,
  evidenceFile,
  evidenceRefusal,
  historyItem,
  judge,
  LOCKED,
  listItems,
  matchesList,
  STATE_ZH,
  selfEditRefusal,
  stateRefusal,
} from './rules';
import { fileTooLarge, readUpload } from '../upload';
import * as service from './service';
import type { JinanTables } from '../db';

export { EVIDENCE_TYPES } from './rules';

const itemParam = z.object({
  id: z.coerce.number().int().positive(),
  standardId: z.coerce.number().int().positive(),
});
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
const evidenceForm = z.object({
  file: fileField('the evidence file (pdf, image, Office document, txt or csv; at most maxEvidenceMb)'),
  evidenceDate: z
    .string()
    .meta({ format: 'date', description: 'the day the evidence is from, not after today' }),
  note: z.string().max(500).optional(),
});

/** 409 with the rule's reason, when a rule refuses. */
function guard(reason: LocalizedText | null) {
  if (reason) throw refuse(reason);
}

export function assessmentRoutes(ctx: PluginContext<Config, JinanTables>) {
  const db = ctx.db;
  const app = new Hono<PluginEnv<Config>>();
  const tag = { tags: ['jinan-standards: assessments'] };
  const config = (c: Ctx) => c.get('pluginConfig');
  const detail = (c: Ctx, a: AssessmentAccess) =>
    service.assessmentDetail(db, c.get('city').id, config(c), a);

  async function load(c: Ctx, id: number) {
    requireOrgAdmin(c);
    return loadAssessment(db, c, id);
  }

  const resultRow = (c: Ctx, a: AssessmentAccess, standardId: number) =>
    service.resultRowFor(db, c.get('city').id, a, standardId);

  function judged(row: ResultRow, b: z.infer<typeof resultBody>) {
    const j = judge(row, b);
    if (!j.ok) throw invalid(j.reason, j.field);
    return j.judgement;
  }

  app.get(
    '/assessments',
    describe({
      summary:
        'Assessments of a campaign (default: the newest) in the actor’s scope, with progress and score',
      ...tag,
      response: assessmentListSchema,
      responses: { 404: 'no such campaign' },
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const cityId = c.get('city').id;
      const campaignId = f.campaignId ?? (await newestCampaignId(db, cityId));
      if (!campaignId) return c.json({ campaignId: null, items: [] });
      const campaign = await loadCampaign(db, cityId, campaignId);
      if (!campaign) throw notFound(say('考评批次', 'Campaign'));
      const heads = await assessmentHeads(db, cityId, campaignId, c.get('access'));
      const scores = new Map(
        scoreAssessments(
          await loadItemRows(db, cityId, { campaignIds: [campaignId], access: c.get('access') }),
        ).map((s) => [s.assessmentId, s]),
      );
      const communities = new Map((await loadCommunities(db, cityId)).map((x) => [x.placeId, x]));
      const items = listItems(heads, scores, communities, (path) => reviewsPath(c, path)).filter((i) =>
        matchesList(i, f),
      );
      return c.json({ campaignId, campaign, items });
    },
  );

  app.get(
    '/assessments/:id',
    describe({
      summary: 'One assessment: items, evidence, scores per area, the previous campaign',
      ...tag,
      response: assessmentDetailSchema,
      responses: { 404: 'no such assessment in the actor’s scope' },
    }),
    validate('param', idParam),
    async (c) => c.json(await detail(c, await load(c, c.req.valid('param').id))),
  );

  app.put(
    '/assessments/:id/items/:standardId',
    describe({
      summary: 'Self-assessment of one standard by the community (result, score, note)',
      ...tag,
      response: resultSavedSchema,
      responses: {
        400: 'score outside the range, result and score disagree, or the standard does not apply to the community type',
        409: 'in review or locked',
      },
    }),
    validate('param', itemParam),
    validate('json', resultBody),
    async (c) => {
      const { id, standardId } = c.req.valid('param');
      const a = await load(c, id);
      guard(selfEditRefusal(a.state));
      const row = await resultRow(c, a, standardId);
      const j = judged(row, c.req.valid('json'));
      await service.saveSelfResult(db, whoOf(c), ctx.clock.now(), a, row, j);
      return c.json({ ok: true as const, standardId, ...j });
    },
  );

  app.put(
    '/assessments/:id/items/:standardId/review',
    describe({
      summary: 'The street’s reviewed result of one standard (overrides the self-assessment)',
      ...tag,
      response: resultSavedSchema,
      responses: { 403: 'not the reviewing street', 409: 'not in review' },
    }),
    validate('param', itemParam),
    validate('json', resultBody),
    async (c) => {
      const { id, standardId } = c.req.valid('param');
      const a = await load(c, id);
      if (!a.canReview) throw forbidden();
      guard(
        stateRefusal(
          a.state,
          'in_review',
          '提交审核后才能审核',
          'only an assessment in review can be reviewed',
        ),
      );
      const row = await resultRow(c, a, standardId);
      const j = judged(row, c.req.valid('json'));
      await service.saveReview(db, whoOf(c), ctx.clock.now(), a, row, j);
      return c.json({ ok: true as const, standardId, ...j });
    },
  );

  app.delete(
    '/assessments/:id/items/:standardId/review',
    describe({
      summary: 'Withdraw the street’s review of one standard (the self-assessment applies again)',
      ...tag,
      response: okSchema,
      responses: { 403: 'not the reviewing street', 409: 'not in review' },
    }),
    validate('param', itemParam),
    async (c) => {
      const { id, standardId } = c.req.valid('param');
      const a = await load(c, id);
      if (!a.canReview) throw forbidden();
      if (a.state === 'done') throw refuse(LOCKED);
      if (a.state !== 'in_review')
        throw refuse(say('只有审核中的考评可以撤回审核意见', 'only an assessment in review'));
      const row = await resultRow(c, a, standardId);
      await service.saveReview(db, whoOf(c), ctx.clock.now(), a, row, null);
      return c.json({ ok: true as const });
    },
  );

  app.post(
    '/assessments/:id/start',
    describe({
      summary: 'Start the self-assessment (planned → in progress)',
      ...tag,
      noBody: true,
      response: assessmentDetailSchema,
      responses: { 409: 'already started' },
    }),
    validate('param', idParam),
    async (c) => {
      const a = await load(c, c.req.valid('param').id);
      if (a.state !== 'planned') throw refuse(say(`当前状态为“${STATE_ZH[a.state]}”`, `already ${a.state}`));
      await service.changeState(db, whoOf(c), a, 'in_progress');
      return c.json(await detail(c, { ...a, state: 'in_progress' }));
    },
  );

  app.post(
    '/assessments/:id/submit',
    describe({
      summary:
        'Submit the self-assessment to the street (in progress → in review); every applicable standard needs a result',
      ...tag,
      noBody: true,
      response: assessmentDetailSchema,
      responses: { 409: 'not in progress, or standards not yet assessed' },
    }),
    validate('param', idParam),
    async (c) => {
      const a = await load(c, c.req.valid('param').id);
      guard(stateRefusal(a.state, 'in_progress', '不能提交', `cannot submit from ${a.state}`));
      const missingCodes = await unassessedCodes(db, c.get('city').id, a.id);
      if (missingCodes.length)
        throw refuse(
          say(
            `还有 ${missingCodes.length} 项未自评（${missingCodes.slice(0, 5).join('、')}）`,
            `${missingCodes.length} standards not yet assessed (${missingCodes.slice(0, 5).join(', ')})`,
          ),
          'items',
        );
      await service.changeState(db, whoOf(c), a, 'in_review', {
        submitted_at: ctx.clock.now(),
        submitted_by: whoOf(c).userId,
        returned_reason: null,
      });
      return c.json(await detail(c, { ...a, state: 'in_review' }));
    },
  );

  app.post(
    '/assessments/:id/return',
    describe({
      summary: 'The street returns the assessment for changes (in review → in progress), with a reason',
      ...tag,
      response: assessmentDetailSchema,
      responses: { 403: 'not the reviewing street', 409: 'not in review' },
    }),
    validate('param', idParam),
    validate('json', returnBody),
    async (c) => {
      const a = await load(c, c.req.valid('param').id);
      if (!a.canReview) throw forbidden();
      guard(stateRefusal(a.state, 'in_review', '不能退回', 'only an assessment in review can be returned'));
      const { reason } = c.req.valid('json');
      await service.changeState(db, whoOf(c), a, 'in_progress', { returned_reason: reason }, { reason });
      return c.json(await detail(c, { ...a, state: 'in_progress' }));
    },
  );

  app.post(
    '/assessments/:id/approve',
    describe({
      summary: 'The street approves: done and locked; every unmet standard gets a rectification item',
      ...tag,
      response: assessmentDetailSchema,
      responses: { 403: 'not the reviewing street', 409: 'not in review' },
    }),
    validate('param', idParam),
    validate('json', approveBody),
    async (c) => {
      const a = await load(c, c.req.valid('param').id);
      if (!a.canReview) throw forbidden();
      guard(
        stateRefusal(a.state, 'in_review', '不能审核通过', 'only an assessment in review can be approved'),
      );
      await service.approve(db, whoOf(c), ctx.clock.now(), config(c), a, c.req.valid('json').comment);
      return c.json(await detail(c, { ...a, state: 'done' }));
    },
  );

  app.get(
    '/assessments/:id/history',
    describe({
      summary: 'Who changed what in this assessment (from the audit log)',
      ...tag,
      response: historySchema,
      responses: { 404: 'no such assessment in the actor’s scope' },
    }),
    validate('param', idParam),
    async (c) => {
      const a = await load(c, c.req.valid('param').id);
      const rows = await historyRows(db, c.get('city').id, a.id);
      return c.json({ items: rows.map(historyItem) });
    },
  );

  app.delete(
    '/assessments/:id',
    describe({
      summary: 'Remove a community that has not started from its campaign',
      ...tag,
      response: okSchema,
      responses: { 409: 'already started' },
    }),
    validate('param', idParam),
    async (c) => {
      requireCityAdmin(c);
      const a = await load(c, c.req.valid('param').id);
      if (a.state !== 'planned')
        throw refuse(say('已开始的考评不能删除', 'an assessment already started cannot be removed'));
      await service.removeAssessment(db, whoOf(c), a);
      return c.json({ ok: true as const });
    },
  );

  // ——— Evidence: files stored in the database ———

  app.post(
    '/assessments/:id/items/:standardId/evidence',
    describe({
      summary: 'Upload an evidence file (multipart: file, evidenceDate, note)',
      ...tag,
      status: 201,
      multipart: evidenceForm,
      response: evidenceSchema,
      responses: {
        400: 'no file, a type not accepted, or a bad evidence date',
        409: 'locked, or in review and not the street',
        413: 'file over the size limit',
      },
    }),
    validate('param', itemParam),
    async (c) => {
      const { id, standardId } = c.req.valid('param');
      const a = await load(c, id);
      guard(evidenceRefusal(a, 'add'));
      const row = await resultRow(c, a, standardId);
      const { maxEvidenceMb } = config(c);
      const limit = Math.round(maxEvidenceMb * 1024 * 1024);
      const tooBig = () => fileTooLarge(maxEvidenceMb);
      const { body, file } = await readUpload(c, limit, tooBig);
      if (file.size === 0) throw invalid(say('文件为空', 'the file is empty'), 'file');
      if (file.size > limit) throw tooBig();
      const kind = evidenceFile(file.name, file.type);
      if (!kind.ok) throw invalid(kind.reason, 'file');
      const evidenceDate = typeof body.evidenceDate === 'string' ? body.evidenceDate.trim() : '';
      const dateProblem = evidenceDateProblem(evidenceDate, todayOf(ctx));
      if (dateProblem) throw invalid(dateProblem, 'evidenceDate');
      const note = typeof body.note === 'string' && body.note.trim() ? body.note.trim().slice(0, 500) : null;
      const content = Buffer.from(await file.arrayBuffer());
      const created = await service.storeEvidence(db, whoOf(c), a, row, {
        filename: kind.filename,
        mime: kind.mime,
        content,
        evidenceDate,
        note,
      });
      return c.json(created, 201);
    },
  );

  async function evidenceRow(c: Ctx, id: number) {
    const e = await findEvidence(db, c.get('city').id, id);
    if (!e) throw notFound(say('佐证材料', 'Evidence'));
    try {
      return { e, a: await load(c, e.assessment_id) };
    } catch {
      throw notFound(say('佐证材料', 'Evidence'));
    }
  }

  app.get(
    '/evidence/:id',
    describe({
      summary: 'Download an evidence file (its stored type: pdf, image, Office document, txt or csv)',
      ...tag,
      file: [...new Set(Object.values(EVIDENCE_TYPES))],
      responses: { 404: 'no such evidence in the actor’s scope' },
    }),
    validate('param', idParam),
    async (c) => {
      const { e } = await evidenceRow(c, c.req.valid('param').id);
      const bytes = await evidenceContent(db, c.get('city').id, e.id);
      const inline = /^(image\/|application\/pdf)/.test(e.mime_type);
      return c.body(new Uint8Array(bytes), 200, {
        'content-type': e.mime_type,
        'content-length': String(bytes.byteLength),
        'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="evidence"; filename*=UTF-8''${encodeURIComponent(e.filename)}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      });
    },
  );

  app.delete(
    '/evidence/:id',
    describe({
      summary: 'Delete an evidence file while the assessment is still open',
      ...tag,
      response: okSchema,
      responses: {
        404: 'no such evidence in the actor’s scope',
        409: 'locked, or in review and not the street',
      },
    }),
    validate('param', idParam),
    async (c) => {
      const { e, a } = await evidenceRow(c, c.req.valid('param').id);
      guard(evidenceRefusal(a, 'change'));
      await service.deleteEvidence(db, whoOf(c), a, e);
      return c.json({ ok: true as const });
    },
  );

  return app;
}
