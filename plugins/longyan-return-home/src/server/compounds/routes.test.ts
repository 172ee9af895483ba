import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worldBackend } from '../test-world';

describe.each(testDatabaseKinds())('compound party orgs (兼合式) on %s', (kind) => {
  let t: Awaited<ReturnType<typeof worldBackend>>;
  beforeAll(async () => {
    t = await worldBackend(kind);
  });
  afterAll(() => t?.backend.close());

  it('draws a compound in a community and forms a joint org over two neighbouring compounds', async () => {
    const co1 = await t.as('ly-co1');
    const drawn = await co1.post(t.url('/compounds'), {
      communityOrgId: t.world.orgs.CO1.id,
      name: '龙腾苑',
    });
    expect(drawn.status).toBe(201);
    const dup = await co1.post(t.url('/compounds'), { communityOrgId: t.world.orgs.CO1.id, name: '龙腾苑' });
    expect([dup.status, dup.body.error.field]).toEqual([409, 'name']);

    const { K1, K2 } = t.world.places;
    const joint = await co1.post(t.url('/compound-orgs'), {
      communityOrgId: t.world.orgs.CO1.id,
      compoundPlaceIds: [K1.id, K2.id],
      formedOn: '2026-05-01',
    });
    expect(joint.status).toBe(201);
    expect(joint.body).toMatchObject({
      name: '龙津花园、东肖小区联合党支部',
      formation: 'joint',
      formedOn: '2026-05-01',
    });
    const org = await t.backend.db
      .selectFrom('core.org')
      .selectAll()
      .where('id', '=', joint.body.id)
      .executeTakeFirstOrThrow();
    expect([org.kind, org.parent_id]).toEqual(['compound_joint_branch', t.world.orgs.CO1.id]);

    const again = await co1.post(t.url('/compound-orgs'), {
      communityOrgId: t.world.orgs.CO1.id,
      compoundPlaceIds: [K2.id],
    });
    expect([again.status, again.body.error.field]).toEqual([409, 'compoundPlaceIds']);
    const foreign = await co1.post(t.url('/compound-orgs'), {
      communityOrgId: t.world.orgs.CO1.id,
      compoundPlaceIds: [t.world.places.K3.id],
    });
    expect([foreign.status, foreign.body.error.field]).toEqual([400, 'compoundPlaceIds']);
    const otherCommunity = await co1.post(t.url('/compound-orgs'), {
      communityOrgId: t.world.orgs.CO2.id,
      compoundPlaceIds: [t.world.places.K3.id],
    });
    expect([otherCommunity.status, otherCommunity.body.error.field]).toEqual([400, 'communityOrgId']);
    const empty = await co1.post(t.url('/compound-orgs'), {
      communityOrgId: t.world.orgs.CO1.id,
      compoundPlaceIds: [],
    });
    expect([empty.status, empty.body.error.field]).toEqual([400, 'compoundPlaceIds']);
    const future = await co1.post(t.url('/compound-orgs'), {
      communityOrgId: t.world.orgs.CO1.id,
      compoundPlaceIds: [drawn.body.id],
      formedOn: '2027-01-01',
    });
    expect([future.status, future.body.error.field]).toEqual([400, 'formedOn']);

    // A building party group on a building of a covered compound; not on a building elsewhere.
    const group = await co1.post(t.url(`/compound-orgs/${joint.body.id}/building-groups`), {
      name: '1号楼党小组',
      buildingPlaceId: t.world.places.B1.id,
    });
    expect(group.status).toBe(201);
    const twice = await co1.post(t.url(`/compound-orgs/${joint.body.id}/building-groups`), {
      name: '又一个',
      buildingPlaceId: t.world.places.B1.id,
    });
    expect([twice.status, twice.body.error.field]).toEqual([409, 'buildingPlaceId']);
    const notBuilding = await co1.post(t.url(`/compound-orgs/${joint.body.id}/building-groups`), {
      name: 'x',
      buildingPlaceId: K1.id,
    });
    expect([notBuilding.status, notBuilding.body.error.field]).toEqual([400, 'buildingPlaceId']);
    const detail = await co1.get(t.url(`/compound-orgs/${joint.body.id}`));
    expect(detail.body.compounds.map((c: any) => c.name)).toEqual(['龙津花园', '东肖小区']);
    expect(detail.body.buildingGroups.map((g: any) => g.buildingName)).toEqual(['1号楼']);
  });

  it('shows coverage per community and for the city, and lists compounds with their resident members', async () => {
    const admin = await t.as('ly-admin');
    const coverage = await admin.get(t.url('/coverage'));
    expect(coverage.status).toBe(200);
    // C1: K1, K2 covered, 龙腾苑 not; C2: K3 not.
    expect(coverage.body.totals).toEqual({
      communities: 2,
      compounds: 4,
      covered: 2,
      uncovered: 2,
      compoundOrgs: 1,
      rate: 0.5,
    });
    const c1 = coverage.body.communities.find((c: any) => c.communityOrgId === t.world.orgs.CO1.id);
    expect([c1.compounds, c1.covered, c1.items.filter((i: any) => !i.orgId).map((i: any) => i.name)]).toEqual(
      [3, 2, ['龙腾苑']],
    );
    const one = await admin.get(t.url(`/coverage?orgId=${t.world.orgs.CO2.id}`));
    expect(one.body.totals).toMatchObject({ compounds: 1, covered: 0, rate: 0 });

    const co1 = await t.as('ly-co1');
    const compounds = await co1.get(t.url('/compounds'));
    // mA lives in K1, mC in building B1 of K1, the retired mR in K2.
    expect(compounds.body.items.map((c: any) => [c.name, c.residentMembers, c.buildings])).toEqual([
      ['龙津花园', 2, 1],
      ['东肖小区', 1, 0],
      ['龙腾苑', 0, 0],
    ]);
    expect((await co1.get(t.url('/compounds?uncovered=true'))).body.items.map((c: any) => c.name)).toEqual([
      '龙腾苑',
    ]);
    expect((await co1.get(t.url(`/compounds?communityOrgId=${t.world.orgs.CO2.id}`))).status).toBe(400);
    const orgs = await co1.get(t.url('/compound-orgs'));
    expect(orgs.body.items.map((o: any) => [o.formation, o.compounds.length, o.buildingGroups])).toEqual([
      ['joint', 2, 1],
    ]);
    expect((await (await t.as('ly-co2')).get(t.url('/compound-orgs'))).body.items).toEqual([]);
    expect((await (await t.as('ly-a')).get(t.url('/coverage'))).status).toBe(403);
  });

  it('extends a joint org over one more compound; the org indicator follows', async () => {
    const co1 = await t.as('ly-co1');
    const orgs = (await co1.get(t.url('/compound-orgs'))).body.items;
    const drawn = (await co1.get(t.url('/compounds?uncovered=true'))).body.items[0];
    const added = await co1.post(t.url(`/compound-orgs/${orgs[0].id}/compounds`), {
      compoundPlaceId: drawn.id,
    });
    expect(added.status).toBe(201);
    const admin = await t.as('ly-admin');
    const r = await admin.get(
      `/api/cities/ly/indicators?from=2026-01-01&to=2026-12-31&orgId=${t.world.orgs.CO1.id}`,
    );
    expect(r.body.items.find((i: any) => i.meta.id === 'org_coverage').value).toMatchObject({
      numerator: 3,
      denominator: 3,
      value: 1,
    });
  });

  it('audits each write: core places and orgs under core’s entity names, compound orgs under the plugin schema', async () => {
    const rows = await t.backend.db
      .selectFrom('core.audit_log')
      .select(['entity', 'action'])
      .distinct()
      .where('entity', 'in', ['place', 'org', 'p_longyan_return_home.compound_org'])
      .execute();
    // Sorted here: collations order '_' differently.
    expect(rows.map((r) => `${r.entity} ${r.action}`).sort()).toEqual([
      'org create',
      'p_longyan_return_home.compound_org cover',
      'p_longyan_return_home.compound_org create',
      'place create',
    ]);
  });
});
