import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import {
  createTestApp,
  PASSWORD,
  type TestApp,
  testClient,
  testDatabaseKinds,
  type TestWorld,
} from '../testing';
import { sizeBandPlugin } from '../places/test-plugin';
import { csvText, problemKeys, runUpload, xlsxOf } from './test-helpers';

describe.each(testDatabaseKinds())('roster import of orgs, units and places on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: TestWorld;
  let app: TestApp;

  beforeAll(async () => {
    ({ handle, world, app } = await createTestApp(kind, { plugins: [sizeBandPlugin] }));
    // A model of the city keeps a word about communities: the places roster has a column for it.
    await handle.db
      .insertInto('core.city_plugin')
      .values({
        city_id: world.a.city.id,
        plugin_id: sizeBandPlugin.id,
        enabled: true,
        config: '{}',
        version: '0.1.0',
      })
      .execute();
    await handle.db
      .insertInto('core.place_attribute')
      .values({
        city_id: world.a.city.id,
        place_id: world.a.places.community1.id,
        key: 'size_band',
        value: 'small',
      })
      .execute();
  });
  afterAll(() => handle?.close());

  async function admin(user = 'aa-admin') {
    const client = testClient(app);
    await client.login(user, PASSWORD);
    return client;
  }
  const orgByName = (name: string) =>
    handle.db
      .selectFrom('core.org')
      .selectAll()
      .where('city_id', '=', world.a.city.id)
      .where('name', '=', name)
      .executeTakeFirstOrThrow();

  it('imports orgs under existing parents and under parents earlier in the file, and is idempotent', async () => {
    const client = await admin();
    const good = [
      ['新社区党委', '社区党委', 'aa街道党工委', 'aa二社区'],
      ['新小区党支部', '小区党支部', '新社区党委', ''],
      ['aa一社区党委', '社区党委', 'aa街道党工委', 'aa一社区'],
      ['aa二社区党委', '社区党总支', 'aa街道党工委', 'aa二社区'],
    ];
    const rows = [
      ['名称*', '类型*', '上级党组织*', '所在地点'],
      good[0]!,
      good[1]!,
      good[2]!,
      ['aa小区党支部', '小区党支部', 'aa市委', ''],
      ['坏类型支部', '奇怪类型', 'aa街道党工委', ''],
      ['新小区党支部', '小区党支部', '新社区党委', ''],
      ['孤儿支部', '社区党支部', '不存在', ''],
      good[3]!,
    ];
    const { checked, done } = await runUpload(client, 'aa', csvText(rows), 'orgs.csv', {
      kind: 'orgs',
      commit: 'good_rows',
    });
    expect(problemKeys(checked.errors)).toEqual([
      [5, 'name', 'roster_exists_elsewhere'],
      [6, 'kind', 'roster_bad_value'],
      [7, 'name', 'roster_duplicate_in_file'],
      [8, 'parent', 'roster_unknown_ref'],
    ]);
    expect(checked.errors[0].message).toBe('同名党组织已存在，上级为“aa一社区党委”');
    expect(checked.counts).toMatchObject({
      totalRows: 8,
      goodRows: 4,
      toInsert: 2,
      toUpdate: 1,
      unchanged: 1,
    });
    expect(done.counts).toMatchObject({ inserted: 2, updated: 1, unchanged: 1, skipped: 4 });
    const parent = await orgByName('新社区党委');
    const child = await orgByName('新小区党支部');
    expect(parent).toMatchObject({
      parent_id: world.a.orgs.street.id,
      kind: 'community_committee',
      place_id: world.a.places.community2.id,
      path: `${world.a.orgs.street.path}${parent.id}/`,
    });
    expect(child).toMatchObject({
      parent_id: parent.id,
      kind: 'compound_branch',
      path: `${parent.path}${child.id}/`,
    });
    expect((await orgByName('aa二社区党委')).kind).toBe('community_general_branch');
    // The same good rows again (as .xlsx this time): nothing to do.
    const sheet: Record<number, unknown[]> = { 1: rows[0]! };
    good.forEach((r, i) => {
      sheet[i + 2] = r;
    });
    const again = await runUpload(client, 'aa', await xlsxOf(sheet), 'orgs.xlsx', {
      kind: 'orgs',
      commit: 'all',
    });
    expect(again.checked.errors).toEqual([]);
    expect(again.done.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
  });

  it('lets an org admin add orgs only inside their subtree', async () => {
    const client = await admin('aa-org');
    const { checked } = await runUpload(
      client,
      'aa',
      csvText([
        ['名称*', '类型*', '上级党组织*'],
        ['一社区第二支部', '社区党支部', 'aa一社区党委'],
        ['二社区第二支部', '社区党支部', 'aa二社区党委'],
      ]),
      'orgs.csv',
      { kind: 'orgs' },
    );
    expect(problemKeys(checked.errors)).toEqual([[3, 'parent', 'roster_out_of_scope_ref']]);
    expect(checked.counts).toMatchObject({ goodRows: 1, toInsert: 1 });
  });

  it('imports units keyed by name: new ones inserted, changed ones updated', async () => {
    const client = await admin();
    const { checked, done } = await runUpload(
      client,
      'aa',
      csvText([
        ['名称*', '类型*', '级别*', '党组织', '地址'],
        ['aa单位', '机关', '市级', 'aa单位党支部', '龙岩市九一路 1 号'],
        ['新科技公司', '新经济组织', '县级', '', ''],
        ['新科技公司', '企业', '县级', '', ''],
        ['怪单位', '机关', '火星级', '', ''],
      ]),
      'units.csv',
      { kind: 'units', commit: 'good_rows' },
    );
    expect(problemKeys(checked.errors)).toEqual([
      [4, 'name', 'roster_duplicate_in_file'],
      [5, 'level', 'roster_bad_value'],
    ]);
    expect(checked.errors[1].message).toBe('“火星级”不是有效的取值，可选：中央、省级、市级、县级');
    expect(done.counts).toMatchObject({ inserted: 1, updated: 1, unchanged: 0, skipped: 2 });
    const units = await handle.db
      .selectFrom('core.unit')
      .select(['name', 'kind', 'level', 'org_id', 'address'])
      .where('city_id', '=', world.a.city.id)
      .orderBy('id')
      .execute();
    expect(units).toEqual([
      {
        name: 'aa单位',
        kind: 'organ',
        level: 'city',
        org_id: world.a.orgs.unitOrg.id,
        address: '龙岩市九一路 1 号',
      },
      { name: '新科技公司', kind: 'new_economic', level: 'county', org_id: null, address: null },
    ]);
  });

  it('imports places into the tree, parents by name or from earlier rows, ambiguous names refused', async () => {
    const client = await admin();
    const rows = [
      ['名称*', '类型*', '上级地点', '规模档次'],
      ['aa三社区', '社区', 'aa街道', '大型社区'],
      ['新苑', '小区', 'aa三社区', ''],
      ['1号楼', '楼栋', '新苑', ''],
      ['1号楼', '楼栋', 'aa小区', ''],
      ['2号楼', '楼栋', '1号楼', ''],
      ['aa一社区', '社区', 'aa街道', '小型社区'],
      ['网格一', '网格', 'aa一社区', '奇怪'],
    ];
    const { checked, done } = await runUpload(client, 'aa', csvText(rows), 'places.csv', {
      kind: 'places',
      commit: 'good_rows',
    });
    expect(problemKeys(checked.errors)).toEqual([
      [6, 'parent', 'roster_ambiguous_ref'],
      [8, 'attributes.size_band', 'roster_bad_value'],
    ]);
    expect(done.counts).toMatchObject({ inserted: 4, updated: 0, unchanged: 1, skipped: 2 });
    const places = await handle.db
      .selectFrom('core.place')
      .select(['id', 'name', 'kind', 'parent_id', 'path'])
      .where('city_id', '=', world.a.city.id)
      .orderBy('id')
      .execute();
    const byName = (n: string, parentId?: number) =>
      places.find((p) => p.name === n && (parentId === undefined || p.parent_id === parentId))!;
    const third = byName('aa三社区');
    const garden = byName('新苑');
    const building = byName('1号楼', garden.id);
    expect(third).toMatchObject({ parent_id: world.a.places.street.id });
    const band = await handle.db
      .selectFrom('core.place_attribute')
      .select(['key', 'value'])
      .where('city_id', '=', world.a.city.id)
      .where('place_id', '=', third.id)
      .execute();
    expect(band).toEqual([{ key: 'size_band', value: 'large' }]);
    expect(building.path).toBe(`${world.a.places.street.path}${third.id}/${garden.id}/${building.id}/`);
    expect(byName('1号楼', world.a.places.compound.id).kind).toBe('building');
    // Again: the rows that went in are unchanged; the two bad ones are still bad.
    const again = await runUpload(client, 'aa', csvText(rows), 'places.csv', {
      kind: 'places',
      commit: 'good_rows',
    });
    expect(again.checked.counts).toMatchObject({ toInsert: 0, toUpdate: 0, unchanged: 5, errorRows: 2 });
    expect(again.done.counts).toMatchObject({ inserted: 0, updated: 0 });
  });
});
