import { PASSWORD, testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from './index';
import { handWorld, loggedIn } from './server/testing';

/**
 * Hand-built data (templates in server/testing.ts):
 *  2025 campaign, community1 (open) done: A1 met 3/4 (w1), A2 met 2/2 (w1), A4 met 3/3 (w2)
 *    → 100 × (0.75 + 1 + 2 × 1) ÷ 4 = 93.75
 *  2026 H1 campaign:
 *    community1 (open) done: A1 met 3.5/4 (w1), A2 not met (w1), A4 partly 1.5/3 (w2) → 100 × 1.875 ÷ 4 = 46.875
 *    community2 (closed) done: A1 met 4/4 (w2), A2 met (w1), A3 self partly 2/5 reviewed to met 4/5 (w1), A4 not applicable
 *      → 100 × (2 + 1 + 0.8) ÷ 4 = 95
 */
describe.each(testDatabaseKinds())('jinan-standards indicators and imbalance view on %s', (kind) => {
  let w: Awaited<ReturnType<typeof handWorld>>;
  let street: Awaited<ReturnType<typeof loggedIn>>;
  let campaign2026: number;
  const Y2026 = { from: '2026-01-01', to: '2026-12-31' };
  const value = async (id: string, period = Y2026, orgId?: number) =>
    plugin.indicators
      .find((i) => i.id === id)!
      .compute(w.backend.ctx, { cityId: w.world.a.city.id, orgId, period });

  async function assess(campaignId: number, placeId: number, answers: [number, object][]) {
    const list = await w.admin.get(`${w.base}/assessments?campaignId=${campaignId}`);
    const id = list.body.items.find((i: any) => i.communityPlaceId === placeId).id;
    for (const [std, body] of answers)
      expect((await w.admin.put(`${w.base}/assessments/${id}/items/${std}`, body)).status).toBe(200);
    expect((await w.admin.post(`${w.base}/assessments/${id}/submit`)).status).toBe(200);
    return id;
  }

  beforeAll(async () => {
    w = await handWorld(kind);
    street = await loggedIn(w.backend, 'aa-street');
    const { community1, community2 } = w.world.a.places;
    const c2025 = (
      await w.admin.post(`${w.base}/campaigns`, {
        name: '2025 年度',
        periodFrom: '2025-01-01',
        periodTo: '2025-12-31',
        communityPlaceIds: [community1.id],
      })
    ).body.id;
    const old = await assess(c2025, community1.id, [
      [w.std.A1, { result: 'met', score: 3 }],
      [w.std.A2, { result: 'met' }],
      [w.std.A4, { result: 'met', score: 3 }],
    ]);
    expect((await street.post(`${w.base}/assessments/${old}/approve`)).status).toBe(200);
    campaign2026 = (
      await w.admin.post(`${w.base}/campaigns`, {
        name: '2026 上半年',
        periodFrom: '2026-01-01',
        periodTo: '2026-06-30',
      })
    ).body.id;
    const a1 = await assess(campaign2026, community1.id, [
      [w.std.A1, { result: 'met', score: 3.5 }],
      [w.std.A2, { result: 'not_met' }],
      [w.std.A4, { result: 'partly', score: 1.5 }],
    ]);
    expect((await street.post(`${w.base}/assessments/${a1}/approve`)).status).toBe(200);
    await assess(campaign2026, community2.id, [
      [w.std.A1, { result: 'met', score: 4 }],
      [w.std.A2, { result: 'met' }],
      [w.std.A3, { result: 'partly', score: 2 }],
      [w.std.A4, { result: 'not_applicable', note: '无物业' }],
    ]);
  });
  afterAll(() => w?.backend.close());

  it('counts only locked assessments: community2, still in review, is left out', async () => {
    expect(await value('standards_met_rate')).toEqual({
      status: 'ok',
      value: 1 / 3,
      numerator: 1,
      denominator: 3,
    });
    expect(await value('jinan_weighted_score')).toMatchObject({ status: 'ok', value: 46.875 });
  });

  it('computes every indicator for the city, an org subtree and a period', async () => {
    const list = await street.get(`${w.base}/assessments?campaignId=${campaign2026}&state=in_review`);
    const a2 = list.body.items[0].id;
    expect(
      (await street.put(`${w.base}/assessments/${a2}/items/${w.std.A3}/review`, { result: 'met', score: 4 }))
        .status,
    ).toBe(200);
    expect((await street.post(`${w.base}/assessments/${a2}/approve`)).status).toBe(200);

    // Met: community1 A1; community2 A1, A2, A3 (A4 not applicable) → 4 of 6.
    expect(await value('standards_met_rate')).toEqual({
      status: 'ok',
      value: 4 / 6,
      numerator: 4,
      denominator: 6,
    });
    expect(await value('jinan_weighted_score')).toMatchObject({ status: 'ok', value: (46.875 + 95) / 2 });
    // Threshold 80 (default): only community2.
    expect(await value('jinan_above_threshold_rate')).toEqual({
      status: 'ok',
      value: 0.5,
      numerator: 1,
      denominator: 2,
    });
    // Two scores: IQR = 0.5 × (95 − 46.875) = 24.0625.
    expect(await value('jinan_score_iqr')).toMatchObject({ status: 'ok', value: 24.0625 });
    // Rectifications (A2, A4 of community1) are due 2026-09-13, not yet due on 2026-06-15.
    expect(await value('on_time_closure_rate')).toMatchObject({ status: 'not_applicable' });

    // community1's subtree alone.
    const org1 = w.world.a.orgs.community1.id;
    expect(await value('standards_met_rate', Y2026, org1)).toMatchObject({ value: 1 / 3 });
    expect(await value('jinan_weighted_score', Y2026, org1)).toMatchObject({ value: 46.875 });
    expect(await value('jinan_above_threshold_rate', Y2026, org1)).toMatchObject({ value: 0 });
    expect(await value('jinan_score_iqr', Y2026, org1)).toMatchObject({ value: 0 });

    // 2025: the earlier campaign only. 2024: nothing → not applicable, never zero.
    const Y2025 = { from: '2025-01-01', to: '2025-12-31' };
    expect(await value('standards_met_rate', Y2025)).toMatchObject({ value: 1 });
    expect(await value('jinan_weighted_score', Y2025)).toMatchObject({ value: 93.75 });
    for (const id of [
      'standards_met_rate',
      'jinan_weighted_score',
      'jinan_above_threshold_rate',
      'jinan_score_iqr',
      'on_time_closure_rate',
    ])
      expect((await value(id, { from: '2024-01-01', to: '2024-12-31' })).status, id).toBe('not_applicable');

    // The city's threshold is config: at 40 both communities are above it.
    expect(
      (await w.admin.put('/api/cities/aa/plugin-settings/jinan-standards', { config: { passThreshold: 40 } }))
        .status,
    ).toBe(200);
    expect(await value('jinan_above_threshold_rate')).toMatchObject({ value: 1 });
    expect(
      (await w.admin.put('/api/cities/aa/plugin-settings/jinan-standards', { config: { passThreshold: 80 } }))
        .status,
    ).toBe(200);
  });

  it('tracks rectification items closed on time as the clock moves', async () => {
    const clock = w.backend.clock as any;
    const list = (await w.admin.get(`${w.base}/rectifications?campaignId=${campaign2026}`)).body;
    expect(list.items.map((i: any) => [i.code, i.dueDate, i.status])).toEqual([
      ['A2', '2026-09-13', 'open'],
      ['A4', '2026-09-13', 'open'],
    ]);
    const [r2, r4] = list.items;
    // Sessions follow the clock too: log in again after each jump.
    clock.set('2026-07-01T02:00:00Z');
    await w.admin.login('aa-admin', PASSWORD);
    expect((await w.admin.post(`${w.base}/rectifications/${r2.id}/close`, { note: '已补齐' })).status).toBe(
      200,
    );
    expect(await value('on_time_closure_rate')).toEqual({
      status: 'ok',
      value: 1,
      numerator: 1,
      denominator: 1,
    });
    clock.set('2026-09-20T02:00:00Z');
    await w.admin.login('aa-admin', PASSWORD);
    // A4 is now overdue and open: it counts as due, not on time.
    expect(await value('on_time_closure_rate')).toEqual({
      status: 'ok',
      value: 0.5,
      numerator: 1,
      denominator: 2,
    });
    expect(
      (await w.admin.get(`${w.base}/rectifications?status=overdue`)).body.items.map((i: any) => i.code),
    ).toEqual(['A4']);
    const late = await w.admin.post(`${w.base}/rectifications/${r4.id}/close`, { note: '整改完成' });
    expect(late.body).toMatchObject({ status: 'closed', closedOn: '2026-09-20', onTime: false });
    expect(await value('on_time_closure_rate')).toEqual({
      status: 'ok',
      value: 0.5,
      numerator: 1,
      denominator: 2,
    });
    const viaHost = await w.admin.get('/api/cities/aa/indicators?from=2026-01-01&to=2026-12-31');
    const mine = viaHost.body.items.filter((i: any) => i.pluginId === 'jinan-standards');
    expect(Object.fromEntries(mine.map((i: any) => [i.meta.id, i.value.value]))).toEqual({
      standards_met_rate: 4 / 6,
      jinan_weighted_score: 70.9375,
      jinan_above_threshold_rate: 0.5,
      jinan_score_iqr: 24.0625,
      on_time_closure_rate: 0.5,
    });
    clock.set('2026-06-15T02:00:00Z');
    await w.admin.login('aa-admin', PASSWORD);
  });

  it('shows the imbalance: spread per area, weakest standards, communities below threshold, change from the previous campaign', async () => {
    const r = await w.admin.get(`${w.base}/analysis?campaignId=${campaign2026}`);
    expect(r.status).toBe(200);
    const a = r.body;
    expect(a.previous.name).toBe('2025 年度');
    const byName = Object.fromEntries(a.communities.map((x: any) => [x.communityName, x]));
    expect(byName.aa一社区).toMatchObject({
      score: 46.875,
      previousScore: 93.75,
      delta: -46.875,
      belowThreshold: true,
    });
    expect(byName.aa二社区).toMatchObject({
      score: 95,
      previousScore: null,
      delta: null,
      belowThreshold: false,
    });
    expect(a.belowThreshold.map((x: any) => x.communityName)).toEqual(['aa一社区']);
    // Weakest first: A4 (0 of 1 met), A2 (1 of 2), then A3 and A1 (all met) by mean score share 0.8 < 0.9375.
    expect(a.standards.map((s: any) => [s.code, s.assessed, s.met, s.metShare])).toEqual([
      ['A4', 1, 0, 0],
      ['A2', 2, 1, 0.5],
      ['A3', 1, 1, 1],
      ['A1', 2, 2, 1],
    ]);
    const org = a.areaStats.find((s: any) => s.area === 'organization');
    // organization: community1 87.5, community2 100 → mean 93.75; 2025 community1 had 75.
    expect(org).toMatchObject({ mean: 93.75, previousMean: 75, delta: 18.75 });
    expect(org.quartiles).toMatchObject({ min: 87.5, max: 100 });
    expect(a.overall).toMatchObject({
      n: 2,
      meanScore: 70.9375,
      iqr: 24.0625,
      metShare: 4 / 6,
      above: 1,
      aboveShare: 0.5,
    });
    expect(a.histogram.map((h: any) => h.n)).toEqual([1, 0, 0, 0, 1]);
    expect(a.typeStats.map((t: any) => [t.type, t.meanScore])).toEqual([
      ['open', 46.875],
      ['closed', 95],
    ]);
    // A community secretary sees only their own community.
    const community = await loggedIn(w.backend, 'aa-org');
    const own = (await community.get(`${w.base}/analysis?campaignId=${campaign2026}`)).body;
    expect(own.communities.map((x: any) => x.communityName)).toEqual(['aa一社区']);
    expect((await community.get(`${w.base}/analysis?orgId=${w.world.a.orgs.community2.id}`)).status).toBe(
      400,
    );
  });
});
