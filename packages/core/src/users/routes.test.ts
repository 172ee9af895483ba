import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { readXlsxRows } from '../export/xlsx';
import {
  createTestApp,
  PASSWORD,
  type TestApp,
  testClient,
  testDatabaseKinds,
  type TestWorld,
} from '../testing';

describe.each(testDatabaseKinds())('users, grants and the audit log on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: TestWorld;
  let app: TestApp;
  beforeAll(async () => {
    ({ handle, world, app } = await createTestApp(kind));
  });
  afterAll(() => handle?.close());

  it('a city admin creates an account linked to a member; it must change the temporary password', async () => {
    const admin = testClient(app);
    await admin.login('aa-admin', PASSWORD);
    const created = await admin.post('/api/cities/aa/users', {
      username: 'zhang.san',
      displayName: '张三',
      memberId: world.a.members.m2.id,
      grants: [{ role: 'member' }],
    });
    expect(created.status).toBe(201);
    expect(created.body.mustChangePassword).toBe(true);
    const user = testClient(app);
    await user.login('zhang.san', created.body.temporaryPassword);
    expect((await user.get(`/api/cities/aa/members/${world.a.members.m2.id}`)).status).toBe(403);
    await user.post('/api/auth/password', {
      currentPassword: created.body.temporaryPassword,
      newPassword: 'my-own-password',
    });
    expect((await user.get(`/api/cities/aa/members/${world.a.members.m2.id}`)).body.name).toBe('aa乙');
  });

  it('an org admin grants only inside their subtree and never a city admin', async () => {
    const org = testClient(app, 'en');
    await org.login('aa-org', PASSWORD);
    const inside = await org.post('/api/cities/aa/users', {
      username: 'compound.sec',
      displayName: '小区书记',
      grants: [{ role: 'org_admin', orgId: world.a.orgs.compound1.id }],
    });
    expect(inside.status).toBe(201);
    const outside = await org.post(`/api/cities/aa/users/${inside.body.id}/grants`, {
      role: 'org_admin',
      orgId: world.a.orgs.community2.id,
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.field).toBe('grant.orgId');
    const wider = await org.post(`/api/cities/aa/users/${inside.body.id}/grants`, { role: 'city_admin' });
    expect(wider.status).toBe(403);
    // The city admin's account is beyond an org admin.
    expect((await org.post(`/api/cities/aa/users/${world.a.users.cityAdmin.id}/reset-password`)).status).toBe(
      403,
    );
    const listed = await org.get('/api/cities/aa/users');
    expect(listed.body.items.map((u: any) => u.username)).not.toContain('aa-admin');
    expect(listed.body.items.map((u: any) => u.username)).toContain('compound.sec');
    // Another city's accounts do not exist from here.
    expect((await org.post(`/api/cities/aa/users/${world.b.users.cityAdmin.id}/deactivate`)).status).toBe(
      404,
    );
  });

  it('keeps the last city admin', async () => {
    const admin = testClient(app, 'en');
    await admin.login('aa-admin', PASSWORD);
    const me = (await admin.get('/api/cities/aa/users')).body.items.find(
      (u: any) => u.username === 'aa-admin',
    );
    const revoke = await admin.delete(`/api/cities/aa/users/${me.id}/grants/${me.grants[0].id}`);
    expect(revoke.status).toBe(409);
    expect(revoke.body.error.message).toBe('The last city admin of a city cannot be removed');
    // With a second city admin, the first may go.
    const second = await admin.post('/api/cities/aa/users', {
      username: 'second.admin',
      displayName: '二号',
      grants: [{ role: 'city_admin' }],
    });
    expect(
      (await admin.delete(`/api/cities/aa/users/${second.body.id}/grants/${second.body.grants[0].id}`))
        .status,
    ).toBe(200);
    const again = await admin.post(`/api/cities/aa/users/${second.body.id}/grants`, { role: 'city_admin' });
    expect(again.status).toBe(201);
    expect((await admin.post(`/api/cities/aa/users/${second.body.id}/deactivate`)).status).toBe(200);
    // Now only aa-admin is an active city admin again.
    expect((await admin.delete(`/api/cities/aa/users/${me.id}/grants/${me.grants[0].id}`)).status).toBe(409);
  });

  it('resets a password: old sessions end and the new one must be changed', async () => {
    const admin = testClient(app);
    await admin.login('aa-admin', PASSWORD);
    const victim = testClient(app);
    await victim.login('aa-member', PASSWORD);
    const reset = await admin.post(`/api/cities/aa/users/${world.a.users.memberUser.id}/reset-password`);
    expect(reset.status).toBe(200);
    expect((await victim.get('/api/auth/me')).status).toBe(401);
    await expect(testClient(app).login('aa-member', PASSWORD)).rejects.toThrow();
    const fresh = testClient(app);
    await fresh.login('aa-member', reset.body.temporaryPassword);
    expect((await fresh.get('/api/auth/me')).body.user.mustChangePassword).toBe(true);
  });

  it('lists who can act on an org node', async () => {
    const admin = testClient(app);
    await admin.login('aa-admin', PASSWORD);
    const r = await admin.get(`/api/cities/aa/users/access?orgId=${world.a.orgs.compound1.id}`);
    const who = r.body.items.map((i: any) => `${i.username}:${i.role}`);
    expect(who).toEqual(
      expect.arrayContaining([
        'aa-admin:city_admin',
        'aa-org:org_admin',
        'compound.sec:org_admin',
        'platform:platform_admin',
      ]),
    );
    expect(who.some((w: string) => w.startsWith('bb-'))).toBe(false);
  });

  it('shows the audit log to city admins only, filtered, and exports it', async () => {
    const admin = testClient(app, 'en');
    await admin.login('aa-admin', PASSWORD);
    const grants = await admin.get('/api/cities/aa/audit?action=grant');
    expect(grants.body.items.every((i: any) => i.action === 'grant')).toBe(true);
    // Grants made at creation are part of the 'create' entry; the one separate grant is second.admin's city_admin again.
    expect(grants.body.total).toBe(1);
    expect(grants.body.items[0].after).toEqual({ role: 'city_admin', orgId: null });
    const creates = await admin.get('/api/cities/aa/audit?entity=user&action=create');
    expect(creates.body.items.map((i: any) => i.after.username).sort()).toEqual([
      'compound.sec',
      'second.admin',
      'zhang.san',
    ]);
    // Each entry carries words for people: core's entity and action, the account's name, the page to manage it.
    const second = creates.body.items.find((i: any) => i.after.username === 'second.admin');
    expect(second.labels).toEqual({
      model: null,
      entity: 'Account',
      action: 'Create',
      subject: '二号',
      page: 'admin/people',
    });
    const zh = testClient(app, 'zh-CN');
    await zh.login('aa-admin', PASSWORD);
    const zhGrant = (await zh.get('/api/cities/aa/audit?action=grant')).body.items[0];
    expect([zhGrant.labels.entity, zhGrant.labels.action]).toEqual(['账号', '授权']);
    const res = await app.request('http://localhost/api/cities/aa/audit/export?entity=user&action=create', {
      headers: { cookie: (await loginCookie()) ?? '', 'accept-language': 'en' },
    });
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    const rows = await readXlsxRows(Buffer.from(await res.arrayBuffer()));
    expect(rows[0]).toEqual(['Time', 'Actor', 'Model', 'Action', 'Entity', 'Entity id', 'Before', 'After']);
    expect(rows[1]!.slice(2, 5)).toEqual(['', 'Create', 'Account']);
    expect(rows).toHaveLength(4);
    const org = testClient(app);
    await org.login('aa-org', PASSWORD);
    expect((await org.get('/api/cities/aa/audit')).status).toBe(403);
  });

  async function loginCookie() {
    const res = await app.request('http://localhost/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'aa-admin', password: PASSWORD }),
    });
    return res.headers.get('set-cookie')?.split(';')[0];
  }
});
