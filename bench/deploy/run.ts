// The production setup on one machine, loopback only, bounded: 3 API processes (`jiceng serve`) behind nginx
// (deploy/nginx/jiceng.conf) on one PostgreSQL. A bounded load of reads and writes goes through nginx; one API
// process is SIGKILLed mid-load and started again later. Reports requests lost (no answer or a 5xx), writes
// acknowledged vs rows actually in the database, and latencies. Asserts nothing: it prints figures.
//
//   pnpm --filter @jiceng/bench run deploy [--processes 3] [--clients 20] [--seconds 20] [--base-port 3211] [--nginx-port 8090]
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase } from '@jiceng/core';
import { DEMO_PASSWORD } from '@jiceng/core/demo';
import { freshPostgres } from '../lib';
import {
  type ApiProcess,
  count5xx,
  login,
  newTally,
  percentile,
  pgUrl,
  prepareDatabase,
  REPO,
  runLoad,
  sleep,
  startApi,
  waitReady,
} from '../reliability/lib';

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const PROCESSES = Math.max(2, Math.min(5, Number(option('processes', '3'))));
const CLIENTS = Math.min(50, Number(option('clients', '20')));
const SECONDS = Math.min(60, Number(option('seconds', '20')));
const BASE_PORT = Number(option('base-port', '3211'));
const NGINX_PORT = Number(option('nginx-port', '8090'));
const NGINX = process.env.NGINX_BIN || '/usr/sbin/nginx';
const CODE = 'dep';
const DIR = '/tmp/jiceng-deploy';
const WEB_ROOT = join(REPO, 'apps/web/dist');

/** deploy/nginx/jiceng.conf with its placeholders filled, inside a main config an unprivileged nginx can run. */
function writeNginxConfig(ports: number[]) {
  const site = readFileSync(join(REPO, 'deploy/nginx/jiceng.conf'), 'utf8')
    .replace(
      '{{UPSTREAMS}}',
      ports.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=10s;`).join('\n    '),
    )
    .replace('{{LISTEN}}', `127.0.0.1:${NGINX_PORT}`)
    .replace('{{SERVER_NAME}}', 'localhost')
    .replace('{{WEB_ROOT}}', WEB_ROOT);
  for (const d of ['logs', 'tmp']) mkdirSync(join(DIR, 'nginx', d), { recursive: true });
  writeFileSync(join(DIR, 'nginx', 'jiceng.conf'), site);
  writeFileSync(
    join(DIR, 'nginx', 'nginx.conf'),
    `worker_processes 1;
pid ${DIR}/nginx/nginx.pid;
error_log ${DIR}/nginx/logs/error.log warn;
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  access_log ${DIR}/nginx/logs/access.log;
  client_body_temp_path ${DIR}/nginx/tmp/body;
  proxy_temp_path ${DIR}/nginx/tmp/proxy;
  fastcgi_temp_path ${DIR}/nginx/tmp/fastcgi;
  uwsgi_temp_path ${DIR}/nginx/tmp/uwsgi;
  scgi_temp_path ${DIR}/nginx/tmp/scgi;
  include ${DIR}/nginx/jiceng.conf;
}
`,
  );
}

async function startNginx(): Promise<ChildProcess> {
  const child = spawn(
    NGINX,
    ['-p', join(DIR, 'nginx'), '-c', join(DIR, 'nginx', 'nginx.conf'), '-g', 'daemon off;'],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  await waitReady(`http://127.0.0.1:${NGINX_PORT}`, 20_000);
  return child;
}

async function main() {
  mkdirSync(DIR, { recursive: true });
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX} (apt-get install nginx)`);
  const base = pgUrl();
  if (!/@(127\.0\.0\.1|localhost)[:/]/.test(base)) throw new Error('loopback PostgreSQL only');
  const database = await freshPostgres(base, 'jiceng_deploy');
  const apis: (ApiProcess | undefined)[] = [];
  let nginx: ChildProcess | undefined;
  try {
    const cityId = await prepareDatabase(database.url, CODE);
    const ports = Array.from({ length: PROCESSES }, (_, i) => BASE_PORT + i);
    const env = { JICENG_TRUST_PROXY: '1' };
    const start = (i: number) =>
      startApi({ port: ports[i]!, databaseUrl: database.url, log: join(DIR, `api-${ports[i]}.log`), env });
    for (let i = 0; i < PROCESSES; i++) apis[i] = await start(i);
    writeNginxConfig(ports);
    nginx = await startNginx();
    const front = `http://127.0.0.1:${NGINX_PORT}`;
    console.log(
      `${PROCESSES} API processes on ${ports.join(', ')} behind nginx on ${NGINX_PORT}; PostgreSQL jiceng_deploy`,
    );
    const shell = await fetch(`${front}/`);
    const html = await shell.text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const assetStatus = asset ? (await fetch(`${front}${asset}`)).status : 'no built shell';
    console.log(
      `shell: ${shell.status}, CSP ${shell.headers.get('content-security-policy') ? 'set' : 'missing'}; asset from nginx: ${assetStatus}`,
    );
    const cookie = await login(front, `${CODE}-admin`, DEMO_PASSWORD);
    const city = `/api/cities/${CODE}`;
    const orgs = (await (
      await fetch(`${front}${city}/orgs?pageSize=50`, { headers: { cookie } })
    ).json()) as {
      items: { id: number; kind: string }[];
    };
    const parentId = orgs.items[0]!.id;
    const reads = [
      '/orgs',
      '/members?pageSize=20',
      '/places',
      '/units',
      '/indicators?from=2026-01-01&to=2026-12-31',
    ];
    const tally = newTally();
    const started = Date.now();
    const victim = Math.min(1, PROCESSES - 1);
    const events: string[] = [];
    const at = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
    let killedAt = 0;
    let termAt = 0;
    const restarts: Promise<void>[] = [];
    const restart = (i: number) =>
      restarts.push(
        start(i).then((a) => {
          apis[i] = a;
          events.push(`restarted :${ports[i]}, ready at ${at()}`);
        }),
      );
    const chaos = (async () => {
      await sleep(SECONDS * 300);
      killedAt = Date.now();
      await apis[victim]!.kill();
      events.push(`SIGKILL process :${ports[victim]} at ${at()}`);
      restart(victim);
      // A rolling restart's step on another process: SIGTERM drains it (stops accepting; nginx moves on).
      const other = (victim + 1) % PROCESSES;
      if (other === victim || other === 0) return;
      await sleep(Math.max(0, started + SECONDS * 600 - Date.now()));
      termAt = Date.now();
      events.push(`SIGTERM process :${ports[other]} at ${at()}`);
      const code = await apis[other]!.stop();
      events.push(`  it drained and exited (code ${code}) at ${at()}`);
      restart(other);
    })();
    let writeSeq = 0;
    await runLoad({
      url: `${front}${city}`,
      cookie,
      clients: CLIENTS,
      seconds: SECONDS,
      tally,
      // One write in ten: a new org with a unique name (non-idempotent: nginx will not retry it once sent).
      next: (c, n) =>
        (c + n) % 10 === 0
          ? {
              method: 'POST',
              path: '/orgs',
              body: { parentId, kind: 'load_branch', name: `负载${++writeSeq}` },
            }
          : { method: 'GET', path: reads[(c + n) % reads.length]! },
    });
    await chaos;
    await Promise.all(restarts);
    const h = await createDatabase({ url: database.url, poolSize: 1, applicationName: 'jiceng-bench' });
    const written = Number(
      (
        await h.db
          .selectFrom('core.org')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('city_id', '=', cityId)
          .where('kind', '=', 'load_branch')
          .executeTakeFirstOrThrow()
      ).n,
    );
    await h.close();
    const lost = count5xx(tally) + tally.networkErrors;
    console.log(events.map((e) => `  ${e}`).join('\n'));
    console.log(
      `${CLIENTS} clients × ${SECONDS} s through nginx: ${tally.requests} requests (${(tally.requests / SECONDS).toFixed(0)}/s)`,
    );
    console.log(`  by status ${JSON.stringify(tally.byStatus)}, no answer ${tally.networkErrors}`);
    console.log(
      `  lost (5xx or no answer): ${lost} = ${((lost / Math.max(1, tally.requests)) * 100).toFixed(3)}%, by method ${JSON.stringify(tally.lostByMethod)}` +
        ' (a lost GET means a retry failed; a lost POST was in flight on the killed process and is never retried)',
    );
    const lostAfter = (from: number, to: number) =>
      from
        ? tally.lost
            .filter((l) => l.at >= from && l.at < to)
            .map((l) => `${l.method} ${l.status || 'no answer'}`)
        : [];
    console.log(
      `  lost after the SIGKILL (before the SIGTERM): ${JSON.stringify(lostAfter(killedAt, termAt || Infinity))}`,
    );
    if (termAt) console.log(`  lost after the SIGTERM: ${JSON.stringify(lostAfter(termAt, Infinity))}`);
    console.log(
      `  writes: ${tally.writes.sent} sent, ${tally.writes.ok} acknowledged, ${tally.writes.failed} failed; rows in the database: ${written}` +
        ` (${written === tally.writes.ok ? 'every acknowledged write stored, none twice' : written > tally.writes.ok ? `${written - tally.writes.ok} stored without an acknowledgement (in flight when killed)` : 'ACKNOWLEDGED WRITES MISSING'})`,
    );
    console.log(
      `  latency p50 ${percentile(tally.latenciesMs, 50).toFixed(0)} ms, p99 ${percentile(tally.latenciesMs, 99).toFixed(0)} ms`,
    );
    console.log(`  API processes alive at the end: ${apis.filter((a) => a?.alive()).length}/${PROCESSES}`);
  } finally {
    if (nginx && nginx.exitCode === null) {
      nginx.kill('SIGQUIT');
      await new Promise((r) => nginx!.once('exit', r));
    }
    for (const a of apis) if (a?.alive()) await a.stop();
    await database.drop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
