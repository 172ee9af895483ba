import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handDataset, worldBackend } from './test-world';

/** [id, count] of each line the home shows (core drops empty lines). */
const lines = (body: { items: { id: string; count: number; pluginId: string }[] }) =>
  body.items.map((i) => [i.id, i.count]);

describe.each(testDatabaseKinds())('work queue (待办) on %s', (kind) => {
  let t: Awaited<ReturnType<typeof worldBackend>>;
  const work = async (username: string, code = 'ly') =>
    (await t.as(username)).get(`/api/cities/${code}/work`);
  beforeAll(async () => {
    t = await worldBackend(kind); // 2026-06-15
    await handDataset(t.backend, t.world);
  });
  afterAll(() => t?.backend.close());

  it('community secretaries see what waits for their own community, counted by hand from the dataset', async () => {
    // CO1: mD's 2026 report is online with its 报到证 (mA's and mC's are confirmed); mC's 2026-05-01 record is
    // submitted; W3 is the one open wish (N1 is paired).
    const co1 = await work('ly-co1');
    expect(co1.status).toBe(200);
    expect(co1.body.partial).toBe(false);
    expect(lines(co1.body)).toEqual([
      ['reports_to_confirm', 1],
      ['service_records_to_confirm', 1],
      ['wishes_to_match', 1],
    ]);
    expect(co1.body.items[0]).toMatchObject({
      kind: 'manage',
      href: 'reports',
      pluginId: 'longyan-return-home',
    });
    // CO2: mB's report has no 报到证 yet, so it is not confirmable; W4 is open.
    expect(lines((await work('ly-co2')).body)).toEqual([['wishes_to_match', 1]]);
  });

  it('the unit org issues the 报到证; the city admin, who confirms nothing, sees issuing and wishes city-wide', async () => {
    // mB reported to CO2 with UO1 as issuer and no certificate.
    expect(lines((await work('ly-unit1')).body)).toEqual([['certificates_to_issue', 1]]);
    expect(lines((await work('ly-unit2')).body)).toEqual([]);
    expect(lines((await work('ly-admin')).body)).toEqual([
      ['certificates_to_issue', 1],
      ['wishes_to_match', 2],
    ]);
    // The street sees its two communities' open wishes, but confirms no report (not the community org).
    expect(lines((await work('ly-street')).body)).toEqual([['wishes_to_match', 2]]);
  });

  it('members see their own tasks only', async () => {
    // mA reported; P1 and P2 are both claimed by mA; mA's open claims P1, P2 and W2 have no record (W5 fulfilled).
    expect(lines((await work('ly-a')).body)).toEqual([['hours_to_log', 3]]);
    // mC reported to CO1: two open posts unclaimed by mC; the W1 wish is fulfilled.
    expect(lines((await work('ly-c')).body)).toEqual([['posts_to_claim', 2]]);
    // mE reported only for 2025: report in by the end of 2026 (their unit has two paired communities: they pick).
    const e = await work('ly-e');
    expect(e.body.items).toEqual([
      expect.objectContaining({ id: 'report_in', kind: 'self', count: 1, dueOn: '2026-12-31', overdue: 0 }),
    ]);
    // mF's unit is not paired (nowhere to report); mR is retired.
    expect(lines((await work('ly-f')).body)).toEqual([]);
    expect(lines((await work('ly-r')).body)).toEqual([]);
    // Another city's admin does not reach this city at all.
    expect((await work('zz-admin')).status).toBe(404);
  });

  it('the report the secretary confirms leaves the queue', async () => {
    const co1 = await t.as('ly-co1');
    const mD = t.world.members.mD.id;
    const report = (
      await sql<{ id: number }>`select id from p_longyan_return_home.report where member_id = ${mD}`.execute(
        t.backend.db,
      )
    ).rows[0]!;
    const confirmed = await co1.post(t.url(`/reports/${report.id}/confirm`), { certificateNo: `T${mD}2026` });
    expect(confirmed.status).toBe(200);
    expect(lines((await co1.get('/api/cities/ly/work')).body)).toEqual([
      ['service_records_to_confirm', 1],
      ['wishes_to_match', 1],
    ]);
  });
});
