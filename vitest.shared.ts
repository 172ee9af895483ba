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
      // One process per worker for all of a package's files, not one per file: a fresh process imports core, the
      // API and PGlite again (about 1.3 s of CPU per file, a third of a small file's cost on the 2-core machine).
      // Each file still gets its own database; nothing here keeps state between files (vi.mock is per file).
      // The tests project (browser flows, the security matrices, the scaffolder) stays isolated.
      isolate: false,
    },
  });
}
