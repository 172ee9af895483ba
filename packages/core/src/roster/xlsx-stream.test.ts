import { describe, expect, it } from 'vitest';
import { writeXlsxStream, xlsxBodyStream } from './xlsx-stream';

describe('streamed .xlsx bodies and client aborts (issue 15)', () => {
  it('stops the producer and throws nothing when the reader cancels mid-download', async () => {
    const uncaught: unknown[] = [];
    const onUncaught = (e: unknown) => uncaught.push(e);
    process.on('uncaughtException', onUncaught);
    process.on('unhandledRejection', onUncaught);
    try {
      const total = 200_000;
      let produced = 0;
      let closed = false;
      async function* rows() {
        try {
          for (; produced < total; produced++) {
            // A page boundary, as the member export fetches 2000 rows per query.
            if (produced % 2000 === 0) await new Promise((r) => setImmediate(r));
            yield [`党员${produced}`, produced, 'x'.repeat(40)];
          }
        } finally {
          closed = true;
        }
      }
      const errors: Error[] = [];
      const body = xlsxBodyStream(
        (out, signal) =>
          writeXlsxStream(out, '党员', [{ header: '姓名' }, { header: '编号' }, { header: '备注' }], rows(), {
            signal,
          }),
        (e) => errors.push(e),
      );
      const reader = body.getReader();
      const first = await reader.read();
      expect(first.done).toBe(false);
      await reader.cancel();
      for (let i = 0; i < 50 && !closed; i++) await new Promise((r) => setTimeout(r, 10));
      // A few more turns for any late write to the destroyed stream to surface.
      await new Promise((r) => setTimeout(r, 50));
      expect(closed).toBe(true);
      expect(produced).toBeLessThan(total);
      expect(errors).toEqual([]);
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
      process.off('unhandledRejection', onUncaught);
    }
  });

  it('still delivers a whole workbook to a reader that reads to the end', async () => {
    const body = xlsxBodyStream(
      (out, signal) =>
        writeXlsxStream(
          out,
          's',
          [{ header: 'n' }],
          Array.from({ length: 5000 }, (_, i) => [i]),
          { signal },
        ),
      (e) => {
        throw e;
      },
    );
    const bytes = new Uint8Array(await new Response(body).arrayBuffer());
    const { readXlsxRows } = await import('../export/xlsx');
    const rows = await readXlsxRows(bytes);
    expect(rows).toHaveLength(5001);
    expect(rows[5000]).toEqual(['4999']);
  });
});
