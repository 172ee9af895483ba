import { PASSWORD, testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handWorld, loggedIn } from '../testing';

/**
 * The hand-built case (see ../testing.ts): community1 is 'open' (A1 w1, A2 w1, A4 w2; A3 does not apply),
 * community2 is 'closed' (A1 w2, A2 w1, A3 w1, A4 w1). Expected totals are worked out in each test.
 */
describe.each(testDatabaseKinds())('jinan-standards assessments on %s', (kind) => {
  let w: Awaited<ReturnType<typeof handWorld>>;
  let community: Awaited<ReturnType<typeof loggedIn>>;
  let street: Awaited<ReturnType<typeof loggedIn>>;
  let campaignId: number;
  let a1: number; // community1's assessment
  let a2: number; // community2's assessment
  const item = (a: number, std: number) => `${w.base}/assessments/${a}/items/${std}`;

  beforeAll(async () => {
    w = await handWorld(kind);
    community = await loggedIn(w.backend, 'aa-org');
    street = await loggedIn(w.backend, 'aa-street');
    const created = await w.admin.post(`${w.base}/campaigns`, {
      name: '2026 上半年',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
    });
    expect(created.status).toBe(201);
    expect(created.body.assessments).toBe(2);
    campaignId = created.body.id;
    const list = await w.admin.get(`${w.base}/assessments?campaignId=${campaignId}`);
    a1 = list.body.items.find((i: any) => i.communityPlaceId === w.world.a.places.community1.id).id;
    a2 = list.body.items.find((i: any) => i.communityPlaceId === w.world.a.places.community2.id).id;
  });
  afterAll(() => w?.backend.close());

  it('selects the applicable standards and their weights by community type', async () => {
    const open = await w.admin.get(`${w.base}/assessments/${a1}`);
    expect(open.status).toBe(200);
    expect(open.body.communityType).toBe('open');
    expect(open.body.items.map((i: any) => [i.code, i.weight])).toEqual([
      ['A1', 1],
      ['A2', 1],
      ['A4', 2],
    ]);
    expect(open.body.notApplicableByType.map((i: any) => i.code)).toEqual(['A3']);
    const closed = await w.admin.get(`${w.base}/assessments/${a2}`);
    expect(closed.body.items.map((i: any) => [i.code, i.weight])).toEqual([
      ['A1', 2],
      ['A2', 1],
      ['A3', 1],
      ['A4', 1],
    ]);
    expect(closed.body.state).toBe('planned');
  });

  it('refuses to score a standard that does not apply to the community type, naming the field', async () => {
    const r = await community.put(item(a1, w.std.A3), { result: 'met', score: 5 });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('standardId');
    expect(r.body.error.message).toMatch(/not apply/);
  });

  it('refuses scores outside the range and results that disagree with the score or the rule', async () => {
    const cases: [number, object, string][] = [
      [w.std.A1, { result: 'met', score: 5 }, 'score'], // max 4
      [w.std.A1, { result: 'met', score: -0.5 }, 'score'],
      [w.std.A1, { result: 'met', score: 2.5 }, 'score'], // below pass 3
      [w.std.A1, { result: 'partly', score: 1.25 }, 'score'], // half points only
      [w.std.A2, { result: 'partly', score: 1 }, 'result'], // all or nothing
      [w.std.A4, { result: 'not_applicable' }, 'note'],
      [w.std.A1, { result: 'excellent' }, 'result'],
    ];
    for (const [std, body, field] of cases) {
      const r = await community.put(item(a1, std), body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.field, JSON.stringify(body)).toBe(field);
    }
    // Nothing was written and the assessment has not started.
    expect((await community.get(`${w.base}/assessments/${a1}`)).body.state).toBe('planned');
  });

  it('keeps other communities out of reach of a community secretary', async () => {
    expect((await community.get(`${w.base}/assessments/${a2}`)).status).toBe(404);
    expect((await community.put(item(a2, w.std.A1), { result: 'met' })).status).toBe(404);
    const list = await community.get(`${w.base}/assessments?campaignId=${campaignId}`);
    expect(list.body.items.map((i: any) => i.id)).toEqual([a1]);
    const member = await loggedIn(w.backend, 'aa-member');
    expect((await member.get(`${w.base}/assessments/${a1}`)).status).toBe(403);
    const other = w.backend.client('en');
    await other.login('bb-admin', PASSWORD);
    expect((await other.get(`/api/cities/bb/plugins/jinan-standards/assessments/${a1}`)).status).toBe(404);
  });

  it('self-assesses, computes the weighted score, and will not submit with standards missing', async () => {
    const r1 = await community.put(item(a1, w.std.A1), { result: 'met', score: 3.5, note: '大党委已建立' });
    expect(r1.status).toBe(200);
    expect(r1.body.score).toBe(3.5);
    expect((await community.get(`${w.base}/assessments/${a1}`)).body.state).toBe('in_progress');
    const early = await community.post(`${w.base}/assessments/${a1}/submit`);
    expect(early.status).toBe(409);
    expect(early.body.error.field).toBe('items');
    expect((await community.put(item(a1, w.std.A2), { result: 'not_met' })).body.score).toBe(0);
    expect((await community.put(item(a1, w.std.A4), { result: 'partly', score: 1.5 })).status).toBe(200);
    const d = (await community.get(`${w.base}/assessments/${a1}`)).body;
    // 100 × (1 × 3.5/4 + 1 × 0/2 + 2 × 1.5/3) ÷ (1 + 1 + 2) = 46.875
    expect(d.summary.score).toBeCloseTo(46.875, 9);
    expect(d.summary).toMatchObject({ applicable: 3, assessed: 3, met: 1, partly: 1, notMet: 1 });
    expect(d.areas.organization).toBeCloseTo(87.5, 9);
    expect(d.areas.team).toBe(0);
    expect(d.areas.support).toBeCloseTo(50, 9);
    expect(d.areas.service).toBeNull();
    expect(d.permissions).toEqual({ canEdit: true, canSubmit: true, canReview: false });
  });

  it('runs planned → in progress → in review → returned → in review → done, locking at the end', async () => {
    const submitted = await community.post(`${w.base}/assessments/${a1}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.state).toBe('in_review');
    // In review the community can no longer change its answers, and cannot review or approve itself.
    expect((await community.put(item(a1, w.std.A2), { result: 'met' })).status).toBe(409);
    expect((await community.post(`${w.base}/assessments/${a1}/approve`)).status).toBe(403);
    expect((await community.put(`${item(a1, w.std.A2)}/review`, { result: 'met' })).status).toBe(403);
    // The street sends it back with a reason; the community corrects A2 and resubmits.
    expect((await street.post(`${w.base}/assessments/${a1}/return`, { reason: '' })).status).toBe(400);
    const returned = await street.post(`${w.base}/assessments/${a1}/return`, {
      reason: 'A2 佐证不足，请补充',
    });
    expect(returned.status).toBe(200);
    expect(returned.body.state).toBe('in_progress');
    expect(returned.body.returnedReason).toBe('A2 佐证不足，请补充');
    expect((await community.put(item(a1, w.std.A2), { result: 'not_met', note: '尚未达标' })).status).toBe(
      200,
    );
    expect((await community.post(`${w.base}/assessments/${a1}/submit`)).status).toBe(200);
    const approved = await street.post(`${w.base}/assessments/${a1}/approve`, { comment: '同意' });
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('done');
    expect(approved.body.lockedAt).not.toBeNull();
    // Locked: no self-assessment, no review, no evidence, no second approval.
    for (const r of [
      await community.put(item(a1, w.std.A1), { result: 'met', score: 4 }),
      await street.put(`${item(a1, w.std.A1)}/review`, { result: 'met', score: 4 }),
      await street.post(`${w.base}/assessments/${a1}/approve`),
      await street.post(`${w.base}/assessments/${a1}/return`, { reason: '再看看' }),
    ]) {
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe('conflict');
    }
    expect((await w.admin.get(`${w.base}/assessments/${a1}`)).body.summary.score).toBeCloseTo(46.875, 9);
  });

  it('lets the street override a self-assessed result in review; the review is what counts', async () => {
    // community2 (closed): A1 met 4 (w2), A2 met (w1), A3 partly 2 (w1), A4 not applicable.
    await w.admin.put(item(a2, w.std.A1), { result: 'met', score: 4 });
    await w.admin.put(item(a2, w.std.A2), { result: 'met' });
    await w.admin.put(item(a2, w.std.A3), { result: 'partly', score: 2 });
    await w.admin.put(item(a2, w.std.A4), { result: 'not_applicable', note: '无物业管理' });
    let d = (await w.admin.get(`${w.base}/assessments/${a2}`)).body;
    // 100 × (2 × 4/4 + 1 × 2/2 + 1 × 2/5) ÷ (2 + 1 + 1) = 85
    expect(d.summary.score).toBeCloseTo(85, 9);
    expect((await street.put(`${item(a2, w.std.A3)}/review`, { result: 'met', score: 4 })).status).toBe(409); // not yet in review
    expect((await w.admin.post(`${w.base}/assessments/${a2}/submit`)).status).toBe(200);
    const outOfRange = await street.put(`${item(a2, w.std.A3)}/review`, { result: 'met', score: 6 });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.error.field).toBe('score');
    expect(
      (await street.put(`${item(a2, w.std.A3)}/review`, { result: 'met', score: 4, note: '核实已达标' }))
        .status,
    ).toBe(200);
    d = (await street.get(`${w.base}/assessments/${a2}`)).body;
    const a3 = d.items.find((i: any) => i.code === 'A3');
    expect(a3.self).toMatchObject({ result: 'partly', score: 2 });
    expect(a3.review).toMatchObject({ result: 'met', score: 4, note: '核实已达标' });
    expect(a3.effective).toEqual({ result: 'met', score: 4 });
    // 100 × (2 × 1 + 1 × 1 + 1 × 4/5) ÷ 4 = 95
    expect(d.summary.score).toBeCloseTo(95, 9);
    expect(d.permissions.canReview).toBe(true);
    expect((await street.post(`${w.base}/assessments/${a2}/approve`)).status).toBe(200);
  });

  it('refuses bad campaigns with the field at fault', async () => {
    const camp = (over: object) =>
      w.admin.post(`${w.base}/campaigns`, {
        name: '另一批',
        periodFrom: '2026-07-01',
        periodTo: '2026-12-31',
        ...over,
      });
    const cases: [object, number, string | undefined][] = [
      [{ periodTo: '2026-06-30' }, 400, 'periodTo'],
      [{ periodFrom: '2026-02-30' }, 400, 'periodFrom'],
      [{ communityPlaceIds: [w.world.b.places.community1.id] }, 400, 'communityPlaceIds.0'],
      [{ communityPlaceIds: [w.world.a.places.compound.id] }, 400, 'communityPlaceIds.0'],
      [{ templateVersionId: 999999 }, 400, 'templateVersionId'],
      [{ name: '2026 上半年' }, 409, 'name'],
    ];
    for (const [over, status, field] of cases) {
      const r = await camp(over);
      expect(r.status, JSON.stringify(over)).toBe(status);
      expect(r.body.error.field, JSON.stringify(over)).toBe(field);
    }
    expect(
      (
        await community.post(`${w.base}/campaigns`, {
          name: 'x',
          periodFrom: '2026-07-01',
          periodTo: '2026-12-31',
        })
      ).status,
    ).toBe(403);
    const again = await w.admin.post(`${w.base}/campaigns/${campaignId}/assessments`, {
      communityPlaceIds: [w.world.a.places.community1.id],
    });
    expect(again.status).toBe(409);
    expect(again.body.error.field).toBe('communityPlaceIds.0');
    expect((await w.admin.delete(`${w.base}/campaigns/${campaignId}`)).status).toBe(409);
    expect((await w.admin.delete(`${w.base}/assessments/${a1}`)).status).toBe(409);
  });

  it('records who changed what in the audit log', async () => {
    const h = await w.admin.get(`${w.base}/assessments/${a1}/history`);
    expect(h.status).toBe(200);
    const actions = h.body.items.map((i: any) => `${i.actor}:${i.action}`).reverse();
    expect(actions).toEqual([
      'aa-org:state:in_progress',
      'aa-org:self_assess',
      'aa-org:self_assess',
      'aa-org:self_assess',
      'aa-org:state:in_review',
      'aa-street:state:in_progress',
      'aa-org:self_assess',
      'aa-org:state:in_review',
      'aa-street:state:done',
      'aa-street:create',
      'aa-street:create',
    ]);
    const a2change = h.body.items.find(
      (i: any) => i.action === 'self_assess' && i.after.code === 'A2' && i.before.result === 'not_met',
    );
    expect(a2change.after).toMatchObject({ result: 'not_met', note: '尚未达标' });
  });
});
