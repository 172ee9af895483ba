import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { createTestApp, PASSWORD, type TestApp, testClient, testDatabaseKinds } from '../testing';
import { farColumnXlsx, xlsxWithSheet, zipBombXlsx } from '../testing/hostile-files';
import { runUpload } from './test-helpers';

/** Issue 15 through the API: hostile spreadsheets end their import job failed, with the limit named, and the API serves on. */
describe.each(testDatabaseKinds())('hostile roster uploads on %s', (kind) => {
  let handle: DatabaseHandle;
  let app: TestApp;
  beforeAll(async () => {
    ({ handle, app } = await createTestApp(kind));
  });
  afterAll(() => handle?.close());

  it('fails the job with the limit named: a cell at column AAAAAAA, a zip bomb, an over-long cell', {
    timeout: 180_000,
  }, async () => {
    const client = testClient(app, 'en');
    await client.login('aa-admin', PASSWORD);
    const far = await runUpload(client, 'aa', farColumnXlsx(), 'far.xlsx');
    expect(far.checked.status).toBe('failed');
    expect(far.checked.failure).toEqual({
      code: 'spreadsheet_limit_columns',
      message: 'The file has more than 256 columns (a cell with a value lies past column 256)',
    });
    const bomb = await runUpload(client, 'aa', zipBombXlsx(256), 'bomb.xlsx');
    expect(bomb.checked.status).toBe('failed');
    expect(bomb.checked.failure.code).toBe('spreadsheet_limit_ratio');
    const long = xlsxWithSheet(
      `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${'长'.repeat(40_000)}</t></is></c></row></sheetData></worksheet>`,
    );
    const cell = await runUpload(client, 'aa', long, 'long.xlsx');
    expect(cell.checked.failure.code).toBe('spreadsheet_limit_cell');
    // Nothing staged or written, and the API answers.
    expect((await client.get('/api/health')).status).toBe(200);
    const zh = testClient(app);
    await zh.login('aa-admin', PASSWORD);
    expect((await zh.get(`/api/cities/aa/roster/jobs/${far.checked.id}`)).body.failure.message).toBe(
      '文件超过 256 列（有内容的单元格超出了第 256 列）',
    );
  });
});
