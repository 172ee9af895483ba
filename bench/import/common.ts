// Shared by the bench's orchestrator (run.ts) and its one-measurement child (one.ts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

export const BENCH_DIR = process.env.JICENG_BENCH_DIR || '/tmp/jiceng-bench';
export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
export const pgUrl = () => process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || DEFAULT_PG_URL;

export type DbKind = 'postgres' | 'pglite';
export type Measure = 'copy' | 'csv' | 'xlsx';

export interface OneArgs {
  db: DbKind;
  measure: Measure;
  rows: number;
  /** PostgreSQL: the template database to copy; PGlite: the dumped data directory. */
  template: string;
  dir: string;
}

export interface OneResult {
  db: DbKind;
  measure: Measure;
  rows: number;
  /** Rows in core.member for the city afterwards (sanity check). */
  loaded: number;
  seconds: number;
  /** End to end only: the dry run (read, check, stage) and the merge. */
  checkSeconds?: number;
  mergeSeconds?: number;
  /** Peak resident memory of the measuring process, and its RSS just before the measurement started. */
  peakRssMb: number;
  rssBeforeMb: number;
}

export const sizeDir = (rows: number) => {
  const dir = join(BENCH_DIR, String(rows));
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  return dir;
};

/** The columns of core.member the pre-normalized file fills, in its order. */
export const COPY_COLUMNS = [
  'city_id',
  'name',
  'gender',
  'id_number',
  'phone',
  'birth_date',
  'category',
  'cadre_rank',
  'org_id',
  'unit_id',
  'residence_place_id',
  'joined_party_on',
  'occupation',
  'skills',
];

export const CITY_CODE = 'longyan';

/** A statement on the server's maintenance connection (CREATE/DROP DATABASE run outside transactions). */
export async function adminSql(statement: string) {
  const admin = new pg.Client({ connectionString: pgUrl() });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
