import { defineConfig } from 'vitest/config';

// One run over every package; each package also has its own `pnpm test` for working on it alone.
export default defineConfig({
  test: {
    projects: ['packages/*', 'plugins/*', 'apps/*', 'tests'],
  },
});
