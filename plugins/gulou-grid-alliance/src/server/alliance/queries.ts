import { notFound, say } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { GulouDb } from '../db';
import { S } from '../util';

/** The reads of the alliance feature: rows by id (404 when missing) and the list and detail pages. */

export async function findAlliance(db: GulouDb, cityId: number, allianceId: number) {
  const a = await db
    .selectFrom(`${S}.alliance as a`)
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'a.city_id').onRef('o.id', '=', 'a.lead_org_id'),
    )
    .selectAll('a')
    .select('o.name as lead_org_name')
    .where('a.city_id', '=', cityId)
    .where('a.id', '=', allianceId)
    .executeTakeFirst();
  if (!a) throw notFound(say('党建联盟', 'Alliance'));
  return a;
}
export type AllianceRow = Awaited<ReturnType<typeof findAlliance>>;

export async function findMemberUnit(db: GulouDb, cityId: number, allianceId: number, memberUnitId: number) {
  const mu = await db
    .selectFrom(`${S}.alliance_unit`)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('alliance_id', '=', allianceId)
    .where('id', '=', memberUnitId)
    .executeTakeFirst();
  if (!mu) throw notFound(say('联盟成员单位', 'Alliance member unit'));
  return mu;
}
export type MemberUnitRow = Awaited<ReturnType<typeof findMemberUnit>>;

/** The member unit's row, locked until the transaction ends: its representatives change one writer at a time. */
export async function lockMemberUnit(trx: GulouDb, cityId: number, memberUnitId: number) {
  await trx
    .selectFrom(`${S}.alliance_unit`)
    .select('id')
    .where('city_id', '=', cityId)
    .where('id', '=', memberUnitId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function findMeeting(db: GulouDb, cityId: number, allianceId: number, meetingId: number) {
  const m = await db
    .selectFrom(`${S}.meeting`)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('alliance_id', '=', allianceId)
    .where('id', '=', meetingId)
    .executeTakeFirst();
  if (!m) throw notFound(say('会议', 'Meeting'));
  return m;
}

export async function findDecision(db: GulouDb, cityId: number, allianceId: number, decisionId: number) {
  const d = await db
    .selectFrom(`${S}.meeting_decision as d`)
    .innerJoin(`${S}.meeting as m`, (j) =>
      j.onRef('m.city_id', '=', 'd.city_id').onRef('m.id', '=', 'd.meeting_id'),
    )
    .selectAll('d')
    .where('d.city_id', '=', cityId)
    .where('m.alliance_id', '=', allianceId)
    .where('d.id', '=', decisionId)
    .executeTakeFirst();
  if (!d) throw notFound(say('决议事项', 'Decision'));
  return d;
}

export function findUnit(db: GulouDb, cityId: number, unitId: number) {
  return db
    .selectFrom('core.unit')
    .select(['id', 'org_id'])
    .where('city_id', '=', cityId)
    .where('id', '=', unitId)
    .executeTakeFirst();
}

/** Member units still in the alliance. */
export function activeMemberUnits(db: GulouDb, cityId: number, allianceId: number) {
  return db
    .selectFrom(`${S}.alliance_unit`)
    .select(['id', 'unit_id'])
    .where('city_id', '=', cityId)
    .where('alliance_id', '=', allianceId)
    .where('left_on', 'is', null)
    .execute();
}

export async function listAlliances(db: GulouDb, cityId: number) {
  const r = await sql<Record<string, any>>`
      select a.id, a.name, a.lead_org_id, o.name as lead_org_name, a.founded_on::text as founded_on, a.charter_adopted_on::text as charter_adopted_on,
        (select count(*)::int from ${sql.table(`${S}.alliance_unit`)} u where u.city_id = a.city_id and u.alliance_id = a.id and u.left_on is null) as units,
        (select count(*)::int from ${sql.table(`${S}.meeting`)} m where m.city_id = a.city_id and m.alliance_id = a.id and m.status = 'held') as meetings_held
      from ${sql.table(`${S}.alliance`)} a join core.org o on o.city_id = a.city_id and o.id = a.lead_org_id
      where a.city_id = ${cityId} order by a.id`.execute(db);
  return r.rows.map((a) => ({
    id: a.id,
    name: a.name,
    leadOrgId: a.lead_org_id,
    leadOrgName: a.lead_org_name,
    foundedOn: a.founded_on,
    charterAdoptedOn: a.charter_adopted_on,
    units: a.units,
    meetingsHeld: a.meetings_held,
  }));
}

/** An alliance's member units with representatives, its meetings with attendance, and their decisions. */
export function allianceParts(db: GulouDb, cityId: number, allianceId: number) {
  return Promise.all([
    db
      .selectFrom(`${S}.alliance_unit as au`)
      .innerJoin('core.unit as u', (j) =>
        j.onRef('u.city_id', '=', 'au.city_id').onRef('u.id', '=', 'au.unit_id'),
      )
      .select([
        'au.id',
        'au.unit_id as unitId',
        'u.name as unitName',
        'u.kind as unitKind',
        'u.level as unitLevel',
        'au.joined_on as joinedOn',
        'au.left_on as leftOn',
      ])
      .where('au.city_id', '=', cityId)
      .where('au.alliance_id', '=', allianceId)
      .orderBy('au.left_on', 'desc')
      .orderBy('au.id')
      .execute(),
    db
      .selectFrom(`${S}.alliance_rep as r`)
      .innerJoin(`${S}.alliance_unit as au`, (j) =>
        j.onRef('au.city_id', '=', 'r.city_id').onRef('au.id', '=', 'r.alliance_unit_id'),
      )
      .select(['r.id', 'r.alliance_unit_id', 'r.name', 'r.title', 'r.phone', 'r.member_id as memberId'])
      .where('r.city_id', '=', cityId)
      .where('au.alliance_id', '=', allianceId)
      .orderBy('r.id')
      .execute(),
    db
      .selectFrom(`${S}.meeting`)
      .selectAll()
      .where('city_id', '=', cityId)
      .where('alliance_id', '=', allianceId)
      .orderBy('held_at', 'desc')
      .execute(),
    db
      .selectFrom(`${S}.meeting_attendance as ma`)
      .innerJoin(`${S}.meeting as m`, (j) =>
        j.onRef('m.city_id', '=', 'ma.city_id').onRef('m.id', '=', 'ma.meeting_id'),
      )
      .select(['ma.meeting_id', 'ma.alliance_unit_id'])
      .where('ma.city_id', '=', cityId)
      .where('m.alliance_id', '=', allianceId)
      .execute(),
    db
      .selectFrom(`${S}.meeting_decision as d`)
      .innerJoin(`${S}.meeting as m`, (j) =>
        j.onRef('m.city_id', '=', 'd.city_id').onRef('m.id', '=', 'd.meeting_id'),
      )
      .leftJoin('core.unit as u', (j) =>
        j.onRef('u.city_id', '=', 'd.city_id').onRef('u.id', '=', 'd.owner_unit_id'),
      )
      .select([
        'd.id',
        'd.meeting_id',
        'd.content',
        'd.owner_unit_id as ownerUnitId',
        'u.name as ownerUnitName',
        'd.due_on as dueOn',
        'd.done_on as doneOn',
      ])
      .where('d.city_id', '=', cityId)
      .where('m.alliance_id', '=', allianceId)
      .orderBy('d.id')
      .execute(),
  ]);
}
