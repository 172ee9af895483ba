import {
  configPaths,
  createApp,
  crossModelIndicator,
  type DatabaseKind,
  type IndicatorValue,
  type JicengPlugin,
  pluginSchemaName,
  validatePlugin,
} from '@jiceng/core';
import { seedCity, seededRandom, smallCitySpec } from '@jiceng/core/demo';
import { createTestDatabase, PASSWORD, testDatabaseKinds } from '@jiceng/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPluginTestBackend, type PluginTestBackend, pluginMigrationSet } from './backend';
import { migrationFootprintProblems } from './checks/catalog';
import { keyProblems } from './checks/keys';
import { outcomeViewProblems } from './checks/outcomes';
import { openApiProblems, undocumentedRoutes, writeRouteProbeProblems } from './checks/routes';
import { expectSchemaTypes } from './schema-types';

/** A check's problems as the failure message, one per line, so the report names each mistake. */
function expectNone(problems: string[], what: string) {
  expect(problems, `${what}:\n  ${problems.join('\n  ')}`).toEqual([]);
}

/**
 * The plugin mounted alone, with a seeded city `enabled` (core data and the plugin's small seed), a city `disabled`
 * that has not enabled it, and `contract-admin` (PASSWORD), city admin of both.
 */
export async function contractBackend(
  plugin: JicengPlugin<any>,
  kind: DatabaseKind,
): Promise<PluginTestBackend> {
  const backend = await createPluginTestBackend(plugin, kind);
  try {
    const seeded = await seedCity(backend.db, smallCitySpec('enabled', [plugin.id]), {
      random: seededRandom(7),
      pluginVersions: { [plugin.id]: plugin.version },
    });
    const disabled = await seedCity(backend.db, smallCitySpec('disabled', []), { random: seededRandom(8) });
    if (plugin.seed)
      await plugin.seed(backend.ctx, {
        cityId: seeded.cityId,
        scale: 'small',
        random: seededRandom(9),
        progress: () => {},
      });
    await backend.f.user('contract-admin', PASSWORD, [
      { role: 'city_admin', cityId: seeded.cityId },
      { role: 'city_admin', cityId: disabled.cityId },
    ]);
    return backend;
  } catch (e) {
    await backend.close();
    throw e;
  }
}

/** Config settings (dotted paths) the admin's form would show by their key: no `labels.config` entry. */
export function configLabelGaps(plugin: JicengPlugin<any>): string[] {
  const labels = plugin.labels?.config ?? {};
  return configPaths(plugin.config)
    .filter((path) => !labels[path])
    .map((path) => `labels.config.${path}: the setting "${path}" has no label`);
}

/** GET routes of the plugin without path parameters: safe to call on an empty city. */
function plainGetRoutes(plugin: JicengPlugin<any>, backend: PluginTestBackend) {
  const app = plugin.api(backend.ctx);
  return [
    ...new Set(
      app.routes
        .filter((r) => r.method === 'GET' && !r.path.includes(':') && !r.path.includes('*'))
        .map((r) => r.path),
    ),
  ];
}

/**
 * The suite every plugin passes, on every test database: manifest, migrations up/down/up that touch nothing outside
 * p_<id> (catalog compared before and after), keys that include city_id, routes only under the base path and each
 * documented for OpenAPI (one success status with a response schema, a summary, request bodies, error shapes),
 * 404 for a city that has not enabled it, config defaults, web entry, scheduled jobs, indicators on a seeded city, and no 5xx from any write route given malformed, empty, mistyped or oversized bodies.
 * Each failure lists the problems by name (the checks live in ./checks and are tested on fixture plugins).
 */
export function runContractSuite(
  plugin: JicengPlugin<any>,
  options: {
    kinds?: DatabaseKind[];
    /** The plugin's generated table types (e.g. `new URL('./server/db.generated.ts', import.meta.url)`), kept true. */
    tablesFile?: string | URL;
  } = {},
) {
  describe(`plugin contract: ${plugin.id}`, () => {
    it('has a valid manifest', () => {
      expect(() => validatePlugin(plugin, (id) => !!crossModelIndicator(id))).not.toThrow();
    });

    it('loads its web entry, which names the same plugin', async () => {
      const web = await plugin.web();
      expect(web.default.id).toBe(plugin.id);
    });

    it('words every config setting for people (labels.config, both languages)', () => {
      expectNone(configLabelGaps(plugin), 'config settings without a label');
    });

    it('fills every config field from defaults', () => {
      const defaults = plugin.config.parse({});
      expect(plugin.config.parse(JSON.parse(JSON.stringify(defaults)))).toEqual(defaults);
    });

    describe.each(options.kinds ?? testDatabaseKinds())('on %s', (kind) => {
      // The run's core template is built in a hook (generous timeout), not inside the first test.
      beforeAll(async () => {
        await (await createTestDatabase(kind)).close();
      });

      it('migrates up, down and up again, creating and leaving nothing outside its schema', async () => {
        const handle = await createTestDatabase(kind);
        try {
          expectNone(await migrationFootprintProblems(handle.db, plugin), 'migrations reach outside p_<id>');
        } finally {
          await handle.close();
        }
      });

      it('keys every table by city (primary, unique and foreign keys include city_id)', async () => {
        const handle = await createTestDatabase(kind, [pluginMigrationSet(plugin)]);
        try {
          expectNone(await keyProblems(handle.db, pluginSchemaName(plugin.id)), 'keys without city_id');
        } finally {
          await handle.close();
        }
      });

      it('provides each outcome fact it declares from p_<id>.outcome_<fact> with exactly the contract’s columns', async () => {
        const handle = await createTestDatabase(kind, [pluginMigrationSet(plugin)]);
        try {
          expectNone(await outcomeViewProblems(handle.db, plugin), 'outcome views that break the contract');
        } finally {
          await handle.close();
        }
      });

      const { tablesFile } = options;
      if (tablesFile)
        it('has table types that match every table and column of p_<id> in the migrated database', async () => {
          const handle = await createTestDatabase(kind, [pluginMigrationSet(plugin)]);
          try {
            await expectSchemaTypes(handle.db, pluginSchemaName(plugin.id), tablesFile);
          } finally {
            await handle.close();
          }
        });

      describe('mounted in the API', () => {
        let backend: PluginTestBackend;
        beforeAll(async () => {
          backend = await contractBackend(plugin, kind);
        });
        afterAll(() => backend?.close());

        it('serves routes only under its base path, and they answer for an enabled city', async () => {
          const routes = plugin.api(backend.ctx).routes;
          expect(routes.length).toBeGreaterThan(0);
          const client = backend.client();
          await client.login('contract-admin', PASSWORD);
          for (const path of plainGetRoutes(plugin, backend)) {
            const r = await client.get(`${backend.base('enabled')}${path === '/' ? '' : path}`);
            expect(r.status, `GET ${path}`).toBeLessThan(500);
            expect(r.status, `GET ${path}`).not.toBe(404);
          }
          // Nothing leaks outside the base path: every route the plugin adds to the app is under it.
          const coreOnly = new Set(
            createApp({ ...backend.deps, plugins: [] }).routes.map((r) => `${r.method} ${r.path}`),
          );
          const added = backend.app.routes.filter((r) => !coreOnly.has(`${r.method} ${r.path}`));
          expect(added.length).toBeGreaterThan(0);
          const outside = added
            .filter(
              (r) =>
                !r.path.startsWith(`/api/cities/:city/plugins/${plugin.id}`) &&
                !r.path.startsWith(`/api/public/cities/:city/plugins/${plugin.id}`),
            )
            .map((r) => `${r.method} ${r.path}`);
          expectNone(outside, 'routes outside the base path');
        });

        it('documents every route for OpenAPI (describe or validate)', () => {
          expectNone(undocumentedRoutes(plugin, backend.ctx), 'routes without OpenAPI metadata');
        });

        it('documents each operation completely: one success status with its schema, a summary, write bodies, errors', async () => {
          const doc = await backend.client().get('/api/openapi.json');
          expect(doc.status).toBe(200);
          expectNone(openApiProblems(doc.body, plugin.id), 'operations the API reference leaves incomplete');
        });

        it('answers 404 to a city that has not enabled it', async () => {
          const client = backend.client();
          await client.login('contract-admin', PASSWORD);
          const paths = plainGetRoutes(plugin, backend);
          for (const path of paths.length ? paths : ['/']) {
            const r = await client.get(`${backend.base('disabled')}${path === '/' ? '' : path}`);
            expect(r.status, `GET ${path}`).toBe(404);
          }
        });

        it('round-trips its default config through the settings API', async () => {
          const client = backend.client();
          await client.login('contract-admin', PASSWORD);
          const defaults = plugin.config.parse({});
          const put = await client.put(`/api/cities/enabled/plugin-settings/${plugin.id}`, {
            enabled: true,
            config: defaults,
          });
          expect(put.status).toBe(200);
          expect(put.body.config).toEqual(defaults);
          const list = await client.get('/api/cities/enabled/plugin-settings');
          expect(list.body.items.find((p: any) => p.id === plugin.id).config).toEqual(defaults);
        });

        it('runs its scheduled jobs for the enabled city only, once a day', async () => {
          const runs = await backend.runDueJobs();
          expect(runs.map((r) => `${r.jobId}:${r.status}:${r.error ?? ''}`).sort()).toEqual(
            (plugin.jobs ?? []).map((j) => `${j.id}:done:`).sort(),
          );
          expect(await backend.runDueJobs()).toEqual([]);
        });

        it('answers every indicator with a value or "not applicable" for the seeded city', async () => {
          const client = backend.client();
          await client.login('contract-admin', PASSWORD);
          const r = await client.get('/api/cities/enabled/indicators?from=2026-01-01&to=2026-12-31');
          expect(r.status).toBe(200);
          const mine = r.body.items.filter((i: any) => i.pluginId === plugin.id);
          expect(mine.map((i: any) => i.meta.id).sort()).toEqual(plugin.indicators.map((i) => i.id).sort());
          for (const i of mine) {
            expect(['ok', 'not_applicable']).toContain(i.value.status);
            if (i.value.status === 'ok') expect(Number.isFinite(i.value.value)).toBe(true);
            expect(i.value.reason).not.toBe('computation failed');
          }
        });

        it('gives core the outcome facts it declares: every shared indicator computes for the seeded city', async () => {
          const client = backend.client();
          await client.login('contract-admin', PASSWORD);
          const r = await client.get('/api/compare?targets=enabled&from=2026-01-01&to=2026-12-31&set=shared');
          expect(r.status).toBe(200);
          const values = r.body.columns[0].values as Record<string, { value: IndicatorValue }>;
          for (const [id, v] of Object.entries(values)) {
            expect(['ok', 'not_applicable'], id).toContain(v.value.status);
            if (v.value.status === 'ok') expect(Number.isFinite(v.value.value), id).toBe(true);
            else expect(v.value.reason, id).not.toBe('computation failed');
          }
        });

        // Last: the probes may change the seeded city (a `{}` that a route accepts).
        it('answers 4xx, never 5xx, to malformed, empty, mistyped and oversized bodies on every write route', async () => {
          const client = backend.client();
          await client.login('contract-admin', PASSWORD);
          expectNone(
            await writeRouteProbeProblems(client, plugin, 'enabled'),
            'write routes that fail with 5xx',
          );
        });
      });
    });
  });
}
