import type { LocalizedText } from '../indicators';
import type { PluginNotice } from '../plugins/contract';

/** Limits of one notice: recipients, text lengths, keys. */
export const NOTICE_LIMITS = {
  recipients: 5_000,
  title: 200,
  body: 2_000,
  href: 500,
  kind: 60,
  onceKey: 200,
} as const;

/** The longest page of the inbox, and the default. */
export const PAGE_LIMIT = { max: 100, default: 20 } as const;

/** After this many failed sends an outbox row is kept as 'failed' (never deleted) for an operator to look at. */
export const MAX_SEND_ATTEMPTS = 10;
/** How long a claimed outbox row is held for one process before another may take it (a process that died). */
export const CLAIM_LEASE_MS = 5 * 60_000;

/** Wait before the next try after `attempts` failed sends: 30 s, 1 min, 2 min … up to 6 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

/** Text cut to `max` characters (code points), with an ellipsis when cut; blank → undefined. */
export function clip(text: string | undefined | null, max: number): string | undefined {
  const t = text?.trim();
  if (!t) return undefined;
  const chars = [...t];
  return chars.length <= max ? t : `${chars.slice(0, max - 1).join('')}…`;
}

export interface CheckedNotice {
  cityId: number;
  userIds: number[];
  memberIds: number[];
  kind: string;
  title: { zh: string; en: string };
  body: { zh: string; en: string } | null;
  href: string | null;
  onceKey: string | null;
}

const ids = (list: number[] | undefined, what: string) => {
  const out = [...new Set(list ?? [])];
  for (const id of out)
    if (!Number.isInteger(id) || id <= 0) throw new TypeError(`notify: ${what} holds ${id}`);
  return out;
};

const localized = (text: LocalizedText | undefined, max: number) => {
  const zh = clip(text?.['zh-CN'], max);
  const en = clip(text?.en, max);
  if (!zh && !en) return null;
  return { zh: (zh ?? en)!, en: (en ?? zh)! };
};

/**
 * A plugin's notice checked and normalised. Texts (which may quote what people typed) are cut to their limits;
 * a malformed notice (a bug in the plugin) throws, so the plugin's transaction fails loudly instead of storing it.
 */
export function checkNotice(notice: PluginNotice): CheckedNotice {
  if (!Number.isInteger(notice.cityId) || notice.cityId <= 0)
    throw new TypeError('notify: cityId is required');
  const userIds = ids(notice.userIds, 'userIds');
  const memberIds = ids(notice.memberIds, 'memberIds');
  if (userIds.length + memberIds.length > NOTICE_LIMITS.recipients)
    throw new RangeError(`notify: more than ${NOTICE_LIMITS.recipients} recipients; send it in parts`);
  if (!/^[a-z][a-z0-9_]*$/.test(notice.kind) || notice.kind.length > NOTICE_LIMITS.kind)
    throw new TypeError(`notify: kind must be snake_case (got ${JSON.stringify(notice.kind)})`);
  const title = localized(notice.title, NOTICE_LIMITS.title);
  if (!title) throw new TypeError('notify: a title is required');
  const href = notice.href?.trim().replace(/^\/+/, '') || null;
  if (href && (href.length > NOTICE_LIMITS.href || /^[a-z][a-z0-9+.-]*:|\\|(^|\/)\.\.(\/|$)/i.test(href)))
    throw new TypeError(
      `notify: href must be a path under the plugin's pages (got ${JSON.stringify(notice.href)})`,
    );
  const onceKey = notice.onceKey ?? null;
  if (onceKey !== null && (!onceKey || onceKey.length > NOTICE_LIMITS.onceKey))
    throw new TypeError(`notify: onceKey must be 1–${NOTICE_LIMITS.onceKey} characters`);
  return {
    cityId: notice.cityId,
    userIds,
    memberIds,
    kind: notice.kind,
    title,
    body: localized(notice.body, NOTICE_LIMITS.body),
    href,
    onceKey,
  };
}
