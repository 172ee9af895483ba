import type { Kysely } from 'kysely';

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
