import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');

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

describe('pnpm new-plugin', () => {
  const root = mkdtempSync(join(tmpdir(), 'jiceng-scaffold-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates a plugin that type checks and passes the contract suite with no edits', () => {
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

    const gen = spawnSync(
      'node',
      [
        join(repo, 'scripts/new-plugin.mjs'),
        'demo-region',
        '--name-zh',
        '示例地区模式',
        '--name-en',
        'Demo region',
        '--root',
        root,
        '--no-install',
      ],
      { encoding: 'utf8' },
    );
    expect(gen.stderr).toBe('');
    expect(gen.status).toBe(0);
    const dir = join(root, 'plugins/demo-region');
    for (const f of [
      'package.json',
      'README.md',
      'src/manifest.ts',
      'src/index.ts',
      'src/server/routes.ts',
      'src/server/migrations/2026-11-22-init.ts',
      'src/web/index.tsx',
      'src/indicators.ts',
      'src/server/seed.ts',
      'src/index.test.ts',
    ])
      expect(existsSync(join(dir, f)), f).toBe(true);
    expect(readFileSync(join(root, '.changeset/demo-region-created.md'), 'utf8')).toMatch(
      /'@jiceng\/plugin-demo-region': minor/,
    );

    const tsc = spawnSync(join(repo, 'node_modules/.bin/tsc'), ['-p', dir], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);

    const { JICENG_TEST_RUN: _run, ...env } = process.env;
    const vitest = spawnSync(join(repo, 'node_modules/.bin/vitest'), ['run', '--root', dir], {
      encoding: 'utf8',
      env,
      timeout: 300_000,
    });
    const out = vitest.stdout + vitest.stderr;
    expect(out, out).toMatch(/Tests\s+.*\d+ passed/);
    expect(vitest.status, out).toBe(0);
  }, 360_000);

  it('refuses a bad id and an existing directory', () => {
    const bad = spawnSync(
      'node',
      [join(repo, 'scripts/new-plugin.mjs'), 'Bad_Id', '--root', root, '--no-install'],
      { encoding: 'utf8' },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/kebab-case/);
    const again = spawnSync(
      'node',
      [join(repo, 'scripts/new-plugin.mjs'), 'demo-region', '--root', root, '--no-install'],
      { encoding: 'utf8' },
    );
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });
});
