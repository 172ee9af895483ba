import { type CityAccess, forbidden, pathInScope } from '@jiceng/core';
import { type RawBuilder, sql } from 'kysely';

/**
 * What the toolkit reads of a route's context. Structural rather than `Context<Env>`: Hono's Context is invariant in
 * its env, path and input, so any plugin's `Context<PluginEnv<Config>, '/path', Input>` fits this and no other type.
 */
interface RequestContext {
  get(key: 'city'): { id: number };
  get(key: 'actor'): { userId: number; memberId?: number | null };
  get(key: 'access'): CityAccess;
}

/** Who acts, in which city: what a service needs of the request (services never see HTTP). */
export interface Who {
  cityId: number;
  userId: number;
}

export const whoOf = (c: RequestContext): Who => ({
  cityId: c.get('city').id,
  userId: c.get('actor').userId,
});

/** Whether an org path lies in the actor's reach; a row without a path is in nobody's. */
export function inScope(access: CityAccess, path: string | null | undefined): boolean {
  return !!path && pathInScope(access, path);
}

/** The member behind the account (a member's own pages); 403 for an account that is not a member. */
export function requireMemberActor(c: RequestContext): number {
  const memberId = c.get('actor').memberId;
  if (!memberId) throw forbidden();
  return memberId;
}

/** 403 for a member acting on their own behalf: the route is for org admins (any subtree) and the city. */
export function requireOrgLevel(c: RequestContext): void {
  if (c.get('access').level === 'self') throw forbidden();
}

/**
 * SQL: one of `columns` (org paths, e.g. `'o.path'`) lies under one of `paths`. `null` is no limit (true), no path is
 * nothing (false). For code that holds a path scope without a request (a nightly job, an indicator over a subtree);
 * a route with an actor uses scopeCondition, which builds on it. Column names are trusted constants.
 */
export function underAnyPath(
  columns: string | readonly string[],
  paths: readonly string[] | null,
): RawBuilder<boolean> {
  if (paths === null) return sql<boolean>`true`;
  const cols = typeof columns === 'string' ? [columns] : columns;
  if (paths.length === 0 || cols.length === 0) return sql<boolean>`false`;
  return sql<boolean>`(${sql.join(
    paths.flatMap((p) => cols.map((col) => sql`${sql.ref(col)} like ${`${p}%`}`)),
    sql` or `,
  )})`;
}

/**
 * SQL condition: rows whose org path (any of `columns`, e.g. the member's unit org and the community) lie in the
 * actor's reach, and under `prefix` when a subtree was asked for. Column names are trusted constants.
 */
export function scopeCondition(access: CityAccess, columns: string[], prefix?: string | null) {
  const parts: RawBuilder<boolean>[] = [];
  if (prefix) parts.push(underAnyPath(columns, [prefix]));
  if (access.level === 'orgs') parts.push(underAnyPath(columns, access.paths));
  if (access.level === 'self') parts.push(sql<boolean>`false`);
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` and `)})` : sql<boolean>`true`;
}
