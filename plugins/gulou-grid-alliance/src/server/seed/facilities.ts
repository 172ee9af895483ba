import { intBetween, pick } from '@jiceng/plugin-kit';
import type { Network } from './network';
import type { People } from './people';
import type { Row, SeedRun } from './run';
import { FACILITY_NAMES } from './words';

/** Facilities the units open to the public. */
export async function seedFacilities(run: SeedRun, network: Network, people: People) {
  const { cityId, random, ins, chance } = run;
  const { grids } = network;
  const { units } = people;
  const facilityRows: Row[] = [];
  for (const u of units) {
    if (!chance(0.45)) continue;
    for (const kind of [
      pick(random, ['parking', 'sports', 'toilet', 'meeting_room', 'library', 'canteen']),
      ...(chance(0.3) ? ['toilet'] : []),
    ]) {
      const night = kind === 'parking' || kind === 'sports';
      facilityRows.push({
        city_id: cityId,
        unit_id: u.id,
        kind,
        name: `${u.name}${FACILITY_NAMES[kind]}`,
        address: null,
        place_id: pick(random, grids).community_place_id,
        days: night ? '1111111' : kind === 'toilet' ? '1111111' : '1111100',
        opens_at: night ? '18:00' : kind === 'toilet' ? '07:00' : '09:00',
        closes_at: night ? '23:00' : kind === 'toilet' ? '21:00' : '17:30',
        capacity: kind === 'parking' ? intBetween(random, 20, 150) : null,
        note: kind === 'parking' ? '工作日夜间及节假日向居民开放' : null,
        active: true,
      });
    }
  }
  await ins('facility', facilityRows);
}
