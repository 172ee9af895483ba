#!/usr/bin/env node
// The README's two commands: `npm run demo` and `npm test`. Needs only Node 20 and npm: pnpm is fetched with npx
// when it is not installed, and dependencies are installed on first use.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

function install() {
  const marker = join(root, 'node_modules/.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  const fresh = !existsSync(marker) || readFileSync(marker, 'utf8').length === 0;
  if (fresh || process.env.CI) p(['install', '--frozen-lockfile'], 'installing dependencies');
  else p(['install', '--prefer-offline'], 'installing dependencies');
  if (!existsSync(lock)) throw new Error('pnpm-lock.yaml is missing');
}

function step(title) {
  console.log(`\n▶ ${title}`);
}

function demo() {
  step('installing dependencies');
  install();
  step('building the web shell');
  p(['--filter', '@jiceng/web', 'build'], 'building the web shell');
  step('starting the demo (embedded PostgreSQL via PGlite; first start seeds five cities)');
  p(['--filter', '@jiceng/api', 'demo'], 'the demo');
}

function test() {
  const started = Date.now();
  step('installing dependencies');
  install();
  step('lint (Biome), import boundaries, type check (tsc) and build (turbo)');
  p(['exec', 'biome', 'lint', '.'], 'lint');
  must('node', ['scripts/check-boundaries.mjs'], 'import boundary check');
  // One type-check program over the repo (tsconfig.check.json): every source once, not once per package that
  // imports it; incremental, so a second run re-checks only what changed. Then the web build.
  p(['exec', 'tsc', '-p', 'tsconfig.check.json'], 'type check');
  p(['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], 'build');
  step(
    `tests on PGlite${process.env.TEST_DATABASE_URL ? ' and PostgreSQL' : ' (set TEST_DATABASE_URL=postgres://… to add PostgreSQL)'}`,
  );
  const results = join(root, 'node_modules/.cache/vitest-results.json');
  rmSync(results, { force: true });
  const status = run(pnpmCommand()[0], [
    ...pnpmCommand().slice(1),
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}`,
  ]);
  if (existsSync(results)) {
    const r = JSON.parse(readFileSync(results, 'utf8'));
    const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    console.log(`\nwhole suite in ${Math.round((Date.now() - started) / 1000)} s`);
    // The plain closing line CI reads.
    console.log(
      `${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
    );
  }
  process.exit(status);
}

const command = process.argv[2];
if (command === 'demo') demo();
else if (command === 'test') test();
else {
  console.error('usage: node scripts/jiceng.mjs demo|test');
  process.exit(2);
}
