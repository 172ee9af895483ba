import { fileURLToPath } from 'node:url';
import { schemaTypesText } from '@jiceng/core/testing';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';

/**
 * Keeps a plugin's table types true (core does the same for `core`). `file` is the checked-in output of
 * `schemaTypesText` for `schema` (e.g. src/server/db.generated.ts); the plugin's hand-written interfaces in
 * server/db.ts compile only while they agree with it (`SchemaAgrees<SchemaMismatches<MyTables, PMyPluginTables>>`).
 * This fails when the migrated database says something else; `vitest -u` rewrites the file, and tsc then names what
 * db.ts must change. `runContractSuite(plugin, { tablesFile })` runs it on every test database.
 */
export async function expectSchemaTypes<DB>(
  db: Kysely<DB>,
  schema: string,
  file: string | URL,
): Promise<void> {
  const path = file instanceof URL ? fileURLToPath(file) : file;
  await expect(await schemaTypesText(db, schema), `${schema} differs from ${path}`).toMatchFileSnapshot(path);
}
