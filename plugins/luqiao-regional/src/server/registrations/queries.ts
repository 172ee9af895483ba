import { sql } from 'kysely';
import type { RegistrationVia } from '../../shared/model';
import { type Db, T } from '../common';
import { type Registrant, viaOf } from './rules';

/** The SQL of the registration routes: reads only (writes are in service.ts). */

/** The members as the registration rule sees them: active, category, unit, where they work and are registered. */
export function registrants(db: Db, cityId: number, memberIds: number[]): Promise<Registrant[]> {
  return db
    .selectFrom('core.member as m')
    .leftJoin('core.unit as u', (j) => j.onRef('u.city_id', '=', 'm.city_id').onRef('u.id', '=', 'm.unit_id'))
    .leftJoin(`${T.regionUnit} as ru`, (j) =>
      j.onRef('ru.city_id', '=', 'm.city_id').onRef('ru.unit_id', '=', 'm.unit_id'),
    )
    .leftJoin(`${T.registration} as g`, (j) =>
      j.onRef('g.city_id', '=', 'm.city_id').onRef('g.member_id', '=', 'm.id').on('g.ended_on', 'is', null),
    )
    .leftJoin(`${T.region} as gr`, (j) =>
      j.onRef('gr.city_id', '=', 'g.city_id').onRef('gr.id', '=', 'g.region_id'),
    )
    .select([
      'm.id',
      'm.name',
      'm.active',
      'm.category',
      'm.unit_id',
      'u.org_id as unit_org_id',
      'ru.region_id as works_in',
      'g.region_id as registered_in',
      'gr.name as registered_name',
    ])
    .where('m.city_id', '=', cityId)
    .where('m.id', 'in', memberIds)
    .execute();
}

/** A registration with the member's name. */
export function registrationRow(db: Db, cityId: number, regId: number) {
  return db
    .selectFrom(`${T.registration} as g`)
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 'g.city_id').onRef('m.id', '=', 'g.member_id'),
    )
    .selectAll('g')
    .select('m.name as member_name')
    .where('g.city_id', '=', cityId)
    .where('g.id', '=', regId)
    .executeTakeFirst();
}

/** One page of the region's current registrations, filtered, with the latest 示范店 nomination of each shop. */
export async function registrationPage(
  db: Db,
  cityId: number,
  regionId: number,
  f: { via?: RegistrationVia; shop?: 'true' | 'false'; q?: string; page: number; pageSize: number },
) {
  let q = db
    .selectFrom(`${T.registration} as g`)
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 'g.city_id').onRef('m.id', '=', 'g.member_id'),
    )
    .leftJoin('core.unit as u', (j) => j.onRef('u.city_id', '=', 'm.city_id').onRef('u.id', '=', 'm.unit_id'))
    .where('g.city_id', '=', cityId)
    .where('g.region_id', '=', regionId)
    .where('g.ended_on', 'is', null);
  if (f.via) q = q.where('g.via', '=', f.via);
  if (f.shop === 'true') q = q.where('g.shop_name', 'is not', null);
  if (f.shop === 'false') q = q.where('g.shop_name', 'is', null);
  if (f.q) q = q.where('m.name', 'ilike', `%${f.q}%`);
  const [rows, total] = await Promise.all([
    q
      .select([
        'g.id',
        'g.member_id as memberId',
        'm.name as memberName',
        'm.category',
        'u.name as unitName',
        'g.via',
        'g.registered_on as registeredOn',
        'g.shop_name as shopName',
        'g.shop_displayed_on as shopDisplayedOn',
        sql<
          string | null
        >`(select n.status from ${sql.table(T.nomination)} n where n.city_id = g.city_id and n.registration_id = g.id order by n.year desc limit 1)`.as(
          'nominationStatus',
        ),
      ])
      .orderBy('g.id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows, total: total.n, page: f.page, pageSize: f.pageSize };
}

/** Active members working in the region's units who have not registered yet, with whose org would take them. */
export async function pendingMembers(db: Db, cityId: number, regionId: number, limit: number) {
  const rows = await db
    .selectFrom(`${T.regionUnit} as ru`)
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 'ru.city_id').onRef('m.unit_id', '=', 'ru.unit_id'),
    )
    .innerJoin('core.unit as u', (j) =>
      j.onRef('u.city_id', '=', 'ru.city_id').onRef('u.id', '=', 'ru.unit_id'),
    )
    .leftJoin(`${T.registration} as g`, (j) =>
      j.onRef('g.city_id', '=', 'm.city_id').onRef('g.member_id', '=', 'm.id').on('g.ended_on', 'is', null),
    )
    .select([
      'm.id as memberId',
      'm.name as memberName',
      'm.category',
      'u.id as unitId',
      'u.name as unitName',
      sql<boolean>`u.org_id is not null`.as('unitHasOrg'),
    ])
    .where('ru.city_id', '=', cityId)
    .where('ru.region_id', '=', regionId)
    .where('m.active', '=', true)
    .where('g.id', 'is', null)
    .orderBy('m.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, via: viaOf(r.unitHasOrg) }));
}

export function nominationRow(db: Db, cityId: number, nominationId: number) {
  return db
    .selectFrom(T.nomination)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('id', '=', nominationId)
    .executeTakeFirst();
}

export async function nominatedIn(db: Db, cityId: number, registrationId: number, year: number) {
  const dup = await db
    .selectFrom(T.nomination)
    .select('id')
    .where('city_id', '=', cityId)
    .where('registration_id', '=', registrationId)
    .where('year', '=', year)
    .executeTakeFirst();
  return !!dup;
}

/** Shops that 亮牌 in the region, with their nominations. */
export function shopsOf(db: Db, cityId: number, regionId: number) {
  return db
    .selectFrom(`${T.registration} as g`)
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 'g.city_id').onRef('m.id', '=', 'g.member_id'),
    )
    .leftJoin(`${T.nomination} as n`, (j) =>
      j.onRef('n.city_id', '=', 'g.city_id').onRef('n.registration_id', '=', 'g.id'),
    )
    .select([
      'g.id as registrationId',
      'm.name as memberName',
      'g.shop_name as shopName',
      'g.shop_displayed_on as shopDisplayedOn',
      'n.id as nominationId',
      'n.year',
      'n.status',
    ])
    .where('g.city_id', '=', cityId)
    .where('g.region_id', '=', regionId)
    .where('g.ended_on', 'is', null)
    .where('g.shop_name', 'is not', null)
    .orderBy('g.id')
    .orderBy('n.year')
    .execute();
}

/** A member's own registrations (newest first) and the region they work in. */
export async function memberOwn(db: Db, cityId: number, memberId: number) {
  const regs = await db
    .selectFrom(`${T.registration} as g`)
    .innerJoin(`${T.region} as r`, (j) =>
      j.onRef('r.city_id', '=', 'g.city_id').onRef('r.id', '=', 'g.region_id'),
    )
    .select([
      'g.id',
      'g.region_id as regionId',
      'r.name as regionName',
      'g.via',
      'g.registered_on as registeredOn',
      'g.ended_on as endedOn',
      'g.shop_name as shopName',
      'g.shop_displayed_on as shopDisplayedOn',
    ])
    .where('g.city_id', '=', cityId)
    .where('g.member_id', '=', memberId)
    .orderBy('g.id', 'desc')
    .execute();
  const works = await db
    .selectFrom('core.member as m')
    .innerJoin(`${T.regionUnit} as ru`, (j) =>
      j.onRef('ru.city_id', '=', 'm.city_id').onRef('ru.unit_id', '=', 'm.unit_id'),
    )
    .innerJoin(`${T.region} as r`, (j) =>
      j.onRef('r.city_id', '=', 'ru.city_id').onRef('r.id', '=', 'ru.region_id'),
    )
    .select(['r.id', 'r.name'])
    .where('m.city_id', '=', cityId)
    .where('m.id', '=', memberId)
    .executeTakeFirst();
  return { memberId, registrations: regs, worksIn: works ?? null };
}
