import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handDataset, worldBackend } from '../test-world';

describe.each(testDatabaseKinds())('dashboard on %s', (kind) => {
  let t: Awaited<ReturnType<typeof worldBackend>>;
  beforeAll(async () => {
    t = await worldBackend(kind); // clock: 15 June 2026, so the default period is 2026-01-01 … 2026-06-15
    await handDataset(t.backend, t.world);
  });
  afterAll(() => t?.backend.close());

  it('rolls the city up by community, with the trend by month', async () => {
    const admin = await t.as('ly-admin');
    const r = await admin.get(t.url('/dashboard'));
    expect(r.status).toBe(200);
    expect(r.body.period).toEqual({ from: '2026-01-01', to: '2026-06-15' });
    expect(r.body.summary.report_rate).toMatchObject({ numerator: 4, denominator: 6 });
    const row = (name: string) => r.body.byCommunity.find((c: any) => c.name === name);
    // CO1: mA, mC, mD reported there and mE is sent there; CO2: mB.
    expect(row('中城社区党委')).toMatchObject({
      members: 4,
      reported: 3,
      confirmed: 2,
      served: 2,
      reportRate: 0.75,
      compounds: 2,
      covered: 2,
      coverage: 1,
      redCommittees: 1,
      wishesCollected: 3,
      wishesClaimed: 2,
      wishesFulfilled: 1,
    });
    expect(row('南城社区党委')).toMatchObject({
      members: 1,
      reported: 1,
      confirmed: 0,
      served: 0,
      serviceRate: 0,
      compounds: 1,
      covered: 0,
      wishesCollected: 1,
    });
    // mF has no community: counted for the city, outside every community.
    expect(r.body.outside).toEqual({ members: 1, reported: 0, confirmed: 0 });
    expect(r.body.trend).toEqual({
      months: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'],
      series: {
        reported: [1, 1, 1, 0, 1, 0],
        confirmed: [0, 1, 0, 1, 0, 0],
        served: [0, 0, 1, 0, 0, 1],
        fulfilled: [0, 0, 1, 0, 0, 0],
      },
    });
    expect(typeof r.body.rollupMs).toBe('number');
  });

  it('a community secretary sees their own community by default; bad periods and other orgs are refused', async () => {
    const co1 = await t.as('ly-co1');
    const r = await co1.get(t.url('/dashboard'));
    expect(r.body.org.id).toBe(t.world.orgs.CO1.id);
    expect(r.body.byCommunity.map((c: any) => c.name)).toEqual(['中城社区党委']);
    expect(r.body.trend.series.reported).toEqual([1, 1, 0, 0, 1, 0]);
    const bad = await co1.get(t.url('/dashboard?from=2026-06-01&to=2026-01-01'));
    expect([bad.status, bad.body.error.field]).toEqual([400, 'from']);
    const other = await co1.get(t.url(`/dashboard?orgId=${t.world.orgs.CO2.id}`));
    expect([other.status, other.body.error.field]).toEqual([400, 'orgId']);
    expect((await (await t.as('ly-a')).get(t.url('/dashboard'))).status).toBe(403);
  });
});
