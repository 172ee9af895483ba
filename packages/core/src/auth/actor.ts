import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { CoreDatabase, Role } from '../db/schema';

export interface Grant {
  role: Role;
  cityId: number | null;
  orgId: number | null;
  /** Materialized path of the granted org, for subtree checks. */
  orgPath: string | null;
}

export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  locale: string;
  cityId: number | null;
  memberId: number | null;
  mustChangePassword: boolean;
  grants: Grant[];
}

/** How much of one city an actor may see: all of it, some org subtrees, or only their own member record. */
export type CityAccess =
  | { level: 'city'; platform: boolean }
  | { level: 'orgs'; paths: string[] }
  | { level: 'self'; memberId: number | null };

export function isPlatformAdmin(actor: Actor): boolean {
  return actor.grants.some((g) => g.role === 'platform_admin');
}

export function cityAccess(actor: Actor, cityId: number): CityAccess | null {
  if (isPlatformAdmin(actor)) return { level: 'city', platform: true };
  const grants = actor.grants.filter((g) => g.cityId === cityId);
  if (grants.some((g) => g.role === 'city_admin')) return { level: 'city', platform: false };
  const paths = grants.filter((g) => g.role === 'org_admin' && g.orgPath).map((g) => g.orgPath!);
  if (paths.length) return { level: 'orgs', paths };
  if (grants.some((g) => g.role === 'member')) return { level: 'self', memberId: actor.memberId };
  return null;
}

export function pathInScope(access: CityAccess, path: string): boolean {
  if (access.level === 'city') return true;
  if (access.level === 'orgs') return access.paths.some((p) => path.startsWith(p));
  return false;
}

/** SQL filter for rows whose org path column lies in the actor's subtrees. */
export function orgPathFilter(access: CityAccess, column: string) {
  return (eb: ExpressionBuilder<any, any>) => {
    if (access.level === 'city') return sql<boolean>`true`;
    if (access.level === 'self') return sql<boolean>`false`;
    return eb.or(access.paths.map((p) => eb(sql.ref(column), 'like', `${p}%`)));
  };
}

/** The account columns an Actor is made of. */
export interface ActorUserRow {
  id: number;
  username: string;
  display_name: string;
  locale: string;
  city_id: number | null;
  member_id: number | null;
  must_change_password: boolean;
}

/** An Actor from its account row and its grants (each with the granted org's path): the one mapping of both lookups. */
export function actorOf(
  user: ActorUserRow,
  grants: { role: Role; city_id: number | null; org_id: number | null; path: string | null }[],
): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    locale: user.locale,
    cityId: user.city_id,
    memberId: user.member_id,
    mustChangePassword: user.must_change_password,
    grants: grants.map((g) => ({ role: g.role, cityId: g.city_id, orgId: g.org_id, orgPath: g.path })),
  };
}

/** An active account's actor by user id, grants in id order (a request's login check uses actorForSession). */
export async function loadActor(db: Kysely<CoreDatabase>, userId: number): Promise<Actor | undefined> {
  const user = await db
    .selectFrom('core.app_user')
    .selectAll()
    .where('id', '=', userId)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!user) return undefined;
  const grants = await db
    .selectFrom('core.role_grant as g')
    .leftJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'g.city_id').onRef('o.id', '=', 'g.org_id'))
    .select(['g.role', 'g.city_id', 'g.org_id', 'o.path'])
    .where('g.user_id', '=', userId)
    .orderBy('g.id')
    .execute();
  return actorOf(user, grants);
}
