import { type CityAccess, orgPathFilter } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import { ORG_KINDS } from '../../shared/model';
import { type Db, T } from '../common';

/** The SQL of the flowing-branch routes: reads only (writes are in service.ts). */

/** Branches with their org, parent, region and current member count. */
function branchQuery(db: Db, cityId: number) {
  return db
    .selectFrom(`${T.branch} as b`)
    .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'b.city_id').onRef('o.id', '=', 'b.org_id'))
    .leftJoin('core.org as p', (j) =>
      j.onRef('p.city_id', '=', 'o.city_id').onRef('p.id', '=', 'o.parent_id'),
    )
    .leftJoin(`${T.region} as r`, (j) =>
      j.onRef('r.city_id', '=', 'b.city_id').onRef('r.id', '=', 'b.region_id'),
    )
    .select([
      'b.id',
      'b.org_id as orgId',
      'o.name',
      'o.path',
      'p.name as parentName',
      'b.region_id as regionId',
      'r.name as regionName',
      'b.origin',
      'b.origin_org_name as originOrgName',
      'b.established_on as establishedOn',
      'b.contact_name as contactName',
      sql<number>`(select count(*)::int from ${sql.table(T.branchMember)} bm where bm.city_id = b.city_id and bm.branch_id = b.id and bm.left_on is null)`.as(
        'memberCount',
      ),
    ])
    .where('b.city_id', '=', cityId);
}

export type BranchRow = NonNullable<Awaited<ReturnType<typeof branchRow>>>;

export function branchRow(db: Db, cityId: number, branchId: number) {
  return branchQuery(db, cityId).where('b.id', '=', branchId).executeTakeFirst();
}

/** The branches under the actor's subtree, in the order they were set up. */
export function branchesInScope(db: Db, cityId: number, access: CityAccess) {
  return branchQuery(db, cityId).where(orgPathFilter(access, 'o.path')).orderBy('b.id').execute();
}

/** What the branches did, summed by kind (investment in 万元, the others as counts). */
export async function activityTotals(db: Db, cityId: number, branchIds: number[]) {
  if (!branchIds.length) return [];
  const rows = await db
    .selectFrom(T.branchActivity)
    .select(['branch_id', 'kind', sql<number>`coalesce(sum(amount), 0)::float8`.as('amount')])
    .where('city_id', '=', cityId)
    .where('branch_id', 'in', branchIds)
    .groupBy(['branch_id', 'kind'])
    .execute();
  return rows.map((t) => ({ branchId: t.branch_id, kind: t.kind, amount: Number(t.amount) }));
}

export function branchMembers(db: Db, cityId: number, branchId: number) {
  return db
    .selectFrom(`${T.branchMember} as bm`)
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 'bm.city_id').onRef('m.id', '=', 'bm.member_id'),
    )
    .select([
      'bm.id',
      'bm.member_id as memberId',
      'm.name',
      'm.occupation',
      'bm.joined_on as joinedOn',
      'bm.left_on as leftOn',
    ])
    .where('bm.city_id', '=', cityId)
    .where('bm.branch_id', '=', branchId)
    .orderBy('bm.id')
    .execute();
}

export async function branchActivities(db: Db, cityId: number, branchId: number) {
  const rows = await db
    .selectFrom(T.branchActivity)
    .select(['id', 'kind', 'happened_on as happenedOn', 'amount', 'description'])
    .where('city_id', '=', cityId)
    .where('branch_id', '=', branchId)
    .orderBy('happened_on', 'desc')
    .execute();
  return rows.map((a) => ({ ...a, amount: a.amount == null ? null : Number(a.amount) }));
}

/**
 * Flowing members to take into a branch, by name: those whose relation sits in the actor's subtree, or who
 * registered in a region the actor sees; without those already in `branchId`.
 */
export function flowingMemberLookup(
  db: Db,
  cityId: number,
  access: CityAccess,
  f: { q?: string; branchId?: number },
) {
  let query = db
    .selectFrom('core.member as m')
    .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'))
    .leftJoin(`${T.registration} as g`, (j) =>
      j.onRef('g.city_id', '=', 'm.city_id').onRef('g.member_id', '=', 'm.id').on('g.ended_on', 'is', null),
    )
    .leftJoin(`${T.region} as r`, (j) =>
      j.onRef('r.city_id', '=', 'g.city_id').onRef('r.id', '=', 'g.region_id'),
    )
    .leftJoin('core.org as ro', (j) =>
      j.onRef('ro.city_id', '=', 'r.city_id').onRef('ro.id', '=', 'r.regional_org_id'),
    )
    .select(['m.id', 'm.name', 'o.name as orgName', 'r.name as regionName'])
    .where('m.city_id', '=', cityId)
    .where('m.category', '=', 'flowing')
    .where('m.active', '=', true)
    .where((eb) =>
      eb.or([
        orgPathFilter(access, 'o.path')(eb),
        eb.and([eb('ro.path', 'is not', null), orgPathFilter(access, 'ro.path')(eb)]),
      ]),
    );
  if (f.q) query = query.where('m.name', 'ilike', `%${f.q}%`);
  if (f.branchId)
    query = query.where(
      'm.id',
      'not in',
      db
        .selectFrom(T.branchMember)
        .select('member_id')
        .where('city_id', '=', cityId)
        .where('branch_id', '=', f.branchId)
        .where('left_on', 'is', null),
    );
  return query.orderBy('m.id').limit(30).execute();
}

export async function branchNameTaken(db: Db, cityId: number, name: string) {
  const dup = await db
    .selectFrom('core.org')
    .select('id')
    .where('city_id', '=', cityId)
    .where('kind', '=', ORG_KINDS.flowing)
    .where('name', '=', name)
    .executeTakeFirst();
  return !!dup;
}

export function memberRow(db: Db, cityId: number, memberId: number) {
  return db
    .selectFrom('core.member')
    .select(['id', 'name', 'category', 'active'])
    .where('city_id', '=', cityId)
    .where('id', '=', memberId)
    .executeTakeFirst();
}

/** The member's current place in the branch (not left yet), if any. */
export function currentBranchMember(db: Db, cityId: number, branchId: number, memberId: number) {
  return db
    .selectFrom(T.branchMember)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('branch_id', '=', branchId)
    .where('member_id', '=', memberId)
    .where('left_on', 'is', null)
    .executeTakeFirst();
}
