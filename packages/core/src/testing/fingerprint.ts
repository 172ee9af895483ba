import { type QueryExecutorProvider, sql } from 'kysely';

/** Tables whose rows change on every request or refusal (sessions, throttling, the audit trail), not data. */
export const VOLATILE_TABLES = ['core.session', 'core.login_throttle', 'core.audit_log'];

/**
 * One hash of every row of every table (core and plugin schemas), for "nothing changed" assertions: take it
 * before a refused write and compare after. One statement, so it is cheap enough to take around each request.
 */
export async function databaseFingerprint(
  db: QueryExecutorProvider,
  exclude: readonly string[] = VOLATILE_TABLES,
): Promise<string> {
  const tables = await sql<{ schema: string; name: string }>`
    select table_schema as schema, table_name as name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
      and table_name not like 'kysely_migration%'
    order by 1, 2`.execute(db);
  const parts = tables.rows
    .filter((t) => !exclude.includes(`${t.schema}.${t.name}`))
    .map(
      (t) =>
        sql`select ${`${t.schema}.${t.name}`}::text as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${sql.table(`${t.schema}.${t.name}`)} t`,
    );
  if (!parts.length) return '';
  const r = await sql<{
    fp: string;
  }>`select md5(string_agg(n || '=' || h, ',' order by n)) as fp from (${sql.join(parts, sql` union all `)}) x`.execute(
    db,
  );
  return r.rows[0]?.fp ?? '';
}
