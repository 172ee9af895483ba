import {
  createPluginTestBackend,
  manualClock,
  type PluginTestBackend,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index';
import { type FuguWorld, fuguWorld } from '../test-world';

/**
 * One county, one timeline moved by a manual clock. Members a, b, c (unit 1) and e (unit 2) register at community A,
 * d (unit 2) at community B, all stamped in early June 2025.
 */
describe.each(testDatabaseKinds())('fugu-dual-link quarterly and half-year rules on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: FuguWorld;
  const clock = manualClock('2025-06-10T02:00:00Z');
  const reg: Record<string, number> = {};
  const at = (date: string) => clock.set(`${date}T02:00:00Z`);
  const flags = async (kind: string) => {
    const r = await (await w.as('county')).get(`${w.base}/flags?kind=${kind}`);
    expect(r.status).toBe(200);
    return r.body.items.map((f: any) => f.memberName).sort();
  };
  const indicator = async (id: string, from: string, to: string, orgId?: number) => {
    const r = await (await w.as('county')).get(
      `/api/cities/fg/indicators?from=${from}&to=${to}${orgId ? `&orgId=${orgId}` : ''}`,
    );
    return r.body.items.find((i: any) => i.meta.id === id).value;
  };

  beforeAll(async () => {
    backend = await createPluginTestBackend(plugin, kind, { clock });
    w = await fuguWorld(backend);
    const unit1 = await w.as('unit1');
    const unit2 = await w.as('unit2');
    const communityA = await w.as('communityA');
    const communityB = await w.as('communityB');
    for (const [key, client, community] of [
      ['a', unit1, 'communityA'],
      ['b', unit1, 'communityA'],
      ['c', unit1, 'communityA'],
      ['e', unit2, 'communityA'],
      ['d', unit2, 'communityB'],
    ] as const) {
      const m = w.members[key];
      const r = await client.post(`${w.base}/registrations`, {
        memberId: m.id,
        communityOrgId: w.orgs[community].id,
        sentOn: '2025-06-01',
      });
      expect(r.status).toBe(201);
      reg[key] = r.body.id;
    }
    for (const key of ['a', 'b', 'c', 'e'])
      expect(
        (await communityA.post(`${w.base}/registrations/${reg[key]}/stamp`, { on: '2025-06-05' })).status,
      ).toBe(200);
    expect(
      (await communityB.post(`${w.base}/registrations/${reg.d}/stamp`, { on: '2025-06-06' })).status,
    ).toBe(200);
  });
  afterAll(() => backend?.close());

  it('sends the half-year cards to the units, on time or late', async () => {
    at('2025-07-10');
    const communityA = await w.as('communityA');
    const batch = await communityA.post(`${w.base}/feedback-cards/batch`, {
      communityOrgId: w.orgs.communityA.id,
      periodKey: '2025-H1',
    });
    expect(batch.status).toBe(201);
    expect(batch.body.sent).toBe(4);
    expect(
      (
        await communityA.post(`${w.base}/feedback-cards/batch`, {
          communityOrgId: w.orgs.communityA.id,
          periodKey: '2025-H1',
        })
      ).body.sent,
    ).toBe(0);
    const status = await (await w.as('county')).get(`${w.base}/feedback/status?periodKey=2025-H1`);
    expect(status.body.dueOn).toBe('2025-07-15');
    expect(
      status.body.items.map((x: any) => [x.communityName, x.expected, x.sent, x.onTime, x.missing]),
    ).toEqual([
      ['东路社区党委', 4, 4, 4, 0],
      ['西路社区党委', 1, 0, 0, 1],
    ]);
    at('2025-07-20');
    const late = await (await w.as('communityB')).post(`${w.base}/feedback-cards`, {
      communityOrgId: w.orgs.communityB.id,
      memberId: w.members.d.id,
      kind: 'half_year',
      periodKey: '2025-H1',
    });
    expect(late.status).toBe(201);
    expect(late.body.recipients).toEqual(['unit']);
    // Unit 2 receives d's and e's cards, one on time and one late.
    const inbox = await (await w.as('unit2')).get(`${w.base}/feedback-cards?box=unit&periodKey=2025-H1`);
    expect(inbox.body.items.map((x: any) => [x.memberName, x.onTime]).sort()).toEqual([
      ['赵四', false],
      ['钱五', true],
    ]);
  });

  it('flags the quarter’s in-person report until the member comes, and last quarter’s misses', async () => {
    // Sessions expire as the clock moves: sign in again after each jump.
    let communityA = await w.as('communityA');
    expect(
      (await communityA.post(`${w.base}/registrations/${reg.a}/visits`, { visitedOn: '2025-07-20' })).status,
    ).toBe(201);
    expect(
      (await communityA.post(`${w.base}/registrations/${reg.a}/visits`, { visitedOn: '2025-07-20' })).status,
    ).toBe(409);
    const future = await communityA.post(`${w.base}/registrations/${reg.a}/visits`, {
      visitedOn: '2025-07-21',
    });
    expect(future.status).toBe(400);
    expect(future.body.error.field).toBe('visitedOn');
    expect(
      (await (await w.as('communityB')).post(`${w.base}/registrations/${reg.a}/visits`, {})).status,
    ).toBe(404);
    at('2025-08-15');
    communityA = await w.as('communityA');
    expect(
      (await communityA.post(`${w.base}/registrations/${reg.b}/visits`, { visitedOn: '2025-08-01' })).status,
    ).toBe(201);
    // Q3 so far: a and b came; c, e (community A) and d (community B) have not.
    expect(await flags('quarter_report_due')).toEqual(['王三', '赵四', '钱五'].sort());
    // Stamped in Q2: the stamping was their Q2 report.
    expect(await flags('quarter_report_missed')).toEqual([]);
    at('2025-09-15');
    communityA = await w.as('communityA');
    expect(
      (
        await communityA.post(`${w.base}/registrations/${reg.a}/practical-things`, {
          doneOn: '2025-09-15',
          title: '为老旧小区协调安装路灯',
        })
      ).status,
    ).toBe(201);
    at('2025-10-10');
    communityA = await w.as('communityA');
    expect(await flags('quarter_report_missed')).toEqual(['王三', '赵四', '钱五'].sort());
    expect(await flags('quarter_report_due')).toHaveLength(5);
    expect(await flags('practical_things_due')).toEqual(['李二', '王三', '赵四', '钱五'].sort());
    // A community admin sees only its own community's flags.
    const own = await communityA.get(`${w.base}/flags?kind=quarter_report_missed`);
    expect(own.body.items.map((f: any) => f.memberName).sort()).toEqual(['王三', '钱五'].sort());
    expect((await communityA.get(`${w.base}/flags?orgId=${w.orgs.communityB.id}`)).status).toBe(400);
    // Both communities had registered members in Q3 and held no joint meeting.
    expect(await flags('joint_meeting_missing')).toEqual([null, null]);
  });

  it('computes quarterly compliance and on-time feedback by hand-counted numbers', async () => {
    // Q3 2025: 5 registered at quarter end, a and b reported → 2/5.
    expect(await indicator('fugu_quarterly_report_rate', '2025-07-01', '2025-09-30')).toMatchObject({
      numerator: 2,
      denominator: 5,
      value: 0.4,
    });
    // Q2 (all five stamped in June: 5/5) plus Q3 (2/5) → 7/10.
    expect(await indicator('fugu_quarterly_report_rate', '2025-04-01', '2025-09-30')).toMatchObject({
      numerator: 7,
      denominator: 10,
      value: 0.7,
    });
    // Q4 has not ended on 2025-10-10.
    expect((await indicator('fugu_quarterly_report_rate', '2025-10-01', '2025-12-31')).status).toBe(
      'not_applicable',
    );
    // Community A's subtree in Q3: a, b of a, b, c, e → 2/4.
    expect(
      await indicator('fugu_quarterly_report_rate', '2025-07-01', '2025-09-30', w.orgs.communityA.id),
    ).toMatchObject({ numerator: 2, denominator: 4 });
    // 2025-H1 cards fell due 2025-07-15: four on time, d's late → 4/5.
    expect(await indicator('feedback_on_time_rate', '2025-07-01', '2025-12-31')).toMatchObject({
      numerator: 4,
      denominator: 5,
      value: 0.8,
    });
    // Unit 2's subtree: e on time, d late → 1/2.
    expect(
      await indicator('feedback_on_time_rate', '2025-07-01', '2025-12-31', w.orgs.u2Org.id),
    ).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('flags members absent over half a year and tells their unit once', async () => {
    at('2025-12-01');
    const communityA = await w.as('communityA');
    const activity = await communityA.post(`${w.base}/activities`, {
      communityOrgId: w.orgs.communityA.id,
      kind: 'collective',
      title: '冬季消防安全宣传',
      heldOn: '2025-12-01',
      participants: [reg.c],
      hours: 3,
    });
    expect(activity.status).toBe(201);
    const stranger = await communityA.post(`${w.base}/activities`, {
      communityOrgId: w.orgs.communityA.id,
      kind: 'study',
      title: 'x',
      heldOn: '2025-12-01',
      participants: [reg.d],
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.field).toBe('participants');
    at('2025-12-20');
    // Last seen: a 09-15, b 08-01, c 12-01, d and e at their June stamping — before 2025-06-20.
    const absent = await (await w.as('county')).get(`${w.base}/flags?kind=absent_half_year`);
    expect(absent.body.items.map((f: any) => [f.memberName, f.since, f.unitOrgName]).sort()).toEqual([
      ['赵四', '2025-06-06', '县教育局党支部'],
      ['钱五', '2025-06-05', '县教育局党支部'],
    ]);
    expect(await indicator('fugu_absent_members', '2025-01-01', '2025-12-31')).toEqual({
      status: 'ok',
      value: 2,
    });
    // Service rate for 2025: five registered at the end of the year; only c joined an activity → 1/5.
    expect(await indicator('service_rate', '2025-01-01', '2025-12-31')).toMatchObject({
      numerator: 1,
      denominator: 5,
      value: 0.2,
    });
    // Volunteer hours: c's 3 hours ÷ the five in-service members a, b, c, d, e = 0.6 a member.
    expect(await indicator('volunteer_hours_per_member', '2025-01-01', '2025-12-31')).toMatchObject({
      numerator: 3,
      denominator: 5,
      value: 0.6,
    });
    // Community B's subtree: d registered, no activity → 0/1 (a real zero, the denominator is not empty).
    expect(await indicator('service_rate', '2025-01-01', '2025-12-31', w.orgs.communityB.id)).toMatchObject({
      numerator: 0,
      denominator: 1,
      value: 0,
    });
    // The daily scheduler acts on its own: the units hear of both, once.
    const tick = async () => (await backend.runDueJobs()).map((r) => [r.jobId, r.status, r.runOn, r.result]);
    expect(await tick()).toEqual([['daily_rules', 'done', '2025-12-20', { notices: 2, decisions: 0 }]]);
    expect(await tick()).toEqual([]);
    const county = await w.as('county');
    expect((await county.post(`${w.base}/rules/run`, {})).body).toEqual({ notices: 0, decisions: 0 });
    at('2025-12-21');
    expect(await tick()).toEqual([['daily_rules', 'done', '2025-12-21', { notices: 0, decisions: 0 }]]);
    at('2025-12-20');
    const unit2 = await (await w.as('unit2')).get(`${w.base}/notices?kind=absent_half_year`);
    expect(unit2.body.items.map((n: any) => n.memberName).sort()).toEqual(['赵四', '钱五'].sort());
    expect((await (await w.as('unit1')).get(`${w.base}/notices?kind=absent_half_year`)).body.items).toEqual(
      [],
    );
    expect(unit2.body.items.map((n: any) => n.createdOn)).toEqual(['2025-12-20', '2025-12-20']);
    // The same two notices reached unit 2's admin in the shell's bell, once each (the reruns added nothing).
    const bell = await (await w.as('unit2')).get('/api/cities/fg/notifications');
    expect(bell.body.unread).toBe(2);
    expect(bell.body.items.map((n: any) => [n.pluginId, n.kind, n.href, n.title.en]).sort()).toEqual([
      ['fugu-dual-link', 'absent_half_year', 'rules', '赵四 absent from the community for half a year'],
      ['fugu-dual-link', 'absent_half_year', 'rules', '钱五 absent from the community for half a year'],
    ]);
    const keys = await backend.db
      .selectFrom('core.notification')
      .select('once_key')
      .where('plugin_id', '=', 'fugu-dual-link')
      .execute();
    expect(keys.map((k) => k.once_key).sort()).toEqual(
      unit2.body.items.map((n: any) => `notice:${n.id}`).sort(),
    );
    expect((await (await w.as('unit1')).get('/api/cities/fg/notifications')).body.unread).toBe(0);
    const id = unit2.body.items[0].id;
    expect((await (await w.as('unit1')).post(`${w.base}/notices/${id}/read`, {})).status).toBe(404);
    expect((await (await w.as('unit2')).post(`${w.base}/notices/${id}/read`, {})).status).toBe(200);
    expect((await (await w.as('unit2')).get(`${w.base}/notices?unread=true`)).body.unread).toBe(1);
  });

  it('routes year-end cards by cadre rank and refuses members not registered there', async () => {
    const communityA = await w.as('communityA');
    const ratings = { participation: 'good', discipline: 'good', neighbourhood: 'fair', obedience: 'good' };
    const send = (memberId: number, body: Record<string, unknown> = {}) =>
      communityA.post(`${w.base}/feedback-cards`, {
        communityOrgId: w.orgs.communityA.id,
        memberId,
        kind: 'annual',
        periodKey: '2025',
        ratings,
        overall: 'good',
        ...body,
      });
    // d is registered at community B; r never registered.
    for (const m of [w.members.d, w.members.r]) {
      const r = await send(m.id);
      expect(r.status).toBe(409);
      expect(r.body.error.field).toBe('memberId');
    }
    const other = await (await w.as('communityB')).post(`${w.base}/feedback-cards`, {
      communityOrgId: w.orgs.communityA.id,
      memberId: w.members.a.id,
      kind: 'half_year',
      periodKey: '2025-H2',
    });
    expect(other.status).toBe(400);
    expect(other.body.error.field).toBe('communityOrgId');
    const missing = await send(w.members.a.id, { ratings: { participation: 'good', discipline: 'good' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('ratings.neighbourhood');
    const notYet = await send(w.members.a.id, { periodKey: '2026' });
    expect(notYet.status).toBe(409);
    expect(notYet.body.error.field).toBe('periodKey');
    const wrongKey = await send(w.members.a.id, { kind: 'half_year', periodKey: '2025' });
    expect(wrongKey.status).toBe(400);
    expect(wrongKey.body.error.field).toBe('periodKey');

    // a: no rank → unit only; b: 副科级 → unit and office; c: 正处级 → unit and office; e: 正科级 → unit and office.
    expect((await send(w.members.a.id)).body.recipients).toEqual(['unit']);
    const b = await send(w.members.b.id);
    expect(b.body.recipients).toEqual(['unit', 'office']);
    expect((await send(w.members.c.id)).body.recipients).toEqual(['unit', 'office']);
    expect((await send(w.members.e.id)).body.recipients).toEqual(['unit', 'office']);
    expect((await send(w.members.a.id)).status).toBe(409);
    // Half-year cards go to the unit only, whatever the rank.
    const half = await communityA.post(`${w.base}/feedback-cards`, {
      communityOrgId: w.orgs.communityA.id,
      memberId: w.members.b.id,
      kind: 'half_year',
      periodKey: '2025-H2',
      comment: '积极参加社区活动',
    });
    expect(half.body.recipients).toEqual(['unit']);

    const office = await w.as('office');
    const officeBox = await office.get(`${w.base}/feedback-cards?box=office`);
    expect(officeBox.body.items.map((x: any) => x.memberName).sort()).toEqual(
      ['李二', '王三', '钱五'].sort(),
    );
    // Only the office staff open the office box.
    expect((await communityA.get(`${w.base}/feedback-cards?box=office`)).status).toBe(403);
    const unit1Box = await (await w.as('unit1')).get(`${w.base}/feedback-cards?box=unit&kind=annual`);
    expect(unit1Box.body.items.map((x: any) => x.memberName).sort()).toEqual(['张一', '李二', '王三'].sort());
    expect((await (await w.as('unit2')).get(`${w.base}/feedback-cards/${b.body.id}`)).status).toBe(404);
    expect(
      (
        await (
          await w.as('unit1')
        ).post(`${w.base}/feedback-cards/${b.body.id}/receive`, { recipient: 'office' })
      ).status,
    ).toBe(403);
    expect(
      (await office.post(`${w.base}/feedback-cards/${b.body.id}/receive`, { recipient: 'office' })).status,
    ).toBe(200);
    const card = await (await w.as('unit1')).get(`${w.base}/feedback-cards/${b.body.id}`);
    expect(card.body.deliveries.map((d: any) => [d.recipient, d.receivedOn])).toEqual([
      ['unit', null],
      ['office', '2025-12-20'],
    ]);
    expect(card.body).toMatchObject({
      activities: 0,
      visits: 1,
      practicalThings: 0,
      ratings,
      overall: 'good',
    });
  });

  it('flags overdue cards once they fall due', async () => {
    at('2026-01-20');
    // 2025-H2 fell due on 2026-01-15: only b has one. The 2025 year-end card: everyone but d (at community B).
    const overdue = await (await w.as('county')).get(`${w.base}/flags?kind=feedback_overdue`);
    expect(overdue.body.items.map((f: any) => `${f.memberName}:${f.detail.period}`).sort()).toEqual(
      ['张一:2025-H2', '王三:2025-H2', '赵四:2025-H2', '钱五:2025-H2', '赵四:2025'].sort(),
    );
  });
});
