import type { PluginContext, PluginSeedInput } from '@jiceng/plugin-kit';
import type { Config } from '../../manifest';
import type { LongyanTables } from '../db';
import { seedCoBuilding } from './co-building';
import { seedCompoundOrgs } from './compound-orgs';
import { seedGrids } from './grids';
import { seedPioneerTags } from './pioneer-tags';
import { seedPostsAndClaims } from './posts-and-claims';
import { seedRedCommittees } from './red-committees';
import { seedReports } from './reports';
import { seedServiceRecords } from './service-records';
import { loadWorld } from './world';

/**
 * The demo city's 报到 model, step by step in this order (each step draws from the one seeded random stream, so the
 * order is part of the figures): compound orgs, reports, posts and claims, service records, pioneer tags, grids,
 * co-building and red committees.
 */
export async function seed(ctx: PluginContext<Config, LongyanTables>, input: PluginSeedInput) {
  const world = await loadWorld(ctx, input);
  const withOrgs = { ...world, ...(await seedCompoundOrgs(world)) };
  const withReports = { ...withOrgs, ...(await seedReports(withOrgs)) };
  const withClaims = { ...withReports, ...(await seedPostsAndClaims(withReports)) };
  await seedServiceRecords(withClaims);
  await seedPioneerTags(withClaims);
  await seedGrids(withClaims);
  await seedCoBuilding(withClaims);
  await seedRedCommittees(withClaims);

  // No statistics here: both callers (the demo seeder and seedPluginIntoCity) analyze core and this model's tables
  // after the seed, and nothing above queries what it loaded.
}
