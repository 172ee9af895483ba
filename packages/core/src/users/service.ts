import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit';
import { hashPassword } from '../auth/password';
import { deleteUserSessions } from '../auth/session';
import type { AppUser, CoreDatabase } from '../db/schema';
import { ApiError } from '../http/errors';
import { type CityGrant, lockedCityAdminCount } from './queries';
import type { CreateUser, GrantRequest, UpdateUser } from './schemas';

/** The transactions of accounts and their grants, each write with its audit entry. */

type Db = Kysely<CoreDatabase>;

/** Who writes: the city and the logged-in user the audit names. */
export interface Writer {
  cityId: number;
  userId: number;
}

const temporaryPassword = () => randomBytes(9).toString('base64url');

/** Creates an account with its grants; returns it with its temporary password (shown once). */
export async function createUser(db: Db, who: Writer, body: CreateUser) {
  const password = temporaryPassword();
  const hash = await hashPassword(password);
  const user = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('core.app_user')
      .values({
        username: body.username,
        password_hash: hash,
        display_name: body.displayName,
        city_id: who.cityId,
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
          city_id: who.cityId,
          org_id: g.orgId,
          granted_by: who.userId,
        })
        .execute();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'create',
      entity: 'user',
      entityId: row.id,
      after: { username: row.username, memberId: row.member_id, grants: body.grants },
    });
    return row;
  });
  return { user, password };
}

/** Renames an account or links it to a member (which homes it in this city). */
export function updateUser(db: Db, who: Writer, user: AppUser, body: UpdateUser): Promise<AppUser> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('core.app_user')
      .set({
        display_name: body.displayName,
        member_id: body.memberId,
        city_id: body.memberId ? who.cityId : user.city_id,
      })
      .where('id', '=', user.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'update',
      entity: 'user',
      entityId: user.id,
      before: { displayName: user.display_name, memberId: user.member_id },
      after: { displayName: row.display_name, memberId: row.member_id },
    });
    return row;
  });
}

/**
 * Deactivates an account and ends its sessions; never the city's last admin. Conditional: of two racing
 * deactivations one changes the row, the other gets a 409 (one audit entry).
 */
export function deactivateUser(db: Db, who: Writer, userId: number, grants: CityGrant[]): Promise<void> {
  return db.transaction().execute(async (trx) => {
    if (grants.some((g) => g.role === 'city_admin') && (await lockedCityAdminCount(trx, who.cityId)) <= 1)
      throw new ApiError(409, 'last_city_admin');
    const changed = await trx
      .updateTable('core.app_user')
      .set({ active: false })
      .where('id', '=', userId)
      .where('active', '=', true)
      .returning('id')
      .executeTakeFirst();
    if (!changed) throw new ApiError(409, 'conflict', { reason: 'already inactive' });
    await deleteUserSessions(trx, userId);
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'deactivate',
      entity: 'user',
      entityId: userId,
      before: { active: true },
      after: { active: false },
    });
  });
}

/** Sets a temporary password the user must change at next login, and ends their sessions; returns it. */
export async function resetPassword(db: Db, who: Writer, userId: number): Promise<string> {
  const password = temporaryPassword();
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('core.app_user')
      .set({ password_hash: hash, must_change_password: true })
      .where('id', '=', userId)
      .execute();
    await deleteUserSessions(trx, userId);
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'reset_password',
      entity: 'user',
      entityId: userId,
    });
  });
  return password;
}

/** Grants a role. The unique key decides, not a look-up first: of racing identical grants exactly one is inserted. */
export function grantRole(db: Db, who: Writer, userId: number, grant: GrantRequest) {
  return db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto('core.role_grant')
      .values({
        user_id: userId,
        role: grant.role,
        city_id: who.cityId,
        org_id: grant.orgId,
        granted_by: who.userId,
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
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'grant',
      entity: 'user',
      entityId: userId,
      after: { role: grant.role, orgId: grant.orgId },
    });
    return created;
  });
}

/** Revokes one of an account's grants; never the city's last admin's. */
export function revokeGrant(db: Db, who: Writer, userId: number, grant: CityGrant): Promise<void> {
  return db.transaction().execute(async (trx) => {
    if (grant.role === 'city_admin' && (await lockedCityAdminCount(trx, who.cityId)) <= 1)
      throw new ApiError(409, 'last_city_admin');
    await trx.deleteFrom('core.role_grant').where('id', '=', grant.id).execute();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'revoke',
      entity: 'user',
      entityId: userId,
      before: { role: grant.role, orgId: grant.orgId },
    });
  });
}
