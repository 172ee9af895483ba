import {
  contractBackend,
  crawlGetRoutes,
  PASSWORD,
  type PluginTestBackend,
  referenceChecker,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../index';

// The API reference documents each route's success status and answer (describe({ status, response })); these calls on
// a seeded city compare real answers with it, so the documented shapes cannot drift from the handlers.
describe.each(testDatabaseKinds())('the API reference matches real answers on %s', (kind) => {
  let backend: PluginTestBackend;
  let checker: ReturnType<typeof referenceChecker>;
  beforeAll(async () => {
    backend = await contractBackend(plugin, kind);
    checker = referenceChecker(plugin, backend.ctx);
  });
  afterAll(() => backend?.close());

  it('every GET route’s answer on the seeded city fits its documented schema', async () => {
    const client = backend.client();
    await client.login('contract-admin', PASSWORD);
    const base = backend.base('enabled');
    const problems = await crawlGetRoutes(client, checker, base);
    // A grid branch is listed by its org id (orgId), not `id`.
    const grid = (await client.get(`${base}/grids?covered=true`)).body.items[0];
    problems.push(
      ...checker.check('GET', `/grids/${grid.orgId}`, await client.get(`${base}/grids/${grid.orgId}`)),
    );
    expect(problems).toEqual([]);
    // Lists and details were really compared (not skipped as errors or empty).
    for (const op of [
      'GET /dashboard',
      'GET /demands',
      'GET /demands/:id',
      'GET /demands/daily',
      'GET /demands/weekly',
      'GET /grids/:id',
      'GET /bodies/:id',
      'GET /workers/:id',
      'GET /alliances/:id',
      'GET /projects/:id',
      'GET /funds',
      'GET /volunteer/stars',
    ])
      expect(checker.checked).toContain(op);
  });

  it('creates answer 201 with the documented shape; steps answer 200 with theirs', async () => {
    const client = backend.client();
    await client.login('contract-admin', PASSWORD);
    const base = backend.base('enabled');
    const problems: string[] = [];
    const call = async (method: 'post' | 'put' | 'patch', path: string, body: unknown) => {
      const res = await client[method](`${base}${path}`, body);
      problems.push(...checker.check(method, path, res));
      if (res.status >= 400) problems.push(`${method} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
      return res;
    };
    const grid = (await client.get(`${base}/grids?covered=true`)).body.items[0];
    const demand = await call('post', '/demands', {
      gridOrgId: grid.orgId,
      residentName: '王大爷',
      content: '楼道灯坏了',
      category: 'facilities',
      ledger: 'time_limited',
      deadline: '2026-06-30',
    });
    const start = await call('post', `/demands/${demand.body.id}/assign`, { department: '物业' });
    const closed = await call('post', `/demands/${demand.body.id}/close`, {
      reply: '已修好',
      satisfaction: 'satisfied',
    });
    const fund = await call('post', '/funds', {
      gridOrgId: grid.orgId,
      year: 2026,
      source: 'fiscal',
      amount: 100.5,
      receivedOn: '2026-05-01',
    });
    const entries = await client.get(`${base}/funds/entries?gridOrgId=${grid.orgId}`);
    problems.push(...checker.check('GET', '/funds/entries', entries));
    const alliance = (await client.get(`${base}/alliances`)).body.items[0];
    const meeting = await call('post', `/alliances/${alliance.id}/meetings`, {
      heldAt: '2026-07-01T02:00:00Z',
      mode: 'offline',
      location: '社区会议室',
      topic: '契约测试会议',
      agenda: ['议题一'],
    });
    expect(problems).toEqual([]);
    expect([demand.status, start.status, closed.status, fund.status, meeting.status]).toEqual([
      201, 200, 200, 201, 201,
    ]);
  });
});
