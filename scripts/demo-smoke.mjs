#!/usr/bin/env node
// CI's check of the README's first command: `npm run demo` exactly as a new user runs it, on a fresh PGlite data
// directory and a port of its own, until it is ready; then log in as `admin`, compare the five demo cities and open
// each model's dashboard. Prints the time to ready; a first start slower than --limit seconds (default 120) fails.
// The demo runs in its own process group and is stopped (the whole group) on every way out, failures included.
//
//   node scripts/demo-smoke.mjs [--port 3299] [--limit 120] [--data-dir <dir>] [--timeout 900]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const port = Number(arg('port', process.env.DEMO_SMOKE_PORT || '3299'));
const limitS = Number(arg('limit', '120'));
const timeoutS = Number(arg('timeout', '900'));
const givenDir = arg('data-dir', '');
const scratch = givenDir ? null : mkdtempSync(join(tmpdir(), 'jiceng-demo-smoke-'));
// A directory whose parent does not exist yet, as `.data/pglite` in a fresh clone.
const dataDir = givenDir || join(scratch, 'data', 'pglite');
const CITIES = ['longyan', 'gulou', 'jinan', 'fugu', 'luqiao'];
const DASHBOARDS = {
  longyan: ['longyan-return-home', '/dashboard'],
  gulou: ['gulou-grid-alliance', '/dashboard'],
  jinan: ['jinan-standards', '/analysis'],
  fugu: ['fugu-dual-link', '/dashboard'],
  luqiao: ['luqiao-regional', '/dashboard'],
};

const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const child = spawn('npm', ['run', 'demo'], {
  cwd: root,
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', JICENG_DATA_DIR: dataDir, DATABASE_URL: '' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let exited = null;
child.on('exit', (code, signal) => {
  exited = { code, signal };
});

let stopping;
function stop() {
  stopping ??= new Promise((resolve) => {
    if (exited) return resolve();
    const kill = (sig) => {
      try {
        process.kill(-child.pid, sig);
      } catch {}
    };
    kill('SIGTERM');
    const hard = setTimeout(() => kill('SIGKILL'), 15_000);
    child.on('exit', () => {
      clearTimeout(hard);
      resolve();
    });
  });
  return stopping;
}
async function finish(code, message) {
  if (message) console.error(message);
  await stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => finish(1, `demo smoke: ${sig}`));
process.on('uncaughtException', (e) => finish(1, `demo smoke failed: ${e?.stack ?? e}`));
process.on('exit', () => {
  // Last resort if something exits without finish(): never leave the demo running.
  if (!exited)
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
});

const ready = new Promise((resolve, reject) => {
  let out = '';
  const watch = (stream, sink) =>
    stream.on('data', (b) => {
      sink.write(b);
      out = (out + b.toString()).slice(-20_000);
      const m = out.match(/is running at (\S+)\s+\(ready in ([\d.]+) s/);
      if (m) resolve({ url: m[1], serverS: Number(m[2]), wallMs: Date.now() - started });
    });
  watch(child.stdout, process.stdout);
  watch(child.stderr, process.stderr);
  child.on('exit', (code, signal) =>
    reject(new Error(`npm run demo exited (${signal ?? code}) before it was ready`)),
  );
  setTimeout(() => reject(new Error(`not ready after ${timeoutS} s`)), timeoutS * 1000).unref();
});

async function check(base) {
  // The web shell: a stranger opens the address in a browser, at the root and at a deep link.
  for (const path of ['/', '/c/fugu']) {
    const r = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
    const body = await r.text();
    if (
      r.status !== 200 ||
      !(r.headers.get('content-type') ?? '').includes('text/html') ||
      !body.includes('<script')
    )
      throw new Error(
        `GET ${path}: no web shell (HTTP ${r.status}, ${r.headers.get('content-type')}): ${body.slice(0, 200)}`,
      );
    const script = body.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    const asset = script ? await fetch(`${base}${script}`) : undefined;
    if (!asset || asset.status !== 200)
      throw new Error(`GET ${path}: the page's script ${script} does not load`);
    await asset.arrayBuffer();
    console.log(`  ✓ ${path}  web shell and ${script}`);
  }
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'jiceng-demo' }),
  });
  if (login.status !== 200) throw new Error(`login as admin: HTTP ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const get = async (path) => {
    const t = Date.now();
    const r = await fetch(`${base}${path}`, { headers: { cookie } });
    const body = await r.text();
    if (r.status !== 200) throw new Error(`GET ${path}: HTTP ${r.status} ${body.slice(0, 300)}`);
    console.log(`  ✓ ${path}  ${r.status}  ${seconds(Date.now() - t)}`);
    return JSON.parse(body);
  };
  const year = new Date().getFullYear();
  const compare = await get(`/api/compare?targets=${CITIES.join(',')}&from=${year}-01-01&to=${year}-12-31`);
  if (compare.columns?.length !== CITIES.length)
    throw new Error(`/api/compare: ${compare.columns?.length} columns for ${CITIES.length} cities`);
  for (const [city, [plugin, path]] of Object.entries(DASHBOARDS))
    await get(`/api/cities/${city}/plugins/${plugin}${path}`);
}

try {
  const r = await ready;
  const limit = r.serverS > limitS ? ` — over the ${limitS} s limit` : '';
  console.log(`\ndemo smoke: checking ${r.url} as admin`);
  await check(r.url);
  console.log(
    `demo smoke: first start ready in ${r.serverS} s (server: open, migrate, seed, serve); ${seconds(r.wallMs)} from \`npm run demo\` including install and builds${limit}`,
  );
  await finish(
    limit ? 1 : 0,
    limit ? `✗ demo smoke: first start took ${r.serverS} s (limit ${limitS} s)` : '',
  );
} catch (e) {
  await finish(1, `✗ demo smoke failed: ${e instanceof Error ? e.message : e}`);
}
