import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import {
  createTestApp,
  PASSWORD,
  type TestApp,
  testClient,
  testDatabaseKinds,
  type TestWorld,
} from '../testing';

const NEW_ID = '11010519491231002X';

describe.each(testDatabaseKinds())('members on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: TestWorld;
  let app: TestApp;
  beforeAll(async () => {
    ({ handle, world, app } = await createTestApp(kind));
  });
  afterAll(() => handle?.close());

  it('creates, reads, updates and deactivates a member, auditing each write', async () => {
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    const created = await client.post('/api/cities/aa/members', {
      name: '张三',
      gender: 'male',
      idNumber: NEW_ID.toLowerCase(),
      phone: '13900001111',
      category: 'in_service',
      cadreRank: 'section',
      orgId: world.a.orgs.unitOrg.id,
      unitId: world.a.unit.id,
      residencePlaceId: world.a.places.compound.id,
    });
    expect(created.status).toBe(201);
    expect(created.body.idNumber).toBe('1101**********002X');
    expect(created.body.phone).toBe('139****1111');
    const id = created.body.id;
    const updated = await client.patch(`/api/cities/aa/members/${id}`, { cadreRank: 'division_deputy' });
    expect(updated.body.cadreRank).toBe('division_deputy');
    const aff = await client.post(`/api/cities/aa/members/${id}/affiliations`, {
      kind: 'community',
      orgId: world.a.orgs.community1.id,
      since: '2026-03-01',
    });
    expect(aff.status).toBe(201);
    const detail = await client.get(`/api/cities/aa/members/${id}`);
    expect(detail.body.orgName).toBe('aa单位党支部');
    expect(detail.body.affiliations.map((a: any) => [a.kind, a.orgName, a.since])).toEqual([
      ['community', 'aa一社区党委', '2026-03-01'],
    ]);
    expect((await client.post(`/api/cities/aa/members/${id}/deactivate`)).status).toBe(200);
    expect((await client.post(`/api/cities/aa/members/${id}/deactivate`)).status).toBe(409);
    const active = await client.get('/api/cities/aa/members?q=张三');
    expect(active.body.total).toBe(0);
    const all = await client.get('/api/cities/aa/members?q=张三&active=all');
    expect(all.body.total).toBe(1);
    const audit = await handle.db
      .selectFrom('core.audit_log')
      .select(['action', 'entity'])
      .where('entity_id', '=', String(id))
      .where('entity', '=', 'member')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'deactivate']);
  });

  it('refuses a duplicate ID number with 409 and a bad checksum with 400 naming the field', async () => {
    const client = testClient(app, 'en');
    await client.login('aa-admin', PASSWORD);
    const base = { name: '李四', gender: 'female', category: 'resident', orgId: world.a.orgs.community1.id };
    const dup = await client.post('/api/cities/aa/members', {
      ...base,
      idNumber: world.a.members.m1.id_number,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.field).toBe('idNumber');
    expect(dup.body.error.message).toBe('A record with the same idNumber already exists');
    const bad = await client.post('/api/cities/aa/members', {
      ...base,
      idNumber: '110105194912310021',
      phone: '123',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: any) => i.field)).toEqual(['idNumber', 'phone']);
    // The same ID number is fine in another city: uniqueness is per city.
    const other = testClient(app);
    await other.login('bb-admin', PASSWORD);
    const inB = await other.post('/api/cities/bb/members', {
      ...base,
      orgId: world.b.orgs.community1.id,
      idNumber: world.a.members.m1.id_number,
    });
    expect(inB.status).toBe(201);
  });

  it('filters by org subtree, residence place and category, with paging', async () => {
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    const sub = await client.get(`/api/cities/aa/members?orgId=${world.a.orgs.community1.id}`);
    expect(sub.body.items.map((m: any) => m.name).sort()).toEqual(['aa乙', 'aa甲'].sort());
    const place = await client.get(`/api/cities/aa/members?placeId=${world.a.places.community1.id}`);
    expect(place.body.items.map((m: any) => m.name)).toEqual(['aa甲']);
    const page = await client.get('/api/cities/aa/members?page=2&pageSize=2&category=in_service');
    expect(page.body.total).toBe(4);
    expect(page.body.items).toHaveLength(2);
    const bad = await client.get('/api/cities/aa/members?pageSize=1000');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('pageSize');
  });

  it('reveals personal data only to city admins, and audits it', async () => {
    const admin = testClient(app);
    await admin.login('aa-admin', PASSWORD);
    const revealed = await admin.get(`/api/cities/aa/members/${world.a.members.m2.id}?reveal=true`);
    expect(revealed.body.idNumber).toBe(world.a.members.m2.id_number);
    const org = testClient(app);
    await org.login('aa-org', PASSWORD);
    const masked = await org.get(`/api/cities/aa/members/${world.a.members.m2.id}?reveal=true`);
    expect(masked.body.idNumber).not.toBe(world.a.members.m2.id_number);
    expect(masked.body.masked).toBe(true);
    const reveals = await handle.db
      .selectFrom('core.audit_log')
      .select('entity_id')
      .where('action', '=', 'reveal')
      .execute();
    expect(reveals.map((r) => r.entity_id)).toEqual([String(world.a.members.m2.id)]);
  });
});
