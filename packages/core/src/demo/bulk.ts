import { type Kysely, sql } from 'kysely';

/** Multi-row inserts in batches that stay under Postgres' 65,535 bind parameters; returns the new ids in order. */
export async function insertBatches<Row extends Record<string, unknown>>(
  db: Kysely<any>,
  table: string,
  rows: Row[],
  onBatch?: (done: number, total: number) => void,
): Promise<number[]> {
  if (!rows.length) return [];
  const columns = Object.keys(rows[0]!).length;
  const size = Math.max(1, Math.min(2000, Math.floor(60_000 / columns)));
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const batch = rows.slice(i, i + size);
    const inserted = await db.insertInto(table).values(batch).returning('id').execute();
    for (const r of inserted) ids.push((r as { id: number }).id);
    onBatch?.(Math.min(i + size, rows.length), rows.length);
  }
  return ids;
}

/**
 * ANALYZE every table of the given schemas. PGlite never autovacuums, and even PostgreSQL's autovacuum does not see
 * rows of a transaction that has not committed: a seeding step that queries tables an earlier step bulk-loaded in
 * the same transaction must gather statistics first, or the planner keeps the figures of before the load (e.g. a
 * city id it has never seen matches "1 row") and picks nested loops that turn quadratic.
 */
export async function analyzeSchemas(db: Kysely<any>, schemas: string[]): Promise<void> {
  if (!schemas.length) return;
  const tables = await sql<{ name: string }>`
    select format('%I.%I', schemaname, tablename) as name from pg_tables
    where schemaname in (${sql.join(schemas)}) order by schemaname, tablename`.execute(db);
  if (tables.rows.length) await sql`analyze ${sql.raw(tables.rows.map((t) => t.name).join(', '))}`.execute(db);
}
