import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handWorld, loggedIn } from '../testing';

describe.each(testDatabaseKinds())('jinan-standards rectification list on %s', (kind) => {
  let w: Awaited<ReturnType<typeof handWorld>>;
  let community: Awaited<ReturnType<typeof loggedIn>>;
  let street: Awaited<ReturnType<typeof loggedIn>>;
  let items: any[];

  beforeAll(async () => {
    w = await handWorld(kind);
    // Only standards not met raise items in this city.
    expect(
      (
        await w.admin.put('/api/cities/aa/plugin-settings/jinan-standards', {
          config: { rectifyPartlyMet: false, rectificationDays: 30 },
        })
      ).status,
    ).toBe(200);
    community = await loggedIn(w.backend, 'aa-org');
    street = await loggedIn(w.backend, 'aa-street');
    const camp = await w.admin.post(`${w.base}/campaigns`, {
      name: 'H1',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      communityPlaceIds: [w.world.a.places.community1.id],
    });
    const a = (await community.get(`${w.base}/assessments?campaignId=${camp.body.id}`)).body.items[0].id;
    await community.put(`${w.base}/assessments/${a}/items/${w.std.A1}`, { result: 'not_met', score: 1 });
    await community.put(`${w.base}/assessments/${a}/items/${w.std.A2}`, { result: 'not_met' });
    await community.put(`${w.base}/assessments/${a}/items/${w.std.A4}`, { result: 'partly', score: 1 });
    await community.post(`${w.base}/assessments/${a}/submit`);
    expect((await street.post(`${w.base}/assessments/${a}/approve`)).status).toBe(200);
    items = (await community.get(`${w.base}/rectifications`)).body.items;
  });
  afterAll(() => w?.backend.close());

  it('raises one item per unmet standard, due after the configured days, in the community’s scope', async () => {
    // 2026-06-15 + 30 days; the partly met A4 raises nothing with rectifyPartlyMet off.
    expect(items.map((i) => [i.code, i.dueDate, i.status, i.communityName])).toEqual([
      ['A1', '2026-07-15', 'open', 'aa一社区'],
      ['A2', '2026-07-15', 'open', 'aa一社区'],
    ]);
    expect(items[0].problem).toContain('未达标');
    const other = await w.admin.get(`${w.base}/rectifications?streetPlaceId=${w.world.a.places.street.id}`);
    expect(other.body.summary).toEqual({ total: 2, open: 2, overdue: 0, closed: 0, closedOnTime: 0 });
  });

  it('lets the community set owner and measures but not move the due date; the street may', async () => {
    const own = await community.patch(`${w.base}/rectifications/${items[0].id}`, {
      ownerName: '张书记',
      measures: '补建大党委',
    });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ ownerName: '张书记', measures: '补建大党委' });
    const move = await community.patch(`${w.base}/rectifications/${items[0].id}`, { dueDate: '2026-12-31' });
    expect(move.status).toBe(403);
    expect(move.body.error.field).toBe('dueDate');
    const streetMove = await street.patch(`${w.base}/rectifications/${items[0].id}`, {
      dueDate: '2026-08-15',
    });
    expect(streetMove.body.dueDate).toBe('2026-08-15');
    for (const dueDate of ['tomorrow', '2026-02-30']) {
      const bad = await street.patch(`${w.base}/rectifications/${items[0].id}`, { dueDate });
      expect(bad.status).toBe(400);
      expect(bad.body.error.field).toBe('dueDate');
    }
  });

  it('closes with a note, refuses a future date or a second close, and only the street reopens', async () => {
    const noNote = await community.post(`${w.base}/rectifications/${items[1].id}/close`, {});
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.field).toBe('note');
    const future = await community.post(`${w.base}/rectifications/${items[1].id}/close`, {
      note: '完成',
      closedOn: '2026-06-16',
    });
    expect(future.status).toBe(400);
    expect(future.body.error.field).toBe('closedOn');
    const closed = await community.post(`${w.base}/rectifications/${items[1].id}/close`, {
      note: '已建立制度',
    });
    expect(closed.body).toMatchObject({ status: 'closed', closedOn: '2026-06-15', onTime: true });
    expect(
      (await community.post(`${w.base}/rectifications/${items[1].id}/close`, { note: '再次' })).status,
    ).toBe(409);
    expect(
      (await community.patch(`${w.base}/rectifications/${items[1].id}`, { ownerName: 'x' })).status,
    ).toBe(409);
    // The list offers reopen exactly where the route allows it, with the route's reason where it does not.
    const rowFor = async (client: typeof community) =>
      (await client.get(`${w.base}/rectifications?status=closed`)).body.items.find(
        (r: any) => r.id === items[1].id,
      );
    const communityRow = await rowFor(community);
    expect(communityRow.actions.reopen).toEqual({
      allowed: false,
      reason: 'only the street or the city reopens an item',
    });
    expect(communityRow.actions.close).toEqual({ allowed: false, reason: 'already closed' });
    expect((await rowFor(street)).actions.reopen).toEqual({ allowed: true });
    const refused = await community.post(`${w.base}/rectifications/${items[1].id}/reopen`, {
      reason: '未落实',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain(communityRow.actions.reopen.reason);
    const reopened = await street.post(`${w.base}/rectifications/${items[1].id}/reopen`, {
      reason: '复查未落实',
    });
    expect(reopened.body).toMatchObject({ status: 'open', closedOn: null });
    const list = await w.admin.get(`${w.base}/rectifications?status=open`);
    expect(list.body.items).toHaveLength(2);
    // Every change is in the assessment's history.
    const h = await w.admin.get(`${w.base}/assessments/${items[0].assessmentId}/history`);
    expect(h.body.items.filter((i: any) => i.entity === 'rectification').map((i: any) => i.action)).toEqual([
      'reopen',
      'close',
      'update',
      'update',
      'create',
      'create',
    ]);
  });
});
