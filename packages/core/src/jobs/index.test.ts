import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApp } from '../app';
import { manualClock } from '../clock';
import type { DatabaseHandle } from '../db';
import type { CoreDeps } from '../deps';
import { silentLogger } from '../logger';
import type { JicengPlugin, PluginEnv } from '../plugins/contract';
import { createTestDatabase, PASSWORD, testClient, testDatabaseKinds, twoCityWorld } from '../testing';
import { runDueJobs, startScheduler } from '.';

/** Every call of the test plugin's job, and a switch that makes it fail. */
const calls: { cityId: number; date: string }[] = [];
let failNext = 0;

const ticker: JicengPlugin<{ every: number }> = {
  id: 'ticker-test',
  version: '0.0.1',
  platform: '^0.1.0',
  names: { 'zh-CN': '计时', en: 'Ticker' },
  description: { 'zh-CN': '计时', en: 'Ticker' },
  region: { 'zh-CN': '测试', en: 'Test' },
  features: [],
  config: z.object({ every: z.number().default(1) }),
  migrations: {},
  api: () => new Hono<PluginEnv>().get('/', (c) => c.json({ ok: true })),
  web: async () => ({ default: { id: 'ticker-test' } }),
  indicators: [],
  jobs: [
    {
      id: 'count_members',
      names: { 'zh-CN': '清点党员', en: 'Count members' },
      schedule: 'daily',
      run: async (ctx, { cityId, date }) => {
        calls.push({ cityId, date });
        if (failNext > 0) {
          failNext--;
          throw new Error('the upstream register is down');
        }
        const r = await ctx.db
          .selectFrom('core.member')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('city_id', '=', cityId)
          .executeTakeFirstOrThrow();
        return { members: Number(r.n) };
      },
    },
  ],
};

describe.each(testDatabaseKinds())('scheduled jobs on %s', (kind) => {
  let handle: DatabaseHandle;
  let deps: CoreDeps;
  let app: ReturnType<typeof createApp>;
  let world: Awaited<ReturnType<typeof twoCityWorld>>;
  // 2026-06-01 07:30 in China (UTC+8): the local day is 2026-06-01.
  const clock = manualClock('2026-05-31T23:30:00Z');

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    world = await twoCityWorld(handle.db);
    deps = { db: handle.db, clock, logger: silentLogger, plugins: [ticker] };
    app = createApp(deps);
    const admin = testClient(app);
    await admin.login('aa-admin', PASSWORD);
    expect((await admin.put('/api/cities/aa/plugin-settings/ticker-test', { enabled: true })).status).toBe(
      200,
    );
  });
  afterAll(() => handle?.close());

  /** A run of city aa's job on 2026-06-04 that some process started and has not finished. */
  const runningSince = (trigger: 'schedule' | 'manual', startedAt: string) =>
    handle.db
      .insertInto('core.job_run')
      .values({
        city_id: world.a.city.id,
        plugin_id: 'ticker-test',
        job_id: 'count_members',
        trigger,
        run_on: '2026-06-04',
        status: 'running',
        started_at: new Date(startedAt),
      })
      .execute();

  it('runs once a local day for each city that enabled the plugin, whoever ticks', async () => {
    calls.length = 0;
    const aa = world.a.city.id;
    // Two processes tick at the same moment: the day is claimed once.
    const [first, second] = await Promise.all([runDueJobs(deps), runDueJobs(deps)]);
    expect([...first, ...second].map((r) => [r.status, r.runOn, r.result])).toEqual([
      ['done', '2026-06-01', { members: 4 }],
    ]);
    expect(calls).toEqual([{ cityId: aa, date: '2026-06-01' }]);
    // Later the same local day: nothing to do.
    clock.set('2026-06-01T15:59:00Z');
    expect(await runDueJobs(deps)).toEqual([]);
    // 00:00 in China is 16:00 UTC: a new day.
    clock.set('2026-06-01T16:00:00Z');
    const next = await runDueJobs(deps);
    expect(next.map((r) => r.runOn)).toEqual(['2026-06-02']);
    expect(calls.map((c) => c.date)).toEqual(['2026-06-01', '2026-06-02']);
    // City bb never enabled it.
    expect(calls.every((c) => c.cityId === aa)).toBe(true);
  });

  it('records a failure, retries it after a pause, and gives up after three attempts', async () => {
    calls.length = 0;
    clock.set('2026-06-03T01:00:00Z');
    failNext = 5;
    const [failed] = await runDueJobs(deps);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, error: 'the upstream register is down' });
    clock.set('2026-06-03T01:05:00Z');
    expect(await runDueJobs(deps)).toEqual([]); // too soon
    clock.set('2026-06-03T01:11:00Z');
    expect((await runDueJobs(deps))[0]).toMatchObject({ status: 'failed', attempts: 2 });
    clock.set('2026-06-03T01:22:00Z');
    expect((await runDueJobs(deps))[0]).toMatchObject({ status: 'failed', attempts: 3 });
    clock.set('2026-06-03T02:00:00Z');
    expect(await runDueJobs(deps)).toEqual([]);
    expect(calls).toHaveLength(3);
    failNext = 0;
    const audit = await handle.db
      .selectFrom('core.audit_log')
      .select(['action', 'entity_id', 'actor_user_id', 'after'])
      .where('entity', '=', 'job')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [(a.after as any).day, (a.after as any).status])).toEqual([
      ['2026-06-01', 'done'],
      ['2026-06-02', 'done'],
      ['2026-06-03', 'failed'],
      ['2026-06-03', 'failed'],
      ['2026-06-03', 'failed'],
    ]);
    expect(audit.every((a) => a.actor_user_id === null && a.entity_id === 'ticker-test/count_members')).toBe(
      true,
    );
  });

  it('claims again a day whose run was abandoned by a process that died', async () => {
    clock.set('2026-06-04T01:00:00Z');
    await runningSince('schedule', '2026-06-04T00:30:00Z');
    expect(await runDueJobs(deps)).toEqual([]); // half an hour: maybe still running elsewhere
    clock.set('2026-06-04T01:31:00Z');
    expect((await runDueJobs(deps))[0]).toMatchObject({ status: 'done', attempts: 2, runOn: '2026-06-04' });
  });

  it('lists jobs with their runs and runs one now for a city admin only', async () => {
    const admin = testClient(app, 'en');
    await admin.login('aa-admin', PASSWORD);
    const list = await admin.get('/api/cities/aa/jobs');
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    const job = list.body.items[0];
    expect(job).toMatchObject({ pluginId: 'ticker-test', id: 'count_members', schedule: 'daily' });
    expect(job.lastRun).toMatchObject({ runOn: '2026-06-04', status: 'done', trigger: 'schedule' });
    expect(job.runs.map((r: any) => r.runOn)).toEqual([
      '2026-06-04',
      '2026-06-03',
      '2026-06-02',
      '2026-06-01',
    ]);

    const now = await admin.post('/api/cities/aa/jobs/ticker-test/count_members/run');
    expect(now.status).toBe(200);
    expect(now.body).toMatchObject({
      trigger: 'manual',
      status: 'done',
      result: { members: 4 },
      startedBy: 'aa-admin',
    });
    // The manual run does not use up the day's scheduled run of tomorrow, nor repeat today's.
    expect(await runDueJobs(deps)).toEqual([]);

    const unknown = await admin.post('/api/cities/aa/jobs/ticker-test/nope/run');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('Scheduled job not found');
    expect((await admin.post('/api/cities/aa/jobs/ticker-test/Bad-Id/run')).body.error.field).toBe('jobId');
    expect((await admin.post('/api/cities/aa/jobs/nobody/count_members/run')).status).toBe(404);

    // A city that has not enabled the model sees no jobs and cannot run them.
    const bb = testClient(app);
    await bb.login('bb-admin', PASSWORD);
    expect((await bb.get('/api/cities/bb/jobs')).body.items).toEqual([]);
    expect((await bb.post('/api/cities/bb/jobs/ticker-test/count_members/run')).status).toBe(404);
    expect((await bb.get('/api/cities/aa/jobs')).status).toBe(404);

    const org = testClient(app);
    await org.login('aa-org', PASSWORD);
    expect((await org.get('/api/cities/aa/jobs')).status).toBe(403);
    expect((await org.post('/api/cities/aa/jobs/ticker-test/count_members/run')).status).toBe(403);
  });

  it('refuses to run now while a run is under way', async () => {
    await runningSince('manual', clock.now().toISOString());
    const admin = testClient(app);
    await admin.login('aa-admin', PASSWORD);
    const busy = await admin.post('/api/cities/aa/jobs/ticker-test/count_members/run');
    expect(busy.status).toBe(409);
    expect(busy.body.error.code).toBe('job_running');
    expect(busy.body.error.message).toMatch(/该任务正在运行/);
  });

  it('a scheduler ticks on its own and stops cleanly', async () => {
    calls.length = 0;
    clock.set('2026-06-05T01:00:00Z');
    const scheduler = startScheduler(deps, { firstTickMs: 0, intervalMs: 60_000 });
    await new Promise((r) => setTimeout(r, 50));
    await scheduler.tick();
    await scheduler.stop();
    expect(calls.map((c) => c.date)).toEqual(['2026-06-05']);
  });
});
