import type { Kysely } from 'kysely';
import type { CityAccess } from '../auth/actor';
import type { Clock } from '../clock';
import type { CoreDatabase } from '../db/schema';
import type { Logger } from '../logger';
import type { AttributeDeclarer } from '../places/attributes';
import type { MergeHooks } from './members';
import type { JobPhase } from './schema';

export interface RosterDeps {
  db: Kysely<CoreDatabase>;
  clock: Clock;
  logger: Logger;
  /**
   * The installed plugins: the places roster has a column for each place attribute of the city's enabled ones.
   * Required, so that no caller (the API, the CLI, the bench) can leave them out and drop those columns unread.
   */
  plugins: readonly AttributeDeclarer[];
}

/** Who runs an import: their user id (null from the CLI), their reach in the city, and how they came. */
export interface ImportActor {
  userId: number | null;
  access: CityAccess;
  via: 'api' | 'cli';
}

export interface ProgressEvent {
  phase: JobPhase;
  rows: number;
  bytes: number;
  totalBytes: number;
}

export interface RunOptions {
  /** Rows per staging insert. */
  batchSize?: number;
  /** How often the job's liveness is written (tests shorten it). */
  heartbeatMs?: number;
  onProgress?: (e: ProgressEvent) => void;
  hooks?: MergeHooks;
}
