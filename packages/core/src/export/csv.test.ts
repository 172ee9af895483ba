import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { manualClock } from '../clock';
import type { DatabaseHandle } from '../db';
import { silentLogger } from '../logger';
import { createTestDatabase, PASSWORD, testClient, testDatabaseKinds, twoCityWorld } from '../testing';
import { csvCell, toCsv } from './csv';

const EVIL = '=HYPERLINK("http://evil.example","点此")';

describe('CSV cells cannot run as formulas (issue 15)', () => {
  it('prefixes text starting with = + - @ tab or CR with an apostrophe, then quotes as CSV needs', () => {
    expect(csvCell(EVIL)).toBe(`"'=HYPERLINK(""http://evil.example"",""点此"")"`);
    expect(csvCell('+86 138')).toBe("'+86 138");
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    // Plain text, numbers and empty cells as they were.
    expect(csvCell('红旗社区党委')).toBe('红旗社区党委');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(
      toCsv([
        ['a', '=1'],
        [2, 'b,c'],
      ]),
    ).toBe('\uFEFFa,\'=1\r\n2,"b,c"\r\n');
  });
});

describe.each(testDatabaseKinds())('the roster CSV template on %s', (kind) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    const world = await twoCityWorld(handle.db);
    // An org admin names an org like a formula; the city admin's template shows it in its example row.
    await handle.db
      .updateTable('core.org')
      .set({ name: EVIL })
      .where('id', '=', world.a.orgs.community1.id)
      .execute();
    app = createApp({
      db: handle.db,
      clock: manualClock('2026-06-01T00:00:00Z'),
      logger: silentLogger,
      plugins: [],
    });
  });
  afterAll(() => handle?.close());

  it('writes a formula-like org name as inert text', async () => {
    const client = testClient(app);
    await client.login('aa-admin', PASSWORD);
    const res = await client.get('/api/cities/aa/roster/templates/members.csv');
    expect(res.status).toBe(200);
    const text = res.body as string;
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""点此"")"`);
    // No cell starts with a bare formula character.
    for (const line of text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n'))
      for (const cell of line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/))
        expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
  });
});
