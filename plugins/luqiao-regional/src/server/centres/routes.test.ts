import {
  createPluginTestBackend,
  manualClock,
  type PluginTestBackend,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index';
import { drawRegion, type LuqiaoWorld, luqiaoWorld } from '../test-world';

describe.each(testDatabaseKinds())('luqiao-regional service centres on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: LuqiaoWorld;
  let region: { id: number; centreOrgId: number };
  let clock: ReturnType<typeof manualClock>;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    clock = manualClock('2026-06-15T02:00:00Z'); // 10:00 in Luqiao
    backend = await createPluginTestBackend(plugin, kind, { clock });
    w = await luqiaoWorld(backend, plugin.id);
    const admin = await w.login('lq-admin');
    region = await drawRegion(w, admin, {
      name: '方林汽车城汽贸区',
      kind: 'auto_trade',
      unitIds: [w.units.shop1.id],
    });
  });
  afterAll(() => backend?.close());

  it('opens centres at three levels, each owned by the right org', async () => {
    const town = await w.login('lq-town-a');
    const district = {
      level: 'district',
      name: '区党员服务中心',
      ownerOrgId: w.orgs.committee.id,
      floorArea: 420,
      staffCount: 6,
      fundingSource: 'district_finance',
    };
    expect((await town.post(`${w.base}/centres`, district)).status).toBe(403);
    const admin = await w.login('lq-admin');
    const d = await admin.post(`${w.base}/centres`, district);
    expect(d.status).toBe(201);
    expect(d.body).toMatchObject({ level: 'district', meetsStandard: true, shortfalls: [] });
    ids.district = d.body.id;
    const notRoot = await admin.post(`${w.base}/centres`, {
      ...district,
      name: '另一个',
      ownerOrgId: w.orgs.townA.id,
    });
    expect(notRoot.status).toBe(400);
    expect(notRoot.body.error.field).toBe('ownerOrgId');
    // Town level: 100 m² is under the 120 m² standard; town budget is an allowed source.
    const t = await town.post(`${w.base}/centres`, {
      level: 'town',
      name: '路北街道党员服务中心',
      ownerOrgId: w.orgs.townA.id,
      floorArea: 100,
      staffCount: 2,
      fundingSource: 'town_finance',
    });
    expect(t.status).toBe(201);
    expect(t.body).toMatchObject({ meetsStandard: false, shortfalls: ['floorArea'] });
    ids.town = t.body.id;
    const wrongTown = await town.post(`${w.base}/centres`, {
      level: 'town',
      name: '路南',
      ownerOrgId: w.orgs.townB.id,
      floorArea: 200,
      staffCount: 2,
      fundingSource: 'town_finance',
    });
    expect(wrongTown.status).toBe(400);
    expect(wrongTown.body.error.field).toBe('ownerOrgId');
    const noRegion = await town.post(`${w.base}/centres`, {
      level: 'region',
      name: '站',
      floorArea: 80,
      staffCount: 1,
      fundingSource: 'unit_pooled',
    });
    expect(noRegion.status).toBe(400);
    expect(noRegion.body.error.field).toBe('regionId');
    // Region level: run by the region's service centre org; district budget is not a source for a region station.
    const r = await town.post(`${w.base}/centres`, {
      level: 'region',
      name: '方林汽车4S党员服务中心',
      regionId: region.id,
      floorArea: 80,
      staffCount: 0,
      fundingSource: 'district_finance',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      ownerOrgId: region.centreOrgId,
      regionName: '方林汽车城汽贸区',
      meetsStandard: false,
      shortfalls: ['staffCount', 'fundingSource'],
    });
    ids.region = r.body.id;
    const fixed = await town.patch(`${w.base}/centres/${ids.region}`, {
      staffCount: 2,
      fundingSource: 'unit_pooled',
    });
    expect(fixed.body).toMatchObject({ meetsStandard: true, shortfalls: [] });
  });

  it('takes the standards from the city’s config', async () => {
    const admin = await w.login('lq-admin');
    const settings = await admin.get('/api/cities/lq/plugin-settings');
    const config = settings.body.items.find((p: any) => p.id === plugin.id).config;
    const put = await admin.put(`/api/cities/lq/plugin-settings/${plugin.id}`, {
      config: {
        ...config,
        standards: {
          ...config.standards,
          town: { minFloorArea: 90, minStaff: 2, fundingSources: ['town_finance'] },
        },
      },
    });
    expect(put.status).toBe(200);
    const list = await admin.get(`${w.base}/centres?level=town`);
    expect(list.body.items[0]).toMatchObject({ name: '路北街道党员服务中心', meetsStandard: true });
    expect(list.body.summary.find((s: any) => s.level === 'town')).toEqual({
      level: 'town',
      count: 1,
      meetingStandard: 1,
    });
    const town = await w.login('lq-town-a');
    expect((await town.get(`${w.base}/centres`)).body.items.map((c: any) => c.level).sort()).toEqual([
      'region',
      'town',
    ]);
  });

  it('records visits with a first responder; a time-limited request gets its deadline from the config', async () => {
    const town = await w.login('lq-town-a');
    const spot = await town.post(`${w.base}/centres/${ids.region}/visits`, {
      service: 'policy_consultation',
      visitorName: '群众甲',
      subject: '咨询入党程序',
      firstResponder: '林晓',
      timeLimited: false,
    });
    expect(spot.status).toBe(400);
    expect(spot.body.error.field).toBe('result');
    const answered = await town.post(`${w.base}/centres/${ids.region}/visits`, {
      service: 'policy_consultation',
      visitorName: '群众甲',
      subject: '咨询入党程序',
      firstResponder: '林晓',
      timeLimited: false,
      result: '当场解答',
    });
    expect(answered.body).toMatchObject({ status: 'completed', overdue: false, completedOn: '2026-06-15' });
    const transfer = await town.post(`${w.base}/centres/${ids.region}/visits`, {
      service: 'relation_transfer',
      visitorName: '流动党员乙',
      visitorMemberId: w.m.flowing.id,
      subject: '组织关系转入',
      firstResponder: '林晓',
      timeLimited: true,
    });
    expect(transfer.status).toBe(201);
    // Default time limit 5 days.
    expect(transfer.body).toMatchObject({
      timeLimited: true,
      dueOn: '2026-06-20',
      status: 'open',
      overdue: false,
      daysLeft: 5,
      firstResponder: '林晓',
    });
    ids.transfer = transfer.body.id;
    const dues = await town.post(`${w.base}/centres/${ids.region}/visits`, {
      service: 'dues',
      visitorName: '丙',
      subject: '补交党费',
      firstResponder: '陈明',
      timeLimited: true,
      timeLimitDays: 2,
    });
    expect(dues.body.dueOn).toBe('2026-06-17');
    ids.dues = dues.body.id;
    const both = await town.post(`${w.base}/centres/${ids.region}/visits`, {
      service: 'dues',
      visitorName: '丙',
      subject: 'x',
      firstResponder: '陈明',
      timeLimited: true,
      timeLimitDays: 2,
      dueOn: '2026-06-30',
    });
    expect(both.status).toBe(400);
    expect(both.body.error.field).toBe('dueOn');
    const badService = await town.post(`${w.base}/centres/${ids.region}/visits`, {
      service: 'taxi',
      visitorName: '丙',
      subject: 'x',
      firstResponder: '陈明',
      timeLimited: false,
      result: 'x',
    });
    expect(badService.status).toBe(400);
    expect(badService.body.error.field).toBe('service');
    const other = await w.login('lq-town-b');
    expect(
      (
        await other.post(`${w.base}/centres/${ids.region}/visits`, {
          service: 'dues',
          visitorName: '丙',
          subject: 'x',
          firstResponder: 'y',
          timeLimited: false,
          result: 'x',
        })
      ).status,
    ).toBe(404);
  });

  it('flags overdue requests by the clock, keeps late completions flagged, and completes only once', async () => {
    clock.advanceDays(3); // 2026-06-18: 党费 (due 06-17) is overdue, the transfer (due 06-20) is not.
    const town = await w.login('lq-town-a'); // (yesterday's session has expired)
    const overdue = await town.get(`${w.base}/visits/overdue`);
    expect(overdue.body.items.map((v: any) => [v.subject, v.overdue, v.daysLeft])).toEqual([
      ['补交党费', true, -1],
    ]);
    const open = await town.get(`${w.base}/centres/${ids.region}/visits?status=open`);
    expect(open.body.items.map((v: any) => v.subject).sort()).toEqual(['补交党费', '组织关系转入'].sort());
    const late = await town.post(`${w.base}/visits/${ids.dues}/complete`, { result: '已补交' });
    expect(late.body).toMatchObject({
      status: 'completed',
      overdue: false,
      late: true,
      completedOn: '2026-06-18',
    });
    const onTime = await town.post(`${w.base}/visits/${ids.transfer}/complete`, { result: '已转入' });
    expect(onTime.body).toMatchObject({ late: false, completedOn: '2026-06-18' });
    expect((await town.post(`${w.base}/visits/${ids.transfer}/complete`, { result: 'again' })).status).toBe(
      409,
    );
    const lateList = await town.get(`${w.base}/centres/${ids.region}/visits?status=late`);
    expect(lateList.body.items.map((v: any) => v.subject)).toEqual(['补交党费']);
    const centres = await town.get(`${w.base}/centres?regionId=${region.id}`);
    expect(centres.body.items[0].visits).toEqual({ total: 3, open: 0, overdue: 0 });
  });
});
