import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { manualClock } from '../clock';
import type { DatabaseHandle } from '../db';
import { silentLogger } from '../logger';
import { createTestDatabase, PASSWORD, testClient, testDatabaseKinds, twoCityWorld } from '../testing';
import { httpSettings } from './settings';

/** Issue 15 item 8: cross-site writes, non-JSON bodies, the session cookie over TLS, security headers. */
describe.each(testDatabaseKinds())('request hardening on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: Awaited<ReturnType<typeof twoCityWorld>>;
  const appWith = (env: Record<string, string> = {}) =>
    createApp({
      db: handle.db,
      clock: manualClock('2026-06-01T00:00:00Z'),
      logger: silentLogger,
      plugins: [],
      http: httpSettings(env),
    });
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    world = await twoCityWorld(handle.db);
  });
  afterAll(() => handle?.close());

  async function cookieOf(app: ReturnType<typeof createApp>, username: string) {
    const client = testClient(app);
    const r = await client.login(username, PASSWORD);
    return r.headers.get('set-cookie')!.split(';')[0]!;
  }
  const orgCount = async () =>
    Number(
      (
        await handle.db
          .selectFrom('core.org')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('refuses a text/plain or urlencoded body on a JSON route with 415 and changes nothing', async () => {
    const app = appWith();
    const cookie = await cookieOf(app, 'aa-admin');
    const before = await orgCount();
    const body = JSON.stringify({ parentId: world.a.orgs.street.id, kind: 'x_branch', name: '伪造' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
      const res = await app.request('http://localhost/api/cities/aa/orgs', {
        method: 'POST',
        headers: { cookie, 'accept-language': 'en', ...(type ? { 'content-type': type } : {}) },
        body,
      });
      expect(res.status, String(type)).toBe(415);
      const error = (await res.json()).error;
      expect(error.code).toBe('unsupported_media_type');
      // fetch labels a string body without a type text/plain itself, as a browser form would.
      expect(error.message).toContain(type ?? 'text/plain');
    }
    const zh = await app.request('http://localhost/api/cities/aa/orgs', {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/plain;charset=UTF-8' },
      body,
    });
    expect((await zh.json()).error.message).toMatch(/请求体须为 JSON/);
    expect(await orgCount()).toBe(before);
    // The same body as JSON is accepted: the refusal is about the type, not the content.
    const ok = await app.request('http://localhost/api/cities/aa/orgs', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json; charset=utf-8' },
      body,
    });
    expect(ok.status).toBe(201);
    expect(await orgCount()).toBe(before + 1);
  });

  it('refuses a cross-site form that would deactivate an account, whatever its content type', async () => {
    const app = appWith();
    const cookie = await cookieOf(app, 'aa-admin');
    const target = world.a.users.orgAdmin.id;
    for (const headers of [
      { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      { origin: 'https://evil.example', 'content-type': 'text/plain' },
      { origin: 'https://evil.example', 'content-type': 'multipart/form-data; boundary=x' },
      { origin: 'https://evil.example', 'content-type': 'application/json' },
      // No Origin, but the browser says it is cross-site (older engines omit Origin on some requests).
      { 'sec-fetch-site': 'cross-site', 'content-type': 'application/x-www-form-urlencoded' },
      { origin: 'null', 'content-type': 'application/x-www-form-urlencoded' },
      { origin: 'http://localhost.evil.example', 'content-type': 'application/json' },
    ] as Record<string, string>[]) {
      const res = await app.request(`http://localhost/api/cities/aa/users/${target}/deactivate`, {
        method: 'POST',
        headers: { cookie, 'accept-language': 'en', ...headers },
        body: 'a=1',
      });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect((await res.json()).error.code).toBe('cross_site_refused');
    }
    const user = await handle.db
      .selectFrom('core.app_user')
      .select('active')
      .where('id', '=', target)
      .executeTakeFirstOrThrow();
    expect(user.active).toBe(true);
  });

  it('lets same-origin pages, allowed origins and non-browser clients write', async () => {
    const app = appWith({ JICENG_ALLOWED_ORIGINS: 'https://admin.example.org/' });
    const cookie = await cookieOf(app, 'aa-admin');
    const post = (headers: Record<string, string>) =>
      app.request('http://localhost/api/cities/aa/orgs', {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          parentId: world.a.orgs.street.id,
          kind: 'x_branch',
          name: `允许${Math.random()}`,
        }),
      });
    expect((await post({ origin: 'http://localhost', 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    expect((await post({ origin: 'https://admin.example.org' })).status).toBe(201);
    expect((await post({})).status).toBe(201); // curl
    expect((await post({ origin: 'null', 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    expect((await post({ origin: 'https://other.example.org' })).status).toBe(403);
    // Reads are never refused for their origin (a link from elsewhere may open a page).
    const read = await app.request('http://localhost/api/cities/aa/orgs', {
      headers: { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(read.status).toBe(200);
  });

  it('keeps multipart uploads multipart, but checks their origin', async () => {
    const app = appWith();
    const cookie = await cookieOf(app, 'aa-admin');
    const form = () => {
      const f = new FormData();
      f.set('kind', 'members');
      f.set('file', new Blob(['姓名,身份证号\n'], { type: 'text/csv' }), 'r.csv');
      return f;
    };
    const evil = await app.request('http://localhost/api/cities/aa/roster/jobs', {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example' },
      body: form(),
    });
    expect(evil.status).toBe(403);
    const own = await app.request('http://localhost/api/cities/aa/roster/jobs', {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost' },
      body: form(),
    });
    expect(own.status).toBeLessThan(300);
  });

  it('marks the session cookie Secure over TLS, and trusts X-Forwarded-Proto only when told to', async () => {
    const login = (app: ReturnType<typeof createApp>, url: string, headers: Record<string, string> = {}) =>
      app.request(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ username: 'bb-admin', password: PASSWORD }),
      });
    const direct = appWith();
    expect((await login(direct, 'http://localhost')).headers.get('set-cookie')).not.toMatch(/Secure/i);
    expect((await login(direct, 'https://localhost')).headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    // Untrusted: any client could claim https.
    const spoofed = await login(direct, 'http://localhost', { 'x-forwarded-proto': 'https' });
    expect(spoofed.headers.get('set-cookie')).not.toMatch(/Secure/i);
    expect(spoofed.headers.get('strict-transport-security')).toBeNull();
    const proxied = appWith({ JICENG_TRUST_PROXY: '1' });
    const behindTls = await login(proxied, 'http://localhost', { 'x-forwarded-proto': 'https' });
    expect(behindTls.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    expect(behindTls.headers.get('strict-transport-security')).toMatch(/max-age=/);
    // The fresh cookie after a password change is Secure too.
    const cookie = behindTls.headers.get('set-cookie')!.split(';')[0]!;
    const changed = await proxied.request('http://localhost/api/auth/password', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ currentPassword: PASSWORD, newPassword: PASSWORD }),
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });

  it('sends security headers on answers, errors and refusals', async () => {
    const app = appWith();
    for (const [path, init] of [
      ['/api/health', {}],
      ['/api/nothing', {}],
      ['/api/cities/aa/orgs', {}],
      ['/api/auth/login', { method: 'POST', headers: { origin: 'https://evil.example' } }],
    ] as const) {
      const res = await app.request(`http://localhost${path}`, init);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('content-security-policy'), path).toMatch(
        /default-src 'none'.*frame-ancestors 'none'/,
      );
    }
    // Swagger UI loads from a CDN, so the docs page keeps every header but a CSP.
    const docs = await app.request('http://localhost/api/docs');
    expect(docs.headers.get('x-content-type-options')).toBe('nosniff');
    expect(docs.headers.get('content-security-policy')).toBeNull();
  });
});
