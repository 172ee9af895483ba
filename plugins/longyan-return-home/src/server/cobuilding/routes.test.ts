import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worldBackend } from '../test-world';

describe.each(testDatabaseKinds())('结对共建 on %s', (kind) => {
  let t: Awaited<ReturnType<typeof worldBackend>>;
  beforeAll(async () => {
    t = await worldBackend(kind);
  });
  afterAll(() => t?.backend.close());

  it('records the agreement, activities and projects of a pair seen from either side', async () => {
    const unit1 = await t.as('ly-unit1');
    const { L1, L2 } = t.world.links;
    // UO1 is paired with CO2 (L1); it does not see the UO2–CO1 pair.
    const mine = await unit1.get(t.url('/co-building/links'));
    expect(mine.body.items.map((l: any) => [l.unitName, l.communityOrgName])).toEqual([
      ['财政局', '南城社区党委'],
    ]);
    expect((await unit1.get(t.url(`/co-building/links/${L2}`))).status).toBe(404);

    const signed = await unit1.put(t.url(`/co-building/links/${L1}/agreement`), {
      signedOn: '2026-03-01',
      content: '组织共建、资源共享',
    });
    // One agreement per pair: signing and amending are both 200.
    expect(signed.status).toBe(200);
    expect(
      (
        await unit1.put(t.url(`/co-building/links/${L1}/agreement`), {
          signedOn: '2026-03-02',
          content: '修订',
        })
      ).status,
    ).toBe(200);
    const co2 = await t.as('ly-co2');
    expect(
      (
        await co2.post(t.url(`/co-building/links/${L1}/activities`), {
          heldOn: '2026-04-01',
          title: '主题党日联学',
          participants: 30,
        })
      ).status,
    ).toBe(201);
    const badParticipants = await co2.post(t.url(`/co-building/links/${L1}/activities`), {
      heldOn: '2026-04-01',
      title: 'x',
      participants: -1,
    });
    expect([badParticipants.status, badParticipants.body.error.field]).toEqual([400, 'participants']);
    const p1 = await co2.post(t.url(`/co-building/links/${L1}/projects`), {
      title: '四点钟学校',
      category: 'venue',
      startedOn: '2026-04-10',
    });
    const p2 = await co2.post(t.url(`/co-building/links/${L1}/projects`), {
      title: '居家养老服务点',
      category: 'funds',
      startedOn: '2026-05-01',
    });
    expect([p1.status, p2.status]).toEqual([201, 201]);
    const before = await unit1.post(t.url(`/co-building/projects/${p1.body.id}/complete`), {
      completedOn: '2026-04-01',
    });
    expect([before.status, before.body.error.field]).toEqual([400, 'completedOn']);
    const future = await unit1.post(t.url(`/co-building/projects/${p1.body.id}/complete`), {
      completedOn: '2026-07-01',
    });
    expect([future.status, future.body.error.field]).toEqual([400, 'completedOn']);
    expect(
      (await unit1.post(t.url(`/co-building/projects/${p1.body.id}/complete`), { completedOn: '2026-06-01' }))
        .status,
    ).toBe(200);
    expect(
      (await unit1.post(t.url(`/co-building/projects/${p1.body.id}/complete`), { completedOn: '2026-06-02' }))
        .status,
    ).toBe(409);
    const badCategory = await co2.post(t.url(`/co-building/links/${L1}/projects`), {
      title: 'x',
      category: 'love',
      startedOn: '2026-05-01',
    });
    expect(badCategory.body.error.field).toBe('category');

    const list = await co2.get(t.url('/co-building/links'));
    expect(list.body.items[0]).toMatchObject({
      agreementSignedOn: '2026-03-02',
      activities: 1,
      projectsStarted: 2,
      projectsCompleted: 1,
    });
    // CO2 is paired with UO1 and UO3; only the first pair has an agreement so far.
    expect(list.body.totals).toEqual({
      pairs: 2,
      agreements: 1,
      activities: 1,
      projectsStarted: 2,
      projectsCompleted: 1,
    });
    const detail = await co2.get(t.url(`/co-building/links/${L1}`));
    expect(detail.body.projects.map((p: any) => [p.title, p.completedOn])).toEqual([
      ['居家养老服务点', null],
      ['四点钟学校', '2026-06-01'],
    ]);
    const admin = await t.as('ly-admin');
    const r = await admin.get(
      `/api/cities/ly/indicators?from=2026-01-01&to=2026-12-31&orgId=${t.world.orgs.UO1.id}`,
    );
    expect(r.body.items.find((i: any) => i.meta.id === 'projects_completed_rate').value).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
    expect((await (await t.as('ly-a')).get(t.url('/co-building/links'))).status).toBe(403);
    expect((await (await t.as('zz-admin')).get(t.url(`/co-building/links/${L1}`, 'zz'))).status).toBe(404);
  });
});
