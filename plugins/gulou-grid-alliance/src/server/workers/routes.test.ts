import type { PluginTestBackend } from '@jiceng/plugin-kit/testing';
import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, gulouBackend, gulouWorld } from '../../test-world';

type World = Awaited<ReturnType<typeof gulouWorld>>;
const PHONE = '13900001234';
const MASKED = '139****1234';

/** Issue 15 item 10: grid workers' phones came back in full to city admins and community secretaries. */
describe.each(testDatabaseKinds())('grid workers’ phones are personal data on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: World;
  let workerId: number;
  beforeAll(async () => {
    ({ backend } = await gulouBackend(kind));
    w = await gulouWorld(backend);
    const admin = await as(backend, 'gl-admin');
    const created = await admin.post('/workers', {
      name: '郑网格',
      gender: 'female',
      phone: PHONE,
      orgId: w.orgs.b1.id,
      hiredOn: '2019-03-01',
    });
    expect(created.status).toBe(201);
    workerId = created.body.id;
  });
  afterAll(() => backend?.close());

  const reveals = () =>
    backend.db
      .selectFrom('core.audit_log')
      .select(['actor_user_id', 'entity_id'])
      .where('action', '=', 'reveal')
      .where('entity', '=', 'p_gulou_grid_alliance.grid_worker')
      .execute();

  it('lists, details and grid pages show the phone masked to city admins and community secretaries', async () => {
    for (const who of ['gl-admin', 'gl-c1']) {
      const client = await as(backend, who);
      const list = await client.get('/workers');
      const item = list.body.items.find((i: any) => i.id === workerId);
      expect(item).toMatchObject({ phone: MASKED, masked: true });
      expect(JSON.stringify(list.body)).not.toContain(PHONE);
      const detail = await client.get(`/workers/${workerId}`);
      expect(detail.body).toMatchObject({ phone: MASKED, masked: true });
      const grid = await client.get(`/grids/${w.orgs.b1.id}`);
      expect(grid.status).toBe(200);
      expect(JSON.stringify(grid.body)).not.toContain(PHONE);
      expect(grid.body.workers.find((x: any) => x.id === workerId)).toMatchObject({
        phone: MASKED,
        masked: true,
      });
    }
    expect(await reveals()).toEqual([]);
  });

  it('a community secretary asking to reveal still gets it masked, and nothing is audited', async () => {
    const c1 = await as(backend, 'gl-c1');
    const r = await c1.get(`/workers/${workerId}?reveal=true`);
    expect(r.body).toMatchObject({ phone: MASKED, masked: true });
    expect(await reveals()).toEqual([]);
    // Another community's secretary does not see the worker at all.
    expect((await (await as(backend, 'gl-c2')).get(`/workers/${workerId}?reveal=true`)).status).toBe(404);
  });

  it('a city admin reveals it as a separate step, and the reveal is audited', async () => {
    const admin = await as(backend, 'gl-admin');
    const r = await admin.get(`/workers/${workerId}?reveal=true`);
    expect(r.body).toMatchObject({ phone: PHONE, masked: false });
    const adminId = (
      await backend.db
        .selectFrom('core.app_user')
        .select('id')
        .where('username', '=', 'gl-admin')
        .executeTakeFirstOrThrow()
    ).id;
    expect(await reveals()).toEqual([{ actor_user_id: adminId, entity_id: String(workerId) }]);
    expect((await admin.get(`/workers/${workerId}?reveal=maybe`)).body.error.field).toBe('reveal');
  });
});
