import { type QueryExecutorProvider, sql } from 'kysely';

/** Tables every city shares; a key pointing at them needs no city_id (README "Data rules": distributed by city). */
const GLOBAL_TARGETS = new Set(['core.app_user', 'core.city']);

interface KeyRow {
  table_name: string;
  key_name: string;
  kind: string;
  columns: string[] | string;
  target: string | null;
}

/** pg returns text[] as an array, PGlite sometimes as '{a,b}'. */
const asArray = (v: string[] | string): string[] =>
  Array.isArray(v)
    ? v
    : v
        .replace(/^\{|\}$/g, '')
        .split(',')
        .filter(Boolean);

/**
 * The distribution rule: every primary key, unique key (constraint or unique index) and foreign key of a table in
 * `schema` includes city_id, so a city's rows can live on one shard and never reference another city's.
 * Foreign keys to core.app_user and core.city are the exception. Returns one line per offending key.
 */
export async function keyProblems(db: QueryExecutorProvider, schema: string): Promise<string[]> {
  const rows = await sql<KeyRow>`
    select n.nspname || '.' || c.relname as table_name, con.conname as key_name, con.contype::text as kind,
      array(select a.attname::text from unnest(con.conkey) k join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k) as columns,
      case when con.contype = 'f' then tn.nspname || '.' || t.relname end as target
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_class t on t.oid = con.confrelid
    left join pg_namespace tn on tn.oid = t.relnamespace
    where n.nspname = ${schema} and con.contype in ('p', 'u', 'f')
    union all
    select n.nspname || '.' || c.relname, ic.relname, 'i',
      array(select a.attname::text from unnest(i.indkey::int2[]) k join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k),
      null
    from pg_index i
    join pg_class c on c.oid = i.indrelid
    join pg_class ic on ic.oid = i.indexrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = ${schema} and i.indisunique
      and not exists (select 1 from pg_constraint con where con.conindid = i.indexrelid and con.contype in ('p', 'u'))
    order by 1, 2`.execute(db);
  const what: Record<string, string> = {
    p: 'primary key',
    u: 'unique key',
    i: 'unique index',
    f: 'foreign key',
  };
  const problems: string[] = [];
  for (const r of rows.rows) {
    const columns = asArray(r.columns);
    if (r.kind === 'f' && r.target && GLOBAL_TARGETS.has(r.target)) continue;
    if (columns.includes('city_id')) continue;
    const to = r.kind === 'f' ? ` → ${r.target}` : '';
    problems.push(
      `${r.table_name}: ${what[r.kind] ?? r.kind} ${r.key_name} (${columns.join(', ') || 'an expression'})${to} lacks city_id`,
    );
  }
  return problems;
}
