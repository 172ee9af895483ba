import { type CityAccess, maskPhone, orgPathFilter, scopeCondition } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import { BUILDING_GROUP_KIND, GRID_BRANCH_KIND } from '../../shared/terms';
import type { GulouDb } from '../db';
import { S } from '../util';
import type { NetworkBody, NetworkOrg } from './rules';

/** The SQL of the grid routes: reads only (writes are in service.ts). */

interface GridRow {
  place_id: number;
  place_name: string;
  community_place_id: number;
  community_place_name: string;
  community_org_id: number | null;
  org_id: number | null;
  org_name: string | null;
  households: number | null;
  established_on: string | null;
  groups: number | null;
  members: number | null;
  workers: string | null;
}

/**
 * Grid places the actor may see, each with its branch (or none), community, workers, groups and members. A grid
 * is in reach through its branch's path, or its community org's while it has no branch.
 */
export async function gridRows(
  db: GulouDb,
  cityId: number,
  access: CityAccess,
  f: { prefix: string | null; covered?: string; q?: string; branchId?: number },
) {
  const r = await sql<GridRow>`
      select gp.id as place_id, gp.name as place_name, cp.id as community_place_id, cp.name as community_place_name,
        co.id as community_org_id, co.name as community_org_name,
        b.id as org_id, b.name as org_name, gi.households, gi.established_on::text as established_on,
        (select count(*)::int from core.org bg where bg.city_id = b.city_id and bg.parent_id = b.id and bg.kind = ${BUILDING_GROUP_KIND} and bg.active) as groups,
        (select count(distinct a.member_id)::int from core.member_affiliation a where a.city_id = b.city_id and a.org_id = b.id and a.until is null) as members,
        (select string_agg(w.name, '、' order by w.id) from ${sql.table(`${S}.grid_worker`)} w where w.city_id = b.city_id and w.org_id = b.id and w.active) as workers
      from core.place gp
      join core.place cp on cp.city_id = gp.city_id and cp.id = gp.parent_id
      left join lateral (
        select o.id, o.name, o.path from core.org o
        where o.city_id = cp.city_id and o.place_id = cp.id and o.kind like 'community%' and o.active order by o.id limit 1
      ) co on true
      left join core.org b on b.city_id = gp.city_id and b.place_id = gp.id and b.kind = ${GRID_BRANCH_KIND} and b.active
      left join ${sql.table(`${S}.grid_info`)} gi on gi.city_id = b.city_id and gi.org_id = b.id
      cross join lateral (select coalesce(b.path, co.path) as path) reach
      where gp.city_id = ${cityId} and gp.kind = 'grid'
        and ${scopeCondition(access, ['reach.path'], f.prefix)}
        ${f.covered === 'true' ? sql`and b.id is not null` : f.covered === 'false' ? sql`and b.id is null` : sql``}
        ${f.q ? sql`and (gp.name ilike ${`%${f.q}%`} or cp.name ilike ${`%${f.q}%`} or b.name ilike ${`%${f.q}%`})` : sql``}
        ${f.branchId ? sql`and b.id = ${f.branchId}` : sql``}
      order by cp.id, gp.id`.execute(db);
  return r.rows.map((x) => ({
    placeId: x.place_id,
    placeName: x.place_name,
    communityPlaceId: x.community_place_id,
    communityName: x.community_place_name,
    communityOrgId: x.community_org_id,
    orgId: x.org_id,
    orgName: x.org_name,
    households: x.households,
    establishedOn: x.established_on,
    groups: x.groups ?? 0,
    members: x.members ?? 0,
    workers: x.workers,
  }));
}

/** A grid branch's building groups, workers (phones masked), councils, funds of `year` and demands. */
export async function branchDetail(
  db: GulouDb,
  cityId: number,
  branchId: number,
  year: number,
  today: string,
) {
  const [groups, workers, bodies, funds, demands] = await Promise.all([
    db
      .selectFrom('core.org')
      .select(['id', 'name', 'place_id as placeId'])
      .where('city_id', '=', cityId)
      .where('parent_id', '=', branchId)
      .where('kind', '=', BUILDING_GROUP_KIND)
      .orderBy('id')
      .execute(),
    db
      .selectFrom(`${S}.grid_worker`)
      .select(['id', 'name', 'phone', 'hired_on as hiredOn', 'active'])
      .where('city_id', '=', cityId)
      .where('org_id', '=', branchId)
      .orderBy('id')
      .execute()
      .then((rows) => rows.map((r) => ({ ...r, phone: maskPhone(r.phone), masked: true }))),
    db
      .selectFrom(`${S}.body`)
      .select(['id', 'kind', 'name'])
      .where('city_id', '=', cityId)
      .where('org_id', '=', branchId)
      .execute(),
    db
      .selectFrom(`${S}.fund`)
      .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('amount'), sql<string>`0`).as('total'))
      .where('city_id', '=', cityId)
      .where('grid_org_id', '=', branchId)
      .where('year', '=', year)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom(`${S}.demand`)
      .select((eb) => [
        eb.fn.countAll<number>().as('total'),
        sql<number>`count(*) filter (where status <> 'closed')`.as('open'),
        sql<number>`count(*) filter (where status <> 'closed' and deadline < ${today})`.as('overdue'),
      ])
      .where('city_id', '=', cityId)
      .where('grid_org_id', '=', branchId)
      .executeTakeFirstOrThrow(),
  ]);
  return { groups, workers, bodies, funds, demands };
}

/** A place of the city with its parent (the community of a grid), or undefined. */
export function placeWithCommunity(db: GulouDb, cityId: number, placeId: number) {
  return db
    .selectFrom('core.place as gp')
    .innerJoin('core.place as cp', (j) =>
      j.onRef('cp.city_id', '=', 'gp.city_id').onRef('cp.id', '=', 'gp.parent_id'),
    )
    .select(['gp.id', 'gp.name', 'gp.kind', 'cp.id as community_place_id', 'cp.name as community_name'])
    .where('gp.city_id', '=', cityId)
    .where('gp.id', '=', placeId)
    .executeTakeFirst();
}

/** The community's party org on a community place (the first active one), or undefined. */
export function communityOrgOn(db: GulouDb, cityId: number, communityPlaceId: number) {
  return db
    .selectFrom('core.org')
    .select('id')
    .where('city_id', '=', cityId)
    .where('place_id', '=', communityPlaceId)
    .where('kind', 'like', 'community%')
    .where('active', '=', true)
    .orderBy('id')
    .executeTakeFirst();
}

/** Whether a grid place already has its branch. */
export async function gridHasBranch(db: GulouDb, cityId: number, gridPlaceId: number) {
  const row = await db
    .selectFrom(`${S}.grid_info`)
    .select('org_id')
    .where('city_id', '=', cityId)
    .where('place_id', '=', gridPlaceId)
    .executeTakeFirst();
  return !!row;
}

/** The kind of a place (grid, building …) or a unit (organ, new_social …) of the city, or undefined. */
export async function kindOf(db: GulouDb, table: 'core.place' | 'core.unit', cityId: number, id: number) {
  const row = await db
    .selectFrom(table)
    .select('kind')
    .where('city_id', '=', cityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.kind;
}

/** The orgs of the four-level network and the councils with their active members, in reach (under `prefix`). */
export async function networkRows(db: GulouDb, cityId: number, access: CityAccess, prefix: string | null) {
  const orgs = await sql<NetworkOrg & { parent_id: number | null }>`
      select o.id, o.kind, o.name, o.parent_id, o.path from core.org o
      where o.city_id = ${cityId} and o.active
        and (o.kind in ('street_working_committee', ${GRID_BRANCH_KIND}, ${BUILDING_GROUP_KIND}) or o.kind like 'community%')
        and ${scopeCondition(access, ['o.path'], prefix)}
      order by o.path`.execute(db);
  const bodies = await sql<NetworkBody>`
      select b.kind, o.path, (select count(*)::int from ${sql.table(`${S}.body_member`)} m where m.city_id = b.city_id and m.body_id = b.id and m.until is null) as members
      from ${sql.table(`${S}.body`)} b join core.org o on o.city_id = b.city_id and o.id = b.org_id
      where b.city_id = ${cityId} and ${scopeCondition(access, ['o.path'], prefix)}`.execute(db);
  return { orgs: orgs.rows, bodies: bodies.rows };
}

/** Councils on orgs in reach (under `prefix`, of `kind`), with their active members. */
export async function bodyList(
  db: GulouDb,
  cityId: number,
  access: CityAccess,
  f: { prefix: string | null; kind?: string },
) {
  let q = db
    .selectFrom(`${S}.body as b`)
    .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'b.city_id').onRef('o.id', '=', 'b.org_id'))
    .select((eb) => [
      'b.id',
      'b.kind',
      'b.name',
      'b.org_id as orgId',
      'o.name as orgName',
      'b.established_on as establishedOn',
      eb
        .selectFrom(`${S}.body_member as m`)
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('m.city_id', '=', 'b.city_id')
        .whereRef('m.body_id', '=', 'b.id')
        .where('m.until', 'is', null)
        .as('members'),
    ])
    .where('b.city_id', '=', cityId)
    .where(orgPathFilter(access, 'o.path'));
  if (f.prefix) q = q.where('o.path', 'like', `${f.prefix}%`);
  if (f.kind) q = q.where('b.kind', '=', f.kind);
  const items = await q.orderBy('o.path').orderBy('b.kind').limit(1000).execute();
  return items.map((i) => ({ ...i, members: Number(i.members) }));
}

/** One council with its org's name and path, or undefined. */
export function findBody(db: GulouDb, cityId: number, bodyId: number) {
  return db
    .selectFrom(`${S}.body as b`)
    .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'b.city_id').onRef('o.id', '=', 'b.org_id'))
    .select(['b.id', 'b.kind', 'b.name', 'b.org_id', 'o.name as org_name', 'o.path', 'b.established_on'])
    .where('b.city_id', '=', cityId)
    .where('b.id', '=', bodyId)
    .executeTakeFirst();
}

/** A council's members, current ones first. */
export function bodyMembers(db: GulouDb, cityId: number, bodyId: number) {
  return db
    .selectFrom(`${S}.body_member as m`)
    .leftJoin('core.unit as u', (j) => j.onRef('u.city_id', '=', 'm.city_id').onRef('u.id', '=', 'm.unit_id'))
    .select([
      'm.id',
      'm.name',
      'm.source',
      'm.role',
      'm.unit_id as unitId',
      'u.name as unitName',
      'm.member_id as memberId',
      'm.since',
      'm.until',
    ])
    .where('m.city_id', '=', cityId)
    .where('m.body_id', '=', bodyId)
    .orderBy('m.until', 'desc')
    .orderBy('m.role')
    .orderBy('m.id')
    .execute();
}

/** Whether the org already has a council of this kind. */
export async function orgHasBody(db: GulouDb, cityId: number, orgId: number, kind: string) {
  const row = await db
    .selectFrom(`${S}.body`)
    .select('id')
    .where('city_id', '=', cityId)
    .where('org_id', '=', orgId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return !!row;
}

/** Whether the council has a current convener. */
export async function hasConvener(db: GulouDb, cityId: number, bodyId: number) {
  const row = await db
    .selectFrom(`${S}.body_member`)
    .select('id')
    .where('city_id', '=', cityId)
    .where('body_id', '=', bodyId)
    .where('role', '=', 'convener')
    .where('until', 'is', null)
    .executeTakeFirst();
  return !!row;
}

/** One membership of a council, or undefined. */
export function findBodyMember(db: GulouDb, cityId: number, bodyId: number, memberId: number) {
  return db
    .selectFrom(`${S}.body_member`)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('body_id', '=', bodyId)
    .where('id', '=', memberId)
    .executeTakeFirst();
}

/** The city's party-representative studios with their open cases. */
export async function studioList(db: GulouDb, cityId: number) {
  const rows = await db
    .selectFrom(`${S}.studio as s`)
    .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 's.city_id').onRef('o.id', '=', 's.org_id'))
    .select((eb) => [
      's.id',
      's.name',
      's.org_id as orgId',
      'o.name as orgName',
      's.representatives',
      eb
        .selectFrom(`${S}.demand as d`)
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('d.city_id', '=', 's.city_id')
        .whereRef('d.studio_id', '=', 's.id')
        .where('d.status', '<>', 'closed')
        .as('openCases'),
    ])
    .where('s.city_id', '=', cityId)
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({ ...r, openCases: Number(r.openCases ?? 0) }));
}
