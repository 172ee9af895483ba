import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../db';
import { migrateToLatest } from '../migrate';
import { coreMigrations } from '../migrations';
import {
  createTestApp,
  PASSWORD,
  type TestApp,
  testClient,
  testDatabaseKinds,
  type TestWorld,
  twoCityWorld,
} from '../testing';
import { sizeBandPlugin } from './test-plugin';

describe.each(testDatabaseKinds())('place attributes through the place API on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: TestWorld;
  let app: TestApp;

  beforeAll(async () => {
    ({ handle, world, app } = await createTestApp(kind, { plugins: [sizeBandPlugin] }));
    // aa enabled the model that keeps a size band on communities; bb did not.
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
  });
  afterAll(() => handle?.close());

  async function admin(user: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
    const client = testClient(app, locale);
    await client.login(user, PASSWORD);
    return client;
  }

  it('sets, shows, changes and clears a declared attribute of a community', async () => {
    const client = await admin('aa-admin');
    const street = world.a.places.street.id;
    const created = await client.post('/api/cities/aa/places', {
      parentId: street,
      kind: 'community',
      name: '新社区',
      attributes: { size_band: 'large' },
    });
    expect(created.status).toBe(201);
    expect(created.body.attributes).toEqual({ size_band: 'large' });
    const listed = await client.get(`/api/cities/aa/places?parentId=${street}`);
    const mine = listed.body.items.find((p: { id: number }) => p.id === created.body.id);
    expect(mine.attributes).toEqual({ size_band: 'large' });
    expect(
      listed.body.items.find((p: { id: number }) => p.id === world.a.places.community1.id).attributes,
    ).toEqual({});

    const renamed = await client.patch(`/api/cities/aa/places/${created.body.id}`, { name: '新社区二' });
    expect(renamed.body).toMatchObject({ name: '新社区二', attributes: { size_band: 'large' } });
    const changed = await client.patch(`/api/cities/aa/places/${created.body.id}`, {
      attributes: { size_band: 'small' },
    });
    expect(changed.status).toBe(200);
    expect((await client.get(`/api/cities/aa/places/${created.body.id}`)).body.attributes).toEqual({
      size_band: 'small',
    });
    const cleared = await client.patch(`/api/cities/aa/places/${created.body.id}`, {
      attributes: { size_band: null },
    });
    expect(cleared.body.attributes).toEqual({});
    const stored = await handle.db
      .selectFrom('core.place_attribute')
      .selectAll()
      .where('place_id', '=', created.body.id)
      .execute();
    expect(stored).toEqual([]);
    const audit = await handle.db
      .selectFrom('core.audit_log')
      .select(['before', 'after'])
      .where('entity', '=', 'place')
      .where('entity_id', '=', String(created.body.id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => (a.after as { attributes?: unknown } | null)?.attributes)).toEqual([
      { size_band: 'large' },
      { size_band: 'large' },
      { size_band: 'small' },
      {},
    ]);
  });

  it('refuses an undeclared key, a value outside the list and a kind it does not apply to, naming the field', async () => {
    const en = await admin('aa-admin', 'en');
    const community = world.a.places.community1.id;
    const unknown = await en.patch(`/api/cities/aa/places/${community}`, { attributes: { colour: 'red' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'place_attribute_unknown', field: 'attributes.colour' });
    expect(unknown.body.error.message).toBe('No model enabled in this city has the place attribute “colour”');

    const bad = await en.patch(`/api/cities/aa/places/${community}`, { attributes: { size_band: 'huge' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'place_attribute_value', field: 'attributes.size_band' });
    expect(bad.body.error.message).toBe('“huge” is not a valid Size band; one of: Large, Small');

    const zh = await admin('aa-admin');
    const compound = await zh.patch(`/api/cities/aa/places/${world.a.places.compound.id}`, {
      attributes: { size_band: 'small' },
    });
    expect(compound.status).toBe(400);
    expect(compound.body.error).toMatchObject({
      code: 'place_attribute_kind',
      field: 'attributes.size_band',
    });
    expect(compound.body.error.message).toBe('“规模档次”只适用于：社区');
    const created = await zh.post('/api/cities/aa/places', {
      parentId: community,
      kind: 'compound',
      name: '错小区',
      attributes: { size_band: 'small' },
    });
    expect(created.status).toBe(400);
    expect(
      await handle.db.selectFrom('core.place').select('id').where('name', '=', '错小区').execute(),
    ).toEqual([]);

    // bb has not enabled the model: the key is not declared there, and its places show no attributes.
    const bb = await admin('bb-admin', 'en');
    const off = await bb.patch(`/api/cities/bb/places/${world.b.places.community1.id}`, {
      attributes: { size_band: 'small' },
    });
    expect(off.status).toBe(400);
    expect(off.body.error.field).toBe('attributes.size_band');
  });

  it('lists the declared attributes with the plugin metadata', async () => {
    const client = await admin('aa-admin');
    const plugins = await client.get('/api/plugins');
    expect(plugins.body.items[0].placeAttributes).toEqual([
      {
        key: 'size_band',
        appliesTo: ['community'],
        labels: { 'zh-CN': '规模档次', en: 'Size band' },
        values: [
          { value: 'large', labels: { 'zh-CN': '大型社区', en: 'Large' } },
          { value: 'small', labels: { 'zh-CN': '小型社区', en: 'Small' } },
        ],
      },
    ]);
  });

  it('gives the places template a column per attribute of the city’s models, headed by its label', async () => {
    const aa = await admin('aa-admin');
    const csv = await aa.get('/api/cities/aa/roster/templates/places.csv');
    expect(csv.status).toBe(200);
    expect(
      String(csv.body)
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0],
    ).toBe('名称*,类型*,上级地点,规模档次');
    const bb = await admin('bb-admin');
    const plain = await bb.get('/api/cities/bb/roster/templates/places.csv');
    expect(
      String(plain.body)
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0],
    ).toBe('名称*,类型*,上级地点');
  });
});

describe('the place attributes migration', () => {
  it('carries every value of the old column to core.place_attribute under its key, then drops the column', async () => {
    const handle = await createDatabase();
    try {
      const before = Object.fromEntries(
        Object.entries(coreMigrations).filter(([name]) => name < '2026-12-07-place-attributes'),
      );
      await migrateToLatest(handle.db, [{ name: 'core', migrations: before }]);
      const world = await twoCityWorld(handle.db);
      // The old column took a model's five codes only; any value shows the move keeps it as it was.
      await sql`alter table core.place drop constraint if exists place_community_type_check`.execute(
        handle.db,
      );
      await sql`update core.place set community_type = 'value_a' where id = ${world.a.places.community1.id}`.execute(
        handle.db,
      );
      await sql`update core.place set community_type = 'value_b' where id = ${world.b.places.community2.id}`.execute(
        handle.db,
      );

      await migrateToLatest(handle.db, [{ name: 'core', migrations: coreMigrations }]);

      const moved = await handle.db
        .selectFrom('core.place_attribute')
        .selectAll()
        .orderBy('city_id')
        .execute();
      expect(moved).toEqual([
        {
          city_id: world.a.city.id,
          place_id: world.a.places.community1.id,
          key: 'community_type',
          value: 'value_a',
        },
        {
          city_id: world.b.city.id,
          place_id: world.b.places.community2.id,
          key: 'community_type',
          value: 'value_b',
        },
      ]);
      const column = await sql`select 1 from information_schema.columns
        where table_schema = 'core' and table_name = 'place' and column_name = 'community_type'`.execute(
        handle.db,
      );
      expect(column.rows).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});
