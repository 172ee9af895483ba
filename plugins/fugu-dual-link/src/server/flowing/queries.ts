import { type CityAccess, scopeCondition } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import { S } from '../common';
import type { FuguDb } from '../db';

/** The SQL of flowing members and six-month decisions: reads only; the writes are in ./service. */

/** A member with their org's path (for the reach check). */
export function findMember(db: FuguDb, city: number, memberId: number) {
  return db
    .selectFrom('core.member as m')
    .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'))
    .select(['m.id', 'm.name', 'm.org_id', 'm.active', 'o.path'])
    .where('m.city_id', '=', city)
    .where('m.id', '=', memberId)
    .executeTakeFirst();
}

export interface FlowListRow {
  id: number;
  direction: string;
  memberId: number;
  memberName: string;
  branchOrgId: number;
  branchName: string;
  placeText: string;
  fixedPlace: boolean;
  startedOn: string;
  expectedReturnOn: string | null;
  cardNo: string | null;
  cardIssuedOn: string | null;
  transferPrompted: boolean;
  status: string;
  endedOn: string | null;
  cardChecked: boolean;
  lastOrgLife: string | null;
  lastDues: string | null;
  decisionStatus: string | null;
}

/** Flow records of branches in reach, newest first (at most 1000), with the last organization life and dues. */
export async function flowList(
  db: FuguDb,
  city: number,
  access: CityAccess,
  f: { direction?: 'out' | 'in'; status?: 'open' | 'returned' | 'transferred' },
) {
  const scope = scopeCondition(access, ['o.path']);
  const r =
    await sql<FlowListRow>`select f.id, f.direction, f.member_id as "memberId", m.name as "memberName", f.branch_org_id as "branchOrgId", o.name as "branchName",
        f.place_text as "placeText", f.fixed_place as "fixedPlace", f.started_on as "startedOn", f.expected_return_on as "expectedReturnOn",
        f.card_no as "cardNo", f.card_issued_on as "cardIssuedOn", f.transfer_prompted as "transferPrompted", f.status, f.ended_on as "endedOn", f.card_checked as "cardChecked",
        (select max(l.on_date) from ${sql.table(`${S}.org_life_record`)} l where l.city_id = f.city_id and l.member_id = f.member_id and l.kind = 'org_life') as "lastOrgLife",
        (select max(l.on_date) from ${sql.table(`${S}.org_life_record`)} l where l.city_id = f.city_id and l.member_id = f.member_id and l.kind = 'dues') as "lastDues",
        (select d.status from ${sql.table(`${S}.branch_decision`)} d where d.city_id = f.city_id and d.member_id = f.member_id order by d.id desc limit 1) as "decisionStatus"
      from ${sql.table(`${S}.flow_record`)} f
      join core.member m on m.city_id = f.city_id and m.id = f.member_id
      join core.org o on o.city_id = f.city_id and o.id = f.branch_org_id
      where f.city_id = ${city} and ${scope}
        ${f.direction ? sql`and f.direction = ${f.direction}` : sql``}
        ${f.status ? sql`and f.status = ${f.status}` : sql``}
      order by f.id desc limit 1000`.execute(db);
  return r.rows;
}

/** A flow record with its branch's path (for the reach check). */
export function findFlow(db: FuguDb, city: number, id: number) {
  return db
    .selectFrom(`${S}.flow_record as f`)
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'f.city_id').onRef('o.id', '=', 'f.branch_org_id'),
    )
    .selectAll('f')
    .select('o.path')
    .where('f.city_id', '=', city)
    .where('f.id', '=', id)
    .executeTakeFirst();
}
export type FlowRow = NonNullable<Awaited<ReturnType<typeof findFlow>>>;

/** The member's open record in one direction, if any. */
export function openFlow(db: FuguDb, city: number, memberId: number, direction: 'out' | 'in') {
  return db
    .selectFrom(`${S}.flow_record`)
    .select('id')
    .where('city_id', '=', city)
    .where('member_id', '=', memberId)
    .where('direction', '=', direction)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

/** The paths of the branches a member is placed in by open records (an incoming member's branch keeps the record). */
export async function placedBranchPaths(db: FuguDb, city: number, memberId: number) {
  const rows = await db
    .selectFrom(`${S}.flow_record as f`)
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'f.city_id').onRef('o.id', '=', 'f.branch_org_id'),
    )
    .select('o.path')
    .where('f.city_id', '=', city)
    .where('f.member_id', '=', memberId)
    .where('f.status', '=', 'open')
    .execute();
  return rows.map((r) => r.path);
}

export type DecisionStatus = 'pending' | 'excused' | 'warned' | 'proposed' | 'approved' | 'rejected';

/** Six-month decisions of branches in reach, newest first (at most 500). */
export function decisionList(db: FuguDb, city: number, access: CityAccess, status?: DecisionStatus) {
  let q = db
    .selectFrom(`${S}.branch_decision as d`)
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 'd.city_id').onRef('m.id', '=', 'd.member_id'),
    )
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'd.city_id').onRef('o.id', '=', 'd.branch_org_id'),
    )
    .select([
      'd.id',
      'd.member_id as memberId',
      'm.name as memberName',
      'd.branch_org_id as branchOrgId',
      'o.name as branchName',
      'd.reason',
      'd.lapse_since as lapseSince',
      'd.raised_on as raisedOn',
      'd.status',
      'd.branch_meeting_on as branchMeetingOn',
      'd.decided_on as decidedOn',
      'd.upper_decided_on as upperDecidedOn',
      'd.note',
    ])
    .where('d.city_id', '=', city);
  if (access.level === 'orgs')
    q = q.where((eb) => eb.or(access.paths.map((p) => eb('o.path', 'like', `${p}%`))));
  if (status) q = q.where('d.status', '=', status);
  return q.orderBy('d.id', 'desc').limit(500).execute();
}

/** A decision with its branch's path (for the reach check). */
export function findDecision(db: FuguDb, city: number, id: number) {
  return db
    .selectFrom(`${S}.branch_decision as d`)
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'd.city_id').onRef('o.id', '=', 'd.branch_org_id'),
    )
    .selectAll('d')
    .select('o.path')
    .where('d.city_id', '=', city)
    .where('d.id', '=', id)
    .executeTakeFirst();
}
export type DecisionRow = NonNullable<Awaited<ReturnType<typeof findDecision>>>;
