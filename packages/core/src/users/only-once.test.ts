import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../db';
import { coreMigrations } from '../migrations';
import { migrateToLatest } from '../migrate';
import {
  createTestApp,
  PASSWORD,
  type TestApp,
  testClient,
  testDatabaseKinds,
  type TestWorld,
  twoCityWorld,
} from '../testing';

describe.each(testDatabaseKinds())('granting a role once on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: TestWorld;
  let app: TestApp;
  beforeAll(async () => {
    ({ handle, world, app } = await createTestApp(kind));
  });
  afterAll(() => handle?.close());

  const grantsOf = (userId: number) =>
    handle.db
      .selectFrom('core.role_grant')
      .select(['role', 'org_id'])
      .where('user_id', '=', userId)
      .execute();

  it('20 parallel identical grants → exactly one row, one 201 and 19 × 409', async () => {
    const admin = testClient(app, 'en');
    await admin.login('aa-admin', PASSWORD);
    const target = world.a.users.memberUser.id;
    const body = { role: 'org_admin', orgId: world.a.orgs.compound1.id };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => admin.post(`/api/cities/aa/users/${target}/grants`, body)),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const refusal = answers.find((a) => a.status === 409)!.body.error;
    expect(refusal).toMatchObject({ code: 'conflict', field: 'role' });
    expect(refusal.message).toMatch(/role already granted/);
    const rows = await grantsOf(target);
    expect(rows.filter((g) => g.role === 'org_admin')).toHaveLength(1);
    // One audit entry for the one grant made.
    const audit = await handle.db
      .selectFrom('core.audit_log')
      .select('id')
      .where('action', '=', 'grant')
      .where('entity_id', '=', String(target))
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('the key holds without the API too, nulls included (a city-wide or platform grant twice)', async () => {
    const userId = world.a.users.cityAdmin.id;
    const again = { user_id: userId, role: 'city_admin' as const, city_id: world.a.city.id, org_id: null };
    await expect(handle.db.insertInto('core.role_grant').values(again).execute()).rejects.toMatchObject({
      code: '23505',
    });
    const platform = {
      user_id: world.platformAdmin.id,
      role: 'platform_admin' as const,
      city_id: null,
      org_id: null,
    };
    await expect(handle.db.insertInto('core.role_grant').values(platform).execute()).rejects.toMatchObject({
      code: '23505',
    });
  });

  it('the same role twice in one new account is a 400 naming grants, and nothing is created', async () => {
    const admin = testClient(app, 'en');
    await admin.login('aa-admin', PASSWORD);
    const r = await admin.post('/api/cities/aa/users', {
      username: 'twice.granted',
      displayName: '重复',
      grants: [{ role: 'city_admin' }, { role: 'city_admin' }],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('grants');
    expect(
      await handle.db
        .selectFrom('core.app_user')
        .select('id')
        .where('username', '=', 'twice.granted')
        .execute(),
    ).toHaveLength(0);
  });
  it('10 parallel deactivations of an account or a member → one 200, 9 × 409, one audit entry each', async () => {
    const admin = testClient(app, 'en');
    await admin.login('aa-admin', PASSWORD);
    const userId = world.a.users.orgAdmin.id;
    const memberId = world.a.members.m3.id;
    for (const [path, entity, id] of [
      [`/api/cities/aa/users/${userId}/deactivate`, 'user', userId],
      [`/api/cities/aa/members/${memberId}/deactivate`, 'member', memberId],
    ] as const) {
      const answers = await Promise.all(Array.from({ length: 10 }, () => admin.post(path)));
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(9);
      const audit = await handle.db
        .selectFrom('core.audit_log')
        .select('id')
        .where('action', '=', 'deactivate')
        .where('entity', '=', entity)
        .where('entity_id', '=', String(id))
        .execute();
      expect(audit).toHaveLength(1);
    }
  });

  it('two city admins removing each other at once leave the city one admin', async () => {
    const admin = testClient(app, 'en');
    await admin.login('aa-admin', PASSWORD);
    const second = await admin.post('/api/cities/aa/users', {
      username: 'second.city.admin',
      displayName: '二号',
      grants: [{ role: 'city_admin' }],
    });
    expect(second.status).toBe(201);
    const me = world.a.users.cityAdmin.id;
    const myGrant = await handle.db
      .selectFrom('core.role_grant')
      .select('id')
      .where('user_id', '=', me)
      .where('role', '=', 'city_admin')
      .executeTakeFirstOrThrow();
    const other = testClient(app, 'en');
    await other.login('second.city.admin', second.body.temporaryPassword);
    await other.post('/api/auth/password', {
      currentPassword: second.body.temporaryPassword,
      newPassword: 'second-admin-pw',
    });
    const [a, b] = await Promise.all([
      admin.delete(`/api/cities/aa/users/${second.body.id}/grants/${second.body.grants[0].id}`),
      other.delete(`/api/cities/aa/users/${me}/grants/${myGrant.id}`),
    ]);
    // One removal wins. The other is refused either as the last admin's (409, when both checked before either
    // committed) or, when the winner committed before the loser's request was authorised, because the loser is no
    // longer an admin of the city at all (404: a city one has no access to does not exist for them).
    const [won, lost] = [a.status, b.status].sort();
    expect(won).toBe(200);
    expect([404, 409]).toContain(lost);
    const left = await handle.db
      .selectFrom('core.role_grant')
      .select('id')
      .where('city_id', '=', world.a.city.id)
      .where('role', '=', 'city_admin')
      .execute();
    expect(left).toHaveLength(1);
  });
});

describe('the only-once migration', () => {
  it('removes duplicate grants and extra running job rows before building its keys', async () => {
    const handle = await createDatabase();
    try {
      const before = Object.fromEntries(
        Object.entries(coreMigrations).filter(([name]) => name < '2026-12-06-only-once-keys'),
      );
      await migrateToLatest(handle.db, [{ name: 'core', migrations: before }]);
      const world = await twoCityWorld(handle.db);
      const dup = {
        user_id: world.a.users.orgAdmin.id,
        role: 'org_admin' as const,
        city_id: world.a.city.id,
      };
      for (let i = 0; i < 3; i++)
        await handle.db
          .insertInto('core.role_grant')
          .values({ ...dup, org_id: world.a.orgs.community1.id })
          .execute();
      for (let i = 0; i < 2; i++)
        await handle.db
          .insertInto('core.role_grant')
          .values({ user_id: world.platformAdmin.id, role: 'platform_admin', city_id: null, org_id: null })
          .execute();
      for (const startedAt of ['2026-06-01T01:00:00Z', '2026-06-01T02:00:00Z'])
        await handle.db
          .insertInto('core.job_run')
          .values({
            city_id: world.a.city.id,
            plugin_id: 'x',
            job_id: 'y',
            trigger: 'manual',
            run_on: '2026-06-01',
            status: 'running',
            started_at: startedAt,
          })
          .execute();

      await migrateToLatest(handle.db, [{ name: 'core', migrations: coreMigrations }]);

      const grants = await handle.db
        .selectFrom('core.role_grant')
        .select(['user_id', 'role'])
        .where('user_id', 'in', [world.a.users.orgAdmin.id, world.platformAdmin.id])
        .execute();
      expect(grants).toHaveLength(2);
      const runs = await handle.db
        .selectFrom('core.job_run')
        .select(['status', 'started_at'])
        .orderBy('started_at')
        .execute();
      expect(runs.map((r) => r.status)).toEqual(['failed', 'running']);
    } finally {
      await handle.close();
    }
  });
});
