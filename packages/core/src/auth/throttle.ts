import type { Kysely } from 'kysely';
import type { Clock } from '../clock';
import type { CoreDatabase } from '../db/schema';

/** Counters live in the database so every API process shares them. */
export const THROTTLE = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 };

/** Minutes left on a lock, or 0 when the key may try. */
export async function lockedMinutes(db: Kysely<CoreDatabase>, keys: string[], clock: Clock): Promise<number> {
  const now = clock.now().getTime();
  const rows = await db.selectFrom('core.login_throttle').selectAll().where('key', 'in', keys).execute();
  let worst = 0;
  for (const r of rows) {
    if (r.locked_until && r.locked_until.getTime() > now)
      worst = Math.max(worst, Math.ceil((r.locked_until.getTime() - now) / 60_000));
  }
  return worst;
}

export async function recordFailure(db: Kysely<CoreDatabase>, keys: string[], clock: Clock) {
  const now = clock.now();
  const windowStart = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  for (const key of keys) {
    await db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('core.login_throttle')
        .selectAll()
        .where('key', '=', key)
        .forUpdate()
        .executeTakeFirst();
      const fresh = !row || row.window_started_at < windowStart;
      const failures = fresh ? 1 : row.failures + 1;
      const lockedUntil =
        failures >= THROTTLE.maxFailures ? new Date(now.getTime() + THROTTLE.lockMinutes * 60_000) : null;
      await trx
        .insertInto('core.login_throttle')
        .values({
          key,
          failures,
          window_started_at: fresh ? now : row.window_started_at,
          locked_until: lockedUntil,
        })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            failures,
            window_started_at: fresh ? now : row!.window_started_at,
            locked_until: lockedUntil,
          }),
        )
        .execute();
    });
  }
}

export async function clearFailures(db: Kysely<CoreDatabase>, keys: string[]) {
  await db.deleteFrom('core.login_throttle').where('key', 'in', keys).execute();
}
