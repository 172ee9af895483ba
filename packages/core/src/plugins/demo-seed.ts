import { Hono } from 'hono';
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit';
import { requireCityAdmin } from '../cities/scope';
import { toLocalDate } from '../clock';
import { coreTablesOf } from '../db';
import type { CoreDatabase } from '../db/schema';
import { analyzeSchemas } from '../demo/bulk';
import { seededRandom } from '../demo/random';
import type { CoreDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { ApiError } from '../http/errors';
import { describe, validate } from '../http/validate';
import { pluginSchemaName } from '../migrate';
import { citySources } from '../outcomes/service';
import { refreshCity } from '../outcomes/snapshots';
import type { JicengPlugin, SeedProgress } from './contract';
import { pluginContext } from './host';

/** Records that a city holds some demo data ('core' or a plugin id); false when it already did. */
export async function recordDemoSeed<DB extends CoreDatabase>(
  db: Kysely<DB> | Transaction<DB>,
  cityId: number,
  what: string,
) {
  const row = await coreTablesOf(db)
    .insertInto('core.demo_seed')
    .values({ city_id: cityId, what })
    .onConflict((oc) => oc.columns(['city_id', 'what']).doNothing())
    .returning('what')
    .executeTakeFirst();
  return !!row;
}

/** Whether the demo seeder made this city (only those may receive a model's demo data). */
export async function isDemoCity(db: Kysely<CoreDatabase>, cityId: number) {
  const row = await db
    .selectFrom('core.demo_seed')
    .select('what')
    .where('city_id', '=', cityId)
    .where('what', '=', 'core')
    .executeTakeFirst();
  return !!row;
}

export interface SeedPluginResult {
  /** false: the city already held this model's demo data (nothing was written). */
  seeded: boolean;
  /** true when this call enabled the model for the city. */
  enabled: boolean;
}

/**
 * Loads one model's demo data into an existing city, enabling the model there if needed. Idempotent: the
 * (city, plugin) row in core.demo_seed is claimed in the same transaction as the data, so a second call (or a
 * concurrent one) writes nothing, and a failed seed leaves neither the data nor the claim.
 */
export async function seedPluginIntoCity(
  deps: CoreDeps,
  plugin: JicengPlugin<any>,
  cityId: number,
  options: { scale?: 'demo' | 'small'; progress?: SeedProgress; actorUserId?: number | null } = {},
): Promise<SeedPluginResult> {
  if (!plugin.seed) throw new ApiError(400, 'plugin_without_demo_data', {}, 'pluginId');
  const result = await deps.db.transaction().execute(async (trx) => {
    if (!(await recordDemoSeed(trx, cityId, plugin.id))) return { seeded: false, enabled: false };
    const before = await trx
      .selectFrom('core.city_plugin')
      .select('enabled')
      .where('city_id', '=', cityId)
      .where('plugin_id', '=', plugin.id)
      .executeTakeFirst();
    if (!before?.enabled)
      await trx
        .insertInto('core.city_plugin')
        .values({
          city_id: cityId,
          plugin_id: plugin.id,
          enabled: true,
          config: '{}',
          version: plugin.version,
        })
        .onConflict((oc) => oc.columns(['city_id', 'plugin_id']).doUpdateSet({ enabled: true }))
        .execute();
    await plugin.seed!(pluginContext({ ...deps, db: trx }, plugin), {
      cityId,
      scale: options.scale ?? 'demo',
      // Deterministic per city and model, like the demo seeder's.
      random: seededRandom(3000 + cityId),
      progress: options.progress ?? (() => {}),
    });
    await recordAudit(trx, {
      cityId,
      actorUserId: options.actorUserId ?? null,
      action: 'seed_demo',
      entity: 'plugin',
      entityId: plugin.id,
      before: null,
      after: { scale: options.scale ?? 'demo', enabled: true },
    });
    return { seeded: true, enabled: !before?.enabled };
  });
  // PGlite never autovacuums: fresh statistics for the tables the seed just filled.
  if (result.seeded) {
    await analyzeSchemas(deps.db, ['core', pluginSchemaName(plugin.id)]);
    // The shared indicators' stored months now miss the model's data: recompute them all.
    await refreshCity(deps, cityId, await citySources(deps, cityId), toLocalDate(deps.clock.now()), {
      all: true,
    });
  }
  return result;
}

const pluginParam = z.object({ pluginId: z.string().max(60) });
const seedBody = z.object({ scale: z.enum(['demo', 'small']).default('demo') });

/** Under /api/cities/:city/plugin-settings: which models' demo data a demo city holds, and loading one. */
export function demoSeedRoutes(deps: CoreDeps) {
  const app = new Hono<AppEnv>();
  const tag = { tags: ['plugins'] };

  app.get(
    '/demo-data',
    describe({
      summary: 'Whether this is a demo city, and which models can load or already hold demo data',
      response: z.object({
        demoCity: z.boolean(),
        items: z.array(z.object({ id: z.string(), hasDemoData: z.boolean(), seeded: z.boolean() })),
      }),
      ...tag,
    }),
    async (c) => {
      const city = c.get('city');
      const rows = await deps.db
        .selectFrom('core.demo_seed')
        .select('what')
        .where('city_id', '=', city.id)
        .execute();
      const held = new Set(rows.map((r) => r.what));
      return c.json({
        demoCity: held.has('core'),
        items: deps.plugins.map((p) => ({ id: p.id, hasDemoData: !!p.seed, seeded: held.has(p.id) })),
      });
    },
  );

  app.post(
    '/:pluginId/demo-data',
    describe({
      summary:
        'Load a model’s demo data into this demo city (enables the model; once only: 200 and nothing written if loaded)',
      status: 201,
      response: z.looseObject({ id: z.string(), seeded: z.boolean() }),
      ...tag,
      responses: { 404: 'plugin not installed', 409: 'not a demo city' },
    }),
    validate('param', pluginParam),
    validate('json', seedBody),
    async (c) => {
      requireCityAdmin(c);
      const plugin = deps.plugins.find((p) => p.id === c.req.valid('param').pluginId);
      if (!plugin) throw new ApiError(404, 'plugin_not_installed', {}, 'pluginId');
      const city = c.get('city');
      if (!(await isDemoCity(deps.db, city.id))) throw new ApiError(409, 'not_demo_city', {}, 'city');
      const r = await seedPluginIntoCity(deps, plugin, city.id, {
        scale: c.req.valid('json').scale,
        actorUserId: c.get('actor').userId,
      });
      return c.json({ id: plugin.id, ...r }, r.seeded ? 201 : 200);
    },
  );
  return app;
}
