// `npm run demo`'s time to ready: a first start (empty database: migrate and seed five cities) and a later start
// (the same database again), on PGlite and PostgreSQL, interleaved, medians. Run by hand on a quiet machine:
//
//   pnpm --filter @jiceng/bench run demo-start [--repeat 3] [--db pglite,postgres] [--port 3290]
//
// PostgreSQL from BENCH_DATABASE_URL or DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test (a superuser:
// it creates and drops the database jiceng_bench_demo). Each start is `npm run demo` exactly as the README runs it,
// with PORT and JICENG_DATA_DIR / DATABASE_URL set; the install and the builds are already done (the first run's
// are not counted: `node scripts/jiceng.mjs build` runs first).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshPostgres } from '../lib';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const repeat = Number(arg('repeat', '3'));
const dbs = arg('db', 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
const port = Number(arg('port', '3290'));
const pgUrl =
  process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

interface Start {
  /** From spawning `npm run demo` to the ready line. */
  wallMs: number;
  /** What the server itself printed: from its process start (open, migrate, seed, serve). */
  serverMs: number;
  load: number;
}

let running: ChildProcess | null = null;
const killGroup = (p: ChildProcess, sig: NodeJS.Signals) => {
  try {
    process.kill(-p.pid!, sig);
  } catch {}
};
process.on('exit', () => running && killGroup(running, 'SIGKILL'));
process.on('SIGINT', () => process.exit(130));

async function start(env: Record<string, string>): Promise<Start> {
  const t = Date.now();
  const load = loadavg()[0]!;
  const p = spawn('npm', ['run', 'demo'], {
    cwd: root,
    env: { ...process.env, JICENG_SCHEDULER: 'off', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running = p;
  let out = '';
  const serverS = await new Promise<number>((resolve, reject) => {
    const on = (b: Buffer) => {
      out = (out + b.toString()).slice(-20_000);
      const m = out.match(/\(ready in ([\d.]+) s/);
      if (m) resolve(Number(m[1]));
    };
    p.stdout!.on('data', on);
    p.stderr!.on('data', on);
    p.on('exit', (code) =>
      reject(new Error(`npm run demo exited (${code}) before ready:\n${out.slice(-3000)}`)),
    );
  });
  const wallMs = Date.now() - t;
  await new Promise<void>((resolve) => {
    p.on('exit', () => resolve());
    killGroup(p, 'SIGTERM');
    setTimeout(() => killGroup(p, 'SIGKILL'), 15_000).unref();
  });
  running = null;
  return { wallMs, serverMs: serverS * 1000, load };
}

/** A fresh database for one first start; returns the environment for `npm run demo` and how to throw it away. */
async function fresh(
  db: 'pglite' | 'postgres',
): Promise<{ env: Record<string, string>; drop: () => Promise<unknown> }> {
  if (db === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'jiceng-bench-demo-'));
    return {
      env: { JICENG_DATA_DIR: join(dir, 'pglite'), DATABASE_URL: '' },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const pgdb = await freshPostgres(pgUrl, 'jiceng_bench_demo');
  return { env: { DATABASE_URL: pgdb.url }, drop: pgdb.drop };
}

const results: Record<string, { first: Start[]; later: Start[] }> = {};
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Warm-up: installs and builds whatever is out of date, so no measured start pays for it.
{
  const r = spawnSync('node', ['scripts/jiceng.mjs', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('node scripts/jiceng.mjs build failed');
}

for (let i = 0; i < repeat; i++) {
  for (const db of dbs) {
    const f = await fresh(db);
    try {
      const first = await start(f.env);
      const later = await start(f.env);
      const r = results[db] ?? { first: [], later: [] };
      r.first.push(first);
      r.later.push(later);
      results[db] = r;
      console.error(
        `run ${i + 1} ${db}: first ${s(first.serverMs)} (${s(first.wallMs)} wall, load ${first.load.toFixed(1)}), later ${s(later.serverMs)} (${s(later.wallMs)} wall, load ${later.load.toFixed(1)})`,
      );
    } finally {
      await f.drop();
    }
  }
}

console.log(
  `\ndemo start, median of ${repeat} (server = the demo's own "ready in"; wall = from \`npm run demo\`)`,
);
console.log(
  '| database   | first start (server) | first (wall) | later start (server) | later (wall) | load (1 min) |',
);
console.log(
  '|------------|---------------------:|-------------:|---------------------:|-------------:|-------------:|',
);
for (const [db, r] of Object.entries(results)) {
  const loads = [...r.first, ...r.later].map((x) => x.load);
  console.log(
    `| ${db.padEnd(10)} | ${s(med(r.first.map((x) => x.serverMs))).padStart(20)} | ${s(med(r.first.map((x) => x.wallMs))).padStart(12)} | ${s(med(r.later.map((x) => x.serverMs))).padStart(20)} | ${s(med(r.later.map((x) => x.wallMs))).padStart(12)} | ${`${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`.padStart(12)} |`,
  );
}
