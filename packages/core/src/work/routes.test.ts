import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { orgPathFilter } from '../auth/actor';
import { systemClock } from '../clock';
import type { DatabaseHandle } from '../db';
import type { Logger } from '../logger';
import type { JicengPlugin, PluginEnv, WorkItem } from '../plugins/contract';
import {
  createTestApp,
  PASSWORD,
  type TestApp,
  testClient,
  testDatabaseKinds,
  type TestWorld,
} from '../testing';
import { sortWorkLines, type WorkLine, workQueueOf } from '.';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

function fixturePlugin(id: string, workQueue: JicengPlugin['workQueue']): JicengPlugin {
  return {
    id,
    version: '0.0.1',
    platform: '^0.1.0',
    names: t(`模式${id}`, `Model ${id}`),
    description: t('测试', 'Test'),
    region: t('测试', 'Test'),
    features: [],
    config: z.object({}),
    migrations: {},
    api: () => new Hono<PluginEnv>().get('/', (c) => c.json({ ok: true })),
    web: async () => ({ default: { id } }),
    indicators: [],
    workQueue,
  };
}

/** Who asked each model, to check the actor and access handed over. */
const asked: { plugin: string; cityId: number; userId: number; level: string }[] = [];

/**
 * Counts members in the asker's reach (real SQL, scoped with orgPathFilter): a 'manage' line due 2026-06-10 with
 * one overdue; for a member, their own 'self' line due 2026-06-05, and a 'manage' line core must not show them.
 */
const members = fixturePlugin('members-test', async (ctx, asker) => {
  asked.push({
    plugin: ctx.pluginId,
    cityId: asker.cityId,
    userId: asker.actor.userId,
    level: asker.access.level,
  });
  if (asker.access.level === 'self') {
    return [
      {
        id: 'report_in',
        kind: 'self',
        title: t('报到', 'Report in'),
        count: 1,
        href: 'me',
        dueOn: '2026-06-05',
      },
      { id: 'leak', kind: 'manage', title: t('越权', 'Leak'), count: 9, href: 'x' },
    ];
  }
  const row = await ctx.db
    .selectFrom('core.member as m')
    .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'))
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('m.city_id', '=', asker.cityId)
    .where(orgPathFilter(asker.access, 'o.path'))
    .executeTakeFirstOrThrow();
  const items: WorkItem[] = [
    {
      id: 'members_to_check',
      kind: 'manage',
      title: t('待核对党员', 'Members to check'),
      count: Number(row.n),
      href: 'members?status=new',
      dueOn: '2026-06-10',
      overdue: 1,
    },
    {
      id: 'nothing_waiting',
      kind: 'manage',
      title: t('空', 'Empty'),
      count: 0,
      href: 'empty',
      dueOn: '2026-06-01',
    },
  ];
  return items;
});

/** An undated line and one due earlier than members-test's, to check the order across models. */
const dates = fixturePlugin('dates-test', async () => [
  { id: 'undated', kind: 'manage', title: t('无期限', 'Undated'), count: 2, href: 'a' },
  {
    id: 'early',
    kind: 'manage',
    title: t('早', 'Early'),
    count: 3,
    href: 'b',
    dueOn: '2026-06-02',
    overdue: 0,
  },
]);

const broken = fixturePlugin('broken-test', async () => {
  throw new Error('the ledger table is locked');
});

/** Installed but not enabled in city aa: never asked. */
const disabled = fixturePlugin('disabled-test', async () => {
  throw new Error('a disabled model must not be asked');
});

describe.each(testDatabaseKinds())('GET /api/cities/:city/work on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: TestWorld;
  let app: TestApp;
  const logged: { message: string; data?: Record<string, unknown> }[] = [];
  const logger: Logger = {
    info: () => {},
    warn: () => {},
    error: (message, data) => logged.push({ message, data }),
  };

  beforeAll(async () => {
    ({ handle, world, app } = await createTestApp(kind, {
      logger,
      plugins: [members, dates, broken, disabled],
    }));
    const admin = testClient(app);
    await admin.login('aa-admin', PASSWORD);
    for (const id of ['members-test', 'dates-test'])
      expect((await admin.put(`/api/cities/aa/plugin-settings/${id}`, { enabled: true })).status).toBe(200);
  });
  afterAll(() => handle?.close());

  const as = async (username: string) => {
    const client = testClient(app, 'en');
    await client.login(username, PASSWORD);
    return client;
  };

  it('gathers the enabled models’ lines for a city admin, drops empty ones, earliest due first', async () => {
    asked.length = 0;
    const r = await (await as('aa-admin')).get('/api/cities/aa/work');
    expect(r.status).toBe(200);
    expect(r.body.partial).toBe(false);
    // aa has 4 members (twoCityWorld); the zero line is gone; 06-02 < 06-10 < undated.
    expect(r.body.items.map((i: WorkLine) => [i.pluginId, i.id, i.count, i.dueOn ?? null])).toEqual([
      ['dates-test', 'early', 3, '2026-06-02'],
      ['members-test', 'members_to_check', 4, '2026-06-10'],
      ['dates-test', 'undated', 2, null],
    ]);
    expect(r.body.items[1]).toMatchObject({
      pluginNames: t('模式members-test', 'Model members-test'),
      title: t('待核对党员', 'Members to check'),
      href: 'members?status=new',
      overdue: 1,
      kind: 'manage',
    });
    expect(asked).toEqual([
      { plugin: 'members-test', cityId: world.a.city.id, userId: world.a.users.cityAdmin.id, level: 'city' },
    ]);
  });

  it('hands an org admin’s subtrees to the model: only their members are counted', async () => {
    const r = await (await as('aa-org')).get('/api/cities/aa/work');
    expect(r.status).toBe(200);
    // community1 and its compound branch hold m1 and m2.
    expect(r.body.items.find((i: WorkLine) => i.id === 'members_to_check').count).toBe(2);
  });

  it('shows a member only their own tasks', async () => {
    const r = await (await as('aa-member')).get('/api/cities/aa/work');
    expect(r.status).toBe(200);
    // dates-test's lines are 'manage' work, the member fixture's 'leak' too: a member sees only 'self' lines.
    expect(r.body.items.map((i: WorkLine) => [i.id, i.kind])).toEqual([['report_in', 'self']]);
  });

  it('answers another city’s actor 404, as every city route does, and a visitor 401', async () => {
    expect((await (await as('bb-admin')).get('/api/cities/aa/work')).status).toBe(404);
    expect((await (await as('bb-member')).get('/api/cities/aa/work')).status).toBe(404);
    expect((await testClient(app).get('/api/cities/aa/work')).status).toBe(401);
    // City bb enabled nothing: an empty home, not an error.
    expect((await (await as('bb-admin')).get('/api/cities/bb/work')).body).toEqual({
      items: [],
      partial: false,
    });
  });

  it('leaves out a model that throws, logs it and says partial — never a 500', async () => {
    const admin = await as('aa-admin');
    expect((await admin.put('/api/cities/aa/plugin-settings/broken-test', { enabled: true })).status).toBe(
      200,
    );
    logged.length = 0;
    const r = await admin.get('/api/cities/aa/work');
    expect(r.status).toBe(200);
    expect(r.body.partial).toBe(true);
    expect(r.body.items.map((i: WorkLine) => i.id)).toEqual(['early', 'members_to_check', 'undated']);
    expect(logged).toEqual([
      {
        message: 'work queue failed',
        data: expect.objectContaining({
          plugin: 'broken-test',
          message: 'the ledger table is locked',
          timedOut: false,
        }),
      },
    ]);
    expect((await admin.put('/api/cities/aa/plugin-settings/broken-test', { enabled: false })).status).toBe(
      200,
    );
  });

  it('leaves out a model that does not answer within the budget', async () => {
    const silent = fixturePlugin('silent-test', () => new Promise<WorkItem[]>(() => {}));
    await handle.db
      .insertInto('core.city_plugin')
      .values({
        city_id: world.a.city.id,
        plugin_id: 'silent-test',
        enabled: true,
        config: '{}',
        version: '0.0.1',
      })
      .execute();
    logged.length = 0;
    const actor = {
      userId: 0,
      username: 'x',
      displayName: 'x',
      locale: 'en',
      cityId: null,
      memberId: null,
      mustChangePassword: false,
      grants: [],
    };
    const r = await workQueueOf(
      { db: handle.db, clock: systemClock, logger, plugins: [silent, dates] },
      { cityId: world.a.city.id, actor, access: { level: 'city', platform: false } },
      50,
    );
    expect(r.partial).toBe(true);
    expect(r.items.map((i) => i.id)).toEqual(['early', 'undated']);
    expect(logged[0]?.data).toMatchObject({ plugin: 'silent-test', timedOut: true });
  });
});

describe('sortWorkLines', () => {
  const line = (id: string, dueOn?: string): WorkLine => ({
    id,
    kind: 'manage',
    title: t(id, id),
    count: 1,
    href: id,
    dueOn,
    pluginId: 'p',
    pluginNames: t('p', 'p'),
  });
  it('puts the earliest due first, undated last, and keeps the models’ order among equals', () => {
    const sorted = sortWorkLines([
      line('a'),
      line('b', '2026-06-03'),
      line('c', '2026-06-01'),
      line('d'),
      line('e', '2026-06-03'),
    ]);
    expect(sorted.map((l) => l.id)).toEqual(['c', 'b', 'e', 'a', 'd']);
  });
});
