import { addDays, daysBetween, intBetween, pick, weighted } from '@jiceng/plugin-kit';
import { SUPPLY_CATEGORIES } from '../../shared/terms';
import type { Network } from './network';
import type { People } from './people';
import type { Row, SeedRun } from './run';
import { SUPPLY_TITLES } from './words';

/** Supply and demand lists (供需清单), matched into service projects. */
export async function seedSupply(run: SeedRun, network: Network, people: People) {
  const { cityId, random, demo, progress, ins, today, day, chance, person } = run;
  const { branches } = network;
  const { units } = people;
  progress('supply and demand', 0, 1);
  const listed = () => day(intBetween(random, 5, 360));
  const itemRows: Row[] = [];
  for (const b of branches)
    for (let k = 0; k < intBetween(random, 1, demo ? 3 : 2); k++) {
      const category = pick(random, SUPPLY_CATEGORIES);
      itemRows.push({
        city_id: cityId,
        side: 'need',
        grid_org_id: b.org_id,
        unit_id: null,
        category,
        title: SUPPLY_TITLES[category]![0],
        detail: null,
        status: 'open',
        listed_on: listed(),
        withdraw_reason: null,
      });
    }
  for (const u of units)
    for (let k = 0; k < intBetween(random, 2, 6); k++) {
      const category = pick(random, SUPPLY_CATEGORIES);
      itemRows.push({
        city_id: cityId,
        side: 'offer',
        grid_org_id: null,
        unit_id: u.id,
        category,
        title: SUPPLY_TITLES[category]![1],
        detail: null,
        status: 'open',
        listed_on: listed(),
        withdraw_reason: null,
      });
    }
  const offers = itemRows.map((r, i) => ({ r, i })).filter((x) => x.r.side === 'offer');
  const taken = new Set<number>();
  const projectPlans: { need: number; offer: number; row: Row }[] = [];
  for (const [needIndex, need] of itemRows.entries()) {
    if (need.side !== 'need') continue;
    if (!chance(0.66)) {
      if (chance(0.05)) Object.assign(need, { status: 'withdrawn', withdraw_reason: '需求已由社区自行解决' });
      continue;
    }
    const offer =
      offers.find((o) => !taken.has(o.i) && o.r.category === need.category) ??
      offers.find((o) => !taken.has(o.i));
    if (!offer) break;
    const created = [need.listed_on as string, offer.r.listed_on as string].sort()[1]!;
    const startOn = addDays(created, intBetween(random, 3, 20));
    const endOn = addDays(startOn, intBetween(random, 30, 180));
    const age = daysBetween(created, today);
    const status = weighted<string>(
      random,
      age > 120
        ? { completed: 80, in_progress: 12, cancelled: 8 }
        : age > 30
          ? { completed: 35, in_progress: 55, planned: 5, cancelled: 5 }
          : { planned: 60, in_progress: 40 },
    );
    if (status !== 'cancelled') {
      // A cancelled project hands its need and offer back to the lists.
      taken.add(offer.i);
      need.status = 'matched';
      offer.r.status = 'matched';
    }
    const unit = units.find((u) => u.id === offer.r.unit_id)!;
    const grid = branches.find((g) => g.org_id === need.grid_org_id)!;
    projectPlans.push({
      need: needIndex,
      offer: offer.i,
      row: {
        city_id: cityId,
        grid_org_id: grid.org_id,
        unit_id: unit.id,
        title: `${grid.name}·${unit.name}${String(need.title).slice(0, 8)}项目`,
        owner_name: person(),
        content: `${unit.name}${offer.r.title}，回应${grid.name}“${need.title}”`,
        start_on: startOn,
        end_on: endOn,
        status,
        started_on: status === 'in_progress' || status === 'completed' ? [startOn, today].sort()[0] : null,
        completed_on:
          status === 'completed' ? [addDays(startOn, intBetween(random, 20, 150)), today].sort()[0] : null,
        created_on: created,
      },
    });
  }
  const itemIds = await ins('supply_item', itemRows);
  await ins(
    'service_project',
    projectPlans.map((p) => ({ ...p.row, need_id: itemIds[p.need], offer_id: itemIds[p.offer] })),
    'service projects',
  );
}
