import {
  createPluginTestBackend,
  type PluginTestBackend,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index';
import { drawRegion, type LuqiaoWorld, luqiaoWorld } from '../test-world';

describe.each(testDatabaseKinds())(
  'luqiao-regional registration ("关系在企业、活动在区域") on %s',
  (kind) => {
    let backend: PluginTestBackend;
    let w: LuqiaoWorld;
    let cbd: { id: number; regionalOrgId: number; centreOrgId: number };
    const affiliations = (memberId: number) =>
      backend.db
        .selectFrom('core.member_affiliation')
        .select(['kind', 'org_id', 'until'])
        .where('member_id', '=', memberId)
        .orderBy('id')
        .execute();

    beforeAll(async () => {
      backend = await createPluginTestBackend(plugin, kind, { now: '2026-06-15T02:00:00Z' });
      w = await luqiaoWorld(backend, plugin.id);
      const admin = await w.login('lq-admin');
      cbd = await drawRegion(w, admin, {
        name: '中央商务区',
        placeIds: [w.places.commA1.id],
        unitIds: [w.units.e1.id, w.units.gov.id, w.units.shop1.id, w.units.shop2.id],
      });
    });
    afterAll(() => backend?.close());

    it('registers a member of a unit with its own org: the relation stays with the unit org', async () => {
      const admin = await w.login('lq-admin');
      const r = await admin.post(`${w.base}/regions/${cbd.id}/registrations`, { memberId: w.m.e1a.id });
      expect(r.status).toBe(201);
      expect(r.body.via).toBe('unit_org');
      const member = await backend.db
        .selectFrom('core.member')
        .select('org_id')
        .where('id', '=', w.m.e1a.id)
        .executeTakeFirstOrThrow();
      expect(member.org_id).toBe(w.orgs.e1Org.id);
      expect(await affiliations(w.m.e1a.id)).toEqual([
        { kind: 'region', org_id: cbd.regionalOrgId, until: null },
      ]);
    });

    it('registers a member of a unit without an org with the service centre’s org, which then covers the unit', async () => {
      const admin = await w.login('lq-admin');
      const r = await admin.post(`${w.base}/regions/${cbd.id}/registrations`, {
        memberId: w.m.shop1a.id,
        registeredOn: '2026-06-01',
      });
      expect(r.status).toBe(201);
      expect(r.body.via).toBe('centre_org');
      expect(await affiliations(w.m.shop1a.id)).toEqual([
        { kind: 'region', org_id: cbd.regionalOrgId, until: null },
        { kind: 'org', org_id: cbd.centreOrgId, until: null },
      ]);
      const unit = await (backend.db as any)
        .selectFrom('p_luqiao_regional.region_unit')
        .select('centre_covered_since')
        .where('unit_id', '=', w.units.shop1.id)
        .executeTakeFirstOrThrow();
      expect(unit.centre_covered_since).toBe('2026-06-01');
    });

    it('takes a flowing member with no unit here through the centre’s org, and refuses members who do not work in the region', async () => {
      const admin = await w.login('lq-admin');
      const flowing = await admin.post(`${w.base}/regions/${cbd.id}/registrations`, {
        memberId: w.m.flowing.id,
      });
      expect(flowing.status).toBe(201);
      expect(flowing.body.via).toBe('centre_org');
      const outsider = await admin.post(`${w.base}/regions/${cbd.id}/registrations`, {
        memberId: w.m.far.id,
      });
      expect(outsider.status).toBe(400);
      expect(outsider.body.error.field).toBe('memberId');
      const retired = await admin.post(`${w.base}/regions/${cbd.id}/registrations`, {
        memberId: w.m.retired.id,
      });
      expect(retired.status).toBe(400);
      const twice = await admin.post(`${w.base}/regions/${cbd.id}/registrations`, { memberId: w.m.e1a.id });
      expect(twice.status).toBe(409);
      expect(twice.body.error.field).toBe('memberId');
    });

    it('refuses registering one member in two regions', async () => {
      const admin = await w.login('lq-admin');
      const other = await drawRegion(w, admin, {
        name: '路北工业集聚区',
        kind: 'industrial_cluster',
        unitIds: [w.units.e2.id],
      });
      const r = await admin.post(`${w.base}/regions/${other.id}/registrations`, { memberId: w.m.flowing.id });
      expect(r.status).toBe(409);
      expect(r.body.error.message).toContain('中央商务区');
    });

    it('lists who is still to register and registers them in bulk, all or none', async () => {
      const admin = await w.login('lq-admin');
      const pending = await admin.get(`${w.base}/regions/${cbd.id}/pending`);
      expect(pending.body.items.map((p: any) => [p.memberName, p.via]).sort()).toEqual(
        [
          ['李四', 'unit_org'],
          ['赵六', 'unit_org'],
          ['孙八', 'centre_org'],
        ].sort(),
      );
      const bad = await admin.post(`${w.base}/regions/${cbd.id}/registrations/bulk`, {
        memberIds: [w.m.e1b.id, w.m.far.id],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.field).toBe('memberIds.1');
      const ok = await admin.post(`${w.base}/regions/${cbd.id}/registrations/bulk`, {
        memberIds: [w.m.e1b.id, w.m.gov.id],
      });
      expect(ok.status).toBe(201);
      expect(ok.body.count).toBe(2);
      const after = await admin.get(`${w.base}/regions/${cbd.id}/pending`);
      expect(after.body.items.map((p: any) => p.memberName)).toEqual(['孙八']);
    });

    it('lets a member register themself, and only themself', async () => {
      const member = await w.login('lq-member');
      const other = await member.post(`${w.base}/regions/${cbd.id}/registrations`, {
        memberId: w.m.shop1a.id,
      });
      expect(other.status).toBe(400);
      expect(other.body.error.field).toBe('memberId');
      const self = await member.post(`${w.base}/regions/${cbd.id}/registrations`, {
        memberId: w.m.shop1b.id,
      });
      expect(self.status).toBe(201);
      const me = await member.get(`${w.base}/me`);
      expect(me.body.registrations.map((r: any) => [r.regionName, r.via])).toEqual([
        ['中央商务区', 'centre_org'],
      ]);
      expect((await member.get(`${w.base}/regions/${cbd.id}/registrations`)).status).toBe(403);
    });

    it('亮牌 and 共产党员示范店: only shops that show the badge are nominated, once a year, decided once', async () => {
      const admin = await w.login('lq-admin');
      const list = await admin.get(`${w.base}/regions/${cbd.id}/registrations?pageSize=50`);
      const regOf = (memberId: number) =>
        list.body.items.find((r: any) => r.memberId === memberId).id as number;
      const noShop = await admin.post(`${w.base}/registrations/${regOf(w.m.e1a.id)}/nominations`, {
        year: 2026,
      });
      expect(noShop.status).toBe(400);
      const member = await w.login('lq-member');
      const shown = await member.post(`${w.base}/registrations/${regOf(w.m.shop1b.id)}/shop`, {
        shopName: '老街茶庄',
      });
      expect(shown.status).toBe(200);
      expect(shown.body.shopDisplayedOn).toBe('2026-06-15');
      const foreign = await member.post(`${w.base}/registrations/${regOf(w.m.e1a.id)}/shop`, {
        shopName: 'x',
      });
      expect(foreign.status).toBe(404);
      const nom = await admin.post(`${w.base}/registrations/${regOf(w.m.shop1b.id)}/nominations`, {
        year: 2026,
      });
      expect(nom.status).toBe(201);
      expect(
        (await admin.post(`${w.base}/registrations/${regOf(w.m.shop1b.id)}/nominations`, { year: 2026 }))
          .status,
      ).toBe(409);
      const decided = await admin.post(`${w.base}/nominations/${nom.body.id}/decision`, { awarded: true });
      expect(decided.body.status).toBe('awarded');
      expect(
        (await admin.post(`${w.base}/nominations/${nom.body.id}/decision`, { awarded: false })).status,
      ).toBe(409);
      const shops = await admin.get(`${w.base}/regions/${cbd.id}/shops`);
      expect(shops.body.items.map((s: any) => [s.memberName, s.shopName, s.status])).toEqual([
        ['孙八', '老街茶庄', 'awarded'],
      ]);
      const filtered = await admin.get(`${w.base}/regions/${cbd.id}/registrations?shop=true`);
      expect(filtered.body.total).toBe(1);
    });

    it('ends a registration, closing its affiliations, and reports coverage', async () => {
      const admin = await w.login('lq-admin');
      const list = await admin.get(`${w.base}/regions/${cbd.id}/registrations?pageSize=50`);
      // 张三, 钱七, 周九, 李四, 赵六, 孙八
      expect(list.body.total).toBe(6);
      const flowingReg = list.body.items.find((r: any) => r.memberId === w.m.flowing.id).id;
      const early = await admin.post(`${w.base}/registrations/${flowingReg}/end`, {
        endedOn: '2020-01-01',
        reason: '返乡',
      });
      expect(early.status).toBe(400);
      expect(early.body.error.field).toBe('endedOn');
      expect((await admin.post(`${w.base}/registrations/${flowingReg}/end`, { reason: '返乡' })).status).toBe(
        200,
      );
      expect((await affiliations(w.m.flowing.id)).map((a) => a.until)).toEqual(['2026-06-15', '2026-06-15']);
      expect((await admin.post(`${w.base}/registrations/${flowingReg}/end`, { reason: '返乡' })).status).toBe(
        409,
      );
      const coverage = await admin.get(`${w.base}/coverage`);
      const row = coverage.body.items.find((i: any) => i.name === '中央商务区');
      // 银泰 and 监管局 have orgs; 老街茶庄 is covered by the centre; nobody from 明华眼镜店 registered.
      // Working: 张三 李四 (银泰) 赵六 (监管局) 钱七 孙八 (茶庄) = 5; registered now: the same 5 (周九 left).
      expect(row).toMatchObject({
        unitCount: 4,
        unitsWithOrg: 2,
        unitsCoveredByCentre: 1,
        unitsUncovered: 1,
        workingMembers: 5,
        registered: 5,
        registeredViaCentre: 2,
        shops: 1,
      });
    });

    it('runs a flowing branch of members from elsewhere: only flowing members, activities added up', async () => {
      const admin = await w.login('lq-admin');
      const branch = await admin.post(`${w.base}/flowing-branches`, {
        name: '丰城市焦坑乡驻台州流动党支部',
        parentOrgId: cbd.centreOrgId,
        regionId: cbd.id,
        origin: '江西省丰城市焦坑乡',
        establishedOn: '2007-03-01',
      });
      expect(branch.status).toBe(201);
      const org = await backend.db
        .selectFrom('core.org')
        .select(['parent_id', 'kind'])
        .where('id', '=', branch.body.orgId)
        .executeTakeFirstOrThrow();
      expect(org).toEqual({ parent_id: cbd.centreOrgId, kind: 'flowing_branch' });
      const wrongParent = await admin.post(`${w.base}/flowing-branches`, {
        name: '另一支部',
        parentOrgId: w.orgs.townB.id,
        regionId: cbd.id,
        origin: '安徽',
      });
      expect(wrongParent.status).toBe(400);
      expect(wrongParent.body.error.field).toBe('parentOrgId');
      const notFlowing = await admin.post(`${w.base}/flowing-branches/${branch.body.id}/members`, {
        memberId: w.m.e1a.id,
      });
      expect(notFlowing.status).toBe(400);
      expect(notFlowing.body.error.field).toBe('memberId');
      expect(
        (
          await admin.post(`${w.base}/flowing-branches/${branch.body.id}/members`, {
            memberId: w.m.flowing.id,
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await admin.post(`${w.base}/flowing-branches/${branch.body.id}/members`, {
            memberId: w.m.flowing.id,
          })
        ).status,
      ).toBe(409);
      const noAmount = await admin.post(`${w.base}/flowing-branches/${branch.body.id}/activities`, {
        kind: 'investment',
        happenedOn: '2025-05-01',
        description: '引资',
      });
      expect(noAmount.status).toBe(400);
      expect(noAmount.body.error.field).toBe('amount');
      for (const a of [
        { kind: 'investment', amount: 2500, happenedOn: '2024-05-01', description: '引进鞋业项目' },
        { kind: 'investment', amount: 3600, happenedOn: '2025-05-01', description: '引进塑料项目' },
        { kind: 'dispute', happenedOn: '2025-07-01', description: '调解工资纠纷' },
        { kind: 'dispute', happenedOn: '2025-08-01', description: '调解工伤纠纷' },
      ])
        expect((await admin.post(`${w.base}/flowing-branches/${branch.body.id}/activities`, a)).status).toBe(
          201,
        );
      const list = await admin.get(`${w.base}/flowing-branches`);
      expect(list.body.items[0]).toMatchObject({
        name: '丰城市焦坑乡驻台州流动党支部',
        memberCount: 1,
        totals: { investment: 6100, dispute: 2 },
      });
      const structure = await admin.get(`${w.base}/regions/${cbd.id}/structure`);
      expect(structure.body.flowingBranches.map((b: any) => b.name)).toEqual([
        '丰城市焦坑乡驻台州流动党支部',
      ]);
    });
  },
);
