import {
  OUTCOME_FACTS,
  OUTCOME_VIEW_COLUMNS,
  outcomeView,
  type PluginOutcomes,
  pluginSchemaName,
} from '@jiceng/core';
import { type QueryExecutorProvider, sql } from 'kysely';

/**
 * The outcome views core reads (issue 19): for each fact the plugin declares `view: true`, `p_<id>.outcome_<fact>`
 * exists with exactly the contract's columns and types; a fact declared not applicable (or no `outcomes` at all) has
 * no such view, so nothing half-declared is read. One line per problem, naming plugin, view and column.
 */
export async function outcomeViewProblems(
  db: QueryExecutorProvider,
  plugin: { id: string; outcomes?: PluginOutcomes },
): Promise<string[]> {
  const schema = pluginSchemaName(plugin.id);
  const { rows } = await sql<{ table_name: string; column_name: string; udt_name: string }>`
    select c.table_name, c.column_name, c.udt_name
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = ${schema} and c.table_name like 'outcome\\_%' and t.table_type = 'VIEW'`.execute(
    db,
  );
  const problems: string[] = [];
  for (const fact of OUTCOME_FACTS) {
    const name = `${schema}.${outcomeView(fact)}`;
    const columns = new Map(
      rows.filter((r) => r.table_name === outcomeView(fact)).map((r) => [r.column_name, r.udt_name]),
    );
    const declared = plugin.outcomes?.facts[fact];
    if (!declared || !('view' in declared)) {
      if (columns.size)
        problems.push(`${plugin.id}: ${name} exists but the fact "${fact}" is declared not applicable`);
      continue;
    }
    if (!columns.size) {
      problems.push(`${plugin.id}: ${name} is missing (outcomes.facts.${fact} declares view: true)`);
      continue;
    }
    const expected = OUTCOME_VIEW_COLUMNS[fact];
    for (const [column, type] of Object.entries(expected)) {
      const got = columns.get(column);
      if (!got) problems.push(`${plugin.id}: ${name}.${column} is missing (${type})`);
      else if (got !== type)
        problems.push(`${plugin.id}: ${name}.${column} is ${got}, the contract says ${type} (cast it)`);
    }
    for (const column of columns.keys())
      if (!(column in expected)) problems.push(`${plugin.id}: ${name}.${column} is not in the contract`);
  }
  return problems;
}
