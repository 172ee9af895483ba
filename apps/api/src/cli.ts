import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  consoleLogger,
  coreMigrationSet,
  createDatabase,
  IMPORT_KINDS,
  type ImportKind,
  importFile,
  jobView,
  isDemoCity,
  migrateToLatest,
  pluginSchemaName,
  seedPluginIntoCity,
  startScheduler,
  systemClock,
} from '@jiceng/core';
import { DEMO_PASSWORD } from '@jiceng/core/demo';
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

  const importRoster = async () => {
    let kind: string = 'members';
    let locale: 'zh-CN' | 'en' = 'zh-CN';
    let mode: 'all' | 'good_rows' = 'all';
    let dryRun = false;
    const positional: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--kind') kind = args[++i] ?? '';
      else if (a.startsWith('--kind=')) kind = a.slice(7);
      else if (a === '--good-rows-only') mode = 'good_rows';
      else if (a === '--dry-run') dryRun = true;
      else if (a === '--lang') locale = args[++i] === 'en' ? 'en' : 'zh-CN';
      else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${HELP}`);
      else positional.push(a);
    }
    const [cityCode, file] = positional;
    if (!cityCode || !file) throw new Error(`usage: import <city-code> <file> [options]\n${HELP}`);
    if (!IMPORT_KINDS.includes(kind as ImportKind))
      throw new Error(`--kind: one of ${IMPORT_KINDS.join(', ')}`);
    // pnpm runs scripts in apps/api; a relative path means the caller's directory.
    const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
    if (!existsSync(path)) throw new Error(`no such file: ${path}`);
    const city = await handle.db
      .selectFrom('core.city')
      .select(['id', 'name_zh'])
      .where('code', '=', cityCode)
      .executeTakeFirst();
    if (!city) throw new Error(`no city with code ${cityCode}`);
    const bar = progressPrinter();
    const en = locale === 'en';
    const result = await importFile(
      { db: handle.db, clock: systemClock, logger: consoleLogger },
      {
        cityId: city.id,
        kind: kind as ImportKind,
        path,
        actor: { userId: null, access: { level: 'city', platform: false }, via: 'cli' },
        mode,
        dryRun,
        locale,
        options: {
          onProgress: (e) => {
            if (e.phase === 'reading')
              bar(
                `${en ? 'reading' : '读取'} ${e.rows.toLocaleString()} ${en ? 'rows' : '行'}`,
                e.bytes,
                e.totalBytes,
              );
            else
              console.error(
                e.phase === 'checking' ? (en ? 'checking…' : '检查中…') : en ? 'importing…' : '写入中…',
              );
          },
        },
      },
    );
    const view = jobView(result.job, locale);
    const checked = jobView(result.checked, locale);
    if (checked.failure) {
      console.error(`✗ ${checked.failure.message}`);
      process.exitCode = 1;
      return;
    }
    const c = checked.counts;
    console.log(
      en
        ? `${city.name_zh}: ${c.totalRows} rows, ${c.goodRows} good, ${c.errorRows} with problems (${c.toInsert} new, ${c.toUpdate} changed, ${c.unchanged} unchanged)  [${(result.ms.check / 1000).toFixed(1)} s]`
        : `${city.name_zh}：共 ${c.totalRows} 行，无误 ${c.goodRows} 行，有问题 ${c.errorRows} 行（新增 ${c.toInsert}，变更 ${c.toUpdate}，未变 ${c.unchanged}）［${(result.ms.check / 1000).toFixed(1)} 秒］`,
    );
    for (const p of result.problems)
      console.log(
        `  ${en ? 'row' : '第'} ${p.row}${en ? '' : ' 行'}${p.column ? ` ${p.column}` : ''}: ${p.message}`,
      );
    if (result.problemTotal > result.problems.length)
      console.log(
        en
          ? `  … and ${result.problemTotal - result.problems.length} more (GET /api/cities/${cityCode}/roster/jobs/${view.id}/errors.xlsx)`
          : `  …… 另有 ${result.problemTotal - result.problems.length} 个问题（GET /api/cities/${cityCode}/roster/jobs/${view.id}/errors.xlsx）`,
      );
    if (dryRun) {
      if (c.errorRows) process.exitCode = 1;
      return;
    }
    if (view.status === 'done') {
      const d = view.counts;
      console.log(
        en
          ? `✓ imported: ${d.inserted} new, ${d.updated} updated, ${d.unchanged} unchanged, ${d.skipped} skipped  [${(result.ms.merge / 1000).toFixed(1)} s]`
          : `✓ 已导入：新增 ${d.inserted}，更新 ${d.updated}，未变 ${d.unchanged}，跳过 ${d.skipped}［${(result.ms.merge / 1000).toFixed(1)} 秒］`,
      );
    } else if (view.failure) {
      console.error(`✗ ${view.failure.message}`);
      process.exitCode = 1;
    } else {
      console.error(
        en
          ? '✗ nothing imported: fix the rows above, or run again with --good-rows-only'
          : '✗ 未导入：请修正以上各行，或加 --good-rows-only 只导入无误的行',
      );
      process.exitCode = 1;
    }
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
      await importRoster();
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
