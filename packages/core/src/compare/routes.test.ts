import { Hono } from 'hono';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApp } from '../app';
import { manualClock } from '../clock';
import type { DatabaseHandle } from '../db';
import { readXlsxRows } from '../export/xlsx';
import { notApplicable, rate } from '../indicators';
import { silentLogger } from '../logger';
import type { JicengPlugin, PluginEnv } from '../plugins/contract';
import {
  createTestDatabase,
  fixtures,
  PASSWORD,
  testClient,
  testDatabaseKinds,
  twoCityWorld,
} from '../testing';

function model(id: string, indicators: JicengPlugin['indicators']): JicengPlugin {
  return {
    id,
    version: '1.0.0',
    platform: '^0.1.0',
    names: { 'zh-CN': `${id}模式`, en: `${id} model` },
    description: { 'zh-CN': id, en: id },
    region: { 'zh-CN': id, en: id },
    features: [{ id: 'reporting', names: { 'zh-CN': '报到', en: 'Reporting' } }],
    config: z.object({}),
    migrations: {},
    api: () => new Hono<PluginEnv>().get('/', (c) => c.json({})),
    web: async () => ({ default: { id } }),
    indicators,
  };
}

/** alpha: report rate = in-service members ÷ all members in the subtree. */
const alpha = model('alpha', [
  {
    id: 'report_rate',
    compute: async (ctx, q) => {
      const prefix = q.orgId
        ? (
            await ctx.db
              .selectFrom('core.org')
              .select('path')
              .where('id', '=', q.orgId)
              .executeTakeFirstOrThrow()
          ).path
        : '/';
      const r = await sql<{ yes: number; all: number }>`
        select count(*) filter (where m.category = 'in_service')::int as yes, count(*)::int as all
        from core.member m join core.org o on o.city_id = m.city_id and o.id = m.org_id
        where m.city_id = ${q.cityId} and o.path like ${`${prefix}%`}`.execute(ctx.db);
      return rate(r.rows[0]!.yes, r.rows[0]!.all);
    },
  },
]);
/** beta: cannot compute the report rate; has one model-specific count. */
const beta = model('beta', [
  { id: 'report_rate', compute: async () => notApplicable('no reporting in this model') },
  {
    id: 'beta_units',
    meta: {
      names: { 'zh-CN': '单位数', en: 'Units' },
      definition: { 'zh-CN': '单位数', en: 'Units' },
      unit: 'count',
      direction: 'higher_is_better',
      period: 'any',
    },
    compute: async (ctx, q) => {
      const r = await ctx.db
        .selectFrom('core.unit')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('city_id', '=', q.cityId)
        .executeTakeFirstOrThrow();
      return { status: 'ok', value: Number(r.n) };
    },
  },
]);

describe.each(testDatabaseKinds())('comparison on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: Awaited<ReturnType<typeof twoCityWorld>>;
  let app: ReturnType<typeof createApp>;
  // The model-specific indicators (the page's toggle); shared ones are tested in outcome-routes.test.ts.
  const query = 'from=2026-01-01&to=2026-12-31&set=model';
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    world = await twoCityWorld(handle.db);
    const f = fixtures(handle.db);
    await f.enable(world.a.city.id, 'alpha');
    await f.enable(world.b.city.id, 'beta');
    // aa: 丙 retires, so 3 of 4 members are in service.
    await handle.db
      .updateTable('core.member')
      .set({ category: 'retired' })
      .where('id', '=', world.a.members.m3.id)
      .execute();
    app = createApp({
      db: handle.db,
      clock: manualClock('2026-06-01T00:00:00Z'),
      logger: silentLogger,
      plugins: [alpha, beta],
    });
  });
  afterAll(() => handle?.close());

  it('puts two cities side by side with numerators, denominators and "not applicable"', async () => {
    const client = testClient(app);
    await client.login('platform', PASSWORD);
    const r = await client.get(`/api/compare?targets=aa,bb&${query}`);
    expect(r.status).toBe(200);
    const [aa, bb] = r.body.columns;
    expect(aa.models.map((m: any) => m.id)).toEqual(['alpha']);
    expect(aa.values.report_rate.value).toEqual({ status: 'ok', value: 0.75, numerator: 3, denominator: 4 });
    expect(bb.values.report_rate.value.status).toBe('not_applicable');
    expect(bb.values.beta_units.value).toEqual({ status: 'ok', value: 1 });
    expect(aa.values.beta_units).toBeUndefined();
    const ids = r.body.indicators.map((i: any) => i.id);
    expect(ids[0]).toBe('report_rate');
    expect(ids).toContain('beta_units');
    expect(r.body.indicators.find((i: any) => i.id === 'report_rate').computedBy).toEqual(['alpha', 'beta']);
  });

  it('compares an org subtree and drills a city value down its tree', async () => {
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    const sub = await client.get(`/api/compare?targets=aa:${world.a.orgs.community2.id}&${query}`);
    expect(sub.body.columns[0].values.report_rate.value).toEqual({
      status: 'ok',
      value: 0,
      numerator: 0,
      denominator: 1,
    });
    const roll = await client.get(
      `/api/cities/aa/indicators/report_rate/rollup?parentId=${world.a.orgs.street.id}&${query}`,
    );
    expect(roll.body.items.map((i: any) => [i.org.name, i.value.value])).toEqual([
      ['aa一社区党委', 1],
      ['aa二社区党委', 0],
    ]);
  });

  it('returns only cities the user may see', async () => {
    const client = testClient(app, 'en');
    await client.login('aa-admin', PASSWORD);
    const r = await client.get(`/api/compare?targets=aa,bb&${query}`);
    expect(r.status).toBe(404);
    expect(r.body.error.field).toBe('targets');
    const bad = await client.get('/api/compare?targets=aa&from=2026-12-01&to=2026-01-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('from');
  });

  it('exports the table to Excel with "not applicable" spelled out', async () => {
    const login = await app.request('http://localhost/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'platform', password: PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const res = await app.request(`http://localhost/api/compare/export?targets=aa,bb&${query}`, {
      headers: { cookie, 'accept-language': 'zh-CN' },
    });
    const rows = await readXlsxRows(Buffer.from(await res.arrayBuffer()));
    expect(rows[0]!.slice(0, 4)).toEqual(['指标', '单位', 'aa (alpha模式)', 'bb (beta模式)']);
    const report = rows.find((r) => r[0] === '在职党员报到率')!;
    expect(report.slice(1, 4)).toEqual(['比率(%)', '75', '不适用']);
    expect(rows[0]!.slice(-2)).toEqual(['定义', '说明']);
    expect(report.at(-1)).toBe('bb: no reporting in this model');
  });
});
