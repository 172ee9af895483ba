import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../clock';
import type { DatabaseHandle } from '../db';
import type { CoreDeps } from '../deps';
import { silentLogger } from '../logger';
import { createTestDatabase, fixtures, testDatabaseKinds } from '../testing';
import { fx, nx, outcomeWorld } from './fixture-world.test-helper';
import { refreshOutcomeSnapshots } from './job';
import type { Scope } from './queries';
import { citySources, computeLive, type SHARED_IDS, sharedForScopes } from './service';
import { readTrends } from './snapshots';

const H1 = { from: '2026-01-01', to: '2026-06-30' };

describe.each(testDatabaseKinds())('shared indicators on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: Awaited<ReturnType<typeof outcomeWorld>>;
  let deps: CoreDeps;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    world = await outcomeWorld(handle.db);
    deps = {
      db: handle.db,
      clock: manualClock('2026-06-15T08:00:00Z'),
      logger: silentLogger,
      plugins: [fx, nx],
    };
  });
  afterAll(() => handle?.close());

  const live = async (
    cityId: number,
    period: { from: string; to: string },
    scopes: Scope[] = [{ id: 0, path: null }],
  ) => (await computeLive(handle.db, cityId, await citySources(deps, cityId), period, scopes)).values;

  it('computes every shared indicator of a city by hand (another city’s rows in the same views never count)', async () => {
    const v = (await live(world.a.city.id, H1)).get(0)!;
    // 甲, 乙 confirmed of 甲乙丙 in service (丁 retired; 丙 unconfirmed).
    expect(v.engagement_rate).toEqual({ status: 'ok', value: 2 / 3, numerator: 2, denominator: 3 });
    // Of 甲 and 乙, only 甲 has a confirmed service in H1 (乙's is unconfirmed).
    expect(v.service_participation_rate).toEqual({ status: 'ok', value: 0.5, numerator: 1, denominator: 2 });
    // 2 + 1.5 (甲) + 4 (丙) confirmed hours in H1 over 3 in-service members; December's 10 is outside.
    expect(v.service_hours_per_member).toEqual({ status: 'ok', value: 2.5, numerator: 7.5, denominator: 3 });
    // Received in H1: r1 r2 r3 r5, closed by its end: r1 r2 r5.
    expect(v.requests_closed_rate).toEqual({ status: 'ok', value: 0.75, numerator: 3, denominator: 4 });
    // Due in H1: r1 r2 r4 r5; on time: r1 r4 r5 (r2 closed 11 days late).
    expect(v.requests_on_time_rate).toEqual({ status: 'ok', value: 0.75, numerator: 3, denominator: 4 });
    // Closed in H1 after 10, 20, 20, 4 days: median 15.
    expect(v.request_days_median).toEqual({ status: 'ok', value: 15, denominator: 4 });
    // Under way: p1 (done in February) and p2; p3 ended before, p4 starts after.
    expect(v.projects_done_rate).toEqual({ status: 'ok', value: 0.5, numerator: 1, denominator: 2 });
    // compound 1 covered (listed twice), compound 2 only from August, grid 1 never.
    expect(v.coverage_rate).toEqual({ status: 'ok', value: 1 / 3, numerator: 1, denominator: 3 });
  });

  it('counts a month by its own end (engagement effective later is not yet counted)', async () => {
    const v = (await live(world.a.city.id, { from: '2026-01-01', to: '2026-01-31' })).get(0)!;
    expect(v.engagement_rate).toMatchObject({ numerator: 1, denominator: 3 });
    expect(v.service_participation_rate).toMatchObject({ numerator: 0, denominator: 1 });
    expect(v.service_hours_per_member).toMatchObject({ value: 0 });
    // Closed in January: r1 after 10 days, r4 after 20.
    expect(v.request_days_median).toEqual({ status: 'ok', value: 15, denominator: 2 });
  });

  it('scopes to org subtrees in one pass: members by org relation or engagement, other facts by org', async () => {
    const { orgs } = world.a;
    const values = await live(world.a.city.id, H1, [
      { id: orgs.community1.id, path: orgs.community1.path },
      { id: orgs.community2.id, path: orgs.community2.path },
    ]);
    const c1 = values.get(orgs.community1.id)!;
    // 甲 (community1), 乙 (compound1) and 丙, who engaged with community1 though their org is community2.
    expect(c1.engagement_rate).toMatchObject({ numerator: 2, denominator: 3 });
    expect(c1.requests_closed_rate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(c1.request_days_median).toMatchObject({ value: 10 });
    expect(c1.coverage_rate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(c1.projects_done_rate).toMatchObject({ numerator: 1, denominator: 1 });
    const c2 = values.get(orgs.community2.id)!;
    expect(c2.engagement_rate).toMatchObject({ numerator: 0, denominator: 1 });
    // Nobody engaged in community2: an empty denominator is not applicable, never 0.
    expect(c2.service_participation_rate!.status).toBe('not_applicable');
    expect(c2.service_hours_per_member).toMatchObject({ value: 4 });
    expect(c2.coverage_rate).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('gives a fact no enabled model provides "not applicable" with the model’s reason, in the locale', async () => {
    const bb = world.b.city.id;
    const zh = (await sharedForScopes(deps, bb, H1, [{ id: 0, path: null }], 'zh-CN')).get(0)!;
    const byId = Object.fromEntries(zh.map((v) => [v.meta.id, v]));
    expect(byId.engagement_rate!.value).toEqual({ status: 'ok', value: 0.25, numerator: 1, denominator: 4 });
    expect(byId.service_hours_per_member!.value).toEqual({
      status: 'not_applicable',
      reason: 'nx模式不记录党员服务',
    });
    expect(byId.service_participation_rate!.value).toEqual({
      status: 'not_applicable',
      reason: 'nx模式不记录党员服务',
    });
    expect(byId.coverage_rate!.value).toEqual({ status: 'not_applicable', reason: 'nx模式不管覆盖' });
    const en = (await sharedForScopes(deps, bb, H1, [{ id: 0, path: null }], 'en')).get(0)!;
    expect(en.find((v) => v.meta.id === 'requests_closed_rate')!.value).toEqual({
      status: 'not_applicable',
      reason: 'no request ledger in nx',
    });
    expect(zh.every((v) => v.pluginId === 'core' && v.durationMs >= 0)).toBe(true);
  });

  it('stores snapshots once a day that agree with live values, and reads trends from them', async () => {
    const before = await sharedForScopes(deps, world.a.city.id, H1, [{ id: 0, path: null }], 'en');
    expect(before.get(0)![0]!.source).toBe('live');
    const done = await refreshOutcomeSnapshots(deps);
    expect(done.map((d) => d.cityId).sort()).toEqual([world.a.city.id, world.b.city.id].sort());
    // Claimed per city and day: a second tick the same day does nothing.
    expect(await refreshOutcomeSnapshots(deps)).toEqual([]);
    const { orgs } = world.a;
    for (const period of [
      H1,
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-01-01', to: '2026-12-31' },
    ]) {
      for (const scope of [{ id: 0, path: null } as Scope, { id: orgs.street.id, path: orgs.street.path }]) {
        const stored = (await sharedForScopes(deps, world.a.city.id, period, [scope], 'en')).get(scope.id)!;
        expect(stored.every((v) => v.source === 'snapshot')).toBe(true);
        const fresh = (await live(world.a.city.id, period, [scope])).get(scope.id)!;
        for (const v of stored) {
          const l = fresh[v.meta.id as (typeof SHARED_IDS)[number]]!;
          expect(v.value, `${v.meta.id} ${period.from}..${period.to} scope ${scope.id}`).toEqual(
            l.status === 'ok' ? l : { status: 'not_applicable', reason: l.reason.en },
          );
        }
      }
    }
    const trends = await readTrends(
      handle.db,
      world.a.city.id,
      0,
      ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'],
      ['engagement_rate', 'coverage_rate'],
      '2026-06',
    );
    expect(trends.get('engagement_rate')!.map((p) => p.numerator)).toEqual([1, 1, 2, 2, 2, 2]);
    expect(trends.get('engagement_rate')!.at(-1)!.partial).toBe(true);
  });

  it('reads the union of every enabled model’s view for a fact (last: it enables a second model in aa)', async () => {
    const A = world.a.city.id;
    await fixtures(handle.db).enable(A, 'nx');
    await sql`insert into p_nx.e values (${A}, ${world.a.members.m3.id}, ${world.a.orgs.community2.id}, '2026-04-01', true)`.execute(
      handle.db,
    );
    const v = (await live(A, H1)).get(0)!;
    // 甲 and 乙 from fx, 丙 from nx: every in-service member engaged.
    expect(v.engagement_rate).toEqual({ status: 'ok', value: 1, numerator: 3, denominator: 3 });
    // fx still provides service: nx declaring it not applicable does not make it so for the city.
    expect(v.service_hours_per_member).toMatchObject({ status: 'ok', value: 2.5 });
  });
});
