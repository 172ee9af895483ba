import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worldBackend } from '../test-world';

describe.each(testDatabaseKinds())('红色业委会 on %s', (kind) => {
  let t: Awaited<ReturnType<typeof worldBackend>>;
  beforeAll(async () => {
    t = await worldBackend(kind);
  });
  afterAll(() => t?.backend.close());

  it('records a committee under a compound org and flags party, in-service, 交叉任职 and 一肩挑 members', async () => {
    const co1 = await t.as('ly-co1');
    const { K1, K3 } = t.world.places;
    const { mA, mC, mR } = t.world.members;
    const noOrg = await co1.post(t.url('/red-committees'), { compoundPlaceId: K1.id });
    expect([noOrg.status, noOrg.body.error.field]).toEqual([409, 'compoundPlaceId']);
    await co1.post(t.url('/compound-orgs'), {
      communityOrgId: t.world.orgs.CO1.id,
      compoundPlaceIds: [K1.id],
      formedOn: '2026-01-10',
    });
    const rc = await co1.post(t.url('/red-committees'), {
      compoundPlaceId: K1.id,
      formedOn: '2026-03-01',
      propertyCompany: '龙津物业',
    });
    expect(rc.status).toBe(201);
    expect(rc.body.name).toBe('龙津花园业主委员会');
    expect((await co1.post(t.url('/red-committees'), { compoundPlaceId: K1.id })).status).toBe(409);
    const co2 = await t.as('ly-co2');
    await co2.post(t.url('/compound-orgs'), {
      communityOrgId: t.world.orgs.CO2.id,
      compoundPlaceIds: [K3.id],
    });
    expect((await co1.post(t.url('/red-committees'), { compoundPlaceId: K3.id })).body.error.field).toBe(
      'compoundPlaceId',
    );

    const add = (body: object) => co1.post(t.url(`/red-committees/${rc.body.id}/members`), body);
    expect((await add({ memberId: mA.id, role: 'chair', branchRole: 'secretary' })).body).toMatchObject({
      name: '林甲',
      oneShoulder: true,
      crossAppointed: false,
    });
    expect(
      (await add({ memberId: mC.id, role: 'vice_chair', branchRole: 'committee_member' })).body,
    ).toMatchObject({ oneShoulder: false, crossAppointed: true });
    expect((await add({ memberId: mR.id, role: 'member' })).status).toBe(201);
    expect((await add({ name: '业主刘先生', role: 'member' })).status).toBe(201);
    const secondChair = await add({ name: '业主周女士', role: 'chair' });
    expect([secondChair.status, secondChair.body.error.field]).toEqual([409, 'role']);
    const notParty = await add({ name: '业主周女士', role: 'member', branchRole: 'committee_member' });
    expect([notParty.status, notParty.body.error.field]).toEqual([400, 'branchRole']);
    expect((await add({ memberId: mA.id, role: 'member' })).status).toBe(409);
    expect((await add({ memberId: t.world.other.member.id, role: 'member' })).body.error.field).toBe(
      'memberId',
    );
    expect((await add({ role: 'member' })).body.error.field).toBe('name');

    const list = await co1.get(t.url('/red-committees'));
    expect(list.body.items[0]).toMatchObject({
      members: 4,
      partyMembers: 3,
      inService: 2,
      crossAppointed: 1,
      oneShoulder: 1,
    });
    expect(list.body.totals).toEqual({
      committees: 1,
      members: 4,
      partyMembers: 3,
      inService: 2,
      crossAppointed: 1,
      oneShoulder: 1,
    });
    const detail = await co1.get(t.url(`/red-committees/${rc.body.id}`));
    expect(detail.body.members.map((m: any) => [m.name, m.role, m.partyMember, m.inService])).toEqual([
      ['林甲', 'chair', true, true],
      ['张丙', 'vice_chair', true, true],
      ['黄庚', 'member', true, false],
      ['业主刘先生', 'member', false, false],
    ]);
    expect((await co2.get(t.url(`/red-committees/${rc.body.id}`))).status).toBe(404);
    const admin = await t.as('ly-admin');
    const r = await admin.get('/api/cities/ly/indicators?from=2026-01-01&to=2026-12-31');
    // 1 of the city's 3 compounds has a red committee.
    expect(r.body.items.find((i: any) => i.meta.id === 'longyan_red_committee_share').value).toMatchObject({
      numerator: 1,
      denominator: 3,
    });
  });
});
