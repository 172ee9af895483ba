import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { manualClock } from '../clock';
import type { DatabaseHandle } from '../db';
import { silentLogger } from '../logger';
import { createTestDatabase, fixtures, PASSWORD, testClient, testDatabaseKinds } from '../testing';
import { THROTTLE } from './throttle';

describe.each(testDatabaseKinds())('login, sessions and throttling on %s', (kind) => {
  let handle: DatabaseHandle;
  const clock = manualClock('2026-06-01T08:00:00Z');
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    const f = fixtures(handle.db);
    const city = await f.city('cc');
    await f.user('alice', PASSWORD, [{ role: 'city_admin', cityId: city.id }]);
    await f.user('bob', PASSWORD, [{ role: 'city_admin', cityId: city.id }]);
    const carol = await f.user('carol', PASSWORD, [{ role: 'city_admin', cityId: city.id }]);
    await handle.db
      .updateTable('core.app_user')
      .set({ must_change_password: true })
      .where('id', '=', carol.id)
      .execute();
    app = createApp({ db: handle.db, clock, logger: silentLogger, plugins: [] });
  });
  afterAll(() => handle?.close());

  it('logs in with an httpOnly cookie, answers /me, and logs out for good', async () => {
    const client = testClient(app);
    const login = await client.post('/api/auth/login', { username: 'alice', password: PASSWORD });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/jiceng_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    const me = await client.get('/api/auth/me');
    expect(me.body.user.username).toBe('alice');
    expect(me.body.cities.map((c: any) => c.code)).toEqual(['cc']);
    // The stored session is a hash, not the token.
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const stored = await handle.db.selectFrom('core.session').select('id').execute();
    expect(stored.map((s) => s.id)).not.toContain(token);
    await client.post('/api/auth/logout');
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('refuses a wrong password in the caller’s language', async () => {
    const zh = await testClient(app, 'zh-CN').post('/api/auth/login', {
      username: 'alice',
      password: 'wrong',
    });
    expect(zh.status).toBe(401);
    expect(zh.body.error.message).toBe('用户名或密码错误');
    const en = await testClient(app, 'en').post('/api/auth/login', { username: 'alice', password: 'wrong' });
    expect(en.body.error.message).toBe('Wrong username or password');
  });

  it('slows an account down after repeated failures from one address, even for the right password', async () => {
    const client = testClient(app, 'en');
    for (let i = 0; i < THROTTLE.pair.free; i++)
      expect((await client.post('/api/auth/login', { username: 'bob', password: 'nope' })).status).toBe(401);
    const locked = await client.post('/api/auth/login', { username: 'bob', password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('1');
    expect(locked.body.error.message).toBe('Too many failed logins; try again in 1 second');
    clock.advanceDays(2 / 86_400);
    expect((await client.post('/api/auth/login', { username: 'bob', password: PASSWORD })).status).toBe(200);
  });

  it('expires sessions by the clock', async () => {
    const client = testClient(app);
    await client.login('alice', PASSWORD);
    expect((await client.get('/api/cities')).status).toBe(200);
    clock.advanceDays(1);
    expect((await client.get('/api/cities')).status).toBe(401);
  });

  it('makes a user with a reset password change it before anything else', async () => {
    const client = testClient(app, 'en');
    await client.login('carol', PASSWORD);
    const blocked = await client.get('/api/cities');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('password_change_required');
    const short = await client.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'short',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.field).toBe('newPassword');
    const wrong = await client.post('/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'a-longer-one',
    });
    expect(wrong.body.error.field).toBe('currentPassword');
    expect(
      (await client.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'a-longer-one' }))
        .status,
    ).toBe(200);
    expect((await client.get('/api/cities')).status).toBe(200);
    await expect(testClient(app).login('carol', PASSWORD)).rejects.toThrow();
    await testClient(app).login('carol', 'a-longer-one');
  });
});
