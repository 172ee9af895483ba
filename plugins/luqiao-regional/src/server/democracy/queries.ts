import { type CityAccess, orgPathFilter } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import { type Db, T } from '../common';
import type { LuqiaoTables } from '../db';
import { ballotValid } from './count';
import { jsonList } from './rules';

/** The SQL of the democracy routes: reads only (writes are in service.ts). */

export type ElectionRow = import('kysely').Selectable<LuqiaoTables['p_luqiao_regional.election']>;
export type ReceptionDayRow = import('kysely').Selectable<LuqiaoTables['p_luqiao_regional.reception_day']>;

export function electionList(db: Db, cityId: number, access: CityAccess, regionId?: number) {
  let q = db
    .selectFrom(`${T.election} as e`)
    .innerJoin(`${T.region} as r`, (j) =>
      j.onRef('r.city_id', '=', 'e.city_id').onRef('r.id', '=', 'e.region_id'),
    )
    .innerJoin('core.org as ro', (j) =>
      j.onRef('ro.city_id', '=', 'r.city_id').onRef('ro.id', '=', 'r.regional_org_id'),
    )
    .select([
      'e.id',
      'e.title',
      'e.region_id as regionId',
      'r.name as regionName',
      'e.held_on as heldOn',
      'e.status',
      'e.electorate',
      'e.member_seats as memberSeats',
      'e.ballots_cast as ballotsCast',
    ])
    .where('e.city_id', '=', cityId)
    .where(orgPathFilter(access, 'ro.path'));
  if (regionId) q = q.where('e.region_id', '=', regionId);
  return q.orderBy('e.held_on', 'desc').orderBy('e.id', 'desc').execute();
}

export function electionRow(db: Db, cityId: number, electionId: number) {
  return db
    .selectFrom(T.election)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('id', '=', electionId)
    .executeTakeFirst();
}

/** An election with its ballots entered and, once counted, the results by role. */
export async function electionView(db: Db, cityId: number, e: ElectionRow) {
  const [ballots, results] = await Promise.all([
    db
      .selectFrom(T.ballot)
      .select(sql<number>`count(*)::int`.as('n'))
      .where('city_id', '=', cityId)
      .where('election_id', '=', e.id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom(T.result)
      .selectAll()
      .where('city_id', '=', cityId)
      .where('election_id', '=', e.id)
      .execute(),
  ]);
  // Same order as the count: most votes first, ties by the name's pinyin order.
  results.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'zh-CN'));
  const view = (r: (typeof results)[number]) => ({
    name: r.name,
    votes: r.votes,
    rank: r.rank,
    elected: r.elected,
    memberId: r.member_id,
  });
  return {
    id: e.id,
    regionId: e.region_id,
    title: e.title,
    memberSeats: e.member_seats,
    electorate: e.electorate,
    heldOn: e.held_on,
    status: e.status,
    ballotsEntered: ballots.n,
    ballotsCast: e.ballots_cast,
    ballotsValid: e.ballots_valid,
    countedAt: e.counted_at,
    closedAt: e.closed_at,
    threshold: e.electorate / 2,
    secretary: results.filter((r) => r.role === 'secretary').map(view),
    members: results.filter((r) => r.role === 'member').map(view),
    electedSecretary: results.find((r) => r.role === 'secretary' && r.elected)?.name ?? null,
    electedMembers: results.filter((r) => r.role === 'member' && r.elected).map((r) => r.name),
  };
}

/** Members registered in the region now. */
export async function registeredCount(db: Db, cityId: number, regionId: number) {
  const row = await db
    .selectFrom(T.registration)
    .select(sql<number>`count(*)::int`.as('n'))
    .where('city_id', '=', cityId)
    .where('region_id', '=', regionId)
    .where('ended_on', 'is', null)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function hasOpenElection(db: Db, cityId: number, regionId: number) {
  const open = await db
    .selectFrom(T.election)
    .select('id')
    .where('city_id', '=', cityId)
    .where('region_id', '=', regionId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return !!open;
}

export async function isRegisteredIn(db: Db, cityId: number, regionId: number, memberId: number) {
  const reg = await db
    .selectFrom(T.registration)
    .select('id')
    .where('city_id', '=', cityId)
    .where('region_id', '=', regionId)
    .where('member_id', '=', memberId)
    .where('ended_on', 'is', null)
    .executeTakeFirst();
  return !!reg;
}

/** The anonymous ballots, each marked valid or not. */
export async function ballotList(db: Db, cityId: number, e: ElectionRow) {
  const rows = await db
    .selectFrom(T.ballot)
    .select(['id', 'secretary_name', 'member_names'])
    .where('city_id', '=', cityId)
    .where('election_id', '=', e.id)
    .orderBy('id')
    .execute();
  return rows.map((r) => {
    const members = jsonList(r.member_names);
    return {
      id: r.id,
      secretary: r.secretary_name,
      members,
      valid: ballotValid({ secretary: r.secretary_name, members }, e.member_seats),
    };
  });
}

// 党代表接待日

export function receptionDayList(
  db: Db,
  cityId: number,
  access: CityAccess,
  f: { regionId?: number; year?: number },
) {
  let q = db
    .selectFrom(`${T.receptionDay} as d`)
    .innerJoin(`${T.region} as r`, (j) =>
      j.onRef('r.city_id', '=', 'd.city_id').onRef('r.id', '=', 'd.region_id'),
    )
    .innerJoin('core.org as ro', (j) =>
      j.onRef('ro.city_id', '=', 'r.city_id').onRef('ro.id', '=', 'r.regional_org_id'),
    )
    .select([
      'd.id',
      'd.region_id as regionId',
      'r.name as regionName',
      'd.held_on as heldOn',
      'd.month',
      'd.representatives',
      'd.reschedule_reason as rescheduleReason',
      sql<number>`(select count(*)::int from ${sql.table(T.receptionVisit)} v where v.city_id = d.city_id and v.reception_day_id = d.id)`.as(
        'visits',
      ),
      sql<number>`(select count(*)::int from ${sql.table(T.receptionVisit)} v where v.city_id = d.city_id and v.reception_day_id = d.id and v.closed_on is null)`.as(
        'openFollowUps',
      ),
    ])
    .where('d.city_id', '=', cityId)
    .where(orgPathFilter(access, 'ro.path'));
  if (f.regionId) q = q.where('d.region_id', '=', f.regionId);
  if (f.year) q = q.where('d.month', 'like', `${f.year}-%`);
  return q.orderBy('d.held_on', 'desc').limit(500).execute();
}

export function receptionDayRow(db: Db, cityId: number, dayId: number) {
  return db
    .selectFrom(T.receptionDay)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('id', '=', dayId)
    .executeTakeFirst();
}

export async function heldInMonth(db: Db, cityId: number, regionId: number, month: string) {
  const dup = await db
    .selectFrom(T.receptionDay)
    .select('id')
    .where('city_id', '=', cityId)
    .where('region_id', '=', regionId)
    .where('month', '=', month)
    .executeTakeFirst();
  return !!dup;
}

export function visitsOfDay(db: Db, cityId: number, dayId: number) {
  return db
    .selectFrom(T.receptionVisit)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('reception_day_id', '=', dayId)
    .orderBy('id')
    .execute();
}

export function visitRow(db: Db, cityId: number, visitId: number) {
  return db
    .selectFrom(T.receptionVisit)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('id', '=', visitId)
    .executeTakeFirst();
}

export async function memberExists(db: Db, cityId: number, memberId: number) {
  const m = await db
    .selectFrom('core.member')
    .select('id')
    .where('city_id', '=', cityId)
    .where('id', '=', memberId)
    .executeTakeFirst();
  return !!m;
}

/** Visits still being followed up in the actor's subtree, oldest first, with their day and region. */
export function openVisits(db: Db, cityId: number, access: CityAccess, regionId?: number) {
  let q = db
    .selectFrom(`${T.receptionVisit} as v`)
    .innerJoin(`${T.receptionDay} as d`, (j) =>
      j.onRef('d.city_id', '=', 'v.city_id').onRef('d.id', '=', 'v.reception_day_id'),
    )
    .innerJoin(`${T.region} as r`, (j) =>
      j.onRef('r.city_id', '=', 'd.city_id').onRef('r.id', '=', 'd.region_id'),
    )
    .innerJoin('core.org as ro', (j) =>
      j.onRef('ro.city_id', '=', 'r.city_id').onRef('ro.id', '=', 'r.regional_org_id'),
    )
    .selectAll('v')
    .select(['d.held_on', 'r.name as region_name'])
    .where('v.city_id', '=', cityId)
    .where('v.closed_on', 'is', null)
    .where(orgPathFilter(access, 'ro.path'));
  if (regionId) q = q.where('d.region_id', '=', regionId);
  return q.orderBy('d.held_on').orderBy('v.id').limit(500).execute();
}

export function visitView(v: {
  id: number;
  reception_day_id: number;
  visitor_name: string;
  visitor_member_id: number | null;
  issue: string;
  representative: string;
  follow_up_status: string;
  follow_up_note: string | null;
  follow_up_due_on: string | null;
  closed_on: string | null;
  held_on?: string;
  region_name?: string;
}) {
  return {
    id: v.id,
    receptionDayId: v.reception_day_id,
    visitorName: v.visitor_name,
    visitorMemberId: v.visitor_member_id,
    issue: v.issue,
    representative: v.representative,
    followUpStatus: v.follow_up_status,
    followUpNote: v.follow_up_note,
    followUpDueOn: v.follow_up_due_on,
    closedOn: v.closed_on,
    heldOn: v.held_on,
    regionName: v.region_name,
  };
}
