import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { CoreDatabase } from './schema';

export type { CoreDatabase } from './schema';
export * from './schema';
export type { SchemaAgrees, SchemaMismatches } from './schema-check';
export { isDatabaseUnavailable } from './unavailable';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle<DB = CoreDatabase> {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** Where the data lives: a PGlite data directory (undefined = in memory) or the connection URL. */
  location: string | undefined;
  /** PGlite only: the embedded client (for dumpDataDir). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… selects PostgreSQL through `pg`; anything else is treated as a PGlite data directory. */
  url?: string;
  /** PGlite only: start from a dump made with `dumpDataDir()` (fast test databases). */
  loadDataDir?: Blob | File;
  /** PostgreSQL pool size. PGlite is always one connection. */
  poolSize?: number;
  /** PostgreSQL: how long a query waits for a connection before failing (a 503), default 10 s. */
  connectTimeoutMs?: number;
  /** PostgreSQL: application_name of the pool's connections (lets an operator or a test find them). */
  applicationName?: string;
  /** Where a lost connection is reported; nothing is thrown either way. */
  onConnectionError?: (err: Error) => void;
}

// Same JS types from both drivers: int8/numeric as numbers, date as 'YYYY-MM-DD' strings.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const toNumber = (v: string) => (v === null ? null : Number(v));
const keepString = (v: string) => v;

let pgParsersSet = false;
function setPgParsers() {
  if (pgParsersSet) return;
  pg.types.setTypeParser(INT8, toNumber);
  pg.types.setTypeParser(NUMERIC, toNumber);
  pg.types.setTypeParser(DATE, keepString);
  pgParsersSet = true;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

export async function createDatabase<DB = CoreDatabase>(
  options: DatabaseOptions = {},
): Promise<DatabaseHandle<DB>> {
  if (isPostgresUrl(options.url)) {
    setPgParsers();
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      // With the database away, a request fails after this long instead of queueing forever.
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
      // Notice a silently dropped connection (a failed-over server, a cut network) on idle clients too.
      keepAlive: true,
      ...(options.applicationName
        ? { application_name: options.applicationName }
        : { fallback_application_name: 'jiceng' }),
    });
    const report = options.onConnectionError ?? (() => {});
    // pool.on('error') covers idle clients only. A client checked out by a query when its backend is terminated
    // (pg_terminate_backend, a server restart) emits 'error' too, and an EventEmitter 'error' without a listener
    // kills the process. So every client gets a listener from birth; the query itself still rejects (a 503) and
    // the pool drops the broken client on release, so the next query reconnects.
    pool.on('connect', (client) => client.on('error', report));
    pool.on('error', report);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', location: options.url, close: () => db.destroy() };
  }
  // PGlite creates its data directory but not the parents (a fresh clone has no .data/ yet).
  if (options.url && !/^[a-z]+:\/\//.test(options.url)) mkdirSync(dirname(options.url), { recursive: true });
  const client = await PGlite.create({
    dataDir: options.url || undefined,
    loadDataDir: options.loadDataDir,
    parsers: { [INT8]: toNumber, [NUMERIC]: toNumber, [DATE]: keepString },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
  return {
    db,
    kind: 'pglite',
    location: options.url,
    pglite: client,
    close: async () => {
      await db.destroy();
      if (!client.closed) await client.close();
    },
  };
}

/**
 * A database with core's tables and perhaps a plugin's (`Kysely<CoreDatabase & Tables>`), seen with core's tables
 * only: core's helpers take any such database and query core's tables. Kysely is invariant in its tables, so
 * this is the one place that narrows it.
 */
export function coreTablesOf<DB extends CoreDatabase>(
  db: Kysely<DB> | Transaction<DB>,
): Kysely<CoreDatabase> {
  return db as unknown as Kysely<CoreDatabase>;
}
