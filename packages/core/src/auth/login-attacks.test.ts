import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app';
import { manualClock } from '../clock';
import type { DatabaseHandle } from '../db';
import { silentLogger } from '../logger';
import { createTestDatabase, fixtures, PASSWORD, testDatabaseKinds } from '../testing';
import { THROTTLE } from './throttle';

// The package's files share one process per worker (isolate: false in vitest.shared.ts), so the app's modules may
// already be loaded with the real password module: forget them, so that the imports below load them again with
// the mock.
vi.hoisted(() => vi.resetModules());
// Count every argon2 verification the login route makes (the real one still runs).
vi.mock('./password', async (importOriginal) => {
  const real = await importOriginal<typeof import('./password')>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const { verifyPassword } = await import('./password');
const verifications = vi.mocked(verifyPassword);

describe.each(testDatabaseKinds())('login under attack on %s', (kind) => {
  let handle: DatabaseHandle;
  const clock = manualClock('2026-06-01T08:00:00Z');
  let app: ReturnType<typeof createApp>;
  let adminId: number;
  let cityId: number;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    const f = fixtures(handle.db);
    const city = await f.city('cc');
    cityId = city.id;
    adminId = (await f.user('admin', PASSWORD, [{ role: 'city_admin', cityId }])).id;
    for (const name of ['target', 'office', 'spoofed'])
      await f.user(name, PASSWORD, [{ role: 'city_admin', cityId }]);
    const gone = await f.user('gone', PASSWORD, [{ role: 'city_admin', cityId }]);
    await handle.db.updateTable('core.app_user').set({ active: false }).where('id', '=', gone.id).execute();
    app = createApp({ db: handle.db, clock, logger: silentLogger, plugins: [] });
  });
  afterAll(() => handle?.close());
  beforeEach(() => verifications.mockClear());

  /** A login from a client at `address` (the socket, as @hono/node-server hands it over). */
  const login = async (
    username: string,
    password: string,
    address: string,
    headers: Record<string, string> = {},
  ) => {
    const res = await app.request(
      'http://localhost/api/auth/login',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
        body: JSON.stringify({ username, password }),
      },
      { incoming: { socket: { remoteAddress: address } } },
    );
    return { status: res.status, body: await res.json(), retryAfter: Number(res.headers.get('retry-after')) };
  };
  const waitSeconds = (s: number) => clock.advanceDays(s / 86_400);

  it('25 parallel wrong passwords: the hash is checked at most as often as the limit allows', async () => {
    const answers = await Promise.all(Array.from({ length: 25 }, () => login('target', 'guess', '10.0.0.9')));
    const checked = answers.filter((a) => a.status === 401).length;
    expect(checked).toBeLessThanOrEqual(THROTTLE.pair.free);
    expect(checked).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(25 - checked);
    expect(verifications).toHaveBeenCalledTimes(checked);
    // Every checked failure left one audit row; refused ones never reached the check.
    const audit = await handle.db
      .selectFrom('core.audit_log')
      .select('id')
      .where('action', '=', 'login_failed')
      .where('entity_id', '=', String((await userId('target'))!))
      .execute();
    expect(audit).toHaveLength(checked);
  });

  it('an attacker hammering the admin from one address locks only themselves', async () => {
    for (let i = 0; i < 40; i++) await login('admin', `guess-${i}`, '198.51.100.66');
    expect((await login('admin', PASSWORD, '198.51.100.66')).status).toBe(429);
    // The real admin, from their own address, right away.
    const real = await login('admin', PASSWORD, '10.0.0.7');
    expect(real.status).toBe(200);
  });

  it('guessing from many addresses delays the admin by at most a minute, then they log in', async () => {
    let counted = 0;
    for (let a = 1; a <= 6; a++)
      for (let i = 0; i < 6; i++)
        if ((await login('admin', 'guess', `203.0.113.${a}`)).status === 401) counted++;
    expect(counted).toBeGreaterThanOrEqual(THROTTLE.account.free);
    const first = await login('admin', PASSWORD, '10.0.0.7');
    expect(first.status).toBe(429);
    expect(first.retryAfter).toBeGreaterThan(0);
    expect(first.retryAfter).toBeLessThanOrEqual(THROTTLE.account.maxSeconds);
    waitSeconds(first.retryAfter);
    expect((await login('admin', PASSWORD, '10.0.0.7')).status).toBe(200);
  });

  it('an unknown or inactive name costs the same hash check as a wrong password, with the same answer', async () => {
    const wrong = await login('admin', 'not-it', '10.0.0.20');
    expect(verifications).toHaveBeenCalledTimes(1);
    const realHash = verifications.mock.calls[0]![0];
    for (const name of ['nobody-at-all', 'gone']) {
      verifications.mockClear();
      const unknown = await login(name, 'not-it', '10.0.0.20');
      expect(unknown).toEqual(wrong);
      expect(verifications).toHaveBeenCalledTimes(1);
      const [hash, password] = verifications.mock.calls[0]!;
      // An argon2id hash of the same cost as a real one, checked against the password given.
      expect(hash).toMatch(/^\$argon2id\$/);
      expect(hash.split('$').slice(0, 4)).toEqual(realHash.split('$').slice(0, 4));
      expect(password).toBe('not-it');
    }
  });

  it('audits each failed login with the name and address tried', async () => {
    await login('admin', 'wrong-again', '10.0.0.30');
    await login('nobody-here', 'x', '10.0.0.30');
    const rows = await handle.db
      .selectFrom('core.audit_log')
      .selectAll()
      .where('action', '=', 'login_failed')
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    expect(rows[1]).toMatchObject({
      city_id: cityId,
      actor_user_id: null,
      entity: 'user',
      entity_id: String(adminId),
    });
    expect(rows[1]!.after).toEqual({ username: 'admin', address: '10.0.0.30' });
    expect(rows[0]).toMatchObject({ city_id: null, entity_id: null });
    expect(rows[0]!.after).toEqual({ username: 'nobody-here', address: '10.0.0.30' });
  });

  it('an office behind one address logging in all day is not locked out', async () => {
    for (let i = 0; i < THROTTLE.address.free + 10; i++)
      expect((await login('office', PASSWORD, '192.0.2.10')).status).toBe(200);
  });

  it('without a trusted proxy, a made-up X-Forwarded-For does not buy fresh tries', async () => {
    const statuses = [];
    for (let i = 0; i < THROTTLE.pair.free + 3; i++)
      statuses.push(
        (await login('spoofed', 'guess', '10.0.0.40', { 'x-forwarded-for': `1.2.3.${i}` })).status,
      );
    expect(statuses.slice(0, THROTTLE.pair.free)).toEqual(Array(THROTTLE.pair.free).fill(401));
    expect(statuses.slice(THROTTLE.pair.free)).toEqual([429, 429, 429]);
  });

  const userId = async (username: string) =>
    (
      await handle.db
        .selectFrom('core.app_user')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirst()
    )?.id;
});
