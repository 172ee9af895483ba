import {
  createPluginTestBackend,
  manualClock,
  type PluginTestBackend,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index';
import { type FuguWorld, fuguWorld } from '../test-world';

describe.each(testDatabaseKinds())('fugu-dual-link annual appraisal and flowing members on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: FuguWorld;
  const clock = manualClock('2025-06-10T02:00:00Z');
  const at = (date: string) => clock.set(`${date}T02:00:00Z`);
  const indicator = async (id: string, from: string, to: string) => {
    const r = await (await w.as('county')).get(`/api/cities/fg/indicators?from=${from}&to=${to}`);
    return r.body.items.find((i: any) => i.meta.id === id).value;
  };

  beforeAll(async () => {
    backend = await createPluginTestBackend(plugin, kind, { clock });
    w = await fuguWorld(backend);
    // a registers at community A in June 2025.
    const sent = await (await w.as('unit1')).post(`${w.base}/registrations`, {
      memberId: w.members.a.id,
      communityOrgId: w.orgs.communityA.id,
      sentOn: '2025-06-01',
    });
    expect(
      (
        await (
          await w.as('communityA')
        ).post(`${w.base}/registrations/${sent.body.id}/stamp`, { on: '2025-06-05' })
      ).status,
    ).toBe(200);
  });
  afterAll(() => backend?.close());

  describe('appraisal', () => {
    const put = async (
      who: 'unit1' | 'unit2' | 'county',
      memberId: number,
      peer: number,
      mass: number,
      branch: number,
      year = 2025,
    ) =>
      (await w.as(who)).put(`${w.base}/appraisals`, {
        memberId,
        year,
        peerScore: peer,
        massScore: mass,
        branchScore: branch,
      });

    it('grades a hand-computed case with the default weights 30/30/40 and thresholds 90/70/60', async () => {
      at('2025-12-20');
      // a: 92×0.3 + 88×0.3 + 95×0.4 = 27.6 + 26.4 + 38 = 92.00 → 优秀
      const a = await put('unit1', w.members.a.id, 92, 88, 95);
      expect(a.status).toBe(200);
      expect(a.body).toMatchObject({
        created: true,
        total: 92,
        grade: 'excellent',
        weights: { peer: 30, mass: 30, branch: 40 },
      });
      // b: 85.5×0.3 + 80×0.3 + 70×0.4 = 25.65 + 24 + 28 = 77.65 → 合格
      expect((await put('unit1', w.members.b.id, 85.5, 80, 70)).body).toMatchObject({
        total: 77.65,
        grade: 'qualified',
      });
      // c: 70×0.3 + 60×0.3 + 50×0.4 = 21 + 18 + 20 = 59.00 → 不合格 (just under 60)
      expect((await put('unit1', w.members.c.id, 70, 60, 50)).body).toMatchObject({
        total: 59,
        grade: 'unqualified',
      });
      // d: 65×0.3 + 62×0.3 + 61×0.4 = 19.5 + 18.6 + 24.4 = 62.50 → 基本合格
      expect((await put('unit2', w.members.d.id, 65, 62, 61)).body).toMatchObject({
        total: 62.5,
        grade: 'basic',
      });
      // e: 95×0.3 + 95×0.3 + 80×0.4 = 28.5 + 28.5 + 32 = 89.00 → 合格 (just under 90)
      expect((await put('unit2', w.members.e.id, 95, 95, 80)).body).toMatchObject({
        total: 89,
        grade: 'qualified',
      });
      // Setting it again replaces the year's appraisal: still 200, not created.
      const again = await put('unit2', w.members.e.id, 95, 95, 80);
      expect([again.status, again.body.created, again.body.id]).toEqual([200, false, expect.any(Number)]);
    });

    it('refuses appraisals out of scope, out of range or for a future year', async () => {
      const outside = await put('unit2', w.members.a.id, 90, 90, 90);
      expect(outside.status).toBe(400);
      expect(outside.body.error.field).toBe('memberId');
      const high = await put('unit1', w.members.a.id, 101, 90, 90);
      expect(high.status).toBe(400);
      expect(high.body.error.field).toBe('peerScore');
      const future = await put('unit1', w.members.a.id, 90, 90, 90, 2026);
      expect(future.status).toBe(400);
      expect(future.body.error.field).toBe('year');
      expect(
        (
          await (
            await w.as('memberA')
          ).put(`${w.base}/appraisals`, {
            memberId: w.members.a.id,
            year: 2025,
            peerScore: 99,
            massScore: 99,
            branchScore: 99,
          })
        ).status,
      ).toBe(403);
    });

    it('takes the weights from city config, which must sum to 100', async () => {
      const county = await w.as('county');
      const bad = await county.put('/api/cities/fg/plugin-settings/fugu-dual-link', {
        config: { appraisalWeights: { peer: 50, mass: 50, branch: 10 } },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.field).toBe('config.appraisalWeights');
      expect(bad.body.error.message).toContain('the three weights must sum to 100');
      const badZh = await (await w.as('county', 'zh-CN')).put(
        '/api/cities/fg/plugin-settings/fugu-dual-link',
        { config: { appraisalWeights: { peer: 50, mass: 50, branch: 10 } } },
      );
      expect(badZh.body.error.message).toContain('党员互评、群众评议、支部评议的权重之和必须为 100');
      expect(badZh.body.error.message).not.toContain('must sum');
      const badThresholds = await county.put('/api/cities/fg/plugin-settings/fugu-dual-link', {
        config: { gradeThresholds: { excellent: 60, qualified: 70, basic: 50 } },
      });
      expect(badThresholds.status).toBe(400);
      expect(badThresholds.body.error.field).toBe('config.gradeThresholds');
      const ok = await county.put('/api/cities/fg/plugin-settings/fugu-dual-link', {
        config: { appraisalWeights: { peer: 50, mass: 40, branch: 10 } },
      });
      expect(ok.status).toBe(200);
      // e again: 95×0.5 + 95×0.4 + 80×0.1 = 47.5 + 38 + 8 = 93.50 → 优秀
      const e = await put('unit2', w.members.e.id, 95, 95, 80);
      expect(e.status).toBe(200);
      expect(e.body).toMatchObject({
        total: 93.5,
        grade: 'excellent',
        weights: { peer: 50, mass: 40, branch: 10 },
      });
    });

    it('shows the grade distribution and feeds the unit side (三挂钩)', async () => {
      const dist = await (await w.as('county')).get(`${w.base}/appraisals/distribution?year=2025`);
      expect(dist.body).toEqual({
        year: 2025,
        counts: { excellent: 2, qualified: 1, basic: 1, unqualified: 1 },
        total: 5,
      });
      const unit1 = await w.as('unit1');
      expect((await unit1.get(`${w.base}/appraisals/distribution?year=2025`)).body.counts).toEqual({
        excellent: 1,
        qualified: 1,
        basic: 0,
        unqualified: 1,
      });
      // excellent: a, e of 5 → 0.4; excellent or qualified: a, b, e → 0.6.
      expect(await indicator('fugu_appraisal_excellent_rate', '2025-01-01', '2025-12-31')).toMatchObject({
        numerator: 2,
        denominator: 5,
        value: 0.4,
      });
      expect(await indicator('fugu_appraisal_qualified_rate', '2025-01-01', '2025-12-31')).toMatchObject({
        numerator: 3,
        denominator: 5,
        value: 0.6,
      });
      // The community's year-end card for a says "good": with an excellent grade a is eligible for awards.
      const ratings = { participation: 'good', discipline: 'good', neighbourhood: 'good', obedience: 'good' };
      const card = await (await w.as('communityA')).post(`${w.base}/feedback-cards`, {
        communityOrgId: w.orgs.communityA.id,
        memberId: w.members.a.id,
        kind: 'annual',
        periodKey: '2025',
        ratings,
        overall: 'good',
      });
      expect(card.status).toBe(201);
      const view = await unit1.get(`${w.base}/unit-view?year=2025`);
      expect(
        view.body.items.map((x: any) => [
          x.memberName,
          x.grade,
          x.communityOverall,
          x.linkage.awardsEligible,
        ]),
      ).toEqual([
        ['张一', 'excellent', 'good', true],
        ['李二', 'qualified', null, false],
        ['王三', 'unqualified', null, false],
      ]);
      expect(view.body.summary).toMatchObject({ members: 3, registered: 1, awardsEligible: 1 });
      expect(view.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
      // A page at a time; the summary still counts every member in scope.
      const second = await unit1.get(`${w.base}/unit-view?year=2025&pageSize=2&page=2`);
      expect(second.body.items.map((x: any) => x.memberName)).toEqual(['王三']);
      expect(second.body).toMatchObject({
        total: 3,
        page: 2,
        pageSize: 2,
        summary: { members: 3, registered: 1, awardsEligible: 1 },
      });
      const beyond = await unit1.get(`${w.base}/unit-view?year=2025&pageSize=2&page=5`);
      expect(beyond.body).toMatchObject({ items: [], total: 3, summary: { members: 3 } });
      expect((await unit1.get(`${w.base}/unit-view?year=2025&pageSize=5000`)).status).toBe(400);
      const list = await unit1.get(`${w.base}/appraisals?year=2025`);
      expect(list.body.items.map((x: any) => [x.memberName, x.total, x.communityOverall])).toEqual([
        ['张一', 92, 'good'],
        ['李二', 77.65, null],
        ['王三', 59, null],
      ]);
    });
  });

  describe('flowing members', () => {
    let flOut: number;
    let rOut: number;

    it('gives an activity card under six months and asks for a transfer over six months at a fixed place', async () => {
      at('2026-01-10');
      const communityA = await w.as('communityA');
      const short = await communityA.post(`${w.base}/flowing/out`, {
        memberId: w.members.fl.id,
        destination: '西安市雁塔区',
        leftOn: '2026-01-05',
        expectedReturnOn: '2026-04-30',
      });
      expect(short.status).toBe(201);
      expect(short.body).toMatchObject({
        longTerm: false,
        outcome: 'activity_card',
        transferPrompted: false,
      });
      expect(short.body.cardNo).toMatch(/^LDZ2026\d{5}$/);
      flOut = short.body.id;
      const again = await communityA.post(`${w.base}/flowing/out`, {
        memberId: w.members.fl.id,
        destination: '榆林',
        leftOn: '2026-01-06',
        expectedReturnOn: '2026-02-01',
      });
      expect(again.status).toBe(409);
      expect(again.body.error.field).toBe('memberId');
      const backwards = await communityA.post(`${w.base}/flowing/out`, {
        memberId: w.members.r.id,
        destination: '榆林',
        leftOn: '2026-01-06',
        expectedReturnOn: '2026-01-01',
      });
      expect(backwards.status).toBe(400);
      expect(backwards.body.error.field).toBe('expectedReturnOn');
      const outside = await (await w.as('unit1')).post(`${w.base}/flowing/out`, {
        memberId: w.members.r.id,
        destination: '榆林',
        leftOn: '2026-01-06',
        expectedReturnOn: '2026-02-01',
      });
      expect(outside.status).toBe(400);
      expect(outside.body.error.field).toBe('memberId');

      const fixed = await communityA.post(`${w.base}/flowing/out`, {
        memberId: w.members.r.id,
        destination: '鄂尔多斯市东胜区',
        fixedPlace: true,
        leftOn: '2026-01-01',
        expectedReturnOn: '2026-12-31',
      });
      expect(fixed.body).toMatchObject({
        longTerm: true,
        outcome: 'transfer_relation',
        cardNo: null,
        transferPrompted: true,
      });
      rOut = fixed.body.id;
      // Long-term but moving around: still a flowing member with a card.
      const roaming = await (await w.as('unit2')).post(`${w.base}/flowing/out`, {
        memberId: w.members.d.id,
        destination: '各地项目工地',
        fixedPlace: false,
        leftOn: '2026-01-02',
        expectedReturnOn: '2026-09-30',
      });
      expect(roaming.body).toMatchObject({
        longTerm: true,
        outcome: 'activity_card',
        transferPrompted: false,
      });
    });

    it('checks the card when a member returns', async () => {
      const unit1 = await w.as('unit1');
      const out = await unit1.post(`${w.base}/flowing/out`, {
        memberId: w.members.c.id,
        destination: '太原',
        leftOn: '2026-01-03',
        expectedReturnOn: '2026-01-09',
      });
      const unchecked = await unit1.post(`${w.base}/flowing/${out.body.id}/return`, { on: '2026-01-09' });
      expect(unchecked.status).toBe(400);
      expect(unchecked.body.error.field).toBe('cardChecked');
      expect(
        (await unit1.post(`${w.base}/flowing/${out.body.id}/return`, { on: '2026-01-09', cardChecked: true }))
          .body.status,
      ).toBe('returned');
    });

    let newcomerId: number;
    it('places an incoming member holding the card in a branch', async () => {
      const newcomer = await backend.f.member(w.city.id, w.orgs.communityB.id, {
        name: '吴八',
        category: 'flowing',
      });
      const communityB = await w.as('communityB');
      const noCard = await communityB.post(`${w.base}/flowing/incoming`, {
        memberId: newcomer.id,
        cardNo: '',
        fromOrgName: '神木县某村党支部',
        arrivedOn: '2026-01-08',
        branchOrgId: w.orgs.communityB.id,
      });
      expect(noCard.status).toBe(400);
      expect(noCard.body.error.field).toBe('cardNo');
      const wrongBranch = await communityB.post(`${w.base}/flowing/incoming`, {
        memberId: newcomer.id,
        cardNo: 'SM-2025-017',
        fromOrgName: '神木县某村党支部',
        arrivedOn: '2026-01-08',
        branchOrgId: w.orgs.communityA.id,
      });
      expect(wrongBranch.status).toBe(400);
      expect(wrongBranch.body.error.field).toBe('branchOrgId');
      const placed = await communityB.post(`${w.base}/flowing/incoming`, {
        memberId: newcomer.id,
        cardNo: 'SM-2025-017',
        fromOrgName: '神木县某村党支部',
        arrivedOn: '2026-01-08',
        branchOrgId: w.orgs.communityB.id,
      });
      expect(placed.status).toBe(201);
      expect(placed.body.branchName).toBe('西路社区党委');
      newcomerId = newcomer.id;
      const aff = await backend.db
        .selectFrom('core.member_affiliation')
        .select(['kind', 'org_id', 'since'])
        .where('member_id', '=', newcomer.id)
        .execute();
      expect(aff).toEqual([{ kind: 'org', org_id: w.orgs.communityB.id, since: '2026-01-08' }]);
      expect(
        (
          await communityB.post(`${w.base}/flowing/incoming`, {
            memberId: newcomer.id,
            cardNo: 'SM-2025-017',
            fromOrgName: 'x',
            arrivedOn: '2026-01-08',
            branchOrgId: w.orgs.communityB.id,
          })
        ).status,
      ).toBe(409);
    });

    it('flags six months without organization life or dues for the branch to decide — never automatically', async () => {
      at('2026-02-15');
      const a2 = await w.as('communityA');
      expect(
        (
          await a2.post(`${w.base}/members/${w.members.fl.id}/org-life`, {
            kind: 'dues',
            onDate: '2026-01-20',
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await a2.post(`${w.base}/members/${w.members.fl.id}/org-life`, {
            kind: 'org_life',
            onDate: '2026-02-10',
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await (
            await w.as('unit2')
          ).post(`${w.base}/members/${w.members.fl.id}/org-life`, { kind: 'dues', onDate: '2026-02-10' })
        ).status,
      ).toBe(404);
      // The branch the newcomer was placed in keeps their record.
      const b2 = await w.as('communityB');
      expect(
        (
          await b2.post(`${w.base}/members/${newcomerId}/org-life`, {
            kind: 'org_life',
            onDate: '2026-02-10',
          })
        ).status,
      ).toBe(201);
      expect(
        (await b2.post(`${w.base}/members/${newcomerId}/org-life`, { kind: 'dues', onDate: '2026-02-10' }))
          .status,
      ).toBe(201);
      at('2026-07-25');
      const county = await w.as('county');
      const flags = await county.get(`${w.base}/flags?kind=flowing_no_org_life`);
      // Six months before 2026-07-25 is 2026-01-25: fl paid dues on 01-20 (lapsed), met on 02-10; d and r have nothing since
      // leaving on 01-02 and 01-01; the newcomer met and paid on 02-10.
      expect(flags.body.items.map((f: any) => [f.memberName, f.detail.reason, f.since]).sort()).toEqual([
        ['周七', 'no_dues', '2026-01-20'],
        ['孙六', 'both', '2026-01-01'],
        ['赵四', 'both', '2026-01-02'],
      ]);
      // r left for a fixed place on 2026-01-01, over six months ago: transfer the relation.
      expect(
        (await county.get(`${w.base}/flags?kind=flowing_transfer_suggested`)).body.items.map(
          (f: any) => f.memberName,
        ),
      ).toEqual(['孙六']);
      // a (registered at community A since 2025-06-05, never seen since) is absent too: one notice to unit 1.
      expect((await county.post(`${w.base}/rules/run`, {})).body).toEqual({ notices: 1, decisions: 3 });
      expect((await county.post(`${w.base}/rules/run`, {})).body).toEqual({ notices: 0, decisions: 0 });
      // Nothing happens to the members by itself.
      const members = await backend.db
        .selectFrom('core.member')
        .select(['active'])
        .where('id', 'in', [w.members.fl.id, w.members.d.id])
        .execute();
      expect(members.map((m) => m.active)).toEqual([true, true]);

      const unit2 = await w.as('unit2');
      const mine = await unit2.get(`${w.base}/decisions`);
      expect(mine.body.items.map((d: any) => [d.memberName, d.status])).toEqual([['赵四', 'pending']]);
      const id = mine.body.items[0].id;
      const noMeeting = await unit2.post(`${w.base}/decisions/${id}/decide`, { decision: 'proposed' });
      expect(noMeeting.status).toBe(400);
      expect(noMeeting.body.error.field).toBe('branchMeetingOn');
      // Nothing to approve before the branch meeting has decided.
      expect(
        (await (await w.as('office')).post(`${w.base}/decisions/${id}/approve`, { approve: true })).status,
      ).toBe(409);
      expect(
        (
          await unit2.post(`${w.base}/decisions/${id}/decide`, {
            decision: 'proposed',
            branchMeetingOn: '2026-07-24',
          })
        ).body.status,
      ).toBe('proposed');
      // The branch cannot approve its own proposal; the org above it does.
      expect((await unit2.post(`${w.base}/decisions/${id}/approve`, { approve: true })).status).toBe(403);
      expect(
        (await (await w.as('office')).post(`${w.base}/decisions/${id}/approve`, { approve: true })).body
          .status,
      ).toBe('approved');

      const communityA2 = await w.as('communityA');
      const own = (await communityA2.get(`${w.base}/decisions`)).body.items;
      expect(own.map((d: any) => d.memberName).sort()).toEqual(['周七', '孙六'].sort());
      const fl = own.find((d: any) => d.memberName === '周七');
      expect(
        (
          await communityA2.post(`${w.base}/decisions/${fl.id}/decide`, {
            decision: 'excused',
            note: '外出务工单位代缴，已补缴',
          })
        ).body.status,
      ).toBe('excused');
      // The same lapse is not raised again.
      expect((await county.post(`${w.base}/rules/run`, {})).body.decisions).toBe(0);
      const list = await communityA2.get(`${w.base}/flowing?direction=out`);
      expect(list.body.items.find((x: any) => x.id === flOut)).toMatchObject({
        lapsed: true,
        decisionStatus: 'excused',
        lastDues: '2026-01-20',
      });
      expect(list.body.items.find((x: any) => x.id === rOut)).toMatchObject({
        transferSuggested: true,
        cardNo: null,
      });
      expect(
        (await communityA2.post(`${w.base}/flowing/${rOut}/transfer`, { on: '2026-07-20' })).body.status,
      ).toBe('transferred');
    });
  });
});
