import { type Kysely, type QueryExecutorProvider, sql } from 'kysely';

/** Below this many rows a load keeps its row-by-row foreign-key checks: the set-based check would cost more. */
const SET_BASED_FK_CHECK_FROM = 500;

interface ForeignKey {
  name: string;
  ref: string;
  cols: string[];
  refCols: string[];
  match: string;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Runs `load` (inserts into `table` only) with the table's foreign-key triggers off, then checks every foreign key of
 * the table in one anti-join each and throws naming the first violated constraint. PostgreSQL checks a foreign key
 * row by row (one lookup per key per inserted row, through a trigger): on PGlite that was about half of a bulk
 * load's time (37,000 Longyan reports: 2.7 s of CPU with the triggers, 1.4 s without, the anti-joins 0.1 s).
 *
 * The triggers stay on (and the load is simply run) when skipping them would not be safe or possible: fewer than
 * 500 rows, a table with triggers of its own (session_replication_role=replica would silence those too), a foreign
 * key other than MATCH SIMPLE, or a session that may not set session_replication_role (not a superuser). The setting
 * is transaction-local and restored after the load, so nothing outside this call ever runs without the checks.
 */
export async function withForeignKeysCheckedAfter<T>(
  db: QueryExecutorProvider,
  table: string,
  rowCount: number,
  load: () => Promise<T>,
): Promise<T> {
  if (rowCount < SET_BASED_FK_CHECK_FROM) return load();
  const info = await sql<{ superuser: boolean; own_triggers: number; fks: ForeignKey[] }>`
    select current_setting('is_superuser') = 'on' as superuser,
      (select count(*)::int from pg_trigger where tgrelid = ${table}::regclass and not tgisinternal) as own_triggers,
      coalesce((select json_agg(json_build_object(
          'name', c.conname, 'ref', c.confrelid::regclass::text, 'match', c.confmatchtype,
          'cols', (select json_agg(a.attname order by k.i) from unnest(c.conkey) with ordinality k(n, i)
                   join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n),
          'refCols', (select json_agg(a.attname order by k.i) from unnest(c.confkey) with ordinality k(n, i)
                   join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n)))
        from pg_constraint c where c.contype = 'f' and c.conrelid = ${table}::regclass), '[]'::json) as fks`.execute(
    db,
  );
  const { superuser, own_triggers, fks } = info.rows[0]!;
  if (!superuser || own_triggers > 0 || !fks.length || fks.some((fk) => fk.match !== 's')) return load();
  const previous = await sql<{
    role: string;
  }>`select current_setting('session_replication_role') as role`.execute(db);
  await sql`select set_config('session_replication_role', 'replica', true)`.execute(db);
  let result: T;
  try {
    result = await load();
  } finally {
    await sql`select set_config('session_replication_role', ${previous.rows[0]!.role}, true)`.execute(db);
  }
  for (const fk of fks) {
    // MATCH SIMPLE: a row with any key column null references nothing.
    const present = fk.cols.map((c) => `t.${ident(c)} is not null`).join(' and ');
    const match = fk.cols.map((c, i) => `r.${ident(fk.refCols[i]!)} = t.${ident(c)}`).join(' and ');
    const bad = await sql<{
      bad: boolean;
    }>`select exists (select 1 from ${sql.raw(table)} t where ${sql.raw(present)}
      and not exists (select 1 from ${sql.raw(fk.ref)} r where ${sql.raw(match)})) as bad`.execute(db);
    if (bad.rows[0]!.bad)
      throw new Error(
        `${table}: the loaded rows violate foreign key ${fk.name} (${fk.cols.join(', ')} → ${fk.ref})`,
      );
  }
  return result;
}

/**
 * The same connection, seen as tables named at run time (`${schema}.post`): what a bulk load inserts is checked by
 * the table's own columns and constraints when it runs, not by the compiler.
 */
const byName = <DB>(db: Kysely<DB>) => db as unknown as Kysely<Record<string, Record<string, unknown>>>;

/** Multi-row inserts in batches that stay under Postgres' 65,535 bind parameters; returns the new ids in order. */
export async function insertBatches<Row extends Record<string, unknown>, DB>(
  db: Kysely<DB>,
  table: string,
  rows: Row[],
  onBatch?: (done: number, total: number) => void,
): Promise<number[]> {
  if (!rows.length) return [];
  const columns = Object.keys(rows[0]!).length;
  const size = Math.max(1, Math.min(2000, Math.floor(60_000 / columns)));
  return withForeignKeysCheckedAfter(db, table, rows.length, async () => {
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += size) {
      const batch = rows.slice(i, i + size);
      const inserted = await byName(db).insertInto(table).values(batch).returning('id').execute();
      for (const r of inserted) ids.push(r.id as number);
      onBatch?.(Math.min(i + size, rows.length), rows.length);
    }
    return ids;
  });
}

/**
 * ANALYZE every table of the given schemas. PGlite never autovacuums, and even PostgreSQL's autovacuum does not see
 * rows of a transaction that has not committed: a seeding step that queries tables an earlier step bulk-loaded in
 * the same transaction must gather statistics first, or the planner keeps the figures of before the load (e.g. a
 * city id it has never seen matches "1 row") and picks nested loops that turn quadratic.
 *
 * With `written`, only the tables this transaction has written to since the last call with the same map are
 * analyzed (pg_stat_xact_user_tables counts the transaction's own inserts, updates and deletes): a second pass
 * after the models' seeders skips the core tables they left alone, e.g. 41,000 Longyan members.
 */
export async function analyzeSchemas(
  db: QueryExecutorProvider,
  schemas: string[],
  written?: Map<string, number>,
): Promise<void> {
  if (!schemas.length) return;
  const tables = await sql<{ name: string; writes: number }>`
    select format('%I.%I', t.schemaname, t.tablename) as name,
      coalesce(s.n_tup_ins + s.n_tup_upd + s.n_tup_del, 0)::int as writes
    from pg_tables t
    left join pg_stat_xact_user_tables s on s.schemaname = t.schemaname and s.relname = t.tablename
    where t.schemaname in (${sql.join(schemas)}) order by t.schemaname, t.tablename`.execute(db);
  const stale = written ? tables.rows.filter((t) => written.get(t.name) !== t.writes) : tables.rows;
  if (stale.length) await sql`analyze ${sql.raw(stale.map((t) => t.name).join(', '))}`.execute(db);
  if (written) for (const t of tables.rows) written.set(t.name, t.writes);
}
