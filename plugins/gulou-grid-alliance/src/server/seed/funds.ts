import { intBetween, pick } from '@jiceng/plugin-kit';
import type { Network } from './network';
import type { People } from './people';
import type { Row, SeedRun } from './run';

/** Grid funds of last year and this year by source; a few branches fall short of the floor. */
export async function seedFunds(run: SeedRun, network: Network, people: People) {
  const { cityId, random, ins, today, year, day, chance } = run;
  const { branches } = network;
  const { units } = people;
  const fundRows: Row[] = [];
  for (const b of branches) {
    for (const y of [year - 1, year]) {
      const current = y === year;
      const fiscal = chance(current ? 0.9 : 0.97) ? 2500 : intBetween(random, 15, 24) * 100;
      fundRows.push({
        city_id: cityId,
        grid_org_id: b.org_id,
        year: y,
        source: 'fiscal',
        amount: fiscal,
        unit_id: null,
        received_on: current
          ? [`${y}-02-${String(intBetween(random, 10, 28)).padStart(2, '0')}`, today].sort()[0]
          : `${y}-02-20`,
        note: null,
      });
      if (chance(current ? 0.25 : 0.4) && units.length) {
        const received = current
          ? day(intBetween(random, 0, 120))
          : `${y}-${String(intBetween(random, 3, 11)).padStart(2, '0')}-15`;
        if (Number(received.slice(0, 4)) === y)
          fundRows.push({
            city_id: cityId,
            grid_org_id: b.org_id,
            year: y,
            source: 'co_building',
            amount: intBetween(random, 5, 20) * 100,
            unit_id: pick(random, units).id,
            received_on: received,
            note: '共建单位支持',
          });
      }
      if (chance(0.12))
        fundRows.push({
          city_id: cityId,
          grid_org_id: b.org_id,
          year: y,
          source: 'donation',
          amount: intBetween(random, 2, 8) * 100,
          unit_id: null,
          received_on: current ? [`${y}-03-01`, today].sort()[0] : `${y}-06-01`,
          note: '社会捐赠',
        });
    }
  }
  await ins(
    'fund',
    fundRows.filter((f) => (f.received_on as string) <= today),
    'funds',
  );
}
