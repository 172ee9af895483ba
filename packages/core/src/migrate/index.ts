import { type Kysely, type Migration, type MigrationResultSet, Migrator, NO_MIGRATIONS } from 'kysely';
import { coreMigrations } from '../migrations';

export { runStatements } from './statements';

/** One independently versioned set of migrations: core's, or one plugin's. */
export interface MigrationSet {
  /** 'core' or the plugin's schema name (p_<id>). */
  name: string;
  migrations: Record<string, Migration>;
}

export const coreMigrationSet: MigrationSet = { name: 'core', migrations: coreMigrations };

/** Plugin ids are kebab-case; their Postgres schema is p_<id> in snake_case. */
export function pluginSchemaName(pluginId: string): string {
  return `p_${pluginId.replace(/-/g, '_')}`;
}

// Bookkeeping lives apart from the schemas themselves, so a set's `down` may drop its whole schema.
function migratorFor<DB>(db: Kysely<DB>, set: MigrationSet): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => set.migrations },
    migrationTableSchema: 'jiceng_migrations',
    migrationTableName: set.name,
    migrationLockTableName: `${set.name}_lock`,
  });
}

function unwrap(set: MigrationSet, result: MigrationResultSet) {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const err = result.error instanceof Error ? result.error : new Error(String(result.error));
    err.message = `migration ${set.name}${failed ? `/${failed.migrationName}` : ''} failed: ${err.message}`;
    throw err;
  }
  return result.results ?? [];
}

export type MigrateProgress = (event: { set: string; migration: string; direction: 'Up' | 'Down' }) => void;

/** Core first, then each set in order; each set under kysely's advisory lock, in a transaction. */
export async function migrateToLatest<DB>(db: Kysely<DB>, sets: MigrationSet[], onStep?: MigrateProgress) {
  const applied: string[] = [];
  for (const set of sets) {
    for (const r of unwrap(set, await migratorFor(db, set).migrateToLatest())) {
      applied.push(`${set.name}/${r.migrationName}`);
      onStep?.({ set: set.name, migration: r.migrationName, direction: r.direction });
    }
  }
  return applied;
}

/** Undo every migration of one set (used by the contract suite's up/down/up). */
export async function migrateAllDown<DB>(db: Kysely<DB>, set: MigrationSet) {
  return unwrap(set, await migratorFor(db, set).migrateTo(NO_MIGRATIONS)).map((r) => r.migrationName);
}
