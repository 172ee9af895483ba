import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { ImportFormat } from './schema';

/** A cell as a reader found it: text from CSV; text, number, Date or boolean from a spreadsheet. */
export type Cell = string | number | boolean | Date | null;
export interface SheetRow {
  /** The row number a user sees: the line in a CSV file, the row in a spreadsheet (header = 1). */
  row: number;
  cells: Cell[];
}

/** A problem with the file as a whole, reported as a message key with params. */
export class RosterFileError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export type ByteSource = () => AsyncIterable<Uint8Array>;

/** An in-memory file as a stream of 64 KB chunks (progress can then follow the bytes). */
export function bufferSource(buffer: Uint8Array, chunk = 64 * 1024): ByteSource {
  return async function* () {
    for (let i = 0; i < buffer.length; i += chunk) yield buffer.subarray(i, i + chunk);
  };
}

/** Counts the bytes that pass, for progress. */
export function counted(source: ByteSource, onBytes: (total: number) => void): ByteSource {
  return async function* () {
    let total = 0;
    for await (const chunk of source()) {
      total += chunk.length;
      onBytes(total);
      yield chunk;
    }
  };
}

/** The format from the first bytes (a zip is an xlsx) and the name; old binary .xls is refused. */
export function sniffFormat(head: Uint8Array, fileName: string): ImportFormat | 'xls' | undefined {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'xls';
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return undefined; // named xlsx but not a zip
  if (lower.endsWith('.xls')) return 'xls';
  return 'csv';
}

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * UTF-8 when there is a UTF-8 BOM or the head decodes as strict UTF-8; UTF-16 by its BOM (Excel's "Unicode
 * text"); otherwise GB18030, the superset of GBK and GB2312 that Chinese Excel writes as "CSV".
 */
export function detectEncoding(head: Uint8Array, complete: boolean): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  let end = head.length;
  if (!complete) {
    // Do not judge a character cut at the end of the sample.
    for (let i = end - 1; i >= Math.max(0, end - 4); i--) {
      const b = head[i]!;
      if (b < 0x80) break;
      if (b >= 0xc0) {
        const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
        if (end - i < need) end = i;
        break;
      }
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

function detectDelimiter(text: string): string {
  const line = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string) => line.split(ch).length - 1;
  const candidates: [string, number][] = [
    [',', count(',')],
    ['\t', count('\t')],
    [';', count(';')],
  ];
  candidates.sort((a, b) => b[1] - a[1]);
  return candidates[0]![1] > 0 ? candidates[0]![0] : ',';
}

const HEAD_BYTES = 64 * 1024;

/** Rows of a CSV file, decoded and parsed as a stream: never more than one chunk and one batch in memory. */
async function* csvRows(
  source: ByteSource,
  onEncoding: (encoding: TextEncoding) => void,
  batchSize: number,
): AsyncGenerator<SheetRow[]> {
  const iterator = source()[Symbol.asyncIterator]();
  const headChunks: Uint8Array[] = [];
  let headLength = 0;
  let done = false;
  while (headLength < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    headChunks.push(next.value);
    headLength += next.value.length;
  }
  const head = Buffer.concat(headChunks);
  const encoding = detectEncoding(head, done);
  onEncoding(encoding);

  const decoder =
    encoding === 'utf-8'
      ? new TextDecoder('utf-8', { fatal: true })
      : iconv.getDecoder(encoding, { stripBOM: true });
  const decode = (bytes: Uint8Array, last: boolean): string =>
    decoder instanceof TextDecoder
      ? decoder.decode(bytes, { stream: !last })
      : (decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)) ?? '') +
        (last ? (decoder.end() ?? '') : '');
  let headText: string;
  try {
    headText = decode(head, done);
  } catch {
    throw new RosterFileError('roster_unreadable', { detail: 'not valid UTF-8 text' });
  }
  const delimiter = detectDelimiter(headText.replace(/^\uFEFF/, ''));

  async function* text() {
    yield headText;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      let out: string;
      try {
        out = decode(next.value, false);
      } catch {
        throw new RosterFileError('roster_unreadable', { detail: 'not valid UTF-8 text' });
      }
      if (out) yield out;
    }
    const tail = decode(new Uint8Array(0), true);
    if (tail) yield tail;
  }

  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
  });
  const input = Readable.from(text());
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);
  let batch: SheetRow[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { records: number; empty_lines: number };
    }>) {
      // The row Excel shows: a quoted line break stays in one row, a blank line is a row.
      batch.push({ row: info.records + info.empty_lines, cells: record });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  } catch (e) {
    if (e instanceof RosterFileError) throw e;
    throw new RosterFileError('roster_unreadable', { detail: (e as Error).message });
  } finally {
    input.destroy();
  }
  if (batch.length) yield batch;
}

/** A spreadsheet cell's value as text, number, Date or boolean (rich text, hyperlinks and formulas unwrapped). */
export function plainCell(value: unknown): Cell {
  if (value == null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('result' in v) return plainCell(v.result);
    if ('formula' in v || 'sharedFormula' in v) return null;
    if ('error' in v) return null;
    if ('text' in v) return plainCell(v.text);
  }
  return String(value);
}

/** Rows of the first worksheet of an .xlsx file, read with exceljs' streaming reader. */
async function* xlsxRows(source: ByteSource, batchSize: number): AsyncGenerator<SheetRow[]> {
  const input = Readable.from(source());
  const Reader = (ExcelJS as any).stream.xlsx.WorkbookReader;
  const reader = new Reader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let batch: SheetRow[] = [];
  try {
    for await (const sheet of reader as AsyncIterable<AsyncIterable<{ number: number; values: unknown[] }>>) {
      for await (const row of sheet) {
        const values = row.values;
        const cells: Cell[] = new Array(Math.max(0, values.length - 1));
        for (let i = 1; i < values.length; i++) cells[i - 1] = plainCell(values[i]);
        batch.push({ row: row.number, cells });
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
      break; // the first worksheet holds the data; others (instructions) are ignored
    }
  } catch (e) {
    if (e instanceof RosterFileError) throw e;
    throw new RosterFileError('roster_unreadable', { detail: (e as Error).message });
  } finally {
    input.destroy();
  }
  if (batch.length) yield batch;
}

export interface ReadOptions {
  format: ImportFormat;
  batchSize?: number;
  onEncoding?: (encoding: TextEncoding) => void;
}

/** Batches of rows of a roster file, streamed. */
export function readRows(source: ByteSource, options: ReadOptions): AsyncGenerator<SheetRow[]> {
  const batchSize = options.batchSize ?? 500;
  return options.format === 'xlsx'
    ? xlsxRows(source, batchSize)
    : csvRows(source, options.onEncoding ?? (() => {}), batchSize);
}

/** The first bytes of a source, to sniff its format. */
export async function headBytes(source: ByteSource, n = 8): Promise<Uint8Array> {
  const out: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source()) {
    out.push(chunk);
    length += chunk.length;
    if (length >= n) break;
  }
  return Buffer.concat(out).subarray(0, n);
}
