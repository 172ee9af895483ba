import {
  createPluginTestBackend,
  PASSWORD,
  type PluginTestBackend,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { afterEach, describe, expect, it } from 'vitest';
import plugin from '../../index';
import { drawRegion, type LuqiaoWorld, luqiaoWorld } from '../test-world';

describe.each(testDatabaseKinds())('luqiao-regional regions (1+N+1) on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: LuqiaoWorld;
  const parentOf = async (orgId: number) =>
    (await backend.db
      .selectFrom('core.org')
      .select(['parent_id', 'path'])
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow()) as { parent_id: number | null; path: string };

  // Each test builds its own city (a fresh database from the migrated template) and what it needs in it, so any
  // test runs alone or in any order.
  afterEach(async () => {
    await backend?.close();
  });
  async function fresh() {
    backend = await createPluginTestBackend(plugin, kind);
    w = await luqiaoWorld(backend, plugin.id);
  }
  /** 中央商务区 drawn by town A's admin over 富仁社区 and five units (two of them government or school). */
  async function givenCbd() {
    await fresh();
    const town = await w.login('lq-town-a');
    const r = await town.post(`${w.base}/regions`, {
      name: '中央商务区',
      kind: 'business_district',
      townOrgId: w.orgs.townA.id,
      placeIds: [w.places.commA1.id],
      unitIds: [w.units.e1.id, w.units.e2.id, w.units.gov.id, w.units.school.id, w.units.shop1.id],
    });
    if (r.status !== 201) throw new Error(`region not created: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as { id: number; regionalOrgId: number; centreOrgId: number };
  }
  /** …with its N: 银泰 and 富仁社区 (moved by the town), 恒达 (outside the town, moved by the city admin). */
  async function givenCbdWithN() {
    const cbd = await givenCbd();
    const admin = await w.login('lq-admin');
    const r = await admin.post(`${w.base}/regions/${cbd.id}/n-orgs`, {
      orgIds: [w.orgs.e1Org.id, w.orgs.commA1Org.id, w.orgs.e2Org.id],
    });
    if (r.status !== 201) throw new Error(`N not moved: ${r.status} ${JSON.stringify(r.body)}`);
    return cbd;
  }

  it('draws a region inside a town: the regional org under the town, the service centre’s org under it', async () => {
    await fresh();
    const town = await w.login('lq-town-a');
    const r = await town.post(`${w.base}/regions`, {
      name: '中央商务区',
      kind: 'business_district',
      townOrgId: w.orgs.townA.id,
      placeIds: [w.places.commA1.id],
      unitIds: [w.units.e1.id, w.units.e2.id, w.units.gov.id, w.units.school.id, w.units.shop1.id],
    });
    expect(r.status).toBe(201);
    const cbd = r.body;
    expect(r.body.regionalOrgName).toBe('中央商务区联合党委');
    expect(r.body.centreOrgName).toBe('中央商务区党员服务中心党支部');
    expect((await parentOf(cbd.regionalOrgId)).parent_id).toBe(w.orgs.townA.id);
    expect((await parentOf(cbd.centreOrgId)).parent_id).toBe(cbd.regionalOrgId);
    const detail = await town.get(`${w.base}/regions/${cbd.id}`);
    expect(detail.body.units.map((u: any) => u.name).sort()).toEqual(
      ['恒达科技有限公司', '老街茶庄', '路北中学', '区市场监督管理局', '银泰商贸有限公司'].sort(),
    );
    expect(detail.body.places.map((p: any) => p.name)).toEqual(['富仁社区']);
  });

  it('refuses areas outside the town, a non-town parent, another town’s admin and a duplicate name', async () => {
    await givenCbd();
    const town = await w.login('lq-town-a');
    const outside = await town.post(`${w.base}/regions`, {
      name: '越界区',
      kind: 'other',
      townOrgId: w.orgs.townA.id,
      placeIds: [w.places.commB1.id],
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.field).toBe('placeIds.0');
    const notTown = await town.post(`${w.base}/regions`, {
      name: '社区区域',
      kind: 'other',
      townOrgId: w.orgs.commA1Org.id,
    });
    expect(notTown.status).toBe(400);
    expect(notTown.body.error.field).toBe('townOrgId');
    const other = await w.login('lq-town-b');
    const scope = await other.post(`${w.base}/regions`, {
      name: '别人的区域',
      kind: 'other',
      townOrgId: w.orgs.townA.id,
    });
    expect(scope.status).toBe(400);
    expect(scope.body.error.field).toBe('townOrgId');
    const dup = await town.post(`${w.base}/regions`, {
      name: '中央商务区',
      kind: 'other',
      townOrgId: w.orgs.townA.id,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.field).toBe('name');
    const takenArea = await town.post(`${w.base}/regions`, {
      name: '重叠区',
      kind: 'other',
      townOrgId: w.orgs.townA.id,
      placeIds: [w.places.commA1.id],
    });
    expect(takenArea.status).toBe(409);
    const takenUnit = await town.post(`${w.base}/regions`, {
      name: '重叠区',
      kind: 'other',
      townOrgId: w.orgs.townA.id,
      unitIds: [w.units.e1.id],
    });
    expect(takenUnit.status).toBe(409);
    expect(takenUnit.body.error.field).toBe('unitIds.0');
  });

  it('lists the N candidates, refusing government and public-institution orgs with the reason', async () => {
    const cbd = await givenCbd();
    const town = await w.login('lq-town-a');
    const r = await town.get(`${w.base}/regions/${cbd.id}/n-candidates`);
    expect(r.status).toBe(200);
    const byName = Object.fromEntries(r.body.items.map((c: any) => [c.name, c.refusal?.code ?? null]));
    expect(byName).toEqual({
      银泰商贸有限公司党支部: null,
      富仁社区党委: null,
      // Under the organs working committee, outside town A's subtree.
      恒达科技有限公司党支部: 'out_of_scope',
      区市场监督管理局党委: 'out_of_scope',
      路北中学党支部: 'government_org',
    });
    const admin = await w.login('lq-admin');
    const all = await admin.get(`${w.base}/regions/${cbd.id}/n-candidates`);
    const codes = Object.fromEntries(all.body.items.map((c: any) => [c.name, c.refusal?.code ?? null]));
    expect(codes).toMatchObject({ 恒达科技有限公司党支部: null, 区市场监督管理局党委: 'government_org' });
  });

  it('refuses the whole move when one org is a government org, moving nothing', async () => {
    const cbd = await givenCbd();
    const admin = await w.login('lq-admin', 'zh-CN');
    const r = await admin.post(`${w.base}/regions/${cbd.id}/n-orgs`, {
      orgIds: [w.orgs.e1Org.id, w.orgs.govOrg.id],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('orgIds');
    expect(r.body.error.issues).toEqual([
      { field: 'orgIds.1', message: expect.stringContaining('行政事业单位党组织') },
    ]);
    expect((await parentOf(w.orgs.e1Org.id)).parent_id).toBe(w.orgs.townA.id);
    // A branch inside a bureau's committee is refused too, as are the tree's own committees.
    const branch = await admin.post(`${w.base}/regions/${cbd.id}/n-orgs`, { orgIds: [w.orgs.govBranch.id] });
    expect(branch.status).toBe(400);
    expect(branch.body.error.issues[0].message).toContain('行政事业单位');
    const town = await admin.post(`${w.base}/regions/${cbd.id}/n-orgs`, { orgIds: [w.orgs.townA.id] });
    expect(town.status).toBe(400);
    const notHere = await admin.post(`${w.base}/regions/${cbd.id}/n-orgs`, { orgIds: [w.orgs.farOrg.id] });
    expect(notHere.status).toBe(400);
    expect(notHere.body.error.issues[0].message).toContain('不属于本区域');
    const unknown = await admin.post(`${w.base}/regions/${cbd.id}/n-orgs`, { orgIds: [999999] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe('orgIds.0');
  });

  it('moves the N under the regional org in one transaction and keeps where each sat before', async () => {
    const cbd = await givenCbd();
    const town = await w.login('lq-town-a');
    const outOfScope = await town.post(`${w.base}/regions/${cbd.id}/n-orgs`, { orgIds: [w.orgs.e2Org.id] });
    expect(outOfScope.status).toBe(400);
    const r = await town.post(`${w.base}/regions/${cbd.id}/n-orgs`, {
      orgIds: [w.orgs.e1Org.id, w.orgs.commA1Org.id],
    });
    expect(r.status).toBe(201);
    const regional = await parentOf(cbd.regionalOrgId);
    const e1 = await parentOf(w.orgs.e1Org.id);
    expect(e1.parent_id).toBe(cbd.regionalOrgId);
    expect(e1.path).toBe(`${regional.path}${w.orgs.e1Org.id}/`);
    const admin = await w.login('lq-admin');
    expect(
      (await admin.post(`${w.base}/regions/${cbd.id}/n-orgs`, { orgIds: [w.orgs.e2Org.id] })).status,
    ).toBe(201);
    const history = await admin.get(`${w.base}/regions/${cbd.id}/history`);
    expect(
      history.body.items.map((h: any) => [h.orgName, h.previousParentName, h.returnedAt]).sort(),
    ).toEqual(
      [
        ['富仁社区党委', '路北街道党工委', null],
        ['恒达科技有限公司党支部', '区直属机关工委', null],
        ['银泰商贸有限公司党支部', '路北街道党工委', null],
      ].sort(),
    );
    const again = await admin.post(`${w.base}/regions/${cbd.id}/n-orgs`, { orgIds: [w.orgs.e1Org.id] });
    expect(again.status).toBe(409);
  });

  it('refuses an org already in another region (one region at a time)', async () => {
    await givenCbdWithN();
    const admin = await w.login('lq-admin');
    const second = await drawRegion(w, admin, {
      name: '路北工业集聚区',
      kind: 'industrial_cluster',
      placeIds: [w.places.commA2.id],
      unitIds: [w.units.shop2.id],
    });
    const r = await admin.post(`${w.base}/regions/${second.id}/n-orgs`, { orgIds: [w.orgs.e1Org.id] });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toContain('中央商务区');
    expect(r.body.error.field).toBe('orgIds');
    const unit = await admin.post(`${w.base}/regions/${second.id}/units`, { unitIds: [w.units.e1.id] });
    expect(unit.status).toBe(409);
    expect(unit.body.error.field).toBe('unitIds.0');
    // Its own community org is fine.
    expect(
      (await admin.post(`${w.base}/regions/${second.id}/n-orgs`, { orgIds: [w.orgs.commA2Org.id] })).status,
    ).toBe(201);
  });

  it('draws the 1+N+1 structure, with the orgs that stay where they are', async () => {
    const cbd = await givenCbdWithN();
    const admin = await w.login('lq-admin');
    const r = await admin.get(`${w.base}/regions/${cbd.id}/structure`);
    expect(r.status).toBe(200);
    expect(r.body.regionalOrg.name).toBe('中央商务区联合党委');
    expect(r.body.n.map((n: any) => n.name).sort()).toEqual(
      ['富仁社区党委', '恒达科技有限公司党支部', '银泰商贸有限公司党支部'].sort(),
    );
    expect(r.body.n.find((n: any) => n.name === '银泰商贸有限公司党支部').memberCount).toBe(2);
    expect(r.body.centreOrg.name).toBe('中央商务区党员服务中心党支部');
    expect(r.body.stayingOrgs.map((s: any) => s.name).sort()).toEqual(
      ['路北中学党支部', '区市场监督管理局党委'].sort(),
    );
    // 2 (银泰) + 1 (恒达) + 4 in 富仁社区 (shop members, flowing, retired) = 7 under the regional org.
    expect(r.body.regionalOrg.memberCount).toBe(7);
  });

  it('returns an org of the N to its former parent with the reason, and it may then be moved again', async () => {
    const cbd = await givenCbdWithN();
    const admin = await w.login('lq-admin');
    const r = await admin.post(`${w.base}/regions/${cbd.id}/n-orgs/${w.orgs.e2Org.id}/return`, {
      reason: '企业迁出商务区',
    });
    expect(r.status).toBe(200);
    expect((await parentOf(w.orgs.e2Org.id)).parent_id).toBe(w.orgs.organs.id);
    const history = await admin.get(`${w.base}/regions/${cbd.id}/history`);
    const row = history.body.items.find((h: any) => h.orgName === '恒达科技有限公司党支部');
    expect(row.returnReason).toBe('企业迁出商务区');
    expect(row.returnedToName).toBe('区直属机关工委');
    const noReason = await admin.post(`${w.base}/regions/${cbd.id}/n-orgs/${w.orgs.e1Org.id}/return`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe('reason');
    expect(
      (await admin.post(`${w.base}/regions/${cbd.id}/n-orgs`, { orgIds: [w.orgs.e2Org.id] })).status,
    ).toBe(201);
  });

  it('attaches mass organizations mirroring the regional org or one of the N only', async () => {
    const cbd = await givenCbdWithN();
    const town = await w.login('lq-town-a');
    const ok = await town.post(`${w.base}/regions/${cbd.id}/mass-orgs`, {
      kind: 'youth_league',
      name: '中央商务区团委',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.mirrorsOrgId).toBe(cbd.regionalOrgId);
    const branch = await town.post(`${w.base}/regions/${cbd.id}/mass-orgs`, {
      kind: 'trade_union',
      name: '银泰商贸工会',
      mirrorsOrgId: w.orgs.e1Org.id,
    });
    expect(branch.status).toBe(201);
    const wrong = await town.post(`${w.base}/regions/${cbd.id}/mass-orgs`, {
      kind: 'trade_union',
      name: '远洋工会',
      mirrorsOrgId: w.orgs.farOrg.id,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.field).toBe('mirrorsOrgId');
    const badKind = await town.post(`${w.base}/regions/${cbd.id}/mass-orgs`, { kind: 'club', name: 'x' });
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.field).toBe('kind');
    const s = await town.get(`${w.base}/regions/${cbd.id}/structure`);
    expect(s.body.massOrgs.map((m: any) => m.name)).toEqual(['中央商务区团委', '银泰商贸工会']);
  });

  it('lets the regional org’s own admin manage but not redraw the region; others do not see it', async () => {
    const cbd = await givenCbd();
    await backend.f.user('cbd-secretary', PASSWORD, [
      { role: 'org_admin', cityId: w.city.id, orgId: cbd.regionalOrgId },
    ]);
    const sec = await w.login('cbd-secretary');
    expect((await sec.get(`${w.base}/regions/${cbd.id}`)).status).toBe(200);
    expect((await sec.get(`${w.base}/regions`)).body.items.map((r: any) => r.name)).toEqual(['中央商务区']);
    expect(
      (await sec.post(`${w.base}/regions/${cbd.id}/n-orgs`, { orgIds: [w.orgs.schoolOrg.id] })).status,
    ).toBe(403);
    const other = await w.login('lq-town-b');
    expect((await other.get(`${w.base}/regions/${cbd.id}`)).status).toBe(404);
    expect((await other.get(`${w.base}/regions`)).body.items).toEqual([]);
    const member = await w.login('lq-member');
    expect(
      (await member.post(`${w.base}/regions/${cbd.id}/n-orgs`, { orgIds: [w.orgs.e1Org.id] })).status,
    ).toBe(403);
  });

  it('reports coverage by region: own org, covered by the centre’s org, uncovered', async () => {
    const cbd = await givenCbdWithN();
    const admin = await w.login('lq-admin');
    const r = await admin.get(`${w.base}/coverage`);
    const cbdRow = r.body.items.find((i: any) => i.name === '中央商务区');
    // 银泰, 恒达, 监管局, 路北中学 have orgs; 老街茶庄 has none and nobody registered yet.
    expect(cbdRow).toMatchObject({
      unitCount: 5,
      unitsWithOrg: 4,
      unitsCoveredByCentre: 0,
      unitsUncovered: 1,
      nCount: 3,
    });
  });
});
