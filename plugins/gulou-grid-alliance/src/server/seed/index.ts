import type { PluginContext, PluginSeedInput } from '@jiceng/plugin-kit';
import type { Config } from '../../manifest';
import type { GulouTables } from '../db';
import { seedAlliance } from './alliance';
import { seedCouncils } from './councils';
import { seedDemands } from './demands';
import { seedFacilities } from './facilities';
import { seedFunds } from './funds';
import { seedNetwork } from './network';
import { seedPeople } from './people';
import { seedRun } from './run';
import { seedSupply } from './supply';
import { seedVolunteerHours } from './volunteer';
import { seedWorkers } from './workers';

/*
 * Demo data for 鼓楼 at the published scale (source 001): every one of the 534 grids gets its party branch and
 * building groups, a grid worker with career steps, a consultation council; streets and communities get their
 * grand committees and councils with part-time members; a 29-unit alliance with a year of meetings; supply/demand
 * lists matched into service projects; a facility catalogue; a year of resident demands in the five ledgers with
 * realistic lifecycles; volunteer micro-hours; two years of grid funds. Rates are never stored: they come out of
 * these records. Everything is anchored on the injected clock's today.
 *
 * One file per step, run in this order: the steps draw from one random stream, so the order is part of the data
 * (moving a step changes every figure after it).
 */
export async function seed(ctx: PluginContext<Config, GulouTables>, input: PluginSeedInput) {
  const run = seedRun(ctx, input);
  const network = await seedNetwork(run);
  if (!network) return;
  const people = await seedPeople(run, network);
  await seedWorkers(run, network);
  const councils = await seedCouncils(run, network, people);
  await seedAlliance(run, network, people);
  await seedSupply(run, network, people);
  await seedFacilities(run, network, people);
  await seedDemands(run, network, people, councils);
  await seedVolunteerHours(run, people);
  await seedFunds(run, network, people);
  // No statistics here: both callers (the demo seeder and seedPluginIntoCity) analyze core and this model's tables
  // after the seed (PGlite runs no autovacuum).
}
