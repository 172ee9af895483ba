import {
  createPluginTestBackend,
  type PluginTestBackend,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from './index';
import { drawRegion, type LuqiaoWorld, luqiaoWorld } from './server/test-world';

const H1 = { from: '2026-01-01', to: '2026-06-30' };
const Q1 = { from: '2026-01-01', to: '2026-03-31' };
const Q2 = { from: '2026-04-01', to: '2026-06-30' };

describe.each(testDatabaseKinds())('luqiao-regional indicators on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: LuqiaoWorld;
  let cbd: { id: number; centreOrgId: number; regionalOrgId: number };
  const value = async (id: string, period: { from: string; to: string }, orgId?: number) => {
    const ind = plugin.indicators.find((i) => i.id === id)!;
    return ind.compute(backend.ctx as any, { cityId: w.city.id, orgId, period });
  };

  beforeAll(async () => {
    // "Today" is 2026-06-30 in Luqiao.
    backend = await createPluginTestBackend(plugin, kind, { now: '2026-06-30T02:00:00Z' });
    w = await luqiaoWorld(backend, plugin.id);
    const admin = await w.login('lq-admin');
    const post = async (path: string, body: unknown) => {
      const r = await admin.post(`${w.base}${path}`, body);
      if (r.status >= 300) throw new Error(`${path}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body;
    };
    cbd = await drawRegion(w, admin, {
      name: '中央商务区',
      establishedOn: '2026-01-01',
      unitIds: [w.units.e1.id, w.units.gov.id, w.units.shop1.id, w.units.shop2.id],
    });
    const south = await drawRegion(w, admin, {
      name: '方林汽车城汽贸区',
      kind: 'auto_trade',
      townOrgId: w.orgs.townB.id,
      establishedOn: '2026-01-01',
      unitIds: [w.units.far.id],
    });

    // Registration. Working in 中央商务区's units: 张三 李四 (银泰), 赵六 (监管局), 钱七 孙八 (茶庄).
    await post(`/regions/${cbd.id}/registrations`, { memberId: w.m.e1a.id, registeredOn: '2026-02-01' });
    await post(`/regions/${cbd.id}/registrations`, { memberId: w.m.shop1a.id, registeredOn: '2026-03-01' });
    await post(`/regions/${cbd.id}/registrations`, { memberId: w.m.flowing.id, registeredOn: '2026-03-01' });
    const li = await post(`/regions/${cbd.id}/registrations`, {
      memberId: w.m.e1b.id,
      registeredOn: '2026-05-01',
    });
    await post(`/registrations/${li.id}/end`, { endedOn: '2026-06-10', reason: '调离' });
    await post(`/regions/${south.id}/registrations`, { memberId: w.m.far.id, registeredOn: '2026-04-01' });

    // Service centres and their time-limited requests, written as they happened.
    const centre = await post('/centres', {
      level: 'region',
      name: '中央商务区党员服务中心',
      regionId: cbd.id,
      floorArea: 80,
      staffCount: 2,
      fundingSource: 'unit_pooled',
      openedOn: '2026-01-01',
    });
    const townB = await post('/centres', {
      level: 'town',
      name: '路南街道党员服务中心',
      ownerOrgId: w.orgs.townB.id,
      floorArea: 150,
      staffCount: 3,
      fundingSource: 'town_finance',
    });
    const visit = (centreId: number, received: string, due: string | null, completed: string | null) => ({
      city_id: w.city.id,
      centre_id: centreId,
      service: 'relation_transfer',
      visitor_name: '来访者',
      subject: '组织关系接转',
      first_responder: '林晓',
      received_at: `${received}T09:00:00+08:00`,
      received_on: received,
      time_limited: due !== null,
      due_on: due,
      completed_at: completed ? `${completed}T16:00:00+08:00` : null,
      completed_on: completed,
      result: completed ? '已办结' : null,
    });
    await backend.db
      .insertInto('p_luqiao_regional.visit' as any)
      .values([
        visit(centre.id, '2026-06-05', '2026-06-10', '2026-06-08'), // on time
        visit(centre.id, '2026-06-07', '2026-06-12', '2026-06-15'), // late
        visit(centre.id, '2026-06-15', '2026-06-20', null), // overdue
        visit(centre.id, '2026-06-28', '2026-07-03', null), // not yet due (and due after June)
        visit(centre.id, '2026-06-25', '2026-06-29', '2026-06-29'), // on time, on the last day
        visit(centre.id, '2026-06-26', '2026-06-30', null), // due today: not yet late
        visit(centre.id, '2026-06-02', null, '2026-06-02'), // answered on the spot: not time-limited
        visit(centre.id, '2026-05-05', '2026-05-10', '2026-05-09'), // on time, in May
        visit(townB.id, '2026-06-01', '2026-06-05', '2026-06-01'), // town B, on time
      ] as any)
      .execute();

    // A co-building council of four member units with projects and two reviewed meetings.
    const council = await post('/councils', {
      regionId: cbd.id,
      name: '和谐商区共建理事会',
      foundedOn: '2026-01-01',
      unitIds: [w.units.e1.id, w.units.gov.id, w.units.shop1.id, w.units.shop2.id],
      chairUnitId: w.units.e1.id,
    });
    const m = (unitId: number) => council.members.find((x: any) => x.unitId === unitId).id as number;
    const [e1, gov, shop1, shop2] = [
      m(w.units.e1.id),
      m(w.units.gov.id),
      m(w.units.shop1.id),
      m(w.units.shop2.id),
    ];
    const p1 = await post(`/councils/${council.id}/projects`, {
      title: '商区清洁卫生共管',
      declaredByMemberId: e1,
      leadMemberId: e1,
      declaredOn: '2026-01-10',
    });
    await post(`/council-projects/${p1.id}/start`, { startsOn: '2026-01-20' });
    await post(`/council-projects/${p1.id}/complete`, { completedOn: '2026-03-31', outcome: '完成' });
    const p2 = await post(`/councils/${council.id}/projects`, {
      title: '村企停车纠纷协调',
      declaredByMemberId: shop1,
      leadMemberId: shop1,
      declaredOn: '2026-02-01',
    });
    await post(`/council-projects/${p2.id}/start`, { startsOn: '2026-02-15' });
    const p3 = await post(`/councils/${council.id}/projects`, {
      title: '党员志愿服务进商铺',
      declaredByMemberId: e1,
      leadMemberId: shop2,
      declaredOn: '2026-05-01',
    });
    await post(`/council-projects/${p3.id}/start`, { startsOn: '2026-05-10' });
    await post(`/council-projects/${p3.id}/complete`, { completedOn: '2026-06-20', outcome: '完成' });
    await post(`/councils/${council.id}/projects`, {
      title: '区域就业招聘会',
      declaredByMemberId: shop2,
      leadMemberId: shop2,
      declaredOn: '2026-06-01',
    });
    const review = (scores: number[]) =>
      [e1, gov, shop1, shop2].map((memberId, i) => ({ memberId, attended: true, score: scores[i]! }));
    await post(`/councils/${council.id}/meetings`, {
      heldOn: '2026-03-20',
      topic: '一季度考核',
      reviews: review([70, 50, 40, 80]),
    });
    await post(`/councils/${council.id}/meetings`, {
      heldOn: '2026-06-20',
      topic: '二季度考核',
      reviews: review([90, 65, 50, 30]),
    });
  });
  afterAll(() => backend?.close());

  it('share of region members registered', async () => {
    // End of June: 张三 钱七 周九 registered (李四 left on 06-10) of 张三 李四 赵六 钱七 孙八 + 周九 = 3 / 6.
    expect(await value('luqiao_registration_rate', H1, w.orgs.townA.id)).toMatchObject({
      status: 'ok',
      numerator: 3,
      denominator: 6,
      value: 0.5,
    });
    // Mid-February: only 张三, of the five working there.
    expect(
      await value('luqiao_registration_rate', { from: '2026-01-01', to: '2026-02-15' }, w.orgs.townA.id),
    ).toMatchObject({ numerator: 1, denominator: 5 });
    // The whole district adds 吴十 in the auto-trade district: 4 / 7.
    expect(await value('luqiao_registration_rate', H1)).toMatchObject({ numerator: 4, denominator: 7 });
    expect(await value('luqiao_registration_rate', H1, w.orgs.townB.id)).toMatchObject({
      numerator: 1,
      denominator: 1,
    });
    // An org inside a region, or with no region under it, has nothing to roll up.
    expect((await value('luqiao_registration_rate', H1, w.orgs.e1Org.id)).status).toBe('not_applicable');
  });

  it('share of units covered by their own org or the service centre’s org', async () => {
    // 银泰 and 监管局 have orgs, 茶庄 is covered by the centre's org since 钱七 registered (03-01), 眼镜店 is not.
    expect(await value('luqiao_unit_coverage', H1, w.orgs.townA.id)).toMatchObject({
      numerator: 3,
      denominator: 4,
      value: 0.75,
    });
    expect(
      await value('luqiao_unit_coverage', { from: '2026-01-01', to: '2026-02-15' }, w.orgs.townA.id),
    ).toMatchObject({ numerator: 2, denominator: 4 });
    expect(await value('luqiao_unit_coverage', H1)).toMatchObject({ numerator: 4, denominator: 5 });
  });

  it('centre requests completed on time (限时办结率)', async () => {
    // June, 中央商务区: due and done/late = 06-10 ✓, 06-12 ✗ (late), 06-20 ✗ (overdue), 06-29 ✓; 06-30 is due today, 07-03 later.
    expect(
      await value('on_time_closure_rate', { from: '2026-06-01', to: '2026-06-30' }, cbd.regionalOrgId),
    ).toMatchObject({ numerator: 2, denominator: 4, value: 0.5 });
    // From January the May request counts too: 3 / 5.
    expect(await value('on_time_closure_rate', H1, cbd.regionalOrgId)).toMatchObject({
      numerator: 3,
      denominator: 5,
    });
    // The district adds town B's request (on time): June 3 / 5.
    expect(await value('on_time_closure_rate', { from: '2026-06-01', to: '2026-06-30' })).toMatchObject({
      numerator: 3,
      denominator: 5,
    });
    expect(
      await value('on_time_closure_rate', { from: '2026-06-01', to: '2026-06-30' }, w.orgs.townB.id),
    ).toMatchObject({ numerator: 1, denominator: 1 });
    expect((await value('on_time_closure_rate', { from: '2025-01-01', to: '2025-12-31' })).status).toBe(
      'not_applicable',
    );
  });

  it('council projects completed of those started', async () => {
    // Started in H1: p1 (completed 03-31), p2 (in progress), p3 (completed 06-20): 2 / 3.
    expect(await value('projects_completed_rate', H1)).toMatchObject({ numerator: 2, denominator: 3 });
    // Q1: p1 and p2 started, p1 done by 03-31: 1 / 2. Q2: p3 started and done: 1 / 1.
    expect(await value('projects_completed_rate', Q1, w.orgs.townA.id)).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
    expect(await value('projects_completed_rate', Q2)).toMatchObject({ numerator: 1, denominator: 1 });
    expect((await value('projects_completed_rate', H1, w.orgs.townB.id)).status).toBe('not_applicable');
  });

  it('council member units active', async () => {
    // H1: 银泰 declared p1/p3, 茶庄 declared and leads p2, 眼镜店 leads p3; 监管局 averaged (50 + 65) / 2 = 57.5 < 60: 3 / 4.
    expect(await value('luqiao_council_units_active', H1)).toMatchObject({ numerator: 3, denominator: 4 });
    // Q1: 银泰 (p1), 茶庄 (p2) by projects, 眼镜店 by its score of 80; 监管局 scored 50: 3 / 4.
    expect(await value('luqiao_council_units_active', Q1)).toMatchObject({ numerator: 3, denominator: 4 });
    // Q2: 监管局 scored 65, so all four are active.
    expect(await value('luqiao_council_units_active', Q2, cbd.regionalOrgId)).toMatchObject({
      numerator: 4,
      denominator: 4,
      value: 1,
    });
    expect((await value('luqiao_council_units_active', H1, w.orgs.townB.id)).status).toBe('not_applicable');
  });

  it('answers through the comparison API and the dashboard', async () => {
    const admin = await w.login('lq-admin');
    const r = await admin.get('/api/cities/lq/indicators?from=2026-01-01&to=2026-06-30');
    const mine = Object.fromEntries(
      r.body.items.filter((i: any) => i.pluginId === plugin.id).map((i: any) => [i.meta.id, i.value]),
    );
    expect(mine.luqiao_unit_coverage).toMatchObject({ numerator: 4, denominator: 5 });
    expect(mine.projects_completed_rate).toMatchObject({ numerator: 2, denominator: 3 });
    const town = await w.login('lq-town-a');
    const d = await town.get(`${w.base}/dashboard?from=2026-01-01&to=2026-06-30`);
    expect(d.body.indicators.registrationRate).toMatchObject({ numerator: 3, denominator: 6 });
    expect(d.body.totals).toMatchObject({ regions: 1, registered: 3, centresTotal: 1, overdueVisits: 1 });
  });
});
