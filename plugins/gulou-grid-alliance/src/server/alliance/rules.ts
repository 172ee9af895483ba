import { invalid, refuse, say } from '@jiceng/plugin-kit';

/** Rules of the regional party-building alliance (区域化党建联盟): pure, so they are tested without a database. */

/** Each member unit sends one or two responsible representatives (负责同志). */
export const MAX_REPRESENTATIVES = 2;

/** An alliance is founded today or earlier. */
export function checkFoundedOn(foundedOn: string, today: string) {
  if (foundedOn > today) throw invalid(say('成立日期不能晚于今天', 'cannot lie in the future'), 'foundedOn');
}

/** A charter is adopted, or a unit joins, on or after the day the alliance was founded. */
export function checkNotBeforeFounding(day: string, foundedOn: string, field: string) {
  if (day < foundedOn) throw invalid(say('早于联盟成立日期', 'before the alliance was founded'), field);
}

/** A unit leaves once, not before it joined. */
export function checkLeave(unit: { joined_on: string; left_on: string | null }, leftOn: string) {
  if (unit.left_on) throw refuse(say('该单位已退出', 'already left'));
  if (leftOn < unit.joined_on) throw invalid(say('早于加入日期', 'before joining'), 'leftOn');
}

/** Representatives are added only to a unit still in the alliance. */
export function checkUnitStays(unit: { left_on: string | null }) {
  if (unit.left_on) throw refuse(say('该单位已退出', 'the unit has left'));
}

/** A representative is added to a unit still in the alliance, up to two. */
export function checkRepresentativeAdded(unit: { left_on: string | null }, representatives: number) {
  checkUnitStays(unit);
  if (representatives >= MAX_REPRESENTATIVES)
    throw refuse(say('每个单位派 1 至 2 名负责同志', 'each unit sends one or two representatives'));
}

/** A member unit keeps at least one representative while it is in the alliance (a unit that left may have none). */
export function checkRepresentativeRemoved(unit: { left_on: string | null }, representatives: number) {
  if (representatives <= 1 && !unit.left_on)
    throw refuse(say('成员单位至少保留 1 名负责同志', 'a member unit keeps at least one representative'));
}

/** An offline meeting needs a place. */
export function checkMeetingPlace(mode: string, location: string | null | undefined) {
  if (mode === 'offline' && !location)
    throw invalid(say('线下会议需要地点', 'an offline meeting needs a place'), 'location');
}

/** A meeting is recorded once, when it was planned and its time has come. */
export function checkRecordable(meeting: { status: string; held_at: Date | string }, now: Date) {
  if (meeting.status !== 'planned')
    throw refuse(
      meeting.status === 'held' ? say('会议已记录', 'already recorded') : say('会议已取消', 'cancelled'),
    );
  if (new Date(meeting.held_at).getTime() > now.getTime())
    throw refuse(say('会议尚未召开', 'the meeting has not taken place yet'));
}

/** Attendees are member units still in the alliance: 400 naming the first stranger. */
export function checkAttendees(attendeeIds: number[], memberUnitIds: Iterable<number>) {
  const members = new Set(memberUnitIds);
  const stranger = attendeeIds.findIndex((x) => !members.has(x));
  if (stranger >= 0)
    throw invalid(
      say('不是本联盟的成员单位', 'not a member unit of this alliance'),
      `attendeeIds.${stranger}`,
    );
}

/** Only a planned meeting can be cancelled. */
export function checkCancellable(status: string) {
  if (status !== 'planned')
    throw refuse(say('只能取消未召开的会议', 'only a planned meeting can be cancelled'));
}

/** A decision is carried out once. */
export function checkDecisionOpen(decision: { done_on: string | null }) {
  if (decision.done_on) throw refuse(say('已办结', 'already done'));
}

/** Share of the units now in the alliance that attended a held meeting; null for a meeting not held or no units. */
export function attendanceRate(status: string, present: number, activeUnits: number): number | null {
  return status === 'held' && activeUnits ? present / activeUnits : null;
}
