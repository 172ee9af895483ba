import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../audit';
import { requireCityAdmin } from '../cities/scope';
import type { CoreDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { ApiError } from '../http/errors';
import { itemsOf, pluginMetaSchema } from '../http/schemas';
import { describe, parseOrThrow, validate } from '../http/validate';
import { demoSeedRoutes } from './demo-seed';
import { pluginMeta } from './meta';

const settingsBody = z
  .object({ enabled: z.boolean(), config: z.record(z.string(), z.unknown()) })
  .partial()
  .refine((v) => v.enabled !== undefined || v.config !== undefined, 'enabled or config is required');
const pluginParam = z.object({ pluginId: z.string().max(60) });

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
