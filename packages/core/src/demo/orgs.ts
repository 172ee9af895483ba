import type { Kysely } from 'kysely';
import type { CoreDatabase } from '../db/schema';
import { insertBatches } from './bulk';
import { drawUnitKinds, unitName } from './names';
import { pick } from './random';
import type { CitySpec, SeedProgress } from './spec';

type Db = Kysely<CoreDatabase>;

/** Orgs mirror the places down to communities; compound and grid orgs are the models' own (their plugins seed them). */
export async function seedOrgs(
  db: Db,
  cityId: number,
  spec: CitySpec,
  places: { streetPlaceIds: number[]; communityPlaceIds: number[]; communityStreet: number[] },
  progress: SeedProgress,
) {
  const { streetPlaceIds, communityPlaceIds, communityStreet } = places;
  progress('orgs', 0, 1);
  const committee = await db
    .insertInto('core.org')
    .values({
      city_id: cityId,
      parent_id: null,
      kind: 'city_committee',
      name: spec.committeeName,
      place_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const placeName = new Map<number, string>();
  for (const p of await db
    .selectFrom('core.place')
    .select(['id', 'name'])
    .where('city_id', '=', cityId)
    .where('kind', 'in', ['street', 'town', 'community'])
    .execute())
    placeName.set(p.id, p.name);
  const streetOrgIds = await insertBatches(
    db,
    'core.org',
    streetPlaceIds.map((placeId) => ({
      city_id: cityId,
      parent_id: committee.id,
      kind: 'street_working_committee',
      name: `${placeName.get(placeId)}党工委`,
      place_id: placeId,
    })),
  );
  const streetOrgOf = new Map(streetPlaceIds.map((p, i) => [p, streetOrgIds[i]!]));
  const communityOrgIds = await insertBatches(
    db,
    'core.org',
    communityPlaceIds.map((placeId, i) => ({
      city_id: cityId,
      parent_id: streetOrgOf.get(communityStreet[i]!)!,
      kind: 'community_committee',
      name: `${placeName.get(placeId)}党委`,
      place_id: placeId,
    })),
  );
  return { committeeOrgId: committee.id, communityOrgIds, placeName };
}

/**
 * Units, each with its own party org under the organs working committee (机关工委) or the two-new committee,
 * each unit's org paired (结对共建) with a community org, so members living outside communities have a target.
 */
export async function seedUnits(
  db: Db,
  cityId: number,
  spec: CitySpec,
  random: () => number,
  name: (suffix: string) => string,
  orgs: { committeeOrgId: number; communityOrgIds: number[] },
  progress: SeedProgress,
) {
  progress('units', 0, spec.units);
  const organs = await db
    .insertInto('core.org')
    .values({
      city_id: cityId,
      parent_id: orgs.committeeOrgId,
      kind: 'organs_working_committee',
      name: `${spec.nameZh}直属机关工委`,
      place_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const unitKinds = drawUnitKinds(random, spec.units, spec.unitKinds);
  const unitNames = unitKinds.map((kind, i) => unitName(random, name, spec.nameZh, kind, i));
  const unitOrgIds = await insertBatches(
    db,
    'core.org',
    unitNames.map((n, i) => ({
      city_id: cityId,
      parent_id: organs.id,
      kind: unitKinds[i] === 'organ' ? 'unit_committee' : 'unit_branch',
      name: `${n}党${unitKinds[i] === 'organ' ? '委' : '支部'}`,
      place_id: null,
    })),
  );
  const unitIds = await insertBatches(
    db,
    'core.unit',
    unitNames.map((n, i) => ({
      city_id: cityId,
      name: n,
      kind: unitKinds[i]!,
      level: unitKinds[i] === 'organ' ? pick(random, ['city', 'county', 'province'] as const) : 'county',
      org_id: unitOrgIds[i]!,
      address: null,
    })),
  );
  await insertBatches(
    db,
    'core.org_link',
    unitOrgIds.map((orgId, i) => ({
      city_id: cityId,
      kind: 'co_building',
      from_org_id: orgId,
      to_org_id: orgs.communityOrgIds[i % orgs.communityOrgIds.length]!,
      since: '2017-03-01',
      note: null,
    })),
  );
  return { unitIds, unitOrgIds };
}
