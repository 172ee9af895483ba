import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { type Actor, actorOf } from './actor';
import type { Clock } from '../clock';
import type { CoreDatabase } from '../db/schema';

export const SESSION_COOKIE = 'jiceng_session';
export const SESSION_HOURS = 12;

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Only the token's hash is stored, so a leaked table does not leak sessions. */
export async function createSession(db: Kysely<CoreDatabase>, userId: number, clock: Clock) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(clock.now().getTime() + SESSION_HOURS * 3_600_000);
  await db
    .insertInto('core.session')
    .values({ id: digest(token), user_id: userId, expires_at: expiresAt })
    .execute();
  return { token, expiresAt };
}

export async function userIdForSession(db: Kysely<CoreDatabase>, token: string, clock: Clock) {
  const row = await db
    .selectFrom('core.session')
    .select(['user_id'])
    .where('id', '=', digest(token))
    .where('expires_at', '>', clock.now())
    .executeTakeFirst();
  return row?.user_id;
}

/**
 * The live session's active user with their grants, in one query (a request's login check: session, account and
 * grants were three round trips). Same answer as loadActor(userIdForSession(token)).
 */
export async function actorForSession(
  db: Kysely<CoreDatabase>,
  token: string,
  clock: Clock,
): Promise<Actor | undefined> {
  const rows = await db
    .selectFrom('core.session as s')
    .innerJoin('core.app_user as u', 'u.id', 's.user_id')
    .leftJoin('core.role_grant as g', 'g.user_id', 'u.id')
    .leftJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'g.city_id').onRef('o.id', '=', 'g.org_id'))
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.locale',
      'u.city_id',
      'u.member_id',
      'u.must_change_password',
      'g.id as grant_id',
      'g.role',
      'g.city_id as grant_city_id',
      'g.org_id',
      'o.path',
    ])
    .where('s.id', '=', digest(token))
    .where('s.expires_at', '>', clock.now())
    .where('u.active', '=', true)
    .orderBy('g.id')
    .execute();
  const user = rows[0];
  if (!user) return undefined;
  const grants = rows.flatMap((g) =>
    g.grant_id === null || g.role === null
      ? []
      : [{ role: g.role, city_id: g.grant_city_id, org_id: g.org_id, path: g.path }],
  );
  return actorOf(user, grants);
}

export async function deleteSession(db: Kysely<CoreDatabase>, token: string) {
  await db.deleteFrom('core.session').where('id', '=', digest(token)).execute();
}

export async function deleteUserSessions(db: Kysely<CoreDatabase>, userId: number) {
  await db.deleteFrom('core.session').where('user_id', '=', userId).execute();
}
