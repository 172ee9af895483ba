import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { CoreDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { ApiError } from '../http/errors';
import { loadActor } from './actor';
import { SESSION_COOKIE, userIdForSession } from './session';

/** Resolves the session cookie to an actor; refuses with 401 otherwise. */
export function requireLogin(deps: CoreDeps, options: { allowPasswordChangePending?: boolean } = {}) {
  const mw: MiddlewareHandler<AppEnv> = async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const userId = token ? await userIdForSession(deps.db, token, deps.clock) : undefined;
    const actor = userId ? await loadActor(deps.db, userId) : undefined;
    if (!actor) throw new ApiError(401, 'unauthenticated');
    if (actor.mustChangePassword && !options.allowPasswordChangePending)
      throw new ApiError(403, 'password_change_required');
    c.set('actor', actor);
    await next();
  };
  return mw;
}
