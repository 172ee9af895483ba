import { insertBatches, intBetween } from '@jiceng/plugin-kit';
import { BUILDING_GROUP_KIND, GRID_BRANCH_KIND } from '../../shared/terms';
import { insertPlain, type SeedRun } from './run';

/** The network: a party branch over every grid (with its grid_info), building groups under each. */
export async function seedNetwork(run: SeedRun) {
  const { db, cityId, random, demo, progress, t } = run;
  progress('grid branches', 0, 1);
  const grids = await db
    .selectFrom('core.place as g')
    .innerJoin('core.place as cp', (j) =>
      j.onRef('cp.city_id', '=', 'g.city_id').onRef('cp.id', '=', 'g.parent_id'),
    )
    .innerJoin('core.org as co', (j) =>
      j.onRef('co.city_id', '=', 'cp.city_id').onRef('co.place_id', '=', 'cp.id'),
    )
    .select([
      'g.id as place_id',
      'g.name',
      'cp.id as community_place_id',
      'cp.name as community_name',
      'co.id as community_org_id',
      'co.parent_id as street_org_id',
    ])
    .where('g.city_id', '=', cityId)
    .where('g.kind', '=', 'grid')
    .where('co.kind', 'like', 'community%')
    .orderBy('g.id')
    .execute();
  if (!grids.length) return null;
  const branchIds = await insertBatches(
    db,
    'core.org',
    grids.map((g) => ({
      city_id: cityId,
      parent_id: g.community_org_id,
      kind: GRID_BRANCH_KIND,
      name: `${g.community_name}${g.name}党支部`,
      place_id: g.place_id,
    })),
  );
  const branches = grids.map((g, i) => ({ ...g, org_id: branchIds[i]! }));
  await insertPlain(
    db,
    t('grid_info'),
    branches.map((b) => ({
      city_id: cityId,
      org_id: b.org_id,
      place_id: b.place_id,
      households: intBetween(random, 280, 1400),
      established_on: `2016-${String(intBetween(random, 6, 12)).padStart(2, '0')}-01`,
    })),
  );
  const groupRows = branches.flatMap((b) =>
    Array.from({ length: intBetween(random, 2, demo ? 4 : 2) }, (_, i) => ({
      city_id: cityId,
      parent_id: b.org_id,
      kind: BUILDING_GROUP_KIND,
      name: `${b.name}${i + 1}号楼党小组`,
      place_id: null,
    })),
  );
  await insertBatches(db, 'core.org', groupRows, (d, n) => progress('building groups', d, n));
  const byCommunity = new Map<number, typeof branches>();
  for (const b of branches)
    byCommunity.set(b.community_place_id, [...(byCommunity.get(b.community_place_id) ?? []), b]);
  const communities = [...new Map(branches.map((b) => [b.community_org_id, b])).values()];
  const streetOrgIds = [...new Set(branches.map((b) => b.street_org_id))].filter(
    (x): x is number => x != null,
  );
  return { grids, branches, byCommunity, communities, streetOrgIds };
}
export type Network = NonNullable<Awaited<ReturnType<typeof seedNetwork>>>;
