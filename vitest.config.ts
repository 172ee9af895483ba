import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './vitest.sequencer.ts';

// One run over every package; each package also has its own `pnpm test` for working on it alone.
export default defineConfig({
  test: {
    projects: ['packages/*', 'plugins/*', 'apps/*', 'tests'],
    // One worker per core. Vitest's default leaves a core free (one worker on a 2-core machine), and every file
    // then runs after the other; the files here mostly wait on PGlite, PostgreSQL, Chromium or a child process,
    // and the main process is idle while they run. `VITEST_MAX_WORKERS=n npm test` (or `--maxWorkers`) still wins.
    maxWorkers: availableParallelism(),
    // Every project in one pool: the slow files first, browser flows interleaved with the rest.
    sequence: { sequencer: LongestFirstSequencer },
  },
});
