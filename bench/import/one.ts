// One measurement in its own process (so its peak memory is its own): a fresh database from the template, then a
// raw COPY of the pre-normalized rows, or the end-to-end import of roster.csv / roster.xlsx. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase, type DatabaseHandle, importFile, silentLogger, systemClock } from '@jiceng/core';
import { sql } from 'kysely';
import {
  adminSql,
  CITY_CODE,
  COPY_COLUMNS,
  type OneArgs,
  type OneResult,
  pgUrl,
  withDatabase,
} from './common';

const args = JSON.parse(process.argv[2]!) as OneArgs;
const mb = (kb: number) => Math.round(kb / 1024);

async function freshDatabase(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  if (args.db === 'pglite') {
    const handle = await createDatabase({ loadDataDir: new Blob([readFileSync(args.template)]) });
    return { handle, drop: async () => handle.close() };
  }
  const name = `jiceng_bench_run_${process.pid}`;
  await adminSql(`drop database if exists ${name}`);
  await adminSql(`create database ${name} template ${args.template}`);
  const handle = await createDatabase({ url: withDatabase(pgUrl(), name), poolSize: 4 });
  return {
    handle,
    drop: async () => {
      await handle.close();
      await adminSql(`drop database if exists ${name} with (force)`);
    },
  };
}

async function main() {
  const { handle, drop } = await freshDatabase();
  try {
    const city = await handle.db
      .selectFrom('core.city')
      .select('id')
      .where('code', '=', CITY_CODE)
      .executeTakeFirstOrThrow();
    const rssBefore = process.memoryUsage().rss / 1024;
    const result: Partial<OneResult> = {};
    const t0 = performance.now();
    if (args.measure === 'copy') {
      const file = join(args.dir, 'normalized.csv');
      const columns = COPY_COLUMNS.join(', ');
      if (args.db === 'postgres') {
        // Server-side COPY from the file: PostgreSQL's own fastest path, no client in between.
        await sql.raw(`copy core.member (${columns}) from '${file}' with (format csv)`).execute(handle.db);
      } else {
        // PGlite's fastest path: COPY from its /dev/blob device, fed the whole file.
        const blob = new Blob([readFileSync(file)]);
        await handle.pglite!.query(`copy core.member (${columns}) from '/dev/blob' with (format csv)`, [], {
          blob,
        });
      }
    } else {
      // Members only: no place attribute columns, so no plugins.
      const r = await importFile(
        { db: handle.db, clock: systemClock, logger: silentLogger, plugins: [] },
        {
          cityId: city.id,
          kind: 'members',
          path: join(args.dir, `roster.${args.measure}`),
          actor: { userId: null, access: { level: 'city', platform: false }, via: 'cli' },
          mode: 'all',
        },
      );
      if (r.job.status !== 'done')
        throw new Error(
          `import ended ${r.job.status}: ${JSON.stringify(r.job.failure)} ${JSON.stringify(r.problems.slice(0, 5))}`,
        );
      result.checkSeconds = r.ms.check / 1000;
      result.mergeSeconds = r.ms.merge / 1000;
    }
    const seconds = (performance.now() - t0) / 1000;
    const loaded = await handle.db
      .selectFrom('core.member')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('city_id', '=', city.id)
      .executeTakeFirstOrThrow();
    const out: OneResult = {
      db: args.db,
      measure: args.measure,
      rows: args.rows,
      loaded: Number(loaded.n),
      seconds,
      ...result,
      peakRssMb: mb(process.resourceUsage().maxRSS),
      rssBeforeMb: mb(rssBefore),
    };
    console.log(JSON.stringify(out));
  } finally {
    await drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
