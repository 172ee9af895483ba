import {
  invalid,
  notFound,
  orgInScope,
  type PluginEnv,
  pathInScope,
  pluginAudit,
  say,
} from '@jiceng/plugin-kit';
import type { Context } from 'hono';
import type { Config } from '../manifest';
import { GRID_BRANCH_KIND } from '../shared/terms';
import type { GulouDb } from './db';

/*
 * What only Gulou's server code shares: its schema, its API tag, its request context and its own loaders. The
 * helpers every model needs (refusals, calendar, numbers, schemas, scope, audit) come from '@jiceng/plugin-kit'.
 */

export const S = 'p_gulou_grid_alliance';
export const TAG = { tags: ['gulou-grid-alliance'] };
export type C = Context<PluginEnv<Config>>;

/** The audit entry of a write, inside its transaction; the entity is stored as `p_gulou_grid_alliance.<entity>`. */
export const audit = pluginAudit(S);

/** A grid branch (网格党支部) of this city in the actor's scope; 400 naming the field otherwise. */
export async function gridBranchInScope(db: GulouDb, c: C, orgId: number, field: string) {
  const org = await orgInScope(db, c, orgId, field);
  if (org.kind !== GRID_BRANCH_KIND) throw invalid(say('不是网格党支部', 'not a grid party branch'), field);
  return org;
}

/** The path prefix of an optional `orgId` filter (checked against the actor's scope), or null. */
export async function prefixOf(db: GulouDb, c: C, orgId: number | undefined): Promise<string | null> {
  if (!orgId) return null;
  return (await orgInScope(db, c, orgId, 'orgId')).path;
}

/** Loads an org path for a row found by id, and 404s when it is outside the actor's scope. */
export function assertPathVisible(c: C, path: string | null | undefined, entity: string) {
  const access = c.get('access');
  if (!path || !pathInScope(access, path)) throw notFound(entity);
}
