import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { Cell, SheetRow } from './rows';
import type { ImportFormat } from './schema';
import {
  DEFAULT_XLSX_LIMITS,
  type RandomAccess,
  XlsxLimitError,
  type XlsxLimits,
  xlsxSheetRows,
} from './xlsx-read';

export type { Cell, SheetRow };

/** A problem with the file as a whole, reported as a message key with params. */
export class RosterFileError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

/** A file to import: read front to back (CSV), or at offsets (the zip directory of an .xlsx sits at its end). */
export interface FileSource extends RandomAccess {
  stream(): AsyncIterable<Uint8Array>;
}

/** An in-memory file, streamed in 64 KB chunks (so progress can follow the bytes). */
export function bufferSource(buffer: Uint8Array, chunk = 64 * 1024): FileSource {
  return {
    size: buffer.length,
    async *stream() {
      for (let i = 0; i < buffer.length; i += chunk) yield buffer.subarray(i, i + chunk);
    },
    read: async (offset, length) => buffer.subarray(offset, offset + length),
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
  source: FileSource,
  onEncoding: (encoding: TextEncoding) => void,
  batchSize: number,
  onBytes: ((bytes: number) => void) | undefined,
  limits: XlsxLimits,
): AsyncGenerator<SheetRow[]> {
  let bytes = 0;
  const iterator = (async function* () {
    for await (const chunk of source.stream()) {
      bytes += chunk.length;
      onBytes?.(bytes);
      yield chunk;
    }
  })()[Symbol.asyncIterator]();
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

  // csv-parse's stream, driven by hand: each write parses synchronously and its records are drained at once, so
  // rows come out in batches with no promise per record, and the event loop turns at every file chunk (which lets
  // the database driver send the previous batch meanwhile).
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    // Blank lines come through (as one empty field) and are counted here, not skipped by the parser: the row
    // number is then the record count, without csv-parse's per-record info objects.
    skip_empty_lines: false,
    // One record (a row, quoted line breaks included) may not grow past a full row of full cells.
    max_record_size: limits.maxCellChars * 4,
  });
  let parseError: Error | undefined;
  parser.on('error', (e) => {
    parseError = e;
  });
  let batch: SheetRow[] = [];
  const out: SheetRow[][] = [];
  let rowNumber = 0;
  const drain = () => {
    for (let record = parser.read(); record !== null; record = parser.read()) {
      // The row Excel shows: a quoted line break stays in one row, a blank line is a row.
      rowNumber++;
      if (record.length === 1 && record[0] === '') continue;
      if (rowNumber > limits.maxRows) throw limitError(new XlsxLimitError('rows', limits.maxRows));
      if (record.length > limits.maxColumns)
        throw limitError(new XlsxLimitError('columns', limits.maxColumns));
      for (const cell of record as string[])
        if (cell.length > limits.maxCellChars)
          throw limitError(new XlsxLimitError('cell', limits.maxCellChars));
      batch.push({ row: rowNumber, cells: record as string[] });
      if (batch.length >= batchSize) {
        out.push(batch);
        batch = [];
      }
    }
    if (parseError) {
      if ((parseError as { code?: string }).code === 'CSV_MAX_RECORD_SIZE')
        throw limitError(new XlsxLimitError('cell', limits.maxCellChars));
      throw new RosterFileError('roster_unreadable', { detail: parseError.message });
    }
  };
  try {
    for await (const chunk of text()) {
      parser.write(chunk);
      drain();
      while (out.length) yield out.shift()!;
    }
    parser.end();
    await new Promise((resolve) => setImmediate(resolve));
    drain();
    while (out.length) yield out.shift()!;
    if (batch.length) yield batch;
  } finally {
    parser.destroy();
  }
}

export interface ReadOptions {
  format: ImportFormat;
  batchSize?: number;
  onEncoding?: (encoding: TextEncoding) => void;
  /** Bytes of the file read so far (for an .xlsx: compressed bytes of its strings and sheet). */
  onBytes?: (bytes: number) => void;
  /** Caps on what the file may hold (rows, columns, cell length, inflated size); the defaults otherwise. */
  limits?: Partial<XlsxLimits>;
}

/** A file over a limit, as the job's failure: which limit and its maximum, in the reader's language later. */
export function limitError(e: XlsxLimitError): RosterFileError {
  return new RosterFileError(`spreadsheet_limit_${e.limit}`, { max: e.max });
}

async function* xlsxRows(
  source: FileSource,
  batchSize: number,
  onBytes: ((bytes: number) => void) | undefined,
  limits: XlsxLimits,
) {
  try {
    yield* xlsxSheetRows(source, batchSize, onBytes, limits);
  } catch (e) {
    if (e instanceof RosterFileError) throw e;
    if (e instanceof XlsxLimitError) throw limitError(e);
    throw new RosterFileError('roster_unreadable', { detail: (e as Error).message });
  }
}

/** Batches of rows of a roster file, streamed, within the limits. */
export function readRows(source: FileSource, options: ReadOptions): AsyncGenerator<SheetRow[]> {
  const batchSize = options.batchSize ?? 500;
  const limits = { ...DEFAULT_XLSX_LIMITS, ...options.limits };
  return options.format === 'xlsx'
    ? xlsxRows(source, batchSize, options.onBytes, limits)
    : csvRows(source, options.onEncoding ?? (() => {}), batchSize, options.onBytes, limits);
}

/** A small table file (a plugin's upload) read whole: its text encoding and its non-blank rows. */
export interface CsvTable {
  encoding: TextEncoding;
  /** Rows with at least one non-blank cell; `row` is the line a spreadsheet shows (a quoted line break stays in one). */
  rows: { row: number; cells: string[] }[];
}

/**
 * The roster reader for a plugin's CSV upload: UTF-8 (with or without BOM), GBK/GB18030 as Chinese Excel saves
 * "CSV", UTF-16 by its BOM; comma, semicolon or tab; quoted fields and line breaks. Throws RosterFileError
 * (`roster_unreadable`, `roster_empty_file`) for a file that is not text. Meant for uploads of a few MB at most:
 * the rows are returned in one array.
 */
export async function readCsvTable(
  bytes: Uint8Array | ArrayBuffer | string,
  maxRows = 100_000,
): Promise<CsvTable> {
  const buffer =
    typeof bytes === 'string'
      ? Buffer.from(bytes, 'utf8')
      : bytes instanceof Uint8Array
        ? bytes
        : new Uint8Array(bytes);
  if (!buffer.length) throw new RosterFileError('roster_empty_file');
  let encoding: TextEncoding = 'utf-8';
  const rows: CsvTable['rows'] = [];
  for await (const batch of readRows(bufferSource(buffer), {
    format: 'csv',
    onEncoding: (e) => (encoding = e),
  }))
    for (const r of batch) {
      const cells = r.cells.map((c) => (c == null ? '' : String(c)));
      if (cells.every((c) => c.trim() === '')) continue;
      if (rows.length >= maxRows)
        throw new RosterFileError('roster_unreadable', { detail: `over ${maxRows} rows` });
      rows.push({ row: r.row, cells });
    }
  return { encoding, rows };
}
