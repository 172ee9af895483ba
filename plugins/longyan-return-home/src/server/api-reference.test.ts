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
    const problems = await crawlGetRoutes(client, checker, backend.base('enabled'));
    expect(problems).toEqual([]);
    // Lists and details were really compared (not skipped as errors or empty).
    for (const op of [
      'GET /dashboard',
      'GET /reports',
      'GET /reports/:id',
      'GET /comparison',
      'GET /posts',
      'GET /wishes',
      'GET /records',
      'GET /compound-orgs/:id',
      'GET /co-building/links/:id',
      'GET /red-committees/:id',
      'GET /coverage',
    ])
      expect(checker.checked).toContain(op);
  });

  it('creates answer 201 with the documented shape; actions answer their documented status', async () => {
    const client = backend.client();
    await client.login('contract-admin', PASSWORD);
    const base = backend.base('enabled');
    const problems: string[] = [];
    const call = async (method: 'post' | 'put' | 'patch', path: string, body: unknown) => {
      const res = await client[method](`${base}${path}`, body);
      expect([method, path, res.status]).toEqual([method, path, expect.any(Number)]);
      problems.push(...checker.check(method, path, res));
      return res;
    };
    const community = (await client.get(`${base}/communities`)).body.items[0];
    const post = await call('post', '/posts', {
      communityOrgId: community.id,
      title: '文明劝导岗',
      mode: 'fixed',
    });
    expect(post.status).toBe(201);
    expect((await call('post', `/posts/${post.body.id}/close`, {})).status).toBe(200);
    const wish = await call('post', '/wishes', {
      communityOrgId: community.id,
      beneficiary: '王奶奶',
      content: '修水龙头',
    });
    expect(wish.status).toBe(201);
    const team = await call('post', '/teams', { communityOrgId: community.id, name: '契约测试服务队' });
    expect(team.status).toBe(201);
    const grid = await call('post', '/grid-branches', { communityOrgId: community.id, name: '契约测试网格' });
    expect(grid.status).toBe(201);
    const link = (await client.get(`${base}/co-building/links`)).body.items[0];
    const agreement = await call('put', `/co-building/links/${link.id}/agreement`, {
      signedOn: '2026-01-02',
      content: '共建协议',
    });
    expect(agreement.status).toBe(200);
    const project = await call('post', `/co-building/links/${link.id}/projects`, {
      title: '契约测试项目',
      category: 'funds',
      startedOn: '2026-01-03',
    });
    expect(project.status).toBe(201);
    expect(
      (await call('post', `/co-building/projects/${project.body.id}/complete`, { completedOn: '2026-02-01' }))
        .status,
    ).toBe(200);
    const report = (await client.get(`${base}/reports?status=awaiting_certificate`)).body.items[0];
    if (report) expect((await call('post', `/reports/${report.id}/certificate`, {})).status).toBe(201);
    expect(problems).toEqual([]);
  });
});
