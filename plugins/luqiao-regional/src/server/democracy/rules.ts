import { type LocalizedText, say } from '@jiceng/plugin-kit';
import { CLOSED_FOLLOW_UPS, type FollowUpStatus, normalizeName } from '../../shared/model';

/**
 * Pure rules of inner-party democracy (direct elections, reception days): no database, no HTTP (unit-tested in
 * rules.test.ts; the count itself is count.ts).
 */

/** What is wrong with opening an election of `seats` committee members before `electorate` voters, of `registered`. */
export function electionProblem(
  electorate: number,
  registered: number,
  seats: number,
): { field: 'electorate' | 'memberSeats'; text: LocalizedText } | null {
  if (electorate < 1)
    return {
      field: 'electorate',
      text: say('区域内还没有登记的党员，无法选举', 'no members are registered in the region yet'),
    };
  if (electorate > registered)
    return {
      field: 'electorate',
      text: say(
        `应到人数不能超过区域登记党员数 ${registered}`,
        `cannot exceed the ${registered} members registered in the region`,
      ),
    };
  if (seats >= electorate)
    return {
      field: 'memberSeats',
      text: say('应选人数须少于有选举权人数', 'seats must be fewer than voters'),
    };
  return null;
}

/** Ballots stored as JSON text (PGlite) or already parsed (pg). */
export const jsonList = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as string[];

/** A counted name belongs to a registered member only when exactly one registered member bears it. */
export function memberByName(registered: readonly { id: number; name: string }[]) {
  const byName = new Map<string, number[]>();
  for (const r of registered)
    byName.set(normalizeName(r.name), [...(byName.get(normalizeName(r.name)) ?? []), r.id]);
  return (name: string) => {
    const ids = byName.get(name);
    return ids?.length === 1 ? ids[0]! : null;
  };
}

/**
 * What is wrong with a reception day held on `heldOn` (field `heldOn`): another day than the configured day of the
 * month without a reason, or a day still to come.
 */
export function receptionDayProblem(
  heldOn: string,
  dayOfMonth: number,
  rescheduleReason: string | null | undefined,
  today: string,
): LocalizedText | null {
  if (Number(heldOn.slice(8, 10)) !== dayOfMonth && !rescheduleReason)
    return say(
      `接待日为每月 ${dayOfMonth} 日，改期需说明原因`,
      `reception day is the ${dayOfMonth}th of each month; another day needs a reason`,
    );
  if (heldOn > today) return say('不能登记未来的接待日', 'cannot record a reception day in the future');
  return null;
}

/** Whether a name is one of the representatives on duty that day (names compared normalized). */
export const onDuty = (representatives: readonly string[], name: string) =>
  representatives.map(normalizeName).includes(normalizeName(name));

/**
 * The follow-up of a visit: it moves on from pending; resolved or explained closes it today; a new due date
 * replaces the old one. Null when the status goes back to pending (refused).
 */
export function followUpChange(
  b: { status: FollowUpStatus; note: string; dueOn?: string },
  currentDueOn: string | null,
  today: string,
) {
  if (b.status === 'pending') return null;
  const closed = CLOSED_FOLLOW_UPS.includes(b.status);
  return {
    follow_up_status: b.status,
    follow_up_note: b.note,
    follow_up_due_on: b.dueOn ?? currentDueOn,
    closed_on: closed ? today : null,
  };
}

/** A visit still open is overdue once its due day has passed. */
export const visitOverdue = (dueOn: string | null, today: string) => !!dueOn && dueOn < today;
