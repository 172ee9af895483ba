import { describe, expect, it } from 'vitest';
import { farColumnXlsx, xlsxWithSheet, zipBombXlsx } from '../testing/hostile-files';
import { bufferSource, RosterFileError, readRows } from './read';
import { elements, XlsxLimitError, xlsxSheetRows } from './xlsx-read';

async function rowsOf(bytes: Uint8Array, limits = {}) {
  const out: unknown[][] = [];
  for await (const batch of xlsxSheetRows(bufferSource(bytes), 500, undefined, limits))
    out.push(...batch.map((r) => r.cells));
  return out;
}

async function refusal(run: Promise<unknown>): Promise<XlsxLimitError> {
  const e = await run.then(
    () => undefined,
    (err) => err,
  );
  expect(e).toBeInstanceOf(XlsxLimitError);
  return e as XlsxLimitError;
}

const sheet = (rows: string) => `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

describe('spreadsheet limits (issue 15)', () => {
  it('refuses a cell at column AAAAAAA before padding the row up to it (the 292-byte file that killed the API)', async () => {
    const file = farColumnXlsx();
    expect(file.length).toBeLessThan(1024);
    const before = process.memoryUsage().heapUsed;
    const e = await refusal(rowsOf(file));
    expect(e).toMatchObject({ limit: 'columns', max: 256 });
    // Nothing close to a 321-million-slot row was built.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
    // Column IV (the 256th) is still read; IW (the 257th) is refused.
    expect(await rowsOf(xlsxWithSheet(sheet(`<row r="1">${cell('IV1', 'ok')}</row>`)))).toEqual([
      [...Array(255).fill(null), 'ok'],
    ]);
    await refusal(rowsOf(xlsxWithSheet(sheet(`<row r="1">${cell('IW1', 'no')}</row>`))));
  });

  it('refuses too many rows, a too-high row number, too long a cell and too many shared strings', async () => {
    const rows = Array.from({ length: 11 }, (_, i) => `<row r="${i + 1}">${cell(`A${i + 1}`, 'x')}</row>`);
    expect(await rowsOf(xlsxWithSheet(sheet(rows.slice(0, 10).join(''))), { maxRows: 10 })).toHaveLength(10);
    expect(await refusal(rowsOf(xlsxWithSheet(sheet(rows.join(''))), { maxRows: 10 }))).toMatchObject({
      limit: 'rows',
      max: 10,
    });
    const far = sheet(`<row r="2000000">${cell('A2000000', 'x')}</row>`);
    expect(await refusal(rowsOf(xlsxWithSheet(far)))).toMatchObject({ limit: 'rows' });
    const long = sheet(`<row r="1">${cell('A1', 'x'.repeat(32_768))}</row>`);
    expect(await refusal(rowsOf(xlsxWithSheet(long)))).toMatchObject({ limit: 'cell', max: 32_767 });
    const strings = `<sst>${'<si><t>a</t></si>'.repeat(11)}</sst>`;
    const usesStrings = sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');
    expect(await rowsOf(xlsxWithSheet(usesStrings, strings), { maxSharedStrings: 11 })).toEqual([['a']]);
    expect(
      await refusal(rowsOf(xlsxWithSheet(usesStrings, strings), { maxSharedStrings: 10 })),
    ).toMatchObject({ limit: 'strings' });
  });

  it('refuses a zip bomb (2.6 MB inflating to 1 GiB) by its ratio, and by total size when the ratio is allowed', async () => {
    const bomb = zipBombXlsx(1024);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    let compressedRead = 0;
    const rows = xlsxSheetRows(bufferSource(bomb), 500, (n) => {
      compressedRead = n;
    });
    const e = await refusal(
      (async () => {
        for await (const _ of rows);
      })(),
    );
    expect(e).toMatchObject({ limit: 'ratio', max: 200 });
    // Stopped within the first few compressed chunks, not after reading the whole file.
    expect(compressedRead).toBeLessThan(bomb.length / 2);
    const big = await refusal(
      rowsOf(zipBombXlsx(64), { maxInflateRatio: 1e9, maxInflatedBytes: 16 * 1024 * 1024 }),
    );
    expect(big).toMatchObject({ limit: 'inflated', max: 16 * 1024 * 1024 });
  });

  it('refuses a row that never closes instead of growing without bound', async () => {
    // 17.6 million characters of one row: past the 16-million-character cap on a single element.
    const open = sheet(`<row r="1">${'<c r="A1"/>'.repeat(1_600_000)}`);
    expect(await refusal(rowsOf(xlsxWithSheet(open))).then((e) => e.limit)).toBe('element');
  });

  it('scans elements in linear time: a row split over thousands of chunks comes out whole, once', async () => {
    const row = `<row r="1">${'<c r="A1"><v>1</v></c>'.repeat(50_000)}</row>`;
    async function* chunks() {
      yield '<sheetData>';
      for (let i = 0; i < row.length; i += 7) yield row.slice(i, i + 7);
      yield `${row}</sheetData>`;
    }
    const out: string[] = [];
    for await (const e of elements(chunks(), 'row')) out.push(e);
    expect(out.join('')).toBe(`<sheetData>${row}${row}`);
    expect(out.join('').split('</row>')).toHaveLength(3);
  });

  it('reports a limit as the import job’s reason, for .xlsx and for CSV', async () => {
    const fail = async (bytes: Uint8Array, format: 'xlsx' | 'csv', limits = {}) => {
      const e = await (async () => {
        for await (const _ of readRows(bufferSource(bytes), { format, limits }));
      })().then(
        () => undefined,
        (err) => err,
      );
      expect(e).toBeInstanceOf(RosterFileError);
      return (e as RosterFileError).code;
    };
    expect(await fail(farColumnXlsx(), 'xlsx')).toBe('spreadsheet_limit_columns');
    expect(await fail(Buffer.from(`${'a,'.repeat(300)}a\r\n`), 'csv')).toBe('spreadsheet_limit_columns');
    expect(await fail(Buffer.from(`姓名\r\n${'x'.repeat(40_000)}\r\n`), 'csv')).toBe(
      'spreadsheet_limit_cell',
    );
    expect(await fail(Buffer.from('a\r\nb\r\nc\r\n'), 'csv', { maxRows: 2 })).toBe('spreadsheet_limit_rows');
  });
});
