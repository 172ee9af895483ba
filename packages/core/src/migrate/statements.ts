import { type QueryExecutorProvider, sql } from 'kysely';

/**
 * PGlite's extended protocol takes one statement per query, so migrations run a list. Raw SQL names its own tables:
 * any database handle or transaction will do, whatever its table types.
 */
export async function runStatements(db: QueryExecutorProvider, statements: readonly string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
