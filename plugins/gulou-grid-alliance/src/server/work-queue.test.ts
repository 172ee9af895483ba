import type { PluginTestBackend } from '@jiceng/plugin-kit/testing';
import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, gulouBackend, gulouWorld } from '../test-world';

type World = Awaited<ReturnType<typeof gulouWorld>>;
const demand = (gridOrgId: number, ledger: string, deadline: string | null) => ({
  gridOrgId,
  residentName: '张阿姨',
  content: '楼道堆放杂物影响通行',
  category: 'environment',
  ledger,
  deadline,
});

describe.each(testDatabaseKinds())('work queue (待办) on %s', (kind) => {
  let backend: PluginTestBackend;
  let clock: Awaited<ReturnType<typeof gulouBackend>>['clock'];
  let w: World;
  const work = async (username: string) => {
    const client = await as(backend, username);
    const r = await client.raw.get('/api/cities/gl/work');
    expect(r.status).toBe(200);
    return r.body.items.map((i: any) => [i.id, i.count, i.overdue, i.dueOn ?? null]);
  };
  beforeAll(async () => {
    ({ backend, clock } = await gulouBackend(kind)); // 2026-06-15
    w = await gulouWorld(backend);
    const c1 = await as(backend, 'gl-c1');
    const c2 = await as(backend, 'gl-c2');
    const { b1, b2, b3 } = w.orgs;
    for (const [client, body] of [
      [c1, demand(b1.id, 'time_limited', '2026-06-16')], // overdue by 06-20
      [c1, demand(b2.id, 'time_limited', '2026-06-25')], // due within the week of 06-20
      [c1, demand(b1.id, 'time_limited', '2026-07-30')], // not yet due
      [c1, demand(b1.id, 'immediate', null)], // no deadline
      [c2, demand(b3.id, 'time_limited', '2026-06-17')], // overdue by 06-20, in c2
    ] as const)
      expect((await client.post('/demands', body)).status).toBe(201);
    const closed = await c1.post('/demands', demand(b2.id, 'time_limited', '2026-06-18'));
    expect((await c1.post(`/demands/${closed.body.id}/close`, { reply: '已办结' })).status).toBe(200);
    clock.set('2026-06-20T02:00:00Z');
  });
  afterAll(() => backend?.close());

  it('lists open demands past or within a week of their deadline, in the asker’s grids', async () => {
    // c1: 06-16 (overdue) and 06-25; the 07-30 one, the undated one and the closed one wait.
    expect(await work('gl-c1')).toEqual([['demands_due', 2, 1, '2026-06-16']]);
    expect(await work('gl-c2')).toEqual([['demands_due', 1, 1, '2026-06-17']]);
    expect(await work('gl-admin')).toEqual([['demands_due', 3, 2, '2026-06-16']]);
    // The unit's org has no grids; a member has no demand work.
    expect(await work('gl-u1')).toEqual([]);
    expect(await work('gl-m1')).toEqual([]);
  });
});
