import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { manualClock } from '../clock';
import type { DatabaseHandle } from '../db';
import { silentLogger } from '../logger';
import { idNumberCheckChar } from '../members/id-number';
import {
  createTestDatabase,
  fixtures,
  PASSWORD,
  testClient,
  testDatabaseKinds,
  twoCityWorld,
} from '../testing';

let seq = 0;
/** ID numbers apart from the world's (a different area code). */
const idNumber = () => {
  const first17 = `11010119900101${String(++seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
};

/**
 * Who may manage which account, through the API (issue 15 item 1: a community secretary took over accounts of
 * the whole city). Every role meets every kind of target with every account action; refusals change nothing.
 */
const ROLES = ['platform', 'city', 'orgA', 'member'] as const;
const TARGETS = ['insideA', 'outsideA', 'otherCity', 'parentAdmin', 'bare'] as const;
type Role = (typeof ROLES)[number];
type Target = (typeof TARGETS)[number];

const loginOf: Record<Role, string> = {
  platform: 'platform',
  city: 'aa-admin',
  orgA: 'aa-org',
  member: 'aa-member',
};

/** 'ok', or the refusal status. Another city's accounts do not exist from here (404); a member manages nobody. */
function expected(role: Role, target: Target): 'ok' | 403 | 404 {
  if (role === 'member') return 403;
  if (target === 'otherCity') return 404;
  if (role === 'orgA') return target === 'insideA' ? 'ok' : 403;
  return 'ok';
}
/** Revealing a member's ID number: city-wide admins only; an org admin sees it masked in scope, nothing beyond. */
function expectedReveal(role: Role, target: Target): 'revealed' | 'masked' | 404 {
  if (role === 'platform' || role === 'city') return target === 'otherCity' ? 404 : 'revealed';
  if (role === 'orgA') return target === 'insideA' ? 'masked' : 404;
  return 404;
}

describe.each(testDatabaseKinds())('account management scope (role × target × action) on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: Awaited<ReturnType<typeof twoCityWorld>>;
  let app: ReturnType<typeof createApp>;
  /** Per role, its own five targets, so one role's allowed deactivation does not change another's case. */
  const targets = new Map<
    string,
    { id: number; username: string; memberId: number | null; grantId: number | null }
  >();
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    world = await twoCityWorld(handle.db);
    const f = fixtures(handle.db);
    const { a, b } = world;
    for (const role of ROLES) {
      const mk = async (
        target: Target,
        cityId: number,
        orgForMember: number | null,
        grants: Parameters<typeof f.user>[2],
      ) => {
        const member = orgForMember
          ? await f.member(cityId, orgForMember, { name: `${role}${target}`, id_number: idNumber() })
          : null;
        const username = `${role}-${target}`.toLowerCase();
        const user = await f.user(username, PASSWORD, grants, member?.id ?? null);
        // The bare account lives in city aa but holds nothing there: the `every()` of no grants case.
        if (target === 'bare')
          await handle.db
            .updateTable('core.app_user')
            .set({ city_id: a.city.id })
            .where('id', '=', user.id)
            .execute();
        const grant = await handle.db
          .selectFrom('core.role_grant')
          .select('id')
          .where('user_id', '=', user.id)
          .executeTakeFirst();
        targets.set(`${role}:${target}`, {
          id: user.id,
          username,
          memberId: member?.id ?? null,
          grantId: grant?.id ?? null,
        });
      };
      await mk('insideA', a.city.id, a.orgs.compound1.id, [{ role: 'member', cityId: a.city.id }]);
      await mk('outsideA', a.city.id, a.orgs.community2.id, [{ role: 'member', cityId: a.city.id }]);
      await mk('otherCity', b.city.id, b.orgs.compound1.id, [{ role: 'member', cityId: b.city.id }]);
      await mk('parentAdmin', a.city.id, null, [
        { role: 'org_admin', cityId: a.city.id, orgId: a.orgs.street.id },
      ]);
      await mk('bare', a.city.id, null, []);
    }
    app = createApp({
      db: handle.db,
      clock: manualClock('2026-06-01T00:00:00Z'),
      logger: silentLogger,
      plugins: [],
    });
  });
  afterAll(() => handle?.close());

  const snapshot = async (userId: number) => {
    const u = await handle.db
      .selectFrom('core.app_user')
      .select(['password_hash', 'active', 'must_change_password'])
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    const grants = await handle.db
      .selectFrom('core.role_grant')
      .select(['id', 'role', 'org_id'])
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute();
    return { ...u, grants };
  };

  for (const role of ROLES)
    for (const target of TARGETS)
      it(`${role} → ${target}: ${expected(role, target)}`, async () => {
        const t = targets.get(`${role}:${target}`)!;
        const actor = testClient(app, 'en');
        await actor.login(loginOf[role], PASSWORD);
        const want = expected(role, target);
        const before = await snapshot(t.id);

        // list
        const list = await actor.get('/api/cities/aa/users');
        if (role === 'member') expect(list.status).toBe(403);
        else {
          expect(list.status).toBe(200);
          expect(list.body.items.some((u: any) => u.id === t.id)).toBe(want === 'ok');
        }

        // reveal the account's member record
        if (t.memberId) {
          const r = await actor.get(`/api/cities/aa/members/${t.memberId}?reveal=true`);
          const reveal = expectedReveal(role, target);
          if (reveal === 404) expect(r.status).toBe(404);
          else {
            expect(r.status).toBe(200);
            expect(r.body.masked).toBe(reveal === 'masked');
          }
        }

        // grant, then revoke what was granted (or, when refused, the target's own grant)
        const grant = await actor.post(`/api/cities/aa/users/${t.id}/grants`, {
          role: 'org_admin',
          orgId: world.a.orgs.compound1.id,
        });
        const grantId = want === 'ok' ? grant.body.id : t.grantId;
        if (want === 'ok') expect(grant.status).toBe(201);
        else expect(grant.status).toBe(want);
        if (grantId) {
          const revoke = await actor.delete(`/api/cities/aa/users/${t.id}/grants/${grantId}`);
          expect(revoke.status).toBe(want === 'ok' ? 200 : want);
        }

        // reset password
        const reset = await actor.post(`/api/cities/aa/users/${t.id}/reset-password`);
        expect(reset.status).toBe(want === 'ok' ? 200 : want);
        if (want === 'ok') expect(reset.body.temporaryPassword).toEqual(expect.any(String));
        else expect(reset.body.temporaryPassword).toBeUndefined();

        // deactivate
        const deactivate = await actor.post(`/api/cities/aa/users/${t.id}/deactivate`);
        expect(deactivate.status).toBe(want === 'ok' ? 200 : want);

        const after = await snapshot(t.id);
        if (want === 'ok') {
          expect(after.active).toBe(false);
          expect(after.password_hash).not.toBe(before.password_hash);
          expect(after.grants).toEqual(before.grants);
        } else {
          // Refused: nothing about the account changed, and its owner still logs in with their password.
          expect(after).toEqual(before);
          await testClient(app).login(t.username, PASSWORD);
        }
      });

  it('the reported attack: a community secretary resets another community’s member → refused, nothing changed', async () => {
    const { a } = world;
    const f = fixtures(handle.db);
    const victimMember = await f.member(a.city.id, a.orgs.community2.id, {
      name: '受害人',
      id_number: idNumber(),
    });
    const victim = await f.user('victim', PASSWORD, [{ role: 'member', cityId: a.city.id }], victimMember.id);
    const secretary = testClient(app, 'en');
    await secretary.login('aa-org', PASSWORD);
    const victimSession = testClient(app);
    await victimSession.login('victim', PASSWORD);
    const before = await snapshot(victim.id);

    expect(
      (await secretary.get('/api/cities/aa/users')).body.items.map((u: any) => u.username),
    ).not.toContain('victim');
    const reset = await secretary.post(`/api/cities/aa/users/${victim.id}/reset-password`);
    expect(reset.status).toBe(403);
    expect(reset.body.temporaryPassword).toBeUndefined();
    expect((await secretary.post(`/api/cities/aa/users/${victim.id}/deactivate`)).status).toBe(403);
    expect((await secretary.get(`/api/cities/aa/members/${victimMember.id}?reveal=true`)).status).toBe(404);

    expect(await snapshot(victim.id)).toEqual(before);
    // The victim's session survived and their password still works.
    expect((await victimSession.get('/api/auth/me')).status).toBe(200);
    await testClient(app).login('victim', PASSWORD);
    const audit = await handle.db
      .selectFrom('core.audit_log')
      .select('id')
      .where('entity', '=', 'user')
      .where('entity_id', '=', String(victim.id))
      .where('action', 'in', ['reset_password', 'deactivate'])
      .execute();
    expect(audit).toHaveLength(0);
  });

  it('an org admin cannot create an account anchored nowhere (it would be beyond them at once)', async () => {
    const secretary = testClient(app, 'en');
    await secretary.login('aa-org', PASSWORD);
    const bare = await secretary.post('/api/cities/aa/users', {
      username: 'nobody.here',
      displayName: '无主',
    });
    expect(bare.status).toBe(400);
    expect(bare.body.error.field).toBe('grants');
    const memberOnly = await secretary.post('/api/cities/aa/users', {
      username: 'nobody.here',
      displayName: '无主',
      grants: [{ role: 'member' }],
    });
    expect(memberOnly.status).toBe(400);
    expect(
      await handle.db
        .selectFrom('core.app_user')
        .select('id')
        .where('username', '=', 'nobody.here')
        .execute(),
    ).toHaveLength(0);
  });
});
