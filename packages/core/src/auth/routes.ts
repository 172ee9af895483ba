import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { recordAudit } from '../audit';
import type { CoreDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { ApiError } from '../http/errors';
import { describe, validate } from '../http/validate';
import { cityAccess } from './actor';
import { requireLogin } from './middleware';
import { hashPassword, verifyPassword } from './password';
import { createSession, deleteSession, deleteUserSessions, SESSION_COOKIE, SESSION_HOURS } from './session';
import { clearFailures, lockedMinutes, recordFailure } from './throttle';
import { meSchema, okSchema } from '../http/schemas';

const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(8).max(200),
});

export function authRoutes(deps: CoreDeps) {
  const { db, clock } = deps;
  const app = new Hono<AppEnv>();

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
      const keys = [`user:${username.toLowerCase()}`];
      const minutes = await lockedMinutes(db, keys, clock);
      if (minutes > 0) throw new ApiError(429, 'login_locked', { minutes });
      const user = await db
        .selectFrom('core.app_user')
        .select(['id', 'password_hash', 'city_id'])
        .where('username', '=', username)
        .where('active', '=', true)
        .executeTakeFirst();
      if (!user || !(await verifyPassword(user.password_hash, password))) {
        await recordFailure(db, keys, clock);
        throw new ApiError(401, 'login_failed');
      }
      await clearFailures(db, keys);
      const { token } = await createSession(db, user.id, clock);
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        maxAge: SESSION_HOURS * 3600,
        secure: new URL(c.req.url).protocol === 'https:',
      });
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

  app.post('/logout', describe({ summary: 'Log out', noBody: true, response: okSchema, tags: ['auth'] }), async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await deleteSession(db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
  });

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
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        maxAge: SESSION_HOURS * 3600,
      });
      return c.json({ ok: true });
    },
  );

  return app;
}
