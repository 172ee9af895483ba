import { type Context, Hono, type MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { requireLogin } from '../auth/middleware';
import { recordAudit } from '../audit';
import { cityScope, isCityCode, orgInScope, requireCityAdmin, requireOrgAdmin } from '../cities/scope';
import type { CoreDeps } from '../deps';
import type { CoreDatabase } from '../db/schema';
import type { AppEnv } from '../http/env';
import { ApiError, notFound } from '../http/errors';
import { describe, parseOrThrow, validate } from '../http/validate';
import { crossModelIndicator, type IndicatorMeta, type IndicatorValue, notApplicable } from '../indicators';
import { pluginSchemaName } from '../migrate';
import type { JicengPlugin, PluginContext } from './contract';
import { indicatorValueSchema, itemsOf, pluginMetaSchema } from '../http/schemas';
import { demoSeedRoutes } from './demo-seed';
import { notify } from '../notifications';

export function pluginContext(deps: CoreDeps, plugin: JicengPlugin<any>): PluginContext<any> {
  return {
    db: deps.db,
    logger: deps.logger,
    clock: deps.clock,
    pluginId: plugin.id,
    schema: pluginSchemaName(plugin.id),
    configFor: (cityId) => configFor(deps.db, plugin, cityId),
    notify: (db, notice) => notify(deps, plugin.id, db, notice),
  };
}

/** The stored config, re-validated; a missing row or missing keys fall back to the schema's defaults. */
export async function configFor(db: Kysely<CoreDatabase>, plugin: JicengPlugin<any>, cityId: number) {
  const row = await db
    .selectFrom('core.city_plugin')
    .select('config')
    .where('city_id', '=', cityId)
    .where('plugin_id', '=', plugin.id)
    .executeTakeFirst();
  const parsed = plugin.config.safeParse(row?.config ?? {});
  return parsed.success ? parsed.data : plugin.config.parse({});
}

export async function isEnabled(db: Kysely<CoreDatabase>, cityId: number, pluginId: string) {
  const row = await db
    .selectFrom('core.city_plugin')
    .select('enabled')
    .where('city_id', '=', cityId)
    .where('plugin_id', '=', pluginId)
    .executeTakeFirst();
  return row?.enabled === true;
}

/** A city that has not enabled the plugin gets 404, exactly as if the plugin were not installed. */
function enabledGuard(db: Kysely<CoreDatabase>, plugin: JicengPlugin<any>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const city = c.get('city');
    if (!(await isEnabled(db, city.id, plugin.id))) throw new ApiError(404, 'route_not_found');
    c.set('pluginConfig', await configFor(db, plugin, city.id));
    await next();
  };
}

function publicCity(db: Kysely<CoreDatabase>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const code = c.req.param('city');
    const city = isCityCode(code)
      ? await db
          .selectFrom('core.city')
          .selectAll()
          .where('code', '=', code)
          .where('active', '=', true)
          .executeTakeFirst()
      : undefined;
    if (!city) throw notFound('city');
    c.set('city', city);
    await next();
  };
}

/**
 * GET /api/public/cities/:city — what a login-free page needs: the city's names and the models it enabled that
 * serve public routes. An unknown or inactive city is a 404.
 */
export function publicCityRoutes(deps: CoreDeps) {
  const app = new Hono<AppEnv>();
  app.use('/:city', publicCity(deps.db));
  app.get(
    '/:city',
    describe({
      summary: 'Public: a city’s names and its models with public pages',
      response: z.object({
        code: z.string(),
        nameZh: z.string(),
        nameEn: z.string(),
        plugins: z.array(z.object({ id: z.string(), names: z.record(z.string(), z.string()) })),
      }),
      tags: ['public'],
    }),
    async (c) => {
      const city = c.get('city');
      const enabled = await enabledPlugins(deps, city.id);
      return c.json({
        code: city.code,
        nameZh: city.name_zh,
        nameEn: city.name_en,
        plugins: enabled.filter((p) => p.publicApi).map((p) => ({ id: p.id, names: p.names })),
      });
    },
  );
  return app;
}

export function pluginMeta(plugin: JicengPlugin<any>) {
  return {
    id: plugin.id,
    version: plugin.version,
    names: plugin.names,
    description: plugin.description,
    region: plugin.region,
    features: plugin.features,
    configSchema: z.toJSONSchema(plugin.config, { io: 'input', unrepresentable: 'any' }),
    configDefaults: plugin.config.parse({}),
    /** Words for each setting by dotted path, both languages (the admin's form shows them, not the keys). */
    configLabels: plugin.labels?.config ?? {},
    /** Words for the choices of list-of-codes settings, by dotted path then code. */
    configOptionLabels: plugin.labels?.configOptions ?? {},
    indicators: plugin.indicators.map((i) => indicatorMeta(i.id, i.meta)),
  };
}

function indicatorMeta(id: string, meta?: Omit<IndicatorMeta, 'id'>): IndicatorMeta {
  return (crossModelIndicator(id) ?? { id, ...meta! }) as IndicatorMeta;
}

/** Mounts every installed plugin under /api/cities/:city/plugins/<id> behind login, city scope and enablement. */
export function mountPlugins(app: Hono<AppEnv>, deps: CoreDeps) {
  for (const plugin of deps.plugins) {
    const ctx = pluginContext(deps, plugin);
    const base = `/api/cities/:city/plugins/${plugin.id}`;
    const guards = [requireLogin(deps), cityScope(deps.db), enabledGuard(deps.db, plugin)] as const;
    app.use(base, ...guards);
    app.use(`${base}/*`, ...guards);
    app.route(base, plugin.api(ctx));
    if (plugin.publicApi) {
      const publicBase = `/api/public/cities/:city/plugins/${plugin.id}`;
      const publicGuards = [publicCity(deps.db), enabledGuard(deps.db, plugin)] as const;
      app.use(publicBase, ...publicGuards);
      app.use(`${publicBase}/*`, ...publicGuards);
      app.route(publicBase, plugin.publicApi(ctx));
    }
  }
}

const settingsBody = z
  .object({ enabled: z.boolean(), config: z.record(z.string(), z.unknown()) })
  .partial()
  .refine((v) => v.enabled !== undefined || v.config !== undefined, 'enabled or config is required');
const pluginParam = z.object({ pluginId: z.string().max(60) });
const indicatorQuery = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  orgId: z.coerce.number().int().positive().optional(),
});

/** Per-city plugin enablement and config, under /api/cities/:city/plugin-settings. */
export function pluginSettingsRoutes(deps: CoreDeps) {
  const { db } = deps;
  const app = new Hono<AppEnv>();
  const tag = { tags: ['plugins'] };
  const find = (id: string) => {
    const plugin = deps.plugins.find((p) => p.id === id);
    if (!plugin) throw new ApiError(404, 'plugin_not_installed');
    return plugin;
  };

  app.get(
    '/',
    describe({
      summary: 'Installed plugins and whether this city enabled each',
      response: itemsOf(
        pluginMetaSchema.extend({ enabled: z.boolean(), config: z.record(z.string(), z.unknown()) }),
      ),
      ...tag,
    }),
    async (c) => {
      const city = c.get('city');
      const rows = await db
        .selectFrom('core.city_plugin')
        .selectAll()
        .where('city_id', '=', city.id)
        .execute();
      return c.json({
        items: deps.plugins.map((p) => {
          const row = rows.find((r) => r.plugin_id === p.id);
          const parsed = p.config.safeParse(row?.config ?? {});
          return {
            ...pluginMeta(p),
            enabled: row?.enabled ?? false,
            config: parsed.success ? parsed.data : p.config.parse({}),
          };
        }),
      });
    },
  );

  app.put(
    '/:pluginId',
    describe({
      summary: 'Enable/disable a plugin for the city and set its config (validated by the plugin’s schema)',
      response: z.object({ id: z.string(), enabled: z.boolean(), config: z.record(z.string(), z.unknown()) }),
      ...tag,
    }),
    validate('param', pluginParam),
    validate('json', settingsBody),
    async (c) => {
      requireCityAdmin(c);
      const plugin = find(c.req.valid('param').pluginId);
      const body = c.req.valid('json');
      const city = c.get('city');
      const locale = c.get('locale');
      const before = await db
        .selectFrom('core.city_plugin')
        .selectAll()
        .where('city_id', '=', city.id)
        .where('plugin_id', '=', plugin.id)
        .executeTakeFirst();
      let config = (before?.config as Record<string, unknown>) ?? {};
      if (body.config) {
        try {
          config = parseOrThrow(plugin.config, body.config, locale);
        } catch (e) {
          if (e instanceof ApiError && e.issues)
            throw new ApiError(
              400,
              e.key,
              e.params,
              `config.${e.field}`,
              e.issues.map((i) => ({ ...i, field: `config.${i.field}` })),
            );
          throw e;
        }
      }
      const enabled = body.enabled ?? before?.enabled ?? false;
      const after = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('core.city_plugin')
          .values({
            city_id: city.id,
            plugin_id: plugin.id,
            enabled,
            config: JSON.stringify(config),
            version: plugin.version,
          })
          .onConflict((oc) =>
            oc.columns(['city_id', 'plugin_id']).doUpdateSet({
              enabled,
              config: JSON.stringify(config),
              version: plugin.version,
              updated_at: deps.clock.now(),
            }),
          )
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: (before?.enabled ?? false) !== enabled ? (enabled ? 'enable' : 'disable') : 'configure',
          entity: 'plugin',
          entityId: plugin.id,
          before: before ? { enabled: before.enabled, config: before.config } : null,
          after: { enabled: row.enabled, config: row.config },
        });
        return row;
      });
      return c.json({ id: plugin.id, enabled: after.enabled, config: plugin.config.parse(after.config) });
    },
  );

  app.route('/', demoSeedRoutes(deps));
  return app;
}

export interface ComputedIndicator {
  pluginId: string;
  meta: IndicatorMeta;
  value: IndicatorValue;
  computedAt: string;
  /** How long the computation took, for finding slow indicators. */
  durationMs: number;
}

/** The installed plugins a city has enabled, in registry order. */
export async function enabledPlugins(deps: CoreDeps, cityId: number): Promise<JicengPlugin<any>[]> {
  const rows = await deps.db
    .selectFrom('core.city_plugin')
    .select('plugin_id')
    .where('city_id', '=', cityId)
    .where('enabled', '=', true)
    .execute();
  const ids = new Set(rows.map((r) => r.plugin_id));
  return deps.plugins.filter((p) => ids.has(p.id));
}

/** Every indicator of every plugin the city enabled, for one period and optionally one org subtree. */
export async function computeIndicators(
  deps: CoreDeps,
  cityId: number,
  query: { from: string; to: string; orgId?: number; indicatorIds?: string[] },
): Promise<ComputedIndicator[]> {
  const enabled = await enabledPlugins(deps, cityId);
  const jobs = enabled.flatMap((plugin) =>
    plugin.indicators
      .filter((i) => !query.indicatorIds || query.indicatorIds.includes(i.id))
      .map((indicator) => ({ plugin, indicator })),
  );
  // Independent queries: on PostgreSQL they run on parallel pool connections; PGlite queues them on its one.
  return Promise.all(
    jobs.map(async ({ plugin, indicator }): Promise<ComputedIndicator> => {
      const started = performance.now();
      let value: IndicatorValue;
      try {
        value = await indicator.compute(pluginContext(deps, plugin), {
          cityId,
          orgId: query.orgId,
          period: { from: query.from, to: query.to },
        });
      } catch (e) {
        deps.logger.error('indicator failed', {
          plugin: plugin.id,
          indicator: indicator.id,
          message: (e as Error).message,
        });
        value = notApplicable('computation failed');
      }
      return {
        pluginId: plugin.id,
        meta: indicatorMeta(indicator.id, indicator.meta),
        value,
        computedAt: deps.clock.now().toISOString(),
        durationMs: Math.round(performance.now() - started),
      };
    }),
  );
}

export function indicatorRoutes(deps: CoreDeps) {
  const app = new Hono<AppEnv>();
  app.get(
    '/',
    describe({
      summary: 'Indicators of the city’s enabled models for a period (and org subtree)',
      response: itemsOf(indicatorValueSchema),
      tags: ['indicators'],
    }),
    validate('query', indicatorQuery),
    async (c: Context<AppEnv>) => {
      requireOrgAdmin(c);
      const q = parseOrThrow(indicatorQuery, c.req.query(), c.get('locale'));
      if (q.from > q.to) throw new ApiError(400, 'validation_failed', { detail: 'from > to' }, 'from');
      const access = c.get('access');
      if (q.orgId) await orgInScope(deps.db, c, q.orgId, 'orgId');
      else if (access.level !== 'city')
        throw new ApiError(
          400,
          'validation_failed',
          { detail: 'orgId is required for an org admin' },
          'orgId',
        );
      return c.json({ items: await computeIndicators(deps, c.get('city').id, q) });
    },
  );
  return app;
}
