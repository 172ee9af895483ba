// Bench (issue 21): the CPU one in-process API request costs on PGlite, whose work runs on this process's one
// thread (the security suites send ~12,000 of them per database). Each request kind is timed against `select 1`
// through the same kysely handle in the same run, so the ratio says how many trivial queries a request is worth.
//  - health: GET /api/health (no database: the HTTP stack alone);
//  - 401: an authenticated route without a session cookie;
//  - core GET: /api/cities/<code>/orgs as the city admin (login check + city scope + one list);
//  - plugin GETs: every plugin GET whose only path parameter is the city, as the city admin (login, city scope,
//    enablement and config, then the route).
// Usage: pnpm --filter @jiceng/bench run requests [--rounds 3]
import { installedPlugins } from '@jiceng/api';
import { createApp, manualClock, pluginContext, pluginSchemaName, silentLogger } from '@jiceng/core';
import { DEMO_PASSWORD, seedCity, seededRandom, seedPlatformAdmin, smallCitySpec } from '@jiceng/core/demo';
import { createTestDatabase } from '@jiceng/core/testing';
import { sql } from 'kysely';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 3;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const plugins = installedPlugins;
const handle = await createTestDatabase(
  'pglite',
  plugins.map((p) => ({ name: pluginSchemaName(p.id), migrations: p.migrations })),
);
const db = handle.db;
const clock = manualClock('2026-06-15T02:00:00Z');
await seedPlatformAdmin(db);
const versions = Object.fromEntries(plugins.map((p) => [p.id, p.version]));
const spec = smallCitySpec(
  'ba',
  plugins.map((p) => p.id),
);
const seeded = await db
  .transaction()
  .execute((trx) => seedCity(trx, spec, { random: seededRandom(1), pluginVersions: versions }));
for (const plugin of plugins.filter((p) => p.seed))
  await db.transaction().execute((trx) =>
    plugin.seed!(pluginContext({ db: trx, clock, logger: silentLogger, plugins }, plugin), {
      cityId: seeded.cityId,
      scale: 'small',
      random: seededRandom(2),
      progress: () => {},
    }),
  );
const app = createApp({ db, clock, logger: silentLogger, plugins });
const login = await app.request('http://localhost/api/auth/login', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'ba-admin', password: DEMO_PASSWORD }),
});
if (login.status !== 200) throw new Error(`login: ${login.status}`);
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
const doc = (await (await app.request('http://localhost/api/openapi.json')).json()) as {
  paths: Record<string, { get?: unknown }>;
};
const pluginGets = Object.entries(doc.paths)
  .filter(([path, ops]) => ops.get && /^\/api\/cities\/\{city\}\/plugins\/[^{}]+$/.test(path))
  .map(([path]) => path.replace('{city}', 'ba'));

const get = async (url: string, withCookie = true) => {
  const res = await app.request(`http://localhost${url}`, {
    headers: { 'accept-language': 'en', ...(withCookie ? { cookie } : {}) },
  });
  await res.arrayBuffer();
  return res.status;
};
/** CPU ms per call of `fn`, over `n` calls (after one warm-up call). */
async function perCall(n: number, fn: () => Promise<unknown>) {
  await fn();
  const start = cpuMs();
  for (let i = 0; i < n; i++) await fn();
  return (cpuMs() - start) / n;
}

const results = new Map<string, number[]>();
const add = (name: string, ms: number) => results.set(name, [...(results.get(name) ?? []), ms]);
for (let round = 0; round < rounds; round++) {
  add('select 1', await perCall(300, () => sql`select 1`.execute(db)));
  add('GET /api/health', await perCall(300, () => get('/api/health')));
  add('401 (no cookie)', await perCall(300, () => get('/api/cities/ba/orgs', false)));
  add('core GET /orgs', await perCall(100, () => get('/api/cities/ba/orgs')));
  add(
    `plugin GETs (${pluginGets.length} routes)`,
    await perCall(3, async () => {
      for (const url of pluginGets) await get(url);
    }).then((ms) => ms / pluginGets.length),
  );
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const base = median(results.get('select 1')!);
console.log(`PGlite, ${rounds} rounds, median CPU per request (× select 1 in the same run):`);
for (const [name, xs] of results)
  console.log(`  ${name.padEnd(28)} ${median(xs).toFixed(2)} ms  ×${(median(xs) / base).toFixed(1)}`);
await handle.close();
