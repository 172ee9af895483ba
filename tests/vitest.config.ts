import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

const harness = fileURLToPath(new URL('./e2e/index.ts', import.meta.url));

export default defineProject({
  // Plugins own their browser tests (plugins/<id>/e2e/*.test.ts); they run here, next to the shell's, and import
  // the shared harness as '@jiceng/e2e'. An alias, not a package: a plugin never depends on the API that mounts it.
  resolve: { alias: { '@jiceng/e2e': harness } },
  test: {
    name: 'tests',
    include: ['**/*.test.ts', '../plugins/*/e2e/**/*.test.ts'],
    exclude: ['node_modules/**', '**/node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    globalSetup: [new URL('../vitest.global-setup.ts', import.meta.url).pathname],
    pool: 'forks',
    // In CI a failed browser step is tried once more, as Playwright's own runner does on CI: a click that lands
    // mid-animation on a busy 2-core machine is not a defect, and a real one fails twice. The report counts retries
    // (vitest's JSON `retryCount`), so a flaky test shows instead of hiding; locally nothing is retried.
    retry: process.env.CI ? 1 : 0,
    // Files run in parallel with every other project's (the root config's sequencer interleaves the browser files
    // with the rest). Each file is on its own: a fresh database, a server on a free port, its own Chromium and a
    // private copy of the web shell; temporary directories from mkdtemp.
  },
});
