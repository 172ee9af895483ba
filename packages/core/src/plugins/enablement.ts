import type { MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { CoreDatabase } from '../db/schema';
import type { CoreDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { ApiError } from '../http/errors';
import type { JicengPlugin } from './contract';

/** The stored config, re-validated; a missing row or missing keys fall back to the schema's defaults. */
export async function configFor(db: Kysely<CoreDatabase>, plugin: JicengPlugin<any>, cityId: number) {
  const row = await db
    .selectFrom('core.city_plugin')
    .select('config')
    .where('city_id', '=', cityId)
    .where('plugin_id', '=', plugin.id)
    .executeTakeFirst();
  return validConfig(plugin, row?.config);
}

/** A stored config re-validated; invalid or missing falls back to the schema's defaults. */
function validConfig(plugin: JicengPlugin<Record<string, unknown>>, stored: unknown) {
  const parsed = plugin.config.safeParse(stored ?? {});
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

/** A city that has not enabled the plugin gets 404, exactly as if the plugin were not installed. */
export function enabledGuard(db: Kysely<CoreDatabase>, plugin: JicengPlugin<any>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const city = c.get('city');
    // One read for both: whether the city enabled the plugin, and its config.
    const row = await db
      .selectFrom('core.city_plugin')
      .select(['enabled', 'config'])
      .where('city_id', '=', city.id)
      .where('plugin_id', '=', plugin.id)
      .executeTakeFirst();
    if (row?.enabled !== true) throw new ApiError(404, 'route_not_found');
    c.set('pluginConfig', validConfig(plugin, row.config));
    await next();
  };
}
