import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { idNumberCheckChar, isValidIdNumber } from '../members/id-number';
import { createTestApp, PASSWORD, type TestApp, testClient, testDatabaseKinds } from '../testing';
import { readCsvTable } from './read';
import {
  badIdOf,
  cookieFor,
  csvText,
  download,
  idOf,
  MEMBER_HEADER,
  problemKeys,
  runUpload,
  xlsxOf,
} from './test-helpers';

/** A valid ID number whose last three characters are 000 (what Excel leaves of an ID number stored as a number). */
function validIdEnding000(): string {
  for (let day = 1; day <= 28; day++)
    for (let seq = 0; seq <= 9; seq++) {
      const first17 = `350802199002${String(day).padStart(2, '0')}${seq}00`;
      if (idNumberCheckChar(first17) === '0') return `${first17}0`;
    }
  throw new Error('none');
}

/** An 18-digit "ID number" with its last three digits rounded to 000 and a failing checksum. */
function roundedId(seq: number): string {
  const id = `${idOf(seq).slice(0, 15)}000`;
  if (isValidIdNumber(id)) return roundedId(seq + 1);
  return id;
}

/** Spreadsheet rows of a workbook's first sheet, cells as exceljs reads them (dates as Date). */
async function sheetOf(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as any);
  return Object.assign(wb.worksheets[0]!, { book: wb });
}

/** Problems that keep a row out (warnings do not). */
const errorsOnly = (errors: { severity: string }[]) => errors.filter((e) => e.severity === 'error');

const person = (name: string, id: unknown, extra: Partial<Record<number, unknown>> = {}) => {
  const row: unknown[] = [name, '女', id, '', '', '在职党员', '', 'aa一社区党委', '', '', '', '', ''];
  for (const [i, v] of Object.entries(extra)) row[Number(i)] = v;
  return row;
};

describe.each(testDatabaseKinds())('spreadsheets as an organisation department has them, on %s', (kind) => {
  let handle: DatabaseHandle;
  let app: TestApp;

  beforeAll(async () => {
    ({ handle, app } = await createTestApp(kind));
  });
  afterAll(() => handle?.close());

  async function admin(locale: 'zh-CN' | 'en' = 'zh-CN', user = 'aa-admin') {
    const client = testClient(app, locale);
    await client.login(user, PASSWORD);
    return client;
  }
  const memberByName = (name: string) =>
    handle.db.selectFrom('core.member').selectAll().where('name', '=', name).executeTakeFirst();

  it('explains ID numbers Excel turned into numbers, unwraps text-forced ones, reads serial dates, takes 名字', async () => {
    const client = await admin();
    const ok000 = validIdEnding000();
    const header = ['名字', ...MEMBER_HEADER.slice(1)];
    const csv = csvText([
      header,
      person('科学计数', '4.40105E+17'), // 2: a number cell saved to CSV in the General format
      person('末位丢失', roundedId(101)), // 3: an 18-digit number that lost its last digits, checksum fails
      person('恰好零', ok000), // 4: valid, but ends in 000: imported with a warning
      person('撇号', `'${idOf(102)}`), // 5: '440105… keeps the digits: accepted
      person('公式', `="${idOf(103)}"`), // 6: ="440105…" keeps the digits: accepted
      person('序列日期', idOf(104), { 4: '32874', 10: '45123.5' }), // 7: Excel serial dates as CSV text
      person('坏日期', idOf(105), { 10: '123456' }), // 8: six digits is a month (YYYYMM), not a serial: bad
    ]);
    const { checked, done } = await runUpload(client, 'aa', csv, '名册.csv', { commit: 'good_rows' });
    expect(problemKeys(checked.errors)).toEqual([
      [2, 'idNumber', 'roster_id_number_as_number'],
      [3, 'idNumber', 'roster_id_number_as_number'],
      [4, 'idNumber', 'roster_id_number_rounded'],
      [8, 'joinedPartyOn', 'roster_bad_date'],
    ]);
    expect(checked.errors.map((e: any) => e.severity)).toEqual(['error', 'error', 'warning', 'error']);
    expect(checked.errors[0].message).toContain('Excel');
    expect(checked.errors[2].message).toMatch(/^提示：身份证号末三位是 000/);
    // The warning neither counts as an error nor keeps its row out.
    expect(checked.counts).toMatchObject({ totalRows: 7, goodRows: 4, errorRows: 3, errorCount: 3 });
    expect(done.counts).toMatchObject({ inserted: 4, skipped: 3 });
    expect((await memberByName('恰好零'))!.id_number).toBe(ok000);
    expect((await memberByName('撇号'))!.id_number).toBe(idOf(102));
    expect((await memberByName('公式'))!.id_number).toBe(idOf(103));
    const serial = await memberByName('序列日期');
    expect([serial!.birth_date, serial!.joined_party_on]).toEqual(['1990-01-01', '2023-07-16']);
    expect(await memberByName('科学计数')).toBeUndefined();

    const en = await admin('en');
    const again = await runUpload(en, 'aa', csv, 'roster.csv');
    expect(again.checked.errors[0]).toMatchObject({
      column: 'ID number',
      message:
        'Excel stored the ID number as a number and lost its last digits: format the column as text and re-enter it',
    });
    expect(again.checked.errors.find((e: any) => e.severity === 'warning').message).toMatch(
      /^Note: the ID number ends in 000/,
    );
  });

  it('refuses an .xlsx ID number cell that is a number, even one ending in 000', async () => {
    const client = await admin();
    const file = await xlsxOf({
      1: MEMBER_HEADER,
      2: person('数字格', Number(`${idOf(106).slice(0, 15)}000`)),
      3: person('文本格', idOf(107)),
    });
    const { checked } = await runUpload(client, 'aa', file, '名册.xlsx');
    expect(problemKeys(checked.errors)).toEqual([[2, 'idNumber', 'roster_id_number_as_number']]);
  });

  it('exports members as CSV (UTF-8 with BOM) masked like the .xlsx, with the same reveal rules', async () => {
    const orgCookie = await cookieFor(app, 'aa-org', PASSWORD);
    const scoped = await download(app, orgCookie, '/api/cities/aa/roster/export/members.csv?reveal=true');
    expect(scoped.res.status).toBe(200);
    expect(scoped.res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(scoped.res.headers.get('content-disposition')).toContain(encodeURIComponent('党员.csv'));
    // An org admin's reveal is refused silently: still masked.
    expect(scoped.res.headers.get('x-jiceng-masked')).toBe('true');
    expect(scoped.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = scoped.bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe([...MEMBER_HEADER.map((h) => h.replace('*', '')), '状态'].join(','));
    expect(lines.slice(1, 3).map((l) => l.split(',').slice(0, 4))).toEqual([
      ['aa甲', '男', '3508**********001X', '138****0001'],
      ['aa乙', '男', '3508**********0028', '138****0002'],
    ]);
    expect(lines.at(-1)).toBe(''); // every line ends with CRLF

    const adminCookie = await cookieFor(app, 'aa-admin', PASSWORD);
    const revealed = await download(app, adminCookie, '/api/cities/aa/roster/export/members.csv?reveal=true');
    expect(revealed.res.headers.get('x-jiceng-masked')).toBe('false');
    const audit = await handle.db
      .selectFrom('core.audit_log')
      .select('after')
      .where('action', '=', 'reveal')
      .execute();
    expect(audit.map((a) => (a.after as any).export)).toEqual(['members.csv']);
    // A revealed CSV imports back as a no-op.
    const client = await admin();
    const { checked } = await runUpload(client, 'aa', revealed.bytes, '导出.csv');
    expect(errorsOnly(checked.errors)).toEqual([]);
    expect(checked.counts).toMatchObject({ toInsert: 0, toUpdate: 0 });
    expect(checked.encoding).toBe('utf-8');
    // The same file saved by Chinese Excel as GBK reads the same (the shared reader).
    const gbk = iconv.encode(revealed.bytes.toString('utf8').slice(1), 'gbk');
    const table = await readCsvTable(gbk);
    expect(table.encoding).toBe('gb18030');
    expect(table.rows[1]!.cells[0]).toBe('aa甲');
  });

  it('exports dates as real date cells in .xlsx, and that file imports back unchanged', async () => {
    const cookie = await cookieFor(app, 'aa-admin', PASSWORD);
    const file = await download(app, cookie, '/api/cities/aa/roster/export/members.xlsx?reveal=true');
    const sheet = await sheetOf(file.bytes);
    const birth = sheet.getRow(2).getCell(5);
    expect(birth.value).toBeInstanceOf(Date);
    expect((birth.value as Date).toISOString()).toBe('1980-01-01T00:00:00.000Z');
    expect(birth.numFmt).toBe('yyyy-mm-dd');
    const joined = (await memberByName('序列日期'))!;
    const row = [...Array(sheet.rowCount).keys()]
      .map((i) => sheet.getRow(i + 1))
      .find((r) => r.getCell(1).value === '序列日期')!;
    expect((row.getCell(11).value as Date).toISOString().slice(0, 10)).toBe(joined.joined_party_on);
    expect(row.getCell(3).value).toBe(joined.id_number); // ID numbers stay text
    const client = await admin();
    const { checked } = await runUpload(client, 'aa', file.bytes, '导出.xlsx');
    expect(errorsOnly(checked.errors)).toEqual([]);
    expect(checked.counts).toMatchObject({ toInsert: 0, toUpdate: 0 });
  });

  it('says a re-imported masked export is masked, instead of a checksum error on every row', async () => {
    const cookie = await cookieFor(app, 'aa-admin', PASSWORD);
    const client = await admin();
    for (const format of ['csv', 'xlsx']) {
      const masked = await download(app, cookie, `/api/cities/aa/roster/export/members.${format}`);
      expect(masked.res.headers.get('x-jiceng-masked')).toBe('true');
      const { checked } = await runUpload(client, 'aa', masked.bytes, `党员.${format}`);
      expect(checked.status).toBe('failed');
      expect(checked.failure.code).toBe('roster_masked_file');
      expect(checked.failure.message).toMatch(/^这是一份脱敏导出的文件（\d+ 行的身份证号中间是 \*）/);
      expect(checked.errors).toEqual([]);
    }
    const en = await admin('en');
    const masked = await download(app, cookie, '/api/cities/aa/roster/export/members.csv');
    expect((await runUpload(en, 'aa', masked.bytes, 'members.csv')).checked.failure.message).toMatch(
      /^This is a masked export/,
    );
    // One masked ID number in an otherwise real file is that row's problem, not the file's.
    const mixed = csvText([
      MEMBER_HEADER,
      person('真一', idOf(120)),
      person('真二', idOf(121)),
      person('脱敏', '3508**********1234'),
    ]);
    const one = await runUpload(client, 'aa', mixed, '混合.csv');
    expect(one.checked.status).toBe('validated');
    expect(problemKeys(one.checked.errors)).toEqual([[4, 'idNumber', 'roster_id_number_masked']]);
  });

  it('gives a problems workbook with each bad row’s own cells, which imports back once fixed', async () => {
    const client = await admin();
    const header = [...MEMBER_HEADER, '备注'];
    const rows = [
      header,
      [...person('好人', idOf(130)), '不是导入列'],
      [...person('坏号', badIdOf(131)), '核对身份证'],
      [...person('坏组织', idOf(132), { 7: '不存在的党支部' }), ''],
      [...person('重复甲', idOf(133)), ''],
      [...person('重复乙', idOf(133), { 1: '男' }), ''],
    ];
    const { checked, done } = await runUpload(client, 'aa', csvText(rows), '名册.csv', {
      commit: 'good_rows',
    });
    expect(problemKeys(checked.errors)).toEqual([
      [3, 'idNumber', 'roster_bad_id_number'],
      [4, 'org', 'roster_unknown_ref'],
      [6, 'idNumber', 'roster_duplicate_in_file'],
    ]);
    expect(done.counts).toMatchObject({ inserted: 2, skipped: 3 });

    const cookie = await cookieFor(app, 'aa-admin', PASSWORD);
    const errors = await download(app, cookie, `/api/cities/aa/roster/jobs/${checked.id}/errors.xlsx`);
    expect(errors.res.status).toBe(200);
    const sheet = await sheetOf(errors.bytes);
    const values = (n: number) =>
      Array.from({ length: header.length + 2 }, (_, i) => {
        const v = sheet.getRow(n).getCell(i + 1).value;
        return v == null ? '' : v;
      });
    expect(sheet.rowCount).toBe(4);
    expect(values(1)).toEqual(['原行号', '问题', ...header]);
    expect(values(2)).toEqual([3, expect.stringMatching(/^身份证号：身份证号校验失败/), ...rows[2]!]);
    expect(values(3)).toEqual([4, '所在党组织：本城市没有名为“不存在的党支部”的党组织', ...rows[3]!]);
    // A row found bad by the whole-file check (its values were fine) comes back from its checked values: the birth
    // date taken from the ID number, 无 for an empty cadre rank, nothing under a column that is not imported.
    expect(values(4)).toEqual([
      6,
      '身份证号：与文件第 5 行重复',
      ...[
        '重复乙',
        '男',
        idOf(133),
        '',
        '1990-01-01',
        '在职党员',
        '无',
        'aa一社区党委',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
    ]);
    expect(sheet.getRow(2).getCell(5).numFmt).toBe('@'); // the ID number column is text

    // Fix the cells in the workbook itself and upload it again: only these rows are checked and imported.
    sheet.getRow(2).getCell(5).value = idOf(131);
    sheet.getRow(3).getCell(10).value = 'aa一社区党委';
    sheet.getRow(4).getCell(5).value = idOf(134);
    const fixed = Buffer.from(await sheet.book.xlsx.writeBuffer());
    const again = await runUpload(client, 'aa', fixed, '名册-问题.xlsx', { commit: 'all' });
    expect(again.checked.errors).toEqual([]);
    expect(again.done.counts).toMatchObject({ inserted: 3, updated: 0 });
    expect((await memberByName('重复乙'))!.gender).toBe('male');

    // English: the same workbook with English labels around the file's own headers.
    const en = await download(app, cookie, `/api/cities/aa/roster/jobs/${checked.id}/errors.xlsx`, 'en');
    const enSheet = await sheetOf(en.bytes);
    expect(enSheet.getRow(1).getCell(1).value).toBe('Row');
    expect(enSheet.getRow(3).getCell(2).value).toMatch(/^Party organization: .*“不存在的党支部”/);
  });
});
