import type { CoreDatabase, JicengPlugin, Logger } from '@jiceng/core';
import { pluginContext, recordDemoSeed, systemClock } from '@jiceng/core';
import { type CitySpec, type SeededCity, seedCity, seededRandom, seedPlatformAdmin } from '@jiceng/core/demo';
import { type Kysely, sql } from 'kysely';
import { DEMO_CITIES } from './cities';

export type DemoProgress = (city: string, step: string, done: number, total: number) => void;

/** Seeds the platform admin and every demo city not yet present, then each enabled plugin's own demo data. */
export async function seedDemo(
  db: Kysely<CoreDatabase>,
  plugins: JicengPlugin<any>[],
  options: { logger: Logger; progress?: DemoProgress; cities?: CitySpec[]; scale?: 'demo' | 'small' } = {
    logger: console,
  },
) {
  const progress = options.progress ?? (() => {});
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
          progress: (step, done, total) => progress(spec.code, step, done, total),
          pluginVersions: versions,
        },
      );
      // Marks what demo data the city holds, so `cli seed --plugin` and the admin console never load it twice.
      await recordDemoSeed(trx, city.cityId, 'core');
      for (const plugin of plugins.filter((p) => installed.includes(p.id))) {
        if (!plugin.seed) continue;
        await recordDemoSeed(trx, city.cityId, plugin.id);
        const ctx = pluginContext({ db: trx, clock: systemClock, logger: options.logger, plugins }, plugin);
        await plugin.seed(ctx, {
          cityId: city.cityId,
          scale: options.scale ?? 'demo',
          random: seededRandom(2000 + index),
          progress: (step, done, total) => progress(spec.code, `${plugin.id}: ${step}`, done, total),
        });
      }
      return city;
    });
    seeded.push({ spec, city });
  }
  // Fresh statistics: PGlite runs no autovacuum, and without them the planner picks nested loops over the
  // freshly loaded tables (a dashboard query went from a minute to under a second).
  if (seeded.length) await sql`analyze`.execute(db);
  return seeded;
}
