import { createWriteStream } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export interface StreamColumn {
  header: string;
  width?: number;
  /** Excel number format, e.g. '@' (text) so ID numbers stay text when users edit the file. */
  numFmt?: string;
}

type Value = string | number | boolean | Date | null | undefined;

/**
 * One sheet written row by row with exceljs' streaming writer: memory stays flat however many rows come
 * (the in-memory `toXlsx` of export/xlsx.ts suits screen-sized lists).
 */
export async function writeXlsxStream(
  out: NodeJS.WritableStream,
  sheetName: string,
  columns: StreamColumn[],
  rows: AsyncIterable<Value[]> | Iterable<Value[]>,
  options: { sharedStrings?: boolean } = {},
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out as any,
    useStyles: true,
    useSharedStrings: options.sharedStrings ?? false,
  });
  workbook.creator = 'Jiceng';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width ?? Math.max(10, c.header.length * 2 + 2),
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const values of rows as AsyncIterable<Value[]>)
    sheet.addRow(values.map((v) => v ?? null)).commit();
  sheet.commit();
  await workbook.commit();
}

/** A streamed .xlsx as a web ReadableStream for a Hono response. */
export function xlsxBodyStream(
  write: (out: NodeJS.WritableStream) => Promise<void>,
  onError: (e: Error) => void,
): ReadableStream<Uint8Array> {
  const pass = new PassThrough();
  write(pass).catch((e: Error) => {
    onError(e);
    pass.destroy(e);
  });
  return Readable.toWeb(pass) as unknown as ReadableStream<Uint8Array>;
}

/** A streamed .xlsx to a file (the bench's rosters). */
export async function writeXlsxFile(
  path: string,
  sheetName: string,
  columns: StreamColumn[],
  rows: AsyncIterable<Value[]> | Iterable<Value[]>,
  options: { sharedStrings?: boolean } = {},
): Promise<void> {
  const out = createWriteStream(path);
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    out.on('error', reject);
  });
  await writeXlsxStream(out, sheetName, columns, rows, options);
  await closed;
}

export function xlsxHeaders(fileName: string): Record<string, string> {
  return {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  };
}
