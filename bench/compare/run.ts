// Bench: every indicator of every model for all five demo cities in one request, against a plain count(*) over the
// same members in the same run. Usage: pnpm --filter @jiceng/bench compare [--pglite-only] [--runs 5]
import { DEMO_CITIES, installedPlugins, seedDemo } from '@jiceng/api';
import {
  coreMigrationSet,
  createApp,
  createDatabase,
  type DatabaseHandle,
  migrateToLatest,
  pluginSchemaName,
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
    let indicators = 0;
    const compare = await median(runs, async () => {
      const r = await app.request(
        `http://localhost/api/compare?targets=${targets}&from=${year}-01-01&to=${year}-12-31`,
        { headers: { cookie } },
      );
      if (r.status !== 200) throw new Error(`compare answered ${r.status}: ${await r.text()}`);
      const body = (await r.json()) as { columns: { values: Record<string, unknown> }[] };
      indicators = body.columns.reduce((n, c) => n + Object.keys(c.values).length, 0);
    });
    const members = (await sql<{ n: number }>`select count(*)::int as n from core.member`.execute(handle.db))
      .rows[0]!.n;
    const baseline = await median(runs, () => sql`select count(*) from core.member`.execute(handle.db));
    console.log(
      `${kind.padEnd(8)} compare(5 cities, ${indicators} values) ${fmt(compare)} | count(*) over ${members} members ${fmt(baseline)} | ratio ${(compare / baseline).toFixed(1)}×`,
    );
  } finally {
    await handle.close();
    await drop();
  }
}

console.log(`compare bench: median of ${runs} runs after a warm-up`);
await bench('pglite');
if (!args.includes('--pglite-only')) await bench('postgres');
