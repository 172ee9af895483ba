import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase, type DatabaseHandle, type DatabaseKind } from '../db';
import { coreMigrationSet, type MigrationSet, migrateToLatest } from '../migrate';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export function testDatabaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

function templateKey(sets: MigrationSet[]): string {
  const h = createHash('sha256');
  for (const set of sets) {
    h.update(set.name);
    for (const [name, m] of Object.entries(set.migrations)) h.update(name + String(m.up) + String(m.down));
  }
  return h.digest('hex').slice(0, 16);
}

/** Set by the test run's global setup; a run outside vitest gets its own per process. */
const runId = () => (process.env.JICENG_TEST_RUN ??= `p${process.pid}`);
export const templateDirOf = (run: string) => join(tmpdir(), 'jiceng-test-templates', run);

/**
 * A fresh, migrated database. Migrating is the slow part (PGlite also takes seconds to boot), so the first call
 * for a set of migrations builds a template (a PGlite dump, or a Postgres template database) and later calls copy it.
 */
export async function createTestDatabase(
  kind: DatabaseKind,
  extraSets: MigrationSet[] = [],
): Promise<DatabaseHandle> {
  const sets = [coreMigrationSet, ...extraSets];
  const key = templateKey(sets);
  if (kind === 'pglite') return pgliteFromTemplate(key, sets);
  return postgresFromTemplate(key, sets);
}

async function pgliteFromTemplate(key: string, sets: MigrationSet[]) {
  const templateDir = templateDirOf(runId());
  // Uncompressed: each test database loads the template again, and gunzip was a third of a load's CPU.
  const file = join(templateDir, `${key}.tar`);
  if (existsSync(file)) {
    return createDatabase({ loadDataDir: new Blob([readFileSync(file)]) });
  }
  const handle = await createDatabase();
  await migrateToLatest(handle.db, sets);
  const dump = await handle.pglite!.dumpDataDir('none');
  mkdirSync(templateDir, { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  renameSync(tmp, file);
  return handle;
}

async function postgresFromTemplate(key: string, sets: MigrationSet[]) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const template = `jiceng_tpl_${runId()}_${key}`;
  const name = `jiceng_t_${runId()}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  try {
    // One builder per template across parallel test workers.
    await admin.query('select pg_advisory_lock(hashtext($1))', [template]);
    const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (!exists.rowCount) {
      await admin.query(`create database ${template}`);
      const t = await createDatabase({ url: withDatabase(url, template), poolSize: 1 });
      try {
        await migrateToLatest(t.db, sets);
      } catch (e) {
        await t.close();
        await admin.query(`drop database ${template}`);
        throw e;
      }
      await t.close();
    }
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.query('select pg_advisory_unlock(hashtext($1))', [template]).catch(() => {});
    await admin.end();
  }
  const handle = await createDatabase({ url: withDatabase(url, name), poolSize: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const drop = new pg.Client({ connectionString: url });
      await drop.connect();
      await drop.query(`drop database if exists ${name} with (force)`).catch(() => {});
      await drop.end();
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Drops one run's template and test databases (the run's global teardown). */
export async function dropRunDatabases(url: string, run: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const rows = await admin.query(
      `select datname from pg_database where datname like $1 or datname like $2`,
      [`jiceng_tpl_${run}_%`, `jiceng_t_${run}_%`],
    );
    for (const r of rows.rows)
      await admin.query(`drop database if exists ${r.datname} with (force)`).catch(() => {});
  } finally {
    await admin.end();
  }
}
