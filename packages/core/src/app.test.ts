import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './db';
import {
  createTestApp,
  PASSWORD,
  type TestApp,
  testClient,
  testDatabaseKinds,
  type TestWorld,
} from './testing';

describe.each(testDatabaseKinds())('the API as a whole on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: TestWorld;
  let app: TestApp;
  beforeAll(async () => {
    ({ handle, world, app } = await createTestApp(kind));
  });
  afterAll(() => handle?.close());

  it('answers health and readiness', async () => {
    const client = testClient(app);
    expect((await client.get('/api/health')).body).toEqual({ status: 'ok' });
    expect((await client.get('/api/ready')).body).toEqual({ status: 'ready' });
  });

  it('serves an OpenAPI document built from the routes, with request schemas', async () => {
    const doc = (await testClient(app).get('/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const create = doc.paths['/api/cities/{city}/members'].post;
    expect(create.requestBody.content['application/json'].schema.required).toContain('idNumber');
    expect(doc.paths['/api/cities/{city}/orgs/{id}/move'].post.summary).toMatch(/Move/);
    expect((await testClient(app).get('/api/docs')).status).toBe(200);
  });

  it('gives an unknown route a JSON 404 and malformed JSON a 400', async () => {
    const client = testClient(app, 'en');
    const missing = await client.get('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('route_not_found');
    await client.login('aa-admin', PASSWORD);
    const malformed = await client.raw('POST', '/api/cities/aa/orgs', '{"name":', {
      'content-type': 'application/json',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toBe('The request body is not valid JSON');
  });

  it('never answers 500, whatever the input', async () => {
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    const m = world.a.members.m1.id;
    const o = world.a.orgs.community1.id;
    const junk: unknown[] = [
      null,
      0,
      -1,
      'x',
      [],
      {},
      { id: 'x' },
      1e308,
      '\u0000',
      { parentId: 2 ** 31 },
      { orgId: -5, name: 'x'.repeat(5000) },
    ];
    const paths = [
      ['POST', '/api/cities/aa/orgs'],
      ['PATCH', `/api/cities/aa/orgs/${o}`],
      ['POST', `/api/cities/aa/orgs/${o}/move`],
      ['POST', '/api/cities/aa/members'],
      ['PATCH', `/api/cities/aa/members/${m}`],
      ['POST', `/api/cities/aa/members/${m}/affiliations`],
      ['POST', '/api/cities/aa/places'],
      ['POST', '/api/cities/aa/units'],
      ['PUT', '/api/cities/aa/plugin-settings/x'],
      ['POST', '/api/cities'],
      ['POST', '/api/auth/login'],
    ] as const;
    for (const [method, path] of paths)
      for (const body of junk) {
        const r = await client.raw(method, path, body);
        expect(r.status, `${method} ${path} ${JSON.stringify(body)?.slice(0, 40)}`).toBeLessThan(500);
      }
    for (const path of [
      '/api/cities/aa/members/abc',
      '/api/cities/aa/members/99999999999',
      '/api/cities/aa/orgs/-1',
      '/api/cities/aa/orgs?parentId=abc',
      '/api/cities/aa/members?page=0',
      '/api/cities/aa/indicators?from=x&to=y',
      `/api/cities/aa/orgs/${o}/subtree?maxDepth=999`,
    ])
      expect((await client.get(path)).status, path).toBeLessThan(500);
  });
});
