import { sql } from 'kysely';
import { STAYING_UNIT_KINDS } from '../../shared/model';
import { type Db, type RegionRow, regionView, T } from '../common';

/** The SQL of the region's counts and its 1+N+1 tree (also read by the dashboard). */

/** Active members in each subtree, keyed by path. */
export async function membersUnder(db: Db, cityId: number, paths: string[]) {
  const out = new Map<string, number>();
  if (!paths.length) return out;
  const list = sql.join(paths.map((p) => sql`(${p}::text)`));
  const r = await sql<{ path: string; n: number }>`
    select p.path, count(m.id)::int as n
    from (values ${list}) as p(path)
    left join core.org o on o.city_id = ${cityId} and o.path like p.path || '%'
    left join core.member m on m.city_id = o.city_id and m.org_id = o.id and m.active
    group by p.path`.execute(db);
  for (const row of r.rows) out.set(row.path, row.n);
  return out;
}

export interface RegionCounts {
  unitCount: number;
  unitsWithOrg: number;
  unitsCoveredByCentre: number;
  unitsUncovered: number;
  nCount: number;
  workingMembers: number;
  registered: number;
  registeredViaCentre: number;
  shops: number;
}

/** Per region: units and their coverage, the N, members working there and registered (current state). */
export async function regionCounts(db: Db, cityId: number, regionIds: number[]) {
  const out = new Map<number, RegionCounts>();
  if (!regionIds.length) return out;
  for (const id of regionIds)
    out.set(id, {
      unitCount: 0,
      unitsWithOrg: 0,
      unitsCoveredByCentre: 0,
      unitsUncovered: 0,
      nCount: 0,
      workingMembers: 0,
      registered: 0,
      registeredViaCentre: 0,
      shops: 0,
    });
  const units = await sql<{ region_id: number; total: number; with_org: number; by_centre: number }>`
    select ru.region_id, count(*)::int as total,
           count(*) filter (where u.org_id is not null)::int as with_org,
           count(*) filter (where u.org_id is null and ru.centre_covered_since is not null)::int as by_centre
    from p_luqiao_regional.region_unit ru
    join core.unit u on u.city_id = ru.city_id and u.id = ru.unit_id
    where ru.city_id = ${cityId} and ru.region_id in (${sql.join(regionIds)})
    group by ru.region_id`.execute(db);
  for (const r of units.rows) {
    const o = out.get(r.region_id)!;
    o.unitCount = r.total;
    o.unitsWithOrg = r.with_org;
    o.unitsCoveredByCentre = r.by_centre;
    o.unitsUncovered = r.total - r.with_org - r.by_centre;
  }
  const n = await sql<{ region_id: number; n: number }>`
    select region_id, count(*)::int as n from p_luqiao_regional.n_org_move
    where city_id = ${cityId} and returned_at is null and region_id in (${sql.join(regionIds)}) group by region_id`.execute(
    db,
  );
  for (const r of n.rows) out.get(r.region_id)!.nCount = r.n;
  const regs = await sql<{ region_id: number; n: number; via_centre: number; shops: number }>`
    select region_id, count(*)::int as n, count(*) filter (where via = 'centre_org')::int as via_centre,
           count(*) filter (where shop_name is not null)::int as shops
    from p_luqiao_regional.registration
    where city_id = ${cityId} and ended_on is null and region_id in (${sql.join(regionIds)}) group by region_id`.execute(
    db,
  );
  for (const r of regs.rows) {
    const o = out.get(r.region_id)!;
    o.registered = r.n;
    o.registeredViaCentre = r.via_centre;
    o.shops = r.shops;
  }
  // Members working in the region: in one of its units, or registered there (flowing members without a unit here).
  const working = await sql<{ region_id: number; n: number }>`
    select region_id, count(distinct member_id)::int as n from (
      select ru.region_id, m.id as member_id
      from p_luqiao_regional.region_unit ru
      join core.member m on m.city_id = ru.city_id and m.unit_id = ru.unit_id and m.active
      where ru.city_id = ${cityId} and ru.region_id in (${sql.join(regionIds)})
      union all
      select g.region_id, g.member_id from p_luqiao_regional.registration g
      where g.city_id = ${cityId} and g.ended_on is null and g.region_id in (${sql.join(regionIds)})
    ) x group by region_id`.execute(db);
  for (const r of working.rows) out.get(r.region_id)!.workingMembers = r.n;
  return out;
}

/** The 1+N+1 tree of one region. */
export async function structureOf(db: Db, cityId: number, region: RegionRow) {
  const nRows = await db
    .selectFrom(`${T.move} as mv`)
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'mv.city_id').onRef('o.id', '=', 'mv.org_id'),
    )
    .leftJoin('core.org as prev', (j) =>
      j.onRef('prev.city_id', '=', 'mv.city_id').onRef('prev.id', '=', 'mv.previous_parent_id'),
    )
    .leftJoin('core.unit as u', (j) => j.onRef('u.city_id', '=', 'o.city_id').onRef('u.org_id', '=', 'o.id'))
    .select([
      'o.id',
      'o.name',
      'o.kind',
      'o.path',
      'o.parent_id',
      'mv.moved_at',
      'prev.name as previous_parent_name',
      'u.name as unit_name',
      'u.kind as unit_kind',
    ])
    .where('mv.city_id', '=', cityId)
    .where('mv.region_id', '=', region.id)
    .where('mv.returned_at', 'is', null)
    .orderBy('o.name')
    .execute();
  const centre = await db
    .selectFrom('core.org')
    .select(['id', 'name', 'path'])
    .where('city_id', '=', cityId)
    .where('id', '=', region.centre_org_id)
    .executeTakeFirstOrThrow();
  const branches = await db
    .selectFrom(`${T.branch} as b`)
    .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'b.city_id').onRef('o.id', '=', 'b.org_id'))
    .select(['b.id', 'o.id as org_id', 'o.name', 'o.path', 'o.parent_id', 'b.origin'])
    .where('b.city_id', '=', cityId)
    .where('o.path', 'like', `${region.regional_path}%`)
    .orderBy('b.id')
    .execute();
  const mass = await db
    .selectFrom(T.massOrg)
    .select(['id', 'kind', 'name', 'mirrors_org_id', 'leader_name'])
    .where('city_id', '=', cityId)
    .where('region_id', '=', region.id)
    .orderBy('id')
    .execute();
  const stayingOrgs = await db
    .selectFrom(`${T.regionUnit} as ru`)
    .innerJoin('core.unit as u', (j) =>
      j.onRef('u.city_id', '=', 'ru.city_id').onRef('u.id', '=', 'ru.unit_id'),
    )
    .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'u.city_id').onRef('o.id', '=', 'u.org_id'))
    .select(['o.id', 'o.name', 'u.name as unit_name', 'u.kind as unit_kind'])
    .where('ru.city_id', '=', cityId)
    .where('ru.region_id', '=', region.id)
    .where('u.kind', 'in', [...STAYING_UNIT_KINDS])
    .orderBy('o.id')
    .execute();
  const counts = await membersUnder(db, cityId, [
    region.regional_path,
    centre.path,
    ...nRows.map((n) => n.path),
    ...branches.map((b) => b.path),
  ]);
  const regCounts = await regionCounts(db, cityId, [region.id]);
  return {
    region: regionView(region),
    regionalOrg: {
      id: region.regional_org_id,
      name: region.regional_name,
      memberCount: counts.get(region.regional_path) ?? 0,
    },
    n: nRows.map((n) => ({
      orgId: n.id,
      name: n.name,
      kind: n.kind,
      unitName: n.unit_name,
      unitKind: n.unit_kind,
      movedAt: n.moved_at,
      previousParentName: n.previous_parent_name,
      underRegionalOrg: n.parent_id === region.regional_org_id,
      memberCount: counts.get(n.path) ?? 0,
    })),
    centreOrg: {
      id: centre.id,
      name: centre.name,
      memberCount: counts.get(centre.path) ?? 0,
      ...regCounts.get(region.id)!,
    },
    flowingBranches: branches.map((b) => ({
      id: b.id,
      orgId: b.org_id,
      name: b.name,
      origin: b.origin,
      parentId: b.parent_id,
      memberCount: counts.get(b.path) ?? 0,
    })),
    massOrgs: mass.map((m) => ({
      id: m.id,
      kind: m.kind,
      name: m.name,
      mirrorsOrgId: m.mirrors_org_id,
      leaderName: m.leader_name,
    })),
    stayingOrgs: stayingOrgs.map((s) => ({
      orgId: s.id,
      name: s.name,
      unitName: s.unit_name,
      unitKind: s.unit_kind,
    })),
  };
}
