#!/usr/bin/env node
// `npm run check`: lint, import boundaries, type check (one program over the repo) and the web build.
// `npm run check -- --plugin <id>`: the fast path while working on one model — lint, boundaries, one type-check
// program over core, plugin-kit, ui and that plugin (tests included), then core's and that plugin's tests (its
// browser tests in plugins/<id>/e2e are left to `npm test`). Add --postgres to run the tests on PostgreSQL too
// (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test). Add --no-core-tests to run only the plugin's
// own tests (its contract suite included): for a check whose core is unchanged and tested elsewhere, such as the
// scaffolder's test of a new plugin, which runs inside `npm test` where core's tests run anyway.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pnpmCommand } from './lib/pnpm.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
const args = process.argv.slice(2);
const plugin = args.includes('--plugin') ? args[args.indexOf('--plugin') + 1] : undefined;
const coreTests = !args.includes('--no-core-tests');
if (args.includes('--postgres')) env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';

const timings = [];
function step(title, argv) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const [cmd, ...rest] = argv[0] === 'pnpm' ? [...pnpmCommand(env), ...argv.slice(1)] : argv;
  const r = spawnSync(cmd, rest, { cwd: root, stdio: 'inherit', env });
  timings.push(`${title} ${Math.round((Date.now() - started) / 1000)} s`);
  if (r.error) throw r.error;
  if (r.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${r.status})`);
    process.exit(r.status ?? 1);
  }
}

if (!existsSync(join(root, 'node_modules/.modules.yaml')))
  step('installing dependencies', ['pnpm', 'install']);
const started = Date.now();
if (plugin) {
  if (
    !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(plugin) ||
    !existsSync(join(root, 'plugins', plugin, 'package.json'))
  ) {
    console.error(`check: no plugin "${plugin}" in plugins/`);
    process.exit(2);
  }
  step('lint and format (Biome)', [
    'pnpm',
    'exec',
    'biome',
    'check',
    '--assist-enabled=false',
    '--diagnostic-level=error',
    'packages/core',
    'packages/plugin-kit',
    'packages/ui',
    `plugins/${plugin}`,
    'scripts',
  ]);
  step('import boundaries', ['node', 'scripts/check-boundaries.mjs']);
  step('explicit-any budget', ['node', 'scripts/check-any-budget.mjs']);
  // One program for the four packages, incremental (the .tsbuildinfo is kept per plugin in node_modules/.cache).
  const cache = join(root, 'node_modules/.cache/tsc');
  mkdirSync(cache, { recursive: true });
  const tsconfig = join(cache, `check-${plugin}.json`);
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: '../../../tsconfig.base.json',
      compilerOptions: { incremental: true, tsBuildInfoFile: `./check-${plugin}.tsbuildinfo` },
      include: [
        '../../../packages/core/src',
        '../../../packages/plugin-kit/src',
        '../../../packages/ui/src',
        `../../../plugins/${plugin}/src`,
      ],
    }),
  );
  step(`type check (core, plugin-kit, ui, ${plugin})`, ['pnpm', 'exec', 'tsc', '-p', tsconfig]);
  const projects = coreTests ? ['core', plugin] : [plugin];
  step(
    `tests (${projects.join(', ')})${env.TEST_DATABASE_URL ? ' on PGlite and PostgreSQL' : ' on PGlite'}`,
    ['pnpm', 'exec', 'vitest', 'run', ...projects.flatMap((p) => ['--project', p])],
  );
} else {
  step('lint and format (Biome)', [
    'pnpm',
    'exec',
    'biome',
    'check',
    '--assist-enabled=false',
    '--diagnostic-level=error',
    '.',
  ]);
  step('import boundaries', ['node', 'scripts/check-boundaries.mjs']);
  step('explicit-any budget', ['node', 'scripts/check-any-budget.mjs']);
  step('type check (one program over the repo)', ['pnpm', 'exec', 'tsc', '-p', 'tsconfig.check.json']);
  step('build (web shell)', ['pnpm', 'exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
}
console.log(`\n✓ checks passed in ${Math.round((Date.now() - started) / 1000)} s (${timings.join(', ')})`);
