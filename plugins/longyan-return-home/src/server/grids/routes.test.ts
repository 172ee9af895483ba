import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worldBackend } from '../test-world';

describe.each(testDatabaseKinds())('立体网格: volunteer teams and grid temporary branches on %s', (kind) => {
  let t: Awaited<ReturnType<typeof worldBackend>>;
  beforeAll(async () => {
    t = await worldBackend(kind);
    for (const u of ['ly-a', 'ly-b', 'ly-c'])
      expect((await (await t.as(u)).post(t.url('/reports'), {})).status).toBe(201);
  });
  afterAll(() => t?.backend.close());

  it('forms a team and a grid branch led by it, and places reported members only', async () => {
    const co1 = await t.as('ly-co1');
    const { CO1, CO2 } = t.world.orgs;
    const { mA, mB, mC } = t.world.members;
    const notHere = await co1.post(t.url('/teams'), {
      communityOrgId: CO1.id,
      name: '党员先锋服务队',
      leaderMemberId: mB.id,
    });
    expect([notHere.status, notHere.body.error.field]).toEqual([409, 'leaderMemberId']);
    const team = await co1.post(t.url('/teams'), {
      communityOrgId: CO1.id,
      name: '党员先锋服务队',
      leaderMemberId: mA.id,
    });
    expect(team.status).toBe(201);
    expect(team.body.members).toBe(1);
    expect(
      (await co1.post(t.url('/teams'), { communityOrgId: CO1.id, name: '党员先锋服务队' })).body.error.field,
    ).toBe('name');
    expect((await co1.post(t.url(`/teams/${team.body.id}/members`), { memberId: mC.id })).status).toBe(201);
    expect((await co1.post(t.url(`/teams/${team.body.id}/members`), { memberId: mC.id })).status).toBe(409);

    const grid = await co1.post(t.url('/grid-branches'), {
      communityOrgId: CO1.id,
      name: '第一网格临时党支部',
      volunteerTeamId: team.body.id,
    });
    expect(grid.status).toBe(201);
    const org = await t.backend.db
      .selectFrom('core.org')
      .select(['kind', 'parent_id'])
      .where('id', '=', grid.body.id)
      .executeTakeFirstOrThrow();
    expect(org).toEqual({ kind: 'grid_temporary_branch', parent_id: CO1.id });
    const co2 = await t.as('ly-co2');
    const otherTeam = await co2.post(t.url('/grid-branches'), {
      communityOrgId: CO2.id,
      name: 'x',
      volunteerTeamId: team.body.id,
    });
    expect([otherTeam.status, otherTeam.body.error.field]).toEqual([400, 'volunteerTeamId']);

    const unplaced = await co1.get(t.url('/placements/unplaced'));
    expect(unplaced.body.items.map((m: any) => m.memberName).sort()).toEqual(['张丙', '林甲']);
    expect(
      (await co1.post(t.url(`/grid-branches/${grid.body.id}/placements`), { memberId: mA.id })).status,
    ).toBe(201);
    expect(
      (await co1.post(t.url(`/grid-branches/${grid.body.id}/placements`), { memberId: mA.id })).status,
    ).toBe(409);
    const wrong = await co1.post(t.url(`/grid-branches/${grid.body.id}/placements`), { memberId: mB.id });
    expect([wrong.status, wrong.body.error.field]).toEqual([409, 'memberId']);
    const second = await co1.post(t.url('/grid-branches'), {
      communityOrgId: CO1.id,
      name: '第二网格临时党支部',
    });
    const moved = await co1.post(t.url(`/grid-branches/${second.body.id}/placements`), { memberId: mA.id });
    // A move is a new placement too: 201, with where the member came from.
    expect([moved.status, moved.body.movedFrom]).toEqual([201, grid.body.id]);
    const list = await co1.get(t.url('/grid-branches'));
    expect(list.body.items.map((g: any) => [g.name, g.volunteerTeamName, g.members])).toEqual([
      ['第一网格临时党支部', '党员先锋服务队', 0],
      ['第二网格临时党支部', null, 1],
    ]);
    expect(
      (await co1.get(t.url(`/grid-branches/${second.body.id}/members`))).body.items.map(
        (m: any) => m.memberName,
      ),
    ).toEqual(['林甲']);
    expect((await co2.get(t.url(`/grid-branches/${second.body.id}/members`))).status).toBe(404);
    expect((await (await t.as('ly-a')).get(t.url('/me'))).body).toMatchObject({
      grid: { name: '第二网格临时党支部' },
      teams: [{ name: '党员先锋服务队' }],
    });
    const teams = await co1.get(t.url('/teams'));
    expect(teams.body.items[0]).toMatchObject({ leaderName: '林甲', members: 2 });
  });
});
