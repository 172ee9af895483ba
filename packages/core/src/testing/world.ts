import type { Kysely } from 'kysely';
import type { CoreDatabase } from '../db/schema';
import { fixtures } from './fixtures';

export const PASSWORD = 'test-password-1';

/**
 * Two cities with the same small shape, and one user per role, for scope and isolation tests:
 *   committee → street → community1 → compound1 ; street → community2 ; committee → unitOrg
 */
export async function twoCityWorld(db: Kysely<CoreDatabase>) {
  const f = fixtures(db);
  async function city(code: string) {
    const city = await f.city(code, code);
    const streetPlace = await f.place(city.id, 'street', `${code}街道`);
    const communityPlace1 = await f.place(city.id, 'community', `${code}一社区`, streetPlace.id);
    const communityPlace2 = await f.place(city.id, 'community', `${code}二社区`, streetPlace.id);
    const compoundPlace = await f.place(city.id, 'compound', `${code}小区`, communityPlace1.id);
    const committee = await f.org(city.id, 'city_committee', `${code}市委`);
    const street = await f.org(
      city.id,
      'street_working_committee',
      `${code}街道党工委`,
      committee.id,
      streetPlace.id,
    );
    const community1 = await f.org(
      city.id,
      'community_committee',
      `${code}一社区党委`,
      street.id,
      communityPlace1.id,
    );
    const community2 = await f.org(
      city.id,
      'community_committee',
      `${code}二社区党委`,
      street.id,
      communityPlace2.id,
    );
    const compound1 = await f.org(
      city.id,
      'compound_branch',
      `${code}小区党支部`,
      community1.id,
      compoundPlace.id,
    );
    const unitOrg = await f.org(city.id, 'unit_branch', `${code}单位党支部`, committee.id);
    const unit = await f.unit(city.id, `${code}单位`, unitOrg.id);
    const m1 = await f.member(city.id, community1.id, {
      name: `${code}甲`,
      residence_place_id: compoundPlace.id,
    });
    const m2 = await f.member(city.id, compound1.id, { name: `${code}乙` });
    const m3 = await f.member(city.id, community2.id, { name: `${code}丙` });
    const m4 = await f.member(city.id, unitOrg.id, { name: `${code}丁`, unit_id: unit.id });
    const cityAdmin = await f.user(`${code}-admin`, PASSWORD, [{ role: 'city_admin', cityId: city.id }]);
    const orgAdmin = await f.user(`${code}-org`, PASSWORD, [
      { role: 'org_admin', cityId: city.id, orgId: community1.id },
    ]);
    const memberUser = await f.user(`${code}-member`, PASSWORD, [{ role: 'member', cityId: city.id }], m1.id);
    return {
      city,
      places: {
        street: streetPlace,
        community1: communityPlace1,
        community2: communityPlace2,
        compound: compoundPlace,
      },
      orgs: { committee, street, community1, community2, compound1, unitOrg },
      unit,
      members: { m1, m2, m3, m4 },
      users: { cityAdmin, orgAdmin, memberUser },
    };
  }
  const a = await city('aa');
  const b = await city('bb');
  const platformAdmin = await f.user('platform', PASSWORD, [{ role: 'platform_admin' }]);
  return { a, b, platformAdmin };
}
