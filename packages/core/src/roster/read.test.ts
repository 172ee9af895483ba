import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { matchHeader, missingRequired, parseEnum } from './columns';
import { bufferSource, detectEncoding, readRows, sniffFormat } from './read';
import { xlsxOf } from './test-helpers';
import {
  isMaskedIdNumber,
  isScientificNumber,
  looksRoundedByExcel,
  normalizePhone,
  parseDate,
  unwrapExcelText,
} from './values';

async function all(bytes: Uint8Array, format: 'csv' | 'xlsx', chunk = 64 * 1024) {
  let encoding: string | undefined;
  const rows: { row: number; cells: unknown[] }[] = [];
  for await (const batch of readRows(bufferSource(bytes, chunk), {
    format,
    onEncoding: (e) => (encoding = e),
  }))
    rows.push(...batch);
  return { rows, encoding };
}

describe('roster file reading', () => {
  it('detects UTF-8 (with or without BOM), UTF-16 and GBK', () => {
    const text = '姓名,性别\r\n张三,男\r\n';
    expect(detectEncoding(Buffer.from(`\uFEFF${text}`), true)).toBe('utf-8');
    expect(detectEncoding(Buffer.from(text), true)).toBe('utf-8');
    expect(detectEncoding(iconv.encode(text, 'gbk'), true)).toBe('gb18030');
    expect(detectEncoding(iconv.encode(text, 'utf16le', { addBOM: true }), true)).toBe('utf-16le');
    // A sample cut in the middle of a UTF-8 character is still UTF-8.
    const cut = Buffer.from(text).subarray(0, 2);
    expect(detectEncoding(cut, false)).toBe('utf-8');
    expect(detectEncoding(cut, true)).toBe('gb18030');
  });

  it('decodes GBK across chunk boundaries, with quoted fields, blank lines and row numbers as Excel shows them', async () => {
    const text = '姓名,备注\r\n张三,"第一行\r\n第二行"\r\n\r\n李四,"含,逗号"\r\n';
    const { rows, encoding } = await all(iconv.encode(text, 'gbk'), 'csv', 3);
    expect(encoding).toBe('gb18030');
    expect(rows).toEqual([
      { row: 1, cells: ['姓名', '备注'] },
      { row: 2, cells: ['张三', '第一行\r\n第二行'] },
      { row: 4, cells: ['李四', '含,逗号'] },
    ]);
  });

  it('takes semicolon- or tab-separated files and UTF-16 "Unicode text"', async () => {
    expect((await all(Buffer.from('姓名;性别\n王五;女\n'), 'csv')).rows[1]!.cells).toEqual(['王五', '女']);
    const utf16 = iconv.encode('姓名\t性别\r\n赵六\t男\r\n', 'utf16le', { addBOM: true });
    const { rows, encoding } = await all(utf16, 'csv', 5);
    expect(encoding).toBe('utf-16le');
    expect(rows.map((r) => r.cells)).toEqual([
      ['姓名', '性别'],
      ['赵六', '男'],
    ]);
  });

  it('reads the first worksheet of an .xlsx file with its row numbers and typed cells', async () => {
    const bytes = await xlsxOf({
      1: ['姓名', '入党日期', '编号'],
      3: ['孙七', new Date(Date.UTC(2001, 6, 1)), 42],
      4: [{ richText: [{ text: '周' }, { text: '八' }] }, '2002-07-01', ''],
    });
    expect(sniffFormat(bytes, 'x.bin')).toBe('xlsx');
    const { rows } = await all(bytes, 'xlsx', 1000);
    expect(rows).toEqual([
      { row: 1, cells: ['姓名', '入党日期', '编号'] },
      { row: 3, cells: ['孙七', new Date(Date.UTC(2001, 6, 1)), 42] },
      { row: 4, cells: ['周八', '2002-07-01'] },
    ]);
  });

  it('keeps Chinese text whole across chunk boundaries (exceljs 4.4’s streaming reader does not)', async () => {
    const names = Array.from(
      { length: 4000 },
      (_, i) => `龙岩市新罗区${'东西南北中'[i % 5]}城街道第${i}号党员名字`,
    );
    const sheet: Record<number, unknown[]> = { 1: ['姓名', '序号'] };
    names.forEach((n, i) => {
      sheet[i + 2] = [n, i];
    });
    const { rows } = await all(await xlsxOf(sheet), 'xlsx');
    expect(rows).toHaveLength(4001);
    expect(rows.slice(1).map((r) => r.cells[0])).toEqual(names);
    const csv = Buffer.from(names.map((n, i) => `${n},${i}`).join('\n'), 'utf8');
    expect((await all(csv, 'csv', 1001)).rows.map((r) => r.cells[0])).toEqual(names);
  });

  it('parses the dates rosters contain and refuses the rest', () => {
    expect(parseDate('2005-07-01')).toBe('2005-07-01');
    expect(parseDate('2005/7/1')).toBe('2005-07-01');
    expect(parseDate('2005.07.01')).toBe('2005-07-01');
    expect(parseDate('2005年7月1日')).toBe('2005-07-01');
    expect(parseDate('20050701')).toBe('2005-07-01');
    expect(parseDate('2005.07')).toBe('2005-07-01');
    expect(parseDate('２００５－０７－０１')).toBe('2005-07-01');
    expect(parseDate(38534)).toBe('2005-07-01');
    expect(parseDate(new Date(Date.UTC(2005, 6, 1)))).toBe('2005-07-01');
    expect(parseDate('')).toBeNull();
    expect(parseDate('2005-02-30')).toBeUndefined();
    expect(parseDate('2005')).toBeUndefined();
    expect(parseDate(2005)).toBeUndefined();
    expect(parseDate('七月一日')).toBeUndefined();
  });

  it('matches headers in Chinese, English, codes or aliases, and names what is missing', () => {
    const { positions, recognised } = matchHeader('members', [
      '序号',
      '姓名*',
      'Gender',
      '身份证号码',
      '联系电话',
      'org',
    ]);
    expect(recognised).toBe(5);
    expect(Object.fromEntries(positions)).toEqual({ name: 1, gender: 2, idNumber: 3, phone: 4, org: 5 });
    expect(missingRequired('members', positions).map((c) => c.field)).toEqual(['category']);
  });

  it('accepts Chinese labels, aliases and codes for enumerations', () => {
    expect(parseEnum('category', '在职党员')).toBe('in_service');
    expect(parseEnum('category', '退休')).toBe('retired');
    expect(parseEnum('category', 'flowing')).toBe('flowing');
    expect(parseEnum('cadreRank', '副科级')).toBe('section_deputy');
    expect(parseEnum('cadreRank', '正处')).toBe('division');
    expect(parseEnum('gender', ' 女 ')).toBe('female');
    expect(parseEnum('orgKind', '市(区、县)委')).toBe('city_committee');
    expect(parseEnum('unitLevel', '县（区）')).toBe('county');
    expect(parseEnum('gender', '未知')).toBeUndefined();
    expect(normalizePhone('+86 139-0000-0002')).toBe('13900000002');
  });
});

describe('what spreadsheets do to cells', () => {
  it('reads Excel serial dates written to CSV as text, but not years, months or dates as digits', () => {
    expect(parseDate('32874')).toBe('1990-01-01');
    expect(parseDate('45123.75')).toBe('2023-07-16');
    expect(parseDate(45123.75)).toBe('2023-07-16');
    expect(parseDate('2005')).toBeUndefined();
    expect(parseDate('200507')).toBe('2005-07-01');
    expect(parseDate('20050701')).toBe('2005-07-01');
    expect(parseDate('99999')).toBeUndefined(); // past 2099
  });

  it('recognises ID numbers Excel damaged or masked, and unwraps the text-forcing prefixes', () => {
    expect(unwrapExcelText("'440105199001011234")).toBe('440105199001011234');
    expect(unwrapExcelText('="440105199001011234"')).toBe('440105199001011234');
    expect(unwrapExcelText('440105199001011234')).toBe('440105199001011234');
    expect(isScientificNumber('4.40105E+17')).toBe(true);
    expect(isScientificNumber('4.40105199001011e17')).toBe(true);
    expect(isScientificNumber('440105199001011234')).toBe(false);
    expect(looksRoundedByExcel('440105199001011000')).toBe(true);
    expect(looksRoundedByExcel('44010519900101100X')).toBe(false);
    expect(isMaskedIdNumber('3508**********1234')).toBe(true);
    expect(isMaskedIdNumber('3508**********001X')).toBe(true);
    expect(isMaskedIdNumber('350802199001011234')).toBe(false);
  });
});
