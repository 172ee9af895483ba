import { z } from 'zod';
import { PLACE_KINDS, ROLES } from '../db/schema';
import { OUTCOME_FACTS } from '../outcomes/contract';

/**
 * The shapes of the API's answers, for the OpenAPI reference (`describe({ response })`). Loose objects: the fields
 * listed are always there; an answer may carry more (a detail view adds to the list view).
 */
const id = z.number().int();
const date = z.string().meta({ format: 'date' });
const dateTime = z.string().meta({ format: 'date-time' });
const localizedText = z.object({ 'zh-CN': z.string(), en: z.string() });
const cityLevel = z.enum(['city', 'district', 'county']);
/** How much of a city the caller sees: all of it, some org subtrees, or their own member record. */
const cityAccess = z.enum(['city', 'orgs', 'self']);

export const okSchema = z.object({ ok: z.literal(true) });
/**
 * `schema`'s fields and no others, for an answer whose view sends exactly the fields listed (the lists plugin pages
 * pick from): its generated type then has no open index signature, so a misspelt field fails the type check.
 */
export const closed = <S extends z.ZodRawShape>(schema: { shape: S }) => z.object(schema.shape);
export const itemsOf = <T extends z.ZodType>(item: T) => z.looseObject({ items: z.array(item) });
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export const citySchema = z.looseObject({
  id,
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  level: cityLevel,
  province: z.string().nullable(),
});
export const cityDetailSchema = citySchema.extend({
  access: cityAccess,
  totals: z
    .object({ orgs: z.number(), members: z.number(), places: z.number(), units: z.number() })
    .nullable(),
});

export const orgSchema = z.looseObject({
  id,
  parentId: id.nullable(),
  kind: z.string(),
  name: z.string(),
  placeId: id.nullable(),
  active: z.boolean(),
  path: z.string(),
  depth: z.number().int(),
});
export const placeSchema = z.looseObject({
  id,
  parentId: id.nullable(),
  kind: z.enum(PLACE_KINDS),
  name: z.string(),
  attributes: z
    .record(z.string(), z.string())
    .meta({ description: 'Place attributes of the models enabled in the city, by key (see /api/plugins)' }),
  path: z.string(),
  depth: z.number().int(),
});
export const unitSchema = z.looseObject({
  id,
  name: z.string(),
  kind: z.string(),
  level: z.string(),
  orgId: id.nullable(),
  address: z.string().nullable(),
});
export const memberSchema = z.looseObject({
  id,
  name: z.string(),
  gender: z.enum(['male', 'female']),
  idNumber: z.string().meta({ description: 'masked (3508**********1234) unless revealed' }),
  phone: z.string().nullable(),
  birthDate: date.nullable(),
  category: z.string(),
  cadreRank: z.string(),
  orgId: id,
  orgName: z.string().optional(),
  unitId: id.nullable(),
  unitName: z.string().nullable().optional(),
  residencePlaceId: id.nullable(),
  joinedPartyOn: date.nullable(),
  occupation: z.string().nullable(),
  skills: z.string().nullable(),
  active: z.boolean(),
  masked: z.boolean(),
});
export const affiliationSchema = z.looseObject({
  id,
  kind: z.string(),
  orgId: id.nullable(),
  placeId: id.nullable(),
  since: date,
  until: date.nullable(),
  note: z.string().nullable(),
});

export const grantSchema = z.looseObject({
  id,
  role: z.enum(ROLES),
  orgId: id.nullable(),
  /** The org a grant is scoped to, by name; null for a city-wide role. */
  orgName: z.string().nullable(),
});
export const userSchema = z.looseObject({
  id,
  username: z.string(),
  displayName: z.string(),
  memberId: id.nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  grants: z.array(grantSchema),
});

export const auditEntrySchema = z.looseObject({
  id,
  at: dateTime,
  action: z.string(),
  entity: z.string(),
  /** Stored as text: a plugin's record may have a key that is not a number. */
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  actor: z.object({ username: z.string(), displayName: z.string() }).nullable(),
  labels: z
    .object({
      model: z
        .string()
        .nullable()
        .meta({ description: 'the model’s name for a plugin’s entry; null for core' }),
      entity: z.string(),
      action: z.string(),
      subject: z
        .string()
        .nullable()
        .meta({ description: 'a readable name of the record, when one is known' }),
      page: z
        .string()
        .nullable()
        .meta({ description: 'shell path under /c/:city/ where such records are managed' }),
    })
    .meta({ description: 'words for people, in the caller’s language' }),
});

const placeAttributeSchema = z.object({
  key: z.string(),
  appliesTo: z.array(z.string()),
  labels: localizedText,
  values: z.array(z.object({ value: z.string(), labels: localizedText })),
});
const outcomeFact = z.enum(OUTCOME_FACTS);
/** An indicator's one definition (core's for a shared or cross-model id, else the model's own). */
export const indicatorMetaSchema = z.object({
  id: z.string(),
  names: localizedText,
  definition: localizedText,
  unit: z
    .enum(['ratio', 'count', 'hours', 'score', 'days', 'per_member'])
    .meta({ description: 'ratio values are 0..1; the others are counts or amounts in that unit' }),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  period: z.enum(['any', 'year', 'half_year', 'quarter']),
});
/** A shared indicator: computed by core, the same way for every city, from the facts it reads. */
export const sharedIndicatorSchema = indicatorMetaSchema.extend({ facts: z.array(outcomeFact) });
export const pluginMetaSchema = z.looseObject({
  id: z.string(),
  version: z.string(),
  names: localizedText,
  description: localizedText,
  region: localizedText,
  features: z.array(z.object({ id: z.string(), names: localizedText })),
  configSchema: z
    .record(z.string(), z.unknown())
    .meta({ description: 'the model’s settings as JSON Schema (input side), for the settings form' }),
  configDefaults: z.record(z.string(), z.unknown()),
  configLabels: z
    .record(z.string(), localizedText)
    .meta({ description: 'words for each setting, by dotted path' }),
  configOptionLabels: z
    .record(z.string(), z.record(z.string(), localizedText))
    .meta({ description: 'words for the choices of list-of-codes settings, by dotted path then code' }),
  indicators: z.array(indicatorMetaSchema),
  placeAttributes: z.array(placeAttributeSchema),
});
/** How a model produces each outcome fact (or why it cannot), and the figures its sources publish. */
const pluginOutcomesSchema = z.object({
  facts: z.record(outcomeFact, z.object({ applicable: z.boolean(), text: localizedText })),
  references: z.array(z.object({ indicatorId: z.string(), value: z.number(), source: localizedText })),
});
/** GET /api/plugins: the installed models with their outcome facts, and the shared indicators' catalogue. */
export const pluginsSchema = z.object({
  items: z.array(pluginMetaSchema.extend({ outcomes: pluginOutcomesSchema })),
  sharedIndicators: z.array(sharedIndicatorSchema),
});

/** An indicator's value: a number in its unit (with the counts of a rate), or not applicable with the reason. */
const indicatorValue = z
  .discriminatedUnion('status', [
    z.object({
      status: z.literal('ok'),
      value: z.number(),
      numerator: z.number().optional(),
      denominator: z.number().optional(),
    }),
    z.object({ status: z.literal('not_applicable'), reason: z.string().optional() }),
  ])
  .meta({ description: 'a value with its unit, or not applicable with the reason' });
export const indicatorValueSchema = z.looseObject({
  pluginId: z.string(),
  meta: z.looseObject({ id: z.string() }),
  value: indicatorValue,
  computedAt: dateTime,
  durationMs: z.number(),
});

/** One line of the 待办 home (GET /api/cities/:city/work). */
export const workLineSchema = z.looseObject({
  id: z.string(),
  kind: z.enum(['self', 'manage']),
  title: localizedText,
  count: z.number().int(),
  href: z.string(),
  dueOn: date.optional(),
  overdue: z.number().int().optional(),
  pluginId: z.string(),
  pluginNames: localizedText,
});
export const workQueueSchema = z.object({ items: z.array(workLineSchema), partial: z.boolean() });

export const jobRunSchema = z.looseObject({
  id,
  pluginId: z.string(),
  jobId: z.string(),
  trigger: z.enum(['schedule', 'manual']),
  runOn: date,
  status: z.enum(['running', 'done', 'failed']),
  attempts: z.number().int(),
  result: z.record(z.string(), z.unknown()).nullable(),
  error: z.string().nullable(),
  /** Who pressed "run now"; null for the scheduler. */
  startedBy: z.string().nullable(),
  startedAt: dateTime,
  finishedAt: dateTime.nullable(),
});

/** A scheduled job of a model the city enabled, with its recent runs (newest first). */
export const jobItemSchema = z.looseObject({
  pluginId: z.string(),
  pluginNames: localizedText,
  id: z.string(),
  names: localizedText,
  description: localizedText.nullable(),
  schedule: z.enum(['daily']),
  resultLabels: z.record(z.string(), localizedText),
  lastRun: jobRunSchema.nullable(),
  runs: z.array(jobRunSchema),
});

export const meSchema = z.object({
  user: z.object({
    id,
    username: z.string(),
    displayName: z.string(),
    locale: z.string(),
    cityId: id.nullable(),
    memberId: id.nullable(),
    mustChangePassword: z.boolean().meta({
      description:
        'true after an admin created or reset the account: every other call answers 403 password_change_required until POST /api/auth/password',
    }),
  }),
  grants: z.array(z.object({ role: z.enum(ROLES), cityId: id.nullable(), orgId: id.nullable() })),
  cities: z.array(
    z.object({
      id,
      code: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      level: cityLevel,
      access: cityAccess,
    }),
  ),
});

const compareValueSchema = indicatorValueSchema.extend({
  source: z.enum(['snapshot', 'live']).optional(),
});
export const compareSchema = z.object({
  period: z.object({
    from: date,
    to: date,
    partial: z.boolean().meta({ description: 'the period reaches past today' }),
  }),
  set: z.enum(['shared', 'model', 'all']),
  indicators: z.array(
    indicatorMetaSchema.extend({
      computedBy: z.array(z.string()),
      shared: z.boolean(),
      facts: z.array(outcomeFact).optional().meta({ description: 'the facts a shared indicator reads' }),
    }),
  ),
  columns: z.array(
    z.object({
      target: z.string(),
      city: z.object({ id, code: z.string(), nameZh: z.string(), nameEn: z.string() }),
      org: z.object({ id, name: z.string() }).nullable(),
      models: z.array(z.object({ id: z.string(), names: localizedText })),
      values: z.record(z.string(), compareValueSchema),
      references: z
        .record(
          z.string(),
          z.array(z.object({ value: z.number(), source: localizedText, pluginId: z.string() })),
        )
        .meta({
          description: 'published figures of the city’s models, by shared indicator, for reference marks',
        }),
      outcomes: z
        .record(outcomeFact, z.object({ applicable: z.boolean(), text: z.array(localizedText) }))
        .meta({ description: 'per outcome fact: what counts, or why it is not applicable' }),
    }),
  ),
});

/** One indicator for each child org of a node (GET /api/cities/:city/indicators/:id/rollup). */
export const rollupSchema = z.object({
  parent: z.object({ id, name: z.string() }).nullable(),
  indicatorId: z.string(),
  items: z.array(
    z.object({ org: z.object({ id, name: z.string(), kind: z.string() }), value: indicatorValue }),
  ),
});

export const trendsSchema = z.object({
  months: z.array(z.string()),
  series: z.array(
    z.object({
      target: z.string(),
      indicatorId: z.string(),
      points: z.array(
        z.object({
          month: z.string(),
          value: z.number().nullable().meta({ description: 'null: not applicable or no snapshot' }),
          numerator: z.number().optional(),
          denominator: z.number().optional(),
          partial: z.boolean(),
        }),
      ),
    }),
  ),
});

export const importProblemSchema = z.object({
  row: z.number().int(),
  field: z.string().nullable(),
  column: z.string().nullable(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});
const count = z.number().int().nullable();
export const importJobSchema = z.looseObject({
  id,
  kind: z.enum(['members', 'orgs', 'units', 'places']),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  fileSize: z.number(),
  encoding: z.string().nullable(),
  status: z.enum(['validating', 'validated', 'importing', 'done', 'failed', 'cancelled']),
  mode: z.enum(['all', 'good_rows']).nullable(),
  phase: z.string().nullable(),
  progress: z.object({ processedRows: z.number().int(), totalRows: count, fraction: z.number() }),
  counts: z.object({
    totalRows: count,
    goodRows: count,
    errorRows: count,
    errorCount: count,
    toInsert: count,
    toUpdate: count,
    unchanged: count,
    inserted: count,
    updated: count,
    skipped: count,
  }),
  columns: z.array(z.object({ field: z.string(), label: z.string().nullable() })),
  failure: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdBy: id.nullable(),
  createdAt: dateTime,
  updatedAt: dateTime,
  finishedAt: dateTime.nullable(),
});
