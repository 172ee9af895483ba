import { allow, deny, type LocalizedText, type Permit, say } from '@jiceng/plugin-kit';

/** Pure rules of 奉献双岗位 service records: no database, no HTTP (unit-tested in rules.test.ts). */

export const SERVICE_STATUSES = ['submitted', 'confirmed', 'rejected'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** The most hours one record may hold (one day), and the step the column keeps (numeric(5, 1)). */
export const MAX_SERVICE_HOURS = 24;

/** A refusal naming the body field it concerns. */
export interface FieldProblem {
  field: string;
  text: LocalizedText;
}

/**
 * Whether a member may log a service on `servedOn` for `hours` under their registration: the registration must
 * still hold, the day must fall between registering and today, and the hours must be more than 0, at most a day
 * and in tenths (what the column stores: 1.25 would be silently rounded).
 */
export function serviceProblem(
  s: { servedOn: string; hours: number },
  reg: { registeredOn: string; endedOn: string | null },
  today: string,
): FieldProblem | null {
  if (reg.endedOn)
    return {
      field: 'registrationId',
      text: say(
        '该区域登记已注销，不能再登记服务',
        'this registration has ended; no more service can be logged',
      ),
    };
  if (s.servedOn > today)
    return { field: 'servedOn', text: say('服务日期不能晚于今天', 'cannot log service in the future') };
  if (s.servedOn < reg.registeredOn)
    return {
      field: 'servedOn',
      text: say('服务日期早于区域登记日期', 'the service is before the member registered in the region'),
    };
  if (!(s.hours > 0) || s.hours > MAX_SERVICE_HOURS)
    return {
      field: 'hours',
      text: say(
        `服务时长须大于0且不超过${MAX_SERVICE_HOURS}小时`,
        `hours must be above 0 and at most ${MAX_SERVICE_HOURS}`,
      ),
    };
  if (Math.abs(Math.round(s.hours * 10) - s.hours * 10) > 1e-9)
    return {
      field: 'hours',
      text: say('服务时长最多保留一位小数', 'hours take at most one decimal place'),
    };
  return null;
}

/**
 * Whether a record may be confirmed or rejected: once, while it awaits a decision (409 otherwise). The same answer
 * refuses the decision route and tells the admin's list whether to offer the buttons.
 */
export function mayDecide(current: ServiceStatus): Permit {
  if (current === 'submitted') return allow();
  return deny(
    current === 'confirmed'
      ? say('该服务记录已确认', 'this service record has already been confirmed')
      : say('该服务记录已退回', 'this service record has already been rejected'),
    409,
  );
}

/** What a decision makes of a submitted record. */
export const decidedStatus = (confirmed: boolean): ServiceStatus => (confirmed ? 'confirmed' : 'rejected');
