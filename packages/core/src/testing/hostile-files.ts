import { constants, deflateRawSync } from 'node:zlib';

/**
 * Hostile spreadsheets, built by the tests themselves (no committed binaries): a tiny zip writer and the files
 * that took the API down — a sheet naming column `AAAAAAA`, and a zip bomb that inflates a thousandfold.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipInput {
  name: string;
  /** The entry's content, stored as is… */
  data?: string | Uint8Array;
  /** …or already raw-deflated, with the size it inflates to (a bomb's body is built this way, not inflated here). */
  deflated?: { bytes: Uint8Array; size: number };
}

/** A zip file (stored or deflated entries, no zip64): enough for a reader that follows the central directory. */
export function zipOf(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const raw = e.data === undefined ? undefined : Buffer.from(e.data as Uint8Array);
    const body = e.deflated ? Buffer.from(e.deflated.bytes) : raw!;
    const method = e.deflated ? 8 : 0;
    const size = e.deflated ? e.deflated.size : raw!.length;
    const crc = raw ? crc32(raw) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const WORKBOOK =
  '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS =
  '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="worksheet"/></Relationships>';

/** A minimal .xlsx whose first sheet is `sheetXml` (stored), or a deflated body given as is. */
export function xlsxWithSheet(
  sheet: string | { bytes: Uint8Array; size: number },
  sharedStrings?: string,
): Buffer {
  return zipOf([
    { name: 'xl/workbook.xml', data: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', data: RELS },
    ...(sharedStrings ? [{ name: 'xl/sharedStrings.xml', data: sharedStrings }] : []),
    typeof sheet === 'string'
      ? { name: 'xl/worksheets/sheet1.xml', data: sheet }
      : { name: 'xl/worksheets/sheet1.xml', deflated: sheet },
  ]);
}

/** The ~300-byte file of issue 15: one cell at column `AAAAAAA` (index 321 million). */
export function farColumnXlsx(column = 'AAAAAAA'): Buffer {
  return xlsxWithSheet(
    `<worksheet><sheetData><row r="1"><c r="${column}1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`,
  );
}

/**
 * A zip bomb: a sheet of `inflatedMb` MB of empty rows whose deflated body is one compressed megabyte-block
 * repeated. Each block ends with a full flush (byte-aligned, dictionary reset), so copies can follow one another;
 * a final empty block ends the stream. Built in milliseconds: only one block is ever compressed.
 */
export function zipBombXlsx(inflatedMb = 1024): Buffer {
  const unit = '<row r="2"></row>';
  const block = Buffer.from(unit.repeat(Math.floor((1024 * 1024) / unit.length)), 'utf8');
  const head = Buffer.from('<worksheet><sheetData>', 'utf8');
  const first = deflateRawSync(head, { finishFlush: constants.Z_FULL_FLUSH });
  const body = deflateRawSync(block, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const parts: Buffer[] = [first];
  for (let i = 0; i < inflatedMb; i++) parts.push(body);
  // A final fixed-Huffman block holding only its end code.
  parts.push(Buffer.from([0x03, 0x00]));
  const bytes = Buffer.concat(parts);
  return xlsxWithSheet({ bytes, size: head.length + block.length * inflatedMb });
}
