import type { Hono } from 'hono';
import type { Kysely, Migration, Transaction } from 'kysely';
import { z } from 'zod';
import type { Clock } from '../clock';
import { type CoreDatabase, PLACE_KINDS, type PlaceKind } from '../db/schema';
import type { Actor, CityAccess } from '../auth/actor';
import type { AppEnv } from '../http/env';
import type { IndicatorMeta, IndicatorValue, LocalizedText, Period } from '../indicators';
import type { Logger } from '../logger';
import type { PluginOutcomes } from '../outcomes/contract';

/**
 * A plugin's own tables, keyed 'p_<id>.<table>' (its server/db.ts; checked against the migrated database with
 * `expectSchemaTypes` from @jiceng/plugin-kit/testing). The default `any` leaves the database untyped, for plugins
 * not yet typed: it is going away.
 */
export type UntypedTables = any;

/** What the host hands a plugin: typed arguments, no service locator. */
export interface PluginContext<Config = Record<string, unknown>, Tables = UntypedTables> {
  /** The whole database: core's tables and the plugin's own schema (p_<id>), typed by `Tables`. */
  db: Kysely<CoreDatabase & Tables>;
  logger: Logger;
  clock: Clock;
  pluginId: string;
  /** The plugin's own schema name, p_<id>. */
  schema: string;
  /** The validated config of one city (defaults filled in). */
  configFor(cityId: number): Promise<Config>;
  /**
   * Tell people about something (a report confirmed, a demand assigned). Pass the transaction that makes the change,
   * so the notice is stored with it or not at all. Stored in core (never lost on restart), shown in the shell's bell,
   * and queued in core's outbox for further channels. Returns how many recipients got it (0 when `onceKey` had
   * already been used for them).
   */
  notify<DB extends CoreDatabase>(db: Kysely<DB> | Transaction<DB>, notice: PluginNotice): Promise<number>;
}

/** A notice from a plugin to people of one city (see PluginContext.notify). */
export interface PluginNotice {
  cityId: number;
  /** Recipients as login accounts (core.app_user ids) ... */
  userIds?: number[];
  /** ... and/or as member records (core resolves each to the member's own account, if they have one). */
  memberIds?: number[];
  /** snake_case, what happened, e.g. 'report_confirmed'. */
  kind: string;
  title: LocalizedText;
  body?: LocalizedText;
  /** Shell path under the plugin's pages (e.g. 'reports'), where the recipient can act on it. */
  href?: string;
  /** "Only once": the same key is delivered at most once per recipient (a unique key in core). */
  onceKey?: string;
}

/** Who asks, for hooks that answer per person: the actor and their reach in the city. */
export interface PluginAsker {
  cityId: number;
  actor: Actor;
  access: CityAccess;
}

/**
 * One line of someone's to-do list: work waiting for this person in one model ("7 reports to confirm"). Core
 * gathers the lines of every enabled model into the 待办 home, sorted by due date.
 */
export interface WorkItem {
  /** snake_case, stable within the plugin, e.g. 'reports_to_confirm'. */
  id: string;
  /** 'self': the person's own task (report in, log hours); 'manage': work on others' records (confirm, review). */
  kind: 'self' | 'manage';
  title: LocalizedText;
  /** How many records wait; lines with 0 are dropped by core. */
  count: number;
  /** Shell path under the plugin's pages where the work is done, e.g. 'reports?status=submitted'. */
  href: string;
  /** The earliest due day among them, 'YYYY-MM-DD'; omitted when nothing is due. */
  dueOn?: string;
  /** How many are past due (counted in `count` too). */
  overdue?: number;
}

/**
 * Request-scoped values the host sets before a plugin route runs; `pluginConfig` is the plugin's own Config
 * (`Hono<PluginEnv<Config>>`: no cast). The default `any` keeps plugins that still cast compiling: going away too.
 */
export interface PluginEnv<Config = any> {
  Variables: Omit<AppEnv['Variables'], 'pluginConfig'> & { pluginConfig: Config };
}

export interface IndicatorQuery {
  cityId: number;
  /** Roll up this org node's subtree; undefined = the whole city. */
  orgId?: number;
  period: Period;
}

export interface PluginIndicator<Config = any, Tables = UntypedTables> {
  /** A cross-model id from core's catalogue, or a model-specific one (then `meta` is required). */
  id: string;
  meta?: Omit<IndicatorMeta, 'id'>;
  compute(ctx: PluginContext<Config, Tables>, query: IndicatorQuery): Promise<IndicatorValue>;
}

/**
 * Work a plugin wants done on its own for every city that enabled it (rules with deadlines, reminders).
 * Core's scheduler runs it once a local (UTC+8) day per city, in one process of many: the run is claimed in
 * `core.job_run` first. A city admin can also run it now. It must be idempotent: a failed run is retried.
 */
export interface PluginJob<Config = any, Tables = UntypedTables> {
  /** snake_case, unique within the plugin. */
  id: string;
  names: LocalizedText;
  description?: LocalizedText;
  /** 'daily': on the scheduler's first tick of each local day. */
  schedule: 'daily';
  /** Words for the keys of the summary `run` returns, for admins. */
  resultLabels?: Record<string, LocalizedText>;
  /** Returns a small summary (counts) kept with the run and shown to admins. */
  run(
    ctx: PluginContext<Config, Tables>,
    input: PluginJobInput,
  ): Promise<Record<string, number | string> | undefined>;
}

export interface PluginJobInput {
  cityId: number;
  /** The local day this run is for, 'YYYY-MM-DD' (from the context's clock). */
  date: string;
}

export type SeedProgress = (step: string, done: number, total: number) => void;

export interface PluginSeedInput {
  cityId: number;
  /** 'demo' = the published scale; 'small' = a few rows for contract tests. */
  scale: 'demo' | 'small';
  /** Deterministic randomness. */
  random: () => number;
  progress: SeedProgress;
}

/**
 * A capability a model covers (报到, 诉求台账 …), declared by the plugin with its own words; the feature matrix is
 * generated from these. Two models that share a capability use the same id (e.g. 'co_building' for 结对共建), so
 * they meet on one row; core keeps no list, so a new model brings new features without editing core.
 */
export interface PluginFeature {
  /** snake_case, e.g. 'reporting'. */
  id: string;
  names: LocalizedText;
}

/**
 * A model's words for people, so no screen shows a developer's key: its settings, and what it writes to the audit
 * log. The contract suite checks every config field has a label, and every audit entry the plugin's tests write.
 */
export interface PluginLabels {
  /** Each config setting by its dotted path ('maxHoursPerRecord', 'standards.district.minStaff'). */
  config?: Record<string, LocalizedText>;
  /** Words for the choices of a setting that is a list of codes: by dotted path, then by code. */
  configOptions?: Record<string, Record<string, LocalizedText>>;
  /** Each audited entity by its table in the plugin's schema ('report' for 'p_<id>.report'). */
  entities?: Record<string, LocalizedText>;
  /** Each audit action the plugin writes ('confirm', 'issue_certificate'); core words cover create/update/…. */
  actions?: Record<string, LocalizedText>;
  /** The page (path under the plugin's pages) where records of an entity are managed, for the audit log's link. */
  entityPages?: Record<string, string>;
}

/**
 * A word a model keeps about places of some kinds (济南's 社区类型 on communities): a closed list of values. Core
 * stores the values (core.place_attribute), lets city admins set them on the place form and in the places roster
 * (one column each, headed by the labels), and refuses values outside the list; it knows no model's words.
 * Keys are unique across installed plugins.
 */
export interface PlaceAttribute {
  /** snake_case, e.g. 'community_type'; the API field is `attributes.<key>`. */
  key: string;
  /** Place kinds the attribute is set on ('community', 'compound' …). */
  appliesTo: readonly PlaceKind[];
  labels: LocalizedText;
  values: readonly { value: string; labels: LocalizedText; aliases?: readonly string[] }[];
}

export interface JicengPlugin<
  Config extends Record<string, unknown> = Record<string, unknown>,
  Tables = UntypedTables,
> {
  /** kebab-case, unique; the route segment and (as p_<id>) the Postgres schema. */
  id: string;
  version: string;
  /** Semver range of the platform this plugin works with. */
  platform: string;
  names: LocalizedText;
  description: LocalizedText;
  /** Where the model comes from, e.g. '龙岩市'. */
  region: LocalizedText;
  features: readonly PluginFeature[];
  /** Every field has a default: `config.parse({})` is the default config. */
  config: z.ZodType<Config>;
  /** Keyed by ISO-dated names; frozen once shipped. */
  migrations: Record<string, Migration>;
  /** Authenticated routes, mounted at /api/cities/:city/plugins/<id>. */
  api(ctx: PluginContext<Config, Tables>): Hono<PluginEnv<Config>>;
  /** Unauthenticated read-only routes, mounted at /api/public/cities/:city/plugins/<id>. */
  publicApi?(ctx: PluginContext<Config, Tables>): Hono<PluginEnv<Config>>;
  /** Lazy import of the plugin's React pages (the web entry). */
  web: () => Promise<{ default: { id: string } }>;
  indicators: PluginIndicator<Config, Tables>[];
  /** Scheduled work per enabled city (see PluginJob). */
  jobs?: PluginJob<Config, Tables>[];
  /** The to-do lines this model has for one person, within their scope (see WorkItem). */
  workQueue?(ctx: PluginContext<Config, Tables>, asker: PluginAsker): Promise<WorkItem[]>;
  seed?(ctx: PluginContext<Config, Tables>, input: PluginSeedInput): Promise<void>;
  /** Words for settings and audit entries (see PluginLabels). */
  labels?: PluginLabels;
  /**
   * How the model's data maps onto core's shared outcome facts (views `p_<id>.outcome_<fact>`, see
   * outcomes/contract.ts), so its cities get the shared indicators. Absent: every fact is "not applicable".
   */
  outcomes?: PluginOutcomes;
  /** Words the model keeps about places (see PlaceAttribute). */
  placeAttributes?: readonly PlaceAttribute[];
}

const localized = z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) });
/** One outcome fact: read from the plugin's view, or not applicable with a reason people read. */
const outcomeSource = z.union([
  z.object({ view: z.literal(true), describes: localized }).strict(),
  z.object({ notApplicable: localized }).strict(),
]);

/** One validator for every plugin's manifest (the Grafana idea). */
export const pluginManifestSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'kebab-case id'),
  version: z.string().regex(/^\d+\.\d+\.\d+/, 'semver version'),
  platform: z.string().min(1),
  names: localized,
  description: localized,
  region: localized,
  features: z.array(
    z.object({ id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'id must be snake_case'), names: localized }),
  ),
  config: z.custom<z.ZodType>((v) => v instanceof z.ZodType, 'a zod schema'),
  migrations: z.record(
    z.string().regex(/^\d{4}-\d{2}-\d{2}[-\w]*$/, 'ISO-dated migration name'),
    z.object({ up: z.function(), down: z.function().optional() }),
  ),
  api: z.function(),
  publicApi: z.function().optional(),
  web: z.function(),
  indicators: z.array(
    z.object({
      id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'id must be snake_case'),
      compute: z.function(),
      meta: z.any().optional(),
    }),
  ),
  jobs: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'id must be snake_case'),
        names: localized,
        description: localized.optional(),
        schedule: z.enum(['daily']),
        resultLabels: z.record(z.string(), localized).optional(),
        run: z.function(),
      }),
    )
    .optional(),
  workQueue: z.function().optional(),
  seed: z.function().optional(),
  labels: z
    .object({
      config: z.record(z.string(), localized).optional(),
      configOptions: z.record(z.string(), z.record(z.string(), localized)).optional(),
      entities: z
        .record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'a table name in the plugin’s schema'), localized)
        .optional(),
      actions: z.record(z.string().regex(/^[a-z][a-z0-9_:]*$/, 'snake_case action'), localized).optional(),
      entityPages: z
        .record(
          z.string(),
          z
            .string()
            .regex(/^([a-z0-9][\w\-/?=&]*)?$/, "a page path under the plugin ('' for its first page)"),
        )
        .optional(),
    })
    .strict()
    .optional(),
  outcomes: z
    .object({
      facts: z
        .object({
          engagement: outcomeSource,
          service: outcomeSource,
          request: outcomeSource,
          project: outcomeSource,
          coverage: outcomeSource,
        })
        .strict(),
      references: z
        .array(
          z.object({
            indicatorId: z.string().regex(/^[a-z][a-z0-9_]*$/, 'id must be snake_case'),
            value: z.number().finite(),
            source: localized,
          }),
        )
        .optional(),
    })
    .strict()
    .optional(),
  placeAttributes: z
    .array(
      z
        .object({
          key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'key must be snake_case'),
          appliesTo: z.array(z.enum(PLACE_KINDS)).min(1),
          labels: localized,
          values: z
            .array(
              z
                .object({
                  value: z.string().regex(/^[a-z][a-z0-9_]*$/, 'value must be snake_case'),
                  labels: localized,
                  aliases: z.array(z.string().min(1)).optional(),
                })
                .strict(),
            )
            .min(1),
        })
        .strict(),
    )
    .optional(),
});

export class PluginManifestError extends Error {}

/**
 * Where a manifest issue is, in words a plugin author finds: `indicators[reportRate].id` rather than
 * `indicators.0.id` (list entries are named by their id when they have one).
 */
type Indexable = Record<PropertyKey, unknown> | undefined;

function issuePath(plugin: unknown, path: PropertyKey[]): string {
  let out = '';
  let node = plugin;
  for (const key of path) {
    const next = (node as Indexable)?.[key];
    if (typeof key === 'number') {
      const id = (next as Indexable)?.id ?? (next as Indexable)?.key ?? (next as Indexable)?.value;
      out += typeof id === 'string' ? `[${JSON.stringify(id)}]` : `[${key}]`;
    } else out += out ? `.${String(key)}` : String(key);
    node = next;
  }
  return out || '(root)';
}

/** Config fields that `config.parse({})` cannot fill: each named with what zod says. */
function configWithoutDefaults(config: z.ZodType): string[] {
  const r = config.safeParse({});
  if (r.success) return [];
  return r.error.issues.map(
    (i) =>
      `config.${i.path.map(String).join('.') || '(root)'}: every field needs a default (config.parse({}) says: ${i.message})`,
  );
}

/** Dotted paths of the config's settings (objects are groups of settings; their leaves and the groups are named). */
export function configPaths(config: z.ZodType): string[] {
  const json = z.toJSONSchema(config, { io: 'input', unrepresentable: 'any' }) as JsonNode;
  const out: string[] = [];
  const walk = (node: JsonNode, prefix: string) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      out.push(path);
      if (child.type === 'object' && child.properties) walk(child, path);
    }
  };
  walk(json, '');
  return out;
}
interface JsonNode {
  type?: string;
  properties?: Record<string, JsonNode>;
}

/** A label for a setting that does not exist is a typo: name it. (Missing labels are the contract suite's check.) */
function configLabelProblems(plugin: JicengPlugin<any>): string[] {
  const paths = new Set(configPaths(plugin.config));
  const unknown = (group: string, keys: string[]) =>
    keys.filter((k) => !paths.has(k)).map((k) => `labels.${group}.${k}: no such config setting`);
  return [
    ...unknown('config', Object.keys(plugin.labels?.config ?? {})),
    ...unknown('configOptions', Object.keys(plugin.labels?.configOptions ?? {})),
  ];
}

/** Throws with every problem listed; also checks that config defaults parse and indicator metas exist. */
export function validatePlugin(plugin: JicengPlugin<any>, isCrossModel: (id: string) => boolean): void {
  const result = pluginManifestSchema.safeParse(plugin);
  const problems = result.success
    ? []
    : result.error.issues.map((i) => {
        const value = i.path.reduce<unknown>((v, k) => (v as Indexable)?.[k], plugin);
        const got = typeof value === 'string' ? ` (got ${JSON.stringify(value)})` : '';
        return `${issuePath(plugin, i.path)}: ${i.message}${got}`;
      });
  if (result.success) {
    problems.push(...configWithoutDefaults(plugin.config));
    const seen = new Set<string>();
    for (const ind of plugin.indicators) {
      if (seen.has(ind.id)) problems.push(`indicators: duplicate id ${ind.id}`);
      seen.add(ind.id);
      if (!isCrossModel(ind.id) && !ind.meta)
        problems.push(
          `indicators["${ind.id}"]: a model-specific indicator needs meta (not in core's catalogue)`,
        );
    }
    const featureIds = plugin.features.map((f) => f.id);
    for (const id of featureIds.filter((id, i) => featureIds.indexOf(id) !== i))
      problems.push(`features: duplicate id ${id}`);
    problems.push(...configLabelProblems(plugin));
    const jobIds = (plugin.jobs ?? []).map((j) => j.id);
    for (const id of jobIds.filter((id, i) => jobIds.indexOf(id) !== i))
      problems.push(`jobs: duplicate id ${id}`);
    for (const a of plugin.placeAttributes ?? []) {
      const values = a.values.map((v) => v.value);
      for (const v of values.filter((v, i) => values.indexOf(v) !== i))
        problems.push(`placeAttributes["${a.key}"]: duplicate value ${v}`);
    }
    const keys = (plugin.placeAttributes ?? []).map((a) => a.key);
    for (const k of keys.filter((k, i) => keys.indexOf(k) !== i))
      problems.push(`placeAttributes: duplicate key ${k}`);
  }
  if (problems.length)
    throw new PluginManifestError(`plugin ${plugin?.id ?? '?'} is invalid:\n  ${problems.join('\n  ')}`);
}

export type { CoreDatabase };
