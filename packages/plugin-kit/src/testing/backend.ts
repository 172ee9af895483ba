import {
  type Clock,
  type CoreDeps,
  createApp,
  type DatabaseHandle,
  type DatabaseKind,
  type JicengPlugin,
  manualClock,
  type MigrationSet,
  pluginContext,
  pluginSchemaName,
  runDueJobs,
  silentLogger,
} from '@jiceng/core';
import { createTestDatabase, fixtures, testClient } from '@jiceng/core/testing';

export function pluginMigrationSet(plugin: JicengPlugin<any>): MigrationSet {
  return { name: pluginSchemaName(plugin.id), migrations: plugin.migrations };
}

/**
 * One plugin booted alone on a fresh database (the Backstage idea): core + that plugin's migrations,
 * the real HTTP kernel, a movable clock, fixtures and a client.
 */
export async function createPluginTestBackend<Config extends Record<string, unknown>>(
  plugin: JicengPlugin<Config>,
  kind: DatabaseKind,
  options: { clock?: Clock; now?: string } = {},
) {
  const handle: DatabaseHandle = await createTestDatabase(kind, [pluginMigrationSet(plugin)]);
  const clock = options.clock ?? manualClock(options.now ?? '2026-06-15T02:00:00Z');
  const deps: CoreDeps = { db: handle.db, clock, logger: silentLogger, plugins: [plugin] };
  const app = createApp(deps);
  return {
    handle,
    db: handle.db,
    deps,
    app,
    clock,
    ctx: pluginContext(deps, plugin),
    f: fixtures(handle.db),
    client: (locale: 'zh-CN' | 'en' = 'zh-CN') => testClient(app, locale),
    /** One scheduler tick at the clock's time: runs the plugin's jobs due today for every city that enabled it. */
    runDueJobs: () => runDueJobs(deps),
    /** Base path of this plugin's routes for a city. */
    base: (cityCode: string) => `/api/cities/${cityCode}/plugins/${plugin.id}`,
    close: () => handle.close(),
  };
}

export type PluginTestBackend = Awaited<ReturnType<typeof createPluginTestBackend>>;
