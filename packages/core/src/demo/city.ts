import { fakerZH_CN as faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import type { CoreDatabase, MemberCategory } from '../db/schema';
import { seedDemoUsers } from './accounts';
import { insertBatches } from './bulk';
import { drawMember, idNumbers, uniqueNames } from './names';
import { seedOrgs, seedUnits } from './orgs';
import { seedPlaces } from './places';
import type { CitySpec, SeededCity, SeedProgress } from './spec';

/**
 * The city's core structure: places, orgs, units, members, co-building pairs, demo users and plugin enablement.
 * Every step draws from `random` in a fixed order, so a seed gives the same city on every machine.
 */
export async function seedCity(
  db: Kysely<CoreDatabase>,
  spec: CitySpec,
  options: { random: () => number; progress?: SeedProgress; pluginVersions?: Record<string, string> },
): Promise<SeededCity> {
  const { random } = options;
  const progress = options.progress ?? (() => {});
  faker.seed(Math.floor(random() * 1e9));
  const city = await db
    .insertInto('core.city')
    .values({
      code: spec.code,
      name_zh: spec.nameZh,
      name_en: spec.nameEn,
      level: spec.level,
      province: spec.province,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const cityId = city.id;
  const name = uniqueNames(random);

  const places = await seedPlaces(db, cityId, spec, random, name, progress);
  const { communityPlaceIds, compoundPlaceIds } = places;
  const { committeeOrgId, communityOrgIds, placeName } = await seedOrgs(db, cityId, spec, places, progress);
  const { unitIds, unitOrgIds } = await seedUnits(
    db,
    cityId,
    spec,
    random,
    name,
    { committeeOrgId, communityOrgIds },
    progress,
  );

  // Members.
  const world = {
    cityId,
    idNumber: idNumbers(spec.areaCode, random),
    compoundPlaceIds,
    unitIds,
    unitOrgIds,
    communityOrgOfPlace: new Map(communityPlaceIds.map((p, i) => [p, communityOrgIds[i]!])),
    communityOfCompound: new Map(compoundPlaceIds.map((p, i) => [p, places.compoundCommunity[i]!])),
    committeeOrgId,
    livesInside: spec.livesInCommunityShare ?? 0.93,
  };
  const rows: Record<string, unknown>[] = [];
  for (const [category, count] of Object.entries(spec.members) as [MemberCategory, number][])
    for (let i = 0; i < count; i++) rows.push(drawMember(random, category, world));
  await insertBatches(db, 'core.member', rows, (d, t) => progress('members', d, t));

  progress('users', 0, 1);
  const users = await seedDemoUsers(db, cityId, spec, {
    orgId: communityOrgIds[0]!,
    name: placeName.get(communityPlaceIds[0]!),
  });
  for (const pluginId of spec.plugins) {
    await db
      .insertInto('core.city_plugin')
      .values({
        city_id: cityId,
        plugin_id: pluginId,
        enabled: true,
        config: '{}',
        version: options.pluginVersions?.[pluginId] ?? '0.0.0',
      })
      .execute();
  }
  return {
    cityId,
    committeeOrgId,
    streetPlaceIds: places.streetPlaceIds,
    communityPlaceIds,
    communityOrgIds,
    compoundPlaceIds,
    gridPlaceIds: places.gridPlaceIds,
    unitIds,
    unitOrgIds,
    users,
  };
}
