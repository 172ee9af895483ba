import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worldBackend } from '../test-world';

describe.each(testDatabaseKinds())(
  'service: posts, pairings, wishes, records and their confirmation on %s',
  (kind) => {
    let t: Awaited<ReturnType<typeof worldBackend>>;
    let postId: number;
    let wishId: number;
    beforeAll(async () => {
      t = await worldBackend(kind);
      // mA and mC report to CO1, mB to CO2.
      for (const u of ['ly-a', 'ly-b', 'ly-c'])
        expect((await (await t.as(u)).post(t.url('/reports'), {})).status).toBe(201);
    });
    afterAll(() => t?.backend.close());

    it('the community publishes posts, pairing needs and wishes; bad input names the field', async () => {
      const co1 = await t.as('ly-co1');
      const post = await co1.post(t.url('/posts'), {
        communityOrgId: t.world.orgs.CO1.id,
        title: '楼道清洁岗',
        mode: 'fixed',
        capacity: 1,
      });
      expect(post.status).toBe(201);
      postId = post.body.id;
      const wish = await co1.post(t.url('/wishes'), {
        communityOrgId: t.world.orgs.CO1.id,
        beneficiary: '王阿姨',
        content: '一台助听器',
      });
      expect(wish.status).toBe(201);
      wishId = wish.body.id;
      expect(wish.body.status).toBe('open');
      expect(
        (
          await co1.post(t.url('/pairings'), {
            communityOrgId: t.world.orgs.CO1.id,
            beneficiary: '李大爷',
            need: '独居老人日常照料',
          })
        ).status,
      ).toBe(201);

      const badMode = await co1.post(t.url('/posts'), {
        communityOrgId: t.world.orgs.CO1.id,
        title: 'x',
        mode: 'daily',
      });
      expect([badMode.status, badMode.body.error.field]).toEqual([400, 'mode']);
      const otherCommunity = await co1.post(t.url('/posts'), {
        communityOrgId: t.world.orgs.CO2.id,
        title: 'x',
        mode: 'fixed',
      });
      expect([otherCommunity.status, otherCommunity.body.error.field]).toEqual([400, 'communityOrgId']);
      const notCommunity = await co1.post(t.url('/wishes'), {
        communityOrgId: t.world.orgs.UO1.id,
        beneficiary: '王',
        content: 'x',
      });
      expect([notCommunity.status, notCommunity.body.error.field]).toEqual([400, 'communityOrgId']);
      const future = await co1.post(t.url('/wishes'), {
        communityOrgId: t.world.orgs.CO1.id,
        beneficiary: '王',
        content: 'x',
        collectedOn: '2026-07-01',
      });
      expect([future.status, future.body.error.field]).toEqual([400, 'collectedOn']);
      const member = await t.as('ly-a');
      expect(
        (
          await member.post(t.url('/posts'), {
            communityOrgId: t.world.orgs.CO1.id,
            title: 'x',
            mode: 'fixed',
          })
        ).status,
      ).toBe(403);
    });

    it('members see and claim what their report community publishes; others must report there first', async () => {
      const a = await t.as('ly-a');
      const posts = await a.get(t.url('/posts'));
      expect(posts.body.items.map((p: any) => p.title)).toEqual(['楼道清洁岗']);
      const b = await t.as('ly-b');
      expect((await b.get(t.url('/posts'))).body.items).toEqual([]);
      const notHere = await b.post(t.url(`/posts/${postId}/claim`), {});
      expect(notHere.status).toBe(409);
      expect(notHere.body.error.message).toContain('report to this community first');

      const claim = await a.post(t.url(`/posts/${postId}/claim`), {});
      expect(claim.status).toBe(201);
      expect((await a.post(t.url(`/posts/${postId}/claim`), {})).status).toBe(409);
      const c = await t.as('ly-c');
      const full = await c.post(t.url(`/posts/${postId}/claim`), {});
      expect(full.status).toBe(409);
      expect(full.body.error.message).toContain('full');

      const wishClaim = await c.post(t.url(`/wishes/${wishId}/claim`), {});
      expect(wishClaim.status).toBe(201);
      expect((await a.post(t.url(`/wishes/${wishId}/claim`), {})).status).toBe(409);
      const wishes = await a.get(t.url('/wishes'));
      expect(wishes.body.items[0]).toMatchObject({ status: 'claimed', claimedByName: '张丙' });
      expect((await c.get(t.url('/claims'))).body.items.map((k: any) => k.kind)).toEqual(['wish']);
      expect((await a.post(t.url('/wishes/999999/claim'), {})).status).toBe(404);
    });

    it('a member submits a record; only the community org confirms it after checking, which fulfils a claimed wish', async () => {
      const c = await t.as('ly-c');
      const claims = (await c.get(t.url('/claims'))).body.items;
      const future = await c.post(t.url('/records'), {
        claimId: claims[0].id,
        servedOn: '2026-06-16',
        hours: 2,
        content: '送助听器上门',
        beneficiary: '王阿姨',
      });
      expect([future.status, future.body.error.field]).toEqual([400, 'servedOn']);
      const tooLong = await c.post(t.url('/records'), {
        claimId: claims[0].id,
        servedOn: '2026-06-10',
        hours: 13,
        content: '送助听器上门',
        beneficiary: '王阿姨',
      });
      expect([tooLong.status, tooLong.body.error.field]).toEqual([400, 'hours']);
      const a = await t.as('ly-a');
      const notMine = await a.post(t.url('/records'), {
        claimId: claims[0].id,
        servedOn: '2026-06-10',
        hours: 2,
        content: 'x',
        beneficiary: 'y',
      });
      expect([notMine.status, notMine.body.error.field]).toEqual([400, 'claimId']);

      const rec = await c.post(t.url('/records'), {
        claimId: claims[0].id,
        servedOn: '2026-06-10',
        hours: 2,
        content: '送助听器上门',
        beneficiary: '王阿姨',
      });
      expect(rec.status).toBe(201);
      expect(rec.body.status).toBe('submitted');

      const queue = await (await t.as('ly-co1')).get(t.url('/records?status=submitted'));
      expect(queue.body.items.map((r: any) => r.id)).toEqual([rec.body.id]);
      for (const who of ['ly-c', 'ly-admin', 'ly-street']) {
        const r = await (await t.as(who)).post(t.url(`/records/${rec.body.id}/confirm`), {
          verifiedWith: '王阿姨',
        });
        expect(r.status, who).toBe(403);
      }
      expect(
        (
          await (
            await t.as('ly-co2')
          ).post(t.url(`/records/${rec.body.id}/confirm`), { verifiedWith: '王阿姨' })
        ).status,
      ).toBe(404);
      const co1 = await t.as('ly-co1');
      const missing = await co1.post(t.url(`/records/${rec.body.id}/confirm`), {});
      expect([missing.status, missing.body.error.field]).toEqual([400, 'verifiedWith']);
      const ok = await co1.post(t.url(`/records/${rec.body.id}/confirm`), {
        verifiedWith: '王阿姨（电话核实）',
      });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({
        status: 'confirmed',
        memberName: '张丙',
        servedOn: '2026-06-10',
        verifiedWith: '王阿姨（电话核实）',
        reviewedBy: 'ly-co1',
      });
      expect((await co1.post(t.url(`/records/${rec.body.id}/reject`), { reason: 'x' })).status).toBe(409);
      const wish = (await co1.get(t.url('/wishes'))).body.items[0];
      expect(wish).toMatchObject({ status: 'fulfilled', fulfilledOn: '2026-06-10' });
    });

    it('a rejected record does not count: the member stays unserved until one is confirmed', async () => {
      const a = await t.as('ly-a');
      const rec = await a.post(t.url('/records'), {
        communityOrgId: t.world.orgs.CO1.id,
        servedOn: '2026-06-12',
        hours: 1.5,
        content: '文明劝导',
        beneficiary: '小区物业',
      });
      expect(rec.status).toBe(201);
      const co1 = await t.as('ly-co1');
      const noReason = await co1.post(t.url(`/records/${rec.body.id}/reject`), {});
      expect([noReason.status, noReason.body.error.field]).toEqual([400, 'reason']);
      const rejected = await co1.post(t.url(`/records/${rec.body.id}/reject`), {
        reason: '服务对象表示不知情',
      });
      expect(rejected.body.status).toBe('rejected');
      const mine = await a.get(t.url('/records'));
      expect(mine.body.items.map((r: any) => r.status)).toEqual(['rejected']);
      expect((await a.get(t.url('/me'))).body.counts).toEqual({
        claims: 1,
        confirmedRecords: 0,
        pendingRecords: 0,
        hours: 0,
      });
      const admin = await t.as('ly-admin');
      const rate = await admin.get('/api/cities/ly/indicators?from=2026-01-01&to=2026-12-31');
      const service = rate.body.items.find((i: any) => i.meta.id === 'service_rate');
      // Reported: mA, mB, mC; served (a confirmed record): only mC.
      expect(service.value).toMatchObject({ status: 'ok', numerator: 1, denominator: 3 });
    });

    it('a member records service only where they reported; "五个先锋" tags by the member or their community', async () => {
      const b = await t.as('ly-b');
      const wrong = await b.post(t.url('/records'), {
        communityOrgId: t.world.orgs.CO1.id,
        servedOn: '2026-06-12',
        hours: 1,
        content: 'x',
        beneficiary: 'y',
      });
      expect(wrong.status).toBe(409);
      const noCommunity = await b.post(t.url('/records'), {
        servedOn: '2026-06-12',
        hours: 1,
        content: 'x',
        beneficiary: 'y',
      });
      expect([noCommunity.status, noCommunity.body.error.field]).toEqual([400, 'communityOrgId']);

      const a = await t.as('ly-a');
      const tags = await a.put(t.url(`/members/${t.world.members.mA.id}/tags`), {
        tags: ['policy_promotion', 'volunteer_service'],
      });
      expect(tags.body.tags).toEqual(['policy_promotion', 'volunteer_service']);
      expect((await a.put(t.url(`/members/${t.world.members.mB.id}/tags`), { tags: [] })).status).toBe(403);
      expect(
        (await a.put(t.url(`/members/${t.world.members.mA.id}/tags`), { tags: ['hero'] })).body.error.field,
      ).toBe('tags.0');
      const co1 = await t.as('ly-co1');
      expect(
        (await co1.put(t.url(`/members/${t.world.members.mA.id}/tags`), { tags: ['dispute_mediation'] }))
          .status,
      ).toBe(200);
      expect(
        (await co1.put(t.url(`/members/${t.world.members.mB.id}/tags`), { tags: ['dispute_mediation'] }))
          .status,
      ).toBe(404);
      expect((await a.get(t.url('/me'))).body.tags).toEqual(['dispute_mediation']);
    });

    it('audits each write under the plugin schema’s entity names', async () => {
      const rows = await t.backend.db
        .selectFrom('core.audit_log')
        .select(['entity', 'action'])
        .distinct()
        .where('entity', 'like', 'p\\_longyan\\_return\\_home.%')
        .where('entity', '!=', 'p_longyan_return_home.report')
        .execute();
      // Sorted here: collations order '_' differently.
      expect(rows.map((r) => `${r.entity} ${r.action}`).sort()).toEqual([
        'p_longyan_return_home.claim claim',
        'p_longyan_return_home.pairing_need create',
        'p_longyan_return_home.pioneer_tag tags',
        'p_longyan_return_home.service_post create',
        'p_longyan_return_home.service_record confirm',
        'p_longyan_return_home.service_record reject',
        'p_longyan_return_home.service_record submit',
        'p_longyan_return_home.wish create',
      ]);
    });
  },
);
