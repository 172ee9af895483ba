import {
  addDays,
  insertBatches,
  intBetween,
  type PluginContext,
  type PluginSeedInput,
  pick,
  toLocalDate,
  withForeignKeysCheckedAfter,
} from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { Config } from '../../manifest';
import type { GulouDb, GulouTables } from '../db';
import { S } from '../util';
import { GIVEN, SURNAMES } from './words';

/** A row for a table named at run time (every row of one insert has the same keys). */
export type Row = Record<string, unknown>;

/** Multi-row inserts for tables without an id column. */
export async function insertPlain(db: GulouDb, table: string, rows: Row[]) {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!);
  const size = Math.max(1, Math.floor(30_000 / columns.length));
  // Plain SQL: the table is named at run time (kysely types a table it knows); the rows all have the same keys.
  const values = (batch: Row[]) => sql.join(batch.map((r) => sql`(${sql.join(columns.map((c) => r[c]))})`));
  await withForeignKeysCheckedAfter(db, table, rows.length, async () => {
    for (let i = 0; i < rows.length; i += size)
      await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${values(rows.slice(i, i + size))}`.execute(
        db,
      );
  });
}

/** `d` plus `h` hours. */
export const hoursLater = (d: Date, h: number) => new Date(d.getTime() + h * 3_600_000);

/**
 * What every step of the seed shares: the database, the city, the one random stream (the steps draw from it in a
 * fixed order, so the same seed gives the same city), the scale and the day it is anchored on.
 */
export function seedRun(ctx: PluginContext<Config, GulouTables>, input: PluginSeedInput) {
  const { db } = ctx;
  const { cityId, random } = input;
  const demo = input.scale === 'demo';
  const t = (name: string) => `${S}.${name}`;
  const ins = (name: string, rows: Row[], step?: string) =>
    insertBatches(db, t(name), rows, step ? (d, n) => input.progress(step, d, n) : undefined);
  const now = ctx.clock.now();
  const today = toLocalDate(now);
  const year = Number(today.slice(0, 4));
  const day = (offset: number) => addDays(today, -offset);
  const at = (date: string, hour: number, minute = 0) =>
    new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);
  const chance = (p: number) => random() < p;
  const person = () =>
    pick(random, SURNAMES) + pick(random, GIVEN) + (chance(0.5) ? pick(random, GIVEN) : '');
  const mobile = () =>
    `1${pick(random, ['3', '5', '8', '9'])}${String(intBetween(random, 0, 999_999_999)).padStart(9, '0')}`;
  return {
    db,
    cityId,
    random,
    demo,
    progress: input.progress,
    t,
    ins,
    now,
    today,
    year,
    day,
    at,
    chance,
    person,
    mobile,
  };
}
export type SeedRun = ReturnType<typeof seedRun>;
