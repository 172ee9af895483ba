import {
  createPluginTestBackend,
  type PluginTestBackend,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index';
import type { FuguDb } from '../db';
import { type FuguWorld, fuguWorld } from '../test-world';

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
 * The hand-built county of test-world.ts with dual-link records written straight into the tables (the workflows
 * have their own tests), and a second county with a registration of its own.
 */
describe.each(testDatabaseKinds())('fugu-dual-link outcome views on %s', (kind) => {
  let backend: PluginTestBackend;
  let db: FuguDb;
  let w: FuguWorld;
  let other: FuguWorld;
  let communityC: { id: number };
  const reg: Record<string, number> = {};

  const register = async (
    world: FuguWorld,
    member: keyof FuguWorld['members'],
    community: 'communityA' | 'communityB',
    r: { status: string; sent: string; stamped?: string; filed?: string; closed?: string; returned?: string },
  ) => {
    const m = world.members[member];
    const row = await db
      .insertInto('p_fugu_dual_link.registration')
      .values({
        city_id: world.city.id,
        member_id: m.id,
        unit_org_id: m.org_id,
        community_org_id: world.orgs[community].id,
        status: r.status,
        letter_no: `SLSG-${member}-${r.sent}`,
        sent_on: r.sent,
        stamped_on: r.stamped ?? null,
        part1_filed_on: r.filed ?? null,
        closed_on: r.closed ?? null,
        close_reason: r.closed ? 'moved' : null,
        returned_on: r.returned ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };
  const activity = async (community: 'communityA' | 'communityB', kind: string, heldOn: string) =>
    (
      await db
        .insertInto('p_fugu_dual_link.activity')
        .values({
          city_id: w.city.id,
          community_org_id: w.orgs[community].id,
          kind: kind as 'collective',
          title: '活动',
          held_on: heldOn,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const joined = (activityId: number, registrationId: number, hours: number | null) =>
    db
      .insertInto('p_fugu_dual_link.participation')
      .values({ city_id: w.city.id, activity_id: activityId, registration_id: registrationId, hours })
      .execute();
  const thing = (registrationId: number, doneOn: string) =>
    db
      .insertInto('p_fugu_dual_link.practical_thing')
      .values({ city_id: w.city.id, registration_id: registrationId, done_on: doneOn, title: '协调修缮路面' })
      .execute();

  const card = (
    registrationId: number,
    member: 'a' | 'd' | 'e',
    community: 'communityA' | 'communityB',
    period: string,
    sentOn: string,
  ) => {
    const m = w.members[member];
    const [from, to] = period.endsWith('H1')
      ? [`${period.slice(0, 4)}-01-01`, `${period.slice(0, 4)}-06-30`]
      : [`${period.slice(0, 4)}-07-01`, `${period.slice(0, 4)}-12-31`];
    return db
      .insertInto('p_fugu_dual_link.feedback_card')
      .values({
        city_id: w.city.id,
        registration_id: registrationId,
        member_id: m.id,
        community_org_id: w.orgs[community].id,
        unit_org_id: m.org_id!,
        kind: 'half_year',
        period_key: period,
        period_from: from,
        period_to: to,
        due_on: to,
        sent_on: sentOn,
      })
      .execute();
  };

  beforeAll(async () => {
    // The indicators count cards already due by the app's clock; the view, half years ended by the database's.
    backend = await createPluginTestBackend(plugin, kind, { now: '2026-08-01T02:00:00Z' });
    db = backend.db as unknown as FuguDb;
    w = await fuguWorld(backend, 'fg');
    other = await fuguWorld(backend, 'fh');
    // A third community where nobody has registered yet.
    communityC = await backend.f.org(w.city.id, 'community_committee', '南路社区党委', w.orgs.townOrg.id);

    // 双向登记: 张一 filed, 李二's letter only sent, 赵四 stamped in B, 钱五 moved from B (closed) to A,
    // 王三's letter returned (wrong community).
    reg.a = await register(w, 'a', 'communityA', {
      status: 'filed',
      sent: '2026-01-05',
      stamped: '2026-01-10',
      filed: '2026-01-15',
    });
    reg.b = await register(w, 'b', 'communityA', { status: 'sent', sent: '2026-03-01' });
    reg.d = await register(w, 'd', 'communityB', {
      status: 'stamped',
      sent: '2026-01-25',
      stamped: '2026-02-01',
    });
    reg.eOld = await register(w, 'e', 'communityB', {
      status: 'closed',
      sent: '2025-05-20',
      stamped: '2025-06-01',
      filed: '2025-06-05',
      closed: '2026-01-20',
    });
    reg.e = await register(w, 'e', 'communityA', {
      status: 'stamped',
      sent: '2026-01-28',
      stamped: '2026-02-05',
    });
    await register(w, 'c', 'communityB', { status: 'returned', sent: '2026-01-05', returned: '2026-01-08' });
    // 王三 had been registered in B before, until the last day of 2025 (closed that day: not active at its end).
    await register(w, 'c', 'communityB', {
      status: 'closed',
      sent: '2025-03-01',
      stamped: '2025-03-05',
      closed: '2025-12-31',
    });

    // Activities: a collective one with hours, a study session (not service), a cultural one without hours, a
    // service one in B, and one in B before 钱五 moved (her old registration still served there).
    const collective = await activity('communityA', 'collective', '2026-04-01');
    const study = await activity('communityA', 'study', '2026-04-05');
    const culture = await activity('communityA', 'culture', '2026-04-10');
    const service = await activity('communityB', 'service', '2026-04-12');
    const before = await activity('communityB', 'collective', '2026-01-05');
    await joined(collective, reg.a!, 3);
    await joined(study, reg.a!, 2);
    await joined(culture, reg.a!, null);
    await joined(service, reg.d!, 2.5);
    await joined(before, reg.eOld!, 2);
    await thing(reg.a!, '2026-05-01');
    await thing(reg.d!, '2026-05-02');

    // Flags: a notice read by the unit, one to the county office still unread; branch decisions warned,
    // proposed (awaiting the higher org) and approved; an application to change post decided.
    await db
      .insertInto('p_fugu_dual_link.notice')
      .values([
        {
          city_id: w.city.id,
          to_org_id: w.orgs.u1Org.id,
          kind: 'absent_half_year',
          member_id: w.members.a.id,
          dedupe_key: 'n1',
          created_on: '2026-03-01',
          read_on: '2026-03-03',
        },
        {
          city_id: w.city.id,
          to_org_id: null,
          kind: 'absent_half_year',
          member_id: w.members.b.id,
          dedupe_key: 'n2',
          created_on: '2026-03-05',
        },
      ])
      .execute();
    const decision = (lapse: string, raised: string, status: string, decided?: string, upper?: string) => ({
      city_id: w.city.id,
      member_id: w.members.fl.id,
      branch_org_id: w.orgs.communityA.id,
      lapse_since: lapse,
      reason: 'both',
      raised_on: raised,
      status: status as 'warned',
      decided_on: decided ?? null,
      upper_decided_on: upper ?? null,
    });
    await db
      .insertInto('p_fugu_dual_link.branch_decision')
      .values([
        decision('2025-07-01', '2026-01-01', 'approved', '2026-01-10', '2026-01-20'),
        decision('2025-08-01', '2026-02-01', 'warned', '2026-02-10'),
        decision('2025-09-01', '2026-03-01', 'proposed', '2026-03-10'),
      ])
      .execute();
    await db
      .insertInto('p_fugu_dual_link.post_change_request')
      .values({
        city_id: w.city.id,
        registration_id: reg.d!,
        reason: '借调外地工作',
        unable_from: '2026-03-01',
        unable_until: '2026-12-31',
        status: 'approved',
        decided_on: '2026-03-06',
        // 01:00 in Beijing is the day before in UTC: the local day counts.
        created_at: '2026-03-02T01:00:00+08:00',
      })
      .execute();

    // 反馈卡, with 20 days' grace in this county (the other keeps the default 15): 钱五's old registration got its
    // 2025-H1 card on time and its 2025-H2 card 5 days late (due 2026-01-20); for 2026-H1 张一's card went out on
    // time, 钱五's on its last day (2026-07-20), 赵四's not at all. An annual card is no half-year card.
    await sql`update core.city_plugin set config = ${JSON.stringify({ feedbackGraceDays: 20 })}::jsonb
      where city_id = ${w.city.id} and plugin_id = ${plugin.id}`.execute(backend.db);
    await card(reg.eOld!, 'e', 'communityB', '2025-H1', '2025-07-08');
    await card(reg.eOld!, 'e', 'communityB', '2025-H2', '2026-01-25');
    await card(reg.a!, 'a', 'communityA', '2026-H1', '2026-07-10');
    await card(reg.e!, 'e', 'communityA', '2026-H1', '2026-07-20');
    await db
      .insertInto('p_fugu_dual_link.feedback_card')
      .values({
        city_id: w.city.id,
        registration_id: reg.d!,
        member_id: w.members.d.id,
        community_org_id: w.orgs.communityB.id,
        unit_org_id: w.members.d.org_id!,
        kind: 'annual',
        period_key: '2026',
        period_from: '2026-01-01',
        period_to: '2026-12-31',
        due_on: '2027-01-20',
        sent_on: '2026-06-01',
      })
      .execute();

    // The other county: one stamped registration with a practical thing.
    const otherReg = await register(other, 'a', 'communityA', {
      status: 'stamped',
      sent: '2026-02-01',
      stamped: '2026-02-03',
    });
    await db
      .insertInto('p_fugu_dual_link.practical_thing')
      .values({ city_id: other.city.id, registration_id: otherReg, done_on: '2026-03-03', title: '实事' })
      .execute();
  });
  afterAll(() => backend?.close());

  const rows = async (view: string, cityId: number, order: string) =>
    (
      await sql<Record<string, unknown>>`select * from ${sql.table(`p_fugu_dual_link.${view}`)}
        where city_id = ${cityId} order by ${sql.raw(order)}`.execute(backend.db)
    ).rows;

  it('has a view for every fact, with the contract’s columns', async () => {
    expect(Object.values(plugin.outcomes!.facts).every((s) => 'view' in s)).toBe(true);
    const cols = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select table_name, column_name, data_type from information_schema.columns
       where table_schema = 'p_fugu_dual_link' and table_name like 'outcome\\_%'
       order by table_name, ordinal_position`.execute(backend.db);
    const byView: Record<string, [string, string][]> = {};
    for (const c of cols.rows) {
      const fact = c.table_name.replace('outcome_', '');
      byView[fact] = [...(byView[fact] ?? []), [c.column_name, c.data_type]];
    }
    expect(byView).toEqual(CONTRACT);
  });

  it('ties members to their community by open registration, confirmed once stamped', async () => {
    const city = w.city.id;
    const A = w.orgs.communityA.id;
    const B = w.orgs.communityB.id;
    expect(await rows('outcome_engagement', city, 'member_id')).toEqual(
      [
        { city_id: city, member_id: w.members.a.id, org_id: A, effective_on: '2026-01-10', confirmed: true },
        { city_id: city, member_id: w.members.b.id, org_id: A, effective_on: '2026-03-01', confirmed: false },
        { city_id: city, member_id: w.members.d.id, org_id: B, effective_on: '2026-02-01', confirmed: true },
        { city_id: city, member_id: w.members.e.id, org_id: A, effective_on: '2026-02-05', confirmed: true },
      ].sort((x, y) => x.member_id - y.member_id),
    );
  });

  it('counts activities served and practical things, hours only where the community noted them', async () => {
    const city = w.city.id;
    const A = w.orgs.communityA.id;
    const B = w.orgs.communityB.id;
    const got = await rows('outcome_service', city, 'served_on, member_id');
    expect(got).toEqual([
      {
        city_id: city,
        member_id: w.members.e.id,
        org_id: B,
        served_on: '2026-01-05',
        hours: 2,
        confirmed: true,
      },
      {
        city_id: city,
        member_id: w.members.a.id,
        org_id: A,
        served_on: '2026-04-01',
        hours: 3,
        confirmed: true,
      },
      {
        city_id: city,
        member_id: w.members.a.id,
        org_id: A,
        served_on: '2026-04-10',
        hours: null,
        confirmed: true,
      },
      {
        city_id: city,
        member_id: w.members.d.id,
        org_id: B,
        served_on: '2026-04-12',
        hours: 2.5,
        confirmed: true,
      },
      {
        city_id: city,
        member_id: w.members.a.id,
        org_id: A,
        served_on: '2026-05-01',
        hours: null,
        confirmed: true,
      },
      {
        city_id: city,
        member_id: w.members.d.id,
        org_id: B,
        served_on: '2026-05-02',
        hours: null,
        confirmed: true,
      },
    ]);
    // 7.5 hours over 6 records by 3 members; the study session is not among them.
    const agg = await sql<{ hours: number; members: number }>`
      select sum(hours) as hours, count(distinct member_id)::int as members
        from p_fugu_dual_link.outcome_service where city_id = ${city}`.execute(backend.db);
    expect(agg.rows[0]).toEqual({ hours: 7.5, members: 3 });
  });

  /** The city's requests with or without a deadline; cards only for half years ended by mid-2026, so the rows do not grow with the clock. */
  const requests = async (cityId: number, due: boolean) =>
    (
      await sql<Record<string, unknown>>`select * from p_fugu_dual_link.outcome_request
        where city_id = ${cityId} and (due_on is not null) = ${due} and received_on < '2026-07-01'
        order by received_on, org_id, closed_on`.execute(backend.db)
    ).rows;

  it('lists flags and applications, closed when acted on, without deadlines', async () => {
    const city = w.city.id;
    expect(await requests(city, false)).toEqual([
      {
        city_id: city,
        org_id: w.orgs.communityA.id,
        received_on: '2026-01-01',
        due_on: null,
        closed_on: '2026-01-20',
      },
      {
        city_id: city,
        org_id: w.orgs.communityA.id,
        received_on: '2026-02-01',
        due_on: null,
        closed_on: '2026-02-10',
      },
      {
        city_id: city,
        org_id: w.orgs.communityA.id,
        received_on: '2026-03-01',
        due_on: null,
        closed_on: null,
      },
      {
        city_id: city,
        org_id: w.orgs.u1Org.id,
        received_on: '2026-03-01',
        due_on: null,
        closed_on: '2026-03-03',
      },
      {
        city_id: city,
        org_id: w.orgs.communityB.id,
        received_on: '2026-03-02',
        due_on: null,
        closed_on: '2026-03-06',
      },
      { city_id: city, org_id: null, received_on: '2026-03-05', due_on: null, closed_on: null },
    ]);
  });

  it('owes a feedback card for each registration active at a half year’s end, due the city’s grace days later', async () => {
    const city = w.city.id;
    const A = w.orgs.communityA.id;
    const B = w.orgs.communityB.id;
    const row = (org: number, received: string, due: string, closed: string | null) => ({
      city_id: city,
      org_id: org,
      received_on: received,
      due_on: due,
      closed_on: closed,
    });
    // 钱五's old registration (stamped 2025-06-01, closed 2026-01-20) owes 2025-H1 and 2025-H2, not 2026-H1; 张一,
    // 赵四 and 钱五's new one owe 2026-H1; 王三's old one (closed on 2025-12-31) owes 2025-H1 only, and no card came;
    // 李二 (not stamped) and 王三's returned letter owe nothing.
    expect(await requests(city, true)).toEqual([
      row(B, '2025-06-30', '2025-07-20', '2025-07-08'),
      row(B, '2025-06-30', '2025-07-20', null),
      row(B, '2025-12-31', '2026-01-20', '2026-01-25'),
      row(A, '2026-06-30', '2026-07-20', '2026-07-10'),
      row(A, '2026-06-30', '2026-07-20', '2026-07-20'),
      row(B, '2026-06-30', '2026-07-20', null),
    ]);
  });

  it('agrees with feedback_on_time_rate for the whole county', async () => {
    const county = await w.as('county');
    // Every card in these spans is due by the app's clock (2026-08-01) and by the real today.
    for (const [from, to, num, den] of [
      ['2025-01-01', '2026-12-31', 3, 6],
      ['2025-07-01', '2025-12-31', 1, 2],
      ['2026-01-01', '2026-06-30', 0, 1],
      ['2026-07-01', '2026-07-31', 2, 3],
    ] as const) {
      const r = await county.get(`/api/cities/fg/indicators?from=${from}&to=${to}`);
      expect(r.status).toBe(200);
      const indicator = r.body.items.find(
        (i: { meta: { id: string } }) => i.meta.id === 'feedback_on_time_rate',
      );
      expect(indicator.value).toMatchObject({ numerator: num, denominator: den });
      // requests_on_time_rate's definition over the view: due in the period and closed by the deadline ÷ due in it.
      const view = await sql<{ num: number; den: number }>`
        select count(*) filter (where closed_on <= due_on)::int as num, count(*)::int as den
          from p_fugu_dual_link.outcome_request
         where city_id = ${w.city.id} and due_on between ${from} and ${to}`.execute(backend.db);
      expect(view.rows[0]).toEqual({ num, den });
    }
  });

  it('counts each practical thing as a project completed the day it was done', async () => {
    const city = w.city.id;
    expect(await rows('outcome_project', city, 'started_on')).toEqual([
      { city_id: city, org_id: w.orgs.communityA.id, started_on: '2026-05-01', completed_on: '2026-05-01' },
      { city_id: city, org_id: w.orgs.communityB.id, started_on: '2026-05-02', completed_on: '2026-05-02' },
    ]);
  });

  it('covers a community from the first stamp among its open registrations', async () => {
    const city = w.city.id;
    const unit = (org: { id: number }, since: string | null) => ({
      city_id: city,
      org_id: org.id,
      unit_kind: 'community',
      unit_key: String(org.id),
      covered_since: since,
    });
    // B: 钱五's closed registration (stamped 2025-06-01) no longer counts, 赵四's does.
    expect(await rows('outcome_coverage', city, 'org_id')).toEqual([
      unit(w.orgs.communityA, '2026-01-10'),
      unit(w.orgs.communityB, '2026-02-01'),
      unit(communityC, null),
    ]);
  });

  it('keeps each county to its own rows', async () => {
    const city = other.city.id;
    expect(await rows('outcome_engagement', city, 'member_id')).toEqual([
      {
        city_id: city,
        member_id: other.members.a.id,
        org_id: other.orgs.communityA.id,
        effective_on: '2026-02-03',
        confirmed: true,
      },
    ]);
    expect(await rows('outcome_service', city, 'served_on')).toEqual([
      {
        city_id: city,
        member_id: other.members.a.id,
        org_id: other.orgs.communityA.id,
        served_on: '2026-03-03',
        hours: null,
        confirmed: true,
      },
    ]);
    // Its one registration owes the 2026-H1 card with the default 15 days' grace, not sent; none of the first
    // county's rows.
    expect(await requests(city, false)).toEqual([]);
    expect(await requests(city, true)).toEqual([
      {
        city_id: city,
        org_id: other.orgs.communityA.id,
        received_on: '2026-06-30',
        due_on: '2026-07-15',
        closed_on: null,
      },
    ]);
    expect((await rows('outcome_coverage', city, 'org_id')).map((r) => r.covered_since)).toEqual([
      '2026-02-03',
      null,
    ]);
  });
});
