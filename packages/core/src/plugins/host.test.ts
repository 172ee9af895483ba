import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApp } from '../app';
import { manualClock } from '../clock';
import type { DatabaseHandle } from '../db';
import { rate } from '../indicators';
import { silentLogger } from '../logger';
import { createTestDatabase, PASSWORD, testClient, testDatabaseKinds, twoCityWorld } from '../testing';
import { type JicengPlugin, type PluginEnv, validatePlugin } from './contract';

/** A tiny test-only plugin: one route echoing its config, one indicator over core members. */
const hello: JicengPlugin<{ threshold: number; label: string }> = {
  id: 'hello-test',
  version: '1.2.3',
  platform: '^0.1.0',
  names: { 'zh-CN': '测试', en: 'Test' },
  description: { 'zh-CN': '测试插件', en: 'Test plugin' },
  region: { 'zh-CN': '测试', en: 'Test' },
  features: [{ id: 'reporting', names: { 'zh-CN': '报到', en: 'Reporting' } }],
  config: z.object({ threshold: z.number().int().min(1).default(5), label: z.string().default('hi') }),
  migrations: {},
  api: () =>
    new Hono<PluginEnv>().get('/hello', (c) =>
      c.json({ city: c.get('city').code, config: c.get('pluginConfig') }),
    ),
  publicApi: () =>
    new Hono<PluginEnv>().get('/notice', (c) =>
      c.json({ city: c.get('city').code, label: c.get('pluginConfig').label }),
    ),
  web: async () => ({ default: { id: 'hello-test' } }),
  indicators: [
    {
      id: 'report_rate',
      compute: async (ctx, q) => {
        const rows = await ctx.db
          .selectFrom('core.member')
          .select(['category'])
          .where('city_id', '=', q.cityId)
          .execute();
        return rate(rows.filter((r) => r.category === 'in_service').length, rows.length);
      },
    },
  ],
};

describe('plugin manifest validation', () => {
  it('accepts a good manifest and lists every problem of a bad one', () => {
    expect(() => validatePlugin(hello, (id) => id === 'report_rate')).not.toThrow();
    const bad = {
      ...hello,
      id: 'Bad_Id',
      version: 'x',
      migrations: { 'not-dated': { up: async () => {} } },
      indicators: [{ id: 'own', compute: async () => rate(1, 1) }],
    };
    expect(() => validatePlugin(bad as any, () => false)).toThrow(
      /id: kebab-case id[\s\S]*version: semver[\s\S]*migrations/,
    );
    const noDefaults = { ...hello, config: z.object({ required: z.string() }) };
    expect(() => validatePlugin(noDefaults as any, () => true)).toThrow(/every field needs a default/);
  });

  it('takes the place attributes a plugin declares, naming the attribute at fault', () => {
    const labels = { 'zh-CN': '规模档次', en: 'Size band' };
    const values = [{ value: 'large', labels: { 'zh-CN': '大型', en: 'Large' } }];
    const good = {
      ...hello,
      placeAttributes: [{ key: 'size_band', appliesTo: ['community' as const], labels, values }],
    };
    expect(() => validatePlugin(good, (id) => id === 'report_rate')).not.toThrow();
    const camel = { ...hello, placeAttributes: [{ ...good.placeAttributes[0]!, key: 'sizeBand' }] };
    expect(() => validatePlugin(camel, (id) => id === 'report_rate')).toThrow(
      /placeAttributes\["sizeBand"\]\.key: key must be snake_case/,
    );
    const kindless = { ...hello, placeAttributes: [{ ...good.placeAttributes[0]!, appliesTo: ['village'] }] };
    expect(() => validatePlugin(kindless as unknown as JicengPlugin, (id) => id === 'report_rate')).toThrow(
      /placeAttributes\["size_band"\]\.appliesTo/,
    );
    const badValue = {
      ...hello,
      placeAttributes: [{ ...good.placeAttributes[0]!, values: [...values, { value: 'Big One', labels }] }],
    };
    expect(() => validatePlugin(badValue, (id) => id === 'report_rate')).toThrow(
      /placeAttributes\["size_band"\]\.values\["Big One"\]\.value: value must be snake_case/,
    );
    const twice = { ...hello, placeAttributes: [...good.placeAttributes, ...good.placeAttributes] };
    expect(() => validatePlugin(twice, (id) => id === 'report_rate')).toThrow(
      /placeAttributes: duplicate key size_band/,
    );
    const sameValue = {
      ...hello,
      placeAttributes: [{ ...good.placeAttributes[0]!, values: [...values, ...values] }],
    };
    expect(() => validatePlugin(sameValue, (id) => id === 'report_rate')).toThrow(
      /placeAttributes\["size_band"\]: duplicate value large/,
    );
  });

  it('takes the features a plugin declares with its own words, naming a bad or repeated id', () => {
    const names = { 'zh-CN': '五位一体', en: 'Five in one' };
    const own = { ...hello, features: [...hello.features, { id: 'five_in_one', names }] };
    expect(() => validatePlugin(own, (id) => id === 'report_rate')).not.toThrow();
    const badId = { ...hello, features: [{ id: 'FiveInOne', names }] };
    expect(() => validatePlugin(badId, (id) => id === 'report_rate')).toThrow(
      /features\["FiveInOne"\]\.id: id must be snake_case/,
    );
    const twice = { ...hello, features: [...hello.features, ...hello.features] };
    expect(() => validatePlugin(twice, (id) => id === 'report_rate')).toThrow(
      /features: duplicate id reporting/,
    );
    const unnamed = { ...hello, features: [{ id: 'five_in_one' }] };
    expect(() => validatePlugin(unnamed as never, (id) => id === 'report_rate')).toThrow(
      /features\["five_in_one"\]\.names/,
    );
  });
});

describe.each(testDatabaseKinds())('plugin host on %s', (kind) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await twoCityWorld(handle.db);
    app = createApp({
      db: handle.db,
      clock: manualClock('2026-06-01T00:00:00Z'),
      logger: silentLogger,
      plugins: [hello],
    });
  });
  afterAll(() => handle?.close());

  it('answers 404 until the city enables the plugin, then serves it with default config', async () => {
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    expect((await client.get('/api/cities/aa/plugins/hello-test/hello')).status).toBe(404);
    expect((await client.put('/api/cities/aa/plugin-settings/hello-test', { enabled: true })).status).toBe(
      200,
    );
    const r = await client.get('/api/cities/aa/plugins/hello-test/hello');
    expect(r.body).toEqual({ city: 'aa', config: { threshold: 5, label: 'hi' } });
    // City B did not enable it.
    const b = testClient(app);
    await b.login('bb-admin', PASSWORD);
    expect((await b.get('/api/cities/bb/plugins/hello-test/hello')).status).toBe(404);
  });

  it('validates config with the plugin’s schema, naming the field, and changes nothing on refusal', async () => {
    const client = testClient(app, 'en');
    await client.login('aa-admin', PASSWORD);
    const bad = await client.put('/api/cities/aa/plugin-settings/hello-test', { config: { threshold: 0 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('config.threshold');
    const ok = await client.put('/api/cities/aa/plugin-settings/hello-test', { config: { threshold: 9 } });
    expect(ok.body.config).toEqual({ threshold: 9, label: 'hi' });
    expect((await client.get('/api/cities/aa/plugins/hello-test/hello')).body.config.threshold).toBe(9);
    expect((await client.put('/api/cities/aa/plugin-settings/nope', { enabled: true })).status).toBe(404);
  });

  it('lets only a city admin change settings', async () => {
    const client = testClient(app);
    await client.login('aa-org', PASSWORD);
    expect((await client.put('/api/cities/aa/plugin-settings/hello-test', { enabled: false })).status).toBe(
      403,
    );
  });

  it('disabling hides the routes but keeps the config; enabling brings it back', async () => {
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    await client.put('/api/cities/aa/plugin-settings/hello-test', { enabled: false });
    expect((await client.get('/api/cities/aa/plugins/hello-test/hello')).status).toBe(404);
    await client.put('/api/cities/aa/plugin-settings/hello-test', { enabled: true });
    expect((await client.get('/api/cities/aa/plugins/hello-test/hello')).body.config.threshold).toBe(9);
    const actions = await handle.db
      .selectFrom('core.audit_log')
      .select('action')
      .where('entity', '=', 'plugin')
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['enable', 'configure', 'disable', 'enable']);
  });

  it('computes indicators of enabled plugins with numerator and denominator', async () => {
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    const r = await client.get('/api/cities/aa/indicators?from=2026-01-01&to=2026-12-31');
    // City aa: 4 members, all in service.
    expect(r.body.items).toHaveLength(1);
    expect(r.body.items[0].meta.names.en).toBe('In-service member report rate');
    expect(r.body.items[0].value).toEqual({ status: 'ok', value: 1, numerator: 4, denominator: 4 });
    const wrong = await client.get('/api/cities/aa/indicators?from=2026-12-31&to=2026-01-01');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.field).toBe('from');
  });

  it('serves a city’s public page data without login, only while the model is enabled', async () => {
    const anonymous = testClient(app, 'en');
    const admin = testClient(app);
    await admin.login('aa-admin', PASSWORD);
    await admin.put('/api/cities/aa/plugin-settings/hello-test', { enabled: true });
    const city = await anonymous.get('/api/public/cities/aa');
    expect(city.status).toBe(200);
    expect(city.body).toEqual({
      code: 'aa',
      nameZh: 'aa',
      nameEn: expect.any(String),
      plugins: [{ id: 'hello-test', names: hello.names }],
    });
    expect((await anonymous.get('/api/public/cities/aa/plugins/hello-test/notice')).body).toEqual({
      city: 'aa',
      label: 'hi',
    });
    // The private routes still want a login.
    expect((await anonymous.get('/api/cities/aa/plugins/hello-test/hello')).status).toBe(401);
    // City bb has not enabled it; zz does not exist.
    expect((await anonymous.get('/api/public/cities/bb')).body.plugins).toEqual([]);
    expect((await anonymous.get('/api/public/cities/bb/plugins/hello-test/notice')).status).toBe(404);
    const none = await anonymous.get('/api/public/cities/zz');
    expect(none.status).toBe(404);
    expect(none.body.error.message).toBe('City not found');
    await admin.put('/api/cities/aa/plugin-settings/hello-test', { enabled: false });
    expect((await anonymous.get('/api/public/cities/aa')).body.plugins).toEqual([]);
    expect((await anonymous.get('/api/public/cities/aa/plugins/hello-test/notice')).status).toBe(404);
    await admin.put('/api/cities/aa/plugin-settings/hello-test', { enabled: true });
  });
});
