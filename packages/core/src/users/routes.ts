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
import { describe, localizedIssue, nameText, validate } from '../http/validate';
import { accountsInCity, type CityGrant, candidateAccounts } from './queries';
import { mayManageAccount } from './scope';
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
  displayName: nameText(60),
  memberId: z.number().int().positive().nullable().default(null),
  grants: z
    .array(grantBody)
    .max(10)
    .default([])
    .refine(
      (gs) => new Set(gs.map((g) => `${g.role}:${g.orgId}`)).size === gs.length,
      localizedIssue({ 'zh-CN': '同一角色重复授予', en: 'the same role is granted twice' }),
    ),
});
const updateBody = z
  .object({ displayName: nameText(60), memberId: z.number().int().positive().nullable() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
const userParam = z.object({ userId: z.coerce.number().int().positive() });
const grantParam = z.object({
  userId: z.coerce.number().int().positive(),
  grantId: z.coerce.number().int().positive(),
});
const accessQuery = z.object({ orgId: z.coerce.number().int().positive() });

const temporaryPassword = () => randomBytes(9).toString('base64url');

/** Users and role grants inside one city (admin console). Nobody can grant wider than their own reach. */
export function userRoutes({ db }: CoreDeps) {
  const app = new Hono<AppEnv>();
  const tag = { tags: ['users'] };

  async function grantsOf(cityId: number, userId: number) {
    return (await accountsInCity(db, cityId, [userId])).get(userId)?.grants ?? [];
  }

  /** The account, if the actor may manage it: another city's is a 404, one beyond the actor's reach a 403. */
  async function loadUser(c: Context<AppEnv>, userId: number) {
    const city = c.get('city');
    const user = await db.selectFrom('core.app_user').selectAll().where('id', '=', userId).executeTakeFirst();
    const account = user && (await accountsInCity(db, city.id, [userId])).get(userId)!;
    if (!user || !account || (user.city_id !== city.id && !account.grants.length)) throw notFound('user');
    if (!mayManageAccount(c.get('access'), account.reach)) throw forbidden();
    return { user, grants: account.grants };
  }

  /** Refuses a grant wider than the actor's reach; returns the granted org's path (org_admin) or null. */
  async function checkGrantAllowed(
    c: Context<AppEnv>,
    grant: z.infer<typeof grantBody>,
    field: string,
  ): Promise<string | null> {
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
      return (await orgInScope(db, c, grant.orgId, `${field}.orgId`)).path;
    } else if (grant.orgId != null) {
      throw new ApiError(400, 'validation_failed', { detail: 'member takes no orgId' }, `${field}.orgId`);
    }
    return null;
  }

  /** The linked member must be in the actor's reach; returns its org path. */
  async function assertMemberInScope(c: Context<AppEnv>, memberId: number | null | undefined) {
    if (memberId == null) return null;
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
    return member.path;
  }

  /**
   * Active city admins of a city. Locks the city row first, so two admins removing each other at once are
   * decided one after the other and the city keeps its last admin.
   */
  async function cityAdminCount(trx: Kysely<CoreDatabase>, cityId: number) {
    await trx.selectFrom('core.city').select('id').where('id', '=', cityId).forUpdate().execute();
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
      const access = c.get('access');
      const ids = await candidateAccounts(db, city.id, access, 2000);
      const accounts = await accountsInCity(db, city.id, ids);
      const manageable = ids.filter((id) => mayManageAccount(access, accounts.get(id)!.reach));
      const users = manageable.length
        ? await db
            .selectFrom('core.app_user')
            .selectAll()
            .where('id', 'in', manageable)
            .orderBy('id')
            .execute()
        : [];
      return c.json({ items: users.map((u) => view(u, accounts.get(u.id)!.grants)) });
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
      const grantPaths: (string | null)[] = [];
      for (const [i, g] of body.grants.entries())
        grantPaths.push(await checkGrantAllowed(c, g, `grants.${i}`));
      const memberOrgPath = await assertMemberInScope(c, body.memberId);
      // An org admin may only create what they could manage afterwards (not an account anchored nowhere).
      const reach = {
        platformAdmin: false,
        otherCityGrants: false,
        memberOrgPath,
        grants: body.grants.map((g, i) => ({ role: g.role, orgPath: grantPaths[i] ?? null })),
      };
      if (!mayManageAccount(c.get('access'), reach))
        throw new ApiError(
          400,
          'validation_failed',
          {
            detail: {
              'zh-CN': '须关联本辖区的党员或授予本辖区内的角色',
              en: 'needs a member or a grant inside your subtree',
            },
          },
          'grants',
        );
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
      const grants = await grantsOf(city.id, user.id);
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
      summary: 'Deactivate an account (its sessions end)',
      noBody: true,
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
        // Conditional: of two racing deactivations one changes the row, the other gets a 409 (one audit entry).
        const changed = await trx
          .updateTable('core.app_user')
          .set({ active: false })
          .where('id', '=', user.id)
          .where('active', '=', true)
          .returning('id')
          .executeTakeFirst();
        if (!changed) throw new ApiError(409, 'conflict', { reason: 'already inactive' });
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
      summary: 'Reset a password; the user must change it at next login',
      noBody: true,
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
      // The unique key decides, not a look-up first: of racing identical grants exactly one is inserted.
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
          .onConflict((oc) => oc.doNothing())
          .returningAll()
          .executeTakeFirst();
        if (!created)
          throw new ApiError(
            409,
            'conflict',
            { reason: { 'zh-CN': '该角色已授予', en: 'role already granted' } },
            'role',
          );
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
