import type { PluginTestBackend } from '@jiceng/plugin-kit/testing';
import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, gulouBackend, gulouWorld } from '../../test-world';

type World = Awaited<ReturnType<typeof gulouWorld>>;
const project = (needId: number, offerId: number, over: Record<string, unknown> = {}) => ({
  needId,
  offerId,
  title: '义诊进网格',
  ownerName: '李医生',
  content: '每月第一个周六上午在网格党群服务站义诊',
  startOn: '2026-07-01',
  endOn: '2026-12-31',
  ...over,
});

describe.each(testDatabaseKinds())('supply/demand lists, service projects and facilities on %s', (kind) => {
  let backend: PluginTestBackend;
  let clock: Awaited<ReturnType<typeof gulouBackend>>['clock'];
  let w: World;
  // Filled in as the story goes (the first test creates them).
  const ids = {} as Record<
    'gridOffer' | 'need' | 'need2' | 'offer' | 'offer2' | 'project' | 'unitNeed',
    number
  >;
  beforeAll(async () => {
    ({ backend, clock } = await gulouBackend(kind));
    w = await gulouWorld(backend);
  });
  afterAll(() => backend?.close());

  it('grid branches and units list needs and offers, each only for what they manage', async () => {
    const c1 = await as(backend, 'gl-c1');
    const u1 = await as(backend, 'gl-u1');
    const need = await c1.post('/supply', {
      side: 'need',
      gridOrgId: w.orgs.b1.id,
      category: 'health',
      title: '老年人健康体检与义诊',
    });
    expect(need.status).toBe(201);
    expect(need.body).toMatchObject({
      side: 'need',
      gridName: '一社区第1网格党支部',
      status: 'open',
      listedOn: '2026-06-15',
    });
    ids.need = need.body.id;
    ids.need2 = (
      await c1.post('/supply', {
        side: 'need',
        gridOrgId: w.orgs.b2.id,
        category: 'venue',
        title: '借用场地开展党员活动',
      })
    ).body.id;
    ids.gridOffer = (
      await c1.post('/supply', {
        side: 'offer',
        gridOrgId: w.orgs.b2.id,
        category: 'volunteers',
        title: '网格志愿者',
      })
    ).body.id;
    const both = await c1.post('/supply', {
      side: 'need',
      gridOrgId: w.orgs.b1.id,
      unitId: w.units.u1.id,
      category: 'health',
      title: '两个主体',
    });
    expect(both.status).toBe(400);
    expect(both.body.error.field).toBe('gridOrgId');
    const neither = await c1.post('/supply', { side: 'need', category: 'health', title: '没有主体' });
    expect(neither.body.error.field).toBe('gridOrgId');
    const notMine = await c1.post('/supply', {
      side: 'offer',
      unitId: w.units.u1.id,
      category: 'health',
      title: '派驻医生',
    });
    expect(notMine.status).toBe(400);
    expect(notMine.body.error).toMatchObject({ code: 'out_of_scope', field: 'unitId' });
    ids.offer = (
      await u1.post('/supply', {
        side: 'offer',
        unitId: w.units.u1.id,
        category: 'health',
        title: '派驻医生进网格义诊',
      })
    ).body.id;
    ids.offer2 = (
      await u1.post('/supply', {
        side: 'offer',
        unitId: w.units.u1.id,
        category: 'venue',
        title: '开放会议室',
      })
    ).body.id;
    ids.unitNeed = (
      await u1.post('/supply', {
        side: 'need',
        unitId: w.units.u1.id,
        category: 'volunteers',
        title: '单位需要社区志愿者协助',
      })
    ).body.id;
    // c2 sees every unit entry but none of c1's grid entries.
    const c2 = await as(backend, 'gl-c2');
    const seen = (await c2.get('/supply')).body.items;
    expect(seen.map((i: any) => i.id).sort((a: number, b: number) => a - b)).toEqual([
      ids.offer,
      ids.offer2,
      ids.unitNeed,
    ]);
    expect(seen.every((i: any) => i.manageable === false)).toBe(true);
    expect((await c1.get('/supply?side=need&owner=grid')).body.items.map((i: any) => i.id)).toEqual([
      ids.need2,
      ids.need,
    ]);
  });

  it('matches a grid need with a unit offer into a service project, and refuses the wrong pairs', async () => {
    const c1 = await as(backend, 'gl-c1');
    const c2 = await as(backend, 'gl-c2');
    const cases: [Record<string, unknown>, number, string][] = [
      [project(ids.offer, ids.offer2), 400, 'needId'],
      [project(ids.need, ids.need2), 400, 'offerId'],
      [project(ids.need, ids.gridOffer), 400, 'offerId'],
      [project(ids.need, ids.offer, { endOn: '2026-06-30' }), 400, 'endOn'],
      [project(999999, ids.offer), 400, 'needId'],
    ];
    for (const [body, status, field] of cases) {
      const r = await c1.post('/projects', body);
      expect(r.status, field).toBe(status);
      expect(r.body.error.field).toBe(field);
    }
    const outside = await c2.post('/projects', project(ids.need, ids.offer));
    expect(outside.status).toBe(400);
    expect(outside.body.error).toMatchObject({ code: 'out_of_scope', field: 'needId' });
    const made = await c1.post('/projects', project(ids.need, ids.offer));
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      status: 'planned',
      gridOrgId: w.orgs.b1.id,
      unitId: w.units.u1.id,
      unitName: '省财政厅',
      createdOn: '2026-06-15',
    });
    ids.project = made.body.id;
    const again = await c1.post('/projects', project(ids.need, ids.offer2));
    expect(again.status).toBe(409);
    expect(again.body.error.field).toBe('needId');
    const items = (await c1.get('/supply')).body.items;
    expect(items.find((i: any) => i.id === ids.need).status).toBe('matched');
    expect(items.find((i: any) => i.id === ids.offer).status).toBe('matched');
    // A unit's need can be met by a grid branch's offer too.
    const reverse = await c1.post(
      '/projects',
      project(ids.unitNeed, ids.gridOffer, { title: '志愿者协助单位开放日' }),
    );
    expect(reverse.body).toMatchObject({ gridOrgId: w.orgs.b2.id, unitId: w.units.u1.id });
    const detail = await c1.get(`/projects/${ids.project}`);
    expect(detail.body.need.title).toBe('老年人健康体检与义诊');
    expect(detail.body.offer.unitName).toBe('省财政厅');
    // The unit's admin sees the projects it takes part in.
    const u1 = await as(backend, 'gl-u1');
    expect((await u1.get('/projects')).body.items).toHaveLength(2);
    expect((await c2.get('/projects')).body.items).toHaveLength(0);
  });

  it('moves projects only forward; cancelling hands the need and offer back to the lists', async () => {
    const c1 = await as(backend, 'gl-c1');
    const skip = await c1.post(`/projects/${ids.project}/status`, { status: 'completed' });
    expect(skip.status).toBe(409);
    expect(skip.body.error.field).toBe('status');
    expect((await c1.post(`/projects/${ids.project}/status`, { status: 'in_progress' })).body).toMatchObject({
      status: 'in_progress',
      startedOn: '2026-06-15',
    });
    clock.set('2026-09-01T02:00:00Z');
    try {
      const c1later = await as(backend, 'gl-c1');
      expect(
        (await c1later.post(`/projects/${ids.project}/status`, { status: 'completed' })).body,
      ).toMatchObject({ status: 'completed', completedOn: '2026-09-01' });
      expect((await c1later.post(`/projects/${ids.project}/status`, { status: 'cancelled' })).status).toBe(
        409,
      );
      const p = await c1later.post('/projects', project(ids.need2, ids.offer2, { title: '会议室共享' }));
      expect((await c1later.post(`/projects/${p.body.id}/status`, { status: 'cancelled' })).body.status).toBe(
        'cancelled',
      );
      const items = (await c1later.get('/supply')).body.items;
      expect(items.find((i: any) => i.id === ids.need2).status).toBe('open');
      expect(items.find((i: any) => i.id === ids.offer2).status).toBe('open');
      const matched = await c1later.post(`/supply/${ids.need}/withdraw`, { reason: '不再需要' });
      expect(matched.status).toBe(409);
      expect((await c1later.post(`/supply/${ids.need2}/withdraw`, {})).body.error.field).toBe('reason');
      expect((await c1later.post(`/supply/${ids.need2}/withdraw`, { reason: '社区已自行解决' })).status).toBe(
        200,
      );
      expect((await c1later.post(`/supply/${ids.need2}/withdraw`, { reason: '社区已自行解决' })).status).toBe(
        409,
      );
    } finally {
      clock.set('2026-06-15T02:00:00Z');
    }
  });

  it('keeps a catalogue of unit facilities with opening hours, open-now by the clock, and a public read-only list', async () => {
    const u1 = await as(backend, 'gl-u1');
    const parking = await u1.post('/facilities', {
      unitId: w.units.u1.id,
      kind: 'parking',
      name: '省财政厅停车场',
      placeId: w.places.cp1.id,
      days: '1111100',
      opensAt: '18:00',
      closesAt: '22:00',
      capacity: 80,
      note: '夜间向居民开放',
    });
    expect(parking.status).toBe(201);
    const toilet = await u1.post('/facilities', {
      unitId: w.units.u1.id,
      kind: 'toilet',
      name: '省财政厅公共卫生间',
      days: '1111111',
      opensAt: '07:00',
      closesAt: '21:00',
    });
    expect(toilet.status).toBe(201);
    for (const [body, field] of [
      [
        {
          unitId: w.units.u1.id,
          kind: 'sports',
          name: '球场',
          days: '1111111',
          opensAt: '20:00',
          closesAt: '08:00',
        },
        'closesAt',
      ],
      [
        {
          unitId: w.units.u1.id,
          kind: 'sports',
          name: '球场',
          days: '0000000',
          opensAt: '08:00',
          closesAt: '20:00',
        },
        'days',
      ],
      [
        {
          unitId: w.units.u1.id,
          kind: 'sports',
          name: '球场',
          days: '1111111',
          opensAt: '8:00',
          closesAt: '20:00',
        },
        'opensAt',
      ],
    ] as const) {
      const r = await u1.post('/facilities', body);
      expect(r.status, field).toBe(400);
      expect(r.body.error.field).toBe(field);
    }
    const c1 = await as(backend, 'gl-c1');
    expect(
      (
        await c1.post('/facilities', {
          unitId: w.units.u1.id,
          kind: 'sports',
          name: '球场',
          days: '1111111',
          opensAt: '08:00',
          closesAt: '20:00',
        })
      ).body.error.field,
    ).toBe('unitId');

    // Monday 10:00 in Fuzhou: the toilets are open, the car park (evenings) is not. Members may read the catalogue.
    const m1 = await as(backend, 'gl-m1');
    const now = await m1.get('/facilities');
    expect(now.body.items.map((f: any) => [f.kind, f.openNow])).toEqual([
      ['parking', false],
      ['toilet', true],
    ]);
    expect((await m1.get('/facilities?openNow=true')).body.items.map((f: any) => f.kind)).toEqual(['toilet']);
    expect(
      (await m1.get(`/facilities?placeId=${w.places.street.id}`)).body.items.map((f: any) => f.kind),
    ).toEqual(['parking']);
    clock.set('2026-06-15T11:00:00Z'); // Monday 19:00
    try {
      const evening = await (await as(backend, 'gl-m1')).get('/facilities?openNow=true');
      expect(evening.body.items.map((f: any) => f.kind)).toEqual(['parking', 'toilet']);
      clock.set('2026-06-20T11:00:00Z'); // Saturday 19:00: the car park opens on weekdays only
      const saturday = await (await as(backend, 'gl-m1')).get('/facilities?openNow=true');
      expect(saturday.body.items.map((f: any) => f.kind)).toEqual(['toilet']);
    } finally {
      clock.set('2026-06-15T02:00:00Z');
    }
    // Managing a facility is offered exactly to whom the route allows: the unit's own org side, not another org.
    for (const who of ['gl-u1', 'gl-c1']) {
      const client = await as(backend, who);
      const row = (await client.get('/facilities')).body.items.find((f: any) => f.id === toilet.body.id);
      const refused = await client.patch(`/facilities/${toilet.body.id}`, { note: '试试' });
      if (who === 'gl-u1') {
        expect(row.actions.manage).toEqual({ allowed: true });
        expect(refused.status).toBe(200);
      } else {
        expect(row.actions.manage.allowed, who).toBe(false);
        expect(refused.status, who).toBe(403);
        expect(refused.body.error.message).toContain(row.actions.manage.reason);
      }
    }
    const u1again = await as(backend, 'gl-u1');
    const bad = await u1again.patch(`/facilities/${toilet.body.id}`, { closesAt: '06:00' });
    expect(bad.body.error.field).toBe('closesAt');
    expect((await u1again.patch(`/facilities/${toilet.body.id}`, { active: false })).status).toBe(200);
    const anonymous = backend.client();
    const pub = await anonymous.get('/api/public/cities/gl/plugins/gulou-grid-alliance/facilities');
    expect(pub.status).toBe(200);
    expect(pub.body.items.map((f: any) => f.name)).toEqual(['省财政厅停车场']);
    expect(pub.body.items[0].note).toBeUndefined();
    expect((await anonymous.get(`${backend.base('gl')}/facilities`)).status).toBe(401);
  });
});
