import {
  crossModelIndicator,
  type DatabaseKind,
  type JicengPlugin,
  migrateAllDown,
  migrateToLatest,
  pluginSchemaName,
  validatePlugin,
} from '@jiceng/core';
import { seedCity, seededRandom, smallCitySpec } from '@jiceng/core/demo';
import { createTestDatabase, PASSWORD, testDatabaseKinds } from '@jiceng/core/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPluginTestBackend, type PluginTestBackend, pluginMigrationSet } from './backend';

async function schemaExists(db: any, schema: string) {
  const r = await sql<{
    n: number;
  }>`select count(*)::int as n from information_schema.schemata where schema_name = ${schema}`.execute(db);
  return r.rows[0]!.n === 1;
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
 * The suite every plugin passes, on every test database: manifest, migrations up/down/up, base path,
 * 404 for a city that has not enabled it, config defaults, web entry, scheduled jobs and indicators on a seeded city.
 */
export function runContractSuite(plugin: JicengPlugin<any>, options: { kinds?: DatabaseKind[] } = {}) {
  describe(`plugin contract: ${plugin.id}`, () => {
    it('has a valid manifest', () => {
      expect(() => validatePlugin(plugin, (id) => !!crossModelIndicator(id))).not.toThrow();
    });

    it('loads its web entry, which names the same plugin', async () => {
      const web = await plugin.web();
      expect(web.default.id).toBe(plugin.id);
    });

    it('fills every config field from defaults', () => {
      const defaults = plugin.config.parse({});
      expect(plugin.config.parse(JSON.parse(JSON.stringify(defaults)))).toEqual(defaults);
    });

    describe.each(options.kinds ?? testDatabaseKinds())('on %s', (kind) => {
      it('migrates up, down and up again on a fresh database', async () => {
        const handle = await createTestDatabase(kind);
        try {
          const set = pluginMigrationSet(plugin);
          const schema = pluginSchemaName(plugin.id);
          const up = await migrateToLatest(handle.db, [set]);
          expect(up.length).toBe(Object.keys(plugin.migrations).length);
          expect(await schemaExists(handle.db, schema)).toBe(true);
          await migrateAllDown(handle.db, set);
          expect(await schemaExists(handle.db, schema)).toBe(false);
          await migrateToLatest(handle.db, [set]);
          expect(await schemaExists(handle.db, schema)).toBe(true);
        } finally {
          await handle.close();
        }
      });

      describe('mounted in the API', () => {
        let backend: PluginTestBackend;
        let seeded: Awaited<ReturnType<typeof seedCity>>;
        beforeAll(async () => {
          backend = await createPluginTestBackend(plugin, kind);
          seeded = await seedCity(backend.db, smallCitySpec('enabled', [plugin.id]), {
            random: seededRandom(7),
            pluginVersions: { [plugin.id]: plugin.version },
          });
          await seedCity(backend.db, smallCitySpec('disabled', []), { random: seededRandom(8) });
          if (plugin.seed)
            await plugin.seed(backend.ctx, {
              cityId: seeded.cityId,
              scale: 'small',
              random: seededRandom(9),
              progress: () => {},
            });
          const f = backend.f;
          const disabledCity = await backend.db
            .selectFrom('core.city')
            .select('id')
            .where('code', '=', 'disabled')
            .executeTakeFirstOrThrow();
          await f.user('contract-admin', PASSWORD, [
            { role: 'city_admin', cityId: seeded.cityId },
            { role: 'city_admin', cityId: disabledCity.id },
          ]);
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
          // Nothing leaks outside the base path.
          const mounted = backend.app.routes.filter((r) => r.path.includes(`/plugins/${plugin.id}`));
          for (const r of mounted)
            expect(
              r.path.startsWith(`/api/cities/:city/plugins/${plugin.id}`) ||
                r.path.startsWith(`/api/public/cities/:city/plugins/${plugin.id}`),
            ).toBe(true);
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
      });
    });
  });
}
