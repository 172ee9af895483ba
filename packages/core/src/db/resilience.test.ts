import { createServer, type Server, type Socket, connect } from 'node:net';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { manualClock } from '../clock';
import { silentLogger } from '../logger';
import { createTestDatabase, PASSWORD, testClient, twoCityWorld } from '../testing';
import { createDatabase, type DatabaseHandle, isDatabaseUnavailable } from '.';

const url = process.env.TEST_DATABASE_URL;

describe('isDatabaseUnavailable', () => {
  it('tells a lost or refused connection from a bad query', () => {
    for (const e of [
      { code: '57P01', message: 'terminating connection due to administrator command' },
      { code: '08006' },
      { code: '57P03' },
      { code: 'ECONNREFUSED' },
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      Object.assign(new AggregateError([{ code: 'ECONNREFUSED' }, { code: 'ECONNREFUSED' }]), {}),
    ])
      expect(isDatabaseUnavailable(e), JSON.stringify(e)).toBe(true);
    for (const e of [{ code: '23505' }, { code: '22021' }, new Error('syntax error'), null, 'x'])
      expect(isDatabaseUnavailable(e), JSON.stringify(e)).toBe(false);
  });
});

/**
 * Issue 15 item 4: `pg_terminate_backend` on the app's connections while queries were running killed the process
 * (an 'error' event on a checked-out pg client, which pool.on('error') does not cover). PostgreSQL only.
 */
describe.skipIf(!url)('a dropped database connection on postgres', () => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let admin: pg.Client;
  beforeAll(async () => {
    handle = await createTestDatabase('postgres');
    await twoCityWorld(handle.db);
    app = createApp({
      db: handle.db,
      clock: manualClock('2026-06-01T00:00:00Z'),
      logger: silentLogger,
      plugins: [],
    });
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await handle?.close();
  });

  /** Terminates every backend of this test's database (and only it: other tests share the server). */
  const terminateAppConnections = async () =>
    (
      await admin.query(
        `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
          where datname = $1 and pid <> pg_backend_pid()`,
        [new URL(handle.location!).pathname.slice(1)],
      )
    ).rows[0].n as number;

  it('answers 503, not 500, and keeps serving when its connections are terminated mid-request', async () => {
    const client = testClient(app, 'en');
    await client.login('aa-admin', PASSWORD);
    // Queries that are certainly running (checked-out clients) when the backends go.
    const sleepers = [1, 2].map(() =>
      sql`select pg_sleep(5)`.execute(handle.db).then(
        () => 'finished',
        (e) => e,
      ),
    );
    const statuses: number[] = [];
    let stop = false;
    const load = Promise.all(
      Array.from({ length: 6 }, async () => {
        while (!stop) statuses.push((await client.get('/api/cities/aa/orgs')).status);
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await terminateAppConnections()).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    stop = true;
    await load;
    const sleeperErrors = await Promise.all(sleepers);
    for (const e of sleeperErrors) {
      expect(e).not.toBe('finished');
      expect(isDatabaseUnavailable(e)).toBe(true);
    }
    // Every answer meanwhile was an answer or a retryable 503, never a 500.
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    // Later requests succeed on fresh connections, and readiness is green.
    const after = await client.get('/api/cities/aa/orgs');
    expect(after.status).toBe(200);
    expect((await client.get('/api/ready')).status).toBe(200);
  });

  it('maps a terminated query to a localized 503', async () => {
    const slowApp = createApp({
      db: handle.db,
      clock: manualClock('2026-06-01T00:00:00Z'),
      logger: silentLogger,
      plugins: [],
    });
    // A route of our own that holds its connection long enough to be terminated.
    slowApp.get('/api/test-sleep', async (c) => {
      await sql`select pg_sleep(5)`.execute(handle.db);
      return c.json({});
    });
    const pending = Promise.all(
      (['zh-CN', 'en'] as const).map((l) => testClient(slowApp, l).get('/api/test-sleep')),
    );
    await new Promise((r) => setTimeout(r, 300));
    await terminateAppConnections();
    const [zh, en] = await pending;
    expect(zh!.status).toBe(503);
    expect(zh!.body.error.code).toBe('database_unavailable');
    expect(zh!.body.error.message).toMatch(/数据库暂时无法连接/);
    expect(en!.body.error.message).toMatch(/database is unavailable/);
    expect(en!.headers.get('retry-after')).toBe('5');
  });

  it('turns readiness red while the database is away and green when it returns', async () => {
    // The database "goes away" behind a TCP relay we can cut and restore, as a restart or a network cut would.
    const target = new URL(url!);
    const sockets = new Set<Socket>();
    let relay: Server | undefined;
    const open = (port = 0) =>
      new Promise<number>((resolve) => {
        relay = createServer((inbound) => {
          const outbound = connect(Number(target.port || 5432), target.hostname);
          for (const s of [inbound, outbound]) {
            sockets.add(s);
            s.on('error', () => {});
            s.on('close', () => sockets.delete(s));
          }
          inbound.pipe(outbound).pipe(inbound);
        });
        relay.listen(port, '127.0.0.1', () => resolve((relay!.address() as { port: number }).port));
      });
    const cut = () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        relay!.close(() => resolve());
      });
    const port = await open();
    const viaRelay = new URL(handle.location!);
    viaRelay.host = `127.0.0.1:${port}`;
    const relayed = await createDatabase({ url: viaRelay.toString(), poolSize: 2, connectTimeoutMs: 2000 });
    try {
      const relayApp = createApp({
        db: relayed.db,
        clock: manualClock('2026-06-01T00:00:00Z'),
        logger: silentLogger,
        plugins: [],
      });
      const client = testClient(relayApp, 'en');
      expect((await client.get('/api/ready')).status).toBe(200);
      await client.login('aa-admin', PASSWORD);
      await cut();
      const red = await client.get('/api/ready');
      expect(red.status).toBe(503);
      expect(red.body.status).toBe('unavailable');
      expect(red.body.error.message).toMatch(/database cannot be reached/);
      const refused = await client.get('/api/cities/aa/orgs');
      expect(refused.status).toBe(503);
      expect((await client.get('/api/health')).status).toBe(200);
      await open(port);
      expect((await client.get('/api/ready')).status).toBe(200);
      expect((await client.get('/api/cities/aa/orgs')).status).toBe(200);
    } finally {
      await relayed.close();
      await cut().catch(() => {});
    }
  });
});
