import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApp } from '../app';
import { manualClock } from '../clock';
import type { DatabaseHandle } from '../db';
import { silentLogger } from '../logger';
import type { JicengPlugin, PluginEnv } from '../plugins/contract';
import { createTestDatabase, PASSWORD, testClient, testDatabaseKinds, twoCityWorld } from '../testing';
import { runDueJobs } from '.';

/** A job that holds its run open until the test lets it finish, so racing "run now" requests overlap it. */
let release: () => void = () => {};
let gate = Promise.resolve();
let started = 0;

const slow: JicengPlugin<Record<string, never>> = {
  id: 'slow-test',
  version: '0.0.1',
  platform: '^0.1.0',
  names: { 'zh-CN': '慢', en: 'Slow' },
  description: { 'zh-CN': '慢', en: 'Slow' },
  region: { 'zh-CN': '测试', en: 'Test' },
  features: [],
  config: z.object({}),
  migrations: {},
  api: () => new Hono<PluginEnv>().get('/', (c) => c.json({ ok: true })),
  web: async () => ({ default: { id: 'slow-test' } }),
  indicators: [],
  jobs: [
    {
      id: 'hold',
      names: { 'zh-CN': '等待', en: 'Hold' },
      schedule: 'daily',
      run: async () => {
        started++;
        await gate;
        return { ok: 1 };
      },
    },
  ],
};

describe.each(testDatabaseKinds())('"run now" races on %s', (kind) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  const clock = manualClock('2026-06-01T02:00:00Z');
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await twoCityWorld(handle.db);
    app = createApp({ db: handle.db, clock, logger: silentLogger, plugins: [slow] });
    const admin = testClient(app);
    await admin.login('aa-admin', PASSWORD);
    expect((await admin.put('/api/cities/aa/plugin-settings/slow-test', { enabled: true })).status).toBe(200);
  });
  afterAll(() => handle?.close());

  it('20 parallel "run now" → exactly one run, 19 × 409 job_running', async () => {
    gate = new Promise<void>((r) => {
      release = r;
    });
    started = 0;
    const admin = testClient(app, 'en');
    await admin.login('aa-admin', PASSWORD);
    let settled = 0;
    const requests = Array.from({ length: 20 }, () =>
      admin.post('/api/cities/aa/jobs/slow-test/hold/run').finally(() => settled++),
    );
    // The winner holds its run open; wait for the others to be answered (bounded, so a broken claim fails
    // below instead of hanging), then let it finish.
    for (let i = 0; i < 300 && settled < 19; i++) await new Promise((r) => setTimeout(r, 50));
    release();
    const answers = await Promise.all(requests);
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(answers.find((a) => a.status === 409)!.body.error.code).toBe('job_running');
    expect(started).toBe(1);
    const runs = await handle.db
      .selectFrom('core.job_run')
      .selectAll()
      .where('plugin_id', '=', 'slow-test')
      .execute();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ trigger: 'manual', status: 'done' });
  });

  it('the database refuses a second running row however it is written', async () => {
    const row = {
      city_id: 1,
      plugin_id: 'slow-test',
      job_id: 'hold',
      trigger: 'manual' as const,
      run_on: '2026-06-01',
      status: 'running' as const,
      started_at: new Date('2026-06-01T02:00:00Z'),
    };
    const { id } = await handle.db
      .insertInto('core.job_run')
      .values(row)
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(handle.db.insertInto('core.job_run').values(row).execute()).rejects.toMatchObject({
      code: '23505',
    });
    // While it runs, the scheduler skips the day instead of failing; once it is stale, a tick takes over.
    expect(await runDueJobs({ db: handle.db, clock, logger: silentLogger, plugins: [slow] })).toEqual([]);
    clock.set('2026-06-01T03:01:00Z');
    gate = Promise.resolve();
    const runs = await runDueJobs({ db: handle.db, clock, logger: silentLogger, plugins: [slow] });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ trigger: 'schedule', status: 'done' });
    const abandoned = await handle.db
      .selectFrom('core.job_run')
      .select(['status', 'error'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(abandoned).toEqual({ status: 'failed', error: 'abandoned: its process ended' });
  });
});
