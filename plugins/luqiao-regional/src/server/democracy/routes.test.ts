import {
  createPluginTestBackend,
  type PluginTestBackend,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index';
import { drawRegion, type LuqiaoWorld, luqiaoWorld } from '../test-world';

describe.each(testDatabaseKinds())('luqiao-regional inner-party democracy on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: LuqiaoWorld;
  let cbd: { id: number };
  const url = (path: string) => `${w.base}${path}`;

  beforeAll(async () => {
    backend = await createPluginTestBackend(plugin, kind, { now: '2026-06-15T02:00:00Z' });
    w = await luqiaoWorld(backend, plugin.id);
    const admin = await w.login('lq-admin');
    cbd = await drawRegion(w, admin, {
      name: '中央商务区',
      unitIds: [w.units.e1.id, w.units.e2.id, w.units.gov.id, w.units.shop1.id, w.units.shop2.id],
    });
    // Ten registered members: 张三 李四 王五 赵六 钱七 孙八 周九 and three shopkeepers at 明华眼镜店.
    const extra = [];
    for (const name of ['冯一', '陈二', '褚三'])
      extra.push(await backend.f.member(w.city.id, w.orgs.commA1Org.id, { name, unit_id: w.units.shop2.id }));
    const ids = [w.m.e1a, w.m.e1b, w.m.e2a, w.m.gov, w.m.shop1a, w.m.shop1b, w.m.flowing, ...extra].map(
      (m) => m.id,
    );
    const r = await admin.post(url(`/regions/${cbd.id}/registrations/bulk`), {
      memberIds: ids,
      registeredOn: '2026-05-01',
    });
    expect(r.body.count).toBe(10);
  });
  afterAll(() => backend?.close());

  // The hand-built ballot set of count.test.ts: electorate 10, 1 secretary + 3 seats, more than 5 votes needed.
  const ballots = [
    { secretary: '张三', members: ['李四', '王五', '赵六'] },
    { secretary: '张三', members: ['李四', '王五', '赵六'] },
    { secretary: '张 三', members: ['李四', '王五', '钱七'] },
    { secretary: '张三', members: ['李四', '王 五', '钱七'] },
    { secretary: '张三', members: ['李四', '王五', '赵六'] },
    { secretary: '李四', members: ['王五', '赵六', '钱七'] },
    { secretary: '张三', members: ['李四', '王五', '赵六', '钱七'] },
    { secretary: '张三', members: ['李四', '李四'] },
  ];
  let electionId: number;

  it('opens an election whose electorate is the region’s registered members', async () => {
    const admin = await w.login('lq-admin');
    const tooMany = await admin.post(url('/elections'), { regionId: cbd.id, title: 'x', electorate: 11 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.field).toBe('electorate');
    const r = await admin.post(url('/elections'), {
      regionId: cbd.id,
      title: '中央商务区联合党委直选',
      memberSeats: 3,
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ electorate: 10, memberSeats: 3, status: 'open', threshold: 5 });
    electionId = r.body.id;
    const second = await admin.post(url('/elections'), { regionId: cbd.id, title: '再选', memberSeats: 3 });
    expect(second.status).toBe(409);
  });

  it('takes free-text ballots and refuses to count without more than four fifths voting', async () => {
    const admin = await w.login('lq-admin');
    const r = await admin.post(url(`/elections/${electionId}/ballots/bulk`), { ballots });
    expect(r.status).toBe(201);
    expect(r.body.total).toBe(8);
    const early = await admin.post(url(`/elections/${electionId}/count`));
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('four fifths');
  });

  it('lets a registered member cast their own ballot once', async () => {
    const member = await w.login('lq-member');
    const asOther = await member.post(url(`/elections/${electionId}/ballots`), {
      secretary: '张三',
      members: ['李四'],
      voterMemberId: w.m.e1a.id,
    });
    expect(asOther.status).toBe(400);
    expect(asOther.body.error.field).toBe('voterMemberId');
    const r = await member.post(url(`/elections/${electionId}/ballots`), {
      secretary: '张三',
      members: ['李四'],
      voterMemberId: w.m.shop1b.id,
    });
    expect(r.status).toBe(201);
    const twice = await member.post(url(`/elections/${electionId}/ballots`), {
      secretary: '张三',
      members: [],
      voterMemberId: w.m.shop1b.id,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.field).toBe('voterMemberId');
  });

  it('counts once: 张三 secretary, 李四 and 王五 elected, one seat left empty', async () => {
    const admin = await w.login('lq-admin');
    const r = await admin.post(url(`/elections/${electionId}/count`));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      status: 'counted',
      ballotsCast: 9,
      ballotsValid: 7,
      invalid: 2,
      electedSecretary: '张三',
      electedMembers: ['李四', '王五'],
      unfilledMemberSeats: 1,
    });
    // Names are linked to the registered member when unambiguous.
    expect(r.body.secretary[0]).toMatchObject({ name: '张三', votes: 6, memberId: w.m.e1a.id });
    expect(r.body.members.map((m: any) => [m.name, m.votes])).toEqual([
      ['李四', 6],
      ['王五', 6],
      ['赵六', 4],
      ['钱七', 3],
    ]);
    const again = await admin.post(url(`/elections/${electionId}/count`));
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('already been counted');
    const late = await admin.post(url(`/elections/${electionId}/ballots`), {
      secretary: '李四',
      members: [],
    });
    expect(late.status).toBe(409);
    const list = await admin.get(url(`/elections/${electionId}/ballots`));
    expect(list.body.items.filter((b: any) => !b.valid)).toHaveLength(2);
    expect((await admin.post(url(`/elections/${electionId}/close`))).status).toBe(200);
    expect((await admin.post(url(`/elections/${electionId}/count`))).status).toBe(409);
    expect((await admin.post(url(`/elections/${electionId}/close`))).status).toBe(409);
  });

  it('never counts an election closed before counting, and never takes more ballots than voters', async () => {
    const admin = await w.login('lq-admin');
    const e = await admin.post(url('/elections'), {
      regionId: cbd.id,
      title: '补选',
      memberSeats: 1,
      electorate: 2,
    });
    expect(e.status).toBe(201);
    const over = await admin.post(url(`/elections/${e.body.id}/ballots/bulk`), {
      ballots: [{ members: ['李四'] }, { members: ['李四'] }, { members: ['王五'] }],
    });
    expect(over.status).toBe(409);
    expect((await admin.get(url(`/elections/${e.body.id}`))).body.ballotsEntered).toBe(0);
    expect((await admin.post(url(`/elections/${e.body.id}/close`))).status).toBe(200);
    const r = await admin.post(url(`/elections/${e.body.id}/count`));
    expect(r.status).toBe(409);
    expect(r.body.error.message).toContain('closed');
    const other = await w.login('lq-town-b');
    expect((await other.get(url(`/elections/${e.body.id}`))).status).toBe(404);
  });

  it('holds the reception day on the 15th (another day needs a reason), once a month', async () => {
    const admin = await w.login('lq-admin');
    const wrongDay = await admin.post(url('/reception-days'), {
      regionId: cbd.id,
      heldOn: '2026-05-14',
      representatives: ['林代表'],
    });
    expect(wrongDay.status).toBe(400);
    expect(wrongDay.body.error.field).toBe('heldOn');
    const moved = await admin.post(url('/reception-days'), {
      regionId: cbd.id,
      heldOn: '2026-05-14',
      representatives: ['林代表'],
      rescheduleReason: '15日为周末',
    });
    expect(moved.status).toBe(201);
    const dup = await admin.post(url('/reception-days'), {
      regionId: cbd.id,
      heldOn: '2026-05-15',
      representatives: ['林代表'],
    });
    expect(dup.status).toBe(409);
    const future = await admin.post(url('/reception-days'), {
      regionId: cbd.id,
      heldOn: '2026-07-15',
      representatives: ['林代表'],
    });
    expect(future.status).toBe(400);
    const june = await admin.post(url('/reception-days'), {
      regionId: cbd.id,
      heldOn: '2026-06-15',
      representatives: ['林代表', '何代表'],
    });
    expect(june.status).toBe(201);
  });

  it('records visits received by the representatives on duty and follows them up to closure', async () => {
    const admin = await w.login('lq-admin');
    const days = await admin.get(url(`/reception-days?regionId=${cbd.id}`));
    const june = days.body.items.find((d: any) => d.month === '2026-06');
    const notOnDuty = await admin.post(url(`/reception-days/${june.id}/visits`), {
      visitorName: '群众甲',
      issue: '停车难',
      representative: '王代表',
    });
    expect(notOnDuty.status).toBe(400);
    expect(notOnDuty.body.error.field).toBe('representative');
    const v = await admin.post(url(`/reception-days/${june.id}/visits`), {
      visitorName: '群众甲',
      issue: '商区停车难',
      representative: '何代表',
      followUpDueOn: '2026-06-30',
    });
    expect(v.status).toBe(201);
    expect(v.body.followUpStatus).toBe('pending');
    const back = await admin.post(url(`/reception-visits/${v.body.id}/follow-up`), {
      status: 'pending',
      note: 'x',
    });
    expect(back.status).toBe(400);
    const progress = await admin.post(url(`/reception-visits/${v.body.id}/follow-up`), {
      status: 'in_progress',
      note: '已协调村企双方',
    });
    expect(progress.body).toMatchObject({ followUpStatus: 'in_progress', closedOn: null });
    expect((await admin.get(url('/reception-visits/open'))).body.items.map((i: any) => i.id)).toEqual([
      v.body.id,
    ]);
    const done = await admin.post(url(`/reception-visits/${v.body.id}/follow-up`), {
      status: 'resolved',
      note: '划定临时停车区',
    });
    expect(done.body).toMatchObject({ followUpStatus: 'resolved', closedOn: '2026-06-15' });
    expect(
      (await admin.post(url(`/reception-visits/${v.body.id}/follow-up`), { status: 'explained', note: 'x' }))
        .status,
    ).toBe(409);
    expect((await admin.get(url('/reception-visits/open'))).body.items).toEqual([]);
    const list = await admin.get(url(`/reception-days?regionId=${cbd.id}`));
    expect(list.body.items.find((d: any) => d.month === '2026-06')).toMatchObject({
      visits: 1,
      openFollowUps: 0,
      representatives: ['林代表', '何代表'],
    });
  });
});
