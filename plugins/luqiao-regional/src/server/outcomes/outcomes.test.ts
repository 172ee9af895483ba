import {
  createPluginTestBackend,
  type PluginTestBackend,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index';
import { ORG_KINDS } from '../../shared/model';
import type { LuqiaoDb } from '../db';
import { type LuqiaoWorld, luqiaoWorld } from '../test-world';

/** The columns core's outcome contract names for each fact, in order, with their types. */
const CONTRACT: Record<string, [string, string][]> = {
  coverage: [
    ['city_id', 'integer'],
    ['org_id', 'integer'],
    ['unit_kind', 'text'],
    ['unit_key', 'text'],
    ['covered_since', 'date'],
  ],
  engagement: [
    ['city_id', 'integer'],
    ['member_id', 'integer'],
    ['org_id', 'integer'],
    ['effective_on', 'date'],
    ['confirmed', 'boolean'],
  ],
  project: [
    ['city_id', 'integer'],
    ['org_id', 'integer'],
    ['started_on', 'date'],
    ['completed_on', 'date'],
  ],
  request: [
    ['city_id', 'integer'],
    ['org_id', 'integer'],
    ['received_on', 'date'],
    ['due_on', 'date'],
    ['closed_on', 'date'],
  ],
  service: [
    ['city_id', 'integer'],
    ['member_id', 'integer'],
    ['org_id', 'integer'],
    ['served_on', 'date'],
    ['hours', 'numeric'],
    ['confirmed', 'boolean'],
  ],
};

/**
 * A hand-built district written straight into the tables (the workflows have their own tests): one region in
 * 路北街道 with its regional org and service centre org, and a second city with a region of its own.
 */
async function region(db: LuqiaoDb, cityId: number, townOrgId: number, name: string) {
  const f = (kind: string, n: string) =>
    db
      .insertInto('core.org')
      .values({ city_id: cityId, kind, name: n, parent_id: townOrgId, place_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
  const regional = await f(ORG_KINDS.regional, `${name}联合党委`);
  const centre = await f(ORG_KINDS.centre, `${name}党员服务中心党支部`);
  const r = await db
    .insertInto('p_luqiao_regional.region')
    .values({
      city_id: cityId,
      name,
      kind: 'business_district',
      town_org_id: townOrgId,
      regional_org_id: regional.id,
      centre_org_id: centre.id,
      established_on: '2026-01-01',
      created_at: '2026-01-01T02:00:00Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const c = await db
    .insertInto('p_luqiao_regional.centre')
    .values({
      city_id: cityId,
      level: 'region',
      name: `${name}党员服务中心`,
      owner_org_id: centre.id,
      region_id: r.id,
      floor_area: 120,
      staff_count: 3,
      funding_source: 'mixed',
      opened_on: '2026-01-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: r.id, regionalOrgId: regional.id, centreOrgId: centre.id, centreId: c.id };
}

describe.each(testDatabaseKinds())('luqiao-regional outcome views on %s', (kind) => {
  let backend: PluginTestBackend;
  let db: LuqiaoDb;
  let w: LuqiaoWorld;
  let r: Awaited<ReturnType<typeof region>>;
  let other: { cityId: number; region: Awaited<ReturnType<typeof region>>; memberId: number; unitId: number };

  const registration = (
    cityId: number,
    regionId: number,
    memberId: number,
    via: 'unit_org' | 'centre_org',
    on: string,
    endedOn: string | null = null,
  ) =>
    db
      .insertInto('p_luqiao_regional.registration')
      .values({
        city_id: cityId,
        region_id: regionId,
        member_id: memberId,
        via,
        registered_on: on,
        ended_on: endedOn,
        end_reason: endedOn ? '离开区域' : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const service = (
    cityId: number,
    regionId: number,
    reg: { id: number },
    memberId: number,
    on: string,
    hours: number,
    status: 'submitted' | 'confirmed' | 'rejected',
  ) =>
    db
      .insertInto('p_luqiao_regional.service_record')
      .values({
        city_id: cityId,
        registration_id: reg.id,
        member_id: memberId,
        region_id: regionId,
        served_on: on,
        hours,
        content: '商圈志愿服务',
        status,
        confirmed_on: status === 'submitted' ? null : on,
      })
      .execute();
  const visit = (
    cityId: number,
    centreId: number,
    on: string,
    due: string | null,
    completed: string | null,
  ) =>
    db
      .insertInto('p_luqiao_regional.visit')
      .values({
        city_id: cityId,
        centre_id: centreId,
        service: 'relation_transfer',
        visitor_name: '来访人',
        subject: '组织关系转接',
        first_responder: '值班员',
        received_at: `${on}T09:00:00+08:00`,
        received_on: on,
        time_limited: due !== null,
        due_on: due,
        completed_at: completed ? `${completed}T16:00:00+08:00` : null,
        completed_on: completed,
      })
      .execute();
  const project = async (
    cityId: number,
    councilId: number,
    memberId: number,
    p: { declared: string; starts: string | null; status: string; completed?: string },
  ) =>
    db
      .insertInto('p_luqiao_regional.council_project')
      .values({
        city_id: cityId,
        council_id: councilId,
        title: `项目${p.declared}`,
        declared_by_id: memberId,
        lead_member_id: memberId,
        declared_on: p.declared,
        starts_on: p.starts,
        status: p.status as 'declared' | 'in_progress' | 'completed' | 'dropped',
        completed_on: p.completed ?? null,
      })
      .execute();
  const council = async (cityId: number, regionId: number, unitId: number, name: string) => {
    const k = await db
      .insertInto('p_luqiao_regional.council')
      .values({ city_id: cityId, region_id: regionId, name, founded_on: '2026-01-15' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const m = await db
      .insertInto('p_luqiao_regional.council_member')
      .values({ city_id: cityId, council_id: k.id, unit_id: unitId, joined_on: '2026-01-15' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { councilId: k.id, memberId: m.id };
  };

  beforeAll(async () => {
    backend = await createPluginTestBackend(plugin, kind);
    db = backend.db as unknown as LuqiaoDb;
    w = await luqiaoWorld(backend, plugin.id);
    const city = w.city.id;
    r = await region(db, city, w.orgs.townA.id, '路北商务区');

    // 区域登记: 张三 through his unit's org, 钱七 (a shop without an org) through the centre's; 李四's ended.
    const regE1a = await registration(city, r.id, w.m.e1a.id, 'unit_org', '2026-02-01');
    const regShop = await registration(city, r.id, w.m.shop1a.id, 'centre_org', '2026-03-05');
    await registration(city, r.id, w.m.e1b.id, 'unit_org', '2026-01-10', '2026-04-01');

    // 奉献双岗位: 张三 served twice (one confirmed 2.5 h, one awaiting confirmation 1 h), 钱七 once confirmed (4 h)
    // and once rejected (left out).
    await service(city, r.id, regE1a, w.m.e1a.id, '2026-03-01', 2.5, 'confirmed');
    await service(city, r.id, regE1a, w.m.e1a.id, '2026-04-12', 1, 'submitted');
    await service(city, r.id, regShop, w.m.shop1a.id, '2026-04-01', 4, 'confirmed');
    await service(city, r.id, regShop, w.m.shop1a.id, '2026-04-02', 3, 'rejected');

    // 来访: two 限时办结 (one done in time, one open) and one answered on the spot (no time limit: not a request).
    await visit(city, r.centreId, '2026-05-01', '2026-05-06', '2026-05-04');
    await visit(city, r.centreId, '2026-05-10', '2026-05-15', null);
    await visit(city, r.centreId, '2026-05-11', null, '2026-05-11');
    // 党代表接待日 on 2026-05-15: one issue resolved three days after its follow-up date, one still pending.
    const day = await db
      .insertInto('p_luqiao_regional.reception_day')
      .values({ city_id: city, region_id: r.id, held_on: '2026-05-15', month: '2026-05' })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [status, closed] of [
      ['resolved', '2026-06-02'],
      ['pending', null],
    ] as const)
      await db
        .insertInto('p_luqiao_regional.reception_visit')
        .values({
          city_id: city,
          reception_day_id: day.id,
          visitor_name: '群众',
          issue: '反映园区道路积水',
          representative: '党代表',
          follow_up_status: status,
          follow_up_due_on: '2026-05-30',
          closed_on: closed,
        })
        .execute();

    // 共建理事会 projects: one under way, one completed, one only declared, one dropped (left out).
    const k = await council(city, r.id, w.units.e1.id, '路北商务区共建理事会');
    await project(city, k.councilId, k.memberId, {
      declared: '2026-02-10',
      starts: '2026-03-01',
      status: 'in_progress',
    });
    await project(city, k.councilId, k.memberId, {
      declared: '2026-01-20',
      starts: '2026-02-01',
      status: 'completed',
      completed: '2026-04-30',
    });
    await project(city, k.councilId, k.memberId, {
      declared: '2026-05-20',
      starts: null,
      status: 'declared',
    });
    await project(city, k.councilId, k.memberId, {
      declared: '2026-02-15',
      starts: '2026-03-10',
      status: 'dropped',
    });

    // Units in the region: two with their own org, one shop the centre covers, one it does not yet.
    await db
      .insertInto('p_luqiao_regional.region_unit')
      .values([
        { city_id: city, region_id: r.id, unit_id: w.units.e1.id, joined_on: '2026-01-01' },
        { city_id: city, region_id: r.id, unit_id: w.units.gov.id, joined_on: '2026-02-01' },
        {
          city_id: city,
          region_id: r.id,
          unit_id: w.units.shop1.id,
          joined_on: '2026-01-01',
          centre_covered_since: '2026-03-05',
        },
        { city_id: city, region_id: r.id, unit_id: w.units.shop2.id, joined_on: '2026-01-01' },
      ])
      .execute();

    // Another city with a region, a registration, a visit, a project and a unit of its own (no org, not yet
    // covered by its centre).
    const f = backend.f;
    const cityB = await f.city('lb', '另一区', 'district');
    const townB = await f.org(cityB.id, 'street_working_committee', '另一街道党工委');
    const unitB = await f.unit(cityB.id, '另一公司', null, 'new_economic');
    const memberB = await f.member(cityB.id, townB.id, { name: '外区党员', unit_id: unitB.id });
    await f.enable(cityB.id, plugin.id);
    const rb = await region(db, cityB.id, townB.id, '另一商务区');
    const regB = await registration(cityB.id, rb.id, memberB.id, 'centre_org', '2026-02-02');
    await service(cityB.id, rb.id, regB, memberB.id, '2026-03-03', 2, 'confirmed');
    await visit(cityB.id, rb.centreId, '2026-05-02', '2026-05-07', null);
    const kb = await council(cityB.id, rb.id, unitB.id, '另一理事会');
    await project(cityB.id, kb.councilId, kb.memberId, {
      declared: '2026-03-01',
      starts: '2026-03-02',
      status: 'in_progress',
    });
    await db
      .insertInto('p_luqiao_regional.region_unit')
      .values({ city_id: cityB.id, region_id: rb.id, unit_id: unitB.id, joined_on: '2026-02-01' })
      .execute();
    other = { cityId: cityB.id, region: rb, memberId: memberB.id, unitId: unitB.id };
  });
  afterAll(() => backend?.close());

  const rows = async (view: string, cityId: number, order = '2, 3, 4, 5') =>
    (
      await sql<Record<string, unknown>>`select * from ${sql.table(`p_luqiao_regional.${view}`)}
        where city_id = ${cityId} order by ${sql.raw(order)}`.execute(backend.db)
    ).rows;

  it('has a view for each fact it declares, with the contract’s columns', async () => {
    const declared = Object.entries(plugin.outcomes!.facts);
    expect(declared.filter(([, s]) => 'view' in s).map(([f]) => f)).toEqual([
      'engagement',
      'service',
      'request',
      'project',
      'coverage',
    ]);
    const cols = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select table_name, column_name, data_type from information_schema.columns
       where table_schema = 'p_luqiao_regional' and table_name like 'outcome\\_%'
       order by table_name, ordinal_position`.execute(backend.db);
    const byView: Record<string, [string, string][]> = {};
    for (const c of cols.rows) {
      const fact = c.table_name.replace('outcome_', '');
      byView[fact] = [...(byView[fact] ?? []), [c.column_name, c.data_type]];
    }
    expect(byView).toEqual(CONTRACT);
  });

  it('ties each currently registered member to the org they registered through', async () => {
    const city = w.city.id;
    expect(await rows('outcome_engagement', city)).toEqual(
      [
        {
          city_id: city,
          member_id: w.m.e1a.id,
          org_id: r.regionalOrgId,
          effective_on: '2026-02-01',
          confirmed: true,
        },
        {
          city_id: city,
          member_id: w.m.shop1a.id,
          org_id: r.centreOrgId,
          effective_on: '2026-03-05',
          confirmed: true,
        },
      ].sort((a, b) => a.member_id - b.member_id),
    );
  });

  it('lists members’ service in the region, confirmed or awaiting confirmation, leaving rejected out', async () => {
    const city = w.city.id;
    const got = (await rows('outcome_service', city)).map((x) => ({ ...x, hours: Number(x.hours) }));
    expect(got).toEqual(
      [
        {
          city_id: city,
          member_id: w.m.e1a.id,
          org_id: r.regionalOrgId,
          served_on: '2026-03-01',
          hours: 2.5,
          confirmed: true,
        },
        {
          city_id: city,
          member_id: w.m.e1a.id,
          org_id: r.regionalOrgId,
          served_on: '2026-04-12',
          hours: 1,
          confirmed: false,
        },
        {
          city_id: city,
          member_id: w.m.shop1a.id,
          org_id: r.regionalOrgId,
          served_on: '2026-04-01',
          hours: 4,
          confirmed: true,
        },
      ].sort((a, b) => a.member_id - b.member_id || a.served_on.localeCompare(b.served_on)),
    );
    // Confirmed hours 2.5 + 4 = 6.5 over two members who served.
    const agg = await sql<{ members: number; confirmed_hours: string }>`
      select count(distinct member_id)::int as members, sum(hours) filter (where confirmed)::text as confirmed_hours
        from p_luqiao_regional.outcome_service where city_id = ${city}`.execute(backend.db);
    expect(agg.rows[0]).toEqual({ members: 2, confirmed_hours: '6.5' });
  });

  it('lists 限时办结 visits and reception-day issues, received, due and closed or open', async () => {
    const city = w.city.id;
    expect(await rows('outcome_request', city)).toEqual([
      {
        city_id: city,
        org_id: r.regionalOrgId,
        received_on: '2026-05-15',
        due_on: '2026-05-30',
        closed_on: '2026-06-02',
      },
      {
        city_id: city,
        org_id: r.regionalOrgId,
        received_on: '2026-05-15',
        due_on: '2026-05-30',
        closed_on: null,
      },
      {
        city_id: city,
        org_id: r.centreOrgId,
        received_on: '2026-05-01',
        due_on: '2026-05-06',
        closed_on: '2026-05-04',
      },
      {
        city_id: city,
        org_id: r.centreOrgId,
        received_on: '2026-05-10',
        due_on: '2026-05-15',
        closed_on: null,
      },
    ]);
    // Closed 2 of 4, on time 1 of 4, median days to close (3, 18) = 10.5.
    const agg = await sql<{ closed: number; on_time: number; median: number }>`
      select count(closed_on)::int as closed, count(*) filter (where closed_on <= due_on)::int as on_time,
             percentile_cont(0.5) within group (order by closed_on - received_on) as median
        from p_luqiao_regional.outcome_request where city_id = ${city}`.execute(backend.db);
    expect(agg.rows[0]).toEqual({ closed: 2, on_time: 1, median: 10.5 });
  });

  it('counts council projects from their start (or declaration), leaving dropped ones out', async () => {
    const city = w.city.id;
    expect(await rows('outcome_project', city, '2, 3, 4')).toEqual([
      { city_id: city, org_id: r.regionalOrgId, started_on: '2026-02-01', completed_on: '2026-04-30' },
      { city_id: city, org_id: r.regionalOrgId, started_on: '2026-03-01', completed_on: null },
      { city_id: city, org_id: r.regionalOrgId, started_on: '2026-05-20', completed_on: null },
    ]);
  });

  it('covers units with an org from joining the region, others from the centre taking them up', async () => {
    const city = w.city.id;
    const got = (await rows('outcome_coverage', city)).map((x) => [
      x.org_id,
      x.unit_kind,
      x.unit_key,
      x.covered_since,
    ]);
    expect(got.sort((a, b) => Number(a[2]) - Number(b[2]))).toEqual(
      [
        [r.regionalOrgId, 'unit', String(w.units.e1.id), '2026-01-01'],
        [r.regionalOrgId, 'unit', String(w.units.gov.id), '2026-02-01'],
        [r.regionalOrgId, 'unit', String(w.units.shop1.id), '2026-03-05'],
        [r.regionalOrgId, 'unit', String(w.units.shop2.id), null],
      ].sort((a, b) => Number(a[2]) - Number(b[2])),
    );
  });

  it('keeps each city to its own rows', async () => {
    const b = other.cityId;
    expect(await rows('outcome_engagement', b)).toEqual([
      {
        city_id: b,
        member_id: other.memberId,
        org_id: other.region.centreOrgId,
        effective_on: '2026-02-02',
        confirmed: true,
      },
    ]);
    expect((await rows('outcome_service', b)).map((x) => ({ ...x, hours: Number(x.hours) }))).toEqual([
      {
        city_id: b,
        member_id: other.memberId,
        org_id: other.region.regionalOrgId,
        served_on: '2026-03-03',
        hours: 2,
        confirmed: true,
      },
    ]);
    expect(await rows('outcome_request', b)).toEqual([
      {
        city_id: b,
        org_id: other.region.centreOrgId,
        received_on: '2026-05-02',
        due_on: '2026-05-07',
        closed_on: null,
      },
    ]);
    expect(await rows('outcome_project', b, '2, 3, 4')).toEqual([
      { city_id: b, org_id: other.region.regionalOrgId, started_on: '2026-03-02', completed_on: null },
    ]);
    expect(await rows('outcome_coverage', b)).toEqual([
      {
        city_id: b,
        org_id: other.region.regionalOrgId,
        unit_kind: 'unit',
        unit_key: String(other.unitId),
        covered_since: null,
      },
    ]);
  });
});
