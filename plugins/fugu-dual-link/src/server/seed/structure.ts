import type { SeedWorld } from './world';

/** The city's structure from core: communities and their places, co-building pairs, the active members. */
export async function loadStructure(w: SeedWorld) {
  const { db, city, progress } = w;
  // Structure from core.
  progress('structure', 0, 1);
  const communities = (await db
    .selectFrom('core.org as o')
    .leftJoin('core.place as p', (j) =>
      j.onRef('p.city_id', '=', 'o.city_id').onRef('p.id', '=', 'o.place_id'),
    )
    .select(['o.id', 'o.name', 'p.path'])
    .where('o.city_id', '=', city)
    .where('o.kind', '=', 'community_committee')
    .orderBy('o.id')
    .execute()) as { id: number; name: string; path: string | null }[];
  if (!communities.length) return undefined;
  const places = (await db
    .selectFrom('core.place')
    .select(['id', 'kind', 'parent_id', 'path'])
    .where('city_id', '=', city)
    .where('kind', 'in', ['compound', 'building'])
    .execute()) as {
    id: number;
    kind: string;
    parent_id: number;
    path: string;
  }[];
  const communityOfPlace = new Map<number, number>();
  for (const p of places) {
    const c = communities.find((x) => x.path && p.path.startsWith(x.path));
    if (c) communityOfPlace.set(p.id, c.id);
  }
  const buildingsOf = new Map<number, number[]>();
  for (const p of places)
    if (p.kind === 'building') buildingsOf.set(p.parent_id, [...(buildingsOf.get(p.parent_id) ?? []), p.id]);
  const links = await db
    .selectFrom('core.org_link')
    .select(['from_org_id', 'to_org_id'])
    .where('city_id', '=', city)
    .where('kind', '=', 'co_building')
    .execute();
  const pairedCommunity = new Map<number, number>();
  const pairedUnits = new Map<number, number[]>();
  for (const l of links) {
    if (!pairedCommunity.has(l.from_org_id)) pairedCommunity.set(l.from_org_id, l.to_org_id);
    pairedUnits.set(l.to_org_id, [...(pairedUnits.get(l.to_org_id) ?? []), l.from_org_id]);
  }
  const members = (await db
    .selectFrom('core.member')
    .select(['id', 'org_id', 'category', 'cadre_rank', 'residence_place_id', 'occupation', 'skills'])
    .where('city_id', '=', city)
    .where('active', '=', true)
    .orderBy('id')
    .execute()) as {
    id: number;
    org_id: number;
    category: string;
    cadre_rank: string;
    residence_place_id: number | null;
    occupation: string | null;
    skills: string | null;
  }[];
  const inService = members.filter((m) => m.category === 'in_service');
  const demoMemberId = inService[0]?.id;
  return {
    communities,
    communityOfPlace,
    buildingsOf,
    pairedCommunity,
    pairedUnits,
    members,
    inService,
    demoMemberId,
  };
}

export type Structure = NonNullable<Awaited<ReturnType<typeof loadStructure>>>;
