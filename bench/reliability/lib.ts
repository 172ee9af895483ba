// Shared by the reliability script and the multi-process deployment script: start the API as a real process,
// wait for readiness, log in, and drive a bounded load on loopback, counting every outcome.
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreMigrationSet, createDatabase, migrateToLatest, pluginSchemaName } from '@jiceng/core';
import { installedPlugins } from '@jiceng/api';
import { seedCity, seededRandom, seedPlatformAdmin, smallCitySpec } from '@jiceng/core/demo';

export const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const CLI = resolve(REPO, 'apps/api/src/cli.ts');
export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
export const pgUrl = () => process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || DEFAULT_PG_URL;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Core and every installed plugin migrated, the platform admin, and one small city `code` (no plugins). */
export async function prepareDatabase(url: string, code: string) {
  const h = await createDatabase({ url, poolSize: 2 });
  try {
    await migrateToLatest(h.db, [
      coreMigrationSet,
      ...installedPlugins.map((p) => ({ name: pluginSchemaName(p.id), migrations: p.migrations })),
    ]);
    await seedPlatformAdmin(h.db);
    const city = await h.db
      .transaction()
      .execute((trx) => seedCity(trx, smallCitySpec(code, []), { random: seededRandom(15) }));
    return city.cityId;
  } finally {
    await h.close();
  }
}

export interface ApiProcess {
  port: number;
  url: string;
  child: ChildProcess;
  alive(): boolean;
  /** SIGKILL: no drain, no cleanup (a crash, an OOM kill). */
  kill(): Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<number | null>;
}

/** `jiceng serve` as its own process (the same command production runs), output to a log file. */
export async function startApi(options: {
  port: number;
  databaseUrl: string;
  log: string;
  env?: Record<string, string>;
}): Promise<ApiProcess> {
  const out = createWriteStream(options.log, { flags: 'a' });
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve'], {
    cwd: REPO,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      JICENG_SCHEDULER: 'off',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  const url = `http://127.0.0.1:${options.port}`;
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const api: ApiProcess = {
    port: options.port,
    url,
    child,
    alive: () => child.exitCode === null && child.signalCode === null,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
  await waitReady(url, 120_000, api);
  return api;
}

/** Polls /api/ready until 200; returns the milliseconds it took. */
export async function waitReady(url: string, timeoutMs: number, api?: ApiProcess): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (api && !api.alive()) throw new Error(`the API on ${url} exited (see its log)`);
    try {
      const r = await fetch(`${url}/api/ready`, { signal: AbortSignal.timeout(2000) });
      if (r.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}

export async function login(url: string, username: string, password: string): Promise<string> {
  const r = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
  return r.headers.get('set-cookie')!.split(';')[0]!;
}

export interface LoadTally {
  requests: number;
  byStatus: Record<string, number>;
  /** Connection refused/reset, timeouts: no HTTP answer at all. */
  networkErrors: number;
  writes: { sent: number; ok: number; failed: number };
  /** 5xx or no answer, by method: a lost GET is a failure of the retry setup; a lost POST may have been in flight. */
  lostByMethod: Record<string, number>;
  /** Each lost request: when (epoch ms), its method, and its status (0: no answer). */
  lost: { at: number; method: string; status: number }[];
  latenciesMs: number[];
}

export const newTally = (): LoadTally => ({
  requests: 0,
  byStatus: {},
  networkErrors: 0,
  writes: { sent: 0, ok: 0, failed: 0 },
  lostByMethod: {},
  lost: [],
  latenciesMs: [],
});

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

/**
 * `clients` loops, each sending one request after another for `seconds`, every request bounded by a timeout.
 * `next(i, n)` picks the request for client i's n-th call.
 */
export async function runLoad(options: {
  url: string | (() => string);
  cookie: string;
  clients: number;
  seconds: number;
  next: (client: number, n: number) => LoadRequest;
  tally: LoadTally;
  timeoutMs?: number;
}) {
  const deadline = Date.now() + options.seconds * 1000;
  const t = options.tally;
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      for (let n = 0; Date.now() < deadline; n++) {
        const req = options.next(client, n);
        const base = typeof options.url === 'function' ? options.url() : options.url;
        const started = performance.now();
        t.requests++;
        if (req.method !== 'GET') t.writes.sent++;
        try {
          const res = await fetch(`${base}${req.path}`, {
            method: req.method,
            headers: {
              cookie: options.cookie,
              ...(req.body !== undefined ? { 'content-type': 'application/json' } : {}),
            },
            body: req.body !== undefined ? JSON.stringify(req.body) : undefined,
            signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
          });
          await res.arrayBuffer();
          t.byStatus[res.status] = (t.byStatus[res.status] ?? 0) + 1;
          if (req.method !== 'GET') res.status < 300 ? t.writes.ok++ : t.writes.failed++;
          if (res.status >= 500) {
            t.lostByMethod[req.method] = (t.lostByMethod[req.method] ?? 0) + 1;
            t.lost.push({ at: Date.now(), method: req.method, status: res.status });
          }
        } catch {
          t.networkErrors++;
          t.lostByMethod[req.method] = (t.lostByMethod[req.method] ?? 0) + 1;
          t.lost.push({ at: Date.now(), method: req.method, status: 0 });
          if (req.method !== 'GET') t.writes.failed++;
        }
        t.latenciesMs.push(performance.now() - started);
      }
    }),
  );
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const count5xx = (t: LoadTally) =>
  Object.entries(t.byStatus)
    .filter(([s]) => Number(s) >= 500)
    .reduce((n, [, c]) => n + c, 0);
