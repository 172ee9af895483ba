import type { Kysely } from 'kysely';
import type { Clock } from '../clock';
import type { CoreDatabase } from '../db/schema';

/**
 * How failed logins slow down the next try. Each attempt is counted *before* the password is checked (and
 * given back when it succeeds), so parallel guesses cannot all slip past the check; after `free` failures within
 * the window, every further failure locks the key for base·2^(n−free) seconds, at most `maxSeconds`.
 */
export interface ThrottlePolicy {
  free: number;
  baseSeconds: number;
  maxSeconds: number;
}

/**
 * Three counters per attempt (all in the database, shared by every API process):
 * - `pair` (account × address): the guesser slows down themselves, quickly and for long;
 * - `account` across all addresses: a short, capped delay against guessing from many addresses. Its `free` is
 *   above what one address can reach through its `pair` counter in a window (5 + 9 doublings ≈ 14), so a single
 *   address can never delay the real user; many addresses delay them by at most a minute per try;
 * - `address`: one address guessing many accounts is shut out for the window.
 */
export const THROTTLE = {
  windowMinutes: 15,
  pair: { free: 5, baseSeconds: 1, maxSeconds: 15 * 60 },
  account: { free: 20, baseSeconds: 1, maxSeconds: 60 },
  address: { free: 30, baseSeconds: 15 * 60, maxSeconds: 15 * 60 },
} as const;

export interface ThrottleRow {
  key: string;
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

/** Seconds a key stays locked after its n-th counted failure. */
export function lockSeconds(policy: ThrottlePolicy, failures: number): number {
  if (failures < policy.free) return 0;
  return Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** Math.min(failures - policy.free, 30));
}

export type AttemptDecision =
  | { allowed: true; rows: ThrottleRow[] }
  | { allowed: false; retryAfterSeconds: number };

/**
 * One login attempt against its counters (pure). Refused while any key is locked — a refused attempt counts
 * nothing, so hammering a locked key extends no lock. Otherwise every counter takes the attempt (a window that
 * ended starts over) and may lock its key for the next one.
 */
export function decideAttempt(
  rows: ThrottleRow[],
  policies: Map<string, ThrottlePolicy>,
  now: Date,
  windowMinutes: number = THROTTLE.windowMinutes,
): AttemptDecision {
  const t = now.getTime();
  const wait = Math.max(0, ...rows.map((r) => (r.lockedUntil ? r.lockedUntil.getTime() - t : 0)));
  if (wait > 0) return { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000) };
  const windowStart = t - windowMinutes * 60_000;
  return {
    allowed: true,
    rows: rows.map((r) => {
      const fresh = r.windowStartedAt.getTime() <= windowStart;
      const failures = (fresh ? 0 : r.failures) + 1;
      const seconds = lockSeconds(policies.get(r.key)!, failures);
      return {
        key: r.key,
        failures,
        windowStartedAt: fresh ? now : r.windowStartedAt,
        lockedUntil: seconds ? new Date(t + seconds * 1000) : null,
      };
    }),
  };
}

export interface LoginKeys {
  /** In lock order (sorted), so racing transactions never wait on each other in a circle. */
  keys: string[];
  policies: Map<string, ThrottlePolicy>;
  pair: string;
  account: string;
  address: string;
}

export function loginKeys(username: string, address: string): LoginKeys {
  const user = username.toLowerCase();
  const pair = `pair:${user}@${address}`;
  const account = `user:${user}`;
  const addr = `addr:${address}`;
  const policies = new Map<string, ThrottlePolicy>([
    [pair, THROTTLE.pair],
    [account, THROTTLE.account],
    [addr, THROTTLE.address],
  ]);
  return { keys: [...policies.keys()].sort(), policies, pair, account, address: addr };
}

/**
 * Counts an attempt before the password is checked, atomically: the counter rows are locked (in key order) for
 * the read-decide-write, so of 25 parallel guesses only as many as the policy allows get to the hash check.
 */
export async function beginAttempt(
  db: Kysely<CoreDatabase>,
  k: LoginKeys,
  clock: Clock,
): Promise<AttemptDecision> {
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('core.login_throttle')
      .values(k.keys.map((key) => ({ key, failures: 0, window_started_at: now, locked_until: null })))
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const rows = await trx
      .selectFrom('core.login_throttle')
      .selectAll()
      .where('key', 'in', k.keys)
      .orderBy('key')
      .forUpdate()
      .execute();
    const decision = decideAttempt(
      rows.map((r) => ({
        key: r.key,
        failures: r.failures,
        windowStartedAt: new Date(r.window_started_at),
        lockedUntil: r.locked_until ? new Date(r.locked_until) : null,
      })),
      k.policies,
      now,
    );
    if (decision.allowed)
      for (const r of decision.rows)
        await trx
          .updateTable('core.login_throttle')
          .set({ failures: r.failures, window_started_at: r.windowStartedAt, locked_until: r.lockedUntil })
          .where('key', '=', r.key)
          .execute();
    return decision;
  });
}

/**
 * A right password: the account's counters start over, and the address gets its attempt back (an office behind
 * one address logging in all day is not a guesser).
 */
export async function attemptSucceeded(db: Kysely<CoreDatabase>, k: LoginKeys) {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('core.login_throttle').where('key', 'in', [k.pair, k.account]).execute();
    await trx
      .updateTable('core.login_throttle')
      .set((eb) => ({
        failures: eb.fn('greatest', [eb('failures', '-', 1), eb.val(0)]),
        locked_until: eb
          .case()
          .when('failures', '<=', THROTTLE.address.free)
          .then(null)
          .else(eb.ref('locked_until'))
          .end(),
      }))
      .where('key', '=', k.address)
      .execute();
  });
}
