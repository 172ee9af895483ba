import { type Kysely, sql } from 'kysely';
import type { CoreDatabase } from '../db/schema';
import { CLAIM_LEASE_MS, type CheckedNotice } from './rules';

/**
 * The accounts a notice reaches in its city: active accounts that belong to the city (home city or a grant there),
 * and the own account of each member record (members without an account are skipped).
 */
export async function recipientsOf(db: Kysely<CoreDatabase>, n: CheckedNotice): Promise<number[]> {
  const found = new Set<number>();
  if (n.userIds.length) {
    const rows = await db
      .selectFrom('core.app_user as u')
      .select('u.id')
      .where('u.id', 'in', n.userIds)
      .where('u.active', '=', true)
      .where((eb) =>
        eb.or([
          eb('u.city_id', '=', n.cityId),
          eb.exists(
            eb
              .selectFrom('core.role_grant as g')
              .select('g.id')
              .whereRef('g.user_id', '=', 'u.id')
              .where('g.city_id', '=', n.cityId),
          ),
        ]),
      )
      .execute();
    for (const r of rows) found.add(r.id);
  }
  if (n.memberIds.length) {
    const rows = await db
      .selectFrom('core.app_user')
      .select('id')
      .where('city_id', '=', n.cityId)
      .where('member_id', 'in', n.memberIds)
      .where('active', '=', true)
      .execute();
    for (const r of rows) found.add(r.id);
  }
  return [...found].sort((a, b) => a - b);
}

/** Stores one row per recipient, skipping those who already had `onceKey`; returns the new rows' ids. */
export async function insertNotifications(
  db: Kysely<CoreDatabase>,
  pluginId: string,
  n: CheckedNotice,
  userIds: number[],
  now: Date,
): Promise<number[]> {
  const out: number[] = [];
  // 13 columns a row: 1,000 rows stay well under PostgreSQL's 65,535 parameters.
  for (let i = 0; i < userIds.length; i += 1_000) {
    const rows = await db
      .insertInto('core.notification')
      .values(
        userIds.slice(i, i + 1_000).map((userId) => ({
          city_id: n.cityId,
          user_id: userId,
          plugin_id: pluginId,
          kind: n.kind,
          title_zh: n.title.zh,
          title_en: n.title.en,
          body_zh: n.body?.zh ?? null,
          body_en: n.body?.en ?? null,
          href: n.href,
          once_key: n.onceKey,
          created_at: now,
        })),
      )
      .onConflict((oc) => oc.constraint('notification_once_key').doNothing())
      .returning('id')
      .execute();
    out.push(...rows.map((r) => r.id));
  }
  return out;
}

export async function queueForChannels(
  db: Kysely<CoreDatabase>,
  cityId: number,
  notificationIds: number[],
  channels: string[],
  now: Date,
) {
  const rows = notificationIds.flatMap((id) =>
    channels.map((channel) => ({ city_id: cityId, notification_id: id, channel, next_attempt_at: now })),
  );
  for (let i = 0; i < rows.length; i += 5_000)
    await db
      .insertInto('core.notification_outbox')
      .values(rows.slice(i, i + 5_000))
      .execute();
}

export interface InboxFilter {
  unread: boolean;
  limit: number;
  before?: number;
}

export function inboxPage(db: Kysely<CoreDatabase>, cityId: number, userId: number, f: InboxFilter) {
  let q = db
    .selectFrom('core.notification')
    .selectAll()
    .where('city_id', '=', cityId)
    .where('user_id', '=', userId);
  if (f.unread) q = q.where('read_at', 'is', null);
  if (f.before) q = q.where('id', '<', f.before);
  return q
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

export async function unreadCount(db: Kysely<CoreDatabase>, cityId: number, userId: number) {
  const r = await db
    .selectFrom('core.notification')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('city_id', '=', cityId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Marks one of the user's own notices read (keeping the first read time); undefined when it is not theirs. */
export async function markRead(
  db: Kysely<CoreDatabase>,
  cityId: number,
  userId: number,
  id: number,
  now: Date,
) {
  return db
    .updateTable('core.notification')
    .set({ read_at: sql<Date>`coalesce(read_at, ${now.toISOString()}::timestamptz)` })
    .where('city_id', '=', cityId)
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function markAllRead(db: Kysely<CoreDatabase>, cityId: number, userId: number, now: Date) {
  const r = await db
    .updateTable('core.notification')
    .set({ read_at: now })
    .where('city_id', '=', cityId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export interface ClaimedSend {
  city_id: number;
  id: number;
  notification_id: number;
  attempts: number;
}

/**
 * Claims up to `limit` due rows of one channel for this process: locked rows (another process is claiming them)
 * are skipped, and each claimed row is leased (next_attempt_at moves on), so a process that dies mid-send only
 * delays it. The attempt is counted at the claim.
 */
export async function claimDue(db: Kysely<CoreDatabase>, channel: string, limit: number, now: Date) {
  return db.transaction().execute(async (trx) => {
    const due = await sql<{ city_id: number; id: number }>`
      select city_id, id from core.notification_outbox
       where status = 'pending' and channel = ${channel} and next_attempt_at <= ${now.toISOString()}::timestamptz
       order by next_attempt_at, city_id, id
       limit ${limit}
       for update skip locked`.execute(trx);
    const claimed: ClaimedSend[] = [];
    for (const row of due.rows) {
      const r = await trx
        .updateTable('core.notification_outbox')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          next_attempt_at: new Date(now.getTime() + CLAIM_LEASE_MS),
        }))
        .where('city_id', '=', row.city_id)
        .where('id', '=', row.id)
        .returning(['city_id', 'id', 'notification_id', 'attempts'])
        .executeTakeFirstOrThrow();
      claimed.push(r);
    }
    return claimed;
  });
}

export function noticeForSend(db: Kysely<CoreDatabase>, cityId: number, notificationId: number) {
  return db
    .selectFrom('core.notification as n')
    .innerJoin('core.app_user as u', 'u.id', 'n.user_id')
    .selectAll('n')
    .select(['u.locale', 'u.member_id'])
    .where('n.city_id', '=', cityId)
    .where('n.id', '=', notificationId)
    .executeTakeFirst();
}
