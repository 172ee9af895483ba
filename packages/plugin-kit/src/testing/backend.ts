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
  unlabelledAudit,
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
    /** Audit entries this plugin's tests wrote that have no words for people in `labels` (entity or action). */
    unlabelledAudit: () => unlabelledAuditIn(handle, plugin),
    /**
     * Closes the database; fails when the tests wrote an audit entry the audit log cannot word (a missing
     * `labels.entities` / `labels.actions` entry), so every write a plugin's tests reach is covered.
     */
    close: async () => {
      let problems: string[] = [];
      try {
        problems = await unlabelledAuditIn(handle, plugin);
      } catch {
        // The database is already unusable (a test closed it): nothing more to check.
      }
      await handle.close();
      if (problems.length)
        throw new Error(
          `plugin ${plugin.id} wrote audit entries without words for people (add them to labels):\n  ${problems.join('\n  ')}`,
        );
    },
  };
}

async function unlabelledAuditIn(handle: DatabaseHandle, plugin: JicengPlugin<any>): Promise<string[]> {
  const rows = await handle.db
    .selectFrom('core.audit_log')
    .select(['entity', 'action'])
    .distinct()
    .where('entity', 'like', `${pluginSchemaName(plugin.id)}.%`)
    .execute();
  return unlabelledAudit(plugin, rows);
}

export type PluginTestBackend = Awaited<ReturnType<typeof createPluginTestBackend>>;
