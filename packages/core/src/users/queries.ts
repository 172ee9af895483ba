import { type Kysely, sql } from 'kysely';
import { type CityAccess, orgPathFilter } from '../auth/actor';
import type { CoreDatabase, Role } from '../db/schema';
import type { AccountReach } from './scope';

export interface CityGrant {
  id: number;
  role: Role;
  orgId: number | null;
  orgPath: string | null;
  orgName: string | null;
}

export interface AccountInCity {
  grants: CityGrant[];
  reach: AccountReach;
}

/** Each account's grants in one city and everything `mayManageAccount` weighs, in three queries for any number. */
export async function accountsInCity(
  db: Kysely<CoreDatabase>,
  cityId: number,
  userIds: number[],
): Promise<Map<number, AccountInCity>> {
  const out = new Map<number, AccountInCity>();
  if (!userIds.length) return out;
  for (const id of userIds)
    out.set(id, {
      grants: [],
      reach: { platformAdmin: false, memberOrgPath: null, grants: [], otherCityGrants: false },
    });
  const [grants, members] = await Promise.all([
    db
      .selectFrom('core.role_grant as g')
      .leftJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'g.city_id').onRef('o.id', '=', 'g.org_id'))
      .select(['g.id', 'g.user_id', 'g.role', 'g.city_id', 'g.org_id', 'o.path', 'o.name'])
      .where('g.user_id', 'in', userIds)
      .orderBy('g.id')
      .execute(),
    // The member record counts only when it is in this city (a user's member record is in their home city).
    db
      .selectFrom('core.app_user as u')
      .innerJoin('core.member as m', (j) =>
        j.onRef('m.city_id', '=', 'u.city_id').onRef('m.id', '=', 'u.member_id'),
      )
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'),
      )
      .select(['u.id', 'o.path'])
      .where('u.id', 'in', userIds)
      .where('u.city_id', '=', cityId)
      .execute(),
  ]);
  for (const g of grants) {
    const a = out.get(g.user_id)!;
    if (g.role === 'platform_admin') a.reach.platformAdmin = true;
    else if (g.city_id !== cityId) a.reach.otherCityGrants = true;
    else {
      a.grants.push({ id: g.id, role: g.role, orgId: g.org_id, orgPath: g.path, orgName: g.name });
      a.reach.grants.push({ role: g.role, orgPath: g.path });
    }
  }
  for (const m of members) out.get(m.id)!.reach.memberOrgPath = m.path;
  return out;
}

/**
 * Ids of accounts of the city (homed here or granted here) that may fall in the actor's reach: for an org admin
 * only those anchored in their subtrees. A superset: `mayManageAccount` decides each one.
 */
export async function candidateAccounts(
  db: Kysely<CoreDatabase>,
  cityId: number,
  access: CityAccess,
  limit: number,
): Promise<number[]> {
  let q = db
    .selectFrom('core.app_user as u')
    .select('u.id')
    .where((eb) =>
      eb.or([
        eb('u.city_id', '=', cityId),
        eb('u.id', 'in', eb.selectFrom('core.role_grant').select('user_id').where('city_id', '=', cityId)),
      ]),
    )
    .where(
      'u.id',
      'not in',
      db.selectFrom('core.role_grant').select('user_id').where('role', '=', 'platform_admin'),
    );
  if (access.level === 'orgs')
    q = q.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('core.member as m')
            .innerJoin('core.org as o', (j) =>
              j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'),
            )
            .select(sql`1`.as('x'))
            .where('u.city_id', '=', cityId)
            .whereRef('m.city_id', '=', 'u.city_id')
            .whereRef('m.id', '=', 'u.member_id')
            .where(orgPathFilter(access, 'o.path')),
        ),
        eb.exists(
          eb
            .selectFrom('core.role_grant as g')
            .innerJoin('core.org as o', (j) =>
              j.onRef('o.city_id', '=', 'g.city_id').onRef('o.id', '=', 'g.org_id'),
            )
            .select(sql`1`.as('x'))
            .whereRef('g.user_id', '=', 'u.id')
            .where('g.city_id', '=', cityId)
            .where(orgPathFilter(access, 'o.path')),
        ),
      ]),
    );
  const rows = await q.orderBy('u.id').limit(limit).execute();
  return rows.map((r) => r.id);
}

/** One account by id (any city: the caller decides whether it is this city's). */
export function findUser(db: Kysely<CoreDatabase>, userId: number) {
  return db.selectFrom('core.app_user').selectAll().where('id', '=', userId).executeTakeFirst();
}

/** Accounts by id, in id order. */
export function usersByIds(db: Kysely<CoreDatabase>, ids: number[]) {
  return db.selectFrom('core.app_user').selectAll().where('id', 'in', ids).orderBy('id').execute();
}

/** The org path of one of the city's members (the caller has checked that it is one). */
export async function memberOrgPath(
  db: Kysely<CoreDatabase>,
  cityId: number,
  memberId: number,
): Promise<string> {
  const member = await db
    .selectFrom('core.member as m')
    .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'))
    .select('o.path')
    .where('m.city_id', '=', cityId)
    .where('m.id', '=', memberId)
    .executeTakeFirstOrThrow();
  return member.path;
}

/**
 * Active city admins of a city. Locks the city row first, so two admins removing each other at once are
 * decided one after the other and the city keeps its last admin.
 */
export async function lockedCityAdminCount(trx: Kysely<CoreDatabase>, cityId: number): Promise<number> {
  await trx.selectFrom('core.city').select('id').where('id', '=', cityId).forUpdate().execute();
  const r = await trx
    .selectFrom('core.role_grant as g')
    .innerJoin('core.app_user as u', 'u.id', 'g.user_id')
    .select((eb) => eb.fn.count<number>('g.user_id').distinct().as('n'))
    .where('g.city_id', '=', cityId)
    .where('g.role', '=', 'city_admin')
    .where('u.active', '=', true)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * The active admins who reach an org node: platform admins, the city's admins, and org admins of the node or of
 * any org enclosing it (`enclosing`: the ids on its path).
 */
export function adminsReaching(db: Kysely<CoreDatabase>, cityId: number, enclosing: number[]) {
  return db
    .selectFrom('core.role_grant as g')
    .innerJoin('core.app_user as u', 'u.id', 'g.user_id')
    .leftJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'g.city_id').onRef('o.id', '=', 'g.org_id'))
    .select(['u.id', 'u.username', 'u.display_name', 'g.role', 'g.org_id', 'o.name as org_name'])
    .where('u.active', '=', true)
    .where((eb) =>
      eb.or([
        eb('g.role', '=', 'platform_admin'),
        eb.and([eb('g.city_id', '=', cityId), eb('g.role', '=', 'city_admin')]),
        eb.and([
          eb('g.city_id', '=', cityId),
          eb('g.role', '=', 'org_admin'),
          eb('g.org_id', 'in', enclosing),
        ]),
      ]),
    )
    .orderBy('u.id')
    .execute();
}
