import {
  consoleLogger,
  coreMigrationSet,
  createDatabase,
  migrateToLatest,
  pluginSchemaName,
  systemClock,
} from '@jiceng/core';
import { DEMO_PASSWORD } from '@jiceng/core/demo';
import { seedDemo } from './demo/seed';
import { progressPrinter } from './progress';
import { installedPlugins } from './registry';
import { startServer } from './server';
import { settings } from './settings';

const HELP = `jiceng <command>
  serve      start the API (and the built web shell)
  migrate    run core then every installed plugin's migrations (under an advisory lock)
  seed       create the five demo cities that are missing (with progress)
  demo       migrate + seed + serve: the one-command demo
Environment: DATABASE_URL=postgres://… (else PGlite in JICENG_DATA_DIR, default .data/pglite), PORT (3000), HOST`;

const migrationSets = () => [
  coreMigrationSet,
  ...installedPlugins.map((p) => ({ name: pluginSchemaName(p.id), migrations: p.migrations })),
];

async function main(command: string | undefined) {
  const cfg = settings();
  if (!command || command === 'help' || command === '--help') {
    console.log(HELP);
    return;
  }
  const started = Date.now();
  const handle = await createDatabase({ url: cfg.databaseUrl });
  const where = handle.kind === 'pglite' ? `PGlite at ${cfg.databaseUrl}` : 'PostgreSQL';
  const migrate = async () => {
    const applied = await migrateToLatest(handle.db, migrationSets(), (e) =>
      console.error(`  migrated ${e.set}/${e.migration}`),
    );
    console.error(`migrations: ${applied.length} applied on ${where}`);
  };
  const seed = async () => {
    const bar = progressPrinter();
    const seeded = await seedDemo(handle.db, installedPlugins, {
      logger: consoleLogger,
      progress: (city, step, d, t) => bar(`${city} ${step}`, d, t),
    });
    console.error(
      seeded.length ? `seeded ${seeded.map((s) => s.spec.nameZh).join('、')}` : 'demo cities already present',
    );
  };
  const serve = async () => {
    const server = await startServer({
      handle,
      plugins: installedPlugins,
      clock: systemClock,
      logger: consoleLogger,
      port: cfg.port,
      host: cfg.host,
      webRoot: cfg.webRoot,
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
    const stop = async () => {
      await server.close();
      await handle.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  };

  switch (command) {
    case 'migrate':
      await migrate();
      break;
    case 'seed':
      await migrate();
      await seed();
      break;
    case 'serve':
      await serve();
      return;
    case 'demo':
      await migrate();
      await seed();
      await serve();
      return;
    default:
      console.error(`unknown command: ${command}\n${HELP}`);
      process.exitCode = 2;
  }
  await handle.close();
}

main(process.argv[2]).catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
