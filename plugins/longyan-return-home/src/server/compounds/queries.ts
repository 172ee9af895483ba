import { type RawBuilder, sql } from 'kysely';
import { ORG_KINDS } from '../../shared/model';
import { communityKindsSql, S } from '../common';
import type { LongyanDb } from '../db';
import type { CompoundPlace, CoverageRow } from './rules';

/** The SQL of compounds, compound orgs, building groups and coverage: reads only; the writes are in ./service. */

const schema = sql.raw(S);

/** Community party orgs the `scope` filter (on `co`) lets through, with their street. */
export async function communities(db: LongyanDb, cityId: number, scope: RawBuilder<unknown>) {
  const rows = await sql<any>`
      select co.id, co.name, co.place_id, so.id as street_org_id, so.name as street_org_name
      from core.org co left join core.org so on so.city_id = co.city_id and so.id = co.parent_id
      where co.city_id = ${cityId} and co.kind in (${communityKindsSql}) and co.active and ${scope}
      order by so.id, co.id limit 2000`.execute(db);
  return rows.rows;
}

/** Compounds of the communities `scope` (on `co`) lets through, with the covering org, resident members, buildings. */
export async function compounds(
  db: LongyanDb,
  cityId: number,
  scope: RawBuilder<unknown>,
  f: { communityOrgId?: number; uncovered?: 'true' | 'false' },
) {
  const rows = await sql<any>`
      with res as (
        select case when rp.kind = 'compound' then rp.id when rp.kind = 'building' then rp.parent_id end as compound_id, count(*)::int as n
        from core.member m join core.place rp on rp.city_id = m.city_id and rp.id = m.residence_place_id
        where m.city_id = ${cityId} and m.active
        group by 1
      )
      select cp.id, cp.name, co.id as community_org_id, co.name as community_org_name, cv.org_id, o.name as org_name,
        coalesce(res.n, 0) as resident_members,
        (select count(*) from core.place b where b.city_id = cp.city_id and b.parent_id = cp.id and b.kind = 'building')::int as buildings,
        rc.id as red_committee_id
      from core.place cp
      join core.org co on co.city_id = cp.city_id and co.place_id = cp.parent_id and co.kind in (${communityKindsSql})
      left join ${schema}.compound_coverage cv on cv.city_id = cp.city_id and cv.compound_place_id = cp.id
      left join core.org o on o.city_id = cv.city_id and o.id = cv.org_id
      left join res on res.compound_id = cp.id
      left join ${schema}.red_committee rc on rc.city_id = cp.city_id and rc.compound_place_id = cp.id
      where cp.city_id = ${cityId} and cp.kind = 'compound' and ${scope}
        ${f.communityOrgId ? sql`and co.id = ${f.communityOrgId}` : sql``}
        ${f.uncovered === 'true' ? sql`and cv.org_id is null` : sql``}
      order by co.id, cp.id
      limit 3000`.execute(db);
  return rows.rows;
}

/** Whether the community place already has a place of that name. */
export async function placeNameTaken(db: LongyanDb, cityId: number, parentPlaceId: number, name: string) {
  const dup = await db
    .selectFrom('core.place')
    .select('id')
    .where('city_id', '=', cityId)
    .where('parent_id', '=', parentPlaceId)
    .where('name', '=', name)
    .executeTakeFirst();
  return !!dup;
}

/** Compound orgs `scope` (on `o`) lets through, with their building groups and the compounds each covers. */
export async function compoundOrgs(
  db: LongyanDb,
  cityId: number,
  scope: RawBuilder<unknown>,
  communityOrgId: number | undefined,
) {
  const rows = await sql<any>`
      select o.id, o.name, o.path, x.community_org_id, co.name as community_org_name, x.formed_on,
        (select count(*) from core.org g where g.city_id = o.city_id and g.parent_id = o.id and g.kind = ${ORG_KINDS.buildingGroup})::int as building_groups,
        (select json_agg(json_build_object('id', p.id, 'name', p.name) order by p.id)
           from ${schema}.compound_coverage cv join core.place p on p.city_id = cv.city_id and p.id = cv.compound_place_id
           where cv.city_id = o.city_id and cv.org_id = o.id) as compounds
      from ${schema}.compound_org x
      join core.org o on o.city_id = x.city_id and o.id = x.org_id
      join core.org co on co.city_id = x.city_id and co.id = x.community_org_id
      where x.city_id = ${cityId} and ${scope}
        ${communityOrgId ? sql`and x.community_org_id = ${communityOrgId}` : sql``}
      order by x.community_org_id, o.id
      limit 3000`.execute(db);
  return rows.rows;
}

/** The places `ids` with the compound org covering each (the rows the coverage rule checks). */
export async function compoundPlaces(db: LongyanDb, cityId: number, ids: number[]): Promise<CompoundPlace[]> {
  return db
    .selectFrom('core.place as p')
    .leftJoin(`${S}.compound_coverage as cv`, (j) =>
      j.onRef('cv.city_id', '=', 'p.city_id').onRef('cv.compound_place_id', '=', 'p.id'),
    )
    .select(['p.id', 'p.name', 'p.kind', 'p.parent_id', 'cv.org_id'])
    .where('p.city_id', '=', cityId)
    .where('p.id', 'in', ids)
    .execute();
}

/** The plugin's row of a compound org (community, formed on), if the org is one. */
export function compoundOrgRow(db: LongyanDb, cityId: number, orgId: number) {
  return db
    .selectFrom(`${S}.compound_org`)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
}

/** A compound org's compounds, building groups, red committees and the buildings of its compounds. */
export async function compoundOrgParts(db: LongyanDb, cityId: number, orgId: number) {
  const [compounds, groups, committees] = await Promise.all([
    db
      .selectFrom(`${S}.compound_coverage as cv`)
      .innerJoin('core.place as p', (j) =>
        j.onRef('p.city_id', '=', 'cv.city_id').onRef('p.id', '=', 'cv.compound_place_id'),
      )
      .select(['p.id', 'p.name'])
      .where('cv.city_id', '=', cityId)
      .where('cv.org_id', '=', orgId)
      .orderBy('p.id')
      .execute(),
    db
      .selectFrom('core.org as g')
      .leftJoin('core.place as p', (j) =>
        j.onRef('p.city_id', '=', 'g.city_id').onRef('p.id', '=', 'g.place_id'),
      )
      .select(['g.id', 'g.name', 'g.place_id as buildingPlaceId', 'p.name as buildingName'])
      .where('g.city_id', '=', cityId)
      .where('g.parent_id', '=', orgId)
      .where('g.kind', '=', ORG_KINDS.buildingGroup)
      .orderBy('g.id')
      .execute(),
    db
      .selectFrom(`${S}.red_committee`)
      .select(['id', 'name', 'compound_place_id as compoundPlaceId'])
      .where('city_id', '=', cityId)
      .where('compound_org_id', '=', orgId)
      .execute(),
  ]);
  const buildings = await db
    .selectFrom('core.place')
    .select(['id', 'name', 'parent_id as compoundPlaceId'])
    .where('city_id', '=', cityId)
    .where('kind', '=', 'building')
    .where('parent_id', 'in', compounds.length ? compounds.map((p) => p.id) : [0])
    .orderBy('id')
    .execute();
  return { compounds, groups, committees, buildings };
}

/** A place with the compound org covering its parent compound (for a building group's building). */
export function buildingWithCover(db: LongyanDb, cityId: number, placeId: number) {
  return db
    .selectFrom('core.place as p')
    .leftJoin(`${S}.compound_coverage as cv`, (j) =>
      j.onRef('cv.city_id', '=', 'p.city_id').onRef('cv.compound_place_id', '=', 'p.parent_id'),
    )
    .select(['p.id', 'p.kind', 'cv.org_id'])
    .where('p.city_id', '=', cityId)
    .where('p.id', '=', placeId)
    .executeTakeFirst();
}

/** Whether a building already has a party group. */
export async function buildingHasGroup(db: LongyanDb, cityId: number, placeId: number) {
  const taken = await db
    .selectFrom('core.org')
    .select('id')
    .where('city_id', '=', cityId)
    .where('kind', '=', ORG_KINDS.buildingGroup)
    .where('place_id', '=', placeId)
    .executeTakeFirst();
  return !!taken;
}

/** Every compound `scope` (on `co` and `o`) lets through, with its community, street and covering org. */
export async function coverageRows(db: LongyanDb, cityId: number, scope: RawBuilder<unknown>) {
  const rows = await sql<CoverageRow>`
      select cp.id, cp.name, co.id as community_org_id, co.name as community_org_name, so.id as street_org_id, so.name as street_org_name,
        cv.org_id, o.name as org_name, (select count(*) from ${schema}.compound_coverage x where x.city_id = cv.city_id and x.org_id = cv.org_id)::int as org_compounds
      from core.place cp
      join core.org co on co.city_id = cp.city_id and co.place_id = cp.parent_id and co.kind in (${communityKindsSql})
      left join core.org so on so.city_id = co.city_id and so.id = co.parent_id
      left join ${schema}.compound_coverage cv on cv.city_id = cp.city_id and cv.compound_place_id = cp.id
      left join core.org o on o.city_id = cv.city_id and o.id = cv.org_id
      where cp.city_id = ${cityId} and cp.kind = 'compound' and ${scope}
      order by so.id, co.id, cp.id`.execute(db);
  return rows.rows;
}
