import type { Kysely } from 'kysely';
import type { CoreDatabase } from '../db/schema';
import { insertBatches } from './bulk';
import { COMPOUND_SUFFIX } from './names';
import { intBetween, pick, spread, weighted } from './random';
import type { CitySpec, SeedProgress } from './spec';

export interface SeededPlaces {
  streetPlaceIds: number[];
  /** The street of each community, in community order. */
  communityStreet: number[];
  communityPlaceIds: number[];
  /** The community of each compound, in compound order. */
  compoundCommunity: number[];
  compoundPlaceIds: number[];
  gridPlaceIds: number[];
}

/** Places: 街道 → 社区 → 小区 → 楼栋, and 网格 over communities. */
export async function seedPlaces(
  db: Kysely<CoreDatabase>,
  cityId: number,
  spec: CitySpec,
  random: () => number,
  name: (suffix: string) => string,
  progress: SeedProgress,
): Promise<SeededPlaces> {
  progress('places', 0, 1);
  const streetKind = spec.level === 'county' ? 'town' : 'street';
  const streetPlaceIds = await insertBatches(
    db,
    'core.place',
    Array.from({ length: spec.streets }, () => ({
      city_id: cityId,
      parent_id: null,
      kind: streetKind,
      name: name(spec.level === 'county' ? '镇' : '街道'),
    })),
  );
  const communityStreet: number[] = [];
  spread(spec.communities, spec.streets).forEach((n, i) => {
    for (let k = 0; k < n; k++) communityStreet.push(streetPlaceIds[i]!);
  });
  // One draw per community and attribute, with the name; without attributes the draw is still taken, so every
  // demo city's names and members stay those of earlier releases.
  const attributeWeights = Object.entries(spec.communityAttributes ?? {});
  const drawn: Record<string, string>[] = [];
  const communityPlaceIds = await insertBatches(
    db,
    'core.place',
    communityStreet.map((streetId) => {
      const row = { city_id: cityId, parent_id: streetId, kind: 'community', name: name('社区') };
      if (attributeWeights.length)
        drawn.push(Object.fromEntries(attributeWeights.map(([key, w]) => [key, weighted(random, w)])));
      else random();
      return row;
    }),
  );
  const attributeRows = drawn.flatMap((values, i) =>
    Object.entries(values).map(([key, value]) => ({
      city_id: cityId,
      place_id: communityPlaceIds[i]!,
      key,
      value,
    })),
  );
  for (let i = 0; i < attributeRows.length; i += 5000)
    await db
      .insertInto('core.place_attribute')
      .values(attributeRows.slice(i, i + 5000))
      .execute();
  const compoundCommunity: number[] = [];
  spread(spec.compounds, spec.communities).forEach((n, i) => {
    for (let k = 0; k < n; k++) compoundCommunity.push(communityPlaceIds[i]!);
  });
  const compoundPlaceIds = await insertBatches(
    db,
    'core.place',
    compoundCommunity.map((communityId) => ({
      city_id: cityId,
      parent_id: communityId,
      kind: 'compound',
      name: name(pick(random, COMPOUND_SUFFIX)),
    })),
    (d, t) => progress('compounds', d, t),
  );
  if (spec.buildingsPerCompound) {
    const [min, max] = spec.buildingsPerCompound;
    const rows = compoundPlaceIds
      .slice(0, spec.buildingCompounds ?? compoundPlaceIds.length)
      .flatMap((compoundId) =>
        Array.from({ length: intBetween(random, min, max) }, (_, i) => ({
          city_id: cityId,
          parent_id: compoundId,
          kind: 'building',
          name: `${i + 1}号楼`,
        })),
      );
    await insertBatches(db, 'core.place', rows, (d, t) => progress('buildings', d, t));
  }
  let gridPlaceIds: number[] = [];
  if (spec.grids) {
    const rows: { city_id: number; parent_id: number; kind: string; name: string }[] = [];
    spread(spec.grids, spec.communities).forEach((n, i) => {
      for (let k = 0; k < n; k++)
        rows.push({
          city_id: cityId,
          parent_id: communityPlaceIds[i]!,
          kind: 'grid',
          name: `第${k + 1}网格`,
        });
    });
    gridPlaceIds = await insertBatches(db, 'core.place', rows, (d, t) => progress('grids', d, t));
  }
  return {
    streetPlaceIds,
    communityStreet,
    communityPlaceIds,
    compoundCommunity,
    compoundPlaceIds,
    gridPlaceIds,
  };
}
