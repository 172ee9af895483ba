import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { recordAudit } from '../audit';
import type { CoreDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { clientAddress } from '../http/client-address';
import { ApiError } from '../http/errors';
import { httpSettings, requestIsHttps } from '../http/settings';
import { describe, validate } from '../http/validate';
import { cityAccess } from './actor';
import { requireLogin } from './middleware';
import { dummyHash, hashPassword, verifyPassword } from './password';
import { createSession, deleteSession, deleteUserSessions, SESSION_COOKIE, SESSION_HOURS } from './session';
import { attemptSucceeded, beginAttempt, loginKeys } from './throttle';
import { meSchema, okSchema } from '../http/schemas';

const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(8).max(200),
});

/** "30 秒" / "15 minutes": a lock's remaining time in the caller's language. */
function waitText(seconds: number) {
  if (seconds < 120) return { 'zh-CN': `${seconds} 秒`, en: `${seconds} second${seconds === 1 ? '' : 's'}` };
  const minutes = Math.ceil(seconds / 60);
  return { 'zh-CN': `${minutes} 分钟`, en: `${minutes} minutes` };
}

export function authRoutes(deps: CoreDeps) {
  const { db, clock } = deps;
  const http = deps.http ?? httpSettings();
  const app = new Hono<AppEnv>();
  // Secure whenever the browser came over TLS, directly or (JICENG_TRUST_PROXY=1) through a TLS-terminating proxy.
  const setSessionCookie = (c: Context<AppEnv>, token: string) =>
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      maxAge: SESSION_HOURS * 3600,
      secure: requestIsHttps(c, http),
    });

  app.post(
    '/login',
    describe({
      summary: 'Log in; sets the session cookie',
      response: okSchema,
      responses: { 401: 'wrong username or password', 429: 'too many failures: locked for a while' },
      tags: ['auth'],
    }),
    validate('json', loginBody),
    async (c) => {
      const { username, password } = c.req.valid('json');
      const address = clientAddress(c, http.trustProxy);
      const keys = loginKeys(username, address);
      const attempt = await beginAttempt(db, keys, clock);
      if (!attempt.allowed) {
        c.header('Retry-After', String(attempt.retryAfterSeconds));
        throw new ApiError(429, 'login_locked', { wait: waitText(attempt.retryAfterSeconds) });
      }
      const user = await db
        .selectFrom('core.app_user')
        .select(['id', 'password_hash', 'city_id'])
        .where('username', '=', username)
        .where('active', '=', true)
        .executeTakeFirst();
      // An unknown (or inactive) name is checked against a dummy hash: the answer takes as long either way.
      const ok = await verifyPassword(user?.password_hash ?? (await dummyHash()), password);
      if (!user || !ok) {
        await recordAudit(db, {
          cityId: user?.city_id ?? null,
          actorUserId: null,
          action: 'login_failed',
          entity: 'user',
          entityId: user?.id ?? null,
          after: { username, address },
        });
        throw new ApiError(401, 'login_failed');
      }
      await attemptSucceeded(db, keys);
      const { token } = await createSession(db, user.id, clock);
      setSessionCookie(c, token);
      await recordAudit(db, {
        cityId: user.city_id,
        actorUserId: user.id,
        action: 'login',
        entity: 'user',
        entityId: user.id,
      });
      return c.json({ ok: true });
    },
  );

  app.post(
    '/logout',
    describe({ summary: 'Log out', noBody: true, response: okSchema, tags: ['auth'] }),
    async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await deleteSession(db, token);
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: requestIsHttps(c, http) });
      return c.json({ ok: true });
    },
  );

  app.get(
    '/me',
    describe({
      summary: 'The logged-in user, grants and visible cities',
      response: meSchema,
      responses: { 401: 'not logged in' },
      tags: ['auth'],
    }),
    requireLogin(deps, { allowPasswordChangePending: true }),
    async (c) => {
      const actor = c.get('actor');
      const cities = await db
        .selectFrom('core.city')
        .selectAll()
        .where('active', '=', true)
        .orderBy('id')
        .execute();
      return c.json({
        user: {
          id: actor.userId,
          username: actor.username,
          displayName: actor.displayName,
          locale: actor.locale,
          cityId: actor.cityId,
          memberId: actor.memberId,
          mustChangePassword: actor.mustChangePassword,
        },
        grants: actor.grants.map(({ role, cityId, orgId }) => ({ role, cityId, orgId })),
        cities: cities
          .map((city) => ({ city, access: cityAccess(actor, city.id) }))
          .filter((x) => x.access)
          .map(({ city, access }) => ({
            id: city.id,
            code: city.code,
            nameZh: city.name_zh,
            nameEn: city.name_en,
            level: city.level,
            access: access!.level,
          })),
      });
    },
  );

  app.post(
    '/password',
    describe({
      summary: 'Change own password',
      response: okSchema,
      responses: { 400: 'current password wrong, or the new one too weak (field named)' },
      tags: ['auth'],
    }),
    requireLogin(deps, { allowPasswordChangePending: true }),
    validate('json', changePasswordBody),
    async (c) => {
      const actor = c.get('actor');
      const { currentPassword, newPassword } = c.req.valid('json');
      const user = await db
        .selectFrom('core.app_user')
        .select(['password_hash'])
        .where('id', '=', actor.userId)
        .executeTakeFirstOrThrow();
      if (!(await verifyPassword(user.password_hash, currentPassword)))
        throw new ApiError(400, 'password_wrong', {}, 'currentPassword');
      const hash = await hashPassword(newPassword);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('core.app_user')
          .set({ password_hash: hash, must_change_password: false })
          .where('id', '=', actor.userId)
          .execute();
        await deleteUserSessions(trx, actor.userId);
        await recordAudit(trx, {
          cityId: actor.cityId,
          actorUserId: actor.userId,
          action: 'change_password',
          entity: 'user',
          entityId: actor.userId,
        });
      });
      // Other sessions end; this one gets a fresh token.
      const { token } = await createSession(db, actor.userId, clock);
      setSessionCookie(c, token);
      return c.json({ ok: true });
    },
  );

  return app;
}
