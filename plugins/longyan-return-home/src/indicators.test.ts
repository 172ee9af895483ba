import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from './index';
import { handDataset, worldBackend } from './server/test-world';

/**
 * Each indicator on the hand-built dataset of test-world.ts (six in-service members mA–mF). Expected values are
 * worked out by hand in the comments; rollups follow the org tree: a node counts the members whose unit-side org or
 * whose community (where they reported, else where the rule sends them) lies in its subtree.
 */
describe.each(testDatabaseKinds())('indicators on %s', (kind) => {
  let t: Awaited<ReturnType<typeof worldBackend>>;
  beforeAll(async () => {
    t = await worldBackend(kind);
    await handDataset(t.backend, t.world);
  });
  afterAll(() => t?.backend.close());

  const value = async (id: string, from: string, to: string, orgId?: number) => {
    const indicator = plugin.indicators.find((i) => i.id === id)!;
    return indicator.compute(t.backend.ctx, { cityId: t.world.city.id, orgId, period: { from, to } });
  };
  const Y26 = ['2026-01-01', '2026-12-31'] as const;
  const Y25 = ['2025-01-01', '2025-12-31'] as const;
  const EARLY = ['2026-01-01', '2026-03-15'] as const;

  it('report_rate: reported in-service members ÷ in-service members', async () => {
    // 2026: mA, mB, mC, mD reported of six.
    expect(await value('report_rate', ...Y26)).toEqual({
      status: 'ok',
      value: 4 / 6,
      numerator: 4,
      denominator: 6,
    });
    // CO1: mA, mC, mD reported there, mE's rule target (first of its unit's two pairs) is CO1 too: 3 of 4.
    expect(await value('report_rate', ...Y26, t.world.orgs.CO1.id)).toMatchObject({
      numerator: 3,
      denominator: 4,
    });
    // UO1 (the unit side): its members mA and mB both reported.
    expect(await value('report_rate', ...Y26, t.world.orgs.UO1.id)).toMatchObject({
      value: 1,
      numerator: 2,
      denominator: 2,
    });
    // The street holds both communities: everyone but mF, whose unit is not paired (no community).
    expect(await value('report_rate', ...Y26, t.world.orgs.street.id)).toMatchObject({
      numerator: 4,
      denominator: 5,
    });
    // 2025: only mE. Until 15 March 2026: mA, mB, mC (mD reported in May).
    expect(await value('report_rate', ...Y25)).toMatchObject({ numerator: 1, denominator: 6 });
    expect(await value('report_rate', ...EARLY)).toMatchObject({ numerator: 3, denominator: 6 });
  });

  it('longyan_confirmed_report_rate: reports confirmed offline ÷ in-service members', async () => {
    // mA (Feb) and mC (Apr) confirmed; by 15 March only mA.
    expect(await value('longyan_confirmed_report_rate', ...Y26)).toMatchObject({
      numerator: 2,
      denominator: 6,
    });
    expect(await value('longyan_confirmed_report_rate', ...EARLY)).toMatchObject({
      numerator: 1,
      denominator: 6,
    });
    expect(await value('longyan_confirmed_report_rate', ...Y26, t.world.orgs.UO1.id)).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
  });

  it('service_rate: reported members with a confirmed record in the period ÷ reported members', async () => {
    // mA (confirmed 1 Mar) and mD (1 Jun) served; mB's record was rejected, mC's 2026 one still waits (its confirmed one is from 2025).
    expect(await value('service_rate', ...Y26)).toEqual({
      status: 'ok',
      value: 0.5,
      numerator: 2,
      denominator: 4,
    });
    expect(await value('service_rate', ...Y26, t.world.orgs.CO1.id)).toMatchObject({
      numerator: 2,
      denominator: 3,
    });
    expect(await value('service_rate', ...EARLY)).toMatchObject({ numerator: 1, denominator: 3 });
    // 2025: mE reported, no service: zero, not "not applicable".
    expect(await value('service_rate', ...Y25)).toEqual({
      status: 'ok',
      value: 0,
      numerator: 0,
      denominator: 1,
    });
  });

  it('org_coverage and longyan_red_committee_share: compounds with an org / a red committee ÷ compounds', async () => {
    // K1 and K2 covered since 1 Feb 2026, K3 not; red committee on K1 since 1 Mar 2026.
    expect(await value('org_coverage', ...Y26)).toMatchObject({ numerator: 2, denominator: 3 });
    expect(await value('org_coverage', ...Y25)).toEqual({
      status: 'ok',
      value: 0,
      numerator: 0,
      denominator: 3,
    });
    expect(await value('org_coverage', ...Y26, t.world.orgs.CO1.id)).toMatchObject({
      value: 1,
      numerator: 2,
      denominator: 2,
    });
    expect(await value('org_coverage', ...Y26, t.world.orgs.CO2.id)).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 1,
    });
    expect((await value('org_coverage', ...Y26, t.world.orgs.UO1.id)).status).toBe('not_applicable');
    expect(await value('longyan_red_committee_share', ...Y26)).toMatchObject({
      numerator: 1,
      denominator: 3,
    });
    expect(await value('longyan_red_committee_share', ...Y26, t.world.orgs.CO1.id)).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
  });

  it('wishes: claimed and fulfilled ÷ collected in the period', async () => {
    // 2026 collected W1–W4; claimed W1, W2; fulfilled W1.
    expect(await value('longyan_wishes_claimed_rate', ...Y26)).toMatchObject({
      numerator: 2,
      denominator: 4,
    });
    expect(await value('wishes_fulfilled_rate', ...Y26)).toMatchObject({ numerator: 1, denominator: 4 });
    // CO1: W1–W3.
    expect(await value('wishes_fulfilled_rate', ...Y26, t.world.orgs.CO1.id)).toMatchObject({
      numerator: 1,
      denominator: 3,
    });
    // By 15 March: W1, W2, W4 collected; W1 claimed on 10 March, fulfilled only on 20 March.
    expect(await value('longyan_wishes_claimed_rate', ...EARLY)).toMatchObject({
      numerator: 1,
      denominator: 3,
    });
    expect(await value('wishes_fulfilled_rate', ...EARLY)).toEqual({
      status: 'ok',
      value: 0,
      numerator: 0,
      denominator: 3,
    });
    expect(await value('wishes_fulfilled_rate', ...Y25)).toMatchObject({
      value: 1,
      numerator: 1,
      denominator: 1,
    });
    expect((await value('wishes_fulfilled_rate', ...Y26, t.world.orgs.UO1.id)).status).toBe('not_applicable');
  });

  it('projects_completed_rate: co-building projects started in the period and completed by its end', async () => {
    expect(await value('projects_completed_rate', ...Y26)).toMatchObject({ numerator: 2, denominator: 3 });
    expect(await value('projects_completed_rate', ...Y26, t.world.orgs.UO1.id)).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
    expect(await value('projects_completed_rate', ...Y26, t.world.orgs.CO1.id)).toMatchObject({
      value: 1,
      numerator: 1,
      denominator: 1,
    });
    expect(await value('projects_completed_rate', ...EARLY)).toMatchObject({ numerator: 0, denominator: 2 });
    expect(await value('projects_completed_rate', ...Y25)).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('claims_per_member and volunteer_hours_per_member', async () => {
    // 2026 claims: mA P1, mC W1, mA W2, mD N1. 2025: mA P2 and W5.
    expect(await value('claims_per_member', ...Y26)).toMatchObject({ numerator: 4, denominator: 6 });
    expect(await value('claims_per_member', ...Y25)).toMatchObject({ numerator: 2, denominator: 6 });
    expect(await value('claims_per_member', ...Y26, t.world.orgs.CO1.id)).toMatchObject({
      value: 1,
      numerator: 4,
      denominator: 4,
    });
    // Confirmed hours 2026: mA 2 + mD 1.5; 2025: mC 2.
    expect(await value('volunteer_hours_per_member', ...Y26)).toMatchObject({
      numerator: 3.5,
      denominator: 6,
    });
    expect(await value('volunteer_hours_per_member', ...Y25)).toMatchObject({ numerator: 2, denominator: 6 });
  });

  it('the host serves the same values, with metadata for the model-specific ones', async () => {
    const admin = await t.as('ly-admin');
    const r = await admin.get(
      `/api/cities/ly/indicators?from=2026-01-01&to=2026-12-31&orgId=${t.world.orgs.CO1.id}`,
    );
    const mine = r.body.items.filter((i: any) => i.pluginId === plugin.id);
    expect(mine).toHaveLength(10);
    expect(mine.find((i: any) => i.meta.id === 'report_rate').value.value).toBe(0.75);
    expect(mine.find((i: any) => i.meta.id === 'longyan_confirmed_report_rate').meta.names['zh-CN']).toBe(
      '线上线下双报到完成率',
    );
  });
});
