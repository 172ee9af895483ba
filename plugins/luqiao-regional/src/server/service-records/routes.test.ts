import {
  createPluginTestBackend,
  PASSWORD,
  type PluginTestBackend,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index';
import { drawRegion, type LuqiaoWorld, luqiaoWorld } from '../test-world';

describe.each(testDatabaseKinds())('luqiao-regional service records ("奉献双岗位") on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: LuqiaoWorld;
  let cbd: { id: number; regionalOrgId: number };
  let memberReg: number;
  let endedReg: number;
  let logged: number;

  beforeAll(async () => {
    backend = await createPluginTestBackend(plugin, kind, { now: '2026-06-15T02:00:00Z' });
    w = await luqiaoWorld(backend, plugin.id);
    const admin = await w.login('lq-admin');
    cbd = await drawRegion(w, admin, {
      name: '中央商务区',
      placeIds: [w.places.commA1.id],
      unitIds: [w.units.e1.id, w.units.shop1.id],
    });
    const reg = async (memberId: number) => {
      const r = await admin.post(`${w.base}/regions/${cbd.id}/registrations`, {
        memberId,
        registeredOn: '2026-03-01',
      });
      expect(r.status).toBe(201);
      return r.body.id as number;
    };
    memberReg = await reg(w.m.shop1b.id);
    endedReg = await reg(w.m.e1a.id);
    expect(
      (await admin.post(`${w.base}/registrations/${endedReg}/end`, { endedOn: '2026-05-01', reason: '调离' }))
        .status,
    ).toBe(200);
    // The region's own org admin, who confirms its members' service.
    await backend.f.user('lq-region', PASSWORD, [
      { role: 'org_admin', cityId: w.city.id, orgId: cbd.regionalOrgId },
    ]);
  });
  afterAll(() => backend?.close());

  it('lets a registered member log service in the region, awaiting confirmation, audited', async () => {
    const member = await w.login('lq-member');
    const r = await member.post(`${w.base}/registrations/${memberReg}/services`, {
      servedOn: '2026-06-01',
      hours: 2.5,
      content: '商圈文明劝导',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      memberId: w.m.shop1b.id,
      regionId: cbd.id,
      hours: 2.5,
      status: 'submitted',
    });
    logged = r.body.id;
    const audit = await backend.db
      .selectFrom('core.audit_log')
      .select(['action', 'entity'])
      .where('entity_id', '=', String(logged))
      .where('entity', '=', 'p_luqiao_regional.service_record')
      .execute();
    expect(audit).toEqual([{ action: 'log_service', entity: 'p_luqiao_regional.service_record' }]);
  });

  it('refuses bad input with a 4xx naming the field', async () => {
    const member = await w.login('lq-member');
    const log = (body: Record<string, unknown>, regId = memberReg) =>
      member.post(`${w.base}/registrations/${regId}/services`, {
        servedOn: '2026-06-01',
        hours: 2,
        content: '志愿服务',
        ...body,
      });
    for (const [body, field] of [
      [{ servedOn: '2026-06-16' }, 'servedOn'],
      [{ servedOn: '2026-02-28' }, 'servedOn'],
      [{ servedOn: '2026-02-30' }, 'servedOn'],
      [{ hours: 0 }, 'hours'],
      [{ hours: 24.5 }, 'hours'],
      [{ hours: 1.25 }, 'hours'],
      [{ content: '' }, 'content'],
      [{ content: '长'.repeat(201) }, 'content'],
    ] as const) {
      const r = await log(body);
      expect([JSON.stringify(body), r.status, r.body.error?.field]).toEqual([
        JSON.stringify(body),
        400,
        field,
      ]);
    }
    // Someone else's registration is not the member's to log under.
    expect((await log({}, endedReg)).status).toBe(404);
    const admin = await w.login('lq-admin');
    const ended = await admin.post(`${w.base}/registrations/${endedReg}/services`, {
      servedOn: '2026-04-01',
      hours: 1,
      content: '补录',
    });
    expect(ended.status).toBe(409);
    expect(ended.body.error.field).toBe('registrationId');
  });

  it('lets the region’s org admin list and confirm submitted records, once; members may not decide', async () => {
    const member = await w.login('lq-member');
    expect((await member.post(`${w.base}/services/${logged}/decision`, { confirmed: true })).status).toBe(
      403,
    );
    expect((await member.get(`${w.base}/regions/${cbd.id}/services`)).status).toBe(403);
    const region = await w.login('lq-region');
    const list = await region.get(`${w.base}/regions/${cbd.id}/services?status=submitted`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).toMatchObject({
      id: logged,
      memberName: '孙八',
      hours: 2.5,
      content: '商圈文明劝导',
    });
    const bad = await region.post(`${w.base}/services/${logged}/decision`, { confirmed: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('confirmed');
    const ok = await region.post(`${w.base}/services/${logged}/decision`, { confirmed: true });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ id: logged, status: 'confirmed', confirmedOn: '2026-06-15' });
    expect((await region.post(`${w.base}/services/${logged}/decision`, { confirmed: false })).status).toBe(
      409,
    );
    expect((await region.get(`${w.base}/regions/${cbd.id}/services?status=submitted`)).body.total).toBe(0);
    const decided = await region.get(`${w.base}/regions/${cbd.id}/services`);
    expect(decided.body.items[0].actions.decide).toEqual({
      allowed: false,
      reason: 'this service record has already been confirmed',
    });
    const view = await backend.db
      .selectFrom('p_luqiao_regional.outcome_service' as never)
      .selectAll()
      .execute();
    expect(
      view.map((v: Record<string, unknown>) => [v.member_id, v.served_on, Number(v.hours), v.confirmed]),
    ).toEqual([[w.m.shop1b.id, '2026-06-01', 2.5, true]]);
  });

  it('lets the member read their own records and rejected service drops out of the outcome', async () => {
    const member = await w.login('lq-member');
    const second = await member.post(`${w.base}/registrations/${memberReg}/services`, {
      servedOn: '2026-06-10',
      hours: 3,
      content: '重复登记',
    });
    expect(second.status).toBe(201);
    const region = await w.login('lq-region');
    expect(
      (await region.post(`${w.base}/services/${second.body.id}/decision`, { confirmed: false })).body.status,
    ).toBe('rejected');
    const mine = await member.get(`${w.base}/me/services`);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((i: { servedOn: string; status: string }) => [i.servedOn, i.status])).toEqual([
      ['2026-06-10', 'rejected'],
      ['2026-06-01', 'confirmed'],
    ]);
    expect(mine.body).toMatchObject({ confirmedHours: 2.5, submitted: 0 });
    const view = await backend.db
      .selectFrom('p_luqiao_regional.outcome_service' as never)
      .selectAll()
      .execute();
    expect(view).toHaveLength(1);
  });

  it('refuses another region’s admin and another city', async () => {
    const member = await w.login('lq-member');
    const r = await member.post(`${w.base}/registrations/${memberReg}/services`, {
      servedOn: '2026-06-12',
      hours: 1,
      content: '关爱环卫工人',
    });
    expect(r.status).toBe(201);
    const townB = await w.login('lq-town-b');
    expect((await townB.post(`${w.base}/services/${r.body.id}/decision`, { confirmed: true })).status).toBe(
      404,
    );
    expect((await townB.get(`${w.base}/regions/${cbd.id}/services`)).status).toBe(404);
    expect(
      (
        await townB.post(`${w.base}/registrations/${memberReg}/services`, {
          servedOn: '2026-06-12',
          hours: 1,
          content: 'x',
        })
      ).status,
    ).toBe(404);

    const f = backend.f;
    const cityB = await f.city('lb', '另一区', 'district');
    await f.enable(cityB.id, plugin.id);
    await f.user('lb-admin', PASSWORD, [{ role: 'city_admin', cityId: cityB.id }]);
    const other = backend.client('en');
    await other.login('lb-admin', PASSWORD);
    const baseB = backend.base('lb');
    expect((await other.post(`${baseB}/services/${r.body.id}/decision`, { confirmed: true })).status).toBe(
      404,
    );
    expect((await other.get(`${baseB}/regions/${cbd.id}/services`)).status).toBe(404);
    expect(
      (
        await other.post(`${baseB}/registrations/${memberReg}/services`, {
          servedOn: '2026-06-12',
          hours: 1,
          content: 'x',
        })
      ).status,
    ).toBe(404);
    const still = await backend.db
      .selectFrom('p_luqiao_regional.service_record' as never)
      .select('status' as never)
      .where('id' as never, '=', r.body.id as never)
      .executeTakeFirstOrThrow();
    expect(still).toEqual({ status: 'submitted' });
  });
});
