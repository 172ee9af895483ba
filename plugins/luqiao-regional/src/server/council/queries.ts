import { type CityAccess, orgPathFilter } from '@jiceng/plugin-kit';
import { type Db, T } from '../common';
import { nextChair, type ScoreRow, scoreRows } from './rules';

/** The SQL of the council routes: reads only (writes are in service.ts). */

/** Councils of the regions in the actor's subtree, with their current chair and member count. */
export async function councilList(db: Db, cityId: number, access: CityAccess, regionId?: number) {
  let q = db
    .selectFrom(`${T.council} as k`)
    .innerJoin(`${T.region} as r`, (j) =>
      j.onRef('r.city_id', '=', 'k.city_id').onRef('r.id', '=', 'k.region_id'),
    )
    .innerJoin('core.org as ro', (j) =>
      j.onRef('ro.city_id', '=', 'r.city_id').onRef('ro.id', '=', 'r.regional_org_id'),
    )
    .leftJoin(`${T.term} as t`, (j) =>
      j.onRef('t.city_id', '=', 'k.city_id').onRef('t.council_id', '=', 'k.id').on('t.ended_on', 'is', null),
    )
    .leftJoin(`${T.councilMember} as ch`, (j) =>
      j.onRef('ch.city_id', '=', 't.city_id').onRef('ch.id', '=', 't.chair_member_id'),
    )
    .leftJoin('core.unit as cu', (j) =>
      j.onRef('cu.city_id', '=', 'ch.city_id').onRef('cu.id', '=', 'ch.unit_id'),
    )
    .select([
      'k.id',
      'k.name',
      'k.region_id as regionId',
      'r.name as regionName',
      'k.founded_on as foundedOn',
      't.term_no as termNo',
      't.ends_on as termEndsOn',
      'cu.name as chairName',
      (eb) =>
        eb
          .selectFrom(`${T.councilMember} as m`)
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('m.city_id', '=', 'k.city_id')
          .whereRef('m.council_id', '=', 'k.id')
          .where('m.left_on', 'is', null)
          .as('memberCount'),
    ])
    .where('k.city_id', '=', cityId)
    .where(orgPathFilter(access, 'ro.path'));
  if (regionId) q = q.where('k.region_id', '=', regionId);
  const rows = await q.orderBy('k.id').execute();
  return rows.map((r) => ({ ...r, memberCount: Number(r.memberCount) }));
}

export function councilRow(db: Db, cityId: number, councilId: number) {
  return db
    .selectFrom(T.council)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('id', '=', councilId)
    .executeTakeFirst();
}

export async function councilNameTaken(db: Db, cityId: number, name: string) {
  const dup = await db
    .selectFrom(T.council)
    .select('id')
    .where('city_id', '=', cityId)
    .where('name', '=', name)
    .executeTakeFirst();
  return !!dup;
}

/** Member units of a council, current and replaced, in the order they joined. */
export function members(db: Db, cityId: number, councilId: number) {
  return db
    .selectFrom(`${T.councilMember} as cm`)
    .innerJoin('core.unit as u', (j) =>
      j.onRef('u.city_id', '=', 'cm.city_id').onRef('u.id', '=', 'cm.unit_id'),
    )
    .select([
      'cm.id',
      'cm.unit_id',
      'u.name as unit_name',
      'u.kind as unit_kind',
      'cm.joined_on',
      'cm.left_on',
      'cm.left_reason',
      'cm.replaced_by_id',
    ])
    .where('cm.city_id', '=', cityId)
    .where('cm.council_id', '=', councilId)
    .orderBy('cm.id')
    .execute();
}

export function member(db: Db, cityId: number, councilId: number, memberId: number) {
  return db
    .selectFrom(T.councilMember)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('council_id', '=', councilId)
    .where('id', '=', memberId)
    .executeTakeFirst();
}

/** Whether the unit is a current member unit of the council. */
export async function isCurrentMemberUnit(db: Db, cityId: number, councilId: number, unitId: number) {
  const row = await db
    .selectFrom(T.councilMember)
    .select('id')
    .where('city_id', '=', cityId)
    .where('council_id', '=', councilId)
    .where('unit_id', '=', unitId)
    .where('left_on', 'is', null)
    .executeTakeFirst();
  return !!row;
}

export async function activeMemberCount(db: Db, cityId: number, councilId: number) {
  const left = await db
    .selectFrom(T.councilMember)
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('city_id', '=', cityId)
    .where('council_id', '=', councilId)
    .where('left_on', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(left.n);
}

export function currentTerm(db: Db, cityId: number, councilId: number) {
  return db
    .selectFrom(T.term)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('council_id', '=', councilId)
    .where('ended_on', 'is', null)
    .executeTakeFirst();
}

/** Which of the units are units of the region. */
export async function regionUnitIds(db: Db, cityId: number, regionId: number, unitIds: number[]) {
  const rows = await db
    .selectFrom(T.regionUnit)
    .select('unit_id')
    .where('city_id', '=', cityId)
    .where('region_id', '=', regionId)
    .where('unit_id', 'in', unitIds)
    .execute();
  return new Set(rows.map((r) => r.unit_id));
}

/** The lead member of each project of the council not dropped. */
export async function projectLeads(db: Db, cityId: number, councilId: number) {
  const rows = await db
    .selectFrom(T.project)
    .select(['lead_member_id'])
    .where('city_id', '=', cityId)
    .where('council_id', '=', councilId)
    .where('status', '<>', 'dropped')
    .execute();
  return rows.map((p) => p.lead_member_id);
}

export function projectRow(db: Db, cityId: number, projectId: number) {
  return db
    .selectFrom(T.project)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('id', '=', projectId)
    .executeTakeFirst();
}

/** The chair on a day: the term that had started and not yet ended. */
export async function chairOn(db: Db, cityId: number, councilId: number, day: string) {
  const term = await db
    .selectFrom(T.term)
    .select('chair_member_id')
    .where('city_id', '=', cityId)
    .where('council_id', '=', councilId)
    .where('starts_on', '<=', day)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', day)]))
    .orderBy('starts_on', 'desc')
    .executeTakeFirst();
  return term?.chair_member_id ?? null;
}

export function termView(
  t: {
    id: number;
    term_no: number;
    chair_member_id: number;
    starts_on: string;
    ends_on: string;
    ended_on: string | null;
    end_kind: string | null;
    end_reason: string | null;
  },
  name: Map<number, string>,
) {
  return {
    id: t.id,
    termNo: t.term_no,
    chairMemberId: t.chair_member_id,
    chairName: name.get(t.chair_member_id),
    startsOn: t.starts_on,
    endsOn: t.ends_on,
    endedOn: t.ended_on,
    endKind: t.end_kind,
    endReason: t.end_reason,
  };
}

/** A council with its member units, chair terms, projects and meetings (with their reviews). */
export async function councilDetail(db: Db, cityId: number, councilId: number) {
  const council = await db
    .selectFrom(T.council)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('id', '=', councilId)
    .executeTakeFirstOrThrow();
  const [ms, terms, projects, meetings] = await Promise.all([
    members(db, cityId, councilId),
    db
      .selectFrom(T.term)
      .selectAll()
      .where('city_id', '=', cityId)
      .where('council_id', '=', councilId)
      .orderBy('term_no')
      .execute(),
    db
      .selectFrom(T.project)
      .selectAll()
      .where('city_id', '=', cityId)
      .where('council_id', '=', councilId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom(T.meeting)
      .selectAll()
      .where('city_id', '=', cityId)
      .where('council_id', '=', councilId)
      .orderBy('held_on')
      .execute(),
  ]);
  const name = new Map(ms.map((m) => [m.id, m.unit_name]));
  const reviews = meetings.length
    ? await db
        .selectFrom(T.review)
        .selectAll()
        .where('city_id', '=', cityId)
        .where(
          'meeting_id',
          'in',
          meetings.map((m) => m.id),
        )
        .execute()
    : [];
  const current = terms.find((t) => !t.ended_on);
  return {
    id: council.id,
    name: council.name,
    regionId: council.region_id,
    foundedOn: council.founded_on,
    currentTerm: current ? termView(current, name) : null,
    nextInTurn: nextChair(ms, current?.chair_member_id),
    members: ms.map((m) => ({
      id: m.id,
      unitId: m.unit_id,
      unitName: m.unit_name,
      unitKind: m.unit_kind,
      joinedOn: m.joined_on,
      leftOn: m.left_on,
      leftReason: m.left_reason,
      replacedByName: m.replaced_by_id ? name.get(m.replaced_by_id) : null,
      active: !m.left_on,
    })),
    terms: terms.map((t) => termView(t, name)),
    projects: projects.map((p) => ({
      id: p.id,
      title: p.title,
      description: p.description,
      declaredById: p.declared_by_id,
      declaredByName: name.get(p.declared_by_id),
      leadMemberId: p.lead_member_id,
      leadName: name.get(p.lead_member_id),
      declaredOn: p.declared_on,
      startsOn: p.starts_on,
      dueOn: p.due_on,
      status: p.status,
      completedOn: p.completed_on,
      outcome: p.outcome,
    })),
    meetings: meetings.map((m) => ({
      id: m.id,
      heldOn: m.held_on,
      topic: m.topic,
      minutes: m.minutes,
      chairName: m.chair_member_id ? name.get(m.chair_member_id) : null,
      reviews: reviews
        .filter((r) => r.meeting_id === m.id)
        .map((r) => ({
          memberId: r.council_member_id,
          unitName: name.get(r.council_member_id),
          attended: r.attended,
          score: r.score,
          note: r.note,
        })),
    })),
  };
}

/** The scoreboard of a council over [from, to] (rules.ts `scoreRows`); the indicators read it too. */
export async function scoreboard(
  db: Db,
  cityId: number,
  councilId: number,
  from: string,
  to: string,
  threshold: number,
): Promise<ScoreRow[]> {
  const ms = await db
    .selectFrom(`${T.councilMember} as cm`)
    .innerJoin('core.unit as u', (j) =>
      j.onRef('u.city_id', '=', 'cm.city_id').onRef('u.id', '=', 'cm.unit_id'),
    )
    .select(['cm.id', 'u.name', 'cm.joined_on', 'cm.left_on'])
    .where('cm.city_id', '=', cityId)
    .where('cm.council_id', '=', councilId)
    .where('cm.joined_on', '<=', to)
    .where((eb) => eb.or([eb('cm.left_on', 'is', null), eb('cm.left_on', '>=', from)]))
    .orderBy('cm.id')
    .execute();
  const projects = await db
    .selectFrom(T.project)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('council_id', '=', councilId)
    .execute();
  const meetings = await db
    .selectFrom(T.meeting)
    .select(['id'])
    .where('city_id', '=', cityId)
    .where('council_id', '=', councilId)
    .where('held_on', '>=', from)
    .where('held_on', '<=', to)
    .execute();
  const reviews = meetings.length
    ? await db
        .selectFrom(T.review)
        .selectAll()
        .where('city_id', '=', cityId)
        .where(
          'meeting_id',
          'in',
          meetings.map((m) => m.id),
        )
        .execute()
    : [];
  const terms = await db
    .selectFrom(T.term)
    .select(['chair_member_id'])
    .where('city_id', '=', cityId)
    .where('council_id', '=', councilId)
    .where('starts_on', '<=', to)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', from)]))
    .execute();
  return scoreRows({ members: ms, projects, reviews, terms }, from, to, threshold);
}
