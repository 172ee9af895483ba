import type { Generated, Kysely, Selectable } from 'kysely';
import type { CoreDatabase, Json, Timestamp } from '../db/schema';

export const IMPORT_KINDS = ['members', 'orgs', 'units', 'places'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const JOB_STATUSES = ['validating', 'validated', 'importing', 'done', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const IMPORT_MODES = ['all', 'good_rows'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export type JobPhase = 'reading' | 'checking' | 'merging';

/** A problem as stored: a message key (roster_*) with params, translated when read. */
export interface RowProblem {
  row: number;
  field: string | null;
  code: string;
  params?: Record<string, unknown>;
}

/** Problems a row is still imported with: shown to the user, not counted as errors, never blocking a commit. */
export const WARNING_CODES = ['roster_id_number_rounded'] as const;
export const isWarning = (code: string) => (WARNING_CODES as readonly string[]).includes(code);

export interface ImportJobTable {
  city_id: number;
  id: Generated<number>;
  kind: ImportKind;
  file_name: string;
  file_format: ImportFormat;
  file_size: number;
  file: Uint8Array | null;
  encoding: string | null;
  status: JobStatus;
  mode: ImportMode | null;
  phase: JobPhase | null;
  columns: Json<string[]>;
  processed_rows: Generated<number>;
  total_rows: number | null;
  progress: Generated<number>;
  good_rows: number | null;
  error_rows: number | null;
  error_count: number | null;
  to_insert: number | null;
  to_update: number | null;
  unchanged: number | null;
  inserted: number | null;
  updated: number | null;
  skipped: number | null;
  failure: Json<{ code: string; params?: Record<string, unknown> }> | null;
  /** The file's header row as written (for the problems workbook); null before it is found. */
  header: Json<string[]> | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface ImportErrorTable {
  city_id: number;
  job_id: number;
  row_no: number;
  field: string | null;
  code: string;
  params: Json<Record<string, unknown>>;
}

/** The cells of a row with a problem, as the file had them (an array) or rebuilt from its checked values (by field). */
export interface ImportErrorRowTable {
  city_id: number;
  job_id: number;
  row_no: number;
  cells: Json<unknown[] | Record<string, unknown>>;
}

export interface ImportRowStageTable {
  city_id: number;
  job_id: number;
  row_no: number;
  ok: boolean;
  data: Json<Record<string, unknown>>;
}

/** Validated member rows between the dry run and the merge (written and read with plain SQL in ./members). */
export interface ImportMemberStageTable {
  city_id: number;
  job_id: number;
  row_no: number;
  ok: boolean;
  name: string | null;
  gender: string | null;
  id_number: string | null;
  phone: string | null;
  birth_date: string | null;
  category: string | null;
  cadre_rank: string | null;
  org_id: number | null;
  unit_id: number | null;
  residence_place_id: number | null;
  joined_party_on: string | null;
  occupation: string | null;
  skills: string | null;
}

/** The roster tables are part of CoreDatabase now; the name stays for the code that says it. */
export type RosterDatabase = CoreDatabase;

export type ImportJob = Selectable<ImportJobTable>;

/** core's Kysely (which has the roster tables; their types live here, beside the code that owns them). */
export const rosterDb = (db: Kysely<CoreDatabase>): Kysely<RosterDatabase> => db;
