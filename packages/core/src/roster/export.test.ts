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
import { cookieFor, download, MEMBER_HEADER, problemKeys, runUpload } from './test-helpers';

describe.each(testDatabaseKinds())('roster templates and exports on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: TestWorld;
  let app: TestApp;

  beforeAll(async () => {
    ({ handle, world, app } = await createTestApp(kind));
  });
  afterAll(() => handle?.close());

  it('serves templates with Chinese headers and an example row that the import then flags', async () => {
    const cookie = await cookieFor(app, 'aa-admin', PASSWORD);
    const xlsx = await download(app, cookie, '/api/cities/aa/roster/templates/members.xlsx');
    expect(xlsx.res.status).toBe(200);
    expect(xlsx.res.headers.get('content-type')).toMatch(/spreadsheetml/);
    const rows = await readXlsxRows(xlsx.bytes);
    expect(rows[0]).toEqual(MEMBER_HEADER);
    expect(rows[1]).toEqual([
      '王芳',
      '女',
      '11010519491231002X',
      '13800138000',
      '1949-12-31',
      '离退休党员',
      '无',
      'aa一社区党委',
      '',
      'aa小区',
      '1975-07-01',
      '',
      '政策宣传',
    ]);
    const csv = await download(app, cookie, '/api/cities/aa/roster/templates/orgs.csv');
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.bytes.toString('utf8').slice(1).split('\r\n').slice(0, 2)).toEqual([
      '名称*,类型*,上级党组织*,所在地点',
      '示例小区党支部,小区党支部,aa一社区党委,',
    ]);
    // The unchanged template: its example row is the one problem, and nothing else is wrong with it.
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    const { checked } = await runUpload(client, 'aa', xlsx.bytes, '模板.xlsx');
    expect(problemKeys(checked.errors)).toEqual([[2, null, 'roster_example_row']]);
    const orgs = await runUpload(client, 'aa', csv.bytes, '模板.csv', { kind: 'orgs' });
    expect(problemKeys(orgs.checked.errors)).toEqual([[2, null, 'roster_example_row']]);
  });

  it('exports members with the list’s filters, in the actor’s scope, masked unless a city admin reveals', async () => {
    const orgCookie = await cookieFor(app, 'aa-org', PASSWORD);
    const scoped = await download(app, orgCookie, '/api/cities/aa/roster/export/members.xlsx?reveal=true');
    expect(scoped.res.status).toBe(200);
    expect(scoped.res.headers.get('x-jiceng-masked')).toBe('true');
    const orgRows = await readXlsxRows(scoped.bytes);
    expect(orgRows[0]).toEqual([...MEMBER_HEADER.map((h) => h.replace('*', '')), '状态']);
    expect(orgRows.slice(1).map((r) => [r[0], r[2], r[3], r[7]])).toEqual([
      ['aa甲', '3508**********001X', '138****0001', 'aa一社区党委'],
      ['aa乙', '3508**********0028', '138****0002', 'aa小区党支部'],
    ]);
    const auditReveals = () =>
      handle.db
        .selectFrom('core.audit_log')
        .select(['actor_user_id', 'after'])
        .where('action', '=', 'reveal')
        .execute();
    expect(await auditReveals()).toEqual([]);

    const adminCookie = await cookieFor(app, 'aa-admin', PASSWORD);
    const all = await readXlsxRows(
      (await download(app, adminCookie, '/api/cities/aa/roster/export/members.xlsx')).bytes,
    );
    expect(all.slice(1).map((r) => r[0])).toEqual(['aa甲', 'aa乙', 'aa丙', 'aa丁']);
    expect(all[4]![2]).toBe('3508**********0044');
    const filtered = await download(
      app,
      adminCookie,
      `/api/cities/aa/roster/export/members.xlsx?reveal=true&orgId=${world.a.orgs.unitOrg.id}`,
      'en',
    );
    expect(filtered.res.headers.get('x-jiceng-masked')).toBe('false');
    const en = await readXlsxRows(filtered.bytes);
    expect(en[0]!.slice(0, 4)).toEqual(['Name', 'Gender', 'ID number', 'Phone']);
    expect(en.slice(1)).toEqual([
      [
        'aa丁',
        'Male',
        world.a.members.m4.id_number,
        world.a.members.m4.phone,
        '1980-01-01',
        'In-service',
        'None',
        'aa单位党支部',
        'aa单位',
        '', // empty cells read as '' (no holes)
        '',
        '',
        '',
        'Active',
      ],
    ]);
    const reveals = await auditReveals();
    expect(reveals).toHaveLength(1);
    expect(reveals[0]).toMatchObject({ actor_user_id: world.a.users.cityAdmin.id });
    expect(reveals[0]!.after).toMatchObject({
      export: 'members.xlsx',
      filters: { orgId: world.a.orgs.unitOrg.id },
    });
    const bad = await testClient(app).get('/api/cities/aa/roster/export/members.xlsx');
    expect(bad.status).toBe(401);
    const member = testClient(app);
    await member.login('aa-member', PASSWORD);
    expect((await member.get('/api/cities/aa/roster/export/members.xlsx')).status).toBe(403);
  });

  it('re-imports a revealed export as a no-op: same columns both ways', async () => {
    const cookie = await cookieFor(app, 'aa-admin', PASSWORD);
    const file = await download(app, cookie, '/api/cities/aa/roster/export/members.xlsx?reveal=true');
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    const { checked, done } = await runUpload(client, 'aa', file.bytes, '导出.xlsx', { commit: 'all' });
    expect(checked.errors).toEqual([]);
    expect(done.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
  });

  it('exports the org tree in scope with member counts', async () => {
    const org = await readXlsxRows(
      (
        await download(
          app,
          await cookieFor(app, 'aa-org', PASSWORD),
          '/api/cities/aa/roster/export/orgs.xlsx',
        )
      ).bytes,
    );
    expect(org).toEqual([
      ['名称', '类型', '上级党组织', '所在地点', '层级', '直属党员', '党员数（含下级）', '编号'],
      [
        'aa一社区党委',
        '社区党委',
        'aa街道党工委',
        'aa一社区',
        '2',
        '1',
        '2',
        String(world.a.orgs.community1.id),
      ],
      [
        'aa小区党支部',
        '小区党支部',
        'aa一社区党委',
        'aa小区',
        '3',
        '1',
        '1',
        String(world.a.orgs.compound1.id),
      ],
    ]);
    const city = await readXlsxRows(
      (
        await download(
          app,
          await cookieFor(app, 'aa-admin', PASSWORD),
          '/api/cities/aa/roster/export/orgs.xlsx',
        )
      ).bytes,
    );
    expect(city.slice(1).map((r) => [r[0], r[6]])).toEqual(
      expect.arrayContaining([
        ['aa市委', '4'],
        ['aa街道党工委', '3'],
        ['aa二社区党委', '1'],
        ['aa单位党支部', '1'],
      ]),
    );
    expect(city).toHaveLength(7);
  });
});
