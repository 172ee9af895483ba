import type { PluginTestBackend } from '@jiceng/plugin-kit/testing';
import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index';
import { as, gulouBackend, gulouWorld } from '../../test-world';

type World = Awaited<ReturnType<typeof gulouWorld>>;

describe.each(testDatabaseKinds())('regional party-building alliance on %s', (kind) => {
  let backend: PluginTestBackend;
  let clock: Awaited<ReturnType<typeof gulouBackend>>['clock'];
  let w: World;
  let allianceId: number;
  const mu: Record<string, number> = {};
  beforeAll(async () => {
    ({ backend, clock } = await gulouBackend(kind));
    w = await gulouWorld(backend);
  });
  afterAll(() => backend?.close());

  it('is founded by a community org with a charter; units join with one or two representatives', async () => {
    const c1 = await as(backend, 'gl-c1');
    const c2 = await as(backend, 'gl-c2');
    const outside = await c2.post('/alliances', {
      name: '越权联盟',
      leadOrgId: w.orgs.c1.id,
      foundedOn: '2016-03-01',
    });
    expect(outside.body.error).toMatchObject({ code: 'out_of_scope', field: 'leadOrgId' });
    const made = await c1.post('/alliances', {
      name: '一社区区域化党建联盟',
      leadOrgId: w.orgs.c1.id,
      foundedOn: '2016-03-01',
    });
    expect(made.status).toBe(201);
    allianceId = made.body.id;
    const charter = await c1.put(`/alliances/${allianceId}/charter`, {
      charter: '第一条 联盟由社区党委牵头，辖区单位自愿参加。',
      adoptedOn: '2016-03-01',
    });
    expect(charter.status).toBe(200);
    expect(
      (
        await c1.put(`/alliances/${allianceId}/charter`, {
          charter: '第一条 ……………………',
          adoptedOn: '2015-01-01',
        })
      ).body.error.field,
    ).toBe('adoptedOn');

    const three = await c1.post(`/alliances/${allianceId}/units`, {
      unitId: w.units.u1.id,
      joinedOn: '2016-03-01',
      representatives: [{ name: '甲' }, { name: '乙' }, { name: '丙' }],
    });
    expect(three.status).toBe(400);
    expect(three.body.error.field).toBe('representatives');
    const none = await c1.post(`/alliances/${allianceId}/units`, {
      unitId: w.units.u1.id,
      joinedOn: '2016-03-01',
      representatives: [],
    });
    expect(none.body.error.field).toBe('representatives');
    const u1 = await c1.post(`/alliances/${allianceId}/units`, {
      unitId: w.units.u1.id,
      joinedOn: '2016-03-01',
      representatives: [{ name: '林一', title: '机关党委书记', memberId: w.members.m1.id }],
    });
    expect(u1.status).toBe(201);
    mu.u1 = u1.body.id;
    expect(
      (
        await c1.post(`/alliances/${allianceId}/units`, {
          unitId: w.units.u1.id,
          joinedOn: '2017-01-01',
          representatives: [{ name: '又一' }],
        })
      ).status,
    ).toBe(409);
    mu.u2 = (
      await c1.post(`/alliances/${allianceId}/units`, {
        unitId: w.units.u2.id,
        joinedOn: '2016-03-01',
        representatives: [{ name: '金书记' }, { name: '金干事' }],
      })
    ).body.id;
    const foreign = await c1.post(`/alliances/${allianceId}/units`, {
      unitId: w.other.unit.id,
      joinedOn: '2016-03-01',
      representatives: [{ name: '外' }],
    });
    expect(foreign.body.error.field).toBe('unitId');

    // Second representative for U1 is fine, a third for U2 is not; the last one cannot be removed.
    expect(
      (
        await c1.post(`/alliances/${allianceId}/units/${mu.u1}/representatives`, {
          name: '林二',
          title: '党建联络员',
        })
      ).status,
    ).toBe(201);
    expect(
      (await c1.post(`/alliances/${allianceId}/units/${mu.u2}/representatives`, { name: '金三' })).status,
    ).toBe(409);
    const detail = await c1.get(`/alliances/${allianceId}`);
    const u2 = detail.body.units.find((u: any) => u.id === mu.u2);
    await c1.delete(`/alliances/${allianceId}/units/${mu.u2}/representatives/${u2.representatives[1].id}`);
    expect(
      (await c1.delete(`/alliances/${allianceId}/units/${mu.u2}/representatives/${u2.representatives[0].id}`))
        .status,
    ).toBe(409);
    // Joining also records the cross link in core: the unit's party org is in the lead org's alliance.
    const link = await backend.db
      .selectFrom('core.org_link')
      .selectAll()
      .where('kind', '=', 'alliance')
      .where('from_org_id', '=', w.orgs.u1Org.id)
      .executeTakeFirst();
    expect(link).toMatchObject({ to_org_id: w.orgs.c1.id, since: '2016-03-01' });
    // Other admins read the alliance but cannot change it.
    expect((await c2.get(`/alliances/${allianceId}`)).status).toBe(200);
    expect(
      (await c2.post(`/alliances/${allianceId}/units/${mu.u1}/representatives`, { name: '越权' })).status,
    ).toBe(404);
  });

  it('holds meetings online or offline with an agenda; records attendance and decisions only once it took place', async () => {
    const c1 = await as(backend, 'gl-c1');
    const offlineNoPlace = await c1.post(`/alliances/${allianceId}/meetings`, {
      heldAt: '2026-06-20T01:00:00Z',
      mode: 'offline',
      topic: '驻区单位资源开放',
      agenda: ['通报'],
    });
    expect(offlineNoPlace.body.error.field).toBe('location');
    const noAgenda = await c1.post(`/alliances/${allianceId}/meetings`, {
      heldAt: '2026-06-20T01:00:00Z',
      mode: 'online',
      topic: '驻区单位资源开放',
      agenda: [],
    });
    expect(noAgenda.body.error.field).toBe('agenda');
    const m = await c1.post(`/alliances/${allianceId}/meetings`, {
      heldAt: '2026-06-20T01:00:00Z',
      mode: 'online',
      location: '联盟微信群',
      topic: '驻区单位资源开放',
      agenda: ['通报上次议定事项', '停车场夜间开放'],
    });
    expect(m.status).toBe(201);
    const minutes = {
      attendeeIds: [mu.u1],
      minutes: '议定停车场夜间向居民开放',
      decisions: [
        { content: '省财政厅停车场工作日夜间开放', ownerUnitId: w.units.u1.id, dueOn: '2026-07-01' },
      ],
    };
    const early = await c1.post(`/alliances/${allianceId}/meetings/${m.body.id}/record`, minutes);
    expect(early.status).toBe(409);
    clock.set('2026-06-20T03:00:00Z');
    try {
      const later = await as(backend, 'gl-c1');
      const stranger = await later.post(`/alliances/${allianceId}/meetings/${m.body.id}/record`, {
        ...minutes,
        attendeeIds: [mu.u1, 999999],
      });
      expect(stranger.status).toBe(400);
      expect(stranger.body.error.field).toBe('attendeeIds.1');
      const recorded = await later.post(`/alliances/${allianceId}/meetings/${m.body.id}/record`, minutes);
      expect(recorded.body).toMatchObject({ attendees: 1, members: 2, decisions: 1 });
      expect(
        (await later.post(`/alliances/${allianceId}/meetings/${m.body.id}/record`, minutes)).status,
      ).toBe(409);
      expect(
        (await later.post(`/alliances/${allianceId}/meetings/${m.body.id}/cancel`, { reason: '改期' }))
          .status,
      ).toBe(409);
      const detail = await later.get(`/alliances/${allianceId}`);
      const meeting = detail.body.meetings[0];
      expect(meeting).toMatchObject({
        status: 'held',
        mode: 'online',
        agenda: ['通报上次议定事项', '停车场夜间开放'],
        attendeeIds: [mu.u1],
        attendanceRate: 0.5,
      });
      const decision = meeting.decisions[0];
      expect(decision).toMatchObject({ ownerUnitName: '省财政厅', dueOn: '2026-07-01', doneOn: null });
      expect((await later.post(`/alliances/${allianceId}/decisions/${decision.id}/done`)).body.doneOn).toBe(
        '2026-06-20',
      );
      expect((await later.post(`/alliances/${allianceId}/decisions/${decision.id}/done`)).status).toBe(409);
      const next = await later.post(`/alliances/${allianceId}/meetings`, {
        heldAt: '2026-07-20T01:00:00Z',
        mode: 'offline',
        location: '一社区党群服务中心',
        topic: '汛期安全联防',
        agenda: ['分工'],
      });
      expect(
        (await later.post(`/alliances/${allianceId}/meetings/${next.body.id}/cancel`, {})).body.error.field,
      ).toBe('reason');
      expect(
        (await later.post(`/alliances/${allianceId}/meetings/${next.body.id}/cancel`, { reason: '台风改期' }))
          .status,
      ).toBe(200);
      // A unit leaves: it no longer counts for attendance.
      expect(
        (await later.post(`/alliances/${allianceId}/units/${mu.u2}/leave`, { leftOn: '2015-01-01' })).body
          .error.field,
      ).toBe('leftOn');
      expect(
        (await later.post(`/alliances/${allianceId}/units/${mu.u2}/leave`, { leftOn: '2026-06-30' })).status,
      ).toBe(200);
      const list = await later.get('/alliances');
      expect(list.body.items).toEqual([
        {
          id: allianceId,
          name: '一社区区域化党建联盟',
          leadOrgId: w.orgs.c1.id,
          leadOrgName: '一社区党委',
          foundedOn: '2016-03-01',
          charterAdoptedOn: '2016-03-01',
          units: 1,
          meetingsHeld: 1,
        },
      ]);
    } finally {
      clock.set('2026-06-15T02:00:00Z');
    }
  });

  it('answers every route of the plugin with a 4xx, never a 500, when given junk', async () => {
    const admin = await as(backend, 'gl-admin');
    const routes = plugin.api(backend.ctx).routes.filter((r) => r.method !== 'ALL');
    const junk: unknown[] = [
      {},
      {
        id: 'x',
        orgId: -1,
        gridOrgId: 'abc',
        unitId: 1e12,
        hours: 'many',
        deadline: '2026-02-30',
        heldAt: 'soon',
      },
      '{"broken"',
    ];
    let calls = 0;
    for (const r of routes) {
      for (const idValue of ['1', 'x']) {
        const path = r.path.replace(/:[A-Za-z]+/g, idValue);
        const bodies = r.method === 'GET' || r.method === 'DELETE' ? [undefined] : junk;
        for (const body of bodies) {
          const res = await admin.raw.raw(
            r.method,
            `${backend.base('gl')}${path}${r.method === 'GET' ? '?from=x&to=y&orgId=z&date=1&weekOf=2&year=abc&page=-1' : ''}`,
            body,
          );
          calls++;
          expect(res.status, `${r.method} ${path} ${JSON.stringify(body)}`).toBeLessThan(500);
        }
      }
    }
    expect(calls).toBeGreaterThan(150);
  });
});
