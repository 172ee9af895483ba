import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../clock';
import type { DatabaseHandle } from '../db';
import { createTestDatabase, fixtures, PASSWORD, testDatabaseKinds } from '../testing';
import { loadActor } from './actor';
import {
  actorForSession,
  createSession,
  deleteSession,
  deleteUserSessions,
  userIdForSession,
} from './session';

/** The login check's one-query actor must answer exactly as the session lookup followed by loadActor. */
describe.each(testDatabaseKinds())('actorForSession on %s', (kind) => {
  let handle: DatabaseHandle;
  const clock = manualClock('2026-06-01T08:00:00Z');
  const twoStep = async (token: string) => {
    const userId = await userIdForSession(handle.db, token, clock);
    return userId ? loadActor(handle.db, userId) : undefined;
  };
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(() => handle?.close());

  it('matches the two-step lookup for users with several, one and no grants, and after each kind of end', async () => {
    const f = fixtures(handle.db);
    const a = await f.city('aa');
    const b = await f.city('bb');
    const org = await f.org(a.id, 'street', 'S1');
    const many = await f.user('many', PASSWORD, [
      { role: 'city_admin', cityId: a.id },
      { role: 'org_admin', cityId: a.id, orgId: org.id },
      { role: 'member', cityId: b.id },
    ]);
    const one = await f.user('one', PASSWORD, [{ role: 'platform_admin' }]);
    const none = await f.user('none', PASSWORD, []);
    const sessions = [];
    for (const u of [many, one, none]) sessions.push((await createSession(handle.db, u.id, clock)).token);
    for (const token of sessions) {
      const actor = await actorForSession(handle.db, token, clock);
      expect(actor).toBeDefined();
      // The same actor, grants in the same (id) order.
      expect(actor).toEqual(await twoStep(token));
    }
    const manyActor = (await actorForSession(handle.db, sessions[0]!, clock))!;
    expect(manyActor.grants).toHaveLength(3);
    expect(manyActor.grants.find((g) => g.role === 'org_admin')?.orgPath).toBe(org.path);
    expect((await actorForSession(handle.db, sessions[2]!, clock))!.grants).toEqual([]);

    // Unknown token, logged out, all sessions ended, deactivated account, expired: no actor, as before.
    expect(await actorForSession(handle.db, 'no-such-token', clock)).toBeUndefined();
    await deleteSession(handle.db, sessions[1]!);
    expect(await actorForSession(handle.db, sessions[1]!, clock)).toBeUndefined();
    await deleteUserSessions(handle.db, many.id);
    expect(await actorForSession(handle.db, sessions[0]!, clock)).toBeUndefined();
    await handle.db.updateTable('core.app_user').set({ active: false }).where('id', '=', none.id).execute();
    expect(await actorForSession(handle.db, sessions[2]!, clock)).toBeUndefined();
    expect(await twoStep(sessions[2]!)).toBeUndefined();
    const fresh = (await createSession(handle.db, one.id, clock)).token;
    expect(await actorForSession(handle.db, fresh, clock)).toBeDefined();
    const later = manualClock(new Date(clock.now().getTime() + 13 * 3_600_000).toISOString());
    expect(await actorForSession(handle.db, fresh, later)).toBeUndefined();
  });
});
