import {
  createPluginTestBackend,
  manualClock,
  type PluginTestBackend,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index';
import type { FuguTables } from '../db';
import { type FuguWorld, fuguWorld } from '../test-world';

describe.each(testDatabaseKinds())(
  'fugu-dual-link posts, groups, meetings, rollout and budget on %s',
  (kind) => {
    let backend: PluginTestBackend;
    let w: FuguWorld;
    const clock = manualClock('2026-03-10T02:00:00Z');
    const at = (date: string) => clock.set(`${date}T02:00:00Z`);
    const reg: Record<string, number> = {};
    /** The test database with this plugin's tables typed (withTables takes a type alias, so the interface is mapped). */
    const fuguDb = () => backend.db.withTables<{ [T in keyof FuguTables]: FuguTables[T] }>();
    const posts = async (orgId: number) =>
      (await (await w.as('county')).get(`${w.base}/posts?communityOrgId=${orgId}`)).body.items as any[];

    beforeAll(async () => {
      backend = await createPluginTestBackend(plugin, kind, { clock });
      w = await fuguWorld(backend);
      const unit1 = await w.as('unit1');
      const unit2 = await w.as('unit2');
      const communityA = await w.as('communityA');
      for (const [key, client] of [
        ['a', unit1],
        ['b', unit1],
        ['c', unit1],
        ['e', unit2],
      ] as const) {
        reg[key] = (
          await client.post(`${w.base}/registrations`, {
            memberId: w.members[key].id,
            communityOrgId: w.orgs.communityA.id,
            sentOn: '2026-03-01',
          })
        ).body.id;
        expect(
          (await communityA.post(`${w.base}/registrations/${reg[key]}/stamp`, { on: '2026-03-02' })).status,
        ).toBe(200);
      }
    });
    afterAll(() => backend?.close());

    it('sets up the 17 service posts in five categories and the public-welfare list', async () => {
      const communityA = await w.as('communityA');
      expect(
        (await communityA.post(`${w.base}/posts/standard`, { communityOrgId: w.orgs.communityA.id })).body
          .added,
      ).toBe(27);
      expect(
        (await communityA.post(`${w.base}/posts/standard`, { communityOrgId: w.orgs.communityA.id })).body
          .added,
      ).toBe(0);
      const outside = await (await w.as('unit1')).post(`${w.base}/posts/standard`, {
        communityOrgId: w.orgs.communityA.id,
      });
      expect(outside.status).toBe(400);
      expect(outside.body.error.field).toBe('communityOrgId');
      const byCategory: Record<string, number> = {};
      for (const p of await posts(w.orgs.communityA.id))
        byCategory[p.category] = (byCategory[p.category] ?? 0) + 1;
      expect(byCategory).toEqual({ policy: 3, legal: 3, medical: 4, culture: 4, security: 3, welfare: 10 });
    });

    it('assigns members to posts by their skills', async () => {
      const communityA = await w.as('communityA');
      // a: skills 法律咨询, occupation 律师 → legal words 法律, 律师, 法 (3) + 法律援助岗's own 律师, 法律 (2×2) = 7.
      const suggestions = await communityA.get(`${w.base}/registrations/${reg.a}/post-suggestions`);
      expect(suggestions.body.items.slice(0, 3).map((p: any) => [p.name, p.score])).toEqual([
        ['法律援助岗', 7],
        ['普法宣传岗', 5],
        ['人民调解岗', 3],
      ]);
      const auto = await communityA.post(`${w.base}/posts/auto-assign`, {
        communityOrgId: w.orgs.communityA.id,
      });
      expect(auto.body).toEqual({ assigned: 4, unassigned: 0 });
      const holders = Object.fromEntries(
        (await posts(w.orgs.communityA.id)).filter((p) => p.holders).map((p) => [p.name, p.holders]),
      );
      // b (医生, 医疗卫生) ties at 4 on three medical posts → the first; c (教师) → 课业辅导岗; e has no skills → the first empty post.
      expect(holders).toEqual({ 法律援助岗: 1, 健康咨询岗: 1, 课业辅导岗: 1, 政策宣讲岗: 1 });
      // Capacity is respected; a post of another community cannot be given.
      const legalAid = (await posts(w.orgs.communityA.id)).find((p) => p.name === '法律援助岗');
      expect((await communityA.patch(`${w.base}/posts/${legalAid.id}`, { capacity: 1 })).status).toBe(200);
      const full = await communityA.post(`${w.base}/registrations/${reg.c}/assign-post`, {
        postId: legalAid.id,
      });
      expect(full.status).toBe(409);
      expect(full.body.error.field).toBe('postId');
      const bPost = await (await w.as('communityB')).post(`${w.base}/posts`, {
        communityOrgId: w.orgs.communityB.id,
        category: 'security',
        name: '夜间巡逻岗',
      });
      const foreign = await communityA.post(`${w.base}/registrations/${reg.c}/assign-post`, {
        postId: bPost.body.id,
      });
      expect(foreign.status).toBe(400);
      expect(foreign.body.error.field).toBe('postId');
      expect(
        (
          await (
            await w.as('unit1')
          ).post(`${w.base}/registrations/${reg.c}/assign-post`, { postId: legalAid.id })
        ).status,
      ).toBe(403);
    });

    it('changes post only for an absence of over half a year, decided by the community', async () => {
      const member = await w.as('memberA');
      const short = await member.post(`${w.base}/registrations/${reg.a}/change-requests`, {
        reason: '脚伤康复',
        unableFrom: '2026-03-01',
        unableUntil: '2026-06-30',
      });
      expect(short.status).toBe(400);
      expect(short.body.error.field).toBe('unableUntil');
      const long = await member.post(`${w.base}/registrations/${reg.a}/change-requests`, {
        reason: '借调外地工作',
        unableFrom: '2026-03-01',
        unableUntil: '2026-09-15',
      });
      expect(long.status).toBe(201);
      expect(
        (
          await member.post(`${w.base}/registrations/${reg.a}/change-requests`, {
            reason: 'x',
            unableFrom: '2026-03-01',
            unableUntil: '2026-12-31',
          })
        ).status,
      ).toBe(409);
      expect(
        (
          await (
            await w.as('unit1')
          ).post(`${w.base}/change-requests/${long.body.id}/decide`, { approve: true })
        ).status,
      ).toBe(403);
      const lawPromotion = (await posts(w.orgs.communityA.id)).find((p) => p.name === '普法宣传岗');
      const communityA = await w.as('communityA');
      const decided = await communityA.post(`${w.base}/change-requests/${long.body.id}/decide`, {
        approve: true,
        newPostId: lawPromotion.id,
      });
      expect(decided.body.status).toBe('approved');
      const me = await member.get(`${w.base}/me`);
      expect(me.body.communitySide.postName).toBe('普法宣传岗');
      expect(
        (await (await w.as('unit1')).get(`${w.base}/notices?kind=post_change`)).body.items.map(
          (n: any) => n.memberName,
        ),
      ).toEqual(['张一']);
    });

    it('forms party groups of 20–30 from members of similar posts, with a leader', async () => {
      // Community B: 45 members on 法律援助岗 and 12 on 健康咨询岗, inserted by hand.
      const communityB = await w.as('communityB');
      await communityB.post(`${w.base}/posts/standard`, { communityOrgId: w.orgs.communityB.id });
      const bPosts = await posts(w.orgs.communityB.id);
      const legal = bPosts.find((p) => p.name === '法律援助岗').id;
      const health = bPosts.find((p) => p.name === '健康咨询岗').id;
      for (let i = 0; i < 57; i++) {
        const m = await backend.f.member(w.city.id, w.orgs.u2Org.id, {
          name: `西路党员${i + 1}`,
          unit_id: w.units.u2.id,
          residence_place_id: w.places.compoundB1.id,
        });
        const r = await fuguDb()
          .insertInto('p_fugu_dual_link.registration')
          .values({
            city_id: w.city.id,
            member_id: m.id,
            unit_org_id: w.orgs.u2Org.id,
            community_org_id: w.orgs.communityB.id,
            residence_place_id: w.places.compoundB1.id,
            status: 'stamped',
            letter_no: `T-${i}`,
            sent_on: '2026-01-05',
            stamped_on: '2026-01-06',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await fuguDb()
          .insertInto('p_fugu_dual_link.post_assignment')
          .values({
            city_id: w.city.id,
            registration_id: r.id,
            post_id: i < 45 ? legal : health,
            since: '2026-01-06',
          })
          .execute();
      }
      const formed = await communityB.post(`${w.base}/party-groups/form`, {
        communityOrgId: w.orgs.communityB.id,
      });
      expect(formed.status).toBe(201);
      // 45 legal → ceil(45/30) = 2 groups of 23 and 22; 12 medical is under 20 → one pooled group, flagged undersized.
      expect(formed.body.created.map((g: any) => [g.category, g.size])).toEqual([
        ['legal', 23],
        ['legal', 22],
        ['mixed', 12],
      ]);
      const groups = (await communityB.get(`${w.base}/party-groups?communityOrgId=${w.orgs.communityB.id}`))
        .body;
      expect(groups.items.map((g: any) => [g.size, g.undersized, g.noLeader])).toEqual([
        [23, false, false],
        [22, false, false],
        [12, true, false],
      ]);
      expect(groups.ungrouped).toEqual([]);
      // Nothing left to form; a group cannot grow past 30; the leader must be in the group.
      expect(
        (await communityB.post(`${w.base}/party-groups/form`, { communityOrgId: w.orgs.communityB.id })).body
          .created,
      ).toEqual([]);
      const [g1, g2] = groups.items;
      const extra = g2.members.slice(0, 7).map((m: any) => m.registrationId);
      for (const id of extra)
        expect(
          (await communityB.post(`${w.base}/party-groups/${g1.id}/members`, { registrationId: id })).status,
        ).toBe(201);
      const over = await communityB.post(`${w.base}/party-groups/${g1.id}/members`, {
        registrationId: g2.members[7].registrationId,
      });
      expect(over.status).toBe(409);
      expect(over.body.error.field).toBe('registrationId');
      const notMember = await communityB.put(`${w.base}/party-groups/${g1.id}/leader`, {
        registrationId: g2.members[7].registrationId,
      });
      expect(notMember.status).toBe(400);
      expect(notMember.body.error.field).toBe('registrationId');
      expect(
        (await communityB.put(`${w.base}/party-groups/${g1.id}/leader`, { registrationId: extra[0] })).status,
      ).toBe(200);
      const after = (await communityB.get(`${w.base}/party-groups?communityOrgId=${w.orgs.communityB.id}`))
        .body.items;
      expect(after.map((g: any) => [g.size, g.undersized, g.leaderRegistrationId === extra[0]])).toEqual([
        [30, false, true],
        [15, true, false],
        [12, true, false],
      ]);
      const county = await w.as('county');
      const bad = await county.put('/api/cities/fg/plugin-settings/fugu-dual-link', {
        config: { partyGroupMin: 40, partyGroupMax: 30 },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.field).toBe('config.partyGroupMax');
    });

    it('holds the quarterly joint meeting with the agenda sent first', async () => {
      const communityA = await w.as('communityA');
      const planned = await communityA.post(`${w.base}/joint-meetings`, {
        communityOrgId: w.orgs.communityA.id,
        scheduledOn: '2026-03-20',
        agenda: '一、通报在职党员报到情况；二、研究春季环境整治',
      });
      expect(planned.status).toBe(201);
      expect(planned.body).toMatchObject({ quarterKey: '2026-Q1', status: 'planned' });
      const detail = await communityA.get(`${w.base}/joint-meetings/${planned.body.id}`);
      // Invited by default: the units paired with the community.
      expect(detail.body.units.map((u: any) => u.orgId)).toEqual([w.orgs.u1Org.id]);
      const early = await communityA.post(`${w.base}/joint-meetings/${planned.body.id}/minutes`, {
        heldOn: '2026-03-10',
        minutes: '…',
      });
      expect(early.status).toBe(409);
      expect(early.body.error.field).toBe('agenda');
      expect(
        (await communityA.post(`${w.base}/joint-meetings/${planned.body.id}/send-agenda`, {})).body.status,
      ).toBe('agenda_sent');
      expect(
        (await communityA.post(`${w.base}/joint-meetings/${planned.body.id}/send-agenda`, {})).status,
      ).toBe(409);
      const future = await communityA.post(`${w.base}/joint-meetings/${planned.body.id}/minutes`, {
        heldOn: '2026-03-20',
        minutes: '…',
      });
      expect(future.status).toBe(400);
      expect(future.body.error.field).toBe('heldOn');
      at('2026-03-20');
      const a2 = await w.as('communityA');
      const uninvited = await a2.post(`${w.base}/joint-meetings/${planned.body.id}/minutes`, {
        heldOn: '2026-03-20',
        minutes: '会议议定…',
        attendedOrgIds: [w.orgs.u2Org.id],
      });
      expect(uninvited.status).toBe(400);
      expect(uninvited.body.error.field).toBe('attendedOrgIds');
      const held = await a2.post(`${w.base}/joint-meetings/${planned.body.id}/minutes`, {
        heldOn: '2026-03-20',
        minutes: '会议议定…',
        attendedOrgIds: [w.orgs.u1Org.id],
      });
      expect(held.body).toMatchObject({
        status: 'held',
        units: [{ orgId: w.orgs.u1Org.id, attended: true }],
      });
      at('2026-04-10');
      // Q1: community A met; community B (registered members since January) did not.
      const flags = await (await w.as('county')).get(`${w.base}/flags?kind=joint_meeting_missing`);
      expect(flags.body.items.map((f: any) => [f.orgName, f.detail.quarter])).toEqual([
        ['西路社区党委', '2026-Q1'],
      ]);
    });

    it('tracks the five rollout steps per org against their deadlines, with inspection groups', async () => {
      at('2026-03-10');
      const county = await w.as('county');
      const deadlines = {
        mobilize: '2026-03-15',
        link: '2026-03-31',
        activities: '2026-06-30',
        feedback: '2026-12-31',
        summary: '2027-01-15',
      };
      const bad = await county.post(`${w.base}/campaigns`, {
        name: '2026年双联双管推进',
        startedOn: '2026-03-01',
        deadlines: { ...deadlines, link: '2026-03-10' },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.field).toBe('deadlines.link');
      expect(
        (
          await (
            await w.as('communityA')
          ).post(`${w.base}/campaigns`, { name: 'x', startedOn: '2026-03-01', deadlines })
        ).status,
      ).toBe(403);
      const created = await county.post(`${w.base}/campaigns`, {
        name: '2026年双联双管推进',
        startedOn: '2026-03-01',
        deadlines,
      });
      expect(created.status).toBe(201);
      // Unit orgs U1, U2 and communities A, B.
      expect(created.body.orgs).toBe(4);
      const id = created.body.id;
      const communityA = await w.as('communityA');
      const skip = await communityA.post(
        `${w.base}/campaigns/${id}/orgs/${w.orgs.communityA.id}/steps/link/done`,
        {},
      );
      expect(skip.status).toBe(409);
      expect(skip.body.error.field).toBe('step');
      expect(
        (
          await communityA.post(
            `${w.base}/campaigns/${id}/orgs/${w.orgs.communityA.id}/steps/mobilize/done`,
            { doneOn: '2026-03-10' },
          )
        ).status,
      ).toBe(200);
      expect(
        (await communityA.post(`${w.base}/campaigns/${id}/orgs/${w.orgs.u1Org.id}/steps/mobilize/done`, {}))
          .status,
      ).toBe(404);
      const centre = await county.post(`${w.base}/service-centres`, {
        name: '东路社区服务中心',
        communityOrgIds: [w.orgs.communityA.id],
      });
      expect(centre.status).toBe(201);
      expect(
        (
          await county.post(`${w.base}/service-centres`, {
            name: '中路社区服务中心',
            communityOrgIds: [w.orgs.communityA.id],
          })
        ).status,
      ).toBe(409);
      const group = await county.post(`${w.base}/campaigns/${id}/inspection-groups`, {
        name: '第一督查组',
        leader: '组织部副部长',
        members: '县委基层办、组织部干部',
        centreId: centre.body.id,
      });
      expect(group.status).toBe(201);
      expect(
        (
          await county.post(`${w.base}/inspection-groups/${group.body.id}/records`, {
            orgId: w.orgs.communityA.id,
            visitedOn: '2026-03-10',
            findings: '报到台账齐全',
          })
        ).status,
      ).toBe(201);

      at('2026-04-10');
      const detail = await (await w.as('county')).get(`${w.base}/campaigns/${id}`);
      const steps = Object.fromEntries(
        detail.body.steps.map((s: any) => [s.step, [s.total, s.done, s.onTime, s.overdue]]),
      );
      // mobilize: 4 orgs, A done on time, 3 overdue since 03-15; link: all 4 overdue since 03-31; later steps still open.
      expect(steps).toEqual({
        mobilize: [4, 1, 1, 3],
        link: [4, 0, 0, 4],
        activities: [4, 0, 0, 0],
        feedback: [4, 0, 0, 0],
        summary: [4, 0, 0, 0],
      });
      const g = detail.body.inspectionGroups[0];
      expect(g.centreName).toBe('东路社区服务中心');
      expect(g.steps[0]).toMatchObject({ step: 'mobilize', total: 1, done: 1 });
      expect(g.records.map((r: any) => r.findings)).toEqual(['报到台账齐全']);
      expect(
        (await (await w.as('county')).get(`${w.base}/flags?kind=campaign_step_overdue`)).body.total,
      ).toBe(7);
      // An org admin sees only their own orgs' rows.
      const own = await (await w.as('communityA')).get(`${w.base}/campaigns/${id}`);
      expect(own.body.orgs.map((o: any) => [o.orgName, o.steps.mobilize.state, o.steps.link.state])).toEqual([
        ['东路社区党委', 'done', 'overdue'],
      ]);
    });

    it('budgets 100 + 30 yuan a member per branch and keeps the member file', async () => {
      const unit1 = await w.as('unit1');
      const budget = await unit1.get(`${w.base}/budget`);
      // Unit 1's branch holds a, b, c: 3 × 100 = 300 for activities, 3 × 30 = 90 for training.
      expect(budget.body.items).toEqual([
        {
          orgId: w.orgs.u1Org.id,
          orgName: '县财政局党委',
          kind: 'unit_committee',
          parentName: '县直属机关工委',
          members: 3,
          activityFund: 300,
          trainingFund: 90,
          total: 390,
        },
      ]);
      expect(budget.body.totals).toEqual({
        branches: 1,
        members: 3,
        activityFund: 300,
        trainingFund: 90,
        total: 390,
      });
      const county = await w.as('county');
      // County: U1 3, U2 2 + 57, community A holds the retired and the flowing member (2) → 64 members.
      expect((await county.get(`${w.base}/budget`)).body.totals).toEqual({
        branches: 3,
        members: 64,
        activityFund: 6400,
        trainingFund: 1920,
        total: 8320,
      });

      const communityA = await w.as('communityA');
      const entry = await communityA.post(`${w.base}/members/${w.members.a.id}/file`, {
        kind: 'suggestion',
        onDate: '2026-04-02',
        title: '建议在小区增设法律咨询点',
      });
      expect(entry.status).toBe(201);
      expect(
        (
          await (
            await w.as('unit2')
          ).post(`${w.base}/members/${w.members.a.id}/file`, {
            kind: 'event',
            onDate: '2026-04-02',
            title: 'x',
          })
        ).status,
      ).toBe(404);
      const file = await unit1.get(`${w.base}/members/${w.members.a.id}/file`);
      expect(file.body.items.map((i: any) => [i.kind, i.onDate, i.source])).toEqual([
        ['suggestion', '2026-04-02', 'entry'],
        ['event', '2026-03-02', 'registration'],
      ]);
      const dashboard = await county.get(`${w.base}/dashboard`);
      expect(dashboard.status).toBe(200);
      expect(dashboard.body.indicators.map((i: any) => i.id)).toEqual(plugin.indicators.map((i) => i.id));
      expect(dashboard.body.registrationsByCommunity.map((c: any) => [c.orgName, c.stamped])).toEqual([
        ['东路社区党委', 4],
        ['西路社区党委', 57],
      ]);
    });
  },
);
