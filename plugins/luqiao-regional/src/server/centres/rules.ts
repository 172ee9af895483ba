import { addDays, type LocalizedText, say } from '@jiceng/plugin-kit';
import type { CentreStandard } from '../../manifest';

/** Pure rules of the service centres (党员服务中心/站): no database, no HTTP (unit-tested in rules.test.ts). */

/** The standard's fields a centre falls short of (floor area, staff, funding source). */
export function shortfalls(
  c: { floor_area: number | string; staff_count: number; funding_source: string },
  std: CentreStandard,
): string[] {
  const out: string[] = [];
  if (Number(c.floor_area) < std.minFloorArea) out.push('floorArea');
  if (c.staff_count < std.minStaff) out.push('staffCount');
  if (!(std.fundingSources as string[]).includes(c.funding_source)) out.push('fundingSource');
  return out;
}

/** A visit's standing on a given day: open or completed, and whether the deadline passed (限时办结 overdue flag). */
export function visitFlags(
  v: { time_limited: boolean; due_on: string | null; completed_on: string | null },
  today: string,
) {
  const overdue = v.time_limited && v.completed_on == null && v.due_on != null && today > v.due_on;
  const late = v.time_limited && v.completed_on != null && v.due_on != null && v.completed_on > v.due_on;
  const daysLeft =
    v.time_limited && v.completed_on == null && v.due_on
      ? Math.round((Date.parse(v.due_on) - Date.parse(today)) / 86_400_000)
      : null;
  return { status: v.completed_on ? 'completed' : 'open', overdue, late, daysLeft };
}

/**
 * 限时办结: the deadline of a visit received on `receivedOn` — the date given, or the days given (the city's default
 * otherwise) after the day received; an item answered on the spot has none but needs its result. A problem names
 * the field at fault.
 */
export function visitDeadline(
  b: { timeLimited: boolean; dueOn?: string; timeLimitDays?: number; result?: string | null },
  receivedOn: string,
  defaultDays: number,
): { dueOn: string | null } | { field: 'dueOn' | 'result'; text: LocalizedText } {
  if (!b.timeLimited)
    return b.result
      ? { dueOn: null }
      : {
          field: 'result',
          text: say(
            '当场办结的事项需填写办理结果 / 限时件需要截止日期',
            'an item answered on the spot needs its result; otherwise mark it time-limited',
          ),
        };
  if (b.dueOn && b.timeLimitDays !== undefined)
    return {
      field: 'dueOn',
      text: say('截止日期与办结天数只填一项', 'give a due date or a number of days, not both'),
    };
  const dueOn = b.dueOn ?? addDays(receivedOn, b.timeLimitDays ?? defaultDays);
  if (dueOn < receivedOn)
    return { field: 'dueOn', text: say('截止日期早于接待日期', 'due before it was received') };
  return { dueOn };
}
