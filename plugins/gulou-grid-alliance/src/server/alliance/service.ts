import { assertInCity, invalid, notFound, pluginAudit, refuse, say, type Who } from '@jiceng/plugin-kit';
import type { GulouDb } from '../db';
import { S } from '../util';
import {
  type AllianceRow,
  activeMemberUnits,
  allianceParts,
  findUnit,
  lockMemberUnit,
  type MemberUnitRow,
} from './queries';
import {
  attendanceRate,
  checkAttendees,
  checkCancellable,
  checkDecisionOpen,
  checkLeave,
  checkMeetingPlace,
  checkNotBeforeFounding,
  checkRecordable,
  checkRepresentativeAdded,
  checkRepresentativeRemoved,
} from './rules';

/** The alliance's writes, each in one transaction with its audit entry; callers have checked the actor's scope. */

const audit = pluginAudit(S);
const alreadyMember = () => refuse(say('该单位已是联盟成员', 'the unit is already a member'), 'unitId');

export interface Representative {
  name: string;
  title?: string | null;
  phone?: string | null;
  memberId?: number | null;
}

/** The alliance page: units with their representatives, meetings with attendance and decisions. */
export async function allianceDetail(db: GulouDb, a: AllianceRow) {
  const [units, reps, meetings, attendance, decisions] = await allianceParts(db, a.city_id, a.id);
  const activeUnits = units.filter((u) => !u.leftOn).length;
  return {
    id: a.id,
    name: a.name,
    leadOrgId: a.lead_org_id,
    leadOrgName: a.lead_org_name,
    foundedOn: a.founded_on,
    charter: a.charter,
    charterAdoptedOn: a.charter_adopted_on,
    units: units.map((u) => ({
      ...u,
      representatives: reps
        .filter((r) => r.alliance_unit_id === u.id)
        .map(({ alliance_unit_id: _, ...r }) => r),
    })),
    meetings: meetings.map((m) => {
      const present = attendance.filter((x) => x.meeting_id === m.id).map((x) => x.alliance_unit_id);
      return {
        id: m.id,
        heldAt: m.held_at,
        mode: m.mode,
        location: m.location,
        topic: m.topic,
        agenda: m.agenda,
        status: m.status,
        minutes: m.minutes,
        cancelReason: m.cancel_reason,
        attendeeIds: present,
        attendanceRate: attendanceRate(m.status, present.length, activeUnits),
        decisions: decisions.filter((d) => d.meeting_id === m.id).map(({ meeting_id: _, ...d }) => d),
      };
    }),
  };
}

export function foundAlliance(
  db: GulouDb,
  who: Who,
  b: { name: string; leadOrgId: number; foundedOn: string; charter: string | null },
) {
  return db.transaction().execute(async (trx) => {
    const a = await trx
      .insertInto(`${S}.alliance`)
      .values({
        city_id: who.cityId,
        name: b.name,
        lead_org_id: b.leadOrgId,
        founded_on: b.foundedOn,
        charter: b.charter,
        charter_adopted_on: b.charter ? b.foundedOn : null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, { action: 'create', entity: 'alliance', entityId: a.id, before: null, after: a });
    return a;
  });
}

export async function adoptCharter(
  db: GulouDb,
  who: Who,
  a: AllianceRow,
  b: { charter: string; adoptedOn: string },
) {
  checkNotBeforeFounding(b.adoptedOn, String(a.founded_on), 'adoptedOn');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.alliance`)
      .set({ charter: b.charter, charter_adopted_on: b.adoptedOn })
      .where('city_id', '=', a.city_id)
      .where('id', '=', a.id)
      .execute();
    await audit(trx, who, {
      action: 'charter',
      entity: 'alliance',
      entityId: a.id,
      before: { charterAdoptedOn: a.charter_adopted_on },
      after: { charterAdoptedOn: b.adoptedOn },
    });
  });
}

/** Whether a write failed on the one-active-membership key (a racing join of the same unit). */
const isActiveMembershipClash = (e: unknown) =>
  (e as { code?: string })?.code === '23505' &&
  /alliance_unit_active_idx/.test(
    String((e as { constraint?: string; message?: string }).constraint ?? (e as Error).message),
  );

/**
 * A unit joins with its representatives and, when it has a party org, the cross link to the lead org. "Only once
 * while a member" is the unique key alliance_unit_active_idx: a join racing past the early check is refused alike.
 */
export async function joinAlliance(
  db: GulouDb,
  who: Who,
  a: AllianceRow,
  b: { unitId: number; joinedOn: string; representatives: Representative[] },
) {
  const cityId = who.cityId;
  const unit = await findUnit(db, cityId, b.unitId);
  if (!unit) throw invalid(say('没有这个单位', 'no such unit'), 'unitId');
  for (const [i, r] of b.representatives.entries())
    await assertInCity(db, 'core.member', cityId, r.memberId, `representatives.${i}.memberId`);
  checkNotBeforeFounding(b.joinedOn, String(a.founded_on), 'joinedOn');
  if ((await activeMemberUnits(db, cityId, a.id)).some((m) => m.unit_id === b.unitId)) throw alreadyMember();
  try {
    return await db.transaction().execute(async (trx) => {
      const mu = await trx
        .insertInto(`${S}.alliance_unit`)
        .values({ city_id: cityId, alliance_id: a.id, unit_id: b.unitId, joined_on: b.joinedOn })
        .returningAll()
        .executeTakeFirstOrThrow();
      await trx
        .insertInto(`${S}.alliance_rep`)
        .values(
          b.representatives.map((r) => ({
            city_id: cityId,
            alliance_unit_id: mu.id,
            name: r.name,
            title: r.title ?? null,
            phone: r.phone ?? null,
            member_id: r.memberId ?? null,
          })),
        )
        .execute();
      // The cross link beside the tree: the unit's party org in the lead org's alliance.
      if (unit.org_id)
        await trx
          .insertInto('core.org_link')
          .values({
            city_id: cityId,
            kind: 'alliance',
            from_org_id: unit.org_id,
            to_org_id: a.lead_org_id,
            since: b.joinedOn,
            note: a.name,
          })
          .onConflict((oc) => oc.columns(['city_id', 'kind', 'from_org_id', 'to_org_id']).doNothing())
          .execute();
      await audit(trx, who, {
        action: 'join',
        entity: 'alliance_unit',
        entityId: mu.id,
        before: null,
        after: { allianceId: a.id, unitId: b.unitId, representatives: b.representatives.map((r) => r.name) },
      });
      return mu;
    });
  } catch (e) {
    if (isActiveMembershipClash(e)) throw alreadyMember();
    throw e;
  }
}

/** A unit leaves; only the first of two racing leaves is recorded. */
export async function leaveAlliance(db: GulouDb, who: Who, mu: MemberUnitRow, leftOn: string) {
  checkLeave({ joined_on: String(mu.joined_on), left_on: mu.left_on }, leftOn);
  await db.transaction().execute(async (trx) => {
    const left = await trx
      .updateTable(`${S}.alliance_unit`)
      .set({ left_on: leftOn })
      .where('city_id', '=', mu.city_id)
      .where('id', '=', mu.id)
      .where('left_on', 'is', null)
      .executeTakeFirst();
    if (!Number(left.numUpdatedRows))
      checkLeave({ joined_on: String(mu.joined_on), left_on: leftOn }, leftOn);
    await audit(trx, who, {
      action: 'leave',
      entity: 'alliance_unit',
      entityId: mu.id,
      before: { leftOn: null },
      after: { leftOn },
    });
  });
}

/** Counts and changes a unit's representatives under the unit's row lock, so two racing adds cannot make three. */
function withRepresentatives<T>(
  db: GulouDb,
  mu: MemberUnitRow,
  work: (trx: GulouDb, reps: { id: number; name: string; title: string | null }[]) => Promise<T>,
) {
  return db.transaction().execute(async (trx) => {
    await lockMemberUnit(trx, mu.city_id, mu.id);
    const reps = await trx
      .selectFrom(`${S}.alliance_rep`)
      .selectAll()
      .where('city_id', '=', mu.city_id)
      .where('alliance_unit_id', '=', mu.id)
      .execute();
    return work(trx, reps);
  });
}

export function addRepresentative(db: GulouDb, who: Who, mu: MemberUnitRow, b: Representative) {
  return withRepresentatives(db, mu, async (trx, reps) => {
    checkRepresentativeAdded(mu, reps.length);
    const r = await trx
      .insertInto(`${S}.alliance_rep`)
      .values({
        city_id: mu.city_id,
        alliance_unit_id: mu.id,
        name: b.name,
        title: b.title ?? null,
        phone: b.phone ?? null,
        member_id: b.memberId ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, {
      action: 'create',
      entity: 'alliance_rep',
      entityId: r.id,
      before: null,
      after: r,
    });
    return r;
  });
}

export function removeRepresentative(db: GulouDb, who: Who, mu: MemberUnitRow, repId: number) {
  return withRepresentatives(db, mu, async (trx, reps) => {
    const target = reps.find((r) => r.id === repId);
    if (!target) throw notFound(say('联盟负责同志', 'Alliance representative'));
    checkRepresentativeRemoved(mu, reps.length);
    await trx
      .deleteFrom(`${S}.alliance_rep`)
      .where('city_id', '=', mu.city_id)
      .where('id', '=', target.id)
      .execute();
    await audit(trx, who, {
      action: 'delete',
      entity: 'alliance_rep',
      entityId: target.id,
      before: target,
      after: null,
    });
  });
}

export function callMeeting(
  db: GulouDb,
  who: Who,
  a: AllianceRow,
  b: { heldAt: string; mode: string; location: string | null; topic: string; agenda: string[] },
) {
  checkMeetingPlace(b.mode, b.location);
  return db.transaction().execute(async (trx) => {
    const m = await trx
      .insertInto(`${S}.meeting`)
      .values({
        city_id: a.city_id,
        alliance_id: a.id,
        held_at: new Date(b.heldAt),
        mode: b.mode,
        location: b.location,
        topic: b.topic,
        agenda: JSON.stringify(b.agenda),
        status: 'planned',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, {
      action: 'create',
      entity: 'meeting',
      entityId: m.id,
      before: null,
      after: { topic: m.topic, heldAt: m.held_at },
    });
    return m;
  });
}

type MeetingRow = { id: number; city_id: number; status: string; held_at: Date | string };

/** Records a held meeting once: the planned → held move is conditional, so a second recording is refused. */
export async function recordMeeting(
  db: GulouDb,
  who: Who,
  a: AllianceRow,
  m: MeetingRow,
  now: Date,
  b: {
    attendeeIds: number[];
    minutes: string;
    decisions: { content: string; ownerUnitId: number | null; dueOn: string | null }[];
  },
) {
  checkRecordable(m, now);
  const members = await activeMemberUnits(db, a.city_id, a.id);
  checkAttendees(
    b.attendeeIds,
    members.map((x) => x.id),
  );
  for (const [i, d] of b.decisions.entries())
    await assertInCity(db, 'core.unit', a.city_id, d.ownerUnitId, `decisions.${i}.ownerUnitId`);
  const attendees = [...new Set(b.attendeeIds)];
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable(`${S}.meeting`)
      .set({ status: 'held', minutes: b.minutes })
      .where('city_id', '=', a.city_id)
      .where('id', '=', m.id)
      .where('status', '=', 'planned')
      .executeTakeFirst();
    if (!Number(updated.numUpdatedRows)) throw refuse(say('会议已记录', 'already recorded'));
    if (attendees.length)
      await trx
        .insertInto(`${S}.meeting_attendance`)
        .values(attendees.map((x) => ({ city_id: a.city_id, meeting_id: m.id, alliance_unit_id: x })))
        .execute();
    if (b.decisions.length)
      await trx
        .insertInto(`${S}.meeting_decision`)
        .values(
          b.decisions.map((d) => ({
            city_id: a.city_id,
            meeting_id: m.id,
            content: d.content,
            owner_unit_id: d.ownerUnitId,
            due_on: d.dueOn,
          })),
        )
        .execute();
    await audit(trx, who, {
      action: 'record',
      entity: 'meeting',
      entityId: m.id,
      before: { status: 'planned' },
      after: { status: 'held', attendees: attendees.length, decisions: b.decisions.length },
    });
  });
  return { ok: true, attendees: attendees.length, members: members.length, decisions: b.decisions.length };
}

export async function cancelMeeting(db: GulouDb, who: Who, m: MeetingRow, reason: string) {
  checkCancellable(m.status);
  await db.transaction().execute(async (trx) => {
    const cancelled = await trx
      .updateTable(`${S}.meeting`)
      .set({ status: 'cancelled', cancel_reason: reason })
      .where('city_id', '=', m.city_id)
      .where('id', '=', m.id)
      .where('status', '=', 'planned')
      .executeTakeFirst();
    if (!Number(cancelled.numUpdatedRows)) checkCancellable('changed');
    await audit(trx, who, {
      action: 'cancel',
      entity: 'meeting',
      entityId: m.id,
      before: { status: 'planned' },
      after: { status: 'cancelled' },
    });
  });
}

/** Marks a decision carried out once: a second, racing mark finds it done and is refused. */
export async function markDecisionDone(
  db: GulouDb,
  who: Who,
  d: { id: number; city_id: number; done_on: string | null },
  doneOn: string,
) {
  checkDecisionOpen(d);
  await db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable(`${S}.meeting_decision`)
      .set({ done_on: doneOn })
      .where('city_id', '=', d.city_id)
      .where('id', '=', d.id)
      .where('done_on', 'is', null)
      .executeTakeFirst();
    if (!Number(done.numUpdatedRows)) checkDecisionOpen({ done_on: doneOn });
    await audit(trx, who, {
      action: 'done',
      entity: 'meeting_decision',
      entityId: d.id,
      before: { doneOn: null },
      after: { doneOn },
    });
  });
  return { ok: true, doneOn };
}
