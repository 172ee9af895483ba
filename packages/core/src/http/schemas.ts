import { z } from 'zod';
import { ROLES } from '../db/schema';

/**
 * The shapes of the API's answers, for the OpenAPI reference (`describe({ response })`). Loose objects: the fields
 * listed are always there; an answer may carry more (a detail view adds to the list view).
 */
const id = z.number().int();
const date = z.string().meta({ format: 'date' });
const dateTime = z.string().meta({ format: 'date-time' });

export const okSchema = z.object({ ok: z.literal(true) });
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
  level: z.enum(['city', 'district', 'county']),
  province: z.string().nullable(),
});
export const cityDetailSchema = citySchema.extend({
  access: z.enum(['city', 'orgs', 'self']),
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
  kind: z.string(),
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
  labels: z.record(z.string(), z.string()),
  values: z.array(z.object({ value: z.string(), labels: z.record(z.string(), z.string()) })),
});
export const pluginMetaSchema = z.looseObject({
  id: z.string(),
  names: z.record(z.string(), z.string()),
  features: z.array(z.object({ id: z.string(), names: z.record(z.string(), z.string()) })),
  placeAttributes: z.array(placeAttributeSchema),
});

export const indicatorValueSchema = z.looseObject({
  pluginId: z.string(),
  meta: z.looseObject({ id: z.string() }),
  value: z.looseObject({}).meta({ description: 'a value with its unit, or not applicable with the reason' }),
  computedAt: dateTime,
  durationMs: z.number(),
});

const localizedText = z.object({ 'zh-CN': z.string(), en: z.string() });

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
  user: z.looseObject({
    id,
    username: z.string(),
    displayName: z.string(),
    mustChangePassword: z.boolean().meta({
      description:
        'true after an admin created or reset the account: every other call answers 403 password_change_required until POST /api/auth/password',
    }),
  }),
  grants: z.array(z.object({ role: z.string(), cityId: id.nullable(), orgId: id.nullable() })),
  cities: z.array(citySchema),
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
    z.looseObject({
      id: z.string(),
      computedBy: z.array(z.string()),
      shared: z.boolean(),
      facts: z.array(z.string()).optional(),
    }),
  ),
  columns: z.array(
    z.looseObject({
      target: z.string(),
      city: z.looseObject({ id, code: z.string() }),
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
        .record(z.string(), z.object({ applicable: z.boolean(), text: z.array(localizedText) }))
        .meta({ description: 'per outcome fact: what counts, or why it is not applicable' }),
    }),
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
