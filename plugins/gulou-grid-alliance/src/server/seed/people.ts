import { insertBatches, intBetween, pick } from '@jiceng/plugin-kit';
import type { Network } from './network';
import type { SeedRun } from './run';

/** Members affiliated with a grid of the community they live in, and the units they work in. */
export async function seedPeople(run: SeedRun, network: Network) {
  const { db, cityId, random, progress } = run;
  const { byCommunity } = network;
  const members = await db
    .selectFrom('core.member as m')
    .leftJoin('core.place as p', (j) =>
      j.onRef('p.city_id', '=', 'm.city_id').onRef('p.id', '=', 'm.residence_place_id'),
    )
    .select(['m.id', 'm.name', 'm.category', 'm.unit_id', 'p.parent_id as community_place_id'])
    .where('m.city_id', '=', cityId)
    .where('m.active', '=', true)
    .orderBy('m.id')
    .execute();
  const gridOfMember = new Map<number, Network['branches'][number]>();
  for (const m of members) {
    const options = m.community_place_id ? byCommunity.get(m.community_place_id) : undefined;
    if (options?.length) gridOfMember.set(m.id, pick(random, options));
  }
  await insertBatches(
    db,
    'core.member_affiliation',
    [...gridOfMember.entries()].map(([memberId, g]) => ({
      city_id: cityId,
      member_id: memberId,
      kind: 'grid',
      org_id: g.org_id,
      place_id: g.place_id,
      since: `${intBetween(random, 2017, 2024)}-0${intBetween(random, 1, 9)}-01`,
      until: null,
      note: null,
    })),
    (d, n) => progress('grid affiliations', d, n),
  );
  const membersOfGrid = new Map<number, number[]>();
  for (const [m, g] of gridOfMember) membersOfGrid.set(g.org_id, [...(membersOfGrid.get(g.org_id) ?? []), m]);
  const memberName = new Map(members.map((m) => [m.id, m.name]));

  // ---- Units.
  const units = await db
    .selectFrom('core.unit')
    .select(['id', 'name', 'kind', 'level', 'org_id'])
    .where('city_id', '=', cityId)
    .orderBy('id')
    .execute();
  const membersOfUnit = new Map<number, number[]>();
  for (const m of members)
    if (m.unit_id) membersOfUnit.set(m.unit_id, [...(membersOfUnit.get(m.unit_id) ?? []), m.id]);
  const twoNew = units.filter((u) => u.kind === 'new_economic' || u.kind === 'new_social');
  return { members, gridOfMember, membersOfGrid, memberName, units, membersOfUnit, twoNew };
}
export type People = Awaited<ReturnType<typeof seedPeople>>;
