import type { PluginTestBackend } from '@jiceng/plugin-kit/testing';
import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, gulouBackend, gulouWorld } from '../../test-world';

type World = Awaited<ReturnType<typeof gulouWorld>>;

describe.each(testDatabaseKinds())('grid network, councils and career chains on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: World;
  let b4: number;
  beforeAll(async () => {
    ({ backend } = await gulouBackend(kind));
    w = await gulouWorld(backend);
  });
  afterAll(() => backend?.close());

  it('lists grids with their branch, and sets up the missing grid branch under the community org', async () => {
    const admin = await as(backend, 'gl-admin');
    const all = await admin.get('/grids');
    expect(all.body).toMatchObject({ total: 4, covered: 3 });
    expect(all.body.items.find((g: any) => g.placeId === w.places.g4.id)).toMatchObject({
      orgId: null,
      communityName: '二社区',
      communityOrgId: w.orgs.c2.id,
    });
    const c2 = await as(backend, 'gl-c2');
    expect((await c2.get('/grids')).body.items.map((g: any) => g.placeName)).toEqual(['第3网格', '第4网格']);
    expect((await c2.get('/grids?covered=false')).body.items.map((g: any) => g.placeId)).toEqual([
      w.places.g4.id,
    ]);

    const c1 = await as(backend, 'gl-c1');
    const outside = await c1.post('/grids', { gridPlaceId: w.places.g4.id });
    expect(outside.status).toBe(400);
    expect(outside.body.error).toMatchObject({ code: 'out_of_scope', field: 'gridPlaceId' });
    for (const gridPlaceId of [w.places.cp2.id, 999999]) {
      const r = await c2.post('/grids', { gridPlaceId });
      expect(r.status).toBe(400);
      expect(r.body.error.field).toBe('gridPlaceId');
    }
    const made = await c2.post('/grids', { gridPlaceId: w.places.g4.id, households: 620 });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      name: '二社区第4网格党支部',
      parentId: w.orgs.c2.id,
      placeId: w.places.g4.id,
    });
    b4 = made.body.orgId;
    const twice = await c2.post('/grids', { gridPlaceId: w.places.g4.id });
    expect(twice.status).toBe(409);
    expect(twice.body.error.field).toBe('gridPlaceId');
    expect((await admin.get('/grids')).body.covered).toBe(4);
    // It is an ordinary org node in core's tree: the community admin's org API sees it.
    const core = await c2.raw.get(`/api/cities/gl/orgs/${b4}`);
    expect(core.body).toMatchObject({ kind: 'grid_branch', parentId: w.orgs.c2.id, placeId: w.places.g4.id });
  });

  it('adds building party groups and counts the four levels of the network', async () => {
    const c1 = await as(backend, 'gl-c1');
    expect((await c1.post(`/grids/${w.orgs.b1.id}/groups`, { name: '1号楼党小组' })).status).toBe(201);
    await c1.post(`/grids/${w.orgs.b1.id}/groups`, { name: '2号楼党小组' });
    const notBuilding = await c1.post(`/grids/${w.orgs.b1.id}/groups`, {
      name: '3号楼党小组',
      buildingPlaceId: w.places.g1.id,
    });
    expect(notBuilding.status).toBe(400);
    expect(notBuilding.body.error.field).toBe('buildingPlaceId');
    const c2 = await as(backend, 'gl-c2');
    expect((await c2.post(`/grids/${w.orgs.b1.id}/groups`, { name: '越权' })).status).toBe(404);
    expect((await c1.post(`/grids/${w.orgs.c1.id}/groups`, { name: '不是网格' })).status).toBe(404);
    const admin = await as(backend, 'gl-admin');
    const net = await admin.get('/network');
    expect(net.body.totals).toEqual({ streets: 1, communities: 2, gridBranches: 4, buildingGroups: 2 });
    expect(net.body.streets).toEqual([
      {
        orgId: w.orgs.street.id,
        name: '东街街道党工委',
        communities: 2,
        gridBranches: 4,
        buildingGroups: 2,
        partTimeMembers: 0,
      },
    ]);
    const detail = await c1.get(`/grids/${w.orgs.b1.id}`);
    expect(detail.body).toMatchObject({
      orgName: '一社区第1网格党支部',
      households: 500,
      members: 1,
      funds: { year: 2026, total: 0, floor: 2500 },
    });
    expect(detail.body.groups.map((g: any) => g.name)).toEqual(['1号楼党小组', '2号楼党小组']);
  });

  it('sets up councils on the right level and their part-time committee members', async () => {
    const c1 = await as(backend, 'gl-c1');
    const admin = await as(backend, 'gl-admin');
    const wrong = await c1.post('/bodies', { orgId: w.orgs.b1.id, kind: 'joint_council' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.field).toBe('kind');
    const council = await c1.post('/bodies', { orgId: w.orgs.b1.id, kind: 'consultation_council' });
    expect(council.status).toBe(201);
    expect(council.body.name).toBe('一社区第1网格党建协商会');
    expect((await c1.post('/bodies', { orgId: w.orgs.b1.id, kind: 'consultation_council' })).status).toBe(
      409,
    );
    const grand = await admin.post('/bodies', {
      orgId: w.orgs.street.id,
      kind: 'big_working_committee',
      establishedOn: '2017-03-01',
    });
    expect(grand.status).toBe(201);
    const onCommunity = await c1.post('/bodies', { orgId: w.orgs.c1.id, kind: 'big_party_committee' });
    expect(onCommunity.status).toBe(201);

    const id = council.body.id;
    for (const [body, field] of [
      [{ name: '王主任', source: 'unit' }, 'unitId'],
      [{ name: '王主任', source: 'two_new_secretary', unitId: w.units.u1.id }, 'unitId'],
      [{ name: '林一', source: 'member' }, 'memberId'],
      [{ name: '王主任', source: 'unit', unitId: w.other.unit.id }, 'unitId'],
    ] as const) {
      const r = await c1.post(`/bodies/${id}/members`, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.field).toBe(field);
    }
    const convener = await c1.post(`/bodies/${id}/members`, {
      name: '网格书记',
      source: 'grid_worker',
      role: 'convener',
      since: '2024-01-01',
    });
    expect(convener.status).toBe(201);
    expect(
      (await c1.post(`/bodies/${id}/members`, { name: '另一召集人', source: 'resident', role: 'convener' }))
        .body.error.field,
    ).toBe('role');
    await c1.post(`/bodies/${id}/members`, {
      name: '金书记',
      source: 'two_new_secretary',
      unitId: w.units.u2.id,
    });
    await c1.post(`/bodies/${id}/members`, { name: '林一', source: 'member', memberId: w.members.m1.id });
    const early = await c1.post(`/bodies/${id}/members/${convener.body.id}/end`, { until: '2023-12-31' });
    expect(early.body.error.field).toBe('until');
    expect(
      (await c1.post(`/bodies/${id}/members/${convener.body.id}/end`, { until: '2026-06-01' })).status,
    ).toBe(200);
    expect(
      (await c1.post(`/bodies/${id}/members/${convener.body.id}/end`, { until: '2026-06-02' })).status,
    ).toBe(409);
    const detail = await c1.get(`/bodies/${id}`);
    expect(detail.body.members.map((m: any) => [m.name, m.source, m.until])).toEqual([
      ['金书记', 'two_new_secretary', null],
      ['林一', 'member', null],
      ['网格书记', 'grid_worker', '2026-06-01'],
    ]);
    const list = await c1.get('/bodies');
    expect(list.body.items.map((b: any) => [b.kind, b.members])).toEqual([
      ['big_party_committee', 0],
      ['consultation_council', 2],
    ]);
    const net = await admin.get('/network');
    expect(net.body.streets[0].partTimeMembers).toBe(2);
    expect(net.body.bodies.find((b: any) => b.kind === 'consultation_council')).toEqual({
      kind: 'consultation_council',
      bodies: 1,
      members: 2,
    });
  });

  it('records grid workers’ post and title chains, only upwards and in date order', async () => {
    const c1 = await as(backend, 'gl-c1');
    const worker = await c1.post('/workers', {
      name: '郑网格',
      gender: 'female',
      phone: '13900001234',
      orgId: w.orgs.b1.id,
      hiredOn: '2019-03-01',
    });
    expect(worker.status).toBe(201);
    const id = worker.body.id;
    expect(
      (
        await c1.post('/workers', {
          name: '未来',
          gender: 'male',
          orgId: w.orgs.b1.id,
          hiredOn: '2026-07-01',
        })
      ).body.error.field,
    ).toBe('hiredOn');
    expect(
      (
        await c1.post(`/workers/${id}/steps`, {
          chain: 'post',
          step: 'grid_secretary',
          startedOn: '2020-01-01',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await c1.post(`/workers/${id}/steps`, {
          chain: 'title',
          step: 'social_worker',
          startedOn: '2021-06-01',
        })
      ).status,
    ).toBe(201);
    for (const [body, status, field] of [
      [{ chain: 'title', step: 'assistant_social_worker', startedOn: '2022-01-01' }, 409, 'step'],
      [{ chain: 'title', step: 'community_secretary', startedOn: '2022-01-01' }, 400, 'step'],
      [{ chain: 'post', step: 'community_worker', startedOn: '2019-12-01' }, 400, 'startedOn'],
      [{ chain: 'post', step: 'community_worker', startedOn: '2026-07-01' }, 400, 'startedOn'],
      [{ chain: 'post', step: 'grid_secretary', startedOn: '2021-01-01' }, 409, 'step'],
    ] as const) {
      const r = await c1.post(`/workers/${id}/steps`, body);
      expect(r.status, JSON.stringify(body)).toBe(status);
      expect(r.body.error.field).toBe(field);
    }
    await c1.post(`/workers/${id}/steps`, {
      chain: 'post',
      step: 'community_worker',
      startedOn: '2023-03-01',
    });
    const detail = await c1.get(`/workers/${id}`);
    expect(detail.body.steps.map((s: any) => `${s.chain}:${s.step}:${s.startedOn}`)).toEqual([
      'title:grid_worker:2019-03-01',
      'post:grid_secretary:2020-01-01',
      'title:social_worker:2021-06-01',
      'post:community_worker:2023-03-01',
    ]);
    const list = await c1.get('/workers');
    expect(list.body.items[0]).toMatchObject({
      name: '郑网格',
      post: 'community_worker',
      postSince: '2023-03-01',
      title: 'social_worker',
      orgName: '一社区第1网格党支部',
    });
    const careers = await c1.get('/workers/careers');
    expect(careers.body.workers).toBe(1);
    expect(careers.body.post.find((p: any) => p.step === 'community_worker').count).toBe(1);
    expect(careers.body.title.find((p: any) => p.step === 'social_worker').count).toBe(1);
    const c2 = await as(backend, 'gl-c2');
    expect((await c2.get(`/workers/${id}`)).status).toBe(404);
    expect((await c2.get('/workers')).body.items).toHaveLength(0);
    expect((await c2.patch(`/workers/${id}`, { orgId: b4 })).status).toBe(404);
    const admin = await as(backend, 'gl-admin');
    expect((await admin.patch(`/workers/${id}`, { orgId: b4 })).status).toBe(200);
    expect((await c2.get('/workers')).body.items.map((x: any) => x.name)).toEqual(['郑网格']);
  });
});
