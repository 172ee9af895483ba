import { toLocalDate } from '@jiceng/plugin-kit';
import type { PluginTestBackend } from '@jiceng/plugin-kit/testing';
import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from './index';
import { as, gulouBackend, gulouWorld } from './test-world';

type World = Awaited<ReturnType<typeof gulouWorld>>;
const S = 'p_gulou_grid_alliance';
const P = { from: '2026-01-01', to: '2026-06-30' };
/** Star levels of this test city: 5 h → ★, 8 h and rating 3 → ★★, 10 h and rating 3 → ★★★. */
const starLevels = [
  { stars: 1, minHours: 5, minAverageRating: 0 },
  { stars: 2, minHours: 8, minAverageRating: 3 },
  { stars: 3, minHours: 10, minAverageRating: 3 },
];

describe.each(testDatabaseKinds())('indicators on a hand-built dataset on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: World;
  const value = async (id: string, orgId?: number, period = P) => {
    const ind = plugin.indicators.find((i) => i.id === id)!;
    return ind.compute(backend.ctx, { cityId: w.city.id, orgId, period });
  };
  const v = async (id: string, orgId?: number, period = P) => {
    const r = await value(id, orgId, period);
    return r.status === 'ok' ? r.value : r.status;
  };

  beforeAll(async () => {
    ({ backend } = await gulouBackend(kind)); // today is 2026-06-15
    w = await gulouWorld(backend, { starLevels });
    const db = backend.db as any;
    const cityId = w.city.id;
    const { b1, b2, b3 } = w.orgs;
    // Demands: [grid, ledger, received, deadline, closed]
    const demands: [number, string, string, string | null, string | null][] = [
      [b1.id, 'immediate', '2026-03-01T02:00:00Z', null, '2026-03-01T04:00:00Z'], // D1 0.083 d
      [b1.id, 'immediate', '2026-03-02T02:00:00Z', null, '2026-03-02T08:00:00Z'], // D2 0.25 d
      [b1.id, 'immediate', '2026-03-03T02:00:00Z', null, '2026-03-03T14:00:00Z'], // D3 0.5 d
      [b1.id, 'time_limited', '2026-04-01T02:00:00Z', '2026-04-05', '2026-04-04T02:00:00Z'], // D4 3 d, on time
      [b1.id, 'time_limited', '2026-04-10T02:00:00Z', '2026-04-12', '2026-04-15T02:00:00Z'], // D5 5 d, late
      [b1.id, 'time_limited', '2026-06-01T02:00:00Z', '2026-06-10', null], // D6 due and overdue
      [b1.id, 'time_limited', '2026-06-12T02:00:00Z', '2026-06-20', null], // D7 not yet due
      [b2.id, 'undertaken', '2026-05-01T02:00:00Z', null, '2026-05-11T02:00:00Z'], // D8 10 d
      [b2.id, 'proxy', '2025-12-20T02:00:00Z', null, '2026-01-02T02:00:00Z'], // D9 received before P, closed in P: 13 d
      [b3.id, 'special', '2026-02-01T02:00:00Z', null, '2026-02-08T02:00:00Z'], // D10 7 d
      [b3.id, 'time_limited', '2026-02-10T02:00:00Z', '2026-02-15', '2026-02-12T02:00:00Z'], // D11 2 d, on time
      [b3.id, 'immediate', '2025-11-01T02:00:00Z', null, '2025-11-01T03:00:00Z'], // D12 outside P
    ];
    for (const [grid, ledger, received, deadline, closed] of demands)
      await db
        .insertInto(`${S}.demand`)
        .values({
          city_id: cityId,
          grid_org_id: grid,
          resident_name: '居民',
          content: '诉求',
          category: 'other',
          source: 'visit',
          ledger,
          deadline,
          status: closed ? 'closed' : 'in_progress',
          received_at: received,
          received_on: toLocalDate(new Date(received)),
          closed_at: closed,
          closed_on: closed ? toLocalDate(new Date(closed)) : null,
          reply: closed ? '已回复' : null,
          updated_at: received,
          assignee_department: ledger === 'undertaken' ? '城管科' : null,
          agent_name: ledger === 'proxy' ? '代办员' : null,
        })
        .execute();
    // Needs [owner, listed, status]; offers come from the units.
    const item = async (
      side: string,
      owner: { grid?: number; unit?: number },
      listed: string,
      status: string,
    ) =>
      (
        await db
          .insertInto(`${S}.supply_item`)
          .values({
            city_id: cityId,
            side,
            grid_org_id: owner.grid ?? null,
            unit_id: owner.unit ?? null,
            category: 'health',
            title: '条目',
            status,
            listed_on: listed,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id as number;
    const n1 = await item('need', { grid: b1.id }, '2026-02-01', 'matched');
    const n2 = await item('need', { grid: b1.id }, '2026-03-01', 'open');
    await item('need', { grid: b2.id }, '2026-04-01', 'withdrawn');
    const n4 = await item('need', { grid: b2.id }, '2026-04-02', 'matched');
    const n5 = await item('need', { grid: b3.id }, '2026-05-01', 'matched');
    await item('need', { unit: w.units.u1.id }, '2026-05-05', 'open');
    const n7 = await item('need', { grid: b1.id }, '2025-12-01', 'matched');
    const offer = async (unit: number) => item('offer', { unit }, '2025-10-01', 'matched');
    // Projects [grid, unit, need, created, status]
    const projects: [number, number, number, string, string][] = [
      [b1.id, w.units.u1.id, n1, '2026-02-10', 'completed'],
      [b2.id, w.units.u1.id, n4, '2026-04-05', 'in_progress'],
      [b3.id, w.units.u2.id, n5, '2026-05-05', 'completed'],
      [b1.id, w.units.u2.id, n2, '2026-03-01', 'cancelled'],
      [b1.id, w.units.u1.id, n7, '2025-12-10', 'completed'],
    ];
    for (const [grid, unit, need, created, status] of projects)
      await db
        .insertInto(`${S}.service_project`)
        .values({
          city_id: cityId,
          need_id: need,
          offer_id: await offer(unit),
          grid_org_id: grid,
          unit_id: unit,
          title: '项目',
          owner_name: '负责人',
          content: '内容',
          start_on: created,
          end_on: '2026-12-31',
          status,
          created_on: created,
        })
        .execute();
    // Volunteer hours [member, served, hours, status, rating]
    const { m1, m2, r1 } = w.members;
    const logs: [number, string, number, string, number | null][] = [
      [m1.id, '2026-03-01', 5, 'confirmed', 4],
      [m1.id, '2026-05-01', 3, 'confirmed', 5],
      [m1.id, '2026-05-02', 2, 'pending', null],
      [m1.id, '2025-12-01', 4, 'confirmed', 5],
      [m2.id, '2026-02-01', 10, 'confirmed', 3],
      [r1.id, '2026-02-01', 6, 'confirmed', 5],
    ];
    for (const [member, served, hours, status, rating] of logs)
      await db
        .insertInto(`${S}.volunteer_log`)
        .values({
          city_id: cityId,
          member_id: member,
          category: 'service',
          served_on: served,
          hours,
          description: '服务',
          status,
          rating,
          logged_at: `${served}T12:00:00Z`,
        })
        .execute();
    // Funds [grid, year, amount]
    const funds: [number, number, number][] = [
      [b1.id, 2026, 2500],
      [b2.id, 2026, 2000],
      [b2.id, 2026, 400],
      [b1.id, 2025, 3000],
      [b2.id, 2025, 2600],
    ];
    for (const [grid, year, amount] of funds)
      await db
        .insertInto(`${S}.fund`)
        .values({
          city_id: cityId,
          grid_org_id: grid,
          year,
          source: 'fiscal',
          amount,
          received_on: `${year}-02-20`,
        })
        .execute();
  });
  afterAll(() => backend?.close());

  it('org_coverage: grids with a grid branch, in the places the org subtree covers', async () => {
    expect(await v('org_coverage')).toBe(3 / 4); // g1, g2, g3 of four grids
    expect(await v('org_coverage', w.orgs.c1.id)).toBe(1); // g1, g2
    expect(await v('org_coverage', w.orgs.c2.id)).toBe(1 / 2); // g3 of g3, g4
    expect(await v('org_coverage', w.orgs.b3.id)).toBe(1);
    expect(await v('org_coverage', w.orgs.u1Org.id)).toBe('not_applicable'); // a unit's org covers no grid
  });

  it('demands_closed_rate: demands received in the period that are closed', async () => {
    expect(await value('demands_closed_rate')).toMatchObject({
      value: 8 / 10,
      numerator: 8,
      denominator: 10,
    }); // D1–D8, D10, D11; open D6, D7
    expect(await v('demands_closed_rate', w.orgs.c1.id)).toBe(6 / 8); // D1–D8
    expect(await v('demands_closed_rate', w.orgs.c2.id)).toBe(1); // D10, D11
    expect(await v('demands_closed_rate', undefined, { from: '2027-01-01', to: '2027-12-31' })).toBe(
      'not_applicable',
    );
  });

  it('on_time_closure_rate: 限时件 due in the period closed by their deadline', async () => {
    expect(await v('on_time_closure_rate')).toBe(2 / 4); // D4, D11 on time; D5 late; D6 overdue; D7 not due yet
    expect(await v('on_time_closure_rate', w.orgs.c1.id)).toBe(1 / 3);
    expect(await v('on_time_closure_rate', w.orgs.c2.id)).toBe(1);
  });

  it('median days to close, per ledger', async () => {
    expect(await v('gulou_median_close_days_immediate')).toBe(0.25); // 0.083, 0.25, 0.5
    expect(await v('gulou_median_close_days_time_limited')).toBe(3); // 2, 3, 5
    expect(await v('gulou_median_close_days_time_limited', w.orgs.c1.id)).toBe(4); // 3 and 5
    expect(await v('gulou_median_close_days_undertaken')).toBe(10);
    expect(await v('gulou_median_close_days_proxy')).toBe(13); // closed in the period though received before it
    expect(await v('gulou_median_close_days_special', w.orgs.c2.id)).toBe(7);
    expect(await v('gulou_median_close_days_immediate', w.orgs.c2.id)).toBe('not_applicable'); // D12 closed in 2025
  });

  it('gulou_needs_matched_rate and projects_completed_rate', async () => {
    expect(await v('gulou_needs_matched_rate')).toBe(3 / 5); // withdrawn and 2025 needs left out
    expect(await v('gulou_needs_matched_rate', w.orgs.c1.id)).toBe(2 / 3);
    expect(await v('gulou_needs_matched_rate', w.orgs.u1Org.id)).toBe(0); // the unit's own need is open
    expect(await v('projects_completed_rate')).toBe(2 / 3); // cancelled and 2025 projects left out
    expect(await v('projects_completed_rate', w.orgs.c1.id)).toBe(1 / 2);
    expect(await v('projects_completed_rate', w.orgs.u2Org.id)).toBe(1);
  });

  it('volunteer_hours_per_member and star shares over in-service members', async () => {
    expect(await value('volunteer_hours_per_member')).toMatchObject({
      value: 6,
      numerator: 18,
      denominator: 3,
    }); // m1 8 h, m2 10 h, m3 0
    expect(await v('volunteer_hours_per_member', w.orgs.c1.id)).toBe(9); // m1 and m2 live in c1's grids
    expect(await v('volunteer_hours_per_member', w.orgs.c2.id)).toBe(0);
    expect(await v('volunteer_hours_per_member', w.orgs.u1Org.id)).toBe(9); // their unit
    // m1: 8 h at (5·4 + 3·5) / 8 = 4.375 → ★★; m2: 10 h at 3 → ★★★; m3: nothing.
    expect(await v('gulou_star_rated_share')).toBe(2 / 3);
    expect(await v('gulou_high_star_share')).toBe(1 / 3);
    expect(await v('gulou_high_star_share', w.orgs.c1.id)).toBe(1 / 2);
    await backend.f.enable(w.city.id, plugin.id, { starLevels: starLevels.slice(0, 2) });
    try {
      expect(await v('gulou_high_star_share')).toBe('not_applicable');
      expect(await v('gulou_star_rated_share')).toBe(2 / 3);
    } finally {
      await backend.f.enable(w.city.id, plugin.id, { starLevels });
    }
  });

  it('gulou_funds_floor_met_rate: grid branch-years reaching the floor', async () => {
    expect(await v('gulou_funds_floor_met_rate')).toBe(1 / 3); // 2026: b1 2,500 yes; b2 2,400 no; b3 none
    expect(await v('gulou_funds_floor_met_rate', w.orgs.c1.id)).toBe(1 / 2);
    expect(await v('gulou_funds_floor_met_rate', undefined, { from: '2025-01-01', to: '2026-12-31' })).toBe(
      3 / 6,
    ); // + b1, b2 in 2025
    await backend.f.enable(w.city.id, plugin.id, { starLevels, fundsFloorYuan: 2400 });
    try {
      expect(await v('gulou_funds_floor_met_rate', w.orgs.c1.id)).toBe(1);
    } finally {
      await backend.f.enable(w.city.id, plugin.id, { starLevels });
    }
  });

  it('the dashboard shows the indicators, and closing a demand with a reply moves 销号率', async () => {
    const admin = await as(backend, 'gl-admin');
    const rate = async () =>
      (await admin.get(`/dashboard?from=${P.from}&to=${P.to}`)).body.indicators.find(
        (i: any) => i.id === 'demands_closed_rate',
      ).value;
    const dash = await admin.get(`/dashboard?from=${P.from}&to=${P.to}`);
    expect(dash.status).toBe(200);
    expect(dash.body.ledgers.find((l: any) => l.ledger === 'time_limited')).toEqual({
      ledger: 'time_limited',
      received: 0,
      assigned: 0,
      in_progress: 2,
      closed: 3,
    });
    expect(dash.body.overdue.total).toBe(1);
    expect(dash.body.heat.find((h: any) => h.orgId === w.orgs.b1.id)).toMatchObject({
      received: 7,
      closed: 5,
      open: 2,
      overdue: 1,
      households: 500,
    });
    expect(dash.body.volunteer).toMatchObject({ confirmedHours: 18, inServiceMembers: 3, pendingEntries: 1 });
    expect(dash.body.volunteer.stars.filter((s: any) => s.members)).toEqual([
      { stars: 0, members: 1 },
      { stars: 2, members: 1 },
      { stars: 3, members: 1 },
    ]);
    expect(await rate()).toMatchObject({ value: 0.8, numerator: 8, denominator: 10 });
    const d = await admin.post('/demands', {
      gridOrgId: w.orgs.b2.id,
      residentName: '王大爷',
      content: '咨询老旧小区改造进度',
      category: 'other',
      ledger: 'undertaken',
    });
    expect(await rate()).toMatchObject({ numerator: 8, denominator: 11 });
    await admin.post(`/demands/${d.body.id}/assign`, { department: '区住建局' });
    await admin.post(`/demands/${d.body.id}/close`, { reply: '改造已列入明年计划，已电话答复' });
    expect(await rate()).toMatchObject({ numerator: 9, denominator: 11 });
    // The platform's comparison endpoint computes the same for an org subtree.
    const core = await admin.raw.get(
      `/api/cities/gl/indicators?from=${P.from}&to=${P.to}&orgId=${w.orgs.c2.id}`,
    );
    const mine = core.body.items.filter((i: any) => i.pluginId === plugin.id);
    expect(mine).toHaveLength(plugin.indicators.length);
    expect(mine.find((i: any) => i.meta.id === 'org_coverage').value.value).toBe(0.5);
    // A community admin's dashboard rolls up their community.
    const c2 = await as(backend, 'gl-c2');
    const theirs = await c2.get(`/dashboard?from=${P.from}&to=${P.to}`);
    expect(theirs.body.org).toEqual({ id: w.orgs.c2.id, name: '二社区党委' });
    expect(theirs.body.heat.map((h: any) => h.orgId)).toEqual([w.orgs.b3.id]);
    expect((await c2.get(`/dashboard?orgId=${w.orgs.c1.id}`)).body.error.field).toBe('orgId');
  });
});
