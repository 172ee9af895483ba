import { sql } from 'kysely';
import { recordAudit } from '../audit';
import { toLocalDate } from '../clock';
import type { CoreDeps } from '../deps';
import { ApiError, notFound } from '../http/errors';
import { dispatchNotifications } from '../notifications';
import { refreshOutcomeSnapshots } from '../outcomes/job';
import type { JicengPlugin, PluginJob } from '../plugins/contract';
import { enabledPlugins, isEnabled, pluginContext } from '../plugins/host';

/** A run still 'running' after this was left by a process that died: its day may be claimed again. */
const STALE_RUN_MS = 60 * 60_000;
/** A failed scheduled run is tried again on a later tick, this long after it failed, up to MAX_ATTEMPTS a day. */
const RETRY_AFTER_MS = 10 * 60_000;
const MAX_ATTEMPTS = 3;

export interface JobRun {
  id: number;
  pluginId: string;
  jobId: string;
  trigger: 'schedule' | 'manual';
  runOn: string;
  status: 'running' | 'done' | 'failed';
  attempts: number;
  result: Record<string, unknown> | null;
  error: string | null;
  startedBy: string | null;
  startedAt: Date;
  finishedAt: Date | null;
}

function view(r: any): JobRun {
  return {
    id: r.id,
    pluginId: r.plugin_id,
    jobId: r.job_id,
    trigger: r.trigger,
    runOn: r.run_on,
    status: r.status,
    attempts: r.attempts,
    result: r.result,
    error: r.error,
    startedBy: r.username ?? null,
    startedAt: new Date(r.started_at),
    finishedAt: r.finished_at ? new Date(r.finished_at) : null,
  };
}

const iso = (d: Date) => d.toISOString();

/**
 * Claims today's scheduled run of one job for one city: exactly one caller gets an id, however many API
 * processes tick at once; a failed run (after a pause) or a run abandoned by a dead process may be claimed again.
 */
export async function claimDaily(
  deps: CoreDeps,
  cityId: number,
  pluginId: string,
  jobId: string,
  day: string,
) {
  const now = deps.clock.now();
  await expireStaleRuns(deps, cityId, pluginId, jobId, day);
  try {
    const r = await sql<{ id: number }>`
      insert into core.job_run as j (city_id, plugin_id, job_id, trigger, run_on, status, started_at)
      values (${cityId}, ${pluginId}, ${jobId}, 'schedule', ${day}, 'running', ${iso(now)}::timestamptz)
      on conflict (city_id, plugin_id, job_id, run_on) where trigger = 'schedule'
      do update set status = 'running', attempts = j.attempts + 1, started_at = excluded.started_at,
        finished_at = null, error = null, result = null
      where (j.status = 'failed' and j.attempts < ${MAX_ATTEMPTS}
             and j.finished_at <= ${iso(new Date(now.getTime() - RETRY_AFTER_MS))}::timestamptz)
         or (j.status = 'running' and j.started_at <= ${iso(new Date(now.getTime() - STALE_RUN_MS))}::timestamptz)
      returning j.id`.execute(deps.db);
    return r.rows[0]?.id;
  } catch (e) {
    // A manual run of the job is under way (job_run_running_key): the day's run waits for a later tick.
    if (isRunningKeyViolation(e)) return undefined;
    throw e;
  }
}

const isRunningKeyViolation = (e: unknown) =>
  (e as { code?: string })?.code === '23505' &&
  /job_run_running_key/.test(String((e as { constraint?: string }).constraint ?? (e as Error).message));

/**
 * Closes runs left 'running' by a process that died, so they stop holding the job's one running slot. Today's
 * scheduled row is left to `claimDaily`, which takes it over in place (counting an attempt).
 */
async function expireStaleRuns(
  deps: CoreDeps,
  cityId: number,
  pluginId: string,
  jobId: string,
  day?: string,
) {
  const now = deps.clock.now();
  let q = deps.db
    .updateTable('core.job_run')
    .set({ status: 'failed', error: 'abandoned: its process ended', finished_at: now })
    .where('city_id', '=', cityId)
    .where('plugin_id', '=', pluginId)
    .where('job_id', '=', jobId)
    .where('status', '=', 'running')
    .where('started_at', '<=', new Date(now.getTime() - STALE_RUN_MS));
  if (day) q = q.where((eb) => eb.not(eb.and([eb('trigger', '=', 'schedule'), eb('run_on', '=', day)])));
  await q.execute();
}

/** Runs a claimed job and records how it went (with an audit entry) in one transaction. */
async function execute(
  deps: CoreDeps,
  plugin: JicengPlugin<any>,
  job: PluginJob,
  cityId: number,
  runId: number,
  day: string,
  actorUserId: number | null,
): Promise<JobRun> {
  let status: 'done' | 'failed' = 'done';
  let result: Record<string, unknown> | null = null;
  let error: string | null = null;
  try {
    result = (await job.run(pluginContext(deps, plugin), { cityId, date: day })) ?? {};
  } catch (e) {
    status = 'failed';
    error = String((e as Error)?.message ?? e).slice(0, 2000);
    deps.logger.error('scheduled job failed', { plugin: plugin.id, job: job.id, cityId, message: error });
  }
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('core.job_run')
      .set({
        status,
        result: result === null ? null : JSON.stringify(result),
        error,
        finished_at: deps.clock.now(),
      })
      .where('city_id', '=', cityId)
      .where('id', '=', runId)
      .execute();
    await recordAudit(trx, {
      cityId,
      actorUserId,
      action: 'run',
      entity: 'job',
      entityId: `${plugin.id}/${job.id}`,
      after: { runId, day, status, result, error },
    });
  });
  return (await runsOf(deps, cityId, { runId }))[0]!;
}

async function runsOf(
  deps: CoreDeps,
  cityId: number,
  filter: { runId?: number; pluginId?: string; jobId?: string; limit?: number },
): Promise<JobRun[]> {
  let q = deps.db
    .selectFrom('core.job_run as j')
    .leftJoin('core.app_user as u', 'u.id', 'j.started_by')
    .selectAll('j')
    .select('u.username')
    .where('j.city_id', '=', cityId);
  if (filter.runId) q = q.where('j.id', '=', filter.runId);
  if (filter.pluginId) q = q.where('j.plugin_id', '=', filter.pluginId);
  if (filter.jobId) q = q.where('j.job_id', '=', filter.jobId);
  const rows = await q
    .orderBy('j.started_at', 'desc')
    .orderBy('j.id', 'desc')
    .limit(filter.limit ?? 50)
    .execute();
  return rows.map(view);
}

/**
 * One scheduler tick: every daily job of every plugin, for every active city that enabled it, unless today's
 * run is already done or being done elsewhere. Sequential: PGlite has one connection, and jobs are not urgent.
 */
export async function runDueJobs(deps: CoreDeps): Promise<JobRun[]> {
  const withJobs = deps.plugins.filter((p) => p.jobs?.length);
  if (!withJobs.length) return [];
  const enabled = await deps.db
    .selectFrom('core.city_plugin as cp')
    .innerJoin('core.city as c', 'c.id', 'cp.city_id')
    .select(['cp.city_id', 'cp.plugin_id'])
    .where('cp.enabled', '=', true)
    .where('c.active', '=', true)
    .where(
      'cp.plugin_id',
      'in',
      withJobs.map((p) => p.id),
    )
    .orderBy('cp.city_id')
    .orderBy('cp.plugin_id')
    .execute();
  const day = toLocalDate(deps.clock.now());
  const runs: JobRun[] = [];
  for (const row of enabled) {
    const plugin = withJobs.find((p) => p.id === row.plugin_id)!;
    for (const job of plugin.jobs!) {
      const runId = await claimDaily(deps, row.city_id, plugin.id, job.id, day);
      if (runId) runs.push(await execute(deps, plugin, job, row.city_id, runId, day, null));
    }
  }
  return runs;
}

function findJob(deps: CoreDeps, pluginId: string, jobId: string) {
  const plugin = deps.plugins.find((p) => p.id === pluginId);
  if (!plugin) throw new ApiError(404, 'plugin_not_installed');
  const job = plugin.jobs?.find((j) => j.id === jobId);
  if (!job) throw notFound('job');
  return { plugin, job };
}

/** "Run now" by a city admin: refused (409) while a run of the same job is under way for the city. */
export async function runJobNow(
  deps: CoreDeps,
  cityId: number,
  pluginId: string,
  jobId: string,
  actorUserId: number,
): Promise<JobRun> {
  const { plugin, job } = findJob(deps, pluginId, jobId);
  if (!(await isEnabled(deps.db, cityId, plugin.id))) throw new ApiError(404, 'plugin_not_installed');
  const now = deps.clock.now();
  const day = toLocalDate(now);
  await expireStaleRuns(deps, cityId, plugin.id, job.id);
  // One atomic claim: the partial unique key job_run_running_key lets one of many racing requests insert the
  // running row; the others get nothing back and a 409 (no look-up first that all of them could pass).
  const claimed = await sql<{ id: number }>`
    insert into core.job_run (city_id, plugin_id, job_id, trigger, run_on, status, started_by, started_at)
    values (${cityId}, ${plugin.id}, ${job.id}, 'manual', ${day}, 'running', ${actorUserId}, ${iso(now)}::timestamptz)
    on conflict (city_id, plugin_id, job_id) where status = 'running' do nothing
    returning id`.execute(deps.db);
  const id = claimed.rows[0]?.id;
  if (id == null) {
    const busy = await deps.db
      .selectFrom('core.job_run')
      .select('started_at')
      .where('city_id', '=', cityId)
      .where('plugin_id', '=', plugin.id)
      .where('job_id', '=', job.id)
      .where('status', '=', 'running')
      .executeTakeFirst();
    throw new ApiError(409, 'job_running', {
      startedAt: busy ? new Date(busy.started_at).toISOString() : iso(now),
    });
  }
  return execute(deps, plugin, job, cityId, id, day, actorUserId);
}

/** The jobs of the models a city enabled, each with its recent runs (newest first). */
export async function jobsOfCity(deps: CoreDeps, cityId: number) {
  const items = [];
  for (const plugin of await enabledPlugins(deps, cityId)) {
    for (const job of plugin.jobs ?? []) {
      const runs = await runsOf(deps, cityId, { pluginId: plugin.id, jobId: job.id, limit: 10 });
      items.push({
        pluginId: plugin.id,
        pluginNames: plugin.names,
        id: job.id,
        names: job.names,
        description: job.description ?? null,
        schedule: job.schedule,
        resultLabels: job.resultLabels ?? {},
        lastRun: runs[0] ?? null,
        runs,
      });
    }
  }
  return items;
}

export interface Scheduler {
  /** Runs one tick now (unless one is under way) and resolves when it is over. */
  tick(): Promise<void>;
  /** Stops ticking and waits for a tick under way. */
  stop(): Promise<void>;
}

/**
 * Ticks runDueJobs (then the notification outbox, when channels are configured) every `intervalMs` in this process. Safe with many processes: each day's run is claimed in the
 * database. Timers are unref'd, so the scheduler never keeps a process alive on its own.
 */
export function startScheduler(
  deps: CoreDeps,
  options: { intervalMs?: number; firstTickMs?: number } = {},
): Scheduler {
  let current: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (stopped) return Promise.resolve();
    current ??= runDueJobs(deps)
      .then((runs) => {
        for (const r of runs)
          deps.logger.info(`job ${r.pluginId}/${r.jobId} ${r.status}`, { runOn: r.runOn, result: r.result });
      })
      .catch((e) => deps.logger.error('scheduler tick failed', { message: (e as Error).message }))
      // Then core's own daily job: the shared indicators' monthly snapshots (claimed per city and day).
      .then(() => refreshOutcomeSnapshots(deps))
      .catch((e) => deps.logger.error('outcome snapshots failed', { message: (e as Error).message }))
      // Then the notification outbox (channels beyond the app), whatever the jobs did.
      .then(async () => {
        if (deps.notificationChannels?.length) await dispatchNotifications(deps);
      })
      .catch((e) => deps.logger.error('notification dispatch failed', { message: (e as Error).message }))
      .finally(() => {
        current = null;
      });
    return current;
  };
  const first = setTimeout(tick, options.firstTickMs ?? 5_000);
  const timer = setInterval(tick, options.intervalMs ?? 60_000);
  first.unref();
  timer.unref();
  return {
    tick,
    stop: async () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await current;
    },
  };
}
