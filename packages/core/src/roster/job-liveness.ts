import { clearStage } from './job-queries';
import type { RosterDeps } from './job-types';
import { type ImportJob, rosterDb } from './schema';

/**
 * Liveness lives in the database, so every process sees the same thing: while a process reads, stages or merges a
 * job it advances the job's `updated_at` every HEARTBEAT_MS (outside the job's own transactions), and a job left
 * validating or importing whose `updated_at` is older than STALE_AFTER_MS has no living process: it is reported
 * interrupted (failed, its staged rows dropped). A killed process's job is so settled within a minute; nine missed
 * beats leave room for a busy event loop, which is never mistaken for a dead process.
 */
export const HEARTBEAT_MS = 5_000;
export const STALE_AFTER_MS = 45_000;

/** Advances the job's `updated_at` until stopped; a failed beat is logged and retried at the next one. */
export function startHeartbeat(deps: RosterDeps, job: Pick<ImportJob, 'city_id' | 'id'>, everyMs: number) {
  let beating: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    beating = rosterDb(deps.db)
      .updateTable('core.import_job')
      .set({ updated_at: deps.clock.now() })
      .where('city_id', '=', job.city_id)
      .where('id', '=', job.id)
      .where('status', 'in', ['validating', 'importing'])
      .execute()
      .catch((e: Error) =>
        deps.logger.warn('roster: heartbeat failed', { jobId: job.id, message: e.message }),
      );
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await beating;
  };
}

/**
 * One job of the city; a job left validating or importing with no heartbeat for STALE_AFTER_MS (its process died)
 * is failed as interrupted here — by a compare-and-set on the status and the stale `updated_at`, so a job whose
 * process beat meanwhile is left alone, and two readers never both clean it up.
 */
export async function getImportJob(
  deps: RosterDeps,
  cityId: number,
  id: number,
): Promise<ImportJob | undefined> {
  const db = rosterDb(deps.db);
  const job = await db
    .selectFrom('core.import_job')
    .selectAll()
    .where('city_id', '=', cityId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!job || (job.status !== 'validating' && job.status !== 'importing')) return job;
  const staleBefore = new Date(deps.clock.now().getTime() - STALE_AFTER_MS);
  if (new Date(job.updated_at).getTime() >= staleBefore.getTime()) return job;
  const now = deps.clock.now();
  const failed = await db
    .updateTable('core.import_job')
    .set({
      status: 'failed',
      phase: null,
      failure: JSON.stringify({ code: 'roster_interrupted' }),
      file: null,
      updated_at: now,
      finished_at: now,
    })
    .where('city_id', '=', cityId)
    .where('id', '=', id)
    .where('status', '=', job.status)
    .where('updated_at', '<', staleBefore)
    .returningAll()
    .executeTakeFirst();
  // A beat or a state change came in between: the job is alive after all.
  if (!failed)
    return db
      .selectFrom('core.import_job')
      .selectAll()
      .where('city_id', '=', cityId)
      .where('id', '=', id)
      .executeTakeFirst();
  // Its staged rows (personal data) go; a dry run cut short also drops its partial list of problems.
  await clearStage(db, failed);
  if (job.status === 'validating')
    await db.deleteFrom('core.import_error').where('city_id', '=', cityId).where('job_id', '=', id).execute();
  return failed;
}
