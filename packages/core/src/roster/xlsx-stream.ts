import { createWriteStream } from 'node:fs';
import { PassThrough } from 'node:stream';
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
  options: { sharedStrings?: boolean; signal?: AbortSignal } = {},
): Promise<void> {
  const signal = options.signal;
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
  let n = 0;
  for await (const values of rows as AsyncIterable<Value[]>) {
    // The reader went away (client abort): stop here, which also ends the row source (its `finally`, its queries).
    if (signal?.aborted) throw new ExportAborted();
    sheet.addRow(values.map((v) => v ?? null)).commit();
    // Rows from memory (or PGlite, in-process) resolve as microtasks only: without a turn of the event loop now
    // and then, the server could not see the client leave, nor answer anyone else, until the whole sheet is built.
    if (++n % 256 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  await workbook.commit();
}

/** Thrown inside a producer whose reader cancelled: not an error worth logging. */
export class ExportAborted extends Error {
  constructor() {
    super('export aborted by the client');
  }
}

/**
 * A streamed .xlsx as a web ReadableStream for a Hono response, with backpressure and client aborts handled by
 * hand. Node's `Readable.toWeb` kept pushing into the web stream after the client went away and threw
 * `ERR_INVALID_STATE: Controller is already closed` outside any handler, which killed the process (issue 15).
 * Here a cancel stops the producer (through `signal`), drops the buffer, and every later write goes nowhere.
 */
export function xlsxBodyStream(
  write: (out: NodeJS.WritableStream, signal: AbortSignal) => Promise<void>,
  onError: (e: Error) => void,
): ReadableStream<Uint8Array> {
  const pass = new PassThrough();
  const abort = new AbortController();
  let open = true;
  const settle = (f: () => void) => {
    if (!open) return;
    open = false;
    try {
      f();
    } catch {
      // Already closed by the other side: nothing left to tell it.
    }
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        pass.on('data', (chunk: Buffer) => {
          if (!open) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
          // Backpressure: wait for the reader's next pull before taking more from the producer.
          if ((controller.desiredSize ?? 0) <= 0) pass.pause();
        });
        pass.on('end', () => settle(() => controller.close()));
        // Errors after a cancel (writes to the destroyed stream) are expected and go nowhere.
        pass.on('error', (e) => settle(() => controller.error(e)));
        // exceljs ends `pass` itself when the workbook is committed.
        write(pass, abort.signal).catch((e: Error) => {
          if (!(e instanceof ExportAborted) && !abort.signal.aborted) onError(e);
          pass.destroy(abort.signal.aborted ? undefined : e);
        });
      },
      pull() {
        pass.resume();
      },
      cancel() {
        open = false;
        abort.abort();
        pass.destroy();
      },
    },
    { highWaterMark: 4 },
  );
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
