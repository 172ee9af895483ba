import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'tests',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    globalSetup: [new URL('../vitest.global-setup.ts', import.meta.url).pathname],
    pool: 'forks',
    // Browser tests share one machine's Chromium; keep them one file at a time.
    fileParallelism: false,
  },
});
