import { defineProject } from 'vitest/config';

/** Database suites boot PGlite (seconds), so timeouts are generous; speed is measured in bench/, not here. */
export function jicengProject(name: string, extra: { include?: string[]; exclude?: string[] } = {}) {
  return defineProject({
    test: {
      name,
      include: extra.include ?? ['src/**/*.test.ts', 'src/**/*.test.tsx'],
      exclude: extra.exclude ?? [],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      globalSetup: [new URL('./vitest.global-setup.ts', import.meta.url).pathname],
      pool: 'forks',
    },
  });
}
