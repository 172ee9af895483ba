import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
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

export async function deleteSession(db: Kysely<CoreDatabase>, token: string) {
  await db.deleteFrom('core.session').where('id', '=', digest(token)).execute();
}

export async function deleteUserSessions(db: Kysely<CoreDatabase>, userId: number) {
  await db.deleteFrom('core.session').where('user_id', '=', userId).execute();
}
