import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '.';
import { createTestDatabase, schemaTypesText, testDatabaseKinds } from '../testing';

// The database types in schema.ts are hand-written; schema.generated.ts is what a migrated database says, and
// schema.ts compiles only while the two agree (SchemaMismatches). This test keeps the generated file true: after a
// migration, `pnpm exec vitest run --project core src/db/schema.test.ts -u` rewrites it, and tsc names what
// schema.ts must change.
describe.each(testDatabaseKinds())('core schema types (%s)', (kind) => {
  let handle: DatabaseHandle;
  // Migrating (or copying the run's template) is slow: in a hook with its generous timeout.
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(() => handle?.close());

  it('match every table and column of core in information_schema', async () => {
    await expect(await schemaTypesText(handle.db, 'core')).toMatchFileSnapshot('./schema.generated.ts');
  });
});
