// Bench scenarios at scale for the shared indicators (issue 19, "Fast"), PostgreSQL only:
// --scale10: Longyan's demo city seeded at 10× its members (≈375,000 in-service, the model's own rows that are
//   per-member rates grow with them: reports, service records, post claims), beside the other four demo cities.
//   Measures the five-city shared compare (snapshots, target ≤ 1 s), Longyan's shared indicators live
//   (durationMs) and the 12-month snapshot refresh of that city.
// --keep (with --scale10): the database is kept for EXPLAIN by hand.
// --cities20: Longyan's demo city alone, then with 20 more cities loaded (demo seeds with new codes, a quarter of
//   the members each, four of every model): Longyan's shared figures live for a custom range before and after
//   (target ≤ 1.1×). Both scenarios EXPLAIN ANALYZE the live queries of one city and write the plans to
//   /tmp/jiceng-bench-explain-<scenario>-<step>.txt; the lines printed are the scans (does any read another city?).
import { writeFileSync } from 'node:fs';
import { DEMO_CITIES, installedPlugins, seedDemo } from '@jiceng/api';
import {
  type CitySources,
  citySources,
  computeLive,
  coreMigrationSet,
  createApp,
  createDatabase,
  type DatabaseHandle,
  migrateToLatest,
  pluginSchemaName,
  silentLogger,
  systemClock,
} from '@jiceng/core';
import { type CitySpec, DEMO_PASSWORD } from '@jiceng/core/demo';
import { type CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { fmt, freshPostgres, median } from '../lib';

interface Body {
  columns: {
    city: { code: string };
    values: Record<string, { source?: string; durationMs: number; value: { status: string } }>;
  }[];
}

const times = (members: CitySpec['members'], k: number) =>
  Object.fromEntries(Object.entries(members).map(([c, n]) => [c, Math.round(n * k)])) as CitySpec['members'];

async function setUp(url: string, name: string) {
  const fresh = await freshPostgres(url, name);
  const handle = await createDatabase({ url: fresh.url });
  await migrateToLatest(handle.db, [
    coreMigrationSet,
    ...installedPlugins.map((p) => ({ name: pluginSchemaName(p.id), migrations: p.migrations })),
  ]);
  return { handle, url: fresh.url, drop: fresh.drop };
}

async function seed(handle: DatabaseHandle, cities: CitySpec[]) {
  const t0 = Date.now();
  let last = '';
  const steps: { city: string; step: string; ms: number }[] = [];
  await seedDemo(handle.db, installedPlugins, {
    logger: silentLogger,
    cities,
    onStep: (s) => steps.push(s),
    progress: (city, step) => {
      const line = `${city} ${step}`;
      if (line !== last) process.stderr.write(`\r  seeding ${line.padEnd(60)}`);
      last = line;
    },
  });
  await sql`analyze`.execute(handle.db);
  const slow = steps.sort((a, b) => b.ms - a.ms).slice(0, 3);
  process.stderr.write(
    `\r  seeded ${cities.length} cities in ${((Date.now() - t0) / 1000).toFixed(1)} s (slowest: ${slow
      .map((s) => `${s.city} ${s.step} ${(s.ms / 1000).toFixed(1)} s`)
      .join('; ')})${' '.repeat(10)}\n`,
  );
  return steps;
}

async function session(handle: DatabaseHandle) {
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
  return async (path: string) => {
    const r = await app.request(`http://localhost${path}`, { headers: { cookie } });
    if (r.status !== 200) throw new Error(`${path} answered ${r.status}: ${await r.text()}`);
    return r.json() as Promise<Body>;
  };
}

async function cityOf(handle: DatabaseHandle, code: string) {
  const city = (
    await sql<{ id: number; members: number }>`
      select c.id, (select count(*)::int from core.member m where m.city_id = c.id) as members
      from core.city c where c.code = ${code}`.execute(handle.db)
  ).rows[0]!;
  const deps = { db: handle.db, clock: systemClock, logger: silentLogger, plugins: installedPlugins };
  return { ...city, sources: await citySources(deps, city.id) };
}

function reporter(baseline: number) {
  return (what: string, ms: number, extra = '') =>
    console.log(
      `postgres ${what.padEnd(52)} ${fmt(ms).padStart(10)}  ${(ms / baseline).toFixed(1).padStart(6)}× count${extra}`,
    );
}

async function countBaseline(handle: DatabaseHandle, runs: number) {
  const members = (await sql<{ n: number }>`select count(*)::int as n from core.member`.execute(handle.db))
    .rows[0]!.n;
  const baseline = await median(runs, () => sql`select count(*) from core.member`.execute(handle.db));
  console.log(`postgres ${`count(*) over ${members} members`.padEnd(52)} ${fmt(baseline).padStart(10)}`);
  return baseline;
}

/** Median wall time of a one-city live compare and the median durationMs the API reports for it. */
async function oneCityLive(
  get: Awaited<ReturnType<typeof session>>,
  code: string,
  from: string,
  to: string,
  runs: number,
) {
  const durations: number[] = [];
  const wall = await median(runs, async () => {
    const body = await get(`/api/compare?targets=${code}&from=${from}&to=${to}&set=shared`);
    const values = Object.values(body.columns[0]!.values);
    if (values.some((v) => v.source !== 'live')) throw new Error('expected live values');
    durations.push(Math.max(...values.map((v) => v.durationMs)));
  });
  durations.shift(); // the warm-up
  durations.sort((a, b) => a - b);
  return { wall, durationMs: durations[Math.floor(durations.length / 2)]! };
}

/**
 * The live queries of one city, run on a logging connection, then each EXPLAIN ANALYZEd with its parameters.
 * Returns the lines that say what was read: scans with their relation and rows, and the execution times.
 */
async function explainLive(
  url: string,
  cityId: number,
  sources: CitySources,
  from: string,
  to: string,
  file: string,
) {
  const captured: CompiledQuery[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const db = new Kysely<never>({
    dialect: new PostgresDialect({ pool }),
    log: (e) => {
      if (e.level === 'query') captured.push(e.query);
    },
  });
  const out: string[] = [];
  const full: string[] = [];
  try {
    await computeLive(db as never, cityId, sources, { from, to }, [{ id: 0, path: null }]);
    for (const q of captured) {
      const plan = await pool.query(`explain (analyze, buffers) ${q.sql}`, q.parameters as unknown[]);
      const lines = plan.rows.map((r) => String(r['QUERY PLAN']));
      full.push(q.sql, '', ...lines, '', '-----', '');
      const name = /from \(select .*? from "?(p_[a-z_]+)"?\."?(outcome_[a-z]+)/.exec(q.sql);
      out.push(`  query ${name ? `${name[1]}.${name[2]}` : q.sql.slice(0, 60).replace(/\s+/g, ' ')}:`);
      for (const l of lines)
        if (
          /Seq Scan|Index Scan|Index Only Scan|Bitmap Heap Scan|Execution Time|Planning Time|Rows Removed by Filter/.test(
            l,
          )
        )
          out.push(`    ${l.trim().replace(/\(cost=[^)]*\)\s*/, '')}`);
    }
  } finally {
    await db.destroy();
  }
  writeFileSync(file, full.join('\n'));
  return out;
}

export async function scale10(pgUrl: string, runs: number, keep = false) {
  console.log(
    `\n--scale10: Longyan at 10× members beside the other four demo cities (median of ${runs} runs)`,
  );
  const { handle, url, drop } = await setUp(pgUrl, 'jiceng_bench_scale10');
  try {
    const steps = await seed(
      handle,
      DEMO_CITIES.map((c) => (c.code === 'longyan' ? { ...c, members: times(c.members, 10) } : c)),
    );
    const get = await session(handle);
    const baseline = await countBaseline(handle, runs);
    const line = reporter(baseline);
    const longyan = await cityOf(handle, 'longyan');
    console.log(`postgres   longyan: ${longyan.members} members`);
    const targets = DEMO_CITIES.map((c) => c.code).join(',');
    const year = new Date().getFullYear();
    const today = new Date().toISOString().slice(0, 10);
    let body: Body = { columns: [] };
    const shared = await median(runs, async () => {
      body = await get(`/api/compare?targets=${targets}&from=${year}-01-01&to=${year}-12-31&set=shared`);
    });
    const values = body.columns.flatMap((c) => Object.values(c.values));
    const sources = [...new Set(values.map((v) => v.source))].join('/');
    const ok = values.filter((v) => v.value.status === 'ok').length;
    line(
      'compare shared, 5 cities, this year (target ≤ 1 s)',
      shared,
      `  (${ok}/${values.length} ok, ${sources})`,
    );
    const live5 = await median(Math.min(runs, 3), async () => {
      body = await get(`/api/compare?targets=${targets}&from=${year}-01-02&to=${today}&set=shared`);
    });
    line('compare shared, 5 cities, custom range (live)', live5);
    const one = await oneCityLive(get, 'longyan', `${year}-01-02`, today, runs);
    line('compare shared, longyan alone, custom range (wall)', one.wall);
    line('  longyan: all shared, live (durationMs)', one.durationMs);
    // The 12-month refresh (every month, its quarters, halves and year) is the seed's last step of the city, the
    // same refreshCity call as the nightly job's first run: timed there, not run a second time (minutes at 10×).
    const refresh = steps.find((s) => s.city === 'longyan' && s.step === 'outcome snapshots');
    if (refresh) line('refresh longyan snapshots, 12 months (seed step, once)', refresh.ms);
    for (const l of await explainLive(
      url,
      longyan.id,
      longyan.sources,
      `${year}-01-02`,
      today,
      '/tmp/jiceng-bench-explain-scale10.txt',
    ))
      console.log(l);
  } finally {
    await handle.close();
    // --keep: the database stays for EXPLAIN by hand (minutes to seed again).
    if (keep) console.log(`kept ${url}`);
    else await drop();
  }
}

export async function cities20(pgUrl: string, runs: number) {
  console.log(`\n--cities20: Longyan alone, then with 20 more cities loaded (median of ${runs} runs)`);
  const { handle, url, drop } = await setUp(pgUrl, 'jiceng_bench_cities20');
  try {
    const longyanSpec = DEMO_CITIES.find((c) => c.code === 'longyan')!;
    await seed(handle, [longyanSpec]);
    const get = await session(handle);
    const year = new Date().getFullYear();
    const today = new Date().toISOString().slice(0, 10);
    const from = `${year}-01-02`;
    const longyan = await cityOf(handle, 'longyan');
    const measure = async (label: string) => {
      const line = reporter(await countBaseline(handle, runs));
      const r = await oneCityLive(get, 'longyan', from, today, runs);
      line(`longyan shared, custom range, ${label} (wall)`, r.wall);
      line(`longyan shared, custom range, ${label} (durationMs)`, r.durationMs);
      for (const l of await explainLive(
        url,
        longyan.id,
        longyan.sources,
        from,
        today,
        `/tmp/jiceng-bench-explain-cities20-${label.replace(/\W+/g, '-')}.txt`,
      ))
        console.log(l);
      return r;
    };
    const alone = await measure('alone');
    // 20 more: four of every demo model, a quarter of the members each, new codes and area codes.
    const more: CitySpec[] = Array.from({ length: 20 }, (_, i) => {
      const base = DEMO_CITIES[i % DEMO_CITIES.length]!;
      return {
        ...base,
        code: `${base.code}-c${i + 1}`,
        nameZh: `${base.nameZh}${i + 1}`,
        nameEn: `${base.nameEn} ${i + 1}`,
        areaCode: `${base.areaCode.slice(0, 2)}${String(50 + i)}`,
        members: times(base.members, 0.25),
      };
    });
    await seed(handle, more);
    const loaded = await measure('with 20 more');
    console.log(
      `postgres ratio with 20 more / alone: wall ${(loaded.wall / alone.wall).toFixed(2)}×, durationMs ${(
        loaded.durationMs / alone.durationMs
      ).toFixed(2)}× (target ≤ 1.1×)`,
    );
  } finally {
    await handle.close();
    await drop();
  }
}
