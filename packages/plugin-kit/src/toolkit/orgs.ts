import { ApiError, type CoreDatabase, coreTablesOf } from '@jiceng/core';
import type { Kysely, Transaction } from 'kysely';

/** An org of a city, as plugins read it (the core.org columns they use). */
export interface OrgRow {
  id: number;
  name: string;
  kind: string;
  path: string;
  place_id: number | null;
  parent_id: number | null;
}

/** The org `orgId` of city `cityId`, or undefined: another city's org is no org here. */
export async function findOrg<DB extends CoreDatabase>(
  db: Kysely<DB> | Transaction<DB>,
  cityId: number,
  orgId: number,
): Promise<OrgRow | undefined> {
  return coreTablesOf(db)
    .selectFrom('core.org')
    .select(['id', 'name', 'kind', 'path', 'place_id', 'parent_id'])
    .where('city_id', '=', cityId)
    .where('id', '=', orgId)
    .executeTakeFirst();
}

/**
 * The org `orgId` of city `cityId`, or a refusal that tells nothing of other cities: 400 `cross_city` naming `field`
 * when the id came in a body or query, 404 when it is the route's own id (no `field`).
 */
export async function loadOrg<DB extends CoreDatabase>(
  db: Kysely<DB> | Transaction<DB>,
  cityId: number,
  orgId: number,
  field?: string,
): Promise<OrgRow> {
  const org = await findOrg(db, cityId, orgId);
  if (org) return org;
  throw field
    ? new ApiError(400, 'cross_city', { field }, field)
    : new ApiError(404, 'not_found', { entity: 'org' });
}
