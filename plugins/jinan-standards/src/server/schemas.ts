import { actionsSchema } from '@jiceng/plugin-kit';
import { z } from 'zod';
import { AREA_CODES, COMMUNITY_TYPE_CODES, RESULT_CODES, SOURCE_CODES, STATE_CODES } from '../shared/model';

/**
 * The shapes of this plugin's answers, for the OpenAPI reference (`describe({ response })`). Loose objects: the
 * fields listed are always there; an answer may carry more. openapi.test.ts checks real answers against them.
 */
const id = z.number().int();
const date = z.string().meta({ format: 'date' });
const dateTime = z.string().meta({ format: 'date-time' });
const score = z.number().nullable();

export const templateItemSchema = z.looseObject({
  id,
  seq: z.number().int(),
  code: z.string(),
  area: z.enum(AREA_CODES),
  title: z.string(),
  titleEn: z.string().meta({ description: 'empty when the standard has no English title' }),
  description: z.string(),
  source: z.enum(SOURCE_CODES),
  maxScore: z.number(),
  passScore: z.number(),
  scoringRule: z.enum(['graded', 'all_or_nothing']),
  scoringNote: z.string(),
  weights: z
    .record(z.string(), z.number())
    .meta({ description: 'weight per community type that the standard applies to' }),
});

export const versionSchema = z.looseObject({
  id,
  version: z.number().int().nullable().meta({ description: 'null for a draft' }),
  label: z.string().meta({ description: 'v1, v2 … or draft' }),
  name: z.string(),
  status: z.enum(['draft', 'published']),
  basedOnId: id.nullable(),
  note: z.string().nullable(),
  createdAt: dateTime,
  publishedAt: dateTime.nullable(),
});
export const versionListSchema = z.object({
  currentId: id.nullable().meta({ description: 'the newest published version' }),
  items: z.array(versionSchema.extend({ items: z.number().int(), campaigns: z.number().int() })),
});
export const versionDetailSchema = versionSchema.extend({ items: z.array(templateItemSchema) });

export const campaignSchema = z.looseObject({
  id,
  name: z.string(),
  periodFrom: date,
  periodTo: date,
  templateVersionId: id,
  templateLabel: z.string(),
  templateName: z.string(),
});
const byState = z.object(
  Object.fromEntries(STATE_CODES.map((s) => [s, z.number().int()])) as Record<
    (typeof STATE_CODES)[number],
    z.ZodNumber
  >,
);
export const campaignViewSchema = campaignSchema.extend({ assessments: z.number().int(), byState });
export const campaignDetailSchema = campaignViewSchema.extend({ previous: campaignSchema.nullable() });
export const campaignCreatedSchema = campaignViewSchema.extend({
  skipped: z
    .number()
    .int()
    .meta({ description: 'communities left out for having no type or no community org' }),
});
export const communitySchema = z.looseObject({
  placeId: id,
  placeName: z.string(),
  streetPlaceId: id.nullable(),
  streetName: z.string().nullable(),
  type: z.enum(COMMUNITY_TYPE_CODES).nullable(),
  orgId: id.nullable(),
});
export const addedSchema = z.object({ added: z.number().int(), assessmentIds: z.array(id) });

const areas = z
  .record(z.string(), score)
  .meta({ description: 'score 0–100 per area (null: nothing assessed)' });
export const summarySchema = z.looseObject({
  score,
  applicable: z.number().int(),
  assessed: z.number().int(),
  met: z.number().int(),
  partly: z.number().int(),
  notMet: z.number().int(),
  notApplicable: z.number().int(),
});
export const assessmentRowSchema = z.looseObject({
  id,
  communityPlaceId: id,
  communityName: z.string(),
  streetPlaceId: id.nullable(),
  streetName: z.string().nullable(),
  communityType: z.enum(COMMUNITY_TYPE_CODES),
  state: z.enum(STATE_CODES),
  applicable: z.number().int(),
  assessed: z.number().int(),
  score,
  submittedAt: dateTime.nullable(),
  lockedAt: dateTime.nullable(),
  canReview: z.boolean(),
});
export const assessmentListSchema = z.object({
  campaignId: id.nullable().meta({ description: 'null when the city has no campaign yet' }),
  campaign: campaignSchema.optional(),
  items: z.array(assessmentRowSchema),
});

export const evidenceSchema = z.looseObject({
  id,
  filename: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  evidenceDate: date,
  note: z.string().nullable(),
  uploadedAt: dateTime,
});
const judged = z.object({
  result: z.enum(RESULT_CODES).nullable(),
  score,
  note: z.string().nullable(),
  at: dateTime.nullable(),
  by: z.string().nullable(),
});
export const assessmentItemSchema = z.looseObject({
  resultId: id,
  standardId: id,
  code: z.string(),
  area: z.enum(AREA_CODES),
  seq: z.number().int(),
  title: z.string(),
  titleEn: z.string().nullable(),
  description: z.string(),
  source: z.enum(SOURCE_CODES),
  maxScore: z.number(),
  passScore: z.number(),
  scoringRule: z.enum(['graded', 'all_or_nothing']),
  scoringNote: z.string(),
  weight: z.number(),
  self: judged,
  review: judged.nullable().meta({ description: 'the street’s review, null until it reviews this standard' }),
  effective: z.object({ result: z.enum(RESULT_CODES).nullable(), score }),
  evidence: z.array(evidenceSchema.extend({ placeholder: z.boolean() })),
  rectification: z
    .object({
      id,
      status: z.enum(['open', 'closed']),
      dueDate: date,
      ownerName: z.string().nullable(),
      closedOn: date.nullable(),
    })
    .nullable(),
});
export const assessmentDetailSchema = z.looseObject({
  id,
  state: z.enum(STATE_CODES),
  communityType: z.enum(COMMUNITY_TYPE_CODES),
  community: z.object({
    placeId: id,
    name: z.string(),
    streetName: z.string().nullable(),
    orgId: id,
    orgName: z.string(),
  }),
  campaign: campaignSchema,
  submittedAt: dateTime.nullable(),
  submittedBy: z.string().nullable(),
  returnedReason: z.string().nullable(),
  lockedAt: dateTime.nullable(),
  lockedBy: z.string().nullable(),
  reviewComment: z.string().nullable(),
  permissions: z.object({ canEdit: z.boolean(), canSubmit: z.boolean(), canReview: z.boolean() }),
  threshold: z.number(),
  summary: summarySchema,
  areas,
  previous: z
    .object({ campaignId: id, campaignName: z.string(), assessmentId: id, score, areas })
    .nullable()
    .meta({ description: 'the same community in the previous campaign, for the radar' }),
  items: z.array(assessmentItemSchema),
  notApplicableByType: z.array(
    z.object({
      standardId: id,
      code: z.string(),
      title: z.string(),
      titleEn: z.string().nullable(),
      area: z.enum(AREA_CODES),
    }),
  ),
});
export const resultSavedSchema = z.object({
  ok: z.literal(true),
  standardId: id,
  result: z.enum(RESULT_CODES),
  score,
  note: z.string().nullable(),
});
export const historySchema = z.object({
  items: z.array(
    z.object({
      id,
      action: z.string(),
      entity: z.string(),
      entityId: z.string().nullable(),
      actor: z.string().nullable(),
      at: dateTime,
      before: z
        .record(z.string(), z.unknown())
        .nullable()
        .meta({ description: 'the audit log’s JSON of the entity before the change (null when created)' }),
      after: z
        .record(z.string(), z.unknown())
        .nullable()
        .meta({ description: 'the audit log’s JSON of the entity after the change (null when deleted)' }),
    }),
  ),
});

export const rectificationSchema = z.looseObject({
  id,
  assessmentId: id,
  campaignId: id,
  campaignName: z.string(),
  code: z.string(),
  title: z.string(),
  area: z.enum(AREA_CODES),
  communityPlaceId: id,
  communityName: z.string(),
  streetName: z.string().nullable(),
  problem: z.string(),
  measures: z.string().nullable(),
  ownerName: z.string().nullable(),
  dueDate: date,
  status: z.enum(['open', 'closed']),
  closedOn: date.nullable(),
  closingNote: z.string().nullable(),
  overdue: z.boolean(),
  onTime: z.boolean().nullable().meta({ description: 'closed by the due date (null while open)' }),
  actions: actionsSchema(['close', 'reopen']).optional().meta({ description: 'in the list' }),
});
const rectificationCounts = z.object({
  total: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  closed: z.number().int(),
  closedOnTime: z.number().int(),
});
export const rectificationListSchema = z.object({
  summary: rectificationCounts,
  items: z.array(rectificationSchema),
  truncated: z
    .boolean()
    .meta({ description: 'more than 2,000 items matched; only the first 2,000 are listed' }),
});

const share = z.number().nullable();
const quartiles = z
  .object({
    n: z.number().int(),
    min: z.number(),
    q1: z.number(),
    median: z.number(),
    q3: z.number(),
    max: z.number(),
    mean: z.number(),
  })
  .nullable()
  .meta({ description: 'null when nothing was scored' });
const overall = z.object({
  n: z.number().int(),
  quartiles,
  meanScore: score,
  iqr: z.number().nullable(),
  metShare: share.meta({ description: 'standards met ÷ assessed' }),
  above: z.number().int().meta({ description: 'communities at or above the threshold' }),
  aboveShare: share,
});
const communityScore = z.looseObject({
  assessmentId: id,
  communityPlaceId: id,
  communityOrgId: id,
  communityName: z.string(),
  streetName: z.string().nullable(),
  communityType: z.enum(COMMUNITY_TYPE_CODES),
  state: z.enum(STATE_CODES),
  score,
  areas,
  met: z.number().int(),
  partly: z.number().int(),
  notMet: z.number().int(),
  notApplicable: z.number().int(),
  applicable: z.number().int(),
  assessed: z.number().int(),
  previousScore: score.meta({ description: 'the same community in the previous campaign' }),
  delta: z.number().nullable(),
  previousAreas: areas.nullable(),
  belowThreshold: z.boolean(),
});
/** No campaign in the city yet: only the threshold. */
const noCampaignSchema = z.object({
  campaign: z.null().meta({ description: 'the city has no campaign yet' }),
  threshold: z.number(),
});
const analysisViewSchema = z.looseObject({
  campaign: campaignSchema,
  threshold: z.number(),
  previous: campaignSchema.nullable(),
  states: z.enum(['done', 'submitted', 'all']),
  overall,
  previousOverall: overall.nullable().meta({ description: 'null without a previous campaign' }),
  communities: z.array(communityScore),
  belowThreshold: z.array(communityScore).meta({ description: 'lowest score first' }),
  areaStats: z.array(
    z.object({
      area: z.enum(AREA_CODES),
      quartiles,
      mean: score,
      previousMean: score,
      delta: z.number().nullable(),
    }),
  ),
  typeStats: z.array(
    z.object({
      type: z.enum(COMMUNITY_TYPE_CODES),
      n: z.number().int(),
      meanScore: score,
      aboveShare: share,
    }),
  ),
  histogram: z.array(z.object({ from: z.number(), to: z.number(), n: z.number().int() })),
  standards: z
    .array(
      z.object({
        standardId: id,
        code: z.string(),
        title: z.string(),
        titleEn: z.string().nullable(),
        area: z.enum(AREA_CODES),
        assessed: z.number().int(),
        met: z.number().int(),
        partly: z.number().int(),
        notMet: z.number().int(),
        metShare: share,
        meanShare: share,
      }),
    )
    .meta({ description: 'every standard, weakest first' }),
  streetStats: z.array(
    z.object({ streetName: z.string(), n: z.number().int(), meanScore: z.number(), minScore: z.number() }),
  ),
  rectifications: rectificationCounts,
});
export const analysisSchema = z.union([noCampaignSchema, analysisViewSchema]);
