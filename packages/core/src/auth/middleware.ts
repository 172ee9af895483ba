import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { CoreDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { ApiError } from '../http/errors';
import type { Actor } from './actor';
import { actorForSession, SESSION_COOKIE } from './session';

/**
 * Resolves the session cookie to an actor; refuses with 401 otherwise. Several guards can cover one request (a
 * plugin's route sits under both /api/cities/* and its own mount): the first resolves the session, the others reuse
 * that request's actor instead of asking the database again (each still makes its own password-change check).
 */
export function requireLogin(deps: CoreDeps, options: { allowPasswordChangePending?: boolean } = {}) {
  const mw: MiddlewareHandler<AppEnv> = async (c, next) => {
    let actor: Actor | undefined = c.get('actor');
    if (!actor) {
      const token = getCookie(c, SESSION_COOKIE);
      actor = token ? await actorForSession(deps.db, token, deps.clock) : undefined;
    }
    if (!actor) throw new ApiError(401, 'unauthenticated');
    if (actor.mustChangePassword && !options.allowPasswordChangePending)
      throw new ApiError(403, 'password_change_required');
    c.set('actor', actor);
    await next();
  };
  return mw;
}
