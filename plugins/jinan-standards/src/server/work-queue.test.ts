import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handWorld, loggedIn } from './testing';

describe.each(testDatabaseKinds())('jinan-standards work queue (待办) on %s', (kind) => {
  let w: Awaited<ReturnType<typeof handWorld>>;
  const work = async (username: string, code = 'aa') => {
    const r = await (await loggedIn(w.backend, username)).get(`/api/cities/${code}/work`);
    expect(r.status).toBe(200);
    return r.body.items.map((i: any) => [i.id, i.count, i.dueOn ?? null, i.overdue ?? null]);
  };

  beforeAll(async () => {
    w = await handWorld(kind); // 2026-06-15
    expect(
      (
        await w.admin.put('/api/cities/aa/plugin-settings/jinan-standards', {
          config: { rectifyPartlyMet: false, rectificationDays: 30 },
        })
      ).status,
    ).toBe(200);
    const { community1, community2 } = w.world.a.places;
    const camp = await w.admin.post(`${w.base}/campaigns`, {
      name: 'H1',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      communityPlaceIds: [community1.id, community2.id],
    });
    expect(camp.status).toBe(201);
  });
  afterAll(() => w?.backend.close());

  it('the community fills in its own assessment; the street and the city review what was submitted', async () => {
    // aa-org administers community1: its assessment is planned, due with the campaign on 06-30. community2 has
    // no admin of its own; the street and the city admin do not fill in.
    expect(await work('aa-org')).toEqual([['assessments_to_fill', 1, '2026-06-30', 0]]);
    expect(await work('aa-street')).toEqual([]);
    const community = await loggedIn(w.backend, 'aa-org');
    // aa-org's scope holds community1 only.
    const a = (await community.get(`${w.base}/assessments`)).body.items[0].id;
    await community.put(`${w.base}/assessments/${a}/items/${w.std.A1}`, { result: 'not_met', score: 1 });
    await community.put(`${w.base}/assessments/${a}/items/${w.std.A2}`, { result: 'not_met' });
    await community.put(`${w.base}/assessments/${a}/items/${w.std.A4}`, { result: 'met', score: 3 });
    expect((await community.post(`${w.base}/assessments/${a}/submit`)).status).toBe(200);
    expect(await work('aa-org')).toEqual([]);
    expect(await work('aa-street')).toEqual([['assessments_to_review', 1, null, null]]);
    expect(await work('aa-admin')).toEqual([['assessments_to_review', 1, null, null]]);
    expect(await work('aa-member')).toEqual([]);

    // Approval raises one rectification per unmet standard (A1, A2), due 2026-06-15 + 30 days.
    expect(
      (await (await loggedIn(w.backend, 'aa-street')).post(`${w.base}/assessments/${a}/approve`)).status,
    ).toBe(200);
    expect(await work('aa-street')).toEqual([['rectifications_open', 2, '2026-07-15', 0]]);
    expect(await work('aa-org')).toEqual([['rectifications_open', 2, '2026-07-15', 0]]);
  });

  it('counts rectifications past their due date as overdue until closed', async () => {
    w.clock.set('2026-07-20T02:00:00Z');
    expect(await work('aa-org')).toEqual([['rectifications_open', 2, '2026-07-15', 2]]);
    const community = await loggedIn(w.backend, 'aa-org');
    const [first] = (await community.get(`${w.base}/rectifications`)).body.items;
    expect(
      (await community.post(`${w.base}/rectifications/${first.id}/close`, { note: '已整改完成' })).status,
    ).toBe(200);
    expect(await work('aa-admin')).toEqual([['rectifications_open', 1, '2026-07-15', 1]]);
  });
});
