import { createApp } from '../app';
import { manualClock } from '../clock';
import type { DatabaseHandle, DatabaseKind } from '../db';
import type { CoreDeps } from '../deps';
import { silentLogger } from '../logger';
import { createTestDatabase } from './databases';
import { twoCityWorld } from './world';

export type TestWorld = Awaited<ReturnType<typeof twoCityWorld>>;
export type TestApp = ReturnType<typeof createApp>;

/** The clock every API test starts at, unless it brings its own. */
export const TEST_START = '2026-06-01T00:00:00Z';

/**
 * A fresh database of `kind` holding twoCityWorld, and the core API over it (no plugins, silent logger, a manual
 * clock at TEST_START): the setup most API tests share. `deps` overrides any of the app's dependencies.
 * Call it in beforeAll and close `handle` in afterAll.
 */
export async function createTestApp(
  kind: DatabaseKind,
  deps: Partial<Omit<CoreDeps, 'db'>> = {},
): Promise<{ handle: DatabaseHandle; world: TestWorld; app: TestApp }> {
  const handle = await createTestDatabase(kind);
  const world = await twoCityWorld(handle.db);
  const app = createApp({
    db: handle.db,
    clock: manualClock(TEST_START),
    logger: silentLogger,
    plugins: [],
    ...deps,
  });
  return { handle, world, app };
}
