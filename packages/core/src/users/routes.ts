import type { Context } from 'hono';
import { Hono } from 'hono';
import { pathInScope } from '../auth/actor';
import { assertInCity, orgInScope, requireOrgAdmin } from '../cities/scope';
import type { CoreDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { ApiError, forbidden, notFound } from '../http/errors';
import { itemsOf, okSchema, userSchema } from '../http/schemas';
import { describe, validate } from '../http/validate';
import {
  accountsInCity,
  adminsReaching,
  candidateAccounts,
  findUser,
  memberOrgPath,
  usersByIds,
} from './queries';
import { abilitiesOf, grantOrgProblem, newAccountReach, UNANCHORED, userView } from './rules';
import {
  accessQuery,
  createBody,
  createdUserSchema,
  type GrantRequest,
  grantBody,
  grantedSchema,
  grantParam,
  orgAccessSchema,
  temporaryPasswordSchema,
  updateBody,
  userParam,
} from './schemas';
import { mayManageAccount } from './scope';
import {
  createUser,
  deactivateUser,
  grantRole,
  resetPassword,
  revokeGrant,
  updateUser,
  type Writer,
} from './service';

const writer = (c: Context<AppEnv>): Writer => ({ cityId: c.get('city').id, userId: c.get('actor').userId });

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
    const user = await findUser(db, userId);
    const account = user && (await accountsInCity(db, city.id, [userId])).get(userId)!;
    if (!user || !account || (user.city_id !== city.id && !account.grants.length)) throw notFound('user');
    if (!mayManageAccount(c.get('access'), account.reach)) throw forbidden();
    return { user, grants: account.grants };
  }

  /** Refuses a grant wider than the actor's reach; returns the granted org's path (org_admin) or null. */
  async function checkGrantAllowed(
    c: Context<AppEnv>,
    grant: GrantRequest,
    field: string,
  ): Promise<string | null> {
    if (grant.role === 'city_admin' && c.get('access').level !== 'city') throw forbidden();
    const problem = grantOrgProblem(grant);
    if (problem) throw new ApiError(400, 'validation_failed', { detail: problem }, `${field}.orgId`);
    if (grant.role === 'org_admin' && grant.orgId != null)
      return (await orgInScope(db, c, grant.orgId, `${field}.orgId`)).path;
    return null;
  }

  /** The linked member must be in the actor's reach; returns its org path. */
  async function assertMemberInScope(c: Context<AppEnv>, memberId: number | null | undefined) {
    if (memberId == null) return null;
    const city = c.get('city');
    await assertInCity(db, 'core.member', city.id, memberId, 'memberId');
    const path = await memberOrgPath(db, city.id, memberId);
    if (!pathInScope(c.get('access'), path))
      throw new ApiError(400, 'out_of_scope', { field: 'memberId' }, 'memberId');
    return path;
  }

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
      const users = manageable.length ? await usersByIds(db, manageable) : [];
      return c.json({ items: users.map((u) => userView(u, accounts.get(u.id)!.grants)) });
    },
  );

  app.post(
    '/',
    describe({
      summary: 'Create an account; returns a temporary password shown once',
      status: 201,
      response: createdUserSchema,
      ...tag,
    }),
    validate('json', createBody),
    async (c) => {
      requireOrgAdmin(c);
      const body = c.req.valid('json');
      const grantPaths: (string | null)[] = [];
      for (const [i, g] of body.grants.entries())
        grantPaths.push(await checkGrantAllowed(c, g, `grants.${i}`));
      const memberOrgPath = await assertMemberInScope(c, body.memberId);
      // An org admin may only create what they could manage afterwards (not an account anchored nowhere).
      if (!mayManageAccount(c.get('access'), newAccountReach(memberOrgPath, body.grants, grantPaths)))
        throw new ApiError(400, 'validation_failed', { detail: UNANCHORED }, 'grants');
      const { user, password } = await createUser(db, writer(c), body);
      const grants = await grantsOf(c.get('city').id, user.id);
      return c.json({ ...userView(user, grants), temporaryPassword: password }, 201);
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
      const after = await updateUser(db, writer(c), user, body);
      return c.json(userView(after, grants));
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
      if (user.id === c.get('actor').userId)
        throw new ApiError(409, 'conflict', { reason: '不能停用自己 / cannot deactivate yourself' });
      if (!user.active) throw new ApiError(409, 'conflict', { reason: 'already inactive' });
      await deactivateUser(db, writer(c), user.id, grants);
      return c.json({ ok: true });
    },
  );

  app.post(
    '/:userId/reset-password',
    describe({
      summary: 'Reset a password; the user must change it at next login',
      noBody: true,
      response: temporaryPasswordSchema,
      ...tag,
    }),
    validate('param', userParam),
    async (c) => {
      requireOrgAdmin(c);
      const { user } = await loadUser(c, c.req.valid('param').userId);
      return c.json({ temporaryPassword: await resetPassword(db, writer(c), user.id) });
    },
  );

  app.post(
    '/:userId/grants',
    describe({
      summary: 'Grant a role (never wider than the granter’s own)',
      status: 201,
      response: grantedSchema,
      ...tag,
    }),
    validate('param', userParam),
    validate('json', grantBody),
    async (c) => {
      requireOrgAdmin(c);
      const { user } = await loadUser(c, c.req.valid('param').userId);
      const grant = c.req.valid('json');
      await checkGrantAllowed(c, grant, 'grant');
      const row = await grantRole(db, writer(c), user.id, grant);
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
      await revokeGrant(db, writer(c), user.id, grant);
      return c.json({ ok: true });
    },
  );

  app.get(
    '/access',
    describe({
      summary: 'Who can do what on an org node: admins of the city and of every enclosing subtree',
      response: orgAccessSchema,
      ...tag,
    }),
    validate('query', accessQuery),
    async (c) => {
      requireOrgAdmin(c);
      const org = await orgInScope(db, c, c.req.valid('query').orgId, 'orgId');
      const enclosing = org.path.split('/').filter(Boolean).map(Number);
      const rows = await adminsReaching(db, c.get('city').id, enclosing);
      return c.json({
        org: { id: org.id, name: org.name },
        items: rows.map((r) => ({
          userId: r.id,
          username: r.username,
          displayName: r.display_name,
          role: r.role,
          viaOrgId: r.org_id,
          viaOrgName: r.org_name,
          can: abilitiesOf(r.role),
        })),
      });
    },
  );

  return app;
}
