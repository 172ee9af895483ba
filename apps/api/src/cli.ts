import {
  consoleLogger,
  coreMigrationSet,
  createDatabase,
  isDemoCity,
  migrateToLatest,
  pluginSchemaName,
  seedPluginIntoCity,
  startScheduler,
  systemClock,
} from '@jiceng/core';
import { DEMO_PASSWORD } from '@jiceng/core/demo';
import { importRoster } from './cli-import';
import { type SeedStepTime, seedDemo, seedSummary } from './demo/seed';
import { installProcessGuards } from './process';
import { progressPrinter } from './progress';
import { installedPlugins } from './registry';
import { startServer } from './server';
import { settings } from './settings';

const HELP = `jiceng <command>
  serve      start the API (and the built web shell)
  migrate    run core then every installed plugin's migrations (under an advisory lock)
  seed       create the five demo cities that are missing (with progress)
  seed --plugin <id> [--city <code>] [--small]
             load one model's demo data into an existing demo city (enabling the model there); without --city,
             into every demo city that enabled the model but lacks its data. Running it again changes nothing
  demo       migrate + seed + serve: the one-command demo
  import <city-code> <file> [--kind members|orgs|units|places] [--good-rows-only] [--dry-run] [--lang en]
             check a roster (.xlsx or .csv, UTF-8 or GBK) and import it in one transaction (all rows, or the good ones)
Environment: DATABASE_URL=postgres://… (else PGlite in JICENG_DATA_DIR, default .data/pglite), PORT (3000), HOST,
             JICENG_SCHEDULER=off to leave the models' daily jobs to other processes,
             JICENG_TRUST_PROXY=1 behind a reverse proxy (believe X-Forwarded-Proto/-Host),
             JICENG_ALLOWED_ORIGINS=https://a,https://b other sites whose pages may write,
             JICENG_SHUTDOWN_MS (10000) how long SIGTERM waits for in-flight requests`;

const migrationSets = () => [
  coreMigrationSet,
  ...installedPlugins.map((p) => ({ name: pluginSchemaName(p.id), migrations: p.migrations })),
];

async function main(command: string | undefined, args: string[] = []) {
  const cfg = settings();
  if (!command || command === 'help' || command === '--help') {
    console.log(HELP);
    return;
  }
  const started = Date.now();
  const handle = await createDatabase({
    url: cfg.databaseUrl,
    // A connection the server dropped (restart, pg_terminate_backend): logged; the pool reconnects on next use.
    onConnectionError: (e) =>
      consoleLogger.warn('database connection lost', { code: (e as any).code, message: e.message }),
  });
  const where = handle.kind === 'pglite' ? `PGlite at ${cfg.databaseUrl}` : 'PostgreSQL';
  const migrate = async () => {
    const applied = await migrateToLatest(handle.db, migrationSets(), (e) =>
      console.error(`  migrated ${e.set}/${e.migration}`),
    );
    console.error(`migrations: ${applied.length} applied on ${where}`);
  };
  const seed = async () => {
    const bar = progressPrinter();
    const steps: SeedStepTime[] = [];
    const seedStarted = Date.now();
    const seeded = await seedDemo(handle.db, installedPlugins, {
      logger: consoleLogger,
      progress: (city, step, d, t) => bar(`${city} ${step}`, d, t),
      onStep: (s) => steps.push(s),
    });
    console.error(
      seeded.length ? `seeded ${seeded.map((s) => s.spec.nameZh).join('、')}` : 'demo cities already present',
    );
    if (seeded.length) console.error(seedSummary(steps, Date.now() - seedStarted));
  };
  const seedPlugin = async () => {
    const option = (name: string) => {
      const i = args.indexOf(name);
      return i >= 0 ? args[i + 1] : undefined;
    };
    const id = option('--plugin');
    const plugin = installedPlugins.find((p) => p.id === id);
    if (!plugin)
      throw new Error(
        `--plugin: one of ${installedPlugins.map((p) => p.id).join(', ')} (got ${id ?? 'nothing'})`,
      );
    const code = option('--city');
    let cities = await handle.db
      .selectFrom('core.city')
      .select(['id', 'code', 'name_zh'])
      .orderBy('id')
      .execute();
    if (code) {
      cities = cities.filter((c) => c.code === code);
      if (!cities.length) throw new Error(`--city: no city with code ${code}`);
      if (!(await isDemoCity(handle.db, cities[0]!.id)))
        throw new Error(
          `--city: ${code} is not a demo city (demo data goes only into cities the demo seeder made)`,
        );
    } else {
      const enabled = await handle.db
        .selectFrom('core.city_plugin as cp')
        .innerJoin('core.demo_seed as d', (j) =>
          j.onRef('d.city_id', '=', 'cp.city_id').on('d.what', '=', 'core'),
        )
        .select('cp.city_id')
        .where('cp.plugin_id', '=', plugin.id)
        .where('cp.enabled', '=', true)
        .execute();
      cities = cities.filter((c) => enabled.some((e) => e.city_id === c.id));
      if (!cities.length) console.error(`no demo city has enabled ${plugin.id}; name one with --city <code>`);
    }
    const deps = { db: handle.db, clock: systemClock, logger: consoleLogger, plugins: installedPlugins };
    for (const city of cities) {
      const bar = progressPrinter();
      const r = await seedPluginIntoCity(deps, plugin, city.id, {
        scale: args.includes('--small') ? 'small' : 'demo',
        progress: (step, d, t) => bar(`${city.code} ${plugin.id}: ${step}`, d, t),
      });
      console.error(
        r.seeded
          ? `seeded ${plugin.id} into ${city.name_zh} (${city.code})${r.enabled ? ', and enabled it there' : ''}`
          : `${city.name_zh} (${city.code}) already holds ${plugin.id}'s demo data: nothing changed`,
      );
    }
  };
  const serve = async () => {
    installProcessGuards(consoleLogger);
    const server = await startServer({
      handle,
      plugins: installedPlugins,
      clock: systemClock,
      logger: consoleLogger,
      port: cfg.port,
      host: cfg.host,
      webRoot: cfg.webRoot,
      http: cfg.http,
    });
    const cities = await handle.db
      .selectFrom('core.city')
      .select(['code', 'name_zh'])
      .orderBy('id')
      .execute();
    console.log(
      `\nJiceng (基层) is running at ${server.url}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s, ${where})`,
    );
    console.log(`API docs: ${server.url}/api/docs`);
    console.log(`Demo accounts (password: ${DEMO_PASSWORD}):`);
    console.log('  admin                 platform administrator');
    for (const c of cities)
      console.log(
        `  ${`${c.code}-admin`.padEnd(21)} ${c.name_zh} city admin; also ${c.code}-community (community secretary), ${c.code}-member (member)`,
      );
    // Each day's run of a job is claimed in the database, so every process may tick.
    const scheduler = cfg.scheduler
      ? startScheduler({
          db: handle.db,
          clock: systemClock,
          logger: consoleLogger,
          plugins: installedPlugins,
        })
      : null;
    console.log(
      cfg.scheduler ? 'Scheduled jobs: on (JICENG_SCHEDULER=off to turn off)' : 'Scheduled jobs: off',
    );
    // Graceful stop: refuse new connections (a proxy moves to the other processes), let in-flight requests finish
    // within JICENG_SHUTDOWN_MS, then close the pool. A second signal exits at once.
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) process.exit(1);
      stopping = true;
      console.error(
        `${signal}: draining ${server.inFlight()} in-flight request(s) (up to ${cfg.http.shutdownMs} ms)…`,
      );
      try {
        await scheduler?.stop();
        const { cut } = await server.close(cfg.http.shutdownMs);
        if (cut) console.error(`${cut} request(s) still running after ${cfg.http.shutdownMs} ms were cut`);
        await handle.close();
      } catch (e) {
        console.error('error while stopping:', e instanceof Error ? e.message : e);
        process.exit(1);
      }
      process.exit(0);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
  };

  switch (command) {
    case 'migrate':
      await migrate();
      break;
    case 'seed':
      await migrate();
      if (args.includes('--plugin')) await seedPlugin();
      else await seed();
      break;
    case 'serve':
      await serve();
      return;
    case 'demo':
      await migrate();
      await seed();
      await serve();
      return;
    case 'import':
      await migrate();
      // The API's roster deps: the installed plugins give the places roster its attribute columns.
      process.exitCode = await importRoster(
        { db: handle.db, clock: systemClock, logger: consoleLogger, plugins: installedPlugins },
        args,
        { help: HELP },
      );
      break;
    default:
      console.error(`unknown command: ${command}\n${HELP}`);
      process.exitCode = 2;
  }
  await handle.close();
}

main(process.argv[2], process.argv.slice(3)).catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
