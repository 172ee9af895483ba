import { describe, expect, it } from 'vitest';
import { createTestDatabase, schemaTypesText, testDatabaseKinds } from '../testing';

// The database types in schema.ts are hand-written; schema.generated.ts is what a migrated database says, and
// schema.ts compiles only while the two agree (SchemaMismatches). This test keeps the generated file true: after a
// migration, `pnpm exec vitest run --project core src/db/schema.test.ts -u` rewrites it, and tsc names what
// schema.ts must change.
describe.each(testDatabaseKinds())('core schema types (%s)', (kind) => {
  it('match every table and column of core in information_schema', async () => {
    const handle = await createTestDatabase(kind);
    try {
      await expect(await schemaTypesText(handle.db, 'core')).toMatchFileSnapshot('./schema.generated.ts');
    } finally {
      await handle.close();
    }
  });
});
