import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { manualClock } from '../clock';
import type { DatabaseHandle } from '../db';
import { readXlsxRows } from '../export/xlsx';
import type { IndicatorValue } from '../indicators';
import { silentLogger } from '../logger';
import { fx, nx, outcomeWorld } from '../outcomes/fixture-world.test-helper';
import { SHARED_INDICATORS } from '../outcomes/indicators';
import { refreshOutcomeSnapshots } from '../outcomes/job';
import type { TrendPoint } from '../outcomes/snapshots';
import { createTestDatabase, PASSWORD, testClient, testDatabaseKinds } from '../testing';

const H1 = 'from=2026-01-01&to=2026-06-30';

interface Value {
  pluginId: string;
  source?: string;
  value: IndicatorValue;
}
interface Compare {
  indicators: { id: string; shared: boolean }[];
  columns: { values: Record<string, Value> }[];
}
interface Trends {
  months: string[];
  series: { target: string; indicatorId: string; points: TrendPoint[] }[];
}

describe.each(testDatabaseKinds())('shared indicators over HTTP on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: Awaited<ReturnType<typeof outcomeWorld>>;
  let app: ReturnType<typeof createApp>;
  const deps = () => ({
    db: handle.db,
    clock: manualClock('2026-06-15T08:00:00Z'),
    logger: silentLogger,
    plugins: [fx, nx],
  });
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    world = await outcomeWorld(handle.db);
    app = createApp(deps());
  });
  afterAll(() => handle?.close());

  it('leads with the shared indicators: values, reasons in the locale, references and what each fact counts', async () => {
    const client = testClient(app);
    await client.login('platform', PASSWORD);
    const r = await client.get(`/api/compare?targets=aa,bb&${H1}`);
    expect(r.status).toBe(200);
    expect(r.body.set).toBe('shared');
    expect(r.body.period).toEqual({ from: '2026-01-01', to: '2026-06-30', partial: true });
    expect((r.body as Compare).indicators.map((i) => i.id)).toEqual(SHARED_INDICATORS.map((i) => i.id));
    expect(r.body.indicators[0]).toMatchObject({
      shared: true,
      facts: ['engagement'],
      computedBy: ['fx', 'nx'],
    });
    const [aa, bb] = r.body.columns;
    expect(aa.values.engagement_rate).toMatchObject({
      pluginId: 'core',
      source: 'live',
      value: { status: 'ok', numerator: 2, denominator: 3 },
    });
    expect(aa.values.request_days_median.value).toEqual({ status: 'ok', value: 15, denominator: 4 });
    expect(bb.values.engagement_rate.value).toEqual({
      status: 'ok',
      value: 0.25,
      numerator: 1,
      denominator: 4,
    });
    expect(bb.values.service_hours_per_member.value).toEqual({
      status: 'not_applicable',
      reason: 'nx模式不记录党员服务',
    });
    expect(aa.references.engagement_rate).toEqual([
      { value: 0.9997, source: { 'zh-CN': 'fx报告', en: 'fx report' }, pluginId: 'fx' },
    ]);
    expect(bb.outcomes.service).toEqual({
      applicable: false,
      text: [{ 'zh-CN': 'nx模式不记录党员服务', en: 'the nx model records no service by members' }],
    });
    expect(aa.outcomes.coverage.applicable).toBe(true);
    const all = await client.get(`/api/compare?targets=aa&${H1}&set=all`);
    expect((all.body as Compare).indicators.filter((i) => i.shared)).toHaveLength(SHARED_INDICATORS.length);
    const bad = await client.get(`/api/compare?targets=aa&${H1}&set=everything`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('set');
  });

  it('serves a standard period from snapshots once stored, with the same values as live', async () => {
    const client = testClient(app);
    await client.login('platform', PASSWORD);
    const before = await client.get(`/api/compare?targets=aa,bb&${H1}`);
    await refreshOutcomeSnapshots(deps());
    const after = await client.get(`/api/compare?targets=aa,bb&${H1}`);
    for (const [i, col] of after.body.columns.entries())
      for (const [id, v] of Object.entries((col as Compare['columns'][number]).values)) {
        if (v.value.status === 'ok') expect(v.source).toBe('snapshot');
        expect(v.value, id).toEqual(before.body.columns[i].values[id].value);
      }
    // A custom range is computed live.
    const custom = await client.get('/api/compare?targets=aa&from=2026-01-02&to=2026-06-30');
    expect(custom.body.columns[0].values.engagement_rate.source).toBe('live');
  });

  it('draws monthly trends from snapshots, for cities and org subtrees, within the actor’s scope', async () => {
    await refreshOutcomeSnapshots(deps());
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    const { orgs } = world.a;
    const r = await client.get(
      `/api/compare/trends?targets=aa,aa:${orgs.community1.id}&months=6&indicators=engagement_rate,coverage_rate`,
    );
    expect(r.status).toBe(200);
    expect(r.body.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    const series = (r.body as Trends).series;
    const city = series.find((s) => s.target === 'aa' && s.indicatorId === 'engagement_rate')!;
    expect(city.points.map((p) => p.numerator)).toEqual([1, 1, 2, 2, 2, 2]);
    expect(city.points.map((p) => p.partial)).toEqual([false, false, false, false, false, true]);
    // community1 is below the stored levels: computed month by month; 丙 engaged there in February (unconfirmed).
    const sub = series.find((s) => s.target.includes(':') && s.indicatorId === 'engagement_rate')!;
    expect(sub.points.map((p) => p.denominator)).toEqual([2, 3, 3, 3, 3, 3]);
    expect((await client.get('/api/compare/trends?targets=bb')).status).toBe(404);
    expect((await client.get('/api/compare/trends?targets=aa&months=25')).body.error.field).toBe('months');
    expect((await client.get('/api/compare/trends?targets=aa&indicators=nope')).body.error.field).toMatch(
      /^indicators/,
    );

    const own = await client.get(`/api/cities/aa/outcomes/trends?months=3&orgId=${orgs.street.id}`);
    expect(own.status).toBe(200);
    expect(own.body.series).toHaveLength(SHARED_INDICATORS.length);
    const cov = (own.body as Trends).series.find((s) => s.indicatorId === 'coverage_rate')!;
    expect(cov.points.map((p) => p.value)).toEqual([1 / 3, 1 / 3, 1 / 3]);
    const member = testClient(app);
    await member.login('aa-member', PASSWORD);
    expect((await member.get('/api/cities/aa/outcomes/trends')).status).toBe(403);
  });

  it('drills a shared indicator down one level in one pass', async () => {
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    const r = await client.get(
      `/api/cities/aa/indicators/engagement_rate/rollup?parentId=${world.a.orgs.street.id}&${H1}`,
    );
    expect(r.status).toBe(200);
    const items = r.body.items as {
      org: { name: string };
      value: { numerator?: number; denominator?: number };
    }[];
    expect(items.map((i) => [i.org.name, i.value.numerator, i.value.denominator])).toEqual([
      ['aa一社区党委', 2, 3],
      ['aa二社区党委', 0, 1],
    ]);
  });

  it('lists each model’s outcome facts and the shared indicators in the catalogue', async () => {
    const client = testClient(app);
    await client.login('platform', PASSWORD);
    const r = await client.get('/api/plugins');
    expect((r.body.sharedIndicators as { id: string }[]).map((i) => i.id)).toEqual(
      SHARED_INDICATORS.map((i) => i.id),
    );
    const n = (r.body.items as { id: string; outcomes: { facts: Record<string, unknown> } }[]).find(
      (p) => p.id === 'nx',
    )!;
    expect(n.outcomes.facts.engagement).toEqual({
      applicable: true,
      text: { 'zh-CN': '入网格', en: 'grid membership' },
    });
    expect(n.outcomes.facts.project).toMatchObject({ applicable: false });
  });

  it('exports shared indicators first with units in words, definitions and reasons', async () => {
    const login = await app.request('http://localhost/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'platform', password: PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const res = await app.request(`http://localhost/api/compare/export?targets=aa,bb&${H1}`, {
      headers: { cookie, 'accept-language': 'zh-CN' },
    });
    const rows = await readXlsxRows(Buffer.from(await res.arrayBuffer()));
    expect(rows[0]).toEqual(['指标', '单位', 'aa (fx模式)', 'bb (nx模式)', '定义', '说明']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(SHARED_INDICATORS.map((i) => i.names['zh-CN']));
    const hours = rows.find((r) => r[0] === '人均服务时长')!;
    expect(hours.slice(1, 4)).toEqual(['小时/人', '2.5', '不适用']);
    expect(hours[5]).toBe('bb: nx模式不记录党员服务');
    expect(rows.find((r) => r[0] === '办结天数中位数')![1]).toBe('天');
  });
});
