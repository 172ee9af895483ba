import type { CoreDatabase, JicengPlugin, Logger } from '@jiceng/core';
import {
  pluginContext,
  pluginSchemaName,
  recordDemoSeed,
  refreshCity,
  sourcesOf,
  systemClock,
  toLocalDate,
} from '@jiceng/core';
import {
  analyzeSchemas,
  type CitySpec,
  type SeededCity,
  seedCity,
  seededRandom,
  seedPlatformAdmin,
} from '@jiceng/core/demo';
import type { Kysely } from 'kysely';
import { DEMO_CITIES } from './cities';

export type DemoProgress = (city: string, step: string, done: number, total: number) => void;

/** How long one seeding step took: from its first progress report to the next step's (or its city's commit). */
export interface SeedStepTime {
  city: string;
  step: string;
  ms: number;
}

/** Times the steps as their progress reports come in; the last step of a city ends when `close` is called. */
function stepClock() {
  const steps: SeedStepTime[] = [];
  let open: { city: string; step: string; at: number } | null = null;
  const close = () => {
    if (open) steps.push({ city: open.city, step: open.step, ms: Date.now() - open.at });
    open = null;
  };
  const mark = (city: string, step: string) => {
    if (open && open.city === city && open.step === step) return;
    close();
    open = { city, step, at: Date.now() };
  };
  return { steps, mark, close };
}

/** Seeds the platform admin and every demo city not yet present, then each enabled plugin's own demo data. */
export async function seedDemo(
  db: Kysely<CoreDatabase>,
  plugins: JicengPlugin<any>[],
  options: {
    logger: Logger;
    progress?: DemoProgress;
    /** Called once per finished step (in order); the CLI prints the slowest. */
    onStep?: (time: SeedStepTime) => void;
    cities?: CitySpec[];
    scale?: 'demo' | 'small';
  } = {
    logger: console,
  },
) {
  const clock = stepClock();
  const report = (city: string, step: string, done: number, total: number) => {
    clock.mark(city, step);
    options.progress?.(city, step, done, total);
  };
  const flush = () => {
    clock.close();
    for (const s of clock.steps.splice(0)) options.onStep?.(s);
  };
  await seedPlatformAdmin(db);
  const seeded: { spec: CitySpec; city: SeededCity }[] = [];
  for (const [index, spec] of (options.cities ?? DEMO_CITIES).entries()) {
    const exists = await db
      .selectFrom('core.city')
      .select('id')
      .where('code', '=', spec.code)
      .executeTakeFirst();
    if (exists) continue;
    const installed = spec.plugins.filter((id) => plugins.some((p) => p.id === id));
    const versions = Object.fromEntries(plugins.map((p) => [p.id, p.version]));
    // One transaction per city: an interrupted seed leaves no half city behind, and the next run redoes it.
    const city = await db.transaction().execute(async (trx) => {
      const city = await seedCity(
        trx,
        { ...spec, plugins: installed },
        {
          random: seededRandom(1000 + index),
          progress: (step, done, total) => report(spec.code, step, done, total),
          pluginVersions: versions,
        },
      );
      // Statistics before any plugin queries what was just loaded (see analyzeSchemas): without them Fugu's rules
      // planned nested loops for a city the statistics said had one member, and took minutes.
      report(spec.code, 'statistics', 0, 1);
      const written = new Map<string, number>();
      await analyzeSchemas(trx, ['core'], written);
      report(spec.code, 'statistics', 1, 1);
      // Marks what demo data the city holds, so `cli seed --plugin` and the admin console never load it twice.
      await recordDemoSeed(trx, city.cityId, 'core');
      const enabled = plugins.filter((p) => installed.includes(p.id));
      for (const plugin of enabled) {
        if (!plugin.seed) continue;
        await recordDemoSeed(trx, city.cityId, plugin.id);
        const ctx = pluginContext({ db: trx, clock: systemClock, logger: options.logger, plugins }, plugin);
        await plugin.seed(ctx, {
          cityId: city.cityId,
          scale: options.scale ?? 'demo',
          random: seededRandom(2000 + index),
          progress: (step, done, total) => report(spec.code, `${plugin.id}: ${step}`, done, total),
        });
      }
      // And after, for the next city's steps and the first dashboards: PGlite runs no autovacuum. Only the tables
      // written since the first pass (the models' own and the core tables they added to).
      report(spec.code, 'statistics after models', 0, 1);
      await analyzeSchemas(trx, ['core', ...enabled.map((p) => pluginSchemaName(p.id))], written);
      report(spec.code, 'statistics after models', 1, 1);
      return city;
    });
    flush();
    // The shared indicators' monthly snapshots for the last 12 months (trends, standard-period comparisons).
    report(spec.code, 'outcome snapshots', 0, 1);
    const enabled = plugins.filter((p) => installed.includes(p.id));
    const deps = { db, clock: systemClock, logger: options.logger, plugins };
    await refreshCity(deps, city.cityId, sourcesOf(enabled), toLocalDate(systemClock.now()), { all: true });
    report(spec.code, 'outcome snapshots', 1, 1);
    flush();
    seeded.push({ spec, city });
  }
  return seeded;
}

/** The closing lines of a seed's progress: the total and the three slowest steps. */
export function seedSummary(steps: SeedStepTime[], totalMs: number): string {
  const slowest = [...steps].sort((a, b) => b.ms - a.ms).slice(0, 3);
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return [
    `seed total ${s(totalMs)}; slowest steps:`,
    ...slowest.map((t) => `  ${s(t.ms).padStart(8)}  ${t.city} ${t.step}`),
  ].join('\n');
}
