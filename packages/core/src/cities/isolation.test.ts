import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import {
  createTestApp,
  PASSWORD,
  type TestApp,
  testClient,
  testDatabaseKinds,
  type TestWorld,
} from '../testing';

describe.each(testDatabaseKinds())('tenant and scope isolation on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: TestWorld;
  let app: TestApp;

  beforeAll(async () => {
    ({ handle, world, app } = await createTestApp(kind));
  });
  afterAll(() => handle?.close());

  it('a city admin of A gets 404 on every city-B resource, read or write', async () => {
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    const b = world.b;
    const reads = [
      '/api/cities/bb',
      '/api/cities/bb/orgs',
      `/api/cities/bb/orgs/${b.orgs.community1.id}`,
      `/api/cities/bb/orgs/${b.orgs.community1.id}/subtree`,
      '/api/cities/bb/members',
      `/api/cities/bb/members/${b.members.m1.id}`,
      '/api/cities/bb/places',
      `/api/cities/bb/units/${b.unit.id}`,
      '/api/cities/bb/plugin-settings',
    ];
    for (const path of reads) expect((await client.get(path)).status, path).toBe(404);
    const writes = [
      client.post('/api/cities/bb/orgs', { parentId: b.orgs.street.id, kind: 'community_branch', name: 'x' }),
      client.patch(`/api/cities/bb/members/${b.members.m1.id}`, { name: 'x' }),
      client.post(`/api/cities/bb/members/${b.members.m1.id}/deactivate`),
      client.post(`/api/cities/bb/orgs/${b.orgs.community1.id}/move`, { parentId: b.orgs.committee.id }),
      client.put('/api/cities/bb/plugin-settings/none', { enabled: true }),
    ];
    for (const w of await Promise.all(writes)) expect(w.status).toBe(404);
    // Nothing changed in B.
    const m1 = await handle.db
      .selectFrom('core.member')
      .selectAll()
      .where('id', '=', b.members.m1.id)
      .executeTakeFirstOrThrow();
    expect(m1.name).toBe('bb甲');
    expect(m1.active).toBe(true);
  });

  it('ids of city B used inside city A are refused by field, not silently linked', async () => {
    const client = testClient(app, 'en');
    await client.login('aa-admin', PASSWORD);
    const r = await client.patch(`/api/cities/aa/members/${world.a.members.m1.id}`, {
      orgId: world.b.orgs.community1.id,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('orgId');
    expect(r.body.error.message).toBe('orgId does not belong to this city');
    // B's member id looked up through A's path is a 404 too.
    expect((await client.get(`/api/cities/aa/members/${world.b.members.m1.id}`)).status).toBe(404);
  });

  it('only the cities an actor holds grants in are listed', async () => {
    const client = testClient(app);
    await client.login('aa-org', PASSWORD);
    const r = await client.get('/api/cities');
    expect(r.body.items.map((c: any) => c.code)).toEqual(['aa']);
    const platform = testClient(app);
    await platform.login('platform', PASSWORD);
    expect((await platform.get('/api/cities')).body.items.map((c: any) => c.code)).toEqual(['aa', 'bb']);
  });

  it('an org admin sees only their subtree of members and orgs', async () => {
    const client = testClient(app);
    await client.login('aa-org', PASSWORD);
    const list = await client.get('/api/cities/aa/members?pageSize=50');
    expect(list.status).toBe(200);
    expect(list.body.items.map((m: any) => m.name).sort()).toEqual(['aa乙', 'aa甲'].sort());
    expect(list.body.total).toBe(2);
    expect((await client.get(`/api/cities/aa/members/${world.a.members.m3.id}`)).status).toBe(404);
    const roots = await client.get('/api/cities/aa/orgs');
    expect(roots.body.items.map((o: any) => o.name)).toEqual(['aa一社区党委']);
    expect(roots.body.items[0].memberCount).toBe(2);
    expect((await client.get(`/api/cities/aa/orgs/${world.a.orgs.community2.id}`)).status).toBe(404);
    // Cannot create a child outside the subtree; the field is named.
    const outside = await client.post('/api/cities/aa/orgs', {
      parentId: world.a.orgs.community2.id,
      kind: 'compound_branch',
      name: 'x',
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.field).toBe('parentId');
    // Places are the city admin's to change.
    expect((await client.post('/api/cities/aa/places', { kind: 'street', name: 'x' })).status).toBe(403);
  });

  it('a member sees only their own record', async () => {
    const client = testClient(app);
    await client.login('aa-member', PASSWORD);
    expect((await client.get('/api/cities/aa/members')).status).toBe(403);
    const self = await client.get(`/api/cities/aa/members/${world.a.members.m1.id}?reveal=true`);
    expect(self.status).toBe(200);
    expect(self.body.idNumber).toBe(world.a.members.m1.id_number);
    expect((await client.get(`/api/cities/aa/members/${world.a.members.m2.id}`)).status).toBe(404);
    expect((await client.get('/api/cities/aa/orgs')).status).toBe(403);
  });

  it('anonymous requests get 401', async () => {
    const client = testClient(app);
    expect((await client.get('/api/cities')).status).toBe(401);
    expect((await client.get('/api/cities/aa/members')).status).toBe(401);
  });
});
