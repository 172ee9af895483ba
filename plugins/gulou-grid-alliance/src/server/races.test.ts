import type { PluginTestBackend } from '@jiceng/plugin-kit/testing';
import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, gulouBackend, gulouWorld } from '../test-world';
import type { GulouTables } from './db';

type World = Awaited<ReturnType<typeof gulouWorld>>;
/** The test database with Gulou's tables typed (withTables takes a type alias, so the interface is mapped). */
const typed = (b: PluginTestBackend) => b.db.withTables<{ [T in keyof GulouTables]: GulouTables[T] }>();

/**
 * Requests sent together, for alliance, supply and demands: "only once" and "at most two" hold when the checks race
 * (a unique key, a row lock, or an update conditional on the state read).
 */
describe.each(testDatabaseKinds())('writes racing each other on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: World;
  beforeAll(async () => {
    ({ backend } = await gulouBackend(kind));
    w = await gulouWorld(backend);
  });
  afterAll(() => backend?.close());

  it('lets a unit join once, keeps at most two representatives and at least one', async () => {
    const c1 = await as(backend, 'gl-c1');
    const made = await c1.post('/alliances', {
      name: '竞争联盟',
      leadOrgId: w.orgs.c1.id,
      foundedOn: '2020-01-01',
    });
    expect(made.status).toBe(201);
    const a = made.body.id;

    const joins = await Promise.all(
      [1, 2, 3].map((i) =>
        c1.post(`/alliances/${a}/units`, {
          unitId: w.units.u1.id,
          joinedOn: '2020-01-01',
          representatives: [{ name: `代表${i}` }],
        }),
      ),
    );
    expect(joins.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    for (const r of joins.filter((x) => x.status === 409)) expect(r.body.error.field).toBe('unitId');
    const mu = joins.find((r) => r.status === 201)!.body.id;
    const units = await typed(backend)
      .selectFrom('p_gulou_grid_alliance.alliance_unit')
      .select('id')
      .where('alliance_id', '=', a)
      .execute();
    expect(units).toHaveLength(1);

    const adds = await Promise.all(
      ['甲', '乙', '丙'].map((name) => c1.post(`/alliances/${a}/units/${mu}/representatives`, { name })),
    );
    expect(adds.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const reps = () =>
      typed(backend)
        .selectFrom('p_gulou_grid_alliance.alliance_rep')
        .select('id')
        .where('alliance_unit_id', '=', mu)
        .orderBy('id')
        .execute();
    const two = await reps();
    expect(two).toHaveLength(2);

    const removes = await Promise.all(
      two.map((r) => c1.delete(`/alliances/${a}/units/${mu}/representatives/${r.id}`)),
    );
    expect(removes.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await reps()).toHaveLength(1);
  });

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
