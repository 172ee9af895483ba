import type { PluginContext, PluginSeedInput } from '@jiceng/plugin-kit';
import type { Config } from '../manifest';
import type { LuqiaoTables } from './db';
import { seedCentres } from './seed/centres';
import { seedCouncils } from './seed/councils';
import { seedElection } from './seed/election';
import { seedFlowingBranches } from './seed/flowing';
import { seedReceptionDays } from './seed/reception';
import { seedRegions } from './seed/regions';
import { startSeed } from './seed/run';
import { seedServiceRecords } from './seed/services';

/**
 * Demo data for Luqiao at the published scale (source 004 piece 3): regions drawn in the streets with their
 * 1+N+1 structure, the CBD's 127 registered members and 40 shops that 亮牌, the 方林汽车城 auto-trade
 * district with its co-building council and 30-odd flowing members, 83 service centres and stations over
 * three levels with their visit records, the CBD's direct election (1 secretary + 5 members), monthly
 * reception days, 丰城市焦坑乡驻台州流动党支部, and the service registered members give in their region
 * (奉献双岗位). Rates come out of the records; none is stored.
 */
export async function seed(ctx: PluginContext<Config, LuqiaoTables>, input: PluginSeedInput) {
  // One seeded random stream runs through the steps in this order: reordering them changes the demo city.
  const s = await startSeed(ctx, input);
  if (!s) return;
  const built = await seedRegions(s);
  await seedCentres(s, built);
  await seedCouncils(s, built);
  await seedElection(s, built);
  await seedReceptionDays(s, built);
  await seedFlowingBranches(s, built);
  // Appended last: it draws from the stream after every other step, so their data are unchanged.
  await seedServiceRecords(s);
  s.progress('done', 1, 1);
}
