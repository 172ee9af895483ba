#!/usr/bin/env node
// The README's two commands: `npm run demo` and `npm test`. Needs only Node 20 and npm: pnpm is fetched with npx
// when it is not installed, and dependencies are installed on first use.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pnpmCommand as sharedPnpmCommand } from './lib/pnpm.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env, ...options });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function must(cmd, args, what) {
  const status = run(cmd, args);
  if (status !== 0) {
    console.error(`\n✗ ${what} failed (exit ${status})`);
    process.exit(status);
  }
}

const pnpmCommand = () => sharedPnpmCommand(env);
const p = (args, what) => must(pnpmCommand()[0], [...pnpmCommand().slice(1), ...args], what);

/**
 * One SHA-256 over the files under the given paths (relative to the repository; directories walked, skipping
 * node_modules, build output and tests): what a build's output depends on, so it is redone only when they change.
 */
function sourcesHash(paths, skip = () => false) {
  const hash = createHash('sha256');
  const walk = (abs) => {
    if (!existsSync(abs)) return;
    const rel = relative(root, abs);
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs).sort()) {
        if (['node_modules', 'dist', '.turbo', 'coverage'].includes(name)) continue;
        walk(join(abs, name));
      }
    } else if (!/\.test\.tsx?$/.test(rel) && !skip(rel)) {
      hash.update(`${rel}\0`).update(readFileSync(abs)).update('\0');
    }
  };
  for (const path of paths) walk(join(root, path));
  return hash.digest('hex');
}
const inDirs = (dir) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((name) => `${dir}/${name}`) : [];
const workspaceManifests = () => [
  'package.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  ...['apps', 'packages', 'plugins'].flatMap(inDirs).map((d) => `${d}/package.json`),
  'tests/package.json',
  'bench/package.json',
];
const markerOk = (marker, hash) => existsSync(marker) && readFileSync(marker, 'utf8').trim() === hash;

function install({ skipWhenUnchanged = false } = {}) {
  const modules = join(root, 'node_modules/.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  if (!existsSync(lock)) throw new Error('pnpm-lock.yaml is missing');
  // What was installed last time; `npm run demo` skips pnpm when no manifest or the lockfile changed since.
  const marker = join(root, 'node_modules/.jiceng-installed.sha256');
  const hash = sourcesHash(workspaceManifests());
  if (skipWhenUnchanged && existsSync(modules) && markerOk(marker, hash)) {
    console.log('dependencies up to date (no package.json or lockfile changed since the last install)');
    return;
  }
  const fresh = !existsSync(modules) || readFileSync(modules, 'utf8').length === 0;
  if (fresh || process.env.CI) p(['install', '--frozen-lockfile'], 'installing dependencies');
  else p(['install', '--prefer-offline'], 'installing dependencies');
  writeFileSync(marker, `${hash}\n`);
}

/**
 * Runs `build` unless `marker` records the same sources hash as now and the output `fingerprint()` it saw then;
 * records both after a successful build. The marker lives outside the output directory: `npm test`'s turbo build
 * empties apps/web/dist and rebuilds it from the same sources, which must not make the next `npm run demo` build
 * the shell again (the fingerprint, index.html naming the content-hashed assets, is then unchanged).
 */
function buildWhenChanged(what, marker, hash, build, fingerprint = () => '') {
  const current = () => `${hash} ${fingerprint()}`.trim();
  if (markerOk(marker, current())) {
    console.log(`${what} up to date (sources unchanged since the last build)`);
    return;
  }
  build();
  mkdirSync(dirname(marker), { recursive: true });
  writeFileSync(marker, `${current()}\n`);
}

/** The web build's index.html (it names the content-hashed assets), or why there is no complete build. */
function webBuildFingerprint() {
  const dist = join(root, 'apps/web/dist');
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return 'missing';
  const html = readFileSync(index, 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]);
  if (!assets.every((a) => existsSync(join(dist, a)))) return 'incomplete';
  return createHash('sha256').update(html).digest('hex');
}

function step(title) {
  console.log(`\n▶ ${title}`);
}

/** What `npm run demo` needs before it starts: dependencies, the web shell and the server bundle, each when stale. */
function prepare() {
  step('installing dependencies');
  install({ skipWhenUnchanged: true });
  step('building the web shell');
  // The shell's own sources, the shared UI and every plugin's web side (server code does not reach the browser).
  const pluginDirs = inDirs('plugins');
  const webHash = sourcesHash(
    ['apps/web', 'packages/ui', 'packages/plugin-kit', ...pluginDirs, 'pnpm-lock.yaml'],
    (rel) => /^plugins\/[^/]+\/src\/server\//.test(rel),
  );
  buildWhenChanged(
    'web shell',
    join(root, 'node_modules/.cache/jiceng/web-shell.sha256'),
    webHash,
    () => p(['--filter', '@jiceng/web', 'build'], 'building the web shell'),
    webBuildFingerprint,
  );
  step('bundling the server');
  // Plain Node at every start instead of compiling the TypeScript with tsx each time. The bundle imports npm
  // packages by absolute path, so the checkout's location is part of what it depends on.
  const cliHash = `${sourcesHash(['apps/api', 'packages', ...pluginDirs, 'pnpm-lock.yaml'])} ${root}`;
  buildWhenChanged('server bundle', join(root, 'apps/api/dist/cli/.sources.sha256'), cliHash, () =>
    must('node', ['apps/api/scripts/bundle.mjs'], 'bundling the server'),
  );
}

function demo() {
  prepare();
  step(
    process.env.DATABASE_URL
      ? 'starting the demo (PostgreSQL at DATABASE_URL; first start seeds five cities)'
      : 'starting the demo (embedded PostgreSQL via PGlite; first start seeds five cities)',
  );
  must('node', ['apps/api/dist/cli/cli.mjs', 'demo'], 'the demo');
}

/**
 * Starts `cmd args` with its output kept (not printed) and resolves, once it exits, to its status, output and
 * seconds; `started.child` is the process (to stop it).
 */
function start(cmd, args, options = {}) {
  const began = Date.now();
  const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const done = new Promise((resolve) => {
    child.on('error', (e) => resolve({ status: 1, output: `${output}${e.message}\n`, seconds: 0 }));
    child.on('close', (status) =>
      resolve({ status: status ?? 1, output, seconds: Math.round((Date.now() - began) / 1000) }),
    );
  });
  return Object.assign(done, { child });
}
const startPnpm = (args, options) => start(pnpmCommand()[0], [...pnpmCommand().slice(1), ...args], options);

async function test() {
  const started = Date.now();
  // Seconds per phase, printed at the end: where the wall time of `npm test` goes.
  const phases = [];
  step('installing dependencies');
  const installStart = Date.now();
  install();
  phases.push(`install ${Math.round((Date.now() - installStart) / 1000)} s`);
  step('lint and format check (Biome), import boundaries, type check (tsc) and build (turbo), at once');
  // Each is one process mostly on one core, so they run side by side; the tests start once the quick checks and
  // the build (the browser tests serve apps/web/dist) are done, while the type check (the longest) still runs.
  // Lint rules and the formatter in one pass (`npm run format` fixes the formatting). Errors only: warnings
  // (explicit `any`) are counted against their budget, not printed by the hundred.
  const checks = [
    [
      'lint',
      'lint and format check',
      startPnpm(['exec', 'biome', 'check', '--assist-enabled=false', '--diagnostic-level=error', '.']),
    ],
    ['boundaries', 'import boundary check', start('node', ['scripts/check-boundaries.mjs'])],
    ['any budget', 'explicit-any budget', start('node', ['scripts/check-any-budget.mjs'])],
    ['build', 'build', startPnpm(['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'])],
  ];
  // One type-check program over the repo (tsconfig.check.json): every source once, not once per package that
  // imports it; incremental, so a second run re-checks only what changed.
  const typeCheck = startPnpm(['exec', 'tsc', '-p', 'tsconfig.check.json']);
  const report = (name, what, r) => {
    if (r.output.trim()) process.stdout.write(r.output.endsWith('\n') ? r.output : `${r.output}\n`);
    phases.push(`${name} ${r.seconds} s`);
    if (r.status !== 0) console.error(`\n✗ ${what} failed (exit ${r.status})`);
    return r.status;
  };
  for (const [name, what, running] of checks) {
    const status = report(name, what, await running);
    if (status !== 0) {
      typeCheck.child.kill();
      process.exit(status);
    }
  }
  step(
    `tests on PGlite${process.env.TEST_DATABASE_URL ? ' and PostgreSQL' : ' (set TEST_DATABASE_URL=postgres://… to add PostgreSQL)'} (the type check goes on meanwhile)`,
  );
  const testsStart = Date.now();
  const results = join(root, 'node_modules/.cache/vitest-results.json');
  rmSync(results, { force: true });
  // Its own process group, so a failed type check stops it with its workers, servers and browsers.
  const tests = start(
    pnpmCommand()[0],
    [
      ...pnpmCommand().slice(1),
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${results}`,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'], detached: true },
  );
  const stopTests = () => {
    try {
      process.kill(-tests.child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('SIGINT', stopTests);
  process.on('SIGTERM', stopTests);
  const typed = await typeCheck;
  console.log('\n▶ type check (tsc) done');
  if (report('type check', 'type check', typed) !== 0) {
    stopTests();
    await tests;
    process.exit(typed.status);
  }
  const { status } = await tests;
  if (existsSync(results)) {
    const r = JSON.parse(readFileSync(results, 'utf8'));
    const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    phases.push(`tests ${Math.round((Date.now() - testsStart) / 1000)} s`);
    console.log(`\nwhole suite in ${Math.round((Date.now() - started) / 1000)} s (${phases.join(', ')})`);
    // The plain closing line CI reads.
    console.log(
      `${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
    );
  }
  process.exit(status);
}

const command = process.argv[2];
if (command === 'demo') demo();
else if (command === 'build') prepare();
else if (command === 'test') await test();
else {
  console.error('usage: node scripts/jiceng.mjs demo|build|test');
  process.exit(2);
}
