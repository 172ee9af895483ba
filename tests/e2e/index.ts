// '@jiceng/e2e': what a browser test imports, wherever it lives (tests/e2e or a plugin's own e2e/ folder). An alias
// of the `tests` project (tests/vitest.config.ts, tsconfig.check.json), not a package, so plugins never depend on
// the API that depends on them.
export { smallCitySpec } from '@jiceng/core/demo';
export { fixtures, PASSWORD } from '@jiceng/core/testing';
export type { Page } from 'playwright-core';
export * from './harness';
export * from './member-task';
