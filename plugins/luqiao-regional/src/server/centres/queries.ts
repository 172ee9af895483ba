import { sql } from 'kysely';
import type { Config } from '../../manifest';
import type { CentreLevel } from '../../shared/model';
import { type Db, pageRows, T } from '../common';
import { shortfalls, visitFlags } from './rules';

/** The SQL of the centre routes: reads only (writes are in service.ts), and the views they answer with. */

export const centreBase = (db: Db, cityId: number) =>
  db
    .selectFrom(`${T.centre} as ce`)
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'ce.city_id').onRef('o.id', '=', 'ce.owner_org_id'),
    )
    .leftJoin(`${T.region} as r`, (j) =>
      j.onRef('r.city_id', '=', 'ce.city_id').onRef('r.id', '=', 'ce.region_id'),
    )
    .leftJoin('core.place as p', (j) =>
      j.onRef('p.city_id', '=', 'ce.city_id').onRef('p.id', '=', 'ce.place_id'),
    )
    .selectAll('ce')
    .select(['o.name as owner_name', 'o.path as owner_path', 'r.name as region_name', 'p.name as place_name'])
    .where('ce.city_id', '=', cityId);

export type CentreRow = Awaited<ReturnType<ReturnType<typeof centreBase>['executeTakeFirstOrThrow']>>;

export function centreView(
  ce: CentreRow,
  config: Config,
  stats?: { total: number; open: number; overdue: number },
) {
  const gaps = shortfalls(ce, config.standards[ce.level as CentreLevel]);
  return {
    id: ce.id,
    level: ce.level,
    kind: ce.kind,
    name: ce.name,
    ownerOrgId: ce.owner_org_id,
    ownerName: ce.owner_name,
    regionId: ce.region_id,
    regionName: ce.region_name,
    placeId: ce.place_id,
    placeName: ce.place_name,
    floorArea: Number(ce.floor_area),
    staffCount: ce.staff_count,
    fundingSource: ce.funding_source,
    openedOn: ce.opened_on,
    active: ce.active,
    meetsStandard: gaps.length === 0,
    shortfalls: gaps,
    visits: stats ?? { total: 0, open: 0, overdue: 0 },
  };
}

/** Visits per centre: all, open, and time-limited ones past their deadline today. */
export async function visitStats(db: Db, cityId: number, centreIds: number[], today: string) {
  const stats = centreIds.length
    ? await sql<{ centre_id: number; total: number; open: number; overdue: number }>`
      select centre_id, count(*)::int as total,
             count(*) filter (where completed_on is null)::int as open,
             count(*) filter (where time_limited and completed_on is null and due_on < ${today}::date)::int as overdue
      from ${sql.table(T.visit)} where city_id = ${cityId} and centre_id in (${sql.join(centreIds)})
      group by centre_id`.execute(db)
    : { rows: [] };
  return new Map(stats.rows.map((s) => [s.centre_id, { total: s.total, open: s.open, overdue: s.overdue }]));
}

export async function centreNameTaken(db: Db, cityId: number, name: string) {
  const dup = await db
    .selectFrom(T.centre)
    .select('id')
    .where('city_id', '=', cityId)
    .where('name', '=', name)
    .executeTakeFirst();
  return !!dup;
}

export async function placeExists(db: Db, cityId: number, placeId: number) {
  const place = await db
    .selectFrom('core.place')
    .select('id')
    .where('city_id', '=', cityId)
    .where('id', '=', placeId)
    .executeTakeFirst();
  return !!place;
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

export const visitBase = (db: Db, cityId: number) =>
  db
    .selectFrom(`${T.visit} as v`)
    .innerJoin(`${T.centre} as ce`, (j) =>
      j.onRef('ce.city_id', '=', 'v.city_id').onRef('ce.id', '=', 'v.centre_id'),
    )
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'ce.city_id').onRef('o.id', '=', 'ce.owner_org_id'),
    )
    .selectAll('v')
    .select(['ce.name as centre_name', 'o.path as owner_path'])
    .where('v.city_id', '=', cityId);

type VisitQuery = ReturnType<typeof visitBase>;
export type VisitRow = Awaited<ReturnType<VisitQuery['executeTakeFirstOrThrow']>>;

/** Visits open, completed, overdue (time-limited, open, past the deadline) or late (completed after it). */
export function filterStatus(q: VisitQuery, status: string, today: string): VisitQuery {
  if (status === 'open') return q.where('v.completed_on', 'is', null);
  if (status === 'completed') return q.where('v.completed_on', 'is not', null);
  if (status === 'overdue')
    return q
      .where('v.time_limited', '=', true)
      .where('v.completed_on', 'is', null)
      .where('v.due_on', '<', today);
  if (status === 'late')
    return q.where('v.time_limited', '=', true).where(sql<boolean>`v.completed_on > v.due_on`);
  return q;
}

export const visitView = (v: VisitRow, today: string) => ({
  id: v.id,
  centreId: v.centre_id,
  centreName: v.centre_name,
  service: v.service,
  visitorName: v.visitor_name,
  visitorMemberId: v.visitor_member_id,
  subject: v.subject,
  firstResponder: v.first_responder,
  referredTo: v.referred_to,
  receivedAt: v.received_at,
  receivedOn: v.received_on,
  timeLimited: v.time_limited,
  dueOn: v.due_on,
  completedOn: v.completed_on,
  result: v.result,
  ...visitFlags(v, today),
});

/** One page of a centre's visits, newest first, optionally of one status (as of `today`). */
export async function centreVisitPage(
  db: Db,
  cityId: number,
  centreId: number,
  f: { status: string; page: number; pageSize: number },
  today: string,
) {
  const q = filterStatus(visitBase(db, cityId).where('v.centre_id', '=', centreId), f.status, today);
  const page = await pageRows(
    f,
    (limit, offset) =>
      q.orderBy('v.received_at', 'desc').orderBy('v.id', 'desc').limit(limit).offset(offset).execute(),
    () => q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  );
  return { ...page, items: page.items.map((v) => visitView(v, today)) };
}
