// Reliability on PostgreSQL, loopback only, bounded: (a) the API is SIGKILLed during a roster import and restarted:
// was anything partial committed, and is the job resumable or cleanly failed within a minute? (b) the API's
// database connections are terminated (pg_terminate_backend) under a bounded load: does the process stay up, how
// many 5xx, how fast does readiness recover? Prints figures; asserts nothing (this is a probe, not a test).
//
//   pnpm --filter @jiceng/bench run reliability [--rows 20000] [--clients 20] [--seconds 20] [--port 3203]
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase } from '@jiceng/core';
import { DEMO_PASSWORD } from '@jiceng/core/demo';
import pg from 'pg';
import { freshPostgres } from '../lib';
import { generateRosters, loadStructure } from '../import/generate';
import {
  type ApiProcess,
  count5xx,
  login,
  newTally,
  percentile,
  pgUrl,
  prepareDatabase,
  runLoad,
  sleep,
  startApi,
  waitReady,
} from './lib';

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const ROWS = Number(option('rows', '20000'));
const CLIENTS = Math.min(50, Number(option('clients', '20')));
const SECONDS = Math.min(60, Number(option('seconds', '20')));
const PORT = Number(option('port', '3203'));
const CODE = 'rel';
const DIR = process.env.JICENG_BENCH_DIR
  ? join(process.env.JICENG_BENCH_DIR, 'reliability')
  : '/tmp/jiceng-reliability';
const LOG = join(DIR, 'api.log');

async function main() {
  mkdirSync(DIR, { recursive: true });
  const base = pgUrl();
  if (!/@(127\.0\.0\.1|localhost)[:/]/.test(base)) throw new Error('loopback PostgreSQL only');
  const database = await freshPostgres(base, 'jiceng_reliability');
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  let api: ApiProcess | undefined;
  try {
    console.log(`PostgreSQL database jiceng_reliability; API log ${LOG}`);
    const cityId = await prepareDatabase(database.url, CODE);
    // Its own application_name: the terminations below aim at the API's connections ('jiceng') only.
    const h = await createDatabase({ url: database.url, poolSize: 1, applicationName: 'jiceng-bench' });
    const members = async () =>
      Number(
        (
          await h.db
            .selectFrom('core.member')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('city_id', '=', cityId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const structure = await loadStructure(h.db, cityId);
    await generateRosters(structure, ROWS, DIR);
    console.log(`roster: ${ROWS.toLocaleString()} members (${join(DIR, 'roster.csv')})`);
    const terminate = async () =>
      (
        await admin.query(
          `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
            where datname = 'jiceng_reliability' and pid <> pg_backend_pid() and application_name = 'jiceng'`,
        )
      ).rows[0].n as number;

    // ── (a) SIGKILL during an import ──────────────────────────────────────────────────────────────────────
    api = await startApi({ port: PORT, databaseUrl: database.url, log: LOG });
    let cookie = await login(api.url, `${CODE}-admin`, DEMO_PASSWORD);
    const city = `${api.url}/api/cities/${CODE}`;
    const before = await members();
    const form = new FormData();
    form.set('kind', 'members');
    form.set('file', new Blob([readFileSync(join(DIR, 'roster.csv'))], { type: 'text/csv' }), 'roster.csv');
    const upload = await fetch(`${city}/roster/jobs`, { method: 'POST', headers: { cookie }, body: form });
    const job = (await upload.json()) as { id: number; status: string };
    if (upload.status !== 202) throw new Error(`upload: ${upload.status} ${JSON.stringify(job)}`);
    const getJob = async () => {
      const r = await fetch(`${city}/roster/jobs/${job.id}`, { headers: { cookie } });
      return (await r.json()) as {
        status: string;
        phase?: string;
        progress?: { fraction: number };
        counts?: Record<string, number>;
        failure?: { code: string; message: string };
      };
    };
    let state = await getJob();
    const validateStarted = Date.now();
    while (state.status === 'validating' && Date.now() - validateStarted < 300_000) {
      await sleep(500);
      state = await getJob();
    }
    console.log(
      `\n(a) dry run: ${state.status} in ${((Date.now() - validateStarted) / 1000).toFixed(1)} s, ${state.counts?.goodRows} good rows of ${state.counts?.totalRows} (${state.counts?.toInsert} to insert)`,
    );
    if (state.status !== 'validated') throw new Error(`dry run ended ${JSON.stringify(state)}`);
    const commit = await fetch(`${city}/roster/jobs/${job.id}/commit`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'good_rows' }),
    });
    if (commit.status !== 202) throw new Error(`commit: ${commit.status} ${await commit.text()}`);
    // Into the merge, then kill: no drain, no rollback by the app (the database rolls the transaction back).
    await sleep(Number(option('kill-after-ms', '400')));
    const killedState = await getJob();
    const killedDuring = `${killedState.status}/${killedState.phase ?? ''} at progress ${killedState.progress?.fraction ?? '?'}`;
    await api.kill();
    const killedAt = Date.now();
    const afterKill = await members();
    api = await startApi({ port: PORT, databaseUrl: database.url, log: LOG });
    const restartMs = Date.now() - killedAt;
    cookie = await login(api.url, `${CODE}-admin`, DEMO_PASSWORD);
    let settled: { status: string; failure?: { code: string } } | undefined;
    let polls = 0;
    while (Date.now() - killedAt < 60_000) {
      polls++;
      const s = await getJob();
      if (s.status !== 'importing' && s.status !== 'validating') {
        settled = s;
        break;
      }
      await sleep(1000);
    }
    const settledMs = Date.now() - killedAt;
    const afterRestart = await members();
    // Resumable: may the job (or a new upload of the same file) be committed again now?
    const retry = await fetch(`${city}/roster/jobs/${job.id}/commit`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'good_rows' }),
    });
    console.log(
      `  killed while the job was "${killedDuring}"; restarted and ready in ${(restartMs / 1000).toFixed(1)} s`,
    );
    console.log(
      `  members before ${before}, right after the kill ${afterKill}, after restart ${afterRestart} ` +
        `→ partial rows: ${afterKill - before === 0 || afterKill - before === ROWS ? 0 : afterKill - before}` +
        ` (all ${ROWS} or none: ${afterKill === before ? 'none committed' : afterKill - before === ROWS ? 'all committed' : 'PARTIAL'})`,
    );
    console.log(
      settled
        ? `  job settled as "${settled.status}"${settled.failure ? ` (${settled.failure.code})` : ''} ${(settledMs / 1000).toFixed(1)} s after the kill`
        : `  job still "importing" ${(settledMs / 1000).toFixed(0)} s after the kill (${polls} polls): NOT settled within a minute`,
    );
    console.log(`  commit again after restart: ${retry.status} ${(await retry.text()).slice(0, 160)}`);

    // ── (b) terminated connections under load ─────────────────────────────────────────────────────────────
    const tally = newTally();
    const orgs = (await (await fetch(`${city}/orgs?pageSize=50`, { headers: { cookie } })).json()) as {
      items: { id: number }[];
    };
    const orgIds = orgs.items.map((o) => o.id);
    const paths = [
      '/orgs',
      '/members?pageSize=20',
      '/places',
      '/units',
      '/indicators?from=2026-01-01&to=2026-12-31',
      ...orgIds.slice(0, 8).map((id) => `/orgs/${id}`),
    ];
    const terminations: { atS: number; killed: number }[] = [];
    const readiness: { atS: number; status: number }[] = [];
    const started = Date.now();
    const chaos = (async () => {
      for (const at of [SECONDS * 0.25, SECONDS * 0.5, SECONDS * 0.75]) {
        await sleep(Math.max(0, started + at * 1000 - Date.now()));
        terminations.push({ atS: (Date.now() - started) / 1000, killed: await terminate() });
      }
    })();
    const probe = (async () => {
      while (Date.now() - started < SECONDS * 1000) {
        const r = await fetch(`${api!.url}/api/ready`).then(
          (x) => x.status,
          () => 0,
        );
        readiness.push({ atS: (Date.now() - started) / 1000, status: r });
        await sleep(250);
      }
    })();
    await runLoad({
      url: `${api.url}/api/cities/${CODE}`,
      cookie,
      clients: CLIENTS,
      seconds: SECONDS,
      tally,
      next: (c, n) => ({ method: 'GET', path: paths[(c + n) % paths.length]! }),
    });
    await chaos;
    await probe;
    const alive = api.alive();
    const recoverMs = alive ? await waitReady(api.url, 30_000).catch(() => -1) : -1;
    const afterLoad = await fetch(`${city}/orgs`, { headers: { cookie } }).then(
      (r) => r.status,
      () => 0,
    );
    console.log(
      `\n(b) ${CLIENTS} clients × ${SECONDS} s of reads; backends terminated at ${terminations.map((t) => `${t.atS.toFixed(1)} s (${t.killed})`).join(', ')}`,
    );
    console.log(
      `  requests ${tally.requests}, by status ${JSON.stringify(tally.byStatus)}, no answer ${tally.networkErrors}`,
    );
    console.log(
      `  5xx: ${count5xx(tally)} (500: ${tally.byStatus[500] ?? 0}, 503: ${tally.byStatus[503] ?? 0}: the requests whose connection was terminated, retryable)`,
    );
    console.log(
      `  latency p50 ${percentile(tally.latenciesMs, 50).toFixed(0)} ms, p99 ${percentile(tally.latenciesMs, 99).toFixed(0)} ms`,
    );
    console.log(
      `  readiness probes: ${readiness.length}, red ${readiness.filter((r) => r.status !== 200).length}`,
    );
    console.log(
      `  process alive: ${alive}; ready again ${recoverMs} ms after the load; a read afterwards: ${afterLoad}`,
    );
    await h.close();
  } finally {
    if (api?.alive()) await api.stop();
    await admin.end();
    await database.drop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
