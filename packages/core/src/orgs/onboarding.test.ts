import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import {
  createTestApp,
  fixtures,
  PASSWORD,
  type TestApp,
  testClient,
  testDatabaseKinds,
  type TestWorld,
} from '../testing';

/** Issue 17: a city's root committee, dissolving and moving orgs, archiving a city — and each refusal. */
describe.each(testDatabaseKinds())('onboarding a city on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: TestWorld;
  let app: TestApp;
  beforeAll(async () => {
    ({ handle, world, app } = await createTestApp(kind));
  });
  afterAll(() => handle?.close());

  const orgRows = (cityId: number) =>
    handle.db
      .selectFrom('core.org')
      .select(['id', 'parent_id', 'name', 'path', 'depth'])
      .where('city_id', '=', cityId)
      .orderBy('id')
      .execute();
  const audits = (entity: string, entityId: number | string) =>
    handle.db
      .selectFrom('core.audit_log')
      .select(['action', 'before', 'after'])
      .where('entity', '=', entity)
      .where('entity_id', '=', String(entityId))
      .orderBy('id')
      .execute();

  /** Every path recomputed from parent links: what the triggers must have kept. */
  async function expectPathsConsistent(cityId: number) {
    const rows = await orgRows(cityId);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const pathOf = (id: number): string => {
      const r = byId.get(id)!;
      return r.parent_id === null ? `/${id}/` : `${pathOf(r.parent_id)}${id}/`;
    };
    for (const r of rows) {
      expect(r.path, r.name).toBe(pathOf(r.id));
      expect(r.depth, r.name).toBe(pathOf(r.id).split('/').filter(Boolean).length - 1);
    }
  }

  it('creating a city creates its top committee in the same step, named for its level', async () => {
    const client = testClient(app);
    await client.login('platform', PASSWORD);
    const r = await client.post('/api/cities', {
      code: 'sanming',
      nameZh: '三明市',
      nameEn: 'Sanming',
      level: 'city',
    });
    expect(r.status).toBe(201);
    expect(r.body.rootOrg).toMatchObject({
      name: '中共三明市委',
      kind: 'city_committee',
      parentId: null,
      depth: 0,
    });
    const county = await client.post('/api/cities', {
      code: 'fugu2',
      nameZh: '府谷',
      nameEn: 'Fugu',
      level: 'county',
    });
    expect(county.body.rootOrg.name).toBe('中共府谷县委');
    const named = await client.post('/api/cities', {
      code: 'gulou2',
      nameZh: '鼓楼区',
      nameEn: 'Gulou',
      level: 'district',
      rootOrgName: '中共福州市鼓楼区委',
    });
    expect(named.body.rootOrg.name).toBe('中共福州市鼓楼区委');
    const roots = await orgRows(r.body.id);
    expect(roots.map((o) => [o.name, o.parent_id, o.path])).toEqual([
      ['中共三明市委', null, `/${roots[0]!.id}/`],
    ]);
    expect((await audits('org', roots[0]!.id)).map((a) => a.action)).toEqual(['create']);
    // The fresh city's checklist: root done, the org tree next.
    const setup = await client.get('/api/cities/sanming/setup');
    expect(setup.status).toBe(200);
    expect(setup.body.next).toBe('orgTree');
    expect(setup.body.steps.map((s: any) => [s.key, s.done])).toEqual([
      ['rootOrg', true],
      ['orgTree', false],
      ['places', false],
      ['units', false],
      ['members', false],
      ['model', false],
      ['cityAdmins', false],
    ]);
    // A bad city changes nothing: no city, no orphan root.
    const bad = await client.post('/api/cities', {
      code: 'sanming',
      nameZh: '三明',
      nameEn: 'x',
      level: 'city',
    });
    expect(bad.status).toBe(409);
    expect(
      Number(
        (
          await handle.db
            .selectFrom('core.org')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('name', '=', '中共三明委')
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(0);
  });

  it('an existing city without a root gets one through the API; a second root is a 409, at the database too', async () => {
    const f = fixtures(handle.db);
    const bare = await f.city('bare', '无根市', 'district');
    await f.user('bare-admin', PASSWORD, [{ role: 'city_admin', cityId: bare.id }]);
    const client = testClient(app, 'en');
    await client.login('bare-admin', PASSWORD);
    const wrongKind = await client.post('/api/cities/bare/orgs', {
      parentId: null,
      kind: 'community_committee',
      name: 'x',
    });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.field).toBe('kind');
    const root = await client.post('/api/cities/bare/orgs', {
      parentId: null,
      kind: 'city_committee',
      name: '' + '中共无根区委',
    });
    expect(root.status).toBe(201);
    expect(root.body).toMatchObject({ parentId: null, depth: 0, kind: 'city_committee' });

    const second = await client.post('/api/cities/bare/orgs', {
      parentId: null,
      kind: 'city_committee',
      name: '另一个区委',
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('org_root_exists');
    expect(second.body.error.message).toContain('中共无根区委');
    expect((await orgRows(bare.id)).length).toBe(1);
    // The key holds against a write that skips the API.
    await expect(f.org(bare.id, 'city_committee', '绕过接口的区委')).rejects.toMatchObject({ code: '23505' });

    // Org admins never create roots.
    const org = testClient(app);
    await org.login('aa-org', PASSWORD);
    const refused = await org.post('/api/cities/aa/orgs', {
      parentId: null,
      kind: 'city_committee',
      name: 'x',
    });
    expect(refused.status).toBe(403);
  });

  it('moves a deep subtree with every path right, and refuses a move under its own subtree', async () => {
    const client = testClient(app, 'en');
    await client.login('aa-admin', PASSWORD);
    const { a } = world;
    const g1 = await client.post('/api/cities/aa/orgs', {
      parentId: a.orgs.compound1.id,
      kind: 'building_group',
      name: '甲楼党小组',
    });
    const g2 = await client.post('/api/cities/aa/orgs', {
      parentId: g1.body.id,
      kind: 'building_group',
      name: '甲楼一单元',
    });
    expect(g2.body.depth).toBe(5);
    // community1 (with compound1 → g1 → g2) goes straight under the committee.
    const moved = await client.post(`/api/cities/aa/orgs/${a.orgs.community1.id}/move`, {
      parentId: a.orgs.committee.id,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.path).toBe(`/${a.orgs.committee.id}/${a.orgs.community1.id}/`);
    const deep = await client.get(`/api/cities/aa/orgs/${g2.body.id}`);
    expect(deep.body.path).toBe(
      `/${a.orgs.committee.id}/${a.orgs.community1.id}/${a.orgs.compound1.id}/${g1.body.id}/${g2.body.id}/`,
    );
    expect(deep.body.depth).toBe(4);
    await expectPathsConsistent(a.city.id);

    // Under its own grandchild: refused, nothing changes, nothing audited.
    const before = await orgRows(a.city.id);
    const cycle = await client.post(`/api/cities/aa/orgs/${a.orgs.community1.id}/move`, {
      parentId: g2.body.id,
    });
    expect(cycle.status).toBe(409);
    expect(cycle.body.error.message).toBe('A node cannot move under itself');
    const self = await client.post(`/api/cities/aa/orgs/${a.orgs.community1.id}/move`, {
      parentId: a.orgs.community1.id,
    });
    expect(self.status).toBe(409);
    expect(await orgRows(a.city.id)).toEqual(before);
    expect((await audits('org', a.orgs.community1.id)).map((x) => x.action)).toEqual(['move']);

    // Back where it was; the subtree follows again.
    await client.post(`/api/cities/aa/orgs/${a.orgs.community1.id}/move`, { parentId: a.orgs.street.id });
    await expectPathsConsistent(a.city.id);
    // Rename and change kind, audited with before and after.
    const renamed = await client.patch(`/api/cities/aa/orgs/${g1.body.id}`, {
      name: '甲楼党支部',
      kind: 'compound_branch',
    });
    expect(renamed.body).toMatchObject({ name: '甲楼党支部', kind: 'compound_branch' });
    const log = await audits('org', g1.body.id);
    expect(log.map((x) => x.action)).toEqual(['create', 'update']);
    expect(log[1]!.before).toMatchObject({ name: '甲楼党小组', kind: 'building_group' });
  });

  it('dissolves only an empty org, or one whose members move first; says what is left otherwise', async () => {
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    const { a } = world;
    // community1: a child (compound1 and below) and a member (甲), and the org admin's grant.
    const full = await client.delete(`/api/cities/aa/orgs/${a.orgs.community1.id}`);
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('org_not_empty');
    expect(full.body.error.message).toBe(
      '不能撤销“aa一社区党委”：还有 1 个下级党组织（请先移走或撤销）；1 名党员（请先转出，或选择转入的党组织）；1 个管理员授权（请先撤销）',
    );
    // community2 holds one member (丙): refused, then dissolved with its member moved to community1.
    const one = await client.delete(`/api/cities/aa/orgs/${a.orgs.community2.id}`);
    expect(one.status).toBe(409);
    const inside = await client.delete(
      `/api/cities/aa/orgs/${a.orgs.community2.id}?moveMembersTo=${a.orgs.community2.id}`,
    );
    expect(inside.status).toBe(400);
    expect(inside.body.error.field).toBe('moveMembersTo');
    const cross = await client.delete(
      `/api/cities/aa/orgs/${a.orgs.community2.id}?moveMembersTo=${world.b.orgs.community1.id}`,
    );
    expect(cross.status).toBe(400);
    expect(cross.body.error.field).toBe('moveMembersTo');
    const done = await client.delete(
      `/api/cities/aa/orgs/${a.orgs.community2.id}?moveMembersTo=${a.orgs.community1.id}`,
    );
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ dissolved: true, movedMembers: 1 });
    const m3 = await handle.db
      .selectFrom('core.member')
      .select('org_id')
      .where('id', '=', a.members.m3.id)
      .executeTakeFirstOrThrow();
    expect(m3.org_id).toBe(a.orgs.community1.id);
    expect((await audits('org', a.orgs.community2.id)).map((x) => [x.action, x.after])).toEqual([
      ['dissolve', { movedMembers: 1, movedMembersTo: a.orgs.community1.id }],
    ]);
    expect((await client.get(`/api/cities/aa/orgs/${a.orgs.community2.id}`)).status).toBe(404);

    // The unit's org is named by a unit: refused until the unit changes.
    const unitOrg = await client.delete(
      `/api/cities/aa/orgs/${a.orgs.unitOrg.id}?moveMembersTo=${a.orgs.committee.id}`,
    );
    expect(unitOrg.status).toBe(409);
    expect(unitOrg.body.error.message).toContain('1 个单位以它为党组织');
    // A refused dissolution with moveMembersTo moved nobody.
    const m4 = await handle.db
      .selectFrom('core.member')
      .select('org_id')
      .where('id', '=', a.members.m4.id)
      .executeTakeFirstOrThrow();
    expect(m4.org_id).toBe(a.orgs.unitOrg.id);

    // An empty org goes at once.
    const leaf = await client.post('/api/cities/aa/orgs', {
      parentId: a.orgs.street.id,
      kind: 'community_branch',
      name: '临时支部',
    });
    expect((await client.delete(`/api/cities/aa/orgs/${leaf.body.id}`)).status).toBe(200);

    // An org admin may not dissolve the org granted to them; outside their subtree it is a 404.
    const org = testClient(app);
    await org.login('aa-org', PASSWORD);
    expect((await org.delete(`/api/cities/aa/orgs/${a.orgs.community1.id}`)).status).toBe(403);
    expect((await org.delete(`/api/cities/aa/orgs/${a.orgs.unitOrg.id}`)).status).toBe(404);
    await expectPathsConsistent(a.city.id);
  });

  it('archives a city: hidden from lists, scope and comparison, data kept, restorable; twice is a 409', async () => {
    const platform = testClient(app, 'en');
    await platform.login('platform', PASSWORD);
    const cityAdmin = testClient(app);
    await cityAdmin.login('bb-admin', PASSWORD);
    expect((await cityAdmin.post('/api/cities/bb/archive')).status).toBe(403);

    const archived = await platform.post('/api/cities/bb/archive');
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).toBeTruthy();
    const twice = await platform.post('/api/cities/bb/archive');
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('city_already_archived');
    expect(twice.body.error.message).toBe('The city “bb” is already archived');

    expect((await platform.get('/api/cities')).body.items.map((c: any) => c.code)).not.toContain('bb');
    expect((await platform.get('/api/cities/bb')).status).toBe(404);
    expect((await cityAdmin.get('/api/cities/bb/members')).status).toBe(404);
    expect((await platform.get('/api/compare?targets=aa,bb&from=2026-01-01&to=2026-12-31')).status).toBe(404);
    expect((await platform.get('/api/cities?archived=true')).body.items.map((c: any) => c.code)).toEqual([
      'bb',
    ]);
    expect((await cityAdmin.get('/api/cities?archived=true')).status).toBe(403);
    const members = await handle.db
      .selectFrom('core.member')
      .select('id')
      .where('city_id', '=', world.b.city.id)
      .execute();
    expect(members.length).toBe(4);

    const restored = await platform.post('/api/cities/bb/restore');
    expect(restored.status).toBe(200);
    expect((await platform.post('/api/cities/bb/restore')).status).toBe(409);
    expect((await cityAdmin.get('/api/cities/bb')).body.totals.members).toBe(4);
    expect((await audits('city', world.b.city.id)).map((x) => x.action)).toEqual(['archive', 'restore']);
    expect((await platform.post('/api/cities/nope/archive')).status).toBe(404);
  });
});
