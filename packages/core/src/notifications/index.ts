import type { Kysely, Transaction } from 'kysely';
import { coreTablesOf } from '../db';
import type { CoreDatabase } from '../db/schema';
import type { CoreDeps } from '../deps';
import { notFound } from '../http/errors';
import type { LocalizedText } from '../indicators';
import type { PluginNotice } from '../plugins/contract';
import {
  claimDue,
  inboxPage,
  insertNotifications,
  markAllRead,
  markRead,
  noticeForSend,
  queueForChannels,
  recipientsOf,
  unreadCount,
} from './queries';
import { checkNotice, MAX_SEND_ATTEMPTS, retryDelayMs } from './rules';

export { checkNotice, NOTICE_LIMITS, PAGE_LIMIT, retryDelayMs } from './rules';

/** One notice as a channel beyond the app receives it (one recipient). */
export interface OutboundNotice {
  cityId: number;
  notificationId: number;
  userId: number;
  /** The recipient's member record in the city, if any (for a channel that needs a phone number). */
  memberId: number | null;
  locale: string;
  pluginId: string;
  kind: string;
  title: LocalizedText;
  body: LocalizedText | null;
  /** Shell path of the plugin page, /c/<city>/p/<plugin>/<href>, to build a link with. */
  href: string | null;
  createdAt: Date;
}

/**
 * A way to deliver notices beyond the app (SMS, WeChat …). Register it in `CoreDeps.notificationChannels`: every
 * notice stored from then on is queued for it in core.notification_outbox, and the scheduler's tick sends it.
 * `send` throws to fail; the row is tried again later (backoff), never dropped.
 */
export interface NotificationChannel {
  /** snake_case, stable: stored with each queued row. */
  id: string;
  send(notice: OutboundNotice): Promise<void>;
}

/**
 * PluginContext.notify: stores a plugin's notice for each recipient in the caller's transaction `db`, and queues it
 * for every configured channel. Returns how many recipients got it.
 */
export async function notify<DB extends CoreDatabase>(
  deps: CoreDeps,
  pluginId: string,
  db: Kysely<DB> | Transaction<DB>,
  notice: PluginNotice,
) {
  const checked = checkNotice(notice);
  const trx = coreTablesOf(db);
  const userIds = await recipientsOf(trx, checked);
  if (!userIds.length) return 0;
  const now = deps.clock.now();
  const ids = await insertNotifications(trx, pluginId, checked, userIds, now);
  const channels = (deps.notificationChannels ?? []).map((c) => c.id);
  if (ids.length && channels.length) await queueForChannels(trx, checked.cityId, ids, channels, now);
  return ids.length;
}

export interface NotificationView {
  id: number;
  pluginId: string;
  kind: string;
  title: LocalizedText;
  body: LocalizedText | null;
  href: string | null;
  createdAt: string;
  readAt: string | null;
}

type Row = Awaited<ReturnType<typeof inboxPage>>[number];
const iso = (d: Date | string) => new Date(d).toISOString();
const view = (r: Row): NotificationView => ({
  id: r.id,
  pluginId: r.plugin_id,
  kind: r.kind,
  title: { 'zh-CN': r.title_zh, en: r.title_en },
  body: r.body_zh != null && r.body_en != null ? { 'zh-CN': r.body_zh, en: r.body_en } : null,
  href: r.href,
  createdAt: iso(r.created_at),
  readAt: r.read_at ? iso(r.read_at) : null,
});

/** One page of a person's own notices in a city, newest first, with their unread count. */
export async function inbox(
  db: Kysely<CoreDatabase>,
  cityId: number,
  userId: number,
  filter: { unread: boolean; limit: number; before?: number },
) {
  const rows = await inboxPage(db, cityId, userId, filter);
  const items = rows.slice(0, filter.limit).map(view);
  return {
    items,
    unread: await unreadCount(db, cityId, userId),
    /** Pass as `before` for the next page; null on the last one. */
    nextBefore: rows.length > filter.limit ? items[items.length - 1]!.id : null,
  };
}

/** Marks one of the person's own notices read; another person's (or city's) id is a 404. */
export async function readOne(deps: CoreDeps, cityId: number, userId: number, id: number) {
  const row = await markRead(deps.db, cityId, userId, id, deps.clock.now());
  if (!row) throw notFound({ 'zh-CN': '通知', en: 'Notification' });
  return { ...view(row), unread: await unreadCount(deps.db, cityId, userId) };
}

export async function readAll(deps: CoreDeps, cityId: number, userId: number) {
  return { updated: await markAllRead(deps.db, cityId, userId, deps.clock.now()), unread: 0 };
}

export interface DispatchResult {
  sent: number;
  failed: number;
}

/**
 * One pass of the outbox: for each configured channel, claims due rows (FOR UPDATE SKIP LOCKED, so processes share
 * the work), sends them, and records the outcome. A failed send waits longer each time and is tried again; after
 * MAX_SEND_ATTEMPTS it stays as 'failed' with its last error. Rows are never deleted.
 */
export async function dispatchNotifications(
  deps: CoreDeps,
  options: { batch?: number } = {},
): Promise<DispatchResult> {
  const result: DispatchResult = { sent: 0, failed: 0 };
  for (const channel of deps.notificationChannels ?? []) {
    for (;;) {
      const batch = options.batch ?? 50;
      const claimed = await claimDue(deps.db, channel.id, batch, deps.clock.now());
      for (const row of claimed) {
        const n = await noticeForSend(deps.db, row.city_id, row.notification_id);
        let error: string | null = null;
        if (n) {
          try {
            await channel.send({
              cityId: n.city_id,
              notificationId: n.id,
              userId: n.user_id,
              memberId: n.member_id,
              locale: n.locale,
              pluginId: n.plugin_id,
              kind: n.kind,
              title: { 'zh-CN': n.title_zh, en: n.title_en },
              body: n.body_zh != null && n.body_en != null ? { 'zh-CN': n.body_zh, en: n.body_en } : null,
              href: n.href,
              createdAt: new Date(n.created_at),
            });
          } catch (e) {
            error = String((e as Error)?.message ?? e).slice(0, 2000) || 'send failed';
          }
        } else error = 'notification not found';
        const now = deps.clock.now();
        const base = deps.db
          .updateTable('core.notification_outbox')
          .where('city_id', '=', row.city_id)
          .where('id', '=', row.id);
        if (error === null) {
          await base.set({ status: 'sent', sent_at: now, last_error: null }).execute();
          result.sent++;
        } else {
          const giveUp = row.attempts >= MAX_SEND_ATTEMPTS;
          await base
            .set({
              status: giveUp ? 'failed' : 'pending',
              last_error: error,
              next_attempt_at: new Date(now.getTime() + retryDelayMs(row.attempts)),
            })
            .execute();
          result.failed++;
          deps.logger.error('notification send failed', {
            channel: channel.id,
            cityId: row.city_id,
            outboxId: row.id,
            attempts: row.attempts,
            message: error,
          });
        }
      }
      if (claimed.length < batch) break;
    }
  }
  return result;
}
