import type { PluginTestBackend } from '@jiceng/plugin-kit/testing';
import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, gulouBackend, gulouWorld } from '../../test-world';

type World = Awaited<ReturnType<typeof gulouWorld>>;

/** Requests sent together: a need or offer is matched or withdrawn once. */
describe.each(testDatabaseKinds())('supply writes racing each other on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: World;
  beforeAll(async () => {
    ({ backend } = await gulouBackend(kind));
    w = await gulouWorld(backend);
  });
  afterAll(() => backend?.close());

  it('matches a need once and withdraws an entry once', async () => {
    const c1 = await as(backend, 'gl-c1');
    const u1 = await as(backend, 'gl-u1');
    const list = async (side: string, owner: { gridOrgId?: number; unitId?: number }) =>
      (
        await (owner.unitId ? u1 : c1).post('/supply', {
          side,
          ...owner,
          category: 'health',
          title: `${side} 竞争`,
        })
      ).body.id as number;
    const need = await list('need', { gridOrgId: w.orgs.b1.id });
    const offers = [
      await list('offer', { unitId: w.units.u1.id }),
      await list('offer', { unitId: w.units.u1.id }),
    ];
    const matches = await Promise.all(
      offers.map((offerId) =>
        c1.post('/projects', {
          needId: need,
          offerId,
          title: '健康义诊',
          ownerName: '林一',
          content: '每月一次义诊',
          startOn: '2026-07-01',
          endOn: '2026-12-31',
        }),
      ),
    );
    expect(matches.map((r) => r.status).sort()).toEqual([201, 409]);
    const projects = await c1.get('/projects');
    expect(projects.body.items.filter((p: { needId: number }) => p.needId === need)).toHaveLength(1);
    // The offer that lost the race is still open.
    const lost = offers.find((o) => o !== matches.find((r) => r.status === 201)!.body.offerId)!;
    expect(
      (await c1.get('/supply?side=offer')).body.items.find((i: { id: number }) => i.id === lost).status,
    ).toBe('open');

    const withdrawals = await Promise.all(
      [1, 2].map(() => u1.post(`/supply/${lost}/withdraw`, { reason: '单位调整计划' })),
    );
    expect(withdrawals.map((r) => r.status).sort()).toEqual([200, 409]);
  });
});
