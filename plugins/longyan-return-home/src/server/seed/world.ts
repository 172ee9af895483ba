import { type PluginContext, type PluginSeedInput, todayOf } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import { type Config, configSchema } from '../../manifest';
import { communityKindsSql } from '../common';
import type { LongyanTables } from '../db';
import { addDays, type Community, makeStamp, maxDate, PUBLISHED } from './data';

/** The city as core seeded it: communities, compounds, buildings, members, units and co-building links, and the run's dates. */
export async function loadWorld(ctx: PluginContext<Config, LongyanTables>, input: PluginSeedInput) {
  const { db } = ctx;
  const { cityId, random, progress } = input;
  // A new city has the default config (and configFor would read outside the seeding transaction).
  const config = configSchema.parse({});
  const now = todayOf(ctx);
  const stamp = makeStamp(ctx.clock.now().getTime());
  const period = now.slice(0, 4);
  const yearStart = `${period}-01-01`;
  const yesterday = maxDate(yearStart, addDays(now, -1));
  const rnd = (n: number) => Math.round(n);

  // --- The city as core seeded it ---
  progress('load', 0, 1);
  const communities = (
    await sql<{ id: number; place_id: number }>`
      select id, place_id from core.org where city_id = ${cityId} and kind in (${communityKindsSql}) and active and place_id is not null order by id`.execute(
      db,
    )
  ).rows.map((r): Community => ({ id: r.id, placeId: r.place_id }));
  const communityOfPlace = new Map(communities.map((c) => [c.placeId, c.id]));
  const compounds = await db
    .selectFrom('core.place')
    .select(['id', 'parent_id', 'name'])
    .where('city_id', '=', cityId)
    .where('kind', '=', 'compound')
    .orderBy('id')
    .execute();
  const buildings = await db
    .selectFrom('core.place')
    .select(['id', 'parent_id', 'name'])
    .where('city_id', '=', cityId)
    .where('kind', '=', 'building')
    .orderBy('id')
    .execute();
  const members = await db
    .selectFrom('core.member')
    .select(['id', 'name', 'category', 'residence_place_id', 'unit_id', 'org_id'])
    .where('city_id', '=', cityId)
    .where('active', '=', true)
    .orderBy('id')
    .execute();
  const units = await db
    .selectFrom('core.unit')
    .select(['id', 'org_id'])
    .where('city_id', '=', cityId)
    .execute();
  const links = (
    await sql<{ id: number; from_org_id: number; to_org_id: number; since: string | null }>`
      select l.id, l.from_org_id, l.to_org_id, l.since from core.org_link l
      join core.org o on o.city_id = l.city_id and o.id = l.to_org_id and o.kind in (${communityKindsSql})
      where l.city_id = ${cityId} and l.kind = 'co_building' order by l.id`.execute(db)
  ).rows;
  progress('load', 1, 1);

  const compoundOfPlace = new Map<number, number>();
  for (const c of compounds) compoundOfPlace.set(c.id, c.id);
  for (const b of buildings) compoundOfPlace.set(b.id, b.parent_id!);
  const communityOfCompound = new Map(compounds.map((c) => [c.id, communityOfPlace.get(c.parent_id!)]));
  const placeCommunityOrg = (placeId: number | null) => {
    if (placeId == null) return undefined;
    if (communityOfPlace.has(placeId)) return communityOfPlace.get(placeId);
    const compound = compoundOfPlace.get(placeId);
    return compound == null ? undefined : communityOfCompound.get(compound);
  };
  const residents = new Map<number, typeof members>();
  for (const m of members) {
    const compound = m.residence_place_id == null ? undefined : compoundOfPlace.get(m.residence_place_id);
    if (compound == null) continue;
    if (!residents.has(compound)) residents.set(compound, []);
    residents.get(compound)!.push(m);
  }
  const inService = members.filter((m) => m.category === 'in_service');
  const k = inService.length / PUBLISHED.inService;
  return {
    db,
    cityId,
    random,
    progress,
    config,
    now,
    period,
    yearStart,
    yesterday,
    rnd,
    communities,
    communityOfPlace,
    compounds,
    buildings,
    members,
    units,
    links,
    compoundOfPlace,
    communityOfCompound,
    placeCommunityOrg,
    residents,
    inService,
    k,
    stamp,
  };
}

export type World = Awaited<ReturnType<typeof loadWorld>>;
