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
