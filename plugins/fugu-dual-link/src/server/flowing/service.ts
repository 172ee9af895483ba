import type { Who } from '@jiceng/plugin-kit';
import { audit, S } from '../common';
import type { FuguDb } from '../db';
import type { DecisionRow, FlowRow } from './queries';
import { cardNo, departurePlan } from './rules';

/** The transactions of flowing members and six-month decisions, each write with its audit entry. */

export interface Departure {
  memberId: number;
  destination: string;
  fixedPlace: boolean;
  leftOn: string;
  expectedReturnOn: string;
  cannotTransfer: boolean;
}

/** A member leaves: the record, and the activity card when departurePlan gives one (numbered by the record). */
export async function registerDeparture(
  db: FuguDb,
  who: Who,
  on: string,
  member: { id: number; org_id: number },
  b: Departure,
) {
  const { longTerm, transfer, issueCard } = departurePlan(b);
  const row = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto(`${S}.flow_record`)
      .values({
        city_id: who.cityId,
        member_id: member.id,
        direction: 'out',
        branch_org_id: member.org_id,
        place_text: b.destination,
        fixed_place: b.fixedPlace,
        started_on: b.leftOn,
        expected_return_on: b.expectedReturnOn,
        transfer_prompted: transfer,
        created_by: who.userId,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    let card: string | null = null;
    if (issueCard) {
      card = cardNo(row.id, on);
      await trx
        .updateTable(`${S}.flow_record`)
        .set({ card_no: card, card_issued_on: on })
        .where('city_id', '=', who.cityId)
        .where('id', '=', row.id)
        .execute();
    }
    await audit(trx, who, {
      action: 'create',
      entity: 'flow_record',
      entityId: row.id,
      before: null,
      after: {
        ...b,
        longTerm,
        transferPrompted: transfer,
        cardNo: card,
      },
    });
    return { id: row.id, cardNo: card };
  });
  return { ...row, longTerm, transferPrompted: transfer };
}

export async function issueCard(db: FuguDb, who: Who, on: string, flowId: number) {
  const no = cardNo(flowId, on);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.flow_record`)
      .set({ card_no: no, card_issued_on: on })
      .where('city_id', '=', who.cityId)
      .where('id', '=', flowId)
      .execute();
    await audit(trx, who, {
      action: 'issue_card',
      entity: 'flow_record',
      entityId: flowId,
      before: null,
      after: { cardNo: no },
    });
  });
  return no;
}

/** The member is back: the record closes, and an incoming member's core affiliation ends. */
export function returned(
  db: FuguDb,
  who: Who,
  f: FlowRow,
  b: { on: string; cardChecked: boolean; note: string | null },
) {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.flow_record`)
      .set({ status: 'returned', ended_on: b.on, card_checked: b.cardChecked, end_note: b.note })
      .where('city_id', '=', who.cityId)
      .where('id', '=', f.id)
      .execute();
    if (f.affiliation_id)
      await trx
        .updateTable('core.member_affiliation')
        .set({ until: b.on })
        .where('city_id', '=', who.cityId)
        .where('id', '=', f.affiliation_id)
        .where('until', 'is', null)
        .execute();
    await audit(trx, who, {
      action: 'return',
      entity: 'flow_record',
      entityId: f.id,
      before: { status: f.status },
      after: { status: 'returned', on: b.on, cardChecked: b.cardChecked },
    });
  });
}

export function transferred(db: FuguDb, who: Who, f: FlowRow, on: string, note: string | null) {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.flow_record`)
      .set({ status: 'transferred', ended_on: on, end_note: note })
      .where('city_id', '=', who.cityId)
      .where('id', '=', f.id)
      .execute();
    await audit(trx, who, {
      action: 'transfer',
      entity: 'flow_record',
      entityId: f.id,
      before: { status: f.status },
      after: { status: 'transferred', on },
    });
  });
}

/** An incoming member with the card is placed in a branch: a core affiliation and an open record. */
export function acceptIncoming(
  db: FuguDb,
  who: Who,
  memberId: number,
  branchOrgId: number,
  b: { memberId: number; cardNo: string; fromOrgName: string; arrivedOn: string; branchOrgId: number },
) {
  return db.transaction().execute(async (trx) => {
    const aff = await trx
      .insertInto('core.member_affiliation')
      .values({
        city_id: who.cityId,
        member_id: memberId,
        kind: 'org',
        org_id: branchOrgId,
        place_id: null,
        since: b.arrivedOn,
        note: `流动党员 ${b.cardNo}`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await trx
      .insertInto(`${S}.flow_record`)
      .values({
        city_id: who.cityId,
        member_id: memberId,
        direction: 'in',
        branch_org_id: branchOrgId,
        place_text: b.fromOrgName,
        started_on: b.arrivedOn,
        card_no: b.cardNo,
        card_issued_on: null,
        card_checked: true,
        affiliation_id: aff.id,
        created_by: who.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, who, {
      action: 'accept',
      entity: 'flow_record',
      entityId: row.id,
      before: null,
      after: { ...b, affiliationId: aff.id },
    });
    return row;
  });
}

export function recordOrgLife(
  db: FuguDb,
  who: Who,
  memberId: number,
  b: { kind: 'org_life' | 'dues'; onDate: string; note?: string | null },
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto(`${S}.org_life_record`)
      .values({
        city_id: who.cityId,
        member_id: memberId,
        kind: b.kind,
        on_date: b.onDate,
        note: b.note ?? null,
        recorded_by: who.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, {
      action: 'create',
      entity: 'org_life_record',
      entityId: row.id,
      before: null,
      after: row,
    });
    return row;
  });
}

/** The branch's decision on a lapse (a proposal only by branch meeting, checked by the route). */
export function decide(
  db: FuguDb,
  who: Who,
  on: string,
  d: DecisionRow,
  b: { decision: 'excused' | 'warned' | 'proposed'; branchMeetingOn?: string; note?: string | null },
) {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.branch_decision`)
      .set({
        status: b.decision,
        branch_meeting_on: b.branchMeetingOn ?? null,
        decided_on: on,
        decided_by: who.userId,
        note: b.note ?? null,
      })
      .where('city_id', '=', who.cityId)
      .where('id', '=', d.id)
      .execute();
    await audit(trx, who, {
      action: 'decide',
      entity: 'branch_decision',
      entityId: d.id,
      before: { status: d.status },
      after: b,
    });
  });
}

/** The org above approves or rejects the branch meeting's proposal. */
export async function approve(
  db: FuguDb,
  who: Who,
  on: string,
  d: DecisionRow,
  b: { approve: boolean; note?: string | null },
) {
  const status = b.approve ? 'approved' : 'rejected';
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.branch_decision`)
      .set({ status, upper_decided_on: on, upper_decided_by: who.userId, note: b.note ?? d.note })
      .where('city_id', '=', who.cityId)
      .where('id', '=', d.id)
      .execute();
    await audit(trx, who, {
      action: 'approve',
      entity: 'branch_decision',
      entityId: d.id,
      before: { status: d.status },
      after: { status },
    });
  });
  return status;
}
