// Bulk-load benchmark of the roster import: see bench/README.md.
//   pnpm --filter @jiceng/bench import -- [--rows 37455,370000] [--db postgres,pglite] [--measure copy,csv,xlsx] [--repeat 3]
// Each line is the median of the runs; peak RSS is the highest of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_CITIES } from '@jiceng/api';
import { coreMigrationSet, createDatabase, type DatabaseHandle, migrateToLatest } from '@jiceng/core';
import { seedCity, seededRandom } from '@jiceng/core/demo';
import {
  adminSql,
  BENCH_DIR,
  CITY_CODE,
  type DbKind,
  type Measure,
  type OneArgs,
  type OneResult,
  pgUrl,
  sizeDir,
  withDatabase,
} from './common';
import { generateRosters, loadStructure, type Structure } from './generate';

const here = dirname(fileURLToPath(import.meta.url));
const benchRoot = join(here, '..');

function option(name: string, fallback: string): string[] {
  const i = process.argv.indexOf(`--${name}`);
  return (i > 0 ? process.argv[i + 1]! : fallback).split(',').filter(Boolean);
}
const sizes = option('rows', '37455,370000').map(Number);
const dbs = option('db', 'postgres,pglite') as DbKind[];
const measures = option('measure', 'copy,csv,xlsx') as Measure[];
/** Keep the template database and dump for another run (--keep), and use them if present (--reuse). */
const keep = process.argv.includes('--keep');
const reuse = process.argv.includes('--reuse');
const repeat = Number(option('repeat', '3')[0]) || 1;

/** Longyan's structure (22 streets, 132 communities, 1,469 compounds, 890 units with their orgs), no members. */
async function seedStructure(db: DatabaseHandle['db']) {
  const spec = DEMO_CITIES.find((c) => c.code === CITY_CODE)!;
  await migrateToLatest(db, [coreMigrationSet]);
  const seeded = await seedCity(
    db,
    { ...spec, members: {}, plugins: [] },
    { random: seededRandom(20261123) },
  );
  return seeded.cityId;
}

async function templates(): Promise<{ template: Record<DbKind, string>; structure: Structure }> {
  mkdirSync(BENCH_DIR, { recursive: true, mode: 0o755 });
  const template = {} as Record<DbKind, string>;
  const structures: Structure[] = [];
  if (reuse) {
    const h = await createDatabase({ url: withDatabase(pgUrl(), 'jiceng_bench_template'), poolSize: 1 });
    try {
      const city = await h.db
        .selectFrom('core.city')
        .select('id')
        .where('code', '=', CITY_CODE)
        .executeTakeFirstOrThrow();
      const structure = await loadStructure(h.db, city.id);
      return {
        template: { postgres: 'jiceng_bench_template', pglite: join(BENCH_DIR, 'pglite-template.tar.gz') },
        structure,
      };
    } finally {
      await h.close();
    }
  }
  if (dbs.includes('postgres')) {
    const name = 'jiceng_bench_template';
    await adminSql(`drop database if exists ${name} with (force)`);
    await adminSql(`create database ${name}`);
    const h = await createDatabase({ url: withDatabase(pgUrl(), name), poolSize: 2 });
    try {
      structures.push(await loadStructure(h.db, await seedStructure(h.db)));
    } finally {
      await h.close();
    }
    template.postgres = name;
  }
  if (dbs.includes('pglite')) {
    const h = await createDatabase();
    try {
      structures.push(await loadStructure(h.db, await seedStructure(h.db)));
      const file = join(BENCH_DIR, 'pglite-template.tar.gz');
      writeFileSync(file, Buffer.from(await (await h.pglite!.dumpDataDir('gzip')).arrayBuffer()));
      template.pglite = file;
    } finally {
      await h.close();
    }
  }
  // One set of files serves both databases only if the seeded ids agree (same seed, same identity sequences).
  if (structures.length === 2 && JSON.stringify(structures[0]) !== JSON.stringify(structures[1]))
    throw new Error('the seeded structures differ between PostgreSQL and PGlite');
  return { template, structure: structures[0]! };
}

function runOne(args: OneArgs): OneResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'one.ts'), JSON.stringify(args)], {
    cwd: benchRoot,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{'))
    throw new Error(`${args.db} ${args.measure} ${args.rows}: exit ${r.status}\n${r.stderr}\n${r.stdout}`);
  return JSON.parse(line) as OneResult;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const mbOf = (path: string) => (statSync(path).size / 1024 / 1024).toFixed(1);

async function main() {
  console.log(`bench/import: rows ${sizes.join(', ')} on ${dbs.join(', ')}; files in ${BENCH_DIR}`);
  const t = performance.now();
  const { template, structure } = await templates();
  console.log(
    `templates ready in ${((performance.now() - t) / 1000).toFixed(1)} s: ${structure.units.length} units, ${structure.communities.length} communities`,
  );
  const results: OneResult[] = [];
  for (const rows of sizes) {
    const dir = sizeDir(rows);
    const g = performance.now();
    if (!reuse || !existsSync(join(dir, 'roster.xlsx'))) await generateRosters(structure, rows, dir);
    console.log(
      `\n${fmt(rows)} members generated in ${((performance.now() - g) / 1000).toFixed(1)} s: roster.csv ${mbOf(join(dir, 'roster.csv'))} MB, roster.xlsx ${mbOf(join(dir, 'roster.xlsx'))} MB, normalized.csv ${mbOf(join(dir, 'normalized.csv'))} MB`,
    );
    for (const db of dbs) {
      // Interleaved (copy, csv, xlsx, copy, csv, xlsx, …) so that a burst of load elsewhere hits every kind alike.
      const runs = new Map<Measure, OneResult[]>(measures.map((m) => [m, []]));
      for (let i = 0; i < repeat; i++)
        for (const m of measures) {
          const r = runOne({ db, measure: m, rows, template: template[db], dir });
          runs.get(m)!.push(r);
          results.push(r);
          process.stdout.write(`    ${db} ${m} run ${i + 1}: ${r.seconds.toFixed(2)} s\n`);
        }
      const median = (m: Measure) => {
        const list = [...(runs.get(m) ?? [])].sort((a, b) => a.seconds - b.seconds);
        return list.length ? list[Math.floor((list.length - 1) / 2)]! : undefined;
      };
      const copy = median('copy');
      for (const m of measures) {
        const r = median(m)!;
        const rate = r.rows / r.seconds;
        const ratio = copy ? ` ${(rate / (copy.rows / copy.seconds)).toFixed(2)}× COPY` : '';
        const parts =
          r.checkSeconds !== undefined
            ? ` (check ${r.checkSeconds.toFixed(1)} s + merge ${r.mergeSeconds!.toFixed(1)} s)`
            : '';
        const peak = Math.max(...runs.get(m)!.map((x) => x.peakRssMb));
        console.log(
          `  ${db.padEnd(8)} ${m.padEnd(5)} ${r.seconds.toFixed(2).padStart(7)} s ${fmt(rate).padStart(9)} rows/s${ratio.padEnd(12)} peak RSS ${peak} MB (before ${r.rssBeforeMb} MB)${parts}${r.loaded === r.rows ? '' : `  LOADED ${r.loaded}!`}`,
        );
      }
    }
  }
  const summary = join(BENCH_DIR, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(summary, JSON.stringify(results, null, 2));
  console.log(`\ntargets: CSV ≥ 0.50× COPY, XLSX ≥ 0.25× COPY. Results: ${summary}`);
  if (template.postgres && !keep) await adminSql(`drop database if exists ${template.postgres} with (force)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
