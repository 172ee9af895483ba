import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsxSheet, toXlsx } from './xlsx';

describe('Excel helpers', () => {
  it('writes a header row and reads back formulas, rich text, dates and row numbers', async () => {
    const written = await toXlsx(
      '名单',
      [{ header: '姓名', value: (r: { n: string }) => r.n }],
      [{ n: '张三' }],
    );
    expect((await readXlsxSheet(written)).map((r) => r.values)).toEqual([['姓名'], ['张三']]);

    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('s');
    sheet.getCell('A1').value = '标题';
    sheet.getCell('A3').value = { formula: '1+1', result: 2 };
    sheet.getCell('B3').value = { richText: [{ text: '红色' }, { text: '业委会' }] };
    sheet.getCell('C3').value = new Date('2026-03-01T00:00:00Z');
    const rows = await readXlsxSheet(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(rows).toEqual([
      { rowNumber: 1, values: ['标题', '', ''] }, // rows come as wide as the widest
      { rowNumber: 3, values: ['2', '红色业委会', '2026-03-01'] },
    ]);
  });
});
