import type { PluginTestBackend } from '@jiceng/plugin-kit/testing';
import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, gulouBackend, gulouWorld } from '../../test-world';

type World = Awaited<ReturnType<typeof gulouWorld>>;
const demand = (gridOrgId: number, over: Record<string, unknown> = {}) => ({
  gridOrgId,
  residentName: '张阿姨',
  residentPhone: '13800001111',
  content: '楼道堆放杂物影响通行',
  category: 'environment',
  ledger: 'immediate',
  ...over,
});

describe.each(testDatabaseKinds())('demands and the five ledgers on %s', (kind) => {
  let backend: PluginTestBackend;
  let clock: Awaited<ReturnType<typeof gulouBackend>>['clock'];
  let w: World;
  beforeAll(async () => {
    ({ backend, clock } = await gulouBackend(kind));
    w = await gulouWorld(backend);
  });
  afterAll(() => backend?.close());

  it('即办件: recorded, closed at once with a reply; cannot close twice; reopening needs a reason', async () => {
    const c1 = await as(backend, 'gl-c1');
    const created = await c1.post('/demands', demand(w.orgs.b1.id));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ledger: 'immediate',
      status: 'received',
      receivedOn: '2026-06-15',
      gridName: '一社区第1网格党支部',
      communityName: '一社区党委',
    });
    const id = created.body.id;
    const assign = await c1.post(`/demands/${id}/assign`, { department: '城管科' });
    expect(assign.status).toBe(409);
    expect(assign.body.error.field).toBe('ledger');
    const noReply = await c1.post(`/demands/${id}/close`, {});
    expect(noReply.status).toBe(400);
    expect(noReply.body.error.field).toBe('reply');
    const closed = await c1.post(`/demands/${id}/close`, {
      reply: '网格员已现场清理，已电话告知',
      satisfaction: 'satisfied',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      closedOn: '2026-06-15',
      reply: '网格员已现场清理，已电话告知',
    });
    const twice = await c1.post(`/demands/${id}/close`, { reply: '再次销号' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('conflict');
    const noReason = await c1.post(`/demands/${id}/reopen`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe('reason');
    const reopened = await c1.post(`/demands/${id}/reopen`, { reason: '居民反映杂物又堆回来了' });
    expect(reopened.body).toMatchObject({
      status: 'in_progress',
      reopenCount: 1,
      reply: null,
      closedAt: null,
    });
    const again = await c1.post(`/demands/${id}/close`, { reply: '已协调物业彻底清理' });
    expect(again.body.status).toBe('closed');
    const detail = await c1.get(`/demands/${id}`);
    expect(detail.body.events.map((e: any) => e.action)).toEqual(['record', 'close', 'reopen', 'close']);
    expect(detail.body.events[2].note).toBe('居民反映杂物又堆回来了');
    expect(detail.body.residentPhone).toBe('13800001111');
    const list = await c1.get('/demands?ledger=immediate');
    expect(list.body.items[0].residentPhone).toBe('138****1111');
  });

  it('限时件: needs a deadline not before the day received; overdue follows the clock; on-time is judged at closing', async () => {
    const c1 = await as(backend, 'gl-c1');
    const none = await c1.post('/demands', demand(w.orgs.b1.id, { ledger: 'time_limited' }));
    expect(none.status).toBe(400);
    expect(none.body.error.field).toBe('deadline');
    const early = await c1.post(
      '/demands',
      demand(w.orgs.b1.id, { ledger: 'time_limited', deadline: '2026-06-14' }),
    );
    expect(early.status).toBe(400);
    expect(early.body.error.field).toBe('deadline');
    const late = await c1.post(
      '/demands',
      demand(w.orgs.b1.id, {
        ledger: 'time_limited',
        deadline: '2026-06-18',
        content: '路灯损坏夜间照明不足',
        category: 'facilities',
      }),
    );
    const prompt = await c1.post(
      '/demands',
      demand(w.orgs.b2.id, { ledger: 'time_limited', deadline: '2026-06-20', content: '健身器材破损' }),
    );
    expect(late.status).toBe(201);
    expect((await c1.get('/demands/overdue')).body.total).toBe(0);

    clock.set('2026-06-19T02:00:00Z'); // the 19th: one day past the 18th
    try {
      const c1 = await as(backend, 'gl-c1'); // sessions last 12 hours on the moved clock
      const overdue = await c1.get('/demands/overdue');
      expect(overdue.body.asOf).toBe('2026-06-19');
      expect(overdue.body.items.map((d: any) => [d.id, d.daysOverdue])).toEqual([[late.body.id, 1]]);
      expect((await c1.get('/demands?overdue=true')).body.items.map((d: any) => d.id)).toEqual([
        late.body.id,
      ]);
      expect((await c1.get(`/demands/${late.body.id}`)).body.overdue).toBe(true);
      expect((await c1.post(`/demands/${late.body.id}/start`, { note: '已联系供电所' })).body.status).toBe(
        'in_progress',
      );
      const closedLate = await c1.post(`/demands/${late.body.id}/close`, { reply: '供电所已更换灯具' });
      expect(closedLate.body).toMatchObject({ status: 'closed', closedOnTime: false, overdue: false });
      const closedPrompt = await c1.post(`/demands/${prompt.body.id}/close`, { reply: '已维修' });
      expect(closedPrompt.body.closedOnTime).toBe(true);
      expect((await c1.get('/demands/overdue')).body.total).toBe(0);
    } finally {
      clock.set('2026-06-15T02:00:00Z');
    }
  });

  it('承办件: must be assigned to a department or unit before it is handled or closed', async () => {
    const c1 = await as(backend, 'gl-c1');
    const d = (
      await c1.post(
        '/demands',
        demand(w.orgs.b2.id, { ledger: 'undertaken', category: 'property', content: '电梯频繁故障' }),
      )
    ).body;
    expect((await c1.post(`/demands/${d.id}/start`, {})).status).toBe(409);
    expect((await c1.post(`/demands/${d.id}/close`, { reply: '已处理' })).status).toBe(409);
    const nobody = await c1.post(`/demands/${d.id}/assign`, {});
    expect(nobody.status).toBe(400);
    expect(nobody.body.error.field).toBe('unitId');
    const foreign = await c1.post(`/demands/${d.id}/assign`, { unitId: w.other.unit.id });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.field).toBe('unitId');
    const assigned = await c1.post(`/demands/${d.id}/assign`, {
      unitId: w.units.u2.id,
      deadline: '2026-06-30',
    });
    expect(assigned.body).toMatchObject({
      status: 'assigned',
      assigneeUnitId: w.units.u2.id,
      assigneeUnitName: '金太阳社工中心',
      deadline: '2026-06-30',
    });
    const moved = await c1.post(`/demands/${d.id}/assign`, {
      department: '区住建局',
      deadline: '2026-07-30',
    });
    expect(moved.status).toBe(409);
    expect(moved.body.error.field).toBe('deadline');
    expect((await c1.post(`/demands/${d.id}/start`, {})).body.status).toBe('in_progress');
    expect((await c1.post(`/demands/${d.id}/close`, { reply: '维保单位已更换主板' })).body.status).toBe(
      'closed',
    );
    const events = (await c1.get(`/demands/${d.id}`)).body.events.map(
      (e: any) => `${e.action}:${e.toStatus}`,
    );
    expect(events).toEqual(['record:received', 'assign:assigned', 'start:in_progress', 'close:closed']);
  });

  it('a demand assigned to a unit tells the admins of the unit’s party org, once, with the assignment', async () => {
    const c1 = await as(backend, 'gl-c1');
    const d = (
      await c1.post(
        '/demands',
        demand(w.orgs.b1.id, { ledger: 'undertaken', category: 'property', content: '路灯不亮' }),
      )
    ).body;
    const noticesOf = () =>
      backend.db
        .selectFrom('core.notification as n')
        .innerJoin('core.app_user as u', 'u.id', 'n.user_id')
        .select(['u.username', 'n.kind', 'n.href', 'n.body_zh', 'n.once_key'])
        .where('n.plugin_id', '=', 'gulou-grid-alliance')
        .where('n.once_key', 'like', `demand:${d.id}:%`)
        .execute();
    // A refused assignment (a unit of another city) tells nobody.
    expect((await c1.post(`/demands/${d.id}/assign`, { unitId: w.other.unit.id })).status).toBe(400);
    expect(await noticesOf()).toEqual([]);
    expect((await c1.post(`/demands/${d.id}/assign`, { unitId: w.units.u1.id })).status).toBe(200);
    expect(await noticesOf()).toEqual([
      {
        username: 'gl-u1',
        kind: 'demand_assigned',
        href: 'demands',
        body_zh: '路灯不亮',
        once_key: `demand:${d.id}:0:unit:${w.units.u1.id}`,
      },
    ]);
  });

  it('代办件: an agent handles it on the resident’s behalf', async () => {
    const c1 = await as(backend, 'gl-c1');
    const d = (
      await c1.post(
        '/demands',
        demand(w.orgs.b1.id, { ledger: 'proxy', category: 'services', content: '退休人员资格认证协助' }),
      )
    ).body;
    expect((await c1.post(`/demands/${d.id}/close`, { reply: '已代办' })).status).toBe(409);
    const noAgent = await c1.post(`/demands/${d.id}/assign`, { department: '社保所' });
    expect(noAgent.status).toBe(400);
    expect(noAgent.body.error.field).toBe('agentName');
    const assigned = await c1.post(`/demands/${d.id}/assign`, { agentMemberId: w.members.m1.id });
    expect(assigned.body).toMatchObject({
      status: 'assigned',
      agentMemberId: w.members.m1.id,
      agentName: '林一',
    });
    expect((await c1.post(`/demands/${d.id}/close`, { reply: '代办员已办结并送达' })).body.status).toBe(
      'closed',
    );
  });

  it('特办件: escalated once to a party-representative studio, then closed', async () => {
    const c1 = await as(backend, 'gl-c1');
    const d = (
      await c1.post(
        '/demands',
        demand(w.orgs.b1.id, {
          ledger: 'special',
          category: 'neighbourhood',
          content: '违建纠纷多次调解未果',
        }),
      )
    ).body;
    const bad = await c1.post(`/demands/${d.id}/escalate`, { studioId: 999999 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('studioId');
    const up = await c1.post(`/demands/${d.id}/escalate`, { studioId: w.studioId, note: '请党代表协调' });
    expect(up.body).toMatchObject({
      studioId: w.studioId,
      studioName: '东街党代表工作室',
      status: 'received',
    });
    expect(up.body.escalatedAt).toBeTruthy();
    expect((await c1.post(`/demands/${d.id}/escalate`, { studioId: w.studioId })).status).toBe(409);
    expect((await c1.get('/demands?escalated=true')).body.items.map((x: any) => x.id)).toEqual([d.id]);
    const studios = await c1.get('/studios');
    expect(studios.body.items[0].openCases).toBe(1);
    expect((await c1.post(`/demands/${d.id}/close`, { reply: '经工作室协调已拆除' })).body.status).toBe(
      'closed',
    );
  });

  it('reclassifies an open item; a 限时件 still needs its deadline', async () => {
    const c1 = await as(backend, 'gl-c1');
    const d = (await c1.post('/demands', demand(w.orgs.b2.id))).body;
    const noDeadline = await c1.post(`/demands/${d.id}/classify`, { ledger: 'time_limited' });
    expect(noDeadline.status).toBe(400);
    expect(noDeadline.body.error.field).toBe('deadline');
    const same = await c1.post(`/demands/${d.id}/classify`, { ledger: 'immediate' });
    expect(same.status).toBe(400);
    expect(same.body.error.field).toBe('ledger');
    const ok = await c1.post(`/demands/${d.id}/classify`, { ledger: 'time_limited', deadline: '2026-06-22' });
    expect(ok.body).toMatchObject({ ledger: 'time_limited', deadline: '2026-06-22' });
  });

  it('keeps demands inside the actor’s grids and city, and refuses bad input with 4xx', async () => {
    const c1 = await as(backend, 'gl-c1');
    const mine = (await c1.post('/demands', demand(w.orgs.b1.id))).body;
    const c2 = await as(backend, 'gl-c2');
    expect((await c2.get(`/demands/${mine.id}`)).status).toBe(404);
    expect((await c2.post(`/demands/${mine.id}/close`, { reply: '越权销号' })).status).toBe(404);
    expect((await c2.get('/demands')).body.items.every((d: any) => d.gridOrgId === w.orgs.b3.id)).toBe(true);
    const outside = await c2.post('/demands', demand(w.orgs.b1.id));
    expect(outside.status).toBe(400);
    expect(outside.body.error).toMatchObject({ code: 'out_of_scope', field: 'gridOrgId' });
    const foreign = await c1.post('/demands', demand(w.other.branch.id));
    expect(foreign.status).toBe(400);
    expect(foreign.body.error).toMatchObject({ code: 'cross_city', field: 'gridOrgId' });
    const notGrid = await c1.post('/demands', demand(w.orgs.c1.id));
    expect(notGrid.status).toBe(400);
    expect(notGrid.body.error.field).toBe('gridOrgId');
    const future = await c1.post('/demands', demand(w.orgs.b1.id, { receivedAt: '2026-06-20T00:00:00Z' }));
    expect(future.status).toBe(400);
    expect(future.body.error.field).toBe('receivedAt');
    const badKind = await c1.post('/demands', demand(w.orgs.b1.id, { ledger: 'urgent' }));
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.field).toBe('ledger');
    expect((await c1.post('/demands/abc/close', { reply: 'x' })).status).toBe(400);
    expect((await c1.raw.post(`${backend.base('gl')}/demands`, 'not json')).status).toBe(400);
    const member = await as(backend, 'gl-m1');
    expect((await member.get('/demands')).status).toBe(403);
    expect((await member.post('/demands', demand(w.orgs.b1.id))).status).toBe(403);
    const zh = await as(backend, 'gl-c1', 'zh-CN');
    const msg = await zh.post('/demands', demand(w.orgs.b1.id, { ledger: 'time_limited' }));
    expect(msg.body.error.message).toBe('输入有误：限时件需要截止日期');
    const en = await as(backend, 'gl-c1', 'en');
    const msgEn = await en.post('/demands', demand(w.orgs.b1.id, { ledger: 'time_limited' }));
    expect(msgEn.body.error).toMatchObject({
      field: 'deadline',
      message: 'Invalid input: a time-limited item needs a deadline',
    });
  });
});

describe.each(testDatabaseKinds())('daily summary and weekly analysis on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: World;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    const made = await gulouBackend(kind, '2026-06-08T02:00:00Z'); // Monday 8 June, 10:00 in Fuzhou
    backend = made.backend;
    w = await gulouWorld(backend);
    let admin = await as(backend, 'gl-admin');
    const record = async (key: string, body: Record<string, unknown>) => {
      ids[key] = (await admin.post('/demands', body)).body.id;
    };
    await record('d1', demand(w.orgs.b1.id));
    await admin.post(`/demands/${ids.d1}/close`, { reply: '已处理' });
    await record('d2', demand(w.orgs.b1.id, { ledger: 'time_limited', deadline: '2026-06-10' }));
    await record('d3', demand(w.orgs.b3.id, { ledger: 'undertaken', category: 'property' }));
    made.clock.set('2026-06-10T03:00:00Z'); // Wednesday
    admin = await as(backend, 'gl-admin');
    await admin.post(`/demands/${ids.d2}/close`, { reply: '按期办结' });
    await record(
      'd4',
      demand(w.orgs.b2.id, { ledger: 'time_limited', deadline: '2026-06-12', category: 'safety' }),
    );
    made.clock.set('2026-06-15T02:00:00Z'); // the next Monday: d4 is overdue
    admin = await as(backend, 'gl-admin');
    await record('d5', demand(w.orgs.b3.id));
    await admin.post(`/demands/${ids.d5}/close`, { reply: '当场办结' });
  });
  afterAll(() => backend?.close());

  it('weekly analysis per community: received, closed, open and overdue at week end, 限时件 due and on time', async () => {
    const admin = await as(backend, 'gl-admin');
    const r = await admin.get('/demands/weekly?weekOf=2026-06-10&level=community');
    expect(r.status).toBe(200);
    expect([r.body.from, r.body.to]).toEqual(['2026-06-08', '2026-06-14']);
    const c1 = r.body.rows.find((x: any) => x.orgId === w.orgs.c1.id);
    const c2 = r.body.rows.find((x: any) => x.orgId === w.orgs.c2.id);
    // c1: d1, d2, d4 received; d1, d2 closed in the week; d4 open and overdue (12th < 14th); d2 and d4 due, d2 on time.
    expect(c1).toMatchObject({
      grids: 2,
      received: 3,
      closed: 2,
      open: 1,
      overdue: 1,
      due: 2,
      onTime: 1,
      onTimeRate: 0.5,
    });
    // c2: d3 received and open without a deadline (d5 came the week after).
    expect(c2).toMatchObject({
      grids: 1,
      received: 1,
      closed: 0,
      open: 1,
      overdue: 0,
      due: 0,
      onTimeRate: null,
    });
    expect(r.body.totals).toMatchObject({ received: 4, closed: 2, open: 2, overdue: 1, due: 2, onTime: 1 });
    expect(r.body.previous).toMatchObject({ from: '2026-06-01', to: '2026-06-07', received: 0, closed: 0 });
    expect(r.body.byLedger.filter((l: any) => l.received)).toEqual([
      { ledger: 'immediate', received: 1, closed: 1 },
      { ledger: 'time_limited', received: 2, closed: 1 },
      { ledger: 'undertaken', received: 1, closed: 0 },
    ]);
    expect(r.body.perDay.map((d: any) => d.received)).toEqual([3, 0, 1, 0, 0, 0, 0]);
    expect(r.body.attention.map((x: any) => x.orgId)).toEqual([w.orgs.c1.id]);
  });

  it('daily summary per grid, and per street for a community admin (their part only)', async () => {
    const admin = await as(backend, 'gl-admin');
    const r = await admin.get('/demands/daily?date=2026-06-15&level=grid');
    expect(r.body.rows.map((x: any) => [x.orgId, x.received, x.closed, x.open, x.overdue])).toEqual([
      [w.orgs.b3.id, 1, 1, 1, 0],
      [w.orgs.b2.id, 0, 0, 1, 1],
      [w.orgs.b1.id, 0, 0, 0, 0],
    ]);
    const c2 = await as(backend, 'gl-c2');
    const street = await c2.get('/demands/daily?level=street');
    expect(street.body.date).toBe('2026-06-15');
    expect(street.body.rows).toHaveLength(1);
    expect(street.body.rows[0]).toMatchObject({
      orgId: w.orgs.street.id,
      grids: 1,
      received: 1,
      closed: 1,
      open: 1,
      overdue: 0,
    });
    const bad = await admin.get('/demands/daily?date=2026-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('date');
  });
});
