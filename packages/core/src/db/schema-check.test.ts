import type { ColumnType, Generated } from 'kysely';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '.';
import { schemaTypesText } from '../testing/schema-types';
import type { SchemaMismatches } from './schema-check';

describe('schemaTypesText', () => {
  let handle: DatabaseHandle;
  // PGlite boots in seconds: in a hook with its generous timeout.
  beforeAll(async () => {
    handle = await createDatabase();
  });
  afterAll(() => handle?.close());

  it('writes one interface per table from information_schema: nullability, defaults, identity, timestamps, JSON, arrays', async () => {
    await sql`create schema p_demo`.execute(handle.db);
    await sql`create table p_demo.visit_log (
        id integer generated always as identity,
        city_id integer not null,
        name text not null,
        note text,
        at timestamptz not null default now(),
        data jsonb,
        tags text[],
        amount numeric(8, 2) not null default 0
      )`.execute(handle.db);
    await sql`create view p_demo.visit_names as select name from p_demo.visit_log`.execute(handle.db);
    expect(await schemaTypesText(handle.db, 'p_demo')).toBe(
      [
        '// Generated from information_schema of a migrated database (schema p_demo): do not edit.',
        '// Regenerate with the test that checks it and vitest -u (see schemaTypesText in @jiceng/core/testing).',
        "import type { ColumnType } from 'kysely';",
        '',
        'type Generated<T> = T extends ColumnType<infer S, infer I, infer U> ? ColumnType<S, I | undefined, U> : ColumnType<T, T | undefined, T>;',
        'type GeneratedAlways<T> = T extends ColumnType<infer S, unknown, unknown> ? ColumnType<S, never, never> : ColumnType<T, never, never>;',
        'type Timestamp = ColumnType<Date, Date | string, Date | string>;',
        'type Json = ColumnType<{}, string, string>;',
        '',
        'export interface PDemoVisitLog {',
        '  id: GeneratedAlways<number>;',
        '  city_id: number;',
        '  name: string;',
        '  note: string | null;',
        '  at: Generated<Timestamp>;',
        '  data: Json | null;',
        '  tags: string[] | null;',
        '  amount: Generated<number>;',
        '}',
        '',
        'export interface PDemoTables {',
        "  'p_demo.visit_log': PDemoVisitLog;",
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('SchemaMismatches', () => {
  type Db = {
    'p.t': { id: Generated<number>; name: string; note: string | null; at: ColumnType<Date, string, string> };
  };

  it('is never when the hand-written types agree (refined types allowed)', () => {
    type Hand = { 'p.t': { id: Generated<number>; name: 'a' | 'b'; note: string | null; at: Date } };
    expectTypeOf<SchemaMismatches<Hand, Db>>().toEqualTypeOf<never>();
  });

  it('names a wrong column, a missing one, a wrong nullability, a wrong type and a missing table', () => {
    type Hand = {
      'p.t': { id: number; nam: string; note: string; at: number };
      'p.gone': { id: number };
    };
    expectTypeOf<SchemaMismatches<Hand, Db>>().toEqualTypeOf<
      | 'p.gone: no such table in the database'
      | 'p.t.nam: no such column in the database'
      | 'p.t.name: column missing from the interface'
      | 'p.t.note: not null in the interface, nullable in the database'
      | "p.t.at: its type does not fit the database's"
    >();
    expectTypeOf<SchemaMismatches<{}, Db>>().toEqualTypeOf<'p.t: table missing from the interface'>();
  });
});
