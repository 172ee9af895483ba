import {
  createPluginTestBackend,
  manualClock,
  type PluginTestBackend,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../index';
import { type FuguWorld, fuguWorld } from './test-world';

/**
 * Members a, b, c (unit 1) and e (unit 2) register at community A, d (unit 2) at community B, stamped in June 2025.
 * On 2025-07-10 community A sends its four half-year cards; on 2025-07-20 a reports in person.
 */
describe.each(testDatabaseKinds())('fugu-dual-link work queue (待办) on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: FuguWorld;
  const clock = manualClock('2025-06-10T02:00:00Z');
  const work = async (user: Parameters<FuguWorld['as']>[0]) => {
    const r = await (await w.as(user)).get('/api/cities/fg/work');
    expect(r.status).toBe(200);
    return r.body.items.map((i: any) => [i.id, i.count, i.dueOn ?? null, i.overdue ?? null]);
  };

  beforeAll(async () => {
    backend = await createPluginTestBackend(plugin, kind, { clock });
    w = await fuguWorld(backend);
    const reg: Record<string, number> = {};
    for (const [key, unit, community] of [
      ['a', 'unit1', 'communityA'],
      ['b', 'unit1', 'communityA'],
      ['c', 'unit1', 'communityA'],
      ['e', 'unit2', 'communityA'],
      ['d', 'unit2', 'communityB'],
    ] as const) {
      const r = await (await w.as(unit)).post(`${w.base}/registrations`, {
        memberId: w.members[key].id,
        communityOrgId: w.orgs[community].id,
        sentOn: '2025-06-01',
      });
      expect(r.status).toBe(201);
      reg[key] = r.body.id;
    }
    const communityA = await w.as('communityA');
    for (const key of ['a', 'b', 'c', 'e'])
      expect(
        (await communityA.post(`${w.base}/registrations/${reg[key]}/stamp`, { on: '2025-06-05' })).status,
      ).toBe(200);
    expect(
      (await (await w.as('communityB')).post(`${w.base}/registrations/${reg.d}/stamp`, { on: '2025-06-06' }))
        .status,
    ).toBe(200);
    clock.set('2025-07-10T02:00:00Z');
    const batch = await (await w.as('communityA')).post(`${w.base}/feedback-cards/batch`, {
      communityOrgId: w.orgs.communityA.id,
      periodKey: '2025-H1',
    });
    expect(batch.body.sent).toBe(4);
    clock.set('2025-07-20T02:00:00Z');
    expect(
      (
        await (
          await w.as('communityA')
        ).post(`${w.base}/registrations/${reg.a}/visits`, { visitedOn: '2025-07-20' })
      ).status,
    ).toBe(201);
    // One unread notice to unit 1's org.
    await sql`insert into p_fugu_dual_link.notice (city_id, to_org_id, kind, dedupe_key, created_on)
      values (${w.city.id}, ${w.orgs.u1Org.id}, 'absent_half_year', 'test', '2025-07-20')`.execute(
      backend.db,
    );
  });
  afterAll(() => backend?.close());

  it('lists the rules’ flags and unread notices in each manager’s reach, counted by hand', async () => {
    // Q3 runs to 09-30: b, c, d, e have not reported in person yet (a did on 07-20). No practical thing this year
    // for any of the five. H1 cards were due 07-15: only d's (community B) is missing. Neither community held a
    // joint meeting in Q2, when they had stamped registrations.
    expect(await work('county')).toEqual([
      ['feedback_overdue', 1, '2025-07-15', 1],
      ['quarter_report_due', 4, '2025-09-30', null],
      ['practical_things_due', 5, '2025-12-31', null],
      ['joint_meeting_missing', 2, null, 2],
      ['notices_unread', 1, null, null],
    ]);
    expect(await work('communityB')).toEqual([
      ['feedback_overdue', 1, '2025-07-15', 1],
      ['quarter_report_due', 1, '2025-09-30', null],
      ['practical_things_due', 1, '2025-12-31', null],
      ['joint_meeting_missing', 1, null, 1],
    ]);
    // Unit 1 sees its members b and c (a reported), all three owe a practical thing, and its notice.
    expect(await work('unit1')).toEqual([
      ['quarter_report_due', 2, '2025-09-30', null],
      ['practical_things_due', 3, '2025-12-31', null],
      ['notices_unread', 1, null, null],
    ]);
    expect(await work('memberA')).toEqual([]);
  });
});
