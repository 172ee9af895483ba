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

describe.each(testDatabaseKinds())('org tree on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: TestWorld;
  let app: TestApp;
  beforeAll(async () => {
    ({ handle, world, app } = await createTestApp(kind));
  });
  afterAll(() => handle?.close());

  it('lists roots and children with subtree member counts', async () => {
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    const roots = await client.get('/api/cities/aa/orgs');
    expect(roots.body.items.map((o: any) => [o.name, o.childCount, o.memberCount])).toEqual([
      ['aa市委', 2, 4],
    ]);
    const children = await client.get(`/api/cities/aa/orgs?parentId=${world.a.orgs.street.id}`);
    expect(children.body.items.map((o: any) => [o.name, o.childCount, o.memberCount])).toEqual([
      ['aa一社区党委', 1, 2],
      ['aa二社区党委', 0, 1],
    ]);
  });

  it('creates a child, moves a subtree and keeps paths and ancestors right', async () => {
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    const created = await client.post('/api/cities/aa/orgs', {
      parentId: world.a.orgs.compound1.id,
      kind: 'building_group',
      name: '1号楼党小组',
    });
    expect(created.status).toBe(201);
    expect(created.body.path).toBe(`${world.a.orgs.compound1.path}${created.body.id}/`);
    // Move compound1 (with the new group) from community1 to community2.
    const moved = await client.post(`/api/cities/aa/orgs/${world.a.orgs.compound1.id}/move`, {
      parentId: world.a.orgs.community2.id,
    });
    expect(moved.status).toBe(200);
    const group = await client.get(`/api/cities/aa/orgs/${created.body.id}`);
    expect(group.body.ancestors.map((o: any) => o.name)).toEqual([
      'aa市委',
      'aa街道党工委',
      'aa二社区党委',
      'aa小区党支部',
    ]);
    expect(group.body.depth).toBe(4);
    const community2 = await client.get(`/api/cities/aa/orgs/${world.a.orgs.community2.id}`);
    expect(community2.body.memberCount).toBe(2); // 丙 plus 乙, who sits in the moved compound branch
    const subtree = await client.get(`/api/cities/aa/orgs/${world.a.orgs.community2.id}/subtree?maxDepth=1`);
    expect(subtree.body.items.map((o: any) => o.name)).toEqual(['aa二社区党委', 'aa小区党支部']);
    // Moving it back restores the original shape.
    await client.post(`/api/cities/aa/orgs/${world.a.orgs.compound1.id}/move`, {
      parentId: world.a.orgs.community1.id,
    });
    expect((await client.get(`/api/cities/aa/orgs/${world.a.orgs.community1.id}`)).body.memberCount).toBe(2);
  });

  it('refuses to move a node under itself with 409 and changes nothing', async () => {
    const client = testClient(app, 'en');
    await client.login('aa-admin', PASSWORD);
    const r = await client.post(`/api/cities/aa/orgs/${world.a.orgs.street.id}/move`, {
      parentId: world.a.orgs.compound1.id,
    });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toBe('A node cannot move under itself');
    const street = await handle.db
      .selectFrom('core.org')
      .select(['parent_id', 'path'])
      .where('id', '=', world.a.orgs.street.id)
      .executeTakeFirstOrThrow();
    expect(street.parent_id).toBe(world.a.orgs.committee.id);
  });

  it('lets an org admin rearrange inside the subtree but not move the granted node', async () => {
    const client = testClient(app);
    await client.login('aa-org', PASSWORD);
    expect(
      (
        await client.post(`/api/cities/aa/orgs/${world.a.orgs.community1.id}/move`, {
          parentId: world.a.orgs.community2.id,
        })
      ).status,
    ).toBe(403);
  });

  it('names the field of bad input, in Chinese by default', async () => {
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    const r = await client.post('/api/cities/aa/orgs', {
      parentId: world.a.orgs.street.id,
      kind: 'Bad Kind',
      name: '',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i: any) => i.field).sort()).toEqual(['kind', 'name']);
    expect(r.body.error.message).toMatch(/^输入有误：字段 /);
    expect(await handle.db.selectFrom('core.org').select('id').where('name', '=', '').execute()).toEqual([]);
  });
});
