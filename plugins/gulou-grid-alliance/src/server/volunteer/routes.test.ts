import type { PluginTestBackend } from '@jiceng/plugin-kit/testing';
import { PASSWORD, testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, gulouBackend, gulouWorld } from '../../test-world';

type World = Awaited<ReturnType<typeof gulouWorld>>;
/** A city that tunes the star levels (small numbers keep the hand arithmetic short). */
const starLevels = [
  { stars: 1, minHours: 2, minAverageRating: 0 },
  { stars: 2, minHours: 4, minAverageRating: 3 },
  { stars: 3, minHours: 6, minAverageRating: 4.5 },
];
const entry = (over: Record<string, unknown> = {}) => ({
  category: 'service',
  servedOn: '2026-06-10',
  hours: 2,
  description: '走访独居老人',
  ...over,
});

describe.each(testDatabaseKinds())('volunteer micro-hours and grid funds on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: World;
  beforeAll(async () => {
    ({ backend } = await gulouBackend(kind));
    w = await gulouWorld(backend, { starLevels });
    // A community secretary who is also a party member (林一, m1).
    await backend.f.user(
      'gl-c1-m1',
      PASSWORD,
      [{ role: 'org_admin', cityId: w.city.id, orgId: w.orgs.c1.id }],
      w.members.m1.id,
    );
  });
  afterAll(() => backend?.close());

  it('a member logs their own hours; bad input names the field', async () => {
    const m1 = await as(backend, 'gl-m1');
    const ok = await m1.post('/volunteer/logs', entry({ gridOrgId: w.orgs.b1.id }));
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      memberId: w.members.m1.id,
      memberName: '林一',
      status: 'pending',
      hours: 2,
      gridName: '一社区第1网格党支部',
    });
    const cases: [Record<string, unknown>, string][] = [
      [entry({ memberId: w.members.m2.id }), 'memberId'],
      [entry({ servedOn: '2026-06-16' }), 'servedOn'],
      [entry({ hours: 13 }), 'hours'],
      [entry({ hours: 1.25 }), 'hours'],
      [entry({ gridOrgId: w.orgs.c1.id }), 'gridOrgId'],
      [entry({ category: 'party' }), 'category'],
    ];
    for (const [body, field] of cases) {
      const r = await m1.post('/volunteer/logs', body);
      expect(r.status, field).toBe(400);
      expect(r.body.error.field).toBe(field);
    }
    const mine = await m1.get('/volunteer/logs');
    expect(mine.body.items.map((l: any) => l.memberId)).toEqual([w.members.m1.id]);
    expect((await m1.post(`/volunteer/logs/${ok.body.id}/confirm`, { rating: 5 })).status).toBe(403);
  });

  it('hours are never confirmed by whoever logged them, nor by the member they belong to', async () => {
    const c1 = await as(backend, 'gl-c1');
    const byAdmin = await c1.post(
      '/volunteer/logs',
      entry({ memberId: w.members.m1.id, hours: 3, servedOn: '2026-06-11' }),
    );
    expect(byAdmin.status).toBe(201);
    const self = await c1.post(`/volunteer/logs/${byAdmin.body.id}/confirm`, { rating: 5 });
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe('conflict');
    // m1's own entry from the first test, looked at by a secretary who is m1.
    const own = (await c1.get(`/volunteer/logs?memberId=${w.members.m1.id}&status=pending`)).body.items.find(
      (l: any) => l.servedOn === '2026-06-10',
    );
    const secretaryM1 = await as(backend, 'gl-c1-m1');
    expect((await secretaryM1.post(`/volunteer/logs/${own.id}/confirm`, { rating: 5 })).status).toBe(409);
    const c2 = await as(backend, 'gl-c2');
    expect((await c2.post(`/volunteer/logs/${own.id}/confirm`, { rating: 5 })).status).toBe(404);
    const noRating = await c1.post(`/volunteer/logs/${own.id}/confirm`, {});
    expect(noRating.status).toBe(400);
    expect(noRating.body.error.field).toBe('rating');
    const confirmed = await c1.post(`/volunteer/logs/${own.id}/confirm`, { rating: 4 });
    expect(confirmed.body).toMatchObject({ status: 'confirmed', rating: 4 });
    expect((await c1.post(`/volunteer/logs/${own.id}/confirm`, { rating: 4 })).status).toBe(409);
    const admin = await as(backend, 'gl-admin');
    expect((await admin.post(`/volunteer/logs/${byAdmin.body.id}/confirm`, { rating: 5 })).body.status).toBe(
      'confirmed',
    );
  });

  it('counts only confirmed hours; stars come from hours and the hours-weighted rating over the period', async () => {
    const c1 = await as(backend, 'gl-c1');
    const c2 = await as(backend, 'gl-c2');
    const admin = await as(backend, 'gl-admin');
    const m1 = await as(backend, 'gl-m1');
    // m1 so far: 2 h rated 4 and 3 h rated 5 confirmed → 5 h, rating (8 + 15) / 5 = 4.6 → ★★ (★★★ needs 6 h).
    const pending = await m1.post('/volunteer/logs', entry({ hours: 1, servedOn: '2026-06-12' }));
    let me = await m1.get('/volunteer/me');
    expect(me.body).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-31',
      hours: 5,
      averageRating: 4.6,
      stars: 2,
      pendingHours: 1,
    });
    expect(me.body.nextLevel).toMatchObject({ stars: 3, minHours: 6 });
    // m2: 6 h rated 4 → ★★ only (★★★ needs 4.5). m3: 1 h this year (★ needs 2 h); 10 h last year do not count.
    const m2log = await c1.post('/volunteer/logs', entry({ memberId: w.members.m2.id, hours: 6 }));
    await admin.post(`/volunteer/logs/${m2log.body.id}/confirm`, { rating: 4 });
    const m3now = await c2.post('/volunteer/logs', entry({ memberId: w.members.m3.id, hours: 1 }));
    const m3old = await c2.post(
      '/volunteer/logs',
      entry({ memberId: w.members.m3.id, hours: 10, servedOn: '2025-12-20' }),
    );
    await admin.post(`/volunteer/logs/${m3now.body.id}/confirm`, { rating: 5 });
    await admin.post(`/volunteer/logs/${m3old.body.id}/confirm`, { rating: 5 });
    // A rejected entry never counts.
    const rejected = await c1.post('/volunteer/logs', entry({ memberId: w.members.m2.id, hours: 8 }));
    const noReason = await admin.post(`/volunteer/logs/${rejected.body.id}/reject`, {});
    expect(noReason.body.error.field).toBe('reason');
    expect(
      (await admin.post(`/volunteer/logs/${rejected.body.id}/reject`, { reason: '与签到记录不符' })).body
        .status,
    ).toBe('rejected');

    let stars = await admin.get('/volunteer/stars');
    expect(stars.body.inServiceMembers).toBe(3);
    expect(stars.body.confirmedHours).toBe(12);
    expect(stars.body.items.map((r: any) => [r.name, r.hours, r.stars])).toEqual([
      ['林二', 6, 2],
      ['林一', 5, 2],
      ['林三', 1, 0],
    ]);
    expect(stars.body.distribution).toEqual([
      { stars: 0, members: 1 },
      { stars: 1, members: 0 },
      { stars: 2, members: 2 },
      { stars: 3, members: 0 },
      { stars: 4, members: 0 },
      { stars: 5, members: 0 },
    ]);
    // Confirming m1's pending hour: 6 h, rating (8 + 15 + 5) / 6 = 4.67 → ★★★ while m2 at 6 h and 4.0 stays ★★.
    await c1.post(`/volunteer/logs/${pending.body.id}/confirm`, { rating: 5 });
    me = await m1.get('/volunteer/me');
    expect(me.body).toMatchObject({
      hours: 6,
      averageRating: 4.67,
      stars: 3,
      pendingHours: 0,
      nextLevel: null,
    });
    stars = await admin.get('/volunteer/stars');
    expect(stars.body.items[0]).toMatchObject({ name: '林一', stars: 3 });
    // Last year's period sees only m3's 10 hours: ★★★ needs a 4.5 rating, m3 has 5.
    const last = await admin.get('/volunteer/stars?from=2025-01-01&to=2025-12-31');
    expect(last.body.items.map((r: any) => [r.name, r.hours, r.stars])).toEqual([['林三', 10, 3]]);
    // A community admin sees the members of their grids only (m1 and m2 are in c1's grids).
    const mine = await c1.get('/volunteer/stars');
    expect(mine.body.items.map((r: any) => r.name).sort()).toEqual(['林一', '林二']);
    expect((await admin.get('/volunteer/stars?from=2026-02-01&to=2026-01-01')).status).toBe(400);
  });

  it('checks each grid branch’s yearly funds against the floor, which is city config', async () => {
    const admin = await as(backend, 'gl-admin');
    const first = await admin.post('/funds', {
      gridOrgId: w.orgs.b1.id,
      year: 2026,
      source: 'fiscal',
      amount: 2000,
      receivedOn: '2026-02-20',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ yearTotal: 2000, floor: 2500, meetsFloor: false });
    const noUnit = await admin.post('/funds', {
      gridOrgId: w.orgs.b1.id,
      year: 2026,
      source: 'co_building',
      amount: 600,
      receivedOn: '2026-03-01',
    });
    expect(noUnit.body.error.field).toBe('unitId');
    const second = await admin.post('/funds', {
      gridOrgId: w.orgs.b1.id,
      year: 2026,
      source: 'co_building',
      amount: 600,
      unitId: w.units.u1.id,
      receivedOn: '2026-03-01',
    });
    expect(second.body).toMatchObject({ yearTotal: 2600, meetsFloor: true });
    await admin.post('/funds', {
      gridOrgId: w.orgs.b2.id,
      year: 2026,
      source: 'fiscal',
      amount: 2500,
      receivedOn: '2026-02-20',
    });
    for (const [body, field] of [
      [
        { gridOrgId: w.orgs.b2.id, year: 2026, source: 'donation', amount: 100, receivedOn: '2026-06-16' },
        'receivedOn',
      ],
      [
        { gridOrgId: w.orgs.b2.id, year: 2024, source: 'donation', amount: 100, receivedOn: '2026-01-01' },
        'year',
      ],
      [
        { gridOrgId: w.orgs.b2.id, year: 2026, source: 'donation', amount: 10.005, receivedOn: '2026-01-01' },
        'amount',
      ],
      [
        { gridOrgId: w.orgs.c1.id, year: 2026, source: 'donation', amount: 100, receivedOn: '2026-01-01' },
        'gridOrgId',
      ],
    ] as const) {
      const r = await admin.post('/funds', body);
      expect(r.status, field).toBe(400);
      expect(r.body.error.field).toBe(field);
    }
    const c2 = await as(backend, 'gl-c2');
    expect(
      (
        await c2.post('/funds', {
          gridOrgId: w.orgs.b1.id,
          year: 2026,
          source: 'fiscal',
          amount: 100,
          receivedOn: '2026-01-05',
        })
      ).body.error.code,
    ).toBe('out_of_scope');

    let sum = await admin.get('/funds?year=2026');
    expect(sum.body).toMatchObject({
      year: 2026,
      floor: 2500,
      grids: 3,
      meetingFloor: 2,
      belowFloor: 1,
      total: 5100,
    });
    expect(sum.body.bySource).toEqual({ fiscal: 4500, co_building: 600, donation: 0 });
    expect(sum.body.items.find((i: any) => i.gridOrgId === w.orgs.b3.id)).toMatchObject({
      total: 0,
      meetsFloor: false,
      shortfall: 2500,
    });
    expect(
      (await admin.get('/funds?year=2026&belowFloor=true')).body.items.map((i: any) => i.gridOrgId),
    ).toEqual([w.orgs.b3.id]);

    // The city raises its floor to 2,600: b1 (2,600) still meets it, b2 (2,500) falls short by 100.
    const put = await admin.raw.put('/api/cities/gl/plugin-settings/gulou-grid-alliance', {
      config: { starLevels, fundsFloorYuan: 2600 },
    });
    expect(put.status).toBe(200);
    sum = await admin.get('/funds?year=2026');
    expect(sum.body).toMatchObject({ floor: 2600, meetingFloor: 1, belowFloor: 2 });
    expect(sum.body.items.find((i: any) => i.gridOrgId === w.orgs.b2.id).shortfall).toBe(100);
    const entries = await admin.get(`/funds/entries?gridOrgId=${w.orgs.b1.id}`);
    expect(entries.body.items.map((e: any) => [e.source, e.amount, e.unitName])).toEqual([
      ['co_building', 600, '省财政厅'],
      ['fiscal', 2000, null],
    ]);
  });
});
