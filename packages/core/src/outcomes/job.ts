import { toLocalDate } from '../clock';
import type { CoreDeps } from '../deps';
import { claimDaily } from '../jobs';
import { citySources } from './service';
import { refreshCity } from './snapshots';

export const SNAPSHOT_JOB = { pluginId: 'core', jobId: 'outcome_snapshots' } as const;

/**
 * Core's daily job: for every active city, recompute the shared indicators' snapshots of the current and previous
 * month (with their quarter, half and year) and backfill any of the last 12 months still missing. Each city's day
 * is claimed in core.job_run like a plugin job, so many API processes ticking at once run it once.
 */
export async function refreshOutcomeSnapshots(deps: CoreDeps): Promise<{ cityId: number; rows: number }[]> {
  const day = toLocalDate(deps.clock.now());
  const cities = await deps.db
    .selectFrom('core.city')
    .select('id')
    .where('active', '=', true)
    .orderBy('id')
    .execute();
  const done: { cityId: number; rows: number }[] = [];
  for (const { id: cityId } of cities) {
    const runId = await claimDaily(deps, cityId, SNAPSHOT_JOB.pluginId, SNAPSHOT_JOB.jobId, day);
    if (!runId) continue;
    let status: 'done' | 'failed' = 'done';
    let result: Record<string, unknown> | null = null;
    let error: string | null = null;
    try {
      result = await refreshCity(deps, cityId, await citySources(deps, cityId), day);
      done.push({ cityId, rows: Number(result.rows) });
    } catch (e) {
      status = 'failed';
      error = String((e as Error)?.message ?? e).slice(0, 2000);
      deps.logger.error('outcome snapshots failed', { cityId, message: error });
    }
    await deps.db
      .updateTable('core.job_run')
      .set({ status, result: result && JSON.stringify(result), error, finished_at: deps.clock.now() })
      .where('city_id', '=', cityId)
      .where('id', '=', runId)
      .execute();
  }
  return done;
}
