import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { manualClock } from '../clock';
import type { DatabaseHandle } from '../db';
import { silentLogger } from '../logger';
import {
  createTestDatabase,
  fixtures,
  PASSWORD,
  testClient,
  testDatabaseKinds,
  twoCityWorld,
} from '../testing';
import {
  claimCommit,
  createImportJob,
  getImportJob,
  mergeImport,
  type RosterDeps,
  validateImport,
} from './jobs';
import { bufferSource } from './read';
import { rosterDb } from './schema';
import {
  badIdOf,
  csvText,
  idOf,
  MEMBER_HEADER,
  problemKeys,
  runUpload,
  settled,
  upload,
  xlsxOf,
} from './test-helpers';

describe.each(testDatabaseKinds())('roster import of members on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: Awaited<ReturnType<typeof twoCityWorld>>;
  let app: ReturnType<typeof createApp>;
  const clock = manualClock('2026-06-01T00:00:00Z');
  let deps: RosterDeps;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    world = await twoCityWorld(handle.db);
    // A second place named like the first compound makes that name ambiguous.
    await fixtures(handle.db).place(world.a.city.id, 'compound', 'aa小区', world.a.places.community2.id);
    deps = { db: handle.db, clock, logger: silentLogger, plugins: [] };
    app = createApp({ ...deps, plugins: [] });
  });
  afterAll(() => handle?.close());

  const members = (cityId: number) =>
    handle.db.selectFrom('core.member').selectAll().where('city_id', '=', cityId).orderBy('id').execute();
  async function admin(locale: 'zh-CN' | 'en' = 'zh-CN', user = 'aa-admin') {
    const client = testClient(app, locale);
    await client.login(user, PASSWORD);
    return client;
  }

  /** Rows 2–11 each have one kind of problem (row 10 two); row 13 (after a blank line) and row 2 are good. */
  function problemRows() {
    return [
      MEMBER_HEADER,
      [
        '张一',
        '男',
        idOf(1),
        '13900000001',
        '',
        '在职党员',
        '副科级',
        'aa一社区党委',
        'aa单位',
        '',
        '2010-07-01',
        '教师',
        '',
      ],
      ['', '女', idOf(2), '', '', '居民党员', '', 'aa一社区党委', '', '', '', '', ''],
      ['王三', '男', badIdOf(3), '', '', '居民党员', '', 'aa一社区党委', '', '', '', '', ''],
      ['李四', '女', idOf(4), '1234', '', '居民党员', '', 'aa一社区党委', '', '', '', '', ''],
      ['赵五', '男', idOf(5), '', '', '在职党员', '', '不存在的党委', '', '', '', '', ''],
      ['钱六', '男', idOf(6), '', '', '居民党员', '', 'aa一社区党委', '', 'aa小区', '', '', ''],
      ['孙七', '男', idOf(1), '', '', '居民党员', '', 'aa一社区党委', '', '', '', '', ''],
      [
        '周八',
        '男',
        world.a.members.m1.id_number,
        '',
        '',
        '居民党员',
        '',
        'aa一社区党委',
        '',
        '',
        '',
        '',
        '',
      ],
      ['吴九', '未知', idOf(7), '', '', '党员', '', 'aa一社区党委', '', '', '', '', ''],
      ['郑十', '女', idOf(8), '', '1990-13-01', '居民党员', '', 'aa一社区党委', '', '', '2010/7/1', '', ''],
    ];
  }
  const lastGood = () => [
    '冯十一',
    'female',
    idOf(9).toLowerCase(),
    '139 0000 0002',
    '',
    '离退休',
    '',
    `#${world.a.orgs.community2.id}`,
    '',
    '',
    '2001.07',
    '',
    '',
  ];
  const expectedProblems = [
    [3, 'name', 'roster_required'],
    [4, 'idNumber', 'roster_bad_id_number'],
    [5, 'phone', 'roster_bad_phone'],
    [6, 'org', 'roster_unknown_ref'],
    [7, 'residencePlace', 'roster_ambiguous_ref'],
    [8, 'idNumber', 'roster_duplicate_in_file'],
    [9, 'idNumber', 'roster_duplicate_existing'],
    [10, 'category', 'roster_bad_value'],
    [10, 'gender', 'roster_bad_value'],
    [11, 'birthDate', 'roster_bad_date'],
  ];

  it('dry-runs a CSV file and lists every problem by row and column, writing nothing', async () => {
    const client = await admin();
    const before = await members(world.a.city.id);
    const text = `${csvText(problemRows())}\r\n${csvText([lastGood()])}`;
    const { checked } = await runUpload(client, 'aa', text, '名册.csv');
    expect(checked.status).toBe('validated');
    expect(checked.encoding).toBe('utf-8');
    expect(problemKeys(checked.errors)).toEqual(expectedProblems);
    expect(checked.counts).toMatchObject({
      totalRows: 11,
      goodRows: 2,
      errorRows: 9,
      errorCount: 10,
      toInsert: 2,
      toUpdate: 0,
      unchanged: 0,
    });
    const byRow = new Map<string, any>(checked.errors.map((e: any) => [`${e.row}/${e.field}`, e]));
    expect(byRow.get('9/idNumber').message).toBe('该身份证号已登记给“aa甲”，姓名不一致');
    expect(byRow.get('9/idNumber').column).toBe('身份证号');
    expect(byRow.get('10/gender').message).toBe('“未知”不是有效的取值，可选：男、女');
    expect(byRow.get('6/org').message).toBe('本城市没有名为“不存在的党委”的党组织');
    expect(byRow.get('7/residencePlace').message).toMatch(/^有 2 个地点名为“aa小区”，请改填编号：#\d+ #\d+$/);
    expect(byRow.get('8/idNumber').message).toBe('与文件第 2 行重复');
    expect(await members(world.a.city.id)).toEqual(before);
    // The same problems in English for an English reader, and page by page.
    const en = await admin('en');
    const list = await en.get(`/api/cities/aa/roster/jobs/${checked.id}/errors?page=2&pageSize=4`);
    expect(list.body.total).toBe(10);
    expect(problemKeys(list.body.items)).toEqual(expectedProblems.slice(4, 8));
    expect(list.body.items[0].column).toBe('Residence');
    const job = await en.get(`/api/cities/aa/roster/jobs/${checked.id}`);
    expect(job.body.errors[1].message).toBe(
      'The ID number fails its checksum (18 characters, with a valid birth date and check character)',
    );
    // "all" is refused while rows have problems; the file is discarded instead.
    const refused = await client.post(`/api/cities/aa/roster/jobs/${checked.id}/commit`, { mode: 'all' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'roster_has_errors', field: 'mode' });
    expect(refused.body.error.message).toBe('文件有 9 行存在问题：请修正后重新上传，或选择“只导入无误的行”');
    const discarded = await client.delete(`/api/cities/aa/roster/jobs/${checked.id}`);
    expect(discarded.body.status).toBe('cancelled');
    expect(await members(world.a.city.id)).toEqual(before);
  });

  it('finds the same problems in an .xlsx file, and an ID number Excel stored as a number', async () => {
    const client = await admin();
    const rows = problemRows();
    const sheet: Record<number, unknown[]> = {};
    rows.forEach((r, i) => {
      sheet[i + 1] = r;
    });
    // Row 12 left empty; row 13 good, with a real date cell; row 14: the ID number typed as a number.
    sheet[13] = [...lastGood().slice(0, 10), new Date(Date.UTC(2001, 6, 1)), '', ''];
    sheet[14] = ['褚十二', '男', Number(idOf(11)), '', '', '在职党员', '', 'aa一社区党委'];
    const { checked } = await runUpload(client, 'aa', await xlsxOf(sheet), '名册.xlsx');
    expect(checked.status).toBe('validated');
    expect(checked.format).toBe('xlsx');
    expect(problemKeys(checked.errors)).toEqual([
      ...expectedProblems,
      [14, 'idNumber', 'roster_id_number_as_number'],
    ]);
    expect(checked.counts).toMatchObject({ totalRows: 12, goodRows: 2, errorRows: 10, toInsert: 2 });
    await client.delete(`/api/cities/aa/roster/jobs/${checked.id}`);
  });

  it('reads a GBK-encoded CSV (what Chinese Excel saves) and imports it', async () => {
    const client = await admin();
    const text = csvText([
      MEMBER_HEADER,
      [
        '陈十三',
        '男',
        idOf(13),
        '13900000013',
        '',
        '在职党员',
        '正科级',
        'aa单位党支部',
        'aa单位',
        '',
        '',
        '工程师',
        '调解',
      ],
      ['卫十四', '女', idOf(14), '', '', '居民党员', '', 'aa小区党支部', '', '', '', '', ''],
    ]);
    const gbk = iconv.encode(text, 'gbk');
    expect(gbk.equals(Buffer.from(text, 'utf8'))).toBe(false);
    const { checked, done } = await runUpload(client, 'aa', gbk, 'gbk.csv', { commit: 'all' });
    expect(checked.encoding).toBe('gb18030');
    expect(checked.errors).toEqual([]);
    expect(done.status).toBe('done');
    expect(done.counts).toMatchObject({ inserted: 2, updated: 0, unchanged: 0, skipped: 0 });
    const chen = await handle.db
      .selectFrom('core.member')
      .selectAll()
      .where('city_id', '=', world.a.city.id)
      .where('id_number', '=', idOf(13))
      .executeTakeFirstOrThrow();
    expect(chen).toMatchObject({
      name: '陈十三',
      gender: 'male',
      phone: '13900000013',
      birth_date: '1990-01-01',
      category: 'in_service',
      cadre_rank: 'section',
      org_id: world.a.orgs.unitOrg.id,
      unit_id: world.a.unit.id,
      occupation: '工程师',
      skills: '调解',
    });
  });

  it('is idempotent: the same file again changes nothing; a changed field updates only that member', async () => {
    const client = await admin();
    const rows = [
      MEMBER_HEADER,
      [
        '蒋二十',
        '男',
        idOf(20),
        '13900000020',
        '',
        '在职党员',
        '',
        'aa一社区党委',
        '',
        `#${world.a.places.compound.id}`,
        '2005-07-01',
        '',
        '',
      ],
      ['沈二一', '女', idOf(21), '', '', '流动党员', '副处级', 'aa二社区党委', '', '', '', '', ''],
      ['韩二二', '女', idOf(22), '', '', '无职党员', '', 'aa一社区党委', '', '', '', '', ''],
    ];
    const first = await runUpload(client, 'aa', csvText(rows), 'roster.csv', { commit: 'all' });
    expect(first.done.counts).toMatchObject({ inserted: 3, updated: 0, unchanged: 0 });
    const snapshot = await members(world.a.city.id);
    clock.set('2026-06-01T01:00:00Z');
    const again = await runUpload(client, 'aa', csvText(rows), 'roster.csv', { commit: 'all' });
    expect(again.checked.counts).toMatchObject({ toInsert: 0, toUpdate: 0, unchanged: 3 });
    expect(again.done.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    expect(await members(world.a.city.id)).toEqual(snapshot);
    // Same ID number and name: the same person; a new phone updates just that member (and its updated_at).
    rows[2] = [
      '沈二一',
      '女',
      idOf(21),
      '13900000021',
      '',
      '流动党员',
      '副处级',
      'aa二社区党委',
      '',
      '',
      '',
      '',
      '',
    ];
    const changed = await runUpload(client, 'aa', csvText(rows), 'roster.csv', { commit: 'all' });
    expect(changed.done.counts).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    const after = await members(world.a.city.id);
    const diff = after.filter((m, i) => JSON.stringify(m) !== JSON.stringify(snapshot[i]));
    expect(diff.map((m) => [m.name, m.phone, m.updated_at.toISOString()])).toEqual([
      ['沈二一', '13900000021', '2026-06-01T01:00:00.000Z'],
    ]);
    // A file without the phone column leaves phones alone.
    const noPhone = rows.map((r) => [...r.slice(0, 3), ...r.slice(4)]);
    const partial = await runUpload(client, 'aa', csvText(noPhone), 'no-phone.csv', { commit: 'all' });
    expect(partial.done.counts).toMatchObject({ updated: 0, unchanged: 3 });
    expect((await members(world.a.city.id)).find((m) => m.name === '沈二一')!.phone).toBe('13900000021');
    // One audit entry per import, with the file name, counts and who ran it.
    const audits = await handle.db
      .selectFrom('core.audit_log')
      .selectAll()
      .where('action', '=', 'import')
      .where('entity_id', '=', String(changed.done.id))
      .execute();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actor_user_id: world.a.users.cityAdmin.id, entity: 'import_job' });
    expect(audits[0]!.after).toMatchObject({
      kind: 'members',
      fileName: 'roster.csv',
      mode: 'all',
      rows: 3,
      inserted: 0,
      updated: 1,
      unchanged: 2,
      skipped: 0,
      via: 'api',
    });
  });

  it('rolls the whole merge back when it fails midway: an injected failure, then a planted constraint violation', async () => {
    const actor = {
      userId: world.a.users.cityAdmin.id,
      access: { level: 'city', platform: false } as const,
      via: 'cli' as const,
    };
    const extraOrg = await fixtures(handle.db).org(
      world.a.city.id,
      'community_branch',
      'aa临时支部',
      world.a.orgs.street.id,
    );
    // One existing member changes (update runs first), two are new (insert runs second).
    const file = csvText([
      MEMBER_HEADER,
      ['蒋二十', '男', idOf(20), '13700000020', '', '在职党员', '', 'aa一社区党委', '', '', '', '', ''],
      ['杨三十', '男', idOf(30), '', '', '居民党员', '', 'aa临时支部', '', '', '', '', ''],
      ['朱三一', '女', idOf(31), '', '', '居民党员', '', 'aa一社区党委', '', '', '', '', ''],
    ]);
    const auditCount = async () =>
      Number(
        (
          await handle.db
            .selectFrom('core.audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('action', '=', 'import')
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await members(world.a.city.id);
    const auditsBefore = await auditCount();
    async function attempt(hooks?: { afterStep: (step: string, rows: number) => void }) {
      const job = await createImportJob(deps, {
        cityId: world.a.city.id,
        kind: 'members',
        fileName: 'fail.csv',
        format: 'csv',
        size: file.length,
        file: null,
        createdBy: actor.userId,
      });
      const checked = await validateImport(deps, job, actor, bufferSource(Buffer.from(file)));
      expect(checked.to_insert).toBe(2);
      expect(checked.to_update).toBe(1);
      return {
        checked,
        run: () => claimCommit(deps, checked, 'all').then((j) => mergeImport(deps, j, actor, { hooks })),
      };
    }
    const steps: [string, number][] = [];
    const injected = await attempt({
      afterStep: (step, rows) => {
        steps.push([step, rows]);
        if (step === 'insert') throw new Error('injected failure after the insert');
      },
    });
    const failed = await injected.run();
    expect(steps).toEqual([
      ['update', 1],
      ['insert', 2],
    ]);
    expect(failed.status).toBe('failed');
    expect(failed.failure).toEqual({ code: 'internal' });
    expect(await members(world.a.city.id)).toEqual(before);
    expect(await auditCount()).toBe(auditsBefore);
    const stage = await rosterDb(handle.db)
      .selectFrom('core.import_job')
      .select('status')
      .where('id', '=', failed.id)
      .executeTakeFirstOrThrow();
    expect(stage.status).toBe('failed');

    // The org a row points at disappears between the check and the merge: the insert hits the foreign key.
    const planted = await attempt();
    await handle.db.deleteFrom('core.org').where('id', '=', extraOrg.id).execute();
    const broken = await planted.run();
    expect(broken.status).toBe('failed');
    expect((broken.failure as any).code).toBe('roster_merge_failed');
    expect(await members(world.a.city.id)).toEqual(before);
    expect(await auditCount()).toBe(auditsBefore);
    const client = await admin();
    const view = await client.get(`/api/cities/aa/roster/jobs/${broken.id}`);
    expect(view.body.failure.message).toMatch(/^导入失败，数据库未做任何更改：/);
    const staged = await handle.db
      .selectFrom('core.import_member_stage' as any)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number((staged as any).n)).toBe(0);
  });

  it('imports only the good rows when asked, skipping and counting the rest', async () => {
    const client = await admin();
    const text = csvText([
      MEMBER_HEADER,
      ['秦四十', '男', idOf(40), '', '', '在职党员', '', 'aa一社区党委', '', '', '', '', ''],
      ['尤四一', '男', badIdOf(41), '', '', '在职党员', '', 'aa一社区党委', '', '', '', '', ''],
      ['许四二', '女', idOf(42), '', '', '居民党员', '', 'aa二社区党委', '', '', '', '', ''],
      ['何四三', '女', idOf(43), '', '', '居民党员', '', '', '', '', '', '', ''],
    ]);
    const before = (await members(world.a.city.id)).length;
    const { checked, done } = await runUpload(client, 'aa', text, 'good-rows.csv', { commit: 'good_rows' });
    expect(problemKeys(checked.errors)).toEqual([
      [3, 'idNumber', 'roster_bad_id_number'],
      [5, 'org', 'roster_required'],
    ]);
    expect(done.status).toBe('done');
    expect(done.mode).toBe('good_rows');
    expect(done.counts).toMatchObject({ inserted: 2, updated: 0, unchanged: 0, skipped: 2 });
    const names = (await members(world.a.city.id)).map((m) => m.name);
    expect(names.length).toBe(before + 2);
    expect(names).toEqual(expect.arrayContaining(['秦四十', '许四二']));
    expect(names).not.toContain('何四三');
    // A second commit of the same job is refused.
    const twice = await client.post(`/api/cities/aa/roster/jobs/${checked.id}/commit`, { mode: 'good_rows' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('roster_job_state');
  });

  it('keeps an org admin inside their subtree, for references and for existing members', async () => {
    const client = await admin('zh-CN', 'aa-org');
    const text = csvText([
      MEMBER_HEADER,
      ['吕五十', '男', idOf(50), '', '', '居民党员', '', 'aa小区党支部', '', '', '', '', ''],
      ['施五一', '男', idOf(51), '', '', '居民党员', '', 'aa二社区党委', '', '', '', '', ''],
      [
        'aa丙',
        '男',
        world.a.members.m3.id_number,
        '',
        '',
        '居民党员',
        '',
        'aa一社区党委',
        '',
        '',
        '',
        '',
        '',
      ],
    ]);
    const { checked, done } = await runUpload(client, 'aa', text, 'scope.csv', { commit: 'good_rows' });
    expect(problemKeys(checked.errors)).toEqual([
      [3, 'org', 'roster_out_of_scope_ref'],
      [4, 'idNumber', 'roster_existing_out_of_scope'],
    ]);
    expect(done.counts).toMatchObject({ inserted: 1, skipped: 2 });
    // Another org admin's jobs are not visible to them; units and places need a city admin.
    const units = await upload(
      client,
      'aa',
      '名称*,类型*,级别*\r\n新单位,企业,县级\r\n',
      'units.csv',
      'units',
    );
    expect(units.status).toBe(403);
  });

  it('refuses bad uploads with 4xx naming the field', async () => {
    const client = await admin('en');
    const wrongKind = await upload(client, 'aa', csvText([MEMBER_HEADER]), 'x.csv', 'people');
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.field).toBe('kind');
    const form = new FormData();
    form.append('kind', 'members');
    const noFile = await client.post('/api/cities/aa/roster/jobs', form);
    expect(noFile.status).toBe(400);
    expect(noFile.body.error.field).toBe('file');
    const json = await client.post('/api/cities/aa/roster/jobs', { kind: 'members' });
    expect(json.status).toBe(400);
    expect(json.body.error.field).toBe('file');
    const xls = await upload(
      client,
      'aa',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'old.xls',
    );
    expect(xls.status).toBe(400);
    expect(xls.body.error).toMatchObject({ code: 'roster_file_type', field: 'file' });
    const empty = await upload(client, 'aa', new Uint8Array(0), 'empty.csv');
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('file');
    const huge = await upload(client, 'aa', new Uint8Array(50 * 1024 * 1024 + 300 * 1024), 'huge.csv');
    expect(huge.status).toBe(413);
    expect(huge.body.error).toMatchObject({ code: 'roster_file_too_large', field: 'file' });
    expect(huge.body.error.message).toBe('The file is larger than 50 MB');
    const badMode = await client.post('/api/cities/aa/roster/jobs/1/commit', { mode: 'everything' });
    expect(badMode.status).toBe(400);
    expect(badMode.body.error.field).toBe('mode');
    const unknownJob = await client.get('/api/cities/aa/roster/jobs/999999');
    expect(unknownJob.status).toBe(404);
    const template = await client.get('/api/cities/aa/roster/templates/people.xlsx');
    expect(template.status).toBe(400);
    expect(template.body.error.field).toBe('kind');
    // Another city's job is not found from here.
    const other = testClient(app);
    await other.login('bb-admin', PASSWORD);
    const theirs = await upload(other, 'bb', csvText([MEMBER_HEADER]), 'bb.csv');
    expect((await client.get(`/api/cities/aa/roster/jobs/${theirs.body.id}`)).status).toBe(404);
    await settled(other, 'bb', theirs.body.id);
  });

  it('ends a job as failed with the reason when the file itself is wrong', async () => {
    const client = await admin('en');
    const wrongColumns = await runUpload(
      client,
      'aa',
      '名称*,类型*,级别*\r\n某单位,企业,县级\r\n',
      'units.csv',
    );
    expect(wrongColumns.checked.status).toBe('failed');
    expect(wrongColumns.checked.failure).toEqual({
      code: 'roster_no_header',
      message:
        'No header row in the first 10 rows (expected: Name, Gender, ID number, Category, Party organization); please use the template. The first row reads: 名称* | 类型* | 级别*',
    });
    const missing = await runUpload(client, 'aa', '姓名*,性别*,身份证号*\r\n张,男,1\r\n', 'short.csv');
    expect(missing.checked.failure).toEqual({
      code: 'roster_missing_columns',
      message:
        'The file lacks required columns: Category, Party organization. Its headers are: 姓名* | 性别* | 身份证号*',
    });
    const headerOnly = await runUpload(client, 'aa', csvText([MEMBER_HEADER]), 'header.csv');
    expect(headerOnly.checked.failure.code).toBe('roster_empty_file');
    const notZip = await runUpload(client, 'aa', 'PK\u0003\u0004 not really a zip', 'broken.xlsx');
    expect(notZip.checked.status).toBe('failed');
    expect(notZip.checked.failure.code).toBe('roster_unreadable');
  });

  it('reports a job whose process died as interrupted, with nothing written', async () => {
    const job = await createImportJob(deps, {
      cityId: world.a.city.id,
      kind: 'members',
      fileName: 'killed.csv',
      format: 'csv',
      size: 10,
      file: null,
      createdBy: world.a.users.cityAdmin.id,
    });
    await rosterDb(handle.db)
      .updateTable('core.import_job')
      .set({ status: 'importing', updated_at: new Date(clock.now().getTime() - 11 * 60_000) })
      .where('id', '=', job.id)
      .execute();
    const seen = await getImportJob(deps, world.a.city.id, job.id);
    expect(seen!.status).toBe('failed');
    const client = await admin();
    const view = await client.get(`/api/cities/aa/roster/jobs/${job.id}`);
    expect(view.body.failure).toEqual({
      code: 'roster_interrupted',
      message: '导入被中断（服务进程退出），数据库未做任何更改，请重新上传',
    });
  });
});
