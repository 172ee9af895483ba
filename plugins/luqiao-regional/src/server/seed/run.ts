import {
  idNumberCheckChar,
  intBetween,
  type PluginContext,
  type PluginSeedInput,
  pick,
  toLocalDate,
  withForeignKeysCheckedAfter,
} from '@jiceng/plugin-kit';
import type { Config } from '../../manifest';
import { T } from '../common';
import type { LuqiaoTables } from '../db';
import { GIVEN, SURNAMES } from './specs';

/**
 * The seed's shared state: the helpers every step draws from the one seeded random stream (so the steps run in
 * the same order draw the same values), and the core city it builds on (streets, communities, units, members).
 */
export async function startSeed(ctx: PluginContext<Config, LuqiaoTables>, input: PluginSeedInput) {
  const db = ctx.db;
  const { cityId, random, progress, scale } = input;
  const today = toLocalDate(ctx.clock.now());
  const rand = (min: number, max: number) => intBetween(random, min, max);
  const chance = (p: number) => random() < p;
  const personName = () =>
    pick(random, SURNAMES) + pick(random, GIVEN) + (chance(0.6) ? pick(random, GIVEN) : '');
  const dateBetween = (from: string, to: string) => {
    const a = Date.parse(from);
    const b = Date.parse(to);
    return new Date(a + Math.floor(random() * Math.max(0, b - a + 1))).toISOString().slice(0, 10);
  };
  const at = (date: string, hour = rand(8, 17)) =>
    new Date(`${date}T${String(hour).padStart(2, '0')}:${String(rand(0, 59)).padStart(2, '0')}:00+08:00`);
  const minDate = (a: string, b: string) => (a < b ? a : b);
  const maxDate = (a: string, b: string) => (a > b ? a : b);
  // Rows for any of the plugin's tables, built loosely by the seed: the database checks them.
  const insertPlain = (table: keyof LuqiaoTables, rows: Record<string, unknown>[]) =>
    withForeignKeysCheckedAfter(db, table, rows.length, async () => {
      for (let i = 0; i < rows.length; i += 1000)
        await db
          .insertInto(table)
          .values(rows.slice(i, i + 1000) as never)
          .execute();
    });

  // What the core seed made.
  const root = await db
    .selectFrom('core.org')
    .select(['id'])
    .where('city_id', '=', cityId)
    .where('parent_id', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
  if (!root) return undefined;
  const streets: any[] = await db
    .selectFrom('core.org as o')
    .innerJoin('core.place as p', (j) =>
      j.onRef('p.city_id', '=', 'o.city_id').onRef('p.id', '=', 'o.place_id'),
    )
    .select(['o.id', 'o.name', 'o.place_id', 'p.path as place_path'])
    .where('o.city_id', '=', cityId)
    .where('o.kind', '=', 'street_working_committee')
    .orderBy('o.id')
    .execute();
  if (!streets.length) return undefined;
  const communities: any[] = await db
    .selectFrom('core.place as p')
    .leftJoin('core.org as o', (j) =>
      j
        .onRef('o.city_id', '=', 'p.city_id')
        .onRef('o.place_id', '=', 'p.id')
        .on('o.kind', '=', 'community_committee'),
    )
    .select(['p.id', 'p.name', 'p.parent_id', 'o.id as org_id'])
    .where('p.city_id', '=', cityId)
    .where('p.kind', '=', 'community')
    .orderBy('p.id')
    .execute();
  const units: any[] = await db
    .selectFrom('core.unit as u')
    .select([
      'u.id',
      'u.name',
      'u.kind',
      'u.org_id',
      (eb) =>
        eb
          .selectFrom('core.member as m')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('m.city_id', '=', 'u.city_id')
          .whereRef('m.unit_id', '=', 'u.id')
          .as('members'),
    ])
    .where('u.city_id', '=', cityId)
    .orderBy('u.id')
    .execute();
  const unitNames = new Set(units.map((u) => u.name as string));
  const idNumbers = new Set(
    (await db.selectFrom('core.member').select('id_number').where('city_id', '=', cityId).execute()).map(
      (m: any) => m.id_number as string,
    ),
  );
  const newIdNumber = (birth: string) => {
    for (;;) {
      const first17 = `331004${birth.replace(/-/g, '')}${String(rand(0, 999)).padStart(3, '0')}`;
      const idn = first17 + idNumberCheckChar(first17);
      if (!idNumbers.has(idn)) {
        idNumbers.add(idn);
        return idn;
      }
    }
  };
  const uniqueUnitName = (base: string) => {
    let name = base;
    for (let n = 2; unitNames.has(name); n++) name = `${base}${n}`;
    unitNames.add(name);
    return name;
  };
  const orgPool = units.filter(
    (u) => u.org_id && (u.kind === 'enterprise' || u.kind === 'new_economic' || u.kind === 'new_social'),
  );
  const stayingPool = units.filter((u) => u.org_id && (u.kind === 'organ' || u.kind === 'institution'));
  const usedCommunities = new Set<number>();
  // The demo member account works in a unit of the auto-trade district and has not registered yet, so the
  // "my registration" page has something to do.
  const demoMember = await db
    .selectFrom('core.app_user as u')
    .innerJoin('core.role_grant as g', 'g.user_id', 'u.id')
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 'u.city_id').onRef('m.id', '=', 'u.member_id'),
    )
    .select(['m.id', 'm.unit_id'])
    .where('u.city_id', '=', cityId)
    .where('g.role', '=', 'member')
    .orderBy('u.id')
    .executeTakeFirst();
  const demoUnit = demoMember?.unit_id
    ? units.find((u) => u.id === demoMember.unit_id && u.org_id)
    : undefined;
  if (demoUnit) {
    for (const pool of [orgPool, stayingPool]) {
      const at = pool.indexOf(demoUnit);
      if (at >= 0) pool.splice(at, 1);
    }
  }

  return {
    ctx,
    input,
    db,
    cityId,
    random,
    progress,
    scale,
    today,
    rand,
    chance,
    personName,
    dateBetween,
    at,
    minDate,
    maxDate,
    insertPlain,
    root,
    streets,
    communities,
    units,
    unitNames,
    idNumbers,
    newIdNumber,
    uniqueUnitName,
    orgPool,
    stayingPool,
    usedCommunities,
    demoMember,
    demoUnit,
  };
}

/** What every step of the seed shares: the seeded randomness, its helpers, and what the core seed made. */
export type SeedRun = NonNullable<Awaited<ReturnType<typeof startSeed>>>;
