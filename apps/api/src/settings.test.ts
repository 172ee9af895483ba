import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findRepoRoot, settings } from './settings';

describe('settings', () => {
  const root = mkdtempSync(join(tmpdir(), 'jiceng-root-'));
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
  for (const dir of ['apps/api/src', 'apps/api/dist/cli']) mkdirSync(join(root, dir), { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds the checkout from the sources and from the bundle one level deeper', () => {
    expect(findRepoRoot(join(root, 'apps/api/src'))).toBe(root);
    // The bundle `npm run demo` runs: a fixed '../../..' from here was apps/, so no web shell was served.
    expect(findRepoRoot(join(root, 'apps/api/dist/cli'))).toBe(root);
  });

  it('serves apps/web/dist and keeps PGlite in .data/pglite of the checkout by default', () => {
    const s = settings({});
    expect(s.webRoot).toBe(join(s.repoRoot, 'apps/web/dist'));
    expect(s.databaseUrl).toBe(join(s.repoRoot, '.data/pglite'));
    expect(s.repoRoot).toBe(findRepoRoot(import.meta.dirname));
    expect(s.repoRoot).not.toMatch(/[/\\]apps$/);
  });
});
