import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DatabaseHandle, silentLogger, systemClock } from '@jiceng/core';
import { createTestDatabase, sizeBandPlugin, testDatabaseKinds, twoCityWorld } from '@jiceng/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRoster } from './cli-import';

/**
 * Issue 18: `jiceng import` reads a places file's attribute columns as the web's upload does (the attribute of a
 * model the city enabled, checked against the model's values), and a bad value stops the whole file.
 */
describe.each(testDatabaseKinds())('the CLI roster import of place attributes on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: Awaited<ReturnType<typeof twoCityWorld>>;
  let dir: string;
  const lines: string[] = [];
  const out = {
    log: (l: string) => lines.push(l),
    error: (l: string) => lines.push(l),
    progress: () => {},
  };

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    world = await twoCityWorld(handle.db);
    await handle.db
      .insertInto('core.city_plugin')
      .values({
        city_id: world.a.city.id,
        plugin_id: sizeBandPlugin.id,
        enabled: true,
        config: '{}',
        version: sizeBandPlugin.version,
      })
      .execute();
    dir = mkdtempSync(join(tmpdir(), 'jiceng-cli-import-'));
  });
  afterAll(async () => {
    await handle?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const run = (name: string, rows: string[][], ...options: string[]) => {
    writeFileSync(join(dir, name), `${rows.map((r) => r.join(',')).join('\r\n')}\r\n`);
    lines.length = 0;
    return importRoster(
      { db: handle.db, clock: systemClock, logger: silentLogger, plugins: [sizeBandPlugin] },
      ['aa', name, '--kind', 'places', ...options],
      { help: '', out, cwd: dir },
    );
  };
  const attributesOf = (names: string[]) =>
    handle.db
      .selectFrom('core.place_attribute')
      .innerJoin('core.place', 'core.place.id', 'core.place_attribute.place_id')
      .select(['core.place.name', 'core.place_attribute.key', 'core.place_attribute.value'])
      .where('core.place_attribute.city_id', '=', world.a.city.id)
      .where('core.place.name', 'in', names)
      .orderBy('core.place.name')
      .execute();

  it('imports the attribute column of a model the city enabled, labels and aliases alike', async () => {
    const code = await run('good.csv', [
      ['名称*', '类型*', '上级地点', '规模档次'],
      ['命令行一社区', '社区', 'aa街道', '大型社区'],
      ['命令行二社区', '社区', 'aa街道', '小型'],
      ['命令行三社区', '社区', 'aa街道', ''],
    ]);
    expect(lines.join('\n')).toContain('✓ 已导入：新增 3');
    expect(code).toBe(0);
    expect(await attributesOf(['命令行一社区', '命令行二社区', '命令行三社区'])).toEqual([
      { name: '命令行一社区', key: 'size_band', value: 'large' },
      { name: '命令行二社区', key: 'size_band', value: 'small' },
    ]);
  });

  it('refuses a value outside the model’s list, naming the column, and imports nothing of the file', async () => {
    const code = await run(
      'bad.csv',
      [
        ['名称*', '类型*', '上级地点', '规模档次'],
        ['命令行一社区', '社区', 'aa街道', '小型社区'],
        ['命令行四社区', '社区', 'aa街道', '大型社区'],
        ['命令行五社区', '社区', 'aa街道', '奇怪'],
      ],
      '--lang',
      'en',
    );
    expect(code).toBe(1);
    const problems = lines.filter((l) => l.startsWith('  row'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^ {2}row 4 Size band: /);
    expect(lines.join('\n')).toContain('nothing imported');
    // The good rows did not go in either: the first community keeps its band, the fourth does not exist.
    expect(await attributesOf(['命令行一社区', '命令行四社区', '命令行五社区'])).toEqual([
      { name: '命令行一社区', key: 'size_band', value: 'large' },
    ]);
    const places = await handle.db
      .selectFrom('core.place')
      .select('name')
      .where('city_id', '=', world.a.city.id)
      .where('name', 'in', ['命令行四社区', '命令行五社区'])
      .execute();
    expect(places).toEqual([]);
  });
});
