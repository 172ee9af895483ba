import type { Context, MiddlewareHandler } from 'hono';
import type { Kysely, Transaction } from 'kysely';
import { cityAccess, pathInScope } from '../auth/actor';
import { coreTablesOf } from '../db';
import type { CoreDatabase, Org } from '../db/schema';
import type { AppEnv } from '../http/env';
import { ApiError, forbidden, notFound } from '../http/errors';

/** What a city code looks like (the create route enforces it); anything else names no city. */
export const CITY_CODE = /^[a-z][a-z0-9-]{1,39}$/;

/** A `:city` path value that could name a city: never sends a NUL byte or a megabyte of text to the database. */
export const isCityCode = (code: string | undefined): code is string => !!code && CITY_CODE.test(code);

/**
 * Resolves :city (its code) and the actor's reach in it. A city the actor has no grant in is a 404,
 * so one tenant cannot even learn another's codes.
 */
export function cityScope(db: Kysely<CoreDatabase>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const code = c.req.param('city');
    // Already resolved for this request by an outer guard (a plugin's mount repeats /api/cities/:city/*'s).
    const resolved = c.get('city');
    if (resolved && resolved.code === code && c.get('access')) return next();
    const city = isCityCode(code)
      ? await db
          .selectFrom('core.city')
          .selectAll()
          .where('code', '=', code)
          .where('active', '=', true)
          .executeTakeFirst()
      : undefined;
    const access = city ? cityAccess(c.get('actor'), city.id) : null;
    if (!city || !access) throw notFound('city');
    c.set('city', city);
    c.set('access', access);
    await next();
  };
}

/** What the scope checks read from a request: core's routes and plugins' (whose env types pluginConfig) alike. */
export type CityScopedEnv = { Variables: Pick<AppEnv['Variables'], 'city' | 'access'> };

export function requireCityAdmin<E extends CityScopedEnv>(c: Context<E>): void {
  if (c.get('access').level !== 'city') throw forbidden();
}

/** Org admins and city admins manage members and orgs; plain members do not. */
export function requireOrgAdmin<E extends CityScopedEnv>(c: Context<E>): void {
  if (c.get('access').level === 'self') throw forbidden();
}

/**
 * An org of this city inside the actor's scope. As a path id → 404; as a body field → 400 naming the field,
 * so the caller knows which reference was wrong.
 */
export async function orgInScope<E extends CityScopedEnv, DB extends CoreDatabase>(
  db: Kysely<DB> | Transaction<DB>,
  c: Context<E>,
  orgId: number,
  field?: string,
): Promise<Org> {
  const org = await coreTablesOf(db)
    .selectFrom('core.org')
    .selectAll()
    .where('city_id', '=', c.get('city').id)
    .where('id', '=', orgId)
    .executeTakeFirst();
  if (!org) throw field ? new ApiError(400, 'cross_city', { field }, field) : notFound('org');
  if (!pathInScope(c.get('access'), org.path))
    throw field ? new ApiError(400, 'out_of_scope', { field }, field) : notFound('org');
  return org;
}

/** A place or unit reference in a body must belong to this city. */
export async function assertInCity<DB extends CoreDatabase>(
  db: Kysely<DB> | Transaction<DB>,
  table: 'core.place' | 'core.unit' | 'core.member' | 'core.org',
  cityId: number,
  id: number | null | undefined,
  field: string,
): Promise<void> {
  if (id == null) return;
  const row = await coreTablesOf(db)
    .selectFrom(table)
    .select('id')
    .where('city_id', '=', cityId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new ApiError(400, 'cross_city', { field }, field);
}
