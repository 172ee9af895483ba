/**
 * Seeds the full demo city of 龙岩 and times (1) this plugin's demo seed and (2) the dashboard rollup for the whole
 * city and for one community. Prints timings; asserts nothing (speed is measured here, never in tests).
 *
 *   cd plugins/longyan-return-home && npx tsx bench/dashboard-rollup.ts            # PGlite
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/dashboard-rollup.ts postgres
 */
import { createPluginTestBackend, seedCity, seededRandom } from '@jiceng/plugin-kit/testing';
import { toLocalDate } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import plugin from '../src/index';
import { dashboardData } from '../src/server/dashboard/routes';
import { coverageStats, memberStats, monthlyTrend, projectStats, wishStats } from '../src/server/rollup';

// The same shape as apps/api/src/demo/cities.ts's longyan entry (a plugin may not import the app).
const LONGYAN = {
  code: 'longyan',
  nameZh: '龙岩市',
  nameEn: 'Longyan',
  level: 'city' as const,
  province: '福建省',
  areaCode: '3508',
  committeeName: '中共龙岩市委',
  streets: 22,
  communities: 132,
  compounds: 1469,
  buildingsPerCompound: [2, 6] as [number, number],
  buildingCompounds: 200,
  units: 890,
  members: { in_service: 37_455, retired: 2_400, resident: 1_500, flowing: 300 },
  livesInCommunityShare: 0.94,
  plugins: ['longyan-return-home'],
};

const kind = process.argv[2] === 'postgres' ? 'postgres' : 'pglite';
process.env.JICENG_TEST_RUN ??= `bench${process.pid}`;

const ms = (t: number) => `${Math.round(performance.now() - t)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const backend = await createPluginTestBackend(plugin, kind, { now: new Date().toISOString() });
  try {
    let t = performance.now();
    let c0 = process.cpuUsage();
    const cpuMs = () => {
      const c = process.cpuUsage(c0);
      return `${Math.round((c.user + c.system) / 1000)} ms CPU`;
    };
    const city = await seedCity(backend.db, LONGYAN, {
      random: seededRandom(1000),
      pluginVersions: { [plugin.id]: plugin.version },
    });
    console.log(`[${kind}] core seed of the longyan city: ${ms(t)} wall, ${cpuMs()}`);
    t = performance.now();
    c0 = process.cpuUsage();
    await backend.db.transaction().execute((trx) =>
      plugin.seed!(
        { ...backend.ctx, db: trx },
        {
          cityId: city.cityId,
          scale: 'demo',
          random: seededRandom(2000),
          progress: (step, done, total) => {
            if (process.env.BENCH_VERBOSE) console.log(`  ${step} ${done}/${total} at ${ms(t)}`);
          },
        },
      ),
    );
    console.log(`[${kind}] longyan-return-home demo seed: ${ms(t)} wall, ${cpuMs()}`);

    const now = toLocalDate(new Date());
    const period = { from: `${now.slice(0, 4)}-01-01`, to: now };
    const community = await backend.db
      .selectFrom('core.org')
      .select('path')
      .where('id', '=', city.communityOrgIds[0]!)
      .executeTakeFirstOrThrow();
    for (const [label, prefix] of [
      ['whole city', '/'],
      ['one community', community.path],
    ] as const) {
      const times: number[] = [];
      const cpu: number[] = [];
      let data: Awaited<ReturnType<typeof dashboardData>> | undefined;
      for (let i = 0; i < 6; i++) {
        const s = performance.now();
        const c0 = process.cpuUsage();
        data = await dashboardData(backend.db, city.cityId, period, prefix);
        const c1 = process.cpuUsage(c0);
        if (i > 0) {
          // First run warms caches. PGlite runs in this process, so CPU time is the database's work even on a busy machine.
          times.push(performance.now() - s);
          cpu.push((c1.user + c1.system) / 1000);
        }
      }
      const s = data!.summary;
      const pct = (v: any) => (v.status === 'ok' ? `${(v.value * 100).toFixed(2)}%` : 'n/a');
      console.log(
        `[${kind}] dashboard rollup, ${label}: median ${Math.round(median(times))} ms wall (min ${Math.round(Math.min(...times))}, max ${Math.round(Math.max(...times))}, 5 runs)${kind === 'pglite' ? `, median ${Math.round(median(cpu))} ms CPU` : ''}`,
      );
      const parts: string[] = [];
      for (const [name, fn] of [
        ['members', () => memberStats(backend.db, city.cityId, period, prefix)],
        ['coverage', () => coverageStats(backend.db, city.cityId, period, prefix)],
        ['wishes', () => wishStats(backend.db, city.cityId, period, prefix)],
        ['projects', () => projectStats(backend.db, city.cityId, period, prefix)],
        ['trend', () => monthlyTrend(backend.db, city.cityId, period, prefix)],
      ] as const) {
        const s0 = performance.now();
        await fn();
        parts.push(`${name} ${Math.round(performance.now() - s0)}`);
      }
      console.log(`[${kind}]   parts (ms): ${parts.join(', ')}`);
      if (label === 'whole city')
        console.log(
          `[${kind}]   report ${pct(s.report_rate)} (${(s.report_rate as any).numerator}/${(s.report_rate as any).denominator}), confirmed ${pct(s.longyan_confirmed_report_rate)}, service ${pct(s.service_rate)}, coverage ${pct(s.org_coverage)}, wishes claimed ${pct(s.longyan_wishes_claimed_rate)} fulfilled ${pct(s.wishes_fulfilled_rate)}, projects ${pct(s.projects_completed_rate)}, red ${pct(s.longyan_red_committee_share)}, claims/member ${(s.claims_per_member as any).value?.toFixed(2)}, hours/member ${(s.volunteer_hours_per_member as any).value?.toFixed(2)}`,
        );
    }
    const counts = await sql<any>`
      select (select count(*) from p_longyan_return_home.compound_org)::int as compound_orgs,
        (select count(*) from p_longyan_return_home.compound_coverage)::int as covered,
        (select count(*) from p_longyan_return_home.report)::int as reports,
        (select count(*) from p_longyan_return_home.service_record)::int as records,
        (select count(*) from p_longyan_return_home.service_post)::int as posts,
        (select count(*) from p_longyan_return_home.claim where kind = 'post')::int as post_claims,
        (select count(*) from p_longyan_return_home.pairing_need)::int as pairings,
        (select count(*) from p_longyan_return_home.pairing_need where status = 'paired')::int as paired,
        (select count(*) from p_longyan_return_home.wish)::int as wishes,
        (select count(*) from p_longyan_return_home.wish where status <> 'open')::int as wishes_claimed,
        (select count(*) from p_longyan_return_home.volunteer_team)::int as teams,
        (select count(*) from p_longyan_return_home.grid_branch)::int as grids,
        (select count(*) from p_longyan_return_home.co_building_agreement)::int as agreements,
        (select count(*) from p_longyan_return_home.co_building_activity)::int as activities,
        (select count(*) from p_longyan_return_home.co_building_project)::int as projects,
        (select count(*) from p_longyan_return_home.co_building_project where completed_on is not null)::int as completed,
        (select count(*) from p_longyan_return_home.red_committee)::int as red,
        (select count(member_id) from p_longyan_return_home.red_committee_member)::int as red_party,
        (select count(*) from p_longyan_return_home.red_committee_member cm join core.member m on m.city_id = cm.city_id and m.id = cm.member_id where m.category = 'in_service')::int as red_in_service,
        (select count(*) from p_longyan_return_home.red_committee_member where branch_role = 'secretary' and role = 'chair')::int as one_shoulder,
        (select count(*) from p_longyan_return_home.red_committee_member where branch_role is not null and not (branch_role = 'secretary' and role = 'chair'))::int as cross_appointed`.execute(
      backend.db,
    );
    console.log(`[${kind}] generated:`, counts.rows[0]);
  } finally {
    if (kind === 'postgres') {
      // The test helper keeps a migrated template database per run; drop this run's.
      const tpl = await sql<{
        datname: string;
      }>`select datname from pg_database where datname like ${`jiceng_tpl_${process.env.JICENG_TEST_RUN}_%`}`.execute(
        backend.db,
      );
      for (const r of tpl.rows)
        await sql`drop database if exists ${sql.id(r.datname)}`.execute(backend.db).catch(() => {});
    }
    await backend.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
