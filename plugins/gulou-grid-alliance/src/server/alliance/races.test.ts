import type { PluginTestBackend } from '@jiceng/plugin-kit/testing';
import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, gulouBackend, gulouWorld } from '../../test-world';
import type { GulouTables } from '../db';

type World = Awaited<ReturnType<typeof gulouWorld>>;
/** The test database with Gulou's tables typed (withTables takes a type alias, so the interface is mapped). */
const typed = (b: PluginTestBackend) => b.db.withTables<{ [T in keyof GulouTables]: GulouTables[T] }>();

/** Requests sent together: the "only once" and "at most two" rules hold when the checks race. */
describe.each(testDatabaseKinds())('alliance writes racing each other on %s', (kind) => {
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
});
