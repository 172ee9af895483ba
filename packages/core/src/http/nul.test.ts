import { Hono } from 'hono';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { silentLogger } from '../logger';
import { createTestApp, PASSWORD, type TestApp, testClient, testDatabaseKinds } from '../testing';
import type { AppEnv } from './env';
import { errorHandler } from './errors';
import { nulPath } from './nul';

describe('nulPath', () => {
  it('finds a NUL in strings, nested values and keys, and nothing in clean input', () => {
    expect(nulPath('a\u0000b')).toEqual([]);
    expect(nulPath({ name: 'ok', tags: ['x', 'y\u0000'] })).toEqual(['tags', 1]);
    expect(nulPath({ 'k\u0000': 1 })).toEqual(['k\\0']);
    expect(nulPath({ name: '党员', n: 1, b: true, z: null, list: [{ q: '%00' }] })).toBeUndefined();
  });
});

/** A database refusal that reaches the error handler: the answer to the caller, never a 500. */
async function answerTo(err: unknown) {
  const app = new Hono<AppEnv>();
  app.onError(errorHandler(silentLogger));
  app.get('/x', () => {
    throw err;
  });
  const res = await app.request('http://localhost/x', { headers: { 'accept-language': 'en' } });
  return { status: res.status, body: (await res.json()) as any };
}

describe.each(testDatabaseKinds())('NUL bytes and other data exceptions on %s', (kind) => {
  let handle: DatabaseHandle;
  let app: TestApp;

  beforeAll(async () => {
    ({ handle, app } = await createTestApp(kind));
  });
  afterAll(() => handle?.close());

  it("maps the database's own data exceptions (class 22) to a 400, connection faults not", async () => {
    const refusals = [
      sql`select ${'a\u0000b'}::text as t`, // 22021: NUL is not UTF-8 text to PostgreSQL
      sql`select 1 / 0 as t`, // 22012
      sql`select '2026-02-30'::date as t`, // 22008
      sql`select 'abc'::int as t`, // 22P02
    ];
    for (const q of refusals) {
      const err = await q.execute(handle.db).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err, 'the database refused').toBeTruthy();
      const answer = await answerTo(err);
      expect(answer.status, String((err as Error).message)).toBe(400);
      expect(answer.body.error.code).toBe('validation_failed');
    }
    // Not an input problem: a lost connection is the database being away (503, try again), never a 400.
    const lost = await answerTo(Object.assign(new Error('terminating connection'), { code: '57P01' }));
    expect(lost.status).toBe(503);
    expect(lost.body.error.code).toBe('database_unavailable');
  });

  it('a NUL in a city code, a query or a body is a 4xx naming the field', async () => {
    const anonymous = testClient(app, 'en');
    expect((await anonymous.get('/api/public/cities/%00')).status).toBe(404);
    expect((await anonymous.get(`/api/public/cities/${'%00'.repeat(5000)}`)).status).toBe(404);
    const admin = testClient(app, 'en');
    await admin.login('aa-admin', PASSWORD);
    expect((await admin.get('/api/cities/a%00b/members')).status).toBe(404);
    const list = await admin.get('/api/cities/aa/members?q=%00');
    expect(list.status).toBe(400);
    expect(list.body.error.field).toBe('q');
    expect(list.body.error.message).toContain('NUL');
    const before = await handle.db
      .selectFrom('core.org')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const orgs = await admin.get('/api/cities/aa/orgs');
    const parentId = orgs.body.items[0].id;
    const created = await admin.post('/api/cities/aa/orgs', {
      parentId,
      kind: 'community_branch',
      name: 'a\u0000b',
    });
    expect(created.status).toBe(400);
    expect(created.body.error.field).toBe('name');
    const after = await handle.db
      .selectFrom('core.org')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
