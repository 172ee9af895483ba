import { type PluginTestBackend, testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index';
import { GRID_BRANCH_KIND } from '../../shared/terms';
import type { GulouDb } from '../db';
import { gulouBackend, gulouWorld } from '../../test-world';

type World = Awaited<ReturnType<typeof gulouWorld>>;
const S = 'p_gulou_grid_alliance';

/**
 * The outcome views core reads for the shared indicators (migrations/2026-12-07-outcome-views.ts) on test-world.ts's
 * slice of 鼓楼 (m1–m3 in grids b1–b3 since 2020; grid g4 without a branch) plus the rows written here:
 *   engagement  r1 left b1 at the end of 2025; m3 also has a residence affiliation (not a grid)
 *   service     m1 5 h confirmed and 2 h pending in b1; m2 2.5 h rejected; m3 1.5 h confirmed in b3; r1 6 h, no grid
 *   requests    b1 即办件 closed the same day, b1 限时件 closed before its deadline, b2 限时件 open,
 *               b3 承办件 closed after its deadline
 *   projects    b1 completed, b2 in progress, b3 only planned, b1 cancelled after starting
 *   coverage    g4 gets branch b4 with no grid_info (covered from its creation, 04:00 local on 1 June);
 *               new grid g5 in 二社区 has only a dissolved branch
 *   the other city: a member in its grid, a log, a demand, a project
 */
describe.each(testDatabaseKinds())('outcome views on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: World;
  let b4: { id: number };
  let g5: { id: number };
  let otherMember: { id: number };

  beforeAll(async () => {
    ({ backend } = await gulouBackend(kind));
    w = await gulouWorld(backend);
    const db = backend.db as unknown as GulouDb;
    const city_id = w.city.id;
    const { b1, b2, b3, c2 } = w.orgs;
    const { m1, m2, m3, r1 } = w.members;
    const affiliation = (
      cityId: number,
      member_id: number,
      kind: 'grid' | 'residence',
      org_id: number,
      since: string,
      until: string | null,
    ) =>
      db
        .insertInto('core.member_affiliation')
        .values({ city_id: cityId, member_id, kind, org_id, since, until })
        .execute();
    await affiliation(city_id, r1.id, 'grid', b1.id, '2019-05-01', '2025-12-31');
    await affiliation(city_id, m3.id, 'residence', w.orgs.c2.id, '2018-01-01', null);
    const log = (
      cityId: number,
      member_id: number,
      grid: number | null,
      served_on: string,
      hours: number,
      status: string,
    ) =>
      db
        .insertInto(`${S}.volunteer_log`)
        .values({
          city_id: cityId,
          member_id,
          grid_org_id: grid,
          category: 'service',
          served_on,
          hours,
          description: '服务',
          status,
          rating: status === 'confirmed' ? 4 : null,
          logged_at: `${served_on}T12:00:00Z`,
        })
        .execute();
    await log(city_id, m1.id, b1.id, '2026-03-01', 5, 'confirmed');
    await log(city_id, m1.id, b1.id, '2026-05-02', 2, 'pending');
    await log(city_id, m2.id, b2.id, '2026-02-01', 2.5, 'rejected');
    await log(city_id, m3.id, b3.id, '2026-04-01', 1.5, 'confirmed');
    await log(city_id, r1.id, null, '2026-02-01', 6, 'confirmed');
    const demand = (
      cityId: number,
      grid: number,
      ledger: string,
      received: string,
      deadline: string | null,
      closed: string | null,
    ) =>
      db
        .insertInto(`${S}.demand`)
        .values({
          city_id: cityId,
          grid_org_id: grid,
          resident_name: '居民',
          content: '诉求',
          category: 'other',
          source: 'visit',
          ledger,
          deadline,
          status: closed ? 'closed' : 'in_progress',
          received_at: `${received}T10:00:00+08:00`,
          received_on: received,
          closed_at: closed ? `${closed}T16:00:00+08:00` : null,
          closed_on: closed,
          reply: closed ? '已回复' : null,
          updated_at: `${received}T10:00:00+08:00`,
          assignee_department: ledger === 'undertaken' ? '城管科' : null,
        })
        .execute();
    await demand(city_id, b1.id, 'immediate', '2026-03-01', null, '2026-03-01');
    await demand(city_id, b1.id, 'time_limited', '2026-04-01', '2026-04-05', '2026-04-04');
    await demand(city_id, b2.id, 'time_limited', '2026-06-01', '2026-06-10', null);
    await demand(city_id, b3.id, 'undertaken', '2026-05-01', '2026-05-16', '2026-05-20');
    const item = async (cityId: number, side: string, owner: { grid?: number; unit?: number }) =>
      (
        await db
          .insertInto(`${S}.supply_item`)
          .values({
            city_id: cityId,
            side,
            grid_org_id: owner.grid ?? null,
            unit_id: owner.unit ?? null,
            category: 'health',
            title: '条目',
            status: 'matched',
            listed_on: '2026-01-10',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id as number;
    const project = async (
      cityId: number,
      grid: number,
      unit: number,
      status: string,
      started: string | null,
      completed: string | null,
    ) =>
      db
        .insertInto(`${S}.service_project`)
        .values({
          city_id: cityId,
          need_id: await item(cityId, 'need', { grid }),
          offer_id: await item(cityId, 'offer', { unit }),
          grid_org_id: grid,
          unit_id: unit,
          title: '项目',
          owner_name: '负责人',
          content: '内容',
          start_on: '2026-02-01',
          end_on: '2026-12-31',
          status,
          started_on: started,
          completed_on: completed,
          created_on: '2026-01-20',
        })
        .execute();
    const u1 = w.units.u1.id;
    await project(city_id, b1.id, u1, 'completed', '2026-02-15', '2026-05-01');
    await project(city_id, b2.id, u1, 'in_progress', '2026-04-10', null);
    await project(city_id, b3.id, u1, 'planned', null, null);
    await project(city_id, b1.id, u1, 'cancelled', '2026-03-01', null);
    // Coverage: a branch on g4 made straight in core.org (no grid_info), and a grid whose branch was dissolved.
    b4 = await backend.f.org(city_id, GRID_BRANCH_KIND, '二社区第4网格党支部', c2.id, w.places.g4.id);
    await db
      .updateTable('core.org')
      .set({ created_at: '2026-05-31T20:00:00Z' })
      .where('city_id', '=', city_id)
      .where('id', '=', b4.id)
      .execute();
    g5 = await backend.f.place(city_id, 'grid', '第5网格', w.places.cp2.id);
    const b5 = await backend.f.org(city_id, GRID_BRANCH_KIND, '二社区第5网格党支部', c2.id, g5.id);
    await db
      .updateTable('core.org')
      .set({ active: false })
      .where('city_id', '=', city_id)
      .where('id', '=', b5.id)
      .execute();
    // The other city.
    const o = w.other;
    otherMember = await backend.f.member(o.city.id, o.branch.id, { name: '他市党员' });
    await affiliation(o.city.id, otherMember.id, 'grid', o.branch.id, '2021-03-01', null);
    await log(o.city.id, otherMember.id, o.branch.id, '2026-01-15', 3, 'confirmed');
    await demand(o.city.id, o.branch.id, 'immediate', '2026-01-20', null, null);
    await project(o.city.id, o.branch.id, o.unit.id, 'in_progress', '2026-03-03', null);
  });
  afterAll(() => backend?.close());

  const rows = async (fact: string, cityId = w.city.id) =>
    (
      await sql<
        Record<string, unknown>
      >`select * from ${sql.table(`${S}.outcome_${fact}`)} where city_id = ${cityId}`.execute(backend.db)
    ).rows;
  const sorted = <T>(list: T[]) =>
    [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  it('declares every fact from its view, with words for what counts and the published grid coverage', () => {
    const facts = plugin.outcomes!.facts;
    expect(Object.keys(facts).sort()).toEqual(['coverage', 'engagement', 'project', 'request', 'service']);
    for (const source of Object.values(facts)) expect(source).toMatchObject({ view: true });
    expect(plugin.outcomes!.references?.map((r) => [r.indicatorId, r.value])).toEqual([['coverage_rate', 1]]);
  });

  it('has exactly the contract’s columns, in order, with its types', async () => {
    const columns = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select table_name, column_name, data_type from information_schema.columns
      where table_schema = ${S} and table_name like 'outcome\\_%' order by table_name, ordinal_position`.execute(
      backend.db,
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

  it('engagement: current grid memberships, confirmed, from the day they began', async () => {
    const { m1, m2, m3 } = w.members;
    const { b1, b2, b3 } = w.orgs;
    const e = (m: { id: number }, org: number) => ({
      city_id: w.city.id,
      member_id: m.id,
      org_id: org,
      effective_on: '2020-01-01',
      confirmed: true,
    });
    // r1's ended membership and m3's residence affiliation are no grid membership now.
    expect(sorted(await rows('engagement'))).toEqual(sorted([e(m1, b1.id), e(m2, b2.id), e(m3, b3.id)]));
  });

  it('service: confirmed and pending 微小时 with their hours; rejected ones are not service', async () => {
    const { m1, m3, r1 } = w.members;
    const { b1, b3 } = w.orgs;
    const s = (m: { id: number }, org: number | null, on: string, hours: number, confirmed: boolean) => ({
      city_id: w.city.id,
      member_id: m.id,
      org_id: org,
      served_on: on,
      hours,
      confirmed,
    });
    expect(sorted(await rows('service'))).toEqual(
      sorted([
        s(m1, b1.id, '2026-03-01', 5, true),
        s(m1, b1.id, '2026-05-02', 2, false),
        s(m3, b3.id, '2026-04-01', 1.5, true),
        s(r1, null, '2026-02-01', 6, true),
      ]),
    );
    // Confirmed hours of in-service members in 2026: m1 5 + m3 1.5 (r1 is retired).
    const r = await sql<{ hours: number }>`
      select sum(s.hours)::float8 as hours from ${sql.table(`${S}.outcome_service`)} s
      join core.member m on m.city_id = s.city_id and m.id = s.member_id and m.category = 'in_service'
      where s.city_id = ${w.city.id} and s.confirmed and s.served_on between '2026-01-01' and '2026-12-31'`.execute(
      backend.db,
    );
    expect(r.rows[0]!.hours).toBe(6.5);
  });

  it('requests: the five ledgers with their deadlines, closed by 销号', async () => {
    const { b1, b2, b3 } = w.orgs;
    const d = (org: number, received: string, due: string | null, closed: string | null) => ({
      city_id: w.city.id,
      org_id: org,
      received_on: received,
      due_on: due,
      closed_on: closed,
    });
    expect(sorted(await rows('request'))).toEqual(
      sorted([
        d(b1.id, '2026-03-01', null, '2026-03-01'),
        d(b1.id, '2026-04-01', '2026-04-05', '2026-04-04'),
        d(b2.id, '2026-06-01', '2026-06-10', null),
        d(b3.id, '2026-05-01', '2026-05-16', '2026-05-20'),
      ]),
    );
    // By hand, for the first half of 2026: 3 of 4 closed; of the 3 due by 30 June, 1 closed by its deadline.
    const r = await sql<{ closed: number; due: number; on_time: number }>`
      select count(closed_on)::int as closed,
        count(*) filter (where due_on <= '2026-06-30')::int as due,
        count(*) filter (where due_on <= '2026-06-30' and closed_on <= due_on)::int as on_time
      from ${sql.table(`${S}.outcome_request`)} where city_id = ${w.city.id}`.execute(backend.db);
    expect(r.rows[0]).toEqual({ closed: 3, due: 3, on_time: 1 });
  });

  it('projects: service project books under way; planned-only and cancelled ones left out', async () => {
    const { b1, b2 } = w.orgs;
    expect(sorted(await rows('project'))).toEqual(
      sorted([
        { city_id: w.city.id, org_id: b1.id, started_on: '2026-02-15', completed_on: '2026-05-01' },
        { city_id: w.city.id, org_id: b2.id, started_on: '2026-04-10', completed_on: null },
      ]),
    );
  });

  it('coverage: every grid, covered by an active grid branch since it was established', async () => {
    const { b1, b2, b3, c2 } = w.orgs;
    const { g1, g2, g3, g4 } = w.places;
    const g = (place: { id: number }, org: number, since: string | null) => ({
      city_id: w.city.id,
      org_id: org,
      unit_kind: 'grid',
      unit_key: String(place.id),
      covered_since: since,
    });
    expect(sorted(await rows('coverage'))).toEqual(
      sorted([
        g(g1, b1.id, '2017-01-01'),
        g(g2, b2.id, '2017-01-01'),
        g(g3, b3.id, '2017-01-01'),
        g(g4, b4.id, '2026-06-01'), // created 20:00 UTC on 31 May: 1 June in Fuzhou
        g(g5, c2.id, null), // its branch was dissolved: under the community, uncovered
      ]),
    );
  });

  it('keeps each city’s rows apart', async () => {
    const o = w.other;
    const zz = o.city.id;
    expect(await rows('engagement', zz)).toEqual([
      {
        city_id: zz,
        member_id: otherMember.id,
        org_id: o.branch.id,
        effective_on: '2021-03-01',
        confirmed: true,
      },
    ]);
    expect(await rows('service', zz)).toEqual([
      {
        city_id: zz,
        member_id: otherMember.id,
        org_id: o.branch.id,
        served_on: '2026-01-15',
        hours: 3,
        confirmed: true,
      },
    ]);
    expect(await rows('request', zz)).toEqual([
      { city_id: zz, org_id: o.branch.id, received_on: '2026-01-20', due_on: null, closed_on: null },
    ]);
    expect(await rows('project', zz)).toEqual([
      { city_id: zz, org_id: o.branch.id, started_on: '2026-03-03', completed_on: null },
    ]);
    expect(await rows('coverage', zz)).toMatchObject([
      { city_id: zz, org_id: o.branch.id, covered_since: '2017-01-01' },
    ]);
  });
});
