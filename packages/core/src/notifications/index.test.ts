import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApp } from '../app';
import { manualClock } from '../clock';
import type { DatabaseHandle } from '../db';
import type { CoreDeps } from '../deps';
import { silentLogger } from '../logger';
import type { JicengPlugin, PluginContext, PluginEnv } from '../plugins/contract';
import { pluginContext } from '../plugins/host';
import { createTestDatabase, PASSWORD, testClient, testDatabaseKinds, twoCityWorld } from '../testing';
import { dispatchNotifications, type NotificationChannel, type OutboundNotice } from '.';

const plugin: JicengPlugin = {
  id: 'notice-test',
  version: '0.0.1',
  platform: '^0.1.0',
  names: { 'zh-CN': '通知测试', en: 'Notice test' },
  description: { 'zh-CN': '通知测试', en: 'Notice test' },
  region: { 'zh-CN': '测试', en: 'Test' },
  features: [],
  config: z.object({}),
  migrations: {},
  api: () => new Hono<PluginEnv>(),
  web: async () => ({ default: { id: 'notice-test' } }),
  indicators: [],
};

/** A channel that fails its first `failures` sends, and records what it sent. */
function fakeChannel(failures: number) {
  const sent: OutboundNotice[] = [];
  let left = failures;
  const channel: NotificationChannel = {
    id: 'fake_sms',
    send: async (n) => {
      if (left > 0) {
        left--;
        throw new Error('gateway busy');
      }
      sent.push(n);
    },
  };
  return { channel, sent };
}

const title = (s: string) => ({ 'zh-CN': s, en: s });

describe.each(testDatabaseKinds())('notifications on %s', (kind) => {
  let handle: DatabaseHandle;
  let deps: CoreDeps;
  let ctx: PluginContext;
  let world: Awaited<ReturnType<typeof twoCityWorld>>;
  const clock = manualClock('2026-06-01T02:00:00Z');
  const fake = fakeChannel(1);

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    world = await twoCityWorld(handle.db);
    deps = { db: handle.db, clock, logger: silentLogger, plugins: [plugin] };
    ctx = pluginContext(deps, plugin);
  });
  afterAll(() => handle?.close());

  const rowsOf = (userId: number) =>
    handle.db
      .selectFrom('core.notification')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute();

  it('stores a notice for accounts and for members’ own accounts, only in its city, and only once per key', async () => {
    const { a, b } = world;
    const n = await ctx.notify(handle.db, {
      cityId: a.city.id,
      // m1 has an account (aa-member); m2 has none and is skipped; bb's admin is not of this city.
      memberIds: [a.members.m1.id, a.members.m2.id, b.members.m1.id],
      userIds: [a.users.orgAdmin.id, b.users.cityAdmin.id],
      kind: 'report_confirmed',
      title: title('报到已确认'),
      href: 'reports',
      onceKey: 'report:1',
    });
    expect(n).toBe(2);
    expect(
      (await rowsOf(a.users.memberUser.id)).map((r) => [r.city_id, r.plugin_id, r.kind, r.href]),
    ).toEqual([[a.city.id, 'notice-test', 'report_confirmed', 'reports']]);
    expect(await rowsOf(b.users.cityAdmin.id)).toEqual([]);
    // The same key again: nobody gets it twice; a new recipient still does.
    const again = await ctx.notify(handle.db, {
      cityId: a.city.id,
      userIds: [a.users.memberUser.id, a.users.cityAdmin.id],
      kind: 'report_confirmed',
      title: title('报到已确认'),
      onceKey: 'report:1',
    });
    expect(again).toBe(1);
    expect(await rowsOf(a.users.memberUser.id)).toHaveLength(1);
  });

  it('is stored with the caller’s transaction or not at all', async () => {
    const { a } = world;
    await expect(
      handle.db.transaction().execute(async (trx) => {
        expect(
          await ctx.notify(trx, {
            cityId: a.city.id,
            userIds: [a.users.memberUser.id],
            kind: 'x',
            title: title('回滚'),
          }),
        ).toBe(1);
        throw new Error('the plugin’s change failed');
      }),
    ).rejects.toThrow('failed');
    const titles = (await rowsOf(a.users.memberUser.id)).map((r) => r.title_zh);
    expect(titles).not.toContain('回滚');
  });

  it('lists only the actor’s own notices, newest first, and marks them read', async () => {
    const { a, b } = world;
    clock.set('2026-06-01T03:00:00Z');
    await ctx.notify(handle.db, {
      cityId: a.city.id,
      userIds: [a.users.memberUser.id],
      kind: 'second',
      title: title('第二条'),
    });
    await ctx.notify(handle.db, {
      cityId: b.city.id,
      userIds: [b.users.memberUser.id],
      kind: 'other_city',
      title: title('乙城'),
    });
    const app = createApp(deps);
    const member = testClient(app);
    await member.login('aa-member', PASSWORD);
    const list = await member.get('/api/cities/aa/notifications');
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: any) => i.kind)).toEqual(['second', 'report_confirmed']);
    expect(list.body.unread).toBe(2);
    expect(list.body.items[1]).toMatchObject({
      pluginId: 'notice-test',
      title: { 'zh-CN': '报到已确认' },
      href: 'reports',
      readAt: null,
    });
    // Paging by `before`.
    const first = await member.get('/api/cities/aa/notifications?limit=1');
    expect(first.body.items.map((i: any) => i.kind)).toEqual(['second']);
    const next = await member.get(`/api/cities/aa/notifications?limit=1&before=${first.body.nextBefore}`);
    expect(next.body.items.map((i: any) => i.kind)).toEqual(['report_confirmed']);
    expect(next.body.nextBefore).toBeNull();

    // Someone else's notice: as if it did not exist. Another city: as the rest of the API answers.
    const admin = testClient(app, 'en');
    await admin.login('aa-admin', PASSWORD);
    const adminOwn = (await admin.get('/api/cities/aa/notifications')).body.items;
    expect(adminOwn.map((i: any) => i.kind)).toEqual(['report_confirmed']);
    const mine = list.body.items[0].id;
    const refused = await admin.post(`/api/cities/aa/notifications/${mine}/read`);
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).toMatch(/Notification/);
    const bbNotice = (await rowsOf(b.users.memberUser.id))[0]!.id;
    expect((await member.post(`/api/cities/aa/notifications/${bbNotice}/read`)).status).toBe(404);
    const elsewhere = await member.get('/api/cities/bb/notifications');
    expect(elsewhere.status).toBe((await member.get('/api/cities/bb')).status);
    expect(elsewhere.status).toBeGreaterThanOrEqual(403);
    expect((await rowsOf(a.users.memberUser.id)).every((r) => r.read_at === null)).toBe(true);

    // Bad input names the field, never a 500.
    const tooMany = await member.get('/api/cities/aa/notifications?limit=1000');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.field).toBe('limit');

    clock.set('2026-06-01T04:00:00Z');
    const read = await member.post(`/api/cities/aa/notifications/${mine}/read`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: mine, readAt: '2026-06-01T04:00:00.000Z', unread: 1 });
    // Reading again keeps the first time.
    clock.set('2026-06-01T05:00:00Z');
    expect((await member.post(`/api/cities/aa/notifications/${mine}/read`)).body.readAt).toBe(
      '2026-06-01T04:00:00.000Z',
    );
    const unread = await member.get('/api/cities/aa/notifications?unread=1');
    expect(unread.body.items.map((i: any) => i.kind)).toEqual(['report_confirmed']);
    const all = await member.post('/api/cities/aa/notifications/read-all');
    expect(all.body).toEqual({ updated: 1, unread: 0 });
    // The admin's copy of the same notice is still unread.
    expect((await admin.get('/api/cities/aa/notifications')).body.unread).toBe(1);
  });

  it('survives a restart: a new app on the same database lists them', async () => {
    const fresh = createApp({ db: handle.db, clock, logger: silentLogger, plugins: [plugin] });
    const member = testClient(fresh);
    await member.login('aa-member', PASSWORD);
    const list = await member.get('/api/cities/aa/notifications');
    expect(list.body.items.map((i: any) => i.kind)).toEqual(['second', 'report_confirmed']);
    expect(list.body.unread).toBe(0);
  });

  it('sends queued notices through a channel, retrying a failed send later and never dropping it', async () => {
    const { a } = world;
    const outbox = () =>
      handle.db
        .selectFrom('core.notification_outbox as o')
        .innerJoin('core.notification as n', (j) =>
          j.onRef('n.city_id', '=', 'o.city_id').onRef('n.id', '=', 'o.notification_id'),
        )
        .select(['o.status', 'o.attempts', 'o.last_error', 'n.kind', 'n.user_id'])
        .where('n.kind', '=', 'sms_test')
        .execute();
    // Without channels (the default) nothing was queued.
    expect(await handle.db.selectFrom('core.notification_outbox').selectAll().execute()).toEqual([]);
    const withSms: CoreDeps = { ...deps, notificationChannels: [fake.channel] };
    clock.set('2026-06-02T00:00:00Z');
    await pluginContext(withSms, plugin).notify(handle.db, {
      cityId: a.city.id,
      userIds: [a.users.memberUser.id],
      kind: 'sms_test',
      title: title('短信'),
    });
    expect(await outbox()).toMatchObject([{ status: 'pending', attempts: 0 }]);
    // Two processes at once: the row is claimed by one of them; the gateway fails it.
    const [one, two] = await Promise.all([dispatchNotifications(withSms), dispatchNotifications(withSms)]);
    expect(one.failed + two.failed).toBe(1);
    expect(one.sent + two.sent).toBe(0);
    expect(await outbox()).toMatchObject([{ status: 'pending', attempts: 1, last_error: 'gateway busy' }]);
    // Not before its backoff.
    expect(await dispatchNotifications(withSms)).toEqual({ sent: 0, failed: 0 });
    clock.set('2026-06-02T00:00:31Z');
    expect(await dispatchNotifications(withSms)).toEqual({ sent: 1, failed: 0 });
    expect(await outbox()).toMatchObject([{ status: 'sent', attempts: 2, last_error: null }]);
    expect(fake.sent.filter((s) => s.kind === 'sms_test')).toMatchObject([
      {
        userId: a.users.memberUser.id,
        memberId: a.members.m1.id,
        title: { 'zh-CN': '短信' },
        pluginId: 'notice-test',
      },
    ]);
    // Sent once: nothing more to do.
    clock.set('2026-06-03T00:00:00Z');
    expect(await dispatchNotifications(withSms)).toEqual({ sent: 0, failed: 0 });
  });
});
