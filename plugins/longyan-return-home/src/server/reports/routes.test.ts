import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worldBackend } from '../test-world';

describe.each(testDatabaseKinds())('reporting (报到) on %s', (kind) => {
  let t: Awaited<ReturnType<typeof worldBackend>>;
  beforeAll(async () => {
    t = await worldBackend(kind);
  });
  afterAll(() => t?.backend.close());

  it('the rule sends a member who lives in a community to that community, even when the unit is paired elsewhere', async () => {
    const { CO1 } = t.world.orgs;
    const a = await t.as('ly-a');
    const rule = await a.get(t.url('/reports/rule'));
    expect(rule.status).toBe(200);
    expect(rule.body.rule).toBe('residence');
    expect(rule.body.target.id).toBe(CO1.id);
    expect(rule.body.residenceCommunity.name).toBe('中城社区');
    // Living in a building of a compound still counts as living in the community.
    const c = await t.as('ly-c');
    const ruleC = await c.get(t.url('/reports/rule'));
    expect([ruleC.body.rule, ruleC.body.target.id]).toEqual(['residence', CO1.id]);
  });

  it('the rule sends a member who lives outside any community to the community paired with their unit', async () => {
    const b = await t.as('ly-b');
    const rule = await b.get(t.url('/reports/rule'));
    expect(rule.body.rule).toBe('co_building');
    expect(rule.body.target.id).toBe(t.world.orgs.CO2.id);
    const created = await b.post(t.url('/reports'), {});
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      rule: 'co_building',
      communityOrgId: t.world.orgs.CO2.id,
      status: 'online',
      period: '2026',
    });
  });

  it('a unit paired with several communities makes the member pick one of them; an unpaired unit is refused', async () => {
    const e = await t.as('ly-e');
    const none = await e.post(t.url('/reports'), {});
    expect(none.status).toBe(400);
    expect(none.body.error.field).toBe('communityOrgId');
    const wrong = await e.post(t.url('/reports'), { communityOrgId: t.world.other.community.id });
    expect(wrong.status).toBe(400);
    const ok = await e.post(t.url('/reports'), { communityOrgId: t.world.orgs.CO2.id });
    expect(ok.status).toBe(201);
    expect(ok.body.communityOrgId).toBe(t.world.orgs.CO2.id);

    const f = await t.as('ly-f');
    const unpaired = await f.post(t.url('/reports'), {});
    expect(unpaired.status).toBe(409);
    expect(unpaired.body.error.message).toBe('Conflict: the unit is not paired with any community');
  });

  it('refuses a report to another community than the rule names, a second report in the period, and non in-service members', async () => {
    const d = await t.as('ly-d');
    const elsewhere = await d.post(t.url('/reports'), { communityOrgId: t.world.orgs.CO2.id });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.field).toBe('communityOrgId');
    expect((await d.post(t.url('/reports'), {})).status).toBe(201);
    const twice = await d.post(t.url('/reports'), {});
    expect(twice.status).toBe(409);
    expect(twice.body.error.field).toBe('memberId');
    expect(twice.body.error.message).toContain('already reported for 2026');

    const r = await t.as('ly-r');
    const retired = await r.post(t.url('/reports'), {});
    expect(retired.status).toBe(409);
  });

  it('walks the two steps: online report, 报到证 from the unit side, offline confirmation by the community org only', async () => {
    const { CO1 } = t.world.orgs;
    const a = await t.as('ly-a');
    const report = await a.post(t.url('/reports'), {});
    expect(report.status).toBe(201);
    const id = report.body.id;
    expect((await a.get(t.url('/me'))).body.report).toMatchObject({
      id,
      status: 'online',
      certificateNo: null,
      communityOrgId: CO1.id,
    });

    // The community cannot confirm before the unit's org has issued the 报到证.
    const co1 = await t.as('ly-co1');
    const early = await co1.post(t.url(`/reports/${id}/confirm`), { certificateNo: 'X' });
    expect(early.status).toBe(409);
    expect((await a.get(t.url(`/reports/${id}/certificate`))).status).toBe(409);

    // Only the unit side issues it: the community org may not, nor the member.
    expect((await co1.post(t.url(`/reports/${id}/certificate`))).status).toBe(403);
    expect((await a.post(t.url(`/reports/${id}/certificate`))).status).toBe(403);
    const unit2 = await t.as('ly-unit2');
    expect((await unit2.post(t.url(`/reports/${id}/certificate`))).status).toBe(404);
    const unit1 = await t.as('ly-unit1');
    const issued = await unit1.post(t.url(`/reports/${id}/certificate`));
    expect(issued.status).toBe(201);
    const certificateNo: string = issued.body.certificateNo;
    expect(certificateNo).toMatch(/^LYBD2026\d{7}[0-9A-F]{4}$/);
    expect((await unit1.post(t.url(`/reports/${id}/certificate`))).status).toBe(409);
    const printable = await a.get(t.url(`/reports/${id}/certificate`));
    expect(printable.status).toBe(200);
    expect(printable.body).toMatchObject({
      certificateNo,
      memberName: '林甲',
      unitName: '财政局',
      issuerOrgName: '财政局党委',
      communityOrgName: '中城社区党委',
      cityName: '龙岩测试市',
    });

    // Only the community org it was reported to confirms: not another community, the street, the city admin or the member.
    for (const who of ['ly-co2', 'ly-street', 'ly-admin', 'ly-a']) {
      const c = await t.as(who);
      const r = await c.post(t.url(`/reports/${id}/confirm`), { certificateNo });
      expect(r.status, who).toBe(who === 'ly-co2' ? 404 : 403);
    }
    const mismatch = await co1.post(t.url(`/reports/${id}/confirm`), {
      certificateNo: 'LYBD20260000000FFFF',
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.field).toBe('certificateNo');
    const confirmed = await co1.post(t.url(`/reports/${id}/confirm`), {
      certificateNo: certificateNo.toLowerCase(),
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('confirmed');
    expect((await co1.post(t.url(`/reports/${id}/confirm`), { certificateNo })).status).toBe(409);
    expect((await a.get(t.url('/me'))).body.report.status).toBe('confirmed');

    // The member was told, once (the refused second confirmation added nothing), in the same city only.
    const notices = await a.get('/api/cities/ly/notifications');
    expect(notices.body.unread).toBe(1);
    expect(notices.body.items).toMatchObject([
      {
        pluginId: 'longyan-return-home',
        kind: 'report_confirmed',
        title: { 'zh-CN': '您的报到已线下确认' },
        href: null,
      },
    ]);
    expect(notices.body.items[0].body['zh-CN']).toContain(certificateNo);
    const stored = await t.backend.db
      .selectFrom('core.notification as n')
      .innerJoin('core.app_user as u', 'u.id', 'n.user_id')
      .select(['u.member_id', 'n.once_key'])
      .where('n.plugin_id', '=', 'longyan-return-home')
      .execute();
    expect(stored).toEqual([{ member_id: t.world.members.mA.id, once_key: `report:${id}:confirmed` }]);

    // The writes were audited.
    const audit = await t.backend.db
      .selectFrom('core.audit_log')
      .select('action')
      .where('entity', '=', 'p_longyan_return_home.report')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute();
    expect(audit.map((r) => r.action)).toEqual(['report', 'issue_certificate', 'confirm']);
  });

  it('lists reports to a community for its org and the comparison (检索比对) for a unit', async () => {
    const co1 = await t.as('ly-co1');
    const list = await co1.get(t.url('/reports'));
    expect(list.status).toBe(200);
    // CO1 receives mA (confirmed above) and mD; mB and mE reported to CO2.
    expect(list.body.items.map((r: any) => r.memberName).sort()).toEqual(['张丁', '林甲']);
    const awaiting = await co1.get(t.url('/reports?status=awaiting_certificate'));
    expect(awaiting.body.items.map((r: any) => r.memberName)).toEqual(['张丁']);

    const unit1 = await t.as('ly-unit1');
    const cmp = await unit1.get(t.url('/comparison'));
    expect(cmp.status).toBe(200);
    // U1 has mA (confirmed) and mB (online, no certificate): one to chase.
    expect(cmp.body.units).toEqual([
      {
        unitId: t.world.units.U1.id,
        unitName: '财政局',
        orgId: t.world.orgs.UO1.id,
        total: 2,
        notReported: 0,
        online: 1,
        awaitingCertificate: 1,
        confirmed: 1,
      },
    ]);
    expect(cmp.body.items.map((i: any) => [i.memberName, i.status, i.communityOrgName])).toEqual([
      ['林乙', 'online', '南城社区党委'],
    ]);

    const admin = await t.as('ly-admin');
    const all = await admin.get(t.url('/comparison?status=not_reported'));
    // Not reported: mC (U2), mF (U4); the retired member is not in-service.
    expect(all.body.items.map((i: any) => i.memberName).sort()).toEqual(['吴己', '张丙']);
    expect(all.body.items.find((i: any) => i.memberName === '张丙').communityOrgName).toBe('中城社区党委');
    const byUnit = await admin.get(t.url(`/comparison?unitId=${t.world.units.U2.id}`));
    expect(byUnit.body.units[0]).toMatchObject({ total: 2, notReported: 1, online: 1, confirmed: 0 });

    expect((await unit1.get(t.url(`/comparison?unitId=${t.world.units.U2.id}`))).body.error.field).toBe(
      'unitId',
    );
    const member = await t.as('ly-a');
    expect((await member.get(t.url('/comparison'))).status).toBe(403);
    expect((await member.get(t.url('/reports'))).status).toBe(403);
  });

  it('never touches a member or report of another city', async () => {
    const admin = await t.as('ly-admin');
    const foreign = await admin.post(t.url('/reports'), { memberId: t.world.other.member.id });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.field).toBe('memberId');
    const rule = await admin.get(t.url(`/reports/rule?memberId=${t.world.other.member.id}`));
    expect(rule.status).toBe(400);
    const mine = await admin.get(t.url('/reports'));
    const id = mine.body.items[0].id;
    const zz = await t.as('zz-admin');
    expect((await zz.get(t.url(`/reports/${id}`, 'zz'))).status).toBe(404);
    expect((await zz.post(t.url(`/reports/${id}/certificate`, 'zz'))).status).toBe(404);
    // And a user of one city cannot even reach the other city's plugin.
    expect((await admin.get(t.url('/reports', 'zz'))).status).toBe(404);
  });

  it('an admin may register a report for a member in their subtree, not outside it; bad input is a 400 naming the field', async () => {
    const unit1 = await t.as('ly-unit1');
    const outside = await unit1.post(t.url('/reports'), { memberId: t.world.members.mC.id });
    expect(outside.status).toBe(400);
    expect(outside.body.error.field).toBe('memberId');
    const unit2 = await t.as('ly-unit2');
    const forC = await unit2.post(t.url('/reports'), { memberId: t.world.members.mC.id });
    expect(forC.status).toBe(201);
    expect(forC.body.communityOrgId).toBe(t.world.orgs.CO1.id);
    const bad = await unit2.post(t.url('/reports'), { memberId: 'seven' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('memberId');
    const admin = await t.as('ly-admin');
    expect((await admin.post(t.url('/reports'), {})).body.error.field).toBe('memberId');
    expect((await admin.get(t.url('/reports/999999'))).status).toBe(404);
    expect((await admin.get(t.url('/reports?period=20x6'))).status).toBe(400);
  });
});
