import ExcelJS from 'exceljs';
import type { Context } from 'hono';
import { ApiError } from '../http/errors';
import { bufferSource } from '../roster/read';
import { XlsxLimitError, type XlsxLimits, xlsxSheetRows } from '../roster/xlsx-read';

export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | Date | null | undefined;
  width?: number;
}

/** One sheet with a bold header row, the same columns the screen shows. */
export async function toXlsx<Row>(
  sheetName: string,
  columns: ExportColumn<Row>[],
  rows: Iterable<Row>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jiceng';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width ?? Math.max(10, c.header.length * 2 + 2),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function xlsxResponse(c: Context, fileName: string, body: Buffer) {
  return c.body(new Uint8Array(body), 200, {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  });
}

/** A cell as text: dates as YYYY-MM-DD, formulas by their result, rich text and links by their text. */
export function cellText(v: unknown): string {
  if (v == null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v !== 'object') return String(v);
  const cell = v as { text?: unknown; richText?: { text: string }[]; result?: unknown; error?: unknown };
  if (Array.isArray(cell.richText)) return cell.richText.map((r) => r.text).join('');
  if ('result' in cell) return cellText(cell.result);
  if ('text' in cell) return cellText(cell.text);
  if ('error' in cell) return String(cell.error);
  return '';
}

/** Limits for a spreadsheet read whole into memory (plugins' small uploads: templates, lists). */
export const IN_MEMORY_XLSX_LIMITS: Partial<XlsxLimits> = {
  maxInflatedBytes: 64 * 1024 * 1024,
  maxRows: 100_000,
};

/** The first sheet as rows of text. Blank rows are skipped; use `readXlsxSheet` when row numbers matter. */
export async function readXlsxRows(
  buffer: ArrayBuffer | Uint8Array,
  limits?: Partial<XlsxLimits>,
): Promise<string[][]> {
  return (await readXlsxSheet(buffer, limits)).map((r) => r.values);
}

/**
 * The first sheet's non-blank rows with their sheet row numbers (1-based), for messages that name a row.
 * Read by the same streaming reader as roster imports, under its caps (columns, rows, cell length, inflated size
 * and ratio): a file past one is refused with a 413 naming the limit, field `file`; a broken file throws as before.
 */
export async function readXlsxSheet(
  buffer: ArrayBuffer | Uint8Array,
  limits: Partial<XlsxLimits> = {},
): Promise<{ rowNumber: number; values: string[] }[]> {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const out: { rowNumber: number; values: string[] }[] = [];
  try {
    for await (const batch of xlsxSheetRows(bufferSource(bytes), 1000, undefined, {
      ...IN_MEMORY_XLSX_LIMITS,
      ...limits,
    }))
      for (const row of batch) out.push({ rowNumber: row.row, values: Array.from(row.cells, cellText) });
  } catch (e) {
    if (e instanceof XlsxLimitError)
      throw new ApiError(413, `spreadsheet_limit_${e.limit}`, { max: e.max }, 'file');
    throw e;
  }
  // A table: every row as wide as the widest (the reader drops empty cells at a row's end).
  const width = Math.max(0, ...out.map((r) => r.values.length));
  for (const r of out) while (r.values.length < width) r.values.push('');
  return out;
}
