import { createInflateRaw } from 'node:zlib';
import type { Cell, SheetRow } from './rows';

/**
 * A streaming reader for the first worksheet of an .xlsx file: the zip's central directory, zlib, and a small
 * scanner over the sheet XML. Written because exceljs 4.4's streaming reader decodes each inflated chunk to text
 * on its own and so breaks Chinese characters that straddle a chunk boundary (exceljs issues #2084, #2316; the
 * fix, PR #1665, is unmerged) — 231 of the 37,455 rows of the bench roster came out with U+FFFD in a name. It is also
 * several times faster. Memory: the shared strings (as Excel keeps them) plus one chunk of the sheet.
 */

/** Random access to the file: the zip directory sits at its end. */
export interface RandomAccess {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export class XlsxFormatError extends Error {}

/**
 * What a spreadsheet may hold before it is refused. A hostile file is small on the wire and huge once read: a
 * 292-byte sheet naming cell `AAAAAAA1` (column 321 million) or a 1 MB zip that inflates to 1 GiB. Every read goes
 * through these caps, checked while streaming, so memory and time stay bounded by them and not by the file.
 */
export interface XlsxLimits {
  /** Total bytes inflated from the zip (strings, styles, sheet…). */
  maxInflatedBytes: number;
  /** Inflated ÷ compressed size of an entry, once past 1 MB inflated (Apache POI refuses above 100). */
  maxInflateRatio: number;
  /** Data rows, and the highest row number (Excel's own maximum is 1,048,576). */
  maxRows: number;
  /** Columns holding a value (Excel's own maximum is 16,384; a roster has fewer than 100). */
  maxColumns: number;
  /** Characters in one cell (Excel's own maximum is 32,767). */
  maxCellChars: number;
  /** Entries in the shared-strings table. */
  maxSharedStrings: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxInflatedBytes: 1024 * 1024 * 1024,
  maxInflateRatio: 200,
  maxRows: 1_048_576,
  maxColumns: 256,
  maxCellChars: 32_767,
  maxSharedStrings: 2_000_000,
};

export type XlsxLimit = 'inflated' | 'ratio' | 'rows' | 'columns' | 'cell' | 'strings' | 'element';

/** A file past one of the limits: `limit` says which, `max` the allowed amount (bytes, rows, columns, characters). */
export class XlsxLimitError extends XlsxFormatError {
  constructor(
    readonly limit: XlsxLimit,
    readonly max: number,
  ) {
    super(`spreadsheet over the ${limit} limit (${max})`);
  }
}

/** The longest piece of XML (one row, one shared string) held while scanning: a full row of full cells fits. */
const MAX_ELEMENT_CHARS = 16 * 1024 * 1024;
const RATIO_FLOOR_BYTES = 1024 * 1024;

/** Inflated bytes of the whole workbook, counted across its entries. */
class InflateBudget {
  total = 0;
  constructor(readonly limits: XlsxLimits) {}
  /** `n` more bytes inflated; `entryTotal` of the entry so far, from `fed` compressed bytes given to zlib so far. */
  add(entryTotal: number, fed: number, n: number) {
    this.total += n;
    if (this.total > this.limits.maxInflatedBytes)
      throw new XlsxLimitError('inflated', this.limits.maxInflatedBytes);
    // Against the compressed bytes consumed so far (not the entry's declared size): a bomb trips early.
    if (entryTotal > RATIO_FLOOR_BYTES && entryTotal > fed * this.limits.maxInflateRatio)
      throw new XlsxLimitError('ratio', this.limits.maxInflateRatio);
  }
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) =>
  (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

async function zipDirectory(file: RandomAccess): Promise<Map<string, ZipEntry>> {
  const tailLength = Math.min(file.size, 65_557);
  const tail = await file.read(file.size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--)
    if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new XlsxFormatError('not a zip file');
  const count = u16(tail, eocd + 10);
  const cdSize = u32(tail, eocd + 12);
  const cdOffset = u32(tail, eocd + 16);
  if (cdOffset === 0xffffffff || count === 0xffff) throw new XlsxFormatError('zip64 is not supported');
  if (cdOffset + cdSize > file.size) throw new XlsxFormatError('broken zip directory');
  const cd = await file.read(cdOffset, cdSize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || u32(cd, p) !== 0x02014b50) throw new XlsxFormatError('broken zip directory');
    const nameLength = u16(cd, p + 28);
    const name = new TextDecoder().decode(cd.subarray(p + 46, p + 46 + nameLength));
    entries.set(name.replace(/^\//, ''), {
      name,
      method: u16(cd, p + 10),
      compressedSize: u32(cd, p + 20),
      localHeaderOffset: u32(cd, p + 42),
    });
    p += 46 + nameLength + u16(cd, p + 30) + u16(cd, p + 32);
  }
  return entries;
}

const CHUNK = 256 * 1024;

/** An entry's text, decoded as UTF-8 across chunk boundaries. */
async function* entryText(
  file: RandomAccess,
  entry: ZipEntry,
  budget: InflateBudget,
  onBytes?: (compressed: number) => void,
): AsyncGenerator<string> {
  let inflated = 0;
  let fed = 0;
  const header = await file.read(entry.localHeaderOffset, 30);
  if (u32(header, 0) !== 0x04034b50) throw new XlsxFormatError('broken zip entry');
  const start = entry.localHeaderOffset + 30 + u16(header, 26) + u16(header, 28);
  const end = start + entry.compressedSize;
  const decoder = new TextDecoder('utf-8');
  if (entry.method === 0) {
    for (let at = start; at < end; at += CHUNK) {
      const bytes = await file.read(at, Math.min(CHUNK, end - at));
      onBytes?.(bytes.length);
      budget.add(0, 0, bytes.length);
      yield decoder.decode(bytes, { stream: true });
    }
    yield decoder.decode();
    return;
  }
  if (entry.method !== 8) throw new XlsxFormatError(`zip compression ${entry.method} is not supported`);
  const inflate = createInflateRaw();
  const feed = (async () => {
    try {
      for (let at = start; at < end; at += CHUNK) {
        const bytes = await file.read(at, Math.min(CHUNK, end - at));
        onBytes?.(bytes.length);
        // Stop feeding once the reader gave up (a limit, an early return): 'drain' never comes after destroy.
        if (inflate.destroyed) return;
        fed += bytes.length;
        if (!inflate.write(bytes))
          await new Promise<void>((resolve) => {
            const done = () => {
              inflate.off('drain', done);
              inflate.off('close', done);
              resolve();
            };
            inflate.on('drain', done);
            inflate.on('close', done);
          });
      }
      if (!inflate.destroyed) inflate.end();
    } catch (e) {
      inflate.destroy(e as Error);
    }
  })();
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      budget.add(inflated, fed, chunk.length);
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (e) {
    if (e instanceof XlsxFormatError) throw e;
    throw new XlsxFormatError(`cannot inflate ${entry.name}: ${(e as Error).message}`);
  } finally {
    inflate.destroy();
    await feed;
  }
}

/** A small entry (workbook, relationships, styles) whole: capped at MAX_ELEMENT_CHARS. */
async function entryWhole(
  file: RandomAccess,
  entry: ZipEntry | undefined,
  budget: InflateBudget,
): Promise<string> {
  if (!entry) return '';
  const parts: string[] = [];
  let length = 0;
  for await (const t of entryText(file, entry, budget)) {
    length += t.length;
    if (length > MAX_ELEMENT_CHARS) throw new XlsxLimitError('element', MAX_ELEMENT_CHARS);
    parts.push(t);
  }
  return parts.join('');
}

/**
 * Complete elements `<tag …>…</tag>` from a stream of XML text: the caller gets runs of whole elements however
 * the chunks fell. Linear: each chunk is searched once (only the new text, plus a closing tag's length before it),
 * and the unfinished tail is kept as a list of chunks, joined only when its element closes — never re-flattened
 * per chunk. The tail is capped, so a file without closing tags cannot grow it without bound.
 */
export async function* elements(
  text: AsyncIterable<string>,
  tag: string,
  maxChars = MAX_ELEMENT_CHARS,
): AsyncGenerator<string> {
  const close = `</${tag}>`;
  let pending: string[] = [];
  let pendingLength = 0;
  // The last characters of the tail, where a closing tag cut by a chunk boundary begins.
  let edge = '';
  for await (const chunk of text) {
    const probe = edge + chunk;
    const last = probe.lastIndexOf(close);
    if (last < 0) {
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength > maxChars) throw new XlsxLimitError('element', maxChars);
      edge = probe.slice(-(close.length - 1));
      continue;
    }
    // `last` counts from the start of `probe`: the cut inside `chunk` is after the closing tag.
    const cut = last + close.length - edge.length;
    pending.push(chunk.slice(0, cut));
    yield pending.join('');
    const rest = chunk.slice(cut);
    pending = rest ? [rest] : [];
    pendingLength = rest.length;
    if (pendingLength > maxChars) throw new XlsxLimitError('element', maxChars);
    edge = probe.slice(-(close.length - 1));
  }
  const tail = pending.join('');
  if (tail.includes(`<${tag}`)) yield tail;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export function xmlText(s: string): string {
  if (s.indexOf('&') >= 0)
    s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : ENTITY[e]!,
    );
  // OOXML escapes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage return).
  if (s.indexOf('_x') >= 0)
    s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  return s;
}

/** The text of a shared string or inline string: its <t> runs, without phonetic (<rPh>) runs. */
function runsText(xml: string): string {
  const body = xml.indexOf('<rPh') >= 0 ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let out = '';
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out += m[1];
  return xmlText(out);
}

async function sharedStrings(
  file: RandomAccess,
  entry: ZipEntry | undefined,
  budget: InflateBudget,
): Promise<string[]> {
  const out: string[] = [];
  if (!entry) return out;
  const { maxSharedStrings, maxCellChars } = budget.limits;
  const re = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  for await (const block of elements(entryText(file, entry, budget), 'si'))
    for (let m = re.exec(block); m; m = re.exec(block)) {
      const text = m[1] === undefined ? '' : runsText(m[1]);
      if (text.length > maxCellChars) throw new XlsxLimitError('cell', maxCellChars);
      if (out.push(text) > maxSharedStrings) throw new XlsxLimitError('strings', maxSharedStrings);
    }
  return out;
}

const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Which cell style indexes show numbers as dates. */
function dateStyles(stylesXml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<numFmt\b[^>]*\bnumFmtId="(\d+)"[^>]*\bformatCode="([^"]*)"/g))
    custom.set(Number(m[1]), xmlText(m[2]!));
  const isDate = (id: number) => {
    if (BUILTIN_DATE_FORMATS.has(id)) return true;
    const code = custom.get(id);
    if (!code) return false;
    const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    return /[ymdhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
  };
  const out = new Set<number>();
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  let i = 0;
  for (const m of xfs.matchAll(/<xf\b([^>]*)/g)) {
    const id = /\bnumFmtId="(\d+)"/.exec(m[1]!)?.[1];
    if (id && isDate(Number(id))) out.add(i);
    i++;
  }
  return out;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

/** Excel's serial day as a UTC date (1900 system, or 1904). */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - (date1904 ? 24107 : 25569)) * 86_400_000));
}

/** The first worksheet's rows (empty rows skipped), in batches. */
export async function* xlsxSheetRows(
  file: RandomAccess,
  batchSize: number,
  onBytes?: (bytes: number) => void,
  limits: Partial<XlsxLimits> = {},
): AsyncGenerator<SheetRow[]> {
  const caps: XlsxLimits = { ...DEFAULT_XLSX_LIMITS, ...limits };
  const budget = new InflateBudget(caps);
  const zip = await zipDirectory(file);
  const workbook = await entryWhole(file, zip.get('xl/workbook.xml'), budget);
  const rels = await entryWhole(file, zip.get('xl/_rels/workbook.xml.rels'), budget);
  const firstSheet = /<(?:\w+:)?sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  let target = 'worksheets/sheet1.xml';
  if (firstSheet)
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
      if (id === firstSheet) target = /\bTarget="([^"]+)"/.exec(m[0])?.[1] ?? target;
    }
  const sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  const sheet = zip.get(sheetPath);
  if (!sheet) throw new XlsxFormatError('the workbook has no worksheet');
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook);
  let read = 0;
  const count = (n: number) => {
    read += n;
    onBytes?.(read);
  };
  const stringsEntry = zip.get('xl/sharedStrings.xml');
  const strings = await sharedStrings(file, stringsEntry, budget);
  count(stringsEntry?.compressedSize ?? 0);
  const dates = dateStyles(await entryWhole(file, zip.get('xl/styles.xml'), budget));

  const rowRe = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  const cellRe = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let batch: SheetRow[] = [];
  let lastRow = 0;
  let rowCount = 0;
  for await (const block of elements(entryText(file, sheet, budget, count), 'row')) {
    for (let m = rowRe.exec(block); m; m = rowRe.exec(block)) {
      const rAttr = /\br="(\d+)"/.exec(m[1]!);
      const rowNumber = rAttr ? Number(rAttr[1]) : lastRow + 1;
      lastRow = rowNumber;
      if (rowNumber > caps.maxRows) throw new XlsxLimitError('rows', caps.maxRows);
      const body = m[2];
      if (!body) continue;
      const cells: Cell[] = [];
      let next = 0;
      let any = false;
      for (let c = cellRe.exec(body); c; c = cellRe.exec(body)) {
        const attrs = c[1]!;
        const ref = /\br="([A-Z]+)\d*"/.exec(attrs);
        const col = ref ? columnIndex(ref[1]!) : next;
        next = col + 1;
        const inner = c[2];
        if (!inner) continue;
        const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? 'n';
        let value: Cell = null;
        if (type === 'inlineStr') value = runsText(inner);
        else {
          const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
          if (v === undefined || v === '') value = null;
          else if (type === 's') value = strings[Number(v)] ?? null;
          else if (type === 'str') value = xmlText(v);
          else if (type === 'b') value = v === '1' || v === 'true';
          else if (type === 'e') value = null;
          else if (type === 'd') value = new Date(v);
          else {
            const n = Number(v);
            const style = /\bs="(\d+)"/.exec(attrs)?.[1];
            value = style && dates.has(Number(style)) && Number.isFinite(n) ? excelDate(n, date1904) : n;
          }
        }
        if (value === null || value === '') continue;
        // Checked before the row is padded up to the column: the padding is what a huge column index abuses.
        if (col >= caps.maxColumns) throw new XlsxLimitError('columns', caps.maxColumns);
        if (typeof value === 'string' && value.length > caps.maxCellChars)
          throw new XlsxLimitError('cell', caps.maxCellChars);
        while (cells.length < col) cells.push(null);
        cells[col] = value;
        any = true;
      }
      if (!any) continue;
      if (++rowCount > caps.maxRows) throw new XlsxLimitError('rows', caps.maxRows);
      batch.push({ row: rowNumber, cells });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length) yield batch;
}
