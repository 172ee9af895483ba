import type { PluginTestBackend } from '@jiceng/plugin-kit/testing';
import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, gulouBackend, gulouWorld } from '../../test-world';

type World = Awaited<ReturnType<typeof gulouWorld>>;

/** Requests sent together: a demand is closed (销号) once, reopened once, escalated once. */
describe.each(testDatabaseKinds())('demand steps racing each other on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: World;
  beforeAll(async () => {
    ({ backend } = await gulouBackend(kind));
    w = await gulouWorld(backend);
  });
  afterAll(() => backend?.close());

  it('closes once and reopens once, with one history event each', async () => {
    const c1 = await as(backend, 'gl-c1');
    const made = await c1.post('/demands', {
      gridOrgId: w.orgs.b1.id,
      residentName: '李大爷',
      content: '楼下路灯不亮',
      category: 'environment',
      ledger: 'immediate',
    });
    expect(made.status).toBe(201);
    const id = made.body.id;
    const closes = await Promise.all(
      ['已报修', '已修好'].map((reply) => c1.post(`/demands/${id}/close`, { reply })),
    );
    expect(closes.map((r) => r.status).sort()).toEqual([200, 409]);
    const reopens = await Promise.all(
      ['居民反映仍不亮', '再次反映'].map((reason) => c1.post(`/demands/${id}/reopen`, { reason })),
    );
    expect(reopens.map((r) => r.status).sort()).toEqual([200, 409]);
    const detail = await c1.get(`/demands/${id}`);
    expect(detail.body).toMatchObject({ status: 'in_progress', reopenCount: 1 });
    expect(detail.body.events.map((e: { action: string }) => e.action)).toEqual([
      'record',
      'close',
      'reopen',
    ]);
  });
});
