import { type JicengPlugin, migrateAllDown, migrateToLatest, pluginSchemaName } from '@jiceng/core';
import { type Kysely, sql } from 'kysely';
import { pluginMigrationSet } from '../backend';

/**
 * Everything a migration can create, one line per object, read from the Postgres catalog: schemas, relations
 * (tables, views, sequences, indexes…), columns of tables, functions, types, triggers, policies, extensions.
 * Migration bookkeeping (the jiceng_migrations schema) belongs to the host, not the plugin, and is left out.
 */
export async function catalogSnapshot<DB>(db: Kysely<DB>): Promise<Set<string>> {
  const skip = sql`not in ('pg_catalog', 'information_schema', 'pg_toast', 'jiceng_migrations')`;
  const user = sql`n.nspname ${skip} and n.nspname not like 'pg_temp%' and n.nspname not like 'pg_toast_temp%'`;
  const queries = [
    sql<{ o: string }>`select 'schema ' || nspname as o from pg_namespace n where ${user}`,
    sql<{ o: string }>`select (case c.relkind when 'r' then 'table' when 'p' then 'table' when 'v' then 'view'
        when 'm' then 'materialized view' when 'S' then 'sequence' when 'i' then 'index' when 'I' then 'index'
        when 'f' then 'foreign table' when 'c' then 'type' else 'relation' end) || ' ' || n.nspname || '.' || c.relname as o
      from pg_class c join pg_namespace n on n.oid = c.relnamespace where ${user} and c.relkind <> 't'`,
    sql<{ o: string }>`select 'column ' || n.nspname || '.' || c.relname || '.' || a.attname as o
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      where ${user} and c.relkind in ('r', 'p', 'v', 'm') and a.attnum > 0 and not a.attisdropped`,
    sql<{
      o: string;
    }>`select 'function ' || n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' as o
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace where ${user}`,
    sql<{ o: string }>`select 'type ' || n.nspname || '.' || t.typname as o
      from pg_type t join pg_namespace n on n.oid = t.typnamespace
      where ${user} and t.typrelid = 0 and t.typcategory <> 'A'`,
    sql<{ o: string }>`select 'trigger ' || t.tgname || ' on ' || n.nspname || '.' || c.relname as o
      from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
      where ${user} and not t.tgisinternal`,
    sql<{ o: string }>`select 'policy ' || p.polname || ' on ' || n.nspname || '.' || c.relname as o
      from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace where ${user}`,
    sql<{ o: string }>`select 'extension ' || extname as o from pg_extension`,
  ];
  const out = new Set<string>();
  for (const q of queries) for (const r of (await q.execute(db)).rows) out.add(r.o);
  return out;
}

/** Whether a catalog line names an object inside the plugin's own schema (or the schema itself). */
function insideSchema(line: string, schema: string): boolean {
  if (line === `schema ${schema}`) return true;
  // 'trigger t on s.table': the trigger belongs where its table is.
  const target = line.includes(' on ')
    ? line.slice(line.lastIndexOf(' on ') + 4)
    : line.slice(line.indexOf(' ') + 1);
  return target.startsWith(`${schema}.`);
}

/**
 * Runs the plugin's migrations up, down and up on `db` (core migrated, the plugin not) and returns each object it
 * created or left outside p_<id> — "created outside p_<id>: table public.extra", "left after down: …" —
 * and whether up created the schema and down removed it. Empty = the plugin stays in its schema.
 */
export async function migrationFootprintProblems<DB>(
  db: Kysely<DB>,
  plugin: JicengPlugin<any>,
): Promise<string[]> {
  const set = pluginMigrationSet(plugin);
  const schema = pluginSchemaName(plugin.id);
  const problems: string[] = [];
  const before = await catalogSnapshot(db);
  const applied = await migrateToLatest(db, [set]);
  if (applied.length !== Object.keys(plugin.migrations).length)
    problems.push(`up applied ${applied.length} of ${Object.keys(plugin.migrations).length} migrations`);
  const up = await catalogSnapshot(db);
  if (!up.has(`schema ${schema}`)) problems.push(`up did not create its schema ${schema}`);
  for (const line of up)
    if (!before.has(line) && !insideSchema(line, schema)) problems.push(`created outside ${schema}: ${line}`);
  for (const line of before)
    if (!up.has(line)) problems.push(`up removed something outside ${schema}: ${line}`);
  await migrateAllDown(db, set);
  const down = await catalogSnapshot(db);
  for (const line of down) if (!before.has(line)) problems.push(`left after down: ${line}`);
  for (const line of before) if (!down.has(line)) problems.push(`down removed ${line}`);
  // Up again on the same database must work (a down that forgets something often breaks here).
  try {
    await migrateToLatest(db, [set]);
  } catch (e) {
    problems.push(`up again after down failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  return [...new Set(problems)];
}
