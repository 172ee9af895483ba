import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { manualClock } from '../clock';
import type { DatabaseHandle } from '../db';
import { silentLogger } from '../logger';
import { createTestDatabase, fixtures, PASSWORD, testClient, testDatabaseKinds } from '../testing';
import { csvText, problemKeys, runUpload } from './test-helpers';

const HEADER = ['名称*', '类型*', '上级党组织*', '所在地点'];

/** Issue 17: a city without its top committee imports it as the one row with an empty 上级党组织. */
describe.each(testDatabaseKinds())('roster import of a city’s root org on %s', (kind) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let cityId: number;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    const f = fixtures(handle.db);
    cityId = (await f.city('rootless', '无根县', 'county')).id;
    await f.user('rootless-admin', PASSWORD, [{ role: 'city_admin', cityId }]);
    app = createApp({
      db: handle.db,
      clock: manualClock('2026-06-01T00:00:00Z'),
      logger: silentLogger,
      plugins: [],
    });
  });
  afterAll(() => handle?.close());

  const orgs = () =>
    handle.db
      .selectFrom('core.org')
      .select(['id', 'name', 'parent_id', 'kind', 'path'])
      .where('city_id', '=', cityId)
      .orderBy('id')
      .execute();

  it('takes one root row (the committee) while the city has none, and refuses a second or a wrong kind', async () => {
    const client = testClient(app);
    await client.login('rootless-admin', PASSWORD);
    const rows = [
      HEADER,
      ['一镇党委', '街道（镇）党工委', '中共无根县委', ''],
      ['中共无根县委', '县委', '', ''],
      ['另一个县委', '县委', '', ''],
      ['空上级支部', '社区党支部', '', ''],
      ['二镇党委', '镇党委', '中共无根县委', ''],
    ];
    const { checked, done } = await runUpload(client, 'rootless', csvText(rows), 'orgs.csv', {
      kind: 'orgs',
      commit: 'good_rows',
    });
    // Row 2 names a parent that comes later in the file; rows 4 and 5 are second roots.
    expect(problemKeys(checked.errors)).toEqual([
      [2, 'parent', 'roster_unknown_ref'],
      [4, 'parent', 'roster_required'],
      [5, 'parent', 'roster_required'],
    ]);
    expect(done.counts).toMatchObject({ inserted: 2 });
    const tree = await orgs();
    expect(tree.map((o) => [o.name, o.kind])).toEqual([
      ['中共无根县委', 'city_committee'],
      ['二镇党委', 'street_working_committee'],
    ]);
    expect(tree[0]!.parent_id).toBeNull();
    expect(tree[1]).toMatchObject({ parent_id: tree[0]!.id, path: `/${tree[0]!.id}/${tree[1]!.id}/` });

    // Once the city has its root, an empty parent is simply missing.
    const again = await runUpload(
      client,
      'rootless',
      csvText([HEADER, ['三镇党委', '镇党委', '', '']]),
      'o.csv',
      {
        kind: 'orgs',
      },
    );
    expect(problemKeys(again.checked.errors)).toEqual([[2, 'parent', 'roster_required']]);
  });

  it('refuses a root row of the wrong kind', async () => {
    const f = fixtures(handle.db);
    const bare = await f.city('bare2', '无根市');
    await f.user('bare2-admin', PASSWORD, [{ role: 'city_admin', cityId: bare.id }]);
    const client = testClient(app);
    await client.login('bare2-admin', PASSWORD);
    const { checked } = await runUpload(
      client,
      'bare2',
      csvText([HEADER, ['某社区党委', '社区党委', '', '']]),
      'o.csv',
      {
        kind: 'orgs',
      },
    );
    expect(problemKeys(checked.errors)).toEqual([[2, 'kind', 'roster_root_kind']]);
    expect(checked.errors[0].message).toContain('市（区、县）委');
  });
});
