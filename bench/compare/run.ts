// Bench (issue 19): the five-city compare of the shared indicators (stored snapshots for a standard period, live for a
// custom range), the first drill-down level, one city's shared indicators, and the model-specific compare as before,
// each against a plain count(*) over core.member in the same run. Targets: compare ≤ 300 ms median and ≤ 10× the
// count, drill-down ≤ 500 ms, ≤ 50 ms per indicator per city.
// Usage: pnpm --filter @jiceng/bench compare [--pglite-only] [--postgres-only] [--runs 5]
//        pnpm --filter @jiceng/bench compare --scale10 | --cities20 [--runs 5]   (PostgreSQL, see scale.ts)
import { DEMO_CITIES, installedPlugins, seedDemo } from '@jiceng/api';
import {
  coreMigrationSet,
  createApp,
  createDatabase,
  type DatabaseHandle,
  migrateToLatest,
  pluginSchemaName,
  SHARED_INDICATORS,
  silentLogger,
  systemClock,
} from '@jiceng/core';
import { DEMO_PASSWORD } from '@jiceng/core/demo';
import { sql } from 'kysely';
import { fmt, freshPostgres, median } from '../lib';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const pgUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

/** What the bench reads of a compare answer. */
interface Body {
  columns: {
    city: { code: string };
    values: Record<string, { source?: string; durationMs: number; value: { status: string } }>;
  }[];
}

async function bench(kind: 'pglite' | 'postgres') {
  let handle: DatabaseHandle;
  let drop = async () => {};
  if (kind === 'postgres') {
    const fresh = await freshPostgres(pgUrl, 'jiceng_bench_compare');
    handle = await createDatabase({ url: fresh.url });
    drop = fresh.drop;
  } else {
    handle = await createDatabase();
  }
  try {
    const t0 = Date.now();
    await migrateToLatest(handle.db, [
      coreMigrationSet,
      ...installedPlugins.map((p) => ({ name: pluginSchemaName(p.id), migrations: p.migrations })),
    ]);
    let last = '';
    await seedDemo(handle.db, installedPlugins, {
      logger: silentLogger,
      progress: (city, step) => {
        const line = `${city} ${step}`;
        if (line !== last) process.stderr.write(`\r  seeding ${line.padEnd(60)}`);
        last = line;
      },
    });
    process.stderr.write(`\r  seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s${' '.repeat(50)}\n`);
    await sql`analyze`.execute(handle.db);
    const app = createApp({
      db: handle.db,
      clock: systemClock,
      logger: silentLogger,
      plugins: installedPlugins,
    });
    const login = await app.request('http://localhost/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const targets = DEMO_CITIES.map((c) => c.code).join(',');
    const year = new Date().getFullYear();
    const get = async (path: string) => {
      const r = await app.request(`http://localhost${path}`, { headers: { cookie } });
      if (r.status !== 200) throw new Error(`${path} answered ${r.status}: ${await r.text()}`);
      return r.json() as Promise<Body>;
    };
    const members = (await sql<{ n: number }>`select count(*)::int as n from core.member`.execute(handle.db))
      .rows[0]!.n;
    const baseline = await median(runs, () => sql`select count(*) from core.member`.execute(handle.db));
    const line = (what: string, ms: number, extra = '') =>
      console.log(
        `${kind.padEnd(8)} ${what.padEnd(46)} ${fmt(ms).padStart(10)}  ${(ms / baseline).toFixed(1).padStart(6)}× count${extra}`,
      );
    console.log(
      `${kind.padEnd(8)} ${`count(*) over ${members} members`.padEnd(46)} ${fmt(baseline).padStart(10)}`,
    );

    // Shared, standard period (this year: stored snapshots).
    let body: Body = { columns: [] };
    const shared = await median(runs, async () => {
      body = await get(`/api/compare?targets=${targets}&from=${year}-01-01&to=${year}-12-31&set=shared`);
    });
    const values = body.columns.flatMap((c) => Object.values(c.values));
    const ok = values.filter((v) => v.value.status === 'ok').length;
    const sources = [...new Set(values.map((v) => v.source))].join('/');
    line('compare shared, 5 cities, this year', shared, `  (${ok}/${values.length} values ok, ${sources})`);

    // Shared, custom range (live: one pass per fact per city).
    const today = new Date().toISOString().slice(0, 10);
    const live = await median(runs, async () => {
      body = await get(`/api/compare?targets=${targets}&from=${year}-01-02&to=${today}&set=shared`);
    });
    line('compare shared, 5 cities, custom range (live)', live);
    // One city's shared indicators, live: execution time per indicator as the API reports it (durationMs).
    for (const col of body.columns) {
      const d = Object.values(col.values).map((v) => v.durationMs);
      const perCity = Math.max(...d);
      line(
        `  ${col.city.code}: all ${SHARED_INDICATORS.length} shared, live (durationMs)`,
        perCity,
        `  (${fmt(perCity / SHARED_INDICATORS.length)} per indicator)`,
      );
    }

    // First drill-down level of the largest city: the children of its root, one shared indicator.
    const big = (
      await sql<{ code: string; root: number }>`
        select c.code, (select o.id from core.org o where o.city_id = c.id and o.parent_id is null order by o.id limit 1) as root
        from core.city c join core.member m on m.city_id = c.id group by c.id, c.code order by count(*) desc limit 1`.execute(
        handle.db,
      )
    ).rows[0]!;
    const drill = await median(runs, () =>
      get(
        `/api/cities/${big.code}/indicators/engagement_rate/rollup?from=${year}-01-01&to=${year}-12-31&parentId=${big.root}`,
      ),
    );
    line(`drill-down ${big.code} root → children (snapshots)`, drill);
    const drillLive = await median(runs, () =>
      get(
        `/api/cities/${big.code}/indicators/engagement_rate/rollup?from=${year}-01-02&to=${today}&parentId=${big.root}`,
      ),
    );
    line(`drill-down ${big.code} root → children (live)`, drillLive);
    const trends = await median(runs, () => get(`/api/compare/trends?targets=${targets}&months=12`));
    line('trends, 5 cities × 12 months', trends);

    // Before: the models' own indicators (the page's toggle), fewer runs: seconds each.
    let indicators = 0;
    const model = await median(Math.min(runs, 2), async () => {
      body = await get(`/api/compare?targets=${targets}&from=${year}-01-01&to=${year}-12-31&set=model`);
      indicators = body.columns.reduce((n, c) => n + Object.keys(c.values).length, 0);
    });
    line(`compare model-specific (${indicators} values)`, model);
  } finally {
    await handle.close();
    await drop();
  }
}

console.log(`compare bench: median of ${runs} runs after a warm-up`);
// The scale scenarios (PostgreSQL only) run instead of the standard bench when asked for.
const scenarios = args.includes('--scale10') || args.includes('--cities20');
if (scenarios) {
  const { scale10, cities20 } = await import('./scale');
  if (args.includes('--scale10')) await scale10(pgUrl, runs, args.includes('--keep'));
  if (args.includes('--cities20')) await cities20(pgUrl, runs);
} else {
  if (!args.includes('--postgres-only')) await bench('pglite');
  if (!args.includes('--pglite-only')) await bench('postgres');
}
