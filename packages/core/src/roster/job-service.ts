import { recordAudit } from '../audit';
import { ApiError } from '../http/errors';
import { HEARTBEAT_MS, startHeartbeat } from './job-liveness';
import { clearStage, housekeeping, stageTable } from './job-queries';
import type { ImportActor, RosterDeps, RunOptions } from './job-types';
import { mergeMembers, stagedCount } from './members';
import { RosterFileError } from './read';
import { type ImportFormat, type ImportJob, type ImportKind, type ImportMode, rosterDb } from './schema';
import { mergeTreeRows } from './tree';

export async function createImportJob(
  deps: RosterDeps,
  input: {
    cityId: number;
    kind: ImportKind;
    fileName: string;
    format: ImportFormat;
    size: number;
    /** Kept with the job while it runs (API uploads); the CLI reads its file from disk instead. */
    file: Uint8Array | null;
    createdBy: number | null;
  },
): Promise<ImportJob> {
  const db = rosterDb(deps.db);
  const now = deps.clock.now();
  await housekeeping(deps, input.cityId);
  return db
    .insertInto('core.import_job')
    .values({
      city_id: input.cityId,
      kind: input.kind,
      file_name: input.fileName.slice(0, 255),
      file_format: input.format,
      file_size: input.size,
      file: input.file,
      encoding: null,
      status: 'validating',
      mode: null,
      phase: 'reading',
      columns: '[]',
      total_rows: null,
      good_rows: null,
      error_rows: null,
      error_count: null,
      to_insert: null,
      to_update: null,
      unchanged: null,
      inserted: null,
      updated: null,
      skipped: null,
      failure: null,
      header: null,
      created_by: input.createdBy,
      created_at: now,
      updated_at: now,
      finished_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

function failureOf(
  deps: RosterDeps,
  job: ImportJob,
  e: unknown,
): { code: string; params?: Record<string, unknown> } {
  if (e instanceof RosterFileError) return { code: e.code, params: e.params };
  if (e instanceof ApiError) return { code: e.key, params: e.params };
  const pg = e as { code?: string; detail?: string; message?: string; constraint?: string };
  if (typeof pg?.code === 'string' && /^(23|22)/.test(pg.code))
    return { code: 'roster_merge_failed', params: { detail: pg.detail ?? pg.constraint ?? pg.message } };
  deps.logger.error('roster import failed', {
    cityId: job.city_id,
    jobId: job.id,
    message: (e as Error)?.message,
    stack: (e as Error)?.stack,
  });
  return { code: 'internal' };
}

/** Ends a job as failed with its reason, dropping its staged rows; never throws. */
export async function failJob(
  deps: RosterDeps,
  job: ImportJob,
  e: unknown,
  dropProblems: boolean,
): Promise<ImportJob> {
  const db = rosterDb(deps.db);
  const failure = failureOf(deps, job, e);
  const now = deps.clock.now();
  try {
    await clearStage(db, job);
    // A dry run cut short has a partial list of problems: misleading, so it goes.
    if (dropProblems)
      for (const table of ['core.import_error', 'core.import_error_row'] as const)
        await db.deleteFrom(table).where('city_id', '=', job.city_id).where('job_id', '=', job.id).execute();
    return await db
      .updateTable('core.import_job')
      .set({
        status: 'failed',
        phase: null,
        failure: JSON.stringify(failure),
        file: null,
        updated_at: now,
        finished_at: now,
      })
      .where('city_id', '=', job.city_id)
      .where('id', '=', job.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (inner) {
    deps.logger.error('roster: could not record a failed job', {
      jobId: job.id,
      message: (inner as Error).message,
    });
    return { ...job, status: 'failed', failure };
  }
}

/** Moves a validated job to `importing` (once: a second commit gets 409). The merge itself is `mergeImport`. */
export async function claimCommit(deps: RosterDeps, job: ImportJob, mode: ImportMode): Promise<ImportJob> {
  if (job.status !== 'validated') throw new ApiError(409, 'roster_job_state', { status: job.status });
  if (mode === 'all' && (job.error_rows ?? 0) > 0)
    throw new ApiError(409, 'roster_has_errors', { rows: job.error_rows }, 'mode');
  const claimed = await rosterDb(deps.db)
    .updateTable('core.import_job')
    .set({ status: 'importing', mode, phase: 'merging', progress: 0, updated_at: deps.clock.now() })
    .where('city_id', '=', job.city_id)
    .where('id', '=', job.id)
    .where('status', '=', 'validated')
    .returningAll()
    .executeTakeFirst();
  if (!claimed) throw new ApiError(409, 'roster_job_state', { status: 'importing' });
  return claimed;
}

/**
 * Staged rows into the core tables in ONE transaction, with the audit entry and the job's final state: a failure
 * (or a killed process) anywhere before the commit leaves the core tables as they were. Never throws.
 */
export async function mergeImport(
  deps: RosterDeps,
  job: ImportJob,
  actor: ImportActor,
  options: RunOptions = {},
): Promise<ImportJob> {
  const { city_id: cityId, id: jobId, kind } = job;
  // The merge is one transaction: the beats go through other connections (PGlite: between its statements).
  const stopHeartbeat = startHeartbeat(deps, job, options.heartbeatMs ?? HEARTBEAT_MS);
  const fields = (job.columns as unknown as string[]) ?? [];
  try {
    options.onProgress?.({ phase: 'merging', rows: 0, bytes: job.file_size, totalBytes: job.file_size });
    return await deps.db.transaction().execute(async (trx) => {
      const now = deps.clock.now();
      const staged = await stagedCount(trx, stageTable(kind), cityId, jobId);
      if (staged !== job.total_rows) throw new RosterFileError('roster_staging_lost');
      let inserted: number;
      let updated: number;
      if (kind === 'members') {
        const r = await mergeMembers(trx, cityId, jobId, fields, now, options.hooks);
        if (r.clashes) throw new RosterFileError('roster_changed_since_check', { rows: r.clashes });
        ({ inserted, updated } = r);
      } else ({ inserted, updated } = await mergeTreeRows(trx, kind, cityId, jobId, fields, options.hooks));
      const good = job.good_rows ?? 0;
      const counts = {
        inserted,
        updated,
        unchanged: good - inserted - updated,
        skipped: job.error_rows ?? 0,
      };
      await recordAudit(trx, {
        cityId,
        actorUserId: actor.userId,
        action: 'import',
        entity: 'import_job',
        entityId: jobId,
        after: {
          kind,
          fileName: job.file_name,
          format: job.file_format,
          mode: job.mode,
          rows: job.total_rows,
          ...counts,
          via: actor.via,
        },
      });
      await options.hooks?.afterStep?.('audit', inserted + updated);
      return await rosterDb(trx)
        .updateTable('core.import_job')
        .set({
          status: 'done',
          phase: null,
          progress: 1,
          ...counts,
          file: null,
          updated_at: now,
          finished_at: now,
        })
        .where('city_id', '=', cityId)
        .where('id', '=', jobId)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  } catch (e) {
    return await failJob(deps, job, e, false);
  } finally {
    await stopHeartbeat();
    await clearStage(rosterDb(deps.db), job).catch(() => {});
  }
}
export async function cancelImport(deps: RosterDeps, job: ImportJob): Promise<ImportJob> {
  if (job.status !== 'validated' && job.status !== 'failed')
    throw new ApiError(409, 'roster_job_state', { status: job.status });
  await clearStage(rosterDb(deps.db), job);
  // The bad rows' cells are personal data kept for the problems workbook; a discarded job needs them no more.
  await rosterDb(deps.db)
    .deleteFrom('core.import_error_row')
    .where('city_id', '=', job.city_id)
    .where('job_id', '=', job.id)
    .execute();
  const now = deps.clock.now();
  return rosterDb(deps.db)
    .updateTable('core.import_job')
    .set({
      status: job.status === 'failed' ? 'failed' : 'cancelled',
      file: null,
      updated_at: now,
      finished_at: now,
    })
    .where('city_id', '=', job.city_id)
    .where('id', '=', job.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
