import { insertBatches } from '@jiceng/plugin-kit';
import { ORG_KINDS } from '../../shared/model';
import { S } from '../common';
import { bulk, dayIn, PUBLISHED } from './data';
import type { World } from './world';

/** 小区"兼合式"党组织: alone, or jointly over neighbouring compounds with few resident members. */
export async function seedCompoundOrgs(s: World) {
  const { db, cityId, random, progress, rnd, compounds, buildings, communityOfCompound, residents } = s;
  const perCommunity = new Map<number, { id: number; name: string; residents: number }[]>();
  for (const c of compounds) {
    const community = communityOfCompound.get(c.id);
    if (community == null) continue;
    if (!perCommunity.has(community)) perCommunity.set(community, []);
    perCommunity
      .get(community)!
      .push({ id: c.id, name: c.name, residents: residents.get(c.id)?.length ?? 0 });
  }
  const coverable = [...perCommunity.values()].reduce((s, l) => s + l.length, 0);
  const uncovered = Math.min(
    coverable,
    Math.max(
      compounds.length ? 1 : 0,
      rnd((PUBLISHED.uncoveredCompounds * compounds.length) / PUBLISHED.compounds),
    ),
  );
  // The newest compound of some communities is still uncovered.
  const uncoveredIds = new Set<number>();
  for (const list of [...perCommunity.values()].sort(() => random() - 0.5)) {
    if (uncoveredIds.size >= uncovered) break;
    if (list.length > 1) uncoveredIds.add(list[list.length - 1]!.id);
  }
  const targetOrgs = Math.max(1, rnd((PUBLISHED.compoundOrgs * compounds.length) / PUBLISHED.compounds));
  type Group = { community: number; items: { id: number; name: string; residents: number }[] };
  const groups: Group[] = [];
  for (const [community, list] of perCommunity)
    for (const item of list) if (!uncoveredIds.has(item.id)) groups.push({ community, items: [item] });
  const size = (g: Group) => g.items.reduce((s, i) => s + i.residents, 0);
  // Merge the neighbouring pair with the fewest resident members until the published number of orgs remains.
  while (groups.length > targetOrgs) {
    let best = -1;
    let bestSize = Number.POSITIVE_INFINITY;
    for (let i = 0; i + 1 < groups.length; i++) {
      if (
        groups[i]!.community !== groups[i + 1]!.community ||
        groups[i]!.items.length + groups[i + 1]!.items.length > 3
      )
        continue;
      const s = size(groups[i]!) + size(groups[i + 1]!);
      if (s < bestSize) {
        bestSize = s;
        best = i;
      }
    }
    if (best < 0) break;
    groups[best]!.items.push(...groups[best + 1]!.items);
    groups.splice(best + 1, 1);
  }
  progress('compound orgs', 0, groups.length);
  const groupOrgIds = await insertBatches(
    db,
    'core.org',
    groups.map((g) => ({
      city_id: cityId,
      parent_id: g.community,
      kind: ORG_KINDS.compoundOrg,
      name:
        g.items.length > 1
          ? `${g.items.map((i) => i.name).join('、')}联合党支部`
          : `${g.items[0]!.name}党支部`,
      place_id: g.items[0]!.id,
    })),
  );
  await bulk(
    db,
    `${S}.compound_org`,
    groups.map((g, i) => ({
      city_id: cityId,
      org_id: groupOrgIds[i],
      community_org_id: g.community,
      formed_on: dayIn(random, '2017-03-01', '2018-09-30'),
    })),
  );
  const orgOfCompound = new Map<number, number>();
  await bulk(
    db,
    `${S}.compound_coverage`,
    groups.flatMap((g, i) =>
      g.items.map((item) => {
        orgOfCompound.set(item.id, groupOrgIds[i]!);
        return { city_id: cityId, compound_place_id: item.id, org_id: groupOrgIds[i] };
      }),
    ),
  );
  // Building party groups where a compound org has many resident members and the buildings are drawn.
  const compoundName = new Map(compounds.map((c) => [c.id, c.name]));
  const buildingGroups = buildings.filter(
    (b) => orgOfCompound.has(b.parent_id!) && (residents.get(b.parent_id!)?.length ?? 0) >= 20,
  );
  await insertBatches(
    db,
    'core.org',
    buildingGroups.map((b) => ({
      city_id: cityId,
      parent_id: orgOfCompound.get(b.parent_id!),
      kind: ORG_KINDS.buildingGroup,
      name: `${compoundName.get(b.parent_id!)}${b.name}党小组`,
      place_id: b.id,
    })),
  );
  progress('compound orgs', groups.length, groups.length);
  return { orgOfCompound };
}

export type CompoundOrgs = Awaited<ReturnType<typeof seedCompoundOrgs>>;
