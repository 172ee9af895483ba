import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApp } from '../app';
import { manualClock } from '../clock';
import type { DatabaseHandle } from '../db';
import { silentLogger } from '../logger';
import { fx, nx, outcomeWorld } from '../outcomes/fixture-world.test-helper';
import { createTestDatabase, PASSWORD, testClient } from '../testing';
import {
  citySchema,
  compareSchema,
  itemsOf,
  meSchema,
  pluginMetaSchema,
  pluginsSchema,
  rollupSchema,
} from './schemas';

/**
 * The documented answers are what core's web types are generated from (ui's core-api.generated.ts), and nothing
 * checks them at run time: here the real answers of the routes the shell reads are held to their schemas.
 */
describe('documented answers match the real ones', () => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    handle = await createTestDatabase('pglite');
    await outcomeWorld(handle.db);
    app = createApp({
      db: handle.db,
      clock: manualClock('2026-06-15T08:00:00Z'),
      logger: silentLogger,
      plugins: [fx, nx],
    });
  });
  afterAll(() => handle?.close());

  const holds = (schema: z.ZodType, body: unknown) => {
    const r = schema.safeParse(body);
    expect(r.success ? [] : r.error.issues).toEqual([]);
  };

  it('for the session, the comparison, the roll-up, the models and the city lists', async () => {
    const client = testClient(app);
    await client.login('platform', PASSWORD);
    const me = await client.get('/api/auth/me');
    holds(meSchema, me.body);
    expect(me.body.cities.map((c: { access: string }) => c.access)).toContain('city');
    for (const set of ['shared', 'all']) {
      const compare = await client.get(`/api/compare?targets=aa,bb&from=2026-01-01&to=2026-06-30&set=${set}`);
      expect(compare.status).toBe(200);
      holds(compareSchema, compare.body);
    }
    const rollup = await client.get(
      '/api/cities/aa/indicators/engagement_rate/rollup?from=2026-01-01&to=2026-06-30',
    );
    expect(rollup.status).toBe(200);
    expect(rollup.body.items.length).toBeGreaterThan(0);
    holds(rollupSchema, rollup.body);
    holds(pluginsSchema, (await client.get('/api/plugins')).body);
    holds(
      itemsOf(pluginMetaSchema.extend({ enabled: z.boolean(), config: z.record(z.string(), z.unknown()) })),
      (await client.get('/api/cities/aa/plugin-settings')).body,
    );
    expect((await client.post('/api/cities/bb/archive', {})).status).toBe(200);
    const archived = await client.get('/api/cities?archived=true');
    holds(itemsOf(citySchema.extend({ archivedAt: z.string() })), archived.body);
    expect(archived.body.items.map((c: { code: string }) => c.code)).toEqual(['bb']);
  });

  it('for the lists plugin pages pick from (members, orgs, units): every field sent is documented, no other', async () => {
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    const doc = (await client.get('/api/openapi.json')).body;
    for (const [path, query] of [
      ['/members', '?pageSize=50'],
      ['/orgs', '?q=aa'],
      ['/units', ''],
    ] as const) {
      const res = await client.get(`/api/cities/aa${path}${query}`);
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.body.items.length, path).toBeGreaterThan(0);
      const item =
        doc.paths[`/api/cities/{city}${path}`].get.responses['200'].content['application/json'].schema
          .properties.items.items;
      // Closed: the generated item type has no index signature, so a page's misspelt field fails the type check.
      expect([path, item.additionalProperties ?? false]).toEqual([path, false]);
      const fields = Object.keys(item.properties).sort();
      for (const row of res.body.items) expect([path, Object.keys(row).sort()]).toEqual([path, fields]);
    }
  });
});
