import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const check = (root: string) =>
  spawnSync('node', [join(repo, 'scripts/check-boundaries.mjs'), '--root', root], { encoding: 'utf8' });

describe('import boundary check', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  function tree(files: Record<string, string>) {
    const root = mkdtempSync(join(tmpdir(), 'jiceng-boundary-'));
    dirs.push(root);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  it('passes on this repository', () => {
    const r = check(repo);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('fails naming the rule for each planted violation', () => {
    const root = tree({
      'plugins/alpha/src/index.ts':
        "import beta from '@jiceng/plugin-beta';\nimport { x } from '../../beta/src/x';\n",
      'plugins/alpha/src/web/page.tsx':
        "import { routes } from '../server/routes';\nimport { sql } from 'kysely';\n",
      'plugins/alpha/src/server/db.ts': "import pg from 'pg';\nconst pool = new pg.Pool();\n",
      'plugins/beta/src/x.ts': 'export const x = 1;\n',
      'packages/core/src/registry.ts': "import alpha from '@jiceng/plugin-alpha';\n",
      'apps/web/src/main.tsx': "import { createApp } from '@jiceng/core';\n",
    });
    const r = check(root);
    expect(r.status).toBe(1);
    const rules = [...r.stderr.matchAll(/boundary ([a-z-]+): (\S+)/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(rules).toEqual([
      'plugin-imports-plugin plugins/alpha/src/index.ts:1',
      'plugin-imports-plugin plugins/alpha/src/index.ts:2',
      'plugin-db-outside-context plugins/alpha/src/server/db.ts:1',
      'web-imports-server plugins/alpha/src/web/page.tsx:1',
      'web-imports-server plugins/alpha/src/web/page.tsx:2',
      'core-imports-plugin packages/core/src/registry.ts:1',
      'web-imports-server apps/web/src/main.tsx:1',
    ]);
  });

  it('fails on a dead Markdown link and on citing notes that are not in the repository', () => {
    const root = tree({
      'README.md': 'See [the guide](CONTRIBUTING.md) and [web](https://example.org) and [top](#top).\n',
      'CONTRIBUTING.md': 'Read [the model](plugins/alpha/README.md) and [gone](docs/missing.md).\n',
      'plugins/alpha/README.md': 'Model reference: DOMAIN.md "Model 1".\n',
      'plugins/alpha/src/terms.ts': "// from shared/seeds/000\nimport { x } from '../shared/terms';\n",
    });
    const r = check(root);
    expect(r.status).toBe(1);
    const found = [...r.stderr.matchAll(/boundary doc-links: (\S+) cites '([^']+)'/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(found.sort()).toEqual(
      [
        'CONTRIBUTING.md:1 docs/missing.md',
        'plugins/alpha/README.md:1 DOMAIN.md',
        'plugins/alpha/src/terms.ts:1 shared/seeds',
      ].sort(),
    );
  });

  it('lets tests create databases and plugins import plugin-kit', () => {
    const root = tree({
      'plugins/alpha/src/index.ts': "import { definePlugin } from '@jiceng/plugin-kit';\n",
      'plugins/alpha/src/index.test.ts':
        "import { createTestDatabase } from '@jiceng/plugin-kit/testing';\nawait createTestDatabase('pglite');\n",
    });
    expect(check(root).status).toBe(0);
  });

  it('holds explicit any to its budget: over it fails naming the count, at it passes', () => {
    const budget = (extra: string[]) =>
      spawnSync('node', [join(repo, 'scripts/check-any-budget.mjs'), ...extra], { encoding: 'utf8' });
    const atBudget = budget([]);
    expect(atBudget.status, atBudget.stderr).toBe(0);
    const count = Number(atBudget.stdout.match(/explicit any: (\d+)/)?.[1]);
    expect(count).toBeGreaterThan(0);
    const over = budget(['--budget', String(count - 1)]);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain(`explicit any: ${count}, over the budget of ${count - 1}`);
  }, 60_000);
});
