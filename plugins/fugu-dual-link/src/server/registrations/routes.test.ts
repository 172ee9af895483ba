import {
  createPluginTestBackend,
  manualClock,
  type PluginTestBackend,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index';
import { type FuguWorld, fuguWorld } from '../test-world';

// 1×1 transparent PNG.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe.each(testDatabaseKinds())('fugu-dual-link registration on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: FuguWorld;
  let regA: number;
  beforeAll(async () => {
    backend = await createPluginTestBackend(plugin, kind, { clock: manualClock('2026-03-10T02:00:00Z') });
    w = await fuguWorld(backend);
  });
  afterAll(() => backend?.close());

  it('refuses bad letters with the field named', async () => {
    const unit1 = await w.as('unit1');
    const retired = await unit1.post(`${w.base}/registrations`, {
      memberId: w.members.r.id,
      communityOrgId: w.orgs.communityA.id,
    });
    // The retired member belongs to community A, outside the unit admin's subtree.
    expect(retired.status).toBe(400);
    expect(retired.body.error.field).toBe('memberId');
    const notCommunity = await unit1.post(`${w.base}/registrations`, {
      memberId: w.members.a.id,
      communityOrgId: w.orgs.u2Org.id,
    });
    expect(notCommunity.status).toBe(400);
    expect(notCommunity.body.error.field).toBe('communityOrgId');
    const wrongPlace = await unit1.post(`${w.base}/registrations`, {
      memberId: w.members.a.id,
      communityOrgId: w.orgs.communityA.id,
      residencePlaceId: w.places.compoundB1.id,
    });
    expect(wrongPlace.status).toBe(400);
    expect(wrongPlace.body.error.field).toBe('residencePlaceId');
    const future = await unit1.post(`${w.base}/registrations`, {
      memberId: w.members.a.id,
      communityOrgId: w.orgs.communityA.id,
      sentOn: '2026-04-01',
    });
    expect(future.status).toBe(400);
    expect(future.body.error.field).toBe('sentOn');
    const unit2 = await w.as('unit2');
    const outside = await unit2.post(`${w.base}/registrations`, {
      memberId: w.members.a.id,
      communityOrgId: w.orgs.communityA.id,
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.field).toBe('memberId');
    const county = await w.as('county');
    const notInService = await county.post(`${w.base}/registrations`, {
      memberId: w.members.r.id,
      communityOrgId: w.orgs.communityA.id,
    });
    expect(notInService.status).toBe(400);
    expect(notInService.body.error.field).toBe('memberId');
  });

  it('walks the two-part card: the unit sends, only the community stamps, the unit files part 1', async () => {
    const unit1 = await w.as('unit1');
    const sent = await unit1.post(`${w.base}/registrations`, {
      memberId: w.members.a.id,
      communityOrgId: w.orgs.communityA.id,
      sentOn: '2026-03-01',
      commitment: '每月参加一次社区法律咨询',
      onBoard: true,
      showUnit: true,
      showCommitment: true,
    });
    expect(sent.status).toBe(201);
    regA = sent.body.id;
    expect(sent.body.status).toBe('sent');
    // The member's residence in the community is filled in, and the registration form takes occupation and skills.
    expect(sent.body.residencePlaceId).toBe(w.places.buildingA11.id);
    expect(sent.body.occupation).toBe('律师');
    expect(sent.body.card).toEqual({
      part1: { keptBy: 'unit', stamped: false, filedOn: null },
      part2: { keptBy: 'community', stamped: false, filedOn: null },
      complete: false,
    });

    const again = await unit1.post(`${w.base}/registrations`, {
      memberId: w.members.a.id,
      communityOrgId: w.orgs.communityB.id,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.field).toBe('memberId');

    // Both sides see the letter; another community does not.
    const communityA = await w.as('communityA');
    expect((await communityA.get(`${w.base}/registrations/${regA}`)).body.sides).toEqual({
      unit: false,
      community: true,
      self: false,
    });
    expect((await unit1.get(`${w.base}/registrations/${regA}`)).body.sides).toEqual({
      unit: true,
      community: false,
      self: false,
    });
    expect((await (await w.as('communityB')).get(`${w.base}/registrations/${regA}`)).status).toBe(404);
    const inbox = await communityA.get(`${w.base}/registrations?side=community&status=sent`);
    expect(inbox.body.items.map((r: any) => r.id)).toEqual([regA]);
    expect((await (await w.as('unit2')).get(`${w.base}/registrations`)).body.items).toEqual([]);

    // Only the community stamps its part: not the unit, not the county, not the town above it.
    for (const who of ['unit1', 'county', 'town'] as const) {
      const r = await (await w.as(who)).post(`${w.base}/registrations/${regA}/stamp`, { on: '2026-03-05' });
      expect(r.status, who).toBe(403);
    }
    // The list offers the stamp by the same rule: to the community, and to the county above it with the reason.
    expect(inbox.body.items[0].actions).toEqual({ stamp: { allowed: true } });
    const countyRow = (
      await (await w.as('county')).get(`${w.base}/registrations?side=community&status=sent`)
    ).body.items.find((r: any) => r.id === regA);
    expect(countyRow.actions.stamp).toEqual({
      allowed: false,
      reason: 'only the party org of the community reported to stamps its part',
    });
    const early = await unit1.post(`${w.base}/registrations/${regA}/file-part1`, {});
    expect(early.status).toBe(409);
    const beforeSent = await communityA.post(`${w.base}/registrations/${regA}/stamp`, { on: '2026-02-27' });
    expect(beforeSent.status).toBe(400);
    expect(beforeSent.body.error.field).toBe('on');

    const stamped = await communityA.post(`${w.base}/registrations/${regA}/stamp`, { on: '2026-03-05' });
    expect(stamped.status).toBe(200);
    expect(stamped.body.status).toBe('stamped');
    expect(stamped.body.card.part2).toEqual({ keptBy: 'community', stamped: true, filedOn: '2026-03-05' });
    expect(stamped.body.card.complete).toBe(false);
    // Refusals speak the caller's language.
    const twice = await communityA.post(`${w.base}/registrations/${regA}/stamp`, {});
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatchObject({
      field: 'status',
      message: 'Conflict: cannot stamp: the registration is “Stamped by community”',
    });
    const twiceZh = await (await w.as('communityA', 'zh-CN')).post(
      `${w.base}/registrations/${regA}/stamp`,
      {},
    );
    expect(twiceZh.body.error.message).toBe('操作冲突：当前状态为「社区已盖章」，不能盖章');
    const missing = await (await w.as('communityA', 'zh-CN')).post(
      `${w.base}/registrations/999999/stamp`,
      {},
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('未找到报到登记');

    // The community side is now a core activity affiliation.
    const aff = await backend.db
      .selectFrom('core.member_affiliation')
      .selectAll()
      .where('member_id', '=', w.members.a.id)
      .execute();
    expect(aff.map((x) => [x.kind, x.org_id, x.place_id, x.since, x.until])).toEqual([
      ['community', w.orgs.communityA.id, w.places.buildingA11.id, '2026-03-05', null],
    ]);

    expect((await communityA.post(`${w.base}/registrations/${regA}/file-part1`, {})).status).toBe(403);
    const filed = await unit1.post(`${w.base}/registrations/${regA}/file-part1`, { on: '2026-03-08' });
    expect(filed.status).toBe(200);
    expect(filed.body.status).toBe('filed');
    expect(filed.body.card).toEqual({
      part1: { keptBy: 'unit', stamped: true, filedOn: '2026-03-08' },
      part2: { keptBy: 'community', stamped: true, filedOn: '2026-03-05' },
      complete: true,
    });
  });

  it('shows the member managed by both sides on one page', async () => {
    const fromUnit = await (await w.as('unit1')).get(`${w.base}/members/${w.members.a.id}/overview`);
    expect(fromUnit.status).toBe(200);
    expect(fromUnit.body.sides).toEqual({ unit: true, community: false, self: false });
    expect(fromUnit.body.unitSide).toMatchObject({ orgName: '县财政局党委', unitName: '县财政局' });
    expect(fromUnit.body.communitySide.registration).toMatchObject({
      communityName: '东路社区党委',
      status: 'filed',
    });
    const fromCommunity = await (await w.as('communityA')).get(
      `${w.base}/members/${w.members.a.id}/overview`,
    );
    expect(fromCommunity.body.sides).toEqual({ unit: false, community: true, self: false });
    const me = await (await w.as('memberA')).get(`${w.base}/me`);
    expect(me.body.sides.self).toBe(true);
    expect(me.body.member.name).toBe('张一');
    expect(
      (await (await w.as('communityB')).get(`${w.base}/members/${w.members.a.id}/overview`)).status,
    ).toBe(404);
    expect((await (await w.as('memberA')).get(`${w.base}/members/${w.members.b.id}/overview`)).status).toBe(
      404,
    );
  });

  it('counts completed cards and reported members in the indicators', async () => {
    const unit1 = await w.as('unit1');
    // b: letter sent but not stamped yet.
    expect(
      (
        await unit1.post(`${w.base}/registrations`, {
          memberId: w.members.b.id,
          communityOrgId: w.orgs.communityA.id,
          sentOn: '2026-03-09',
        })
      ).status,
    ).toBe(201);
    const county = await w.as('county');
    const r = await county.get('/api/cities/fg/indicators?from=2026-01-01&to=2026-12-31');
    const value = (id: string) => r.body.items.find((i: any) => i.meta.id === id).value;
    // Cards: a complete, b only sent → 1 / 2.
    expect(value('fugu_registration_complete_rate')).toMatchObject({
      status: 'ok',
      numerator: 1,
      denominator: 2,
      value: 0.5,
    });
    // In-service members a, b, c, d, e; only a is stamped → 1 / 5.
    expect(value('report_rate')).toMatchObject({ numerator: 1, denominator: 5, value: 0.2 });
    // Community B's subtree has no registration: not applicable, never zero.
    const b = await county.get(
      `/api/cities/fg/indicators?from=2026-01-01&to=2026-12-31&orgId=${w.orgs.communityB.id}`,
    );
    expect(b.body.items.find((i: any) => i.meta.id === 'fugu_registration_complete_rate').value.status).toBe(
      'not_applicable',
    );
  });

  it('publishes the supervision board without login, showing only what the member agreed to', async () => {
    const anon = backend.client('en');
    const member = await w.as('memberA');
    expect(
      (await member.put(`${w.base}/registrations/${regA}/photo`, { dataUrl: 'data:text/html;base64,PGI+' }))
        .status,
    ).toBe(400);
    expect((await member.put(`${w.base}/registrations/${regA}/photo`, { dataUrl: PNG })).status).toBe(200);
    let board = await anon.get(`${w.publicBase}/boards/${w.places.compoundA1.id}`);
    expect(board.status).toBe(200);
    expect(board.body.members).toEqual([
      {
        registrationId: regA,
        name: '张一',
        placeName: '1号楼',
        unitName: '县财政局',
        commitment: '每月参加一次社区法律咨询',
        postName: null,
        postCategory: null,
        photo: null,
      },
    ]);
    expect(board.body.registered).toBeUndefined();
    // No photo until the member agrees to show it.
    expect((await anon.get(`${w.publicBase}/photos/${regA}`)).status).toBe(404);
    expect(
      (await member.patch(`${w.base}/registrations/${regA}`, { showPhoto: true, showUnit: false })).status,
    ).toBe(200);
    board = await anon.get(`${w.publicBase}/boards/${w.places.compoundA1.id}`);
    expect(board.body.members[0]).toMatchObject({ unitName: null, photo: `photos/${regA}` });
    const photo = await anon.get(`${w.publicBase}/photos/${regA}`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/png');
    // The building's own board lists the same member; a community is not a board.
    expect(
      (await anon.get(`${w.publicBase}/boards/${w.places.buildingA11.id}`)).body.members.map(
        (m: any) => m.name,
      ),
    ).toEqual(['张一']);
    expect((await anon.get(`${w.publicBase}/boards/${w.places.placeA.id}`)).status).toBe(404);
    expect((await anon.get(`${w.publicBase}/boards`)).body.items).toEqual([
      {
        communityPlaceId: w.places.placeA.id,
        communityName: '东路社区',
        placeId: w.places.compoundA1.id,
        placeName: '凤凰小区',
        kind: 'compound',
        listed: 1,
      },
    ]);
    // The signed-in view for printing also says how many chose not to be listed (b is not stamped yet: 0).
    const printed = await (await w.as('communityA')).get(`${w.base}/boards/${w.places.compoundA1.id}`);
    expect(printed.body.notListed).toBe(0);
    // Writes are not public; other cities and unknown cities answer 404.
    expect((await anon.get(`${w.base}/registrations`)).status).toBe(401);
    expect((await anon.get('/api/public/cities/nowhere/plugins/fugu-dual-link/boards')).status).toBe(404);
  });

  it('moving away closes the registration, opens one at the new community and tells the unit', async () => {
    const communityA = await w.as('communityA');
    const bad = await communityA.post(`${w.base}/registrations/${regA}/move`, {
      newCommunityOrgId: w.orgs.communityA.id,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('newCommunityOrgId');
    const moved = await communityA.post(`${w.base}/registrations/${regA}/move`, {
      newCommunityOrgId: w.orgs.communityB.id,
      newResidencePlaceId: w.places.compoundB1.id,
      movedOn: '2026-03-09',
    });
    expect(moved.status).toBe(201);
    // Community A cannot see the new letter at community B.
    expect(moved.body.newRegistration).toBeNull();
    const old = await communityA.get(`${w.base}/registrations/${regA}`);
    expect(old.body).toMatchObject({ status: 'closed', closeReason: 'moved', closedOn: '2026-03-09' });
    const communityB = await w.as('communityB');
    const inbox = await communityB.get(`${w.base}/registrations?side=community&status=sent`);
    expect(inbox.body.items).toHaveLength(1);
    expect(inbox.body.items[0]).toMatchObject({
      id: moved.body.newRegistrationId,
      memberId: w.members.a.id,
      previousId: regA,
      residencePlaceId: w.places.compoundB1.id,
    });
    const notices = await (await w.as('unit1')).get(`${w.base}/notices`);
    expect(notices.body.items.map((n: any) => [n.kind, n.memberId])).toEqual([['moved', w.members.a.id]]);
    const aff = await backend.db
      .selectFrom('core.member_affiliation')
      .select(['until'])
      .where('member_id', '=', w.members.a.id)
      .execute();
    expect(aff.map((x) => x.until)).toEqual(['2026-03-09']);
    const member = await backend.db
      .selectFrom('core.member')
      .select('residence_place_id')
      .where('id', '=', w.members.a.id)
      .executeTakeFirstOrThrow();
    expect(member.residence_place_id).toBe(w.places.compoundB1.id);
    // Off the old board.
    expect(
      (await backend.client().get(`${w.publicBase}/boards/${w.places.compoundA1.id}`)).body.members,
    ).toEqual([]);
  });
});
