import {
  createPluginTestBackend,
  type PluginTestBackend,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index';
import { drawRegion, type LuqiaoWorld, luqiaoWorld } from '../test-world';

describe.each(testDatabaseKinds())('luqiao-regional co-building council on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: LuqiaoWorld;
  let region: { id: number };
  let council: any;
  const member = (unitName: string) =>
    council.members.find((m: any) => m.unitName === unitName && m.active)?.id as number;

  beforeAll(async () => {
    backend = await createPluginTestBackend(plugin, kind, { now: '2026-06-15T02:00:00Z' });
    w = await luqiaoWorld(backend, plugin.id);
    const admin = await w.login('lq-admin');
    region = await drawRegion(w, admin, {
      name: '方林汽车城汽贸区',
      kind: 'auto_trade',
      unitIds: [w.units.e1.id, w.units.e2.id, w.units.shop1.id, w.units.shop2.id],
    });
  });
  afterAll(() => backend?.close());

  it('refuses a chair that is not a member unit and units outside the region', async () => {
    const admin = await w.login('lq-admin');
    const chair = await admin.post(`${w.base}/councils`, {
      regionId: region.id,
      name: '理事会',
      unitIds: [w.units.e1.id, w.units.e2.id],
      chairUnitId: w.units.shop1.id,
    });
    expect(chair.status).toBe(400);
    expect(chair.body.error.field).toBe('chairUnitId');
    const outside = await admin.post(`${w.base}/councils`, {
      regionId: region.id,
      name: '理事会',
      unitIds: [w.units.e1.id, w.units.far.id],
      chairUnitId: w.units.e1.id,
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.field).toBe('unitIds.1');
    const one = await admin.post(`${w.base}/councils`, {
      regionId: region.id,
      name: '理事会',
      unitIds: [w.units.e1.id, w.units.e1.id],
      chairUnitId: w.units.e1.id,
    });
    expect(one.status).toBe(400);
    expect(one.body.error.field).toBe('unitIds');
  });

  it('founds a council with the first rotating chair serving a six-month term', async () => {
    const admin = await w.login('lq-admin');
    const r = await admin.post(`${w.base}/councils`, {
      regionId: region.id,
      name: '方林汽车城区域共建理事会',
      foundedOn: '2025-07-01',
      unitIds: [w.units.e1.id, w.units.e2.id, w.units.shop1.id],
      chairUnitId: w.units.e1.id,
    });
    expect(r.status).toBe(201);
    council = r.body;
    expect(council.currentTerm).toMatchObject({
      termNo: 1,
      chairName: '银泰商贸有限公司',
      startsOn: '2025-07-01',
      endsOn: '2026-01-01',
    });
    expect(council.nextInTurn.unitName).toBe('恒达科技有限公司');
  });

  it('rotates the chair to the next member unit in turn, and refuses a non-member', async () => {
    const admin = await w.login('lq-admin');
    const stranger = await admin.post(`${w.base}/councils/${council.id}/rotate`, {
      chairMemberId: 999999,
      startsOn: '2026-01-01',
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.field).toBe('chairMemberId');
    const same = await admin.post(`${w.base}/councils/${council.id}/rotate`, {
      chairMemberId: member('银泰商贸有限公司'),
      startsOn: '2026-01-01',
    });
    expect(same.status).toBe(400);
    const r = await admin.post(`${w.base}/councils/${council.id}/rotate`, { startsOn: '2026-01-01' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      termNo: 2,
      chairName: '恒达科技有限公司',
      startsOn: '2026-01-01',
      endsOn: '2026-07-01',
    });
    const detail = await admin.get(`${w.base}/councils/${council.id}`);
    expect(detail.body.terms[0]).toMatchObject({ termNo: 1, endedOn: '2026-01-01', endKind: 'completed' });
  });

  it('replaces an inactive chair mid-term with the reason; the new chair serves out the term', async () => {
    const admin = await w.login('lq-admin');
    const noReason = await admin.post(`${w.base}/councils/${council.id}/replace-chair`, {
      chairMemberId: member('老街茶庄'),
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe('reason');
    const r = await admin.post(`${w.base}/councils/${council.id}/replace-chair`, {
      chairMemberId: member('老街茶庄'),
      reason: '轮值期间未组织活动',
      on: '2026-03-01',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      termNo: 3,
      chairName: '老街茶庄',
      startsOn: '2026-03-01',
      endsOn: '2026-07-01',
    });
    const detail = await admin.get(`${w.base}/councils/${council.id}`);
    council = detail.body;
    expect(detail.body.terms[1]).toMatchObject({
      termNo: 2,
      endedOn: '2026-03-01',
      endKind: 'replaced',
      endReason: '轮值期间未组织活动',
    });
  });

  it('replaces an inactive member unit with the reason recorded, never the sitting chair', async () => {
    const admin = await w.login('lq-admin');
    const chair = await admin.post(`${w.base}/councils/${council.id}/members/${member('老街茶庄')}/replace`, {
      reason: '不积极',
      replacementUnitId: w.units.shop2.id,
    });
    expect(chair.status).toBe(409);
    const outside = await admin.post(
      `${w.base}/councils/${council.id}/members/${member('恒达科技有限公司')}/replace`,
      { reason: '不积极', replacementUnitId: w.units.far.id },
    );
    expect(outside.status).toBe(400);
    expect(outside.body.error.field).toBe('replacementUnitId');
    const r = await admin.post(
      `${w.base}/councils/${council.id}/members/${member('恒达科技有限公司')}/replace`,
      {
        reason: '连续两次缺席理事会',
        replacementUnitId: w.units.shop2.id,
        on: '2026-04-01',
      },
    );
    expect(r.status).toBe(200);
    const detail = await admin.get(`${w.base}/councils/${council.id}`);
    council = detail.body;
    const gone = detail.body.members.find((m: any) => m.unitName === '恒达科技有限公司');
    expect(gone).toMatchObject({
      active: false,
      leftOn: '2026-04-01',
      leftReason: '连续两次缺席理事会',
      replacedByName: '明华眼镜店',
    });
    // Order of joining: 银泰, (恒达 left), 茶庄 (chair), 眼镜店: next in turn after the chair is 眼镜店.
    expect(detail.body.nextInTurn.unitName).toBe('明华眼镜店');
  });

  it('takes projects declared by member units, led in turn, and refuses a unit that has left', async () => {
    const admin = await w.login('lq-admin');
    const left = await admin.post(`${w.base}/councils/${council.id}/projects`, {
      title: 'x',
      declaredByMemberId: council.members.find((m: any) => m.unitName === '恒达科技有限公司').id,
    });
    expect(left.status).toBe(400);
    expect(left.body.error.field).toBe('declaredByMemberId');
    // Nobody has led yet: the first current member (银泰) leads, then 茶庄, then 眼镜店.
    const leads: number[] = [];
    for (const title of ['汽车城消防安全联查', '流动党员技能培训', '区域就业招聘会']) {
      const r = await admin.post(`${w.base}/councils/${council.id}/projects`, {
        title,
        declaredByMemberId: member('明华眼镜店'),
        declaredOn: '2026-04-10',
      });
      expect(r.status).toBe(201);
      leads.push(r.body.leadMemberId);
    }
    expect(leads).toEqual([member('银泰商贸有限公司'), member('老街茶庄'), member('明华眼镜店')]);
    const detail = await admin.get(`${w.base}/councils/${council.id}`);
    const [p1, p2, p3] = detail.body.projects.map((p: any) => p.id);
    expect((await admin.post(`${w.base}/council-projects/${p1}/complete`, { outcome: 'x' })).status).toBe(
      409,
    );
    expect(
      (await admin.post(`${w.base}/council-projects/${p1}/start`, { startsOn: '2026-04-01' })).status,
    ).toBe(400);
    expect(
      (await admin.post(`${w.base}/council-projects/${p1}/start`, { startsOn: '2026-04-15' })).status,
    ).toBe(200);
    expect(
      (
        await admin.post(`${w.base}/council-projects/${p1}/complete`, {
          completedOn: '2026-05-30',
          outcome: '联查12家门店',
        })
      ).status,
    ).toBe(200);
    expect(
      (await admin.post(`${w.base}/council-projects/${p2}/start`, { startsOn: '2026-05-01' })).status,
    ).toBe(200);
    expect((await admin.post(`${w.base}/council-projects/${p3}/drop`, { reason: '场地未落实' })).status).toBe(
      200,
    );
    expect((await admin.post(`${w.base}/council-projects/${p3}/start`, {})).status).toBe(409);
  });

  it('holds a meeting reviewing each unit on the council then, and keeps a scoreboard', async () => {
    const admin = await w.login('lq-admin');
    const gone = council.members.find((m: any) => m.unitName === '恒达科技有限公司').id;
    const late = await admin.post(`${w.base}/councils/${council.id}/meetings`, {
      heldOn: '2026-05-20',
      topic: '季度考核',
      reviews: [{ memberId: gone, attended: false, score: 0 }],
    });
    expect(late.status).toBe(400);
    expect(late.body.error.field).toBe('reviews.0.memberId');
    const first = await admin.post(`${w.base}/councils/${council.id}/meetings`, {
      heldOn: '2026-02-20',
      topic: '季度考核',
      reviews: [
        { memberId: member('银泰商贸有限公司'), attended: true, score: 90 },
        { memberId: gone, attended: false, score: 30 },
        { memberId: member('老街茶庄'), attended: true, score: 50 },
      ],
    });
    expect(first.status).toBe(201);
    // The chair on 2026-02-20 was 恒达 (term 2).
    expect(first.body.chairMemberId).toBe(gone);
    const second = await admin.post(`${w.base}/councils/${council.id}/meetings`, {
      heldOn: '2026-05-20',
      topic: '季度考核',
      reviews: [
        { memberId: member('银泰商贸有限公司'), attended: true, score: 80 },
        { memberId: member('老街茶庄'), attended: true, score: 60 },
        { memberId: member('明华眼镜店'), attended: false, score: 40 },
      ],
    });
    expect(second.body.chairMemberId).toBe(member('老街茶庄'));
    const board = await admin.get(
      `${w.base}/councils/${council.id}/scoreboard?from=2026-01-01&to=2026-06-15`,
    );
    const row = (name: string) => board.body.items.find((r: any) => r.unitName === name);
    // 银泰: led p1 (started 04-15, completed 05-30), scores 90 and 80 → average 85, active.
    expect(row('银泰商贸有限公司')).toMatchObject({
      declared: 0,
      led: 1,
      completed: 1,
      meetings: 2,
      attended: 2,
      avgScore: 85,
      active: true,
      chairTerms: 0,
    });
    // 恒达: left on 04-01; one review of 30, no projects → inactive; chaired term 2 (01-01 to 03-01).
    expect(row('恒达科技有限公司')).toMatchObject({
      declared: 0,
      led: 0,
      meetings: 1,
      avgScore: 30,
      active: false,
      current: false,
      chairTerms: 1,
    });
    // 茶庄: leads p2 (in progress), average (50 + 60) / 2 = 55 → active because it leads a project.
    expect(row('老街茶庄')).toMatchObject({ led: 1, avgScore: 55, active: true, chairTerms: 1 });
    // 眼镜店: declared all three projects (p3 dropped, it led none running) → active by declaring; score 40.
    expect(row('明华眼镜店')).toMatchObject({ declared: 3, led: 0, avgScore: 40, active: true });
    expect(board.body.items).toHaveLength(4);
  });
});
