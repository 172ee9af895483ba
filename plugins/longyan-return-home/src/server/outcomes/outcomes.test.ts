import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index';
import type { LongyanDb } from '../db';
import { handDataset, worldBackend } from '../test-world';

/**
 * The outcome views core reads for the shared indicators (migrations/2026-12-07-outcome-views.ts), on the hand-built
 * dataset of test-world.ts plus a few rows written here: a report confirmed early on a local morning (still the
 * previous day in UTC), an open pairing need, and another city's report, record, wish, project and compound, which
 * must never show under this city.
 */
describe.each(testDatabaseKinds())('outcome views on %s', (kind) => {
  let t: Awaited<ReturnType<typeof worldBackend>>;
  let compoundOrgId: number;
  const S = 'p_longyan_return_home';
  beforeAll(async () => {
    t = await worldBackend(kind);
    ({ compoundOrgId } = await handDataset(t.backend, t.world));
    const db = t.backend.db as unknown as LongyanDb;
    const ly = t.world.city.id;
    const { mE } = t.world.members;
    const { CO2, UO3 } = t.world.orgs;
    // mE reports for 2026 too: online on 28 June, confirmed at 07:30 on 30 June in Longyan (29 June in UTC).
    await db
      .insertInto(`${S}.report`)
      .values({
        city_id: ly,
        member_id: mE.id,
        period: '2026',
        community_org_id: CO2.id,
        rule: 'co_building',
        issuer_org_id: UO3.id,
        status: 'confirmed',
        reported_at: '2026-06-28T10:00:00+08:00',
        certificate_no: 'T-mE-2026',
        confirmed_at: '2026-06-30T07:30:00+08:00',
      })
      .execute();
    await db
      .insertInto(`${S}.pairing_need`)
      .values({
        city_id: ly,
        community_org_id: CO2.id,
        beneficiary: '陈奶奶',
        need: '出行帮扶',
        collected_on: '2026-05-01',
      })
      .execute();
    // The other city: one of everything.
    const o = t.world.other;
    const zz = o.city.id;
    const unitOrg = await t.backend.f.org(zz, 'unit_branch', '外市单位党支部', o.community.id);
    await db
      .insertInto(`${S}.report`)
      .values({
        city_id: zz,
        member_id: o.member.id,
        period: '2026',
        community_org_id: o.community.id,
        rule: 'residence',
        issuer_org_id: unitOrg.id,
        status: 'confirmed',
        reported_at: '2026-01-05T10:00:00+08:00',
        certificate_no: 'Z-1',
        confirmed_at: '2026-01-06T10:00:00+08:00',
      })
      .execute();
    await db
      .insertInto(`${S}.service_record`)
      .values({
        city_id: zz,
        member_id: o.member.id,
        community_org_id: o.community.id,
        served_on: '2026-02-01',
        hours: 4,
        content: '服务',
        beneficiary: '居民',
        status: 'confirmed',
        submitted_at: '2026-02-01T20:00:00+08:00',
        reviewed_at: '2026-02-01T21:00:00+08:00',
        verified_with: '居民',
      })
      .execute();
    await db
      .insertInto(`${S}.wish`)
      .values({
        city_id: zz,
        community_org_id: o.community.id,
        beneficiary: '外市居民',
        content: '一床棉被',
        collected_on: '2026-01-10',
      })
      .execute();
    const link = await db
      .insertInto('core.org_link')
      .values({ city_id: zz, kind: 'co_building', from_org_id: unitOrg.id, to_org_id: o.community.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto(`${S}.co_building_project`)
      .values({
        city_id: zz,
        link_id: link.id,
        title: '外市项目',
        category: 'funds',
        started_on: '2026-01-01',
      })
      .execute();
    const zPlace = await db
      .selectFrom('core.org')
      .select('place_id')
      .where('city_id', '=', zz)
      .where('id', '=', o.community.id)
      .executeTakeFirstOrThrow();
    await t.backend.f.place(zz, 'compound', '外市小区', zPlace.place_id);
  });
  afterAll(() => t?.backend.close());

  const rows = async (fact: string, cityId = t.world.city.id) =>
    (
      await sql<
        Record<string, unknown>
      >`select * from ${sql.table(`${S}.outcome_${fact}`)} where city_id = ${cityId}`.execute(t.backend.db)
    ).rows;
  const sorted = <T>(list: T[]) =>
    [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  it('declares every fact from its view, with words for what counts and the published references', () => {
    const facts = plugin.outcomes!.facts;
    expect(Object.keys(facts).sort()).toEqual(['coverage', 'engagement', 'project', 'request', 'service']);
    for (const source of Object.values(facts)) expect(source).toMatchObject({ view: true });
    expect(plugin.outcomes!.references?.map((r) => [r.indicatorId, r.value])).toEqual([
      ['engagement_rate', 0.9997],
      ['service_participation_rate', 0.9995],
      ['coverage_rate', 1],
      ['projects_done_rate', 0.9144],
    ]);
  });

  it('has exactly the contract’s columns, in order, with its types', async () => {
    const columns = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select table_name, column_name, data_type from information_schema.columns
      where table_schema = ${S} and table_name like 'outcome\\_%' order by table_name, ordinal_position`.execute(
      t.backend.db,
    );
    const byView: Record<string, string[]> = {};
    for (const c of columns.rows)
      byView[c.table_name] = [...(byView[c.table_name] ?? []), `${c.column_name}:${c.data_type}`];
    expect(byView).toEqual({
      outcome_engagement: [
        'city_id:integer',
        'member_id:integer',
        'org_id:integer',
        'effective_on:date',
        'confirmed:boolean',
      ],
      outcome_service: [
        'city_id:integer',
        'member_id:integer',
        'org_id:integer',
        'served_on:date',
        'hours:numeric',
        'confirmed:boolean',
      ],
      outcome_request: [
        'city_id:integer',
        'org_id:integer',
        'received_on:date',
        'due_on:date',
        'closed_on:date',
      ],
      outcome_project: ['city_id:integer', 'org_id:integer', 'started_on:date', 'completed_on:date'],
      outcome_coverage: [
        'city_id:integer',
        'org_id:integer',
        'unit_kind:text',
        'unit_key:text',
        'covered_since:date',
      ],
    });
  });

  it('engagement: every 报到, effective on its local confirmation day, confirmed once checked in person', async () => {
    const { mA, mB, mC, mD, mE } = t.world.members;
    const { CO1, CO2 } = t.world.orgs;
    const ly = t.world.city.id;
    const row = (m: { id: number }, org: number, on: string, confirmed: boolean) => ({
      city_id: ly,
      member_id: m.id,
      org_id: org,
      effective_on: on,
      confirmed,
    });
    expect(sorted(await rows('engagement'))).toEqual(
      sorted([
        row(mA, CO1.id, '2026-02-10', true),
        row(mB, CO2.id, '2026-03-01', false), // online only: the report's day
        row(mC, CO1.id, '2026-04-02', true),
        row(mD, CO1.id, '2026-05-20', false), // certificate issued, not yet checked
        row(mE, CO2.id, '2025-05-03', true),
        row(mE, CO2.id, '2026-06-30', true), // 07:30 in Longyan is still 29 June in UTC
      ]),
    );
    // By hand: in-service members confirmed by the end of 2026 are mA, mC, mE (3 of the 6); by 15 March only mA and mE.
    const confirmedBy = async (day: string) =>
      (
        await sql<{
          n: number;
        }>`select count(distinct member_id)::int as n from ${sql.table(`${S}.outcome_engagement`)}
          where city_id = ${ly} and confirmed and effective_on <= ${day}`.execute(t.backend.db)
      ).rows[0]!.n;
    expect(await confirmedBy('2026-12-31')).toBe(3);
    expect(await confirmedBy('2026-03-15')).toBe(2);
  });

  it('service: submitted and confirmed records with their hours; rejected ones are not service', async () => {
    const { mA, mC, mD } = t.world.members;
    const CO1 = t.world.orgs.CO1.id;
    const ly = t.world.city.id;
    expect(sorted(await rows('service'))).toEqual(
      sorted([
        { city_id: ly, member_id: mA.id, org_id: CO1, served_on: '2026-03-01', hours: 2, confirmed: true },
        { city_id: ly, member_id: mC.id, org_id: CO1, served_on: '2026-05-01', hours: 2, confirmed: false },
        { city_id: ly, member_id: mC.id, org_id: CO1, served_on: '2025-12-20', hours: 2, confirmed: true },
        { city_id: ly, member_id: mD.id, org_id: CO1, served_on: '2026-06-01', hours: 1.5, confirmed: true },
      ]),
    );
    // Confirmed hours in 2026: mA 2 + mD 1.5, by two members.
    const r = await sql<{ hours: number; members: number }>`
      select sum(hours)::float8 as hours, count(distinct member_id)::int as members from ${sql.table(`${S}.outcome_service`)}
      where city_id = ${ly} and confirmed and served_on between '2026-01-01' and '2026-12-31'`.execute(
      t.backend.db,
    );
    expect(r.rows[0]).toEqual({ hours: 3.5, members: 2 });
  });

  it('requests: wishes closed when fulfilled, pairing needs when paired, no deadlines', async () => {
    const { CO1, CO2 } = t.world.orgs;
    const ly = t.world.city.id;
    const req = (org: number, received: string, closed: string | null) => ({
      city_id: ly,
      org_id: org,
      received_on: received,
      due_on: null,
      closed_on: closed,
    });
    expect(sorted(await rows('request'))).toEqual(
      sorted([
        req(CO1.id, '2026-03-01', '2026-03-20'), // W1 fulfilled
        req(CO1.id, '2026-03-05', null), // W2 claimed, not yet fulfilled
        req(CO1.id, '2026-04-01', null), // W3 open
        req(CO2.id, '2026-02-01', null), // W4 open
        req(CO1.id, '2025-10-01', '2025-10-20'), // W5 fulfilled
        req(CO1.id, '2026-03-01', '2026-04-01'), // N1 paired by mD's claim
        req(CO2.id, '2026-05-01', null), // the open need written here
      ]),
    );
    // Received in 2026 and closed by its end: W1 and N1 of 6.
    const r = await sql<{ received: number; closed: number }>`
      select count(*)::int as received, count(closed_on)::int as closed from ${sql.table(`${S}.outcome_request`)}
      where city_id = ${ly} and received_on between '2026-01-01' and '2026-12-31'`.execute(t.backend.db);
    expect(r.rows[0]).toEqual({ received: 6, closed: 2 });
  });

  it('projects: co-building projects under the community of their pair', async () => {
    const { CO1, CO2 } = t.world.orgs;
    const ly = t.world.city.id;
    const p = (org: number, started: string, completed: string | null) => ({
      city_id: ly,
      org_id: org,
      started_on: started,
      completed_on: completed,
    });
    expect(sorted(await rows('project'))).toEqual(
      sorted([
        p(CO2.id, '2026-02-01', '2026-05-01'), // L1 is UO1 → CO2
        p(CO2.id, '2026-03-01', null),
        p(CO1.id, '2026-04-01', '2026-06-01'), // L2 is UO2 → CO1
        p(CO1.id, '2025-06-01', '2025-09-01'),
      ]),
    );
  });

  it('coverage: every compound, covered since its compound org was formed', async () => {
    const { K1, K2, K3 } = t.world.places;
    const ly = t.world.city.id;
    expect(sorted(await rows('coverage'))).toEqual(
      sorted([
        {
          city_id: ly,
          org_id: compoundOrgId,
          unit_kind: 'compound',
          unit_key: String(K1.id),
          covered_since: '2026-02-01',
        },
        {
          city_id: ly,
          org_id: compoundOrgId,
          unit_kind: 'compound',
          unit_key: String(K2.id),
          covered_since: '2026-02-01',
        },
        // Uncovered: under its community's org.
        {
          city_id: ly,
          org_id: t.world.orgs.CO2.id,
          unit_kind: 'compound',
          unit_key: String(K3.id),
          covered_since: null,
        },
      ]),
    );
  });

  it('keeps each city’s rows apart', async () => {
    const zz = t.world.other.city.id;
    const zOrg = t.world.other.community.id;
    expect(await rows('engagement', zz)).toEqual([
      {
        city_id: zz,
        member_id: t.world.other.member.id,
        org_id: zOrg,
        effective_on: '2026-01-06',
        confirmed: true,
      },
    ]);
    expect(await rows('service', zz)).toHaveLength(1);
    expect(await rows('request', zz)).toEqual([
      { city_id: zz, org_id: zOrg, received_on: '2026-01-10', due_on: null, closed_on: null },
    ]);
    expect(await rows('project', zz)).toEqual([
      { city_id: zz, org_id: zOrg, started_on: '2026-01-01', completed_on: null },
    ]);
    expect(await rows('coverage', zz)).toMatchObject([{ city_id: zz, org_id: zOrg, covered_since: null }]);
  });
});
