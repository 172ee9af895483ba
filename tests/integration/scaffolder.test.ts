import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { installedPlugins } from '../../apps/api/src/registry';
import { pluginWebApiTypes } from '../../apps/api/src/web-api-types';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const inCI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
/** The contributor's path below runs (CI, or JICENG_SLOW_TESTS): it type-checks and tests a generated plugin too. */
const slowPath = inCI || !!process.env.JICENG_SLOW_TESTS;

/** Today as the scaffolder names the first migration (local time). */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** node_modules of a workspace plugin that has every dependency the template declares (they share one set). */
function pluginNodeModules(): string {
  const template = JSON.parse(readFileSync(join(repo, 'scripts/plugin-template/package.json.tmpl'), 'utf8'));
  const wanted = Object.keys({ ...template.dependencies, ...template.devDependencies });
  for (const id of readdirSync(join(repo, 'plugins'))) {
    const modules = join(repo, 'plugins', id, 'node_modules');
    if (wanted.every((dep) => existsSync(join(modules, dep)))) return modules;
  }
  throw new Error('no installed plugin has the template’s dependencies; run pnpm install');
}

/** Every file of a directory, relative, for before/after comparisons. */
function listing(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listing(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** A PATH with everything in /usr/bin and /bin except pnpm (and corepack, which could provide it). */
function pathWithoutPnpm(root: string): string {
  const bin = join(root, 'bin-without-pnpm');
  mkdirSync(bin, { recursive: true });
  for (const dir of ['/usr/local/bin', '/usr/bin', '/bin'])
    for (const name of existsSync(dir) ? readdirSync(dir) : [])
      if (!/^(pnpm|pnpx|corepack)/.test(name) && !existsSync(join(bin, name)))
        symlinkSync(join(dir, name), join(bin, name));
  return bin;
}

const scaffold = (args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) =>
  spawnSync('node', [join(repo, 'scripts/new-plugin.mjs'), ...args], { encoding: 'utf8', ...options });

describe('npm run new-plugin', () => {
  const root = mkdtempSync(join(tmpdir(), 'jiceng-scaffold-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates a plugin that type checks and passes the contract suite with no edits (here, or in the contributor’s path)', async () => {
    // A throwaway repo root: the generated plugin plus links to the real packages and installed modules.
    symlinkSync(join(repo, 'packages'), join(root, 'packages'));
    // Its node_modules: a workspace plugin's modules, plus the root's @types/node that tsconfig.base.json names.
    const modules = pluginNodeModules();
    mkdirSync(join(root, 'node_modules/@types'), { recursive: true });
    for (const entry of readdirSync(modules))
      if (entry !== '@types') symlinkSync(join(modules, entry), join(root, 'node_modules', entry));
    for (const entry of existsSync(join(modules, '@types')) ? readdirSync(join(modules, '@types')) : [])
      symlinkSync(join(modules, '@types', entry), join(root, 'node_modules/@types', entry));
    symlinkSync(join(repo, 'node_modules/@types/node'), join(root, 'node_modules/@types/node'));
    for (const f of ['tsconfig.base.json', 'vitest.shared.ts', 'vitest.global-setup.ts'])
      copyFileSync(join(repo, f), join(root, f));
    mkdirSync(join(root, 'plugins'));

    const gen = scaffold([
      'demo-region',
      '--name-zh',
      '示例地区模式',
      '--name-en',
      'Demo region',
      '--root',
      root,
      '--no-install',
    ]);
    expect(gen.stderr).toBe('');
    expect(gen.status).toBe(0);
    const dir = join(root, 'plugins/demo-region');
    for (const f of [
      'package.json',
      'README.md',
      'src/manifest.ts',
      'src/index.ts',
      'src/server/routes.ts',
      `src/server/migrations/${today()}-init.ts`,
      'src/web/index.tsx',
      // The types of its own routes its page reads through ui's typedClient (regenerated after an install).
      'src/web/api.generated.ts',
      'src/indicators.ts',
      'src/server/seed.ts',
      'src/index.test.ts',
      // Plugins own their browser tests; the tests project runs plugins/*/e2e/*.test.ts.
      'e2e/smoke.test.ts',
      // What a member does with the model on a phone (tests/e2e/mobile.test.ts runs it).
      'e2e/member-task.ts',
    ])
      expect(existsSync(join(dir, f)), f).toBe(true);
    expect(readFileSync(join(dir, 'src/server/migrations/index.ts'), 'utf8')).toContain(
      `'${today()}-init': init`,
    );
    expect(readFileSync(join(root, '.changeset/demo-region-created.md'), 'utf8')).toMatch(
      /'@jiceng\/plugin-demo-region': minor/,
    );

    // The page's route types a --no-install scaffold keeps are the template's copy (api.generated.ts.tmpl): they
    // must be what the generator writes once the plugin is installed, as new-plugin runs it (every installed
    // plugin and the new one). A template route or schema changed without that copy fails here.
    const plugin = (await import(join(dir, 'src/index.ts'))).default;
    const generated = await pluginWebApiTypes([...installedPlugins, plugin], root);
    expect([...generated.keys()]).toEqual(['plugins/demo-region/src/web/api.generated.ts']);
    expect(
      readFileSync(join(dir, 'src/web/api.generated.ts'), 'utf8'),
      'scripts/plugin-template/src/web/api.generated.ts.tmpl differs from what `web-api-types` writes for the template’s routes: copy it from a scaffolded, installed plugin',
    ).toBe(generated.get('plugins/demo-region/src/web/api.generated.ts'));

    // The same template's plugin is type-checked and tested by the contributor's path when that runs (its
    // `npm run check -- --plugin` does both, after a real install); once per run is enough.
    if (slowPath) return;
    const tsc = spawnSync(join(repo, 'node_modules/.bin/tsc'), ['-p', dir], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);

    const { JICENG_TEST_RUN: _run, ...env } = process.env;
    const vitest = spawnSync(join(repo, 'node_modules/.bin/vitest'), ['run', '--root', dir], {
      encoding: 'utf8',
      env,
      timeout: 600_000,
    });
    const out = vitest.stdout + vitest.stderr;
    expect(out, out).toMatch(/Tests\s+.*\d+ passed/);
    expect(vitest.status, out).toBe(0);
  }, 660_000);

  it('refuses a bad id and an existing directory, leaving nothing behind', () => {
    const before = listing(root).filter((f) => !f.startsWith('node_modules/'));
    const bad = scaffold(['Bad_Id', '--root', root, '--no-install']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/kebab-case/);
    const again = scaffold(['demo-region', '--root', root, '--no-install']);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect(listing(root).filter((f) => !f.startsWith('node_modules/'))).toEqual(before);
  });

  it('rolls back its files and registry edits when the install fails', () => {
    // A repo root with the registries, and a pnpm 10 on PATH whose install fails.
    const repoRoot = mkdtempSync(join(tmpdir(), 'jiceng-scaffold-rollback-'));
    try {
      for (const f of [
        'apps/api/src/registry.ts',
        'apps/api/package.json',
        'apps/web/src/plugins.ts',
        'apps/web/package.json',
        'pnpm-lock.yaml',
      ]) {
        mkdirSync(dirname(join(repoRoot, f)), { recursive: true });
        copyFileSync(join(repo, f), join(repoRoot, f));
      }
      mkdirSync(join(repoRoot, 'plugins'));
      const bin = join(repoRoot, 'fake-bin');
      mkdirSync(bin);
      writeFileSync(
        join(bin, 'pnpm'),
        '#!/bin/sh\nif [ "$1" = "--version" ]; then echo 10.34.9; exit 0; fi\necho "install failed on purpose" >&2\nexit 7\n',
      );
      chmodSync(join(bin, 'pnpm'), 0o755);
      const snapshot = (files: string[]) =>
        Object.fromEntries(files.map((f) => [f, readFileSync(join(repoRoot, f), 'utf8')]));
      const files = listing(repoRoot).filter((f) => !f.startsWith('fake-bin/'));
      const before = snapshot(files);

      const r = scaffold(['doomed-region', '--root', repoRoot], {
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/pnpm install failed \(exit 7\)/);
      expect(r.stderr).toMatch(/rolled back/);
      expect(listing(repoRoot).filter((f) => !f.startsWith('fake-bin/'))).toEqual(files);
      expect(snapshot(files)).toEqual(before);
      // Nothing stops a second try once the cause is fixed: the id is free again.
      expect(existsSync(join(repoRoot, 'plugins/doomed-region'))).toBe(false);
    } finally {
      rmSync(repoRoot, { recursive: true, force: true });
    }
  });

  it('rolls back when writing the web API types fails after the install, the generated files included', () => {
    // A pnpm whose install works but whose web-api-types run overwrites a generated file, then fails.
    const repoRoot = mkdtempSync(join(tmpdir(), 'jiceng-scaffold-types-'));
    try {
      for (const f of [
        'apps/api/src/registry.ts',
        'apps/api/package.json',
        'apps/web/src/plugins.ts',
        'apps/web/package.json',
        'packages/ui/src/core-api.generated.ts',
        'pnpm-lock.yaml',
      ]) {
        mkdirSync(dirname(join(repoRoot, f)), { recursive: true });
        copyFileSync(join(repo, f), join(repoRoot, f));
      }
      mkdirSync(join(repoRoot, 'plugins'));
      const bin = join(repoRoot, 'fake-bin');
      mkdirSync(bin);
      writeFileSync(
        join(bin, 'pnpm'),
        [
          '#!/bin/sh',
          'if [ "$1" = "--version" ]; then echo 10.34.9; exit 0; fi',
          'if [ "$1" = "install" ]; then exit 0; fi',
          'echo "half written" > packages/ui/src/core-api.generated.ts',
          'echo "types failed on purpose" >&2',
          'exit 9',
          '',
        ].join('\n'),
      );
      chmodSync(join(bin, 'pnpm'), 0o755);
      const snapshot = (files: string[]) =>
        Object.fromEntries(files.map((f) => [f, readFileSync(join(repoRoot, f), 'utf8')]));
      const files = listing(repoRoot).filter((f) => !f.startsWith('fake-bin/'));
      const before = snapshot(files);

      const r = scaffold(['typeless-region', '--root', repoRoot], {
        cwd: repoRoot,
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      });
      expect(r.status).toBe(2);
      expect(r.stdout).toMatch(/web-api-types/);
      expect(r.stderr).toMatch(/writing the web API types failed \(exit 9\)/);
      // How to go on by hand is said, and everything is put back.
      expect(r.stderr).toMatch(/pnpm install && pnpm --filter @jiceng\/api web-api-types/);
      expect(r.stderr).toMatch(/rolled back/);
      expect(listing(repoRoot).filter((f) => !f.startsWith('fake-bin/'))).toEqual(files);
      expect(snapshot(files)).toEqual(before);
    } finally {
      rmSync(repoRoot, { recursive: true, force: true });
    }
  });
});

/**
 * The contributor's path end to end, as the README promises it: a copy of the repository, a PATH without pnpm,
 * `npm run new-plugin`, then `npm run check -- --plugin <id> --no-core-tests` (lint, boundaries, type check and the
 * new plugin's tests; core's run elsewhere in the same `npm test`). Slow (a full install into the copy and a type
 * check of core with the plugin): it runs in CI, or locally with
 * JICENG_SLOW_TESTS=1; `npm run check -- --plugin` never includes it (it lives in the tests project).
 */
describe.skipIf(!slowPath)('a new contributor with only Node and npm (slow)', () => {
  const work = mkdtempSync(join(tmpdir(), 'jiceng-contributor-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('scaffolds a plugin in a copy of the repo, installs it, passes the fast check and is removed', () => {
    const copy = join(work, 'repo');
    const files = spawnSync('git', ['ls-files', '-z', '-co', '--exclude-standard'], {
      cwd: repo,
      encoding: 'utf8',
    })
      .stdout.split('\0')
      .filter((f) => f && existsSync(join(repo, f)));
    for (const f of files) {
      mkdirSync(dirname(join(copy, f)), { recursive: true });
      copyFileSync(join(repo, f), join(copy, f));
    }
    const { JICENG_TEST_RUN: _run, TEST_DATABASE_URL: _pg, ...base } = process.env;
    const env = { ...base, PATH: pathWithoutPnpm(work), CI: '' };
    expect(spawnSync('sh', ['-c', 'command -v pnpm'], { env }).status).not.toBe(0);

    const npm = (args: string[], timeout: number) => {
      const r = spawnSync('npm', args, { cwd: copy, env, encoding: 'utf8', timeout });
      return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
    };
    const gen = npm(
      ['run', 'new-plugin', '--', 'throwaway-region', '--name-zh', '临时模式', '--name-en', 'Throwaway'],
      900_000,
    );
    expect(gen.status, gen.out).toBe(0);
    expect(gen.out).toMatch(/npx --yes pnpm@|installing/);
    expect(existsSync(join(copy, 'plugins/throwaway-region/node_modules/@jiceng/plugin-kit')), gen.out).toBe(
      true,
    );
    expect(readFileSync(join(copy, 'apps/api/src/registry.ts'), 'utf8')).toContain(
      '@jiceng/plugin-throwaway-region',
    );

    // Core's own tests are not run again here: they run in the same `npm test` (and core is unchanged in the copy);
    // the plugin's tests, its contract suite included, are what prove the scaffolded plugin works.
    const check = npm(['run', 'check', '--', '--plugin', 'throwaway-region', '--no-core-tests'], 1_800_000);
    expect(check.status, check.out.slice(-4000)).toBe(0);
    expect(check.out).toMatch(/tests \(throwaway-region\)/);
    expect(check.out).toMatch(/Tests\s+.*\d+ passed/);
    expect(check.out).toMatch(/checks passed/);

    rmSync(copy, { recursive: true, force: true });
    expect(existsSync(copy)).toBe(false);
  }, 2_700_000);
});
