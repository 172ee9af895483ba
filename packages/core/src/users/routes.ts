import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { pathInScope } from '../auth/actor';
import { hashPassword } from '../auth/password';
import { deleteUserSessions } from '../auth/session';
import { recordAudit } from '../audit';
import { assertInCity, orgInScope, requireOrgAdmin } from '../cities/scope';
import type { CoreDatabase } from '../db/schema';
import type { CoreDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { ApiError, forbidden, notFound } from '../http/errors';
import { describe, validate } from '../http/validate';
import { itemsOf, okSchema, userSchema } from '../http/schemas';

const grantBody = z.object({
  role: z.enum(['city_admin', 'org_admin', 'member']),
  orgId: z.number().int().positive().nullable().default(null),
});
const createBody = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, 'lower-case letters, digits, . _ -; 3–40 characters'),
  displayName: z.string().trim().min(1).max(60),
  memberId: z.number().int().positive().nullable().default(null),
  grants: z.array(grantBody).max(10).default([]),
});
const updateBody = z
  .object({ displayName: z.string().trim().min(1).max(60), memberId: z.number().int().positive().nullable() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
const userParam = z.object({ userId: z.coerce.number().int().positive() });
const grantParam = z.object({
  userId: z.coerce.number().int().positive(),
  grantId: z.coerce.number().int().positive(),
});
const accessQuery = z.object({ orgId: z.coerce.number().int().positive() });

const temporaryPassword = () => randomBytes(9).toString('base64url');

interface CityGrant {
  id: number;
  role: string;
  orgId: number | null;
  orgPath: string | null;
  orgName: string | null;
}

/** Users and role grants inside one city (admin console). Nobody can grant wider than their own reach. */
export function userRoutes({ db }: CoreDeps) {
  const app = new Hono<AppEnv>();
  const tag = { tags: ['users'] };

  async function grantsOf(cityId: number, userIds: number[]) {
    if (!userIds.length) return new Map<number, CityGrant[]>();
    const rows = await db
      .selectFrom('core.role_grant as g')
      .leftJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'g.city_id').onRef('o.id', '=', 'g.org_id'))
      .select(['g.id', 'g.user_id', 'g.role', 'g.org_id', 'o.path', 'o.name'])
      .where('g.city_id', '=', cityId)
      .where('g.user_id', 'in', userIds)
      .orderBy('g.id')
      .execute();
    const map = new Map<number, CityGrant[]>();
    for (const r of rows) {
      const list = map.get(r.user_id) ?? [];
      list.push({ id: r.id, role: r.role, orgId: r.org_id, orgPath: r.path, orgName: r.name });
      map.set(r.user_id, list);
    }
    return map;
  }

  /** An org admin manages a user only when every grant the user holds here lies inside their subtrees. */
  function mayManage(c: Context<AppEnv>, grants: CityGrant[]) {
    const access = c.get('access');
    if (access.level === 'city') return true;
    if (access.level !== 'orgs') return false;
    return grants.every((g) => g.role === 'member' || (g.orgPath != null && pathInScope(access, g.orgPath)));
  }

  async function loadUser(c: Context<AppEnv>, userId: number) {
    const city = c.get('city');
    const user = await db.selectFrom('core.app_user').selectAll().where('id', '=', userId).executeTakeFirst();
    const grants = (await grantsOf(city.id, [userId])).get(userId) ?? [];
    if (!user || (user.city_id !== city.id && !grants.length)) throw notFound('user');
    const platform = await db
      .selectFrom('core.role_grant')
      .select('id')
      .where('user_id', '=', userId)
      .where('role', '=', 'platform_admin')
      .executeTakeFirst();
    if (platform || !mayManage(c, grants)) throw forbidden();
    return { user, grants };
  }

  async function checkGrantAllowed(c: Context<AppEnv>, grant: z.infer<typeof grantBody>, field: string) {
    const access = c.get('access');
    if (grant.role === 'city_admin') {
      if (access.level !== 'city') throw forbidden();
      if (grant.orgId != null)
        throw new ApiError(
          400,
          'validation_failed',
          { detail: 'city_admin takes no orgId' },
          `${field}.orgId`,
        );
    } else if (grant.role === 'org_admin') {
      if (grant.orgId == null)
        throw new ApiError(400, 'validation_failed', { detail: 'org_admin needs orgId' }, `${field}.orgId`);
      await orgInScope(db, c, grant.orgId, `${field}.orgId`);
    } else if (grant.orgId != null) {
      throw new ApiError(400, 'validation_failed', { detail: 'member takes no orgId' }, `${field}.orgId`);
    }
  }

  async function assertMemberInScope(c: Context<AppEnv>, memberId: number | null | undefined) {
    if (memberId == null) return;
    const city = c.get('city');
    await assertInCity(db, 'core.member', city.id, memberId, 'memberId');
    const member = await db
      .selectFrom('core.member as m')
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'),
      )
      .select('o.path')
      .where('m.city_id', '=', city.id)
      .where('m.id', '=', memberId)
      .executeTakeFirstOrThrow();
    if (!pathInScope(c.get('access'), member.path))
      throw new ApiError(400, 'out_of_scope', { field: 'memberId' }, 'memberId');
  }

  async function cityAdminCount(trx: Kysely<CoreDatabase>, cityId: number) {
    const r = await trx
      .selectFrom('core.role_grant as g')
      .innerJoin('core.app_user as u', 'u.id', 'g.user_id')
      .select((eb) => eb.fn.count<number>('g.user_id').distinct().as('n'))
      .where('g.city_id', '=', cityId)
      .where('g.role', '=', 'city_admin')
      .where('u.active', '=', true)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  const view = (
    u: {
      id: number;
      username: string;
      display_name: string;
      member_id: number | null;
      active: boolean;
      must_change_password: boolean;
    },
    grants: CityGrant[],
  ) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    memberId: u.member_id,
    active: u.active,
    mustChangePassword: u.must_change_password,
    grants: grants.map(({ orgPath: _p, ...g }) => g),
  });

  app.get(
    '/',
    describe({
      summary: 'Accounts with a role in this city that the actor manages',
      response: itemsOf(userSchema),
      ...tag,
    }),
    async (c) => {
      requireOrgAdmin(c);
      const city = c.get('city');
      const ids = await db
        .selectFrom('core.app_user as u')
        .select('u.id')
        .where((eb) =>
          eb.or([
            eb('u.city_id', '=', city.id),
            eb(
              'u.id',
              'in',
              eb.selectFrom('core.role_grant').select('user_id').where('city_id', '=', city.id),
            ),
          ]),
        )
        .where(
          'u.id',
          'not in',
          db.selectFrom('core.role_grant').select('user_id').where('role', '=', 'platform_admin'),
        )
        .orderBy('u.id')
        .limit(2000)
        .execute();
      const grants = await grantsOf(
        city.id,
        ids.map((r) => r.id),
      );
      const users = ids.length
        ? await db
            .selectFrom('core.app_user')
            .selectAll()
            .where(
              'id',
              'in',
              ids.map((r) => r.id),
            )
            .orderBy('id')
            .execute()
        : [];
      return c.json({
        items: users
          .filter((u) => mayManage(c, grants.get(u.id) ?? []))
          .map((u) => view(u, grants.get(u.id) ?? [])),
      });
    },
  );

  app.post(
    '/',
    describe({
      summary: 'Create an account; returns a temporary password shown once',
      status: 201,
      response: userSchema.extend({ temporaryPassword: z.string() }),
      ...tag,
    }),
    validate('json', createBody),
    async (c) => {
      requireOrgAdmin(c);
      const body = c.req.valid('json');
      const city = c.get('city');
      for (const [i, g] of body.grants.entries()) await checkGrantAllowed(c, g, `grants.${i}`);
      await assertMemberInScope(c, body.memberId);
      const password = temporaryPassword();
      const hash = await hashPassword(password);
      const actor = c.get('actor');
      const user = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('core.app_user')
          .values({
            username: body.username,
            password_hash: hash,
            display_name: body.displayName,
            city_id: city.id,
            member_id: body.memberId,
            must_change_password: true,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        for (const g of body.grants)
          await trx
            .insertInto('core.role_grant')
            .values({
              user_id: row.id,
              role: g.role,
              city_id: city.id,
              org_id: g.orgId,
              granted_by: actor.userId,
            })
            .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: actor.userId,
          action: 'create',
          entity: 'user',
          entityId: row.id,
          after: { username: row.username, memberId: row.member_id, grants: body.grants },
        });
        return row;
      });
      const grants = (await grantsOf(city.id, [user.id])).get(user.id) ?? [];
      return c.json({ ...view(user, grants), temporaryPassword: password }, 201);
    },
  );

  app.patch(
    '/:userId',
    describe({ summary: 'Rename an account or link it to a member', response: userSchema, ...tag }),
    validate('param', userParam),
    validate('json', updateBody),
    async (c) => {
      requireOrgAdmin(c);
      const { user, grants } = await loadUser(c, c.req.valid('param').userId);
      const body = c.req.valid('json');
      await assertMemberInScope(c, body.memberId);
      const city = c.get('city');
      const after = await db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('core.app_user')
          .set({
            display_name: body.displayName,
            member_id: body.memberId,
            city_id: body.memberId ? city.id : user.city_id,
          })
          .where('id', '=', user.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'update',
          entity: 'user',
          entityId: user.id,
          before: { displayName: user.display_name, memberId: user.member_id },
          after: { displayName: row.display_name, memberId: row.member_id },
        });
        return row;
      });
      return c.json(view(after, grants));
    },
  );

  app.post(
    '/:userId/deactivate',
    describe({
      summary: 'Deactivate an account (its sessions end)', noBody: true,
      response: okSchema,
      ...tag,
      responses: { 409: 'the last city admin' },
    }),
    validate('param', userParam),
    async (c) => {
      requireOrgAdmin(c);
      const { user, grants } = await loadUser(c, c.req.valid('param').userId);
      const city = c.get('city');
      if (user.id === c.get('actor').userId)
        throw new ApiError(409, 'conflict', { reason: '不能停用自己 / cannot deactivate yourself' });
      if (!user.active) throw new ApiError(409, 'conflict', { reason: 'already inactive' });
      await db.transaction().execute(async (trx) => {
        if (grants.some((g) => g.role === 'city_admin') && (await cityAdminCount(trx, city.id)) <= 1)
          throw new ApiError(409, 'last_city_admin');
        await trx.updateTable('core.app_user').set({ active: false }).where('id', '=', user.id).execute();
        await deleteUserSessions(trx, user.id);
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'deactivate',
          entity: 'user',
          entityId: user.id,
          before: { active: true },
          after: { active: false },
        });
      });
      return c.json({ ok: true });
    },
  );

  app.post(
    '/:userId/reset-password',
    describe({
      summary: 'Reset a password; the user must change it at next login', noBody: true,
      response: z.object({ temporaryPassword: z.string() }),
      ...tag,
    }),
    validate('param', userParam),
    async (c) => {
      requireOrgAdmin(c);
      const { user } = await loadUser(c, c.req.valid('param').userId);
      const password = temporaryPassword();
      const hash = await hashPassword(password);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('core.app_user')
          .set({ password_hash: hash, must_change_password: true })
          .where('id', '=', user.id)
          .execute();
        await deleteUserSessions(trx, user.id);
        await recordAudit(trx, {
          cityId: c.get('city').id,
          actorUserId: c.get('actor').userId,
          action: 'reset_password',
          entity: 'user',
          entityId: user.id,
        });
      });
      return c.json({ temporaryPassword: password });
    },
  );

  app.post(
    '/:userId/grants',
    describe({
      summary: 'Grant a role (never wider than the granter’s own)',
      status: 201,
      response: z.object({ id: z.number(), role: z.string(), orgId: z.number().nullable() }),
      ...tag,
    }),
    validate('param', userParam),
    validate('json', grantBody),
    async (c) => {
      requireOrgAdmin(c);
      const { user } = await loadUser(c, c.req.valid('param').userId);
      const grant = c.req.valid('json');
      await checkGrantAllowed(c, grant, 'grant');
      const city = c.get('city');
      const duplicate = await db
        .selectFrom('core.role_grant')
        .select('id')
        .where('user_id', '=', user.id)
        .where('city_id', '=', city.id)
        .where('role', '=', grant.role)
        .where((eb) => (grant.orgId == null ? eb('org_id', 'is', null) : eb('org_id', '=', grant.orgId)))
        .executeTakeFirst();
      if (duplicate) throw new ApiError(409, 'conflict', { reason: 'role already granted' }, 'role');
      const row = await db.transaction().execute(async (trx) => {
        const created = await trx
          .insertInto('core.role_grant')
          .values({
            user_id: user.id,
            role: grant.role,
            city_id: city.id,
            org_id: grant.orgId,
            granted_by: c.get('actor').userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'grant',
          entity: 'user',
          entityId: user.id,
          after: { role: grant.role, orgId: grant.orgId },
        });
        return created;
      });
      return c.json({ id: row.id, role: row.role, orgId: row.org_id }, 201);
    },
  );

  app.delete(
    '/:userId/grants/:grantId',
    describe({
      summary: 'Revoke a role',
      response: okSchema,
      ...tag,
      responses: { 409: 'the last city admin' },
    }),
    validate('param', grantParam),
    async (c) => {
      requireOrgAdmin(c);
      const { userId, grantId } = c.req.valid('param');
      const { user, grants } = await loadUser(c, userId);
      const grant = grants.find((g) => g.id === grantId);
      if (!grant) throw notFound('user');
      const city = c.get('city');
      await db.transaction().execute(async (trx) => {
        if (grant.role === 'city_admin' && (await cityAdminCount(trx, city.id)) <= 1)
          throw new ApiError(409, 'last_city_admin');
        await trx.deleteFrom('core.role_grant').where('id', '=', grantId).execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'revoke',
          entity: 'user',
          entityId: user.id,
          before: { role: grant.role, orgId: grant.orgId },
        });
      });
      return c.json({ ok: true });
    },
  );

  app.get(
    '/access',
    describe({
      summary: 'Who can do what on an org node: admins of the city and of every enclosing subtree',
      response: z.object({
        org: z.object({ id: z.number(), name: z.string() }),
        items: z.array(
          z.looseObject({
            userId: z.number(),
            username: z.string(),
            role: z.string(),
            can: z.array(z.string()),
          }),
        ),
      }),
      ...tag,
    }),
    validate('query', accessQuery),
    async (c) => {
      requireOrgAdmin(c);
      const org = await orgInScope(db, c, c.req.valid('query').orgId, 'orgId');
      const city = c.get('city');
      const enclosing = org.path.split('/').filter(Boolean).map(Number);
      const rows = await db
        .selectFrom('core.role_grant as g')
        .innerJoin('core.app_user as u', 'u.id', 'g.user_id')
        .leftJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'g.city_id').onRef('o.id', '=', 'g.org_id'),
        )
        .select(['u.id', 'u.username', 'u.display_name', 'g.role', 'g.org_id', 'o.name as org_name'])
        .where('u.active', '=', true)
        .where((eb) =>
          eb.or([
            eb('g.role', '=', 'platform_admin'),
            eb.and([eb('g.city_id', '=', city.id), eb('g.role', '=', 'city_admin')]),
            eb.and([
              eb('g.city_id', '=', city.id),
              eb('g.role', '=', 'org_admin'),
              eb('g.org_id', 'in', enclosing),
            ]),
          ]),
        )
        .orderBy('u.id')
        .execute();
      const can: Record<string, string[]> = {
        platform_admin: ['read', 'write', 'manage_users', 'configure_models'],
        city_admin: ['read', 'write', 'manage_users', 'configure_models'],
        org_admin: ['read', 'write', 'manage_users'],
      };
      return c.json({
        org: { id: org.id, name: org.name },
        items: rows.map((r) => ({
          userId: r.id,
          username: r.username,
          displayName: r.display_name,
          role: r.role,
          viaOrgId: r.org_id,
          viaOrgName: r.org_name,
          can: can[r.role] ?? [],
        })),
      });
    },
  );

  return app;
}
