import { describe, expect, it } from 'vitest';
import {
  electionProblem,
  followUpChange,
  jsonList,
  memberByName,
  onDuty,
  receptionDayProblem,
  visitOverdue,
} from './rules';

describe('electionProblem', () => {
  it('accepts an electorate of registered members larger than the seats', () => {
    expect(electionProblem(30, 30, 5)).toBeNull();
    expect(electionProblem(6, 30, 5)).toBeNull();
  });
  it('refuses an empty electorate, one above the members registered, and seats not fewer than voters', () => {
    expect(electionProblem(0, 0, 5)?.field).toBe('electorate');
    expect(electionProblem(31, 30, 5)).toEqual({
      field: 'electorate',
      text: {
        'zh-CN': '应到人数不能超过区域登记党员数 30',
        en: 'cannot exceed the 30 members registered in the region',
      },
    });
    expect(electionProblem(5, 30, 5)?.field).toBe('memberSeats');
  });
});

describe('memberByName', () => {
  const memberOf = memberByName([
    { id: 1, name: '张三' },
    { id: 2, name: '李 四' },
    { id: 3, name: '王五' },
    { id: 4, name: '王五' },
  ]);
  it('links a name borne by exactly one registered member, compared normalized', () => {
    expect(memberOf('张三')).toBe(1);
    expect(memberOf('李四')).toBe(2);
  });
  it('links nobody for an ambiguous or unknown name', () => {
    expect(memberOf('王五')).toBeNull();
    expect(memberOf('赵六')).toBeNull();
  });
});

describe('receptionDayProblem', () => {
  it('accepts the configured day of the month, or another day with a reason, up to today', () => {
    expect(receptionDayProblem('2026-06-15', 15, null, '2026-06-15')).toBeNull();
    expect(receptionDayProblem('2026-06-16', 15, '端午调休', '2026-06-20')).toBeNull();
  });
  it('refuses another day without a reason, and a day still to come', () => {
    expect(receptionDayProblem('2026-06-16', 15, '', '2026-06-20')?.en).toBe(
      'reception day is the 15th of each month; another day needs a reason',
    );
    expect(receptionDayProblem('2026-07-15', 15, null, '2026-06-20')?.en).toBe(
      'cannot record a reception day in the future',
    );
  });
});

describe('onDuty', () => {
  it('matches the representatives on duty whatever the spacing', () => {
    expect(onDuty(['张 三', '李四'], '张三')).toBe(true);
    expect(onDuty(['张三'], '王五')).toBe(false);
  });
});

describe('followUpChange', () => {
  it('closes a visit resolved or explained today, keeping the due day unless a new one is given', () => {
    expect(followUpChange({ status: 'resolved', note: '已解决' }, '2026-07-01', '2026-06-20')).toEqual({
      follow_up_status: 'resolved',
      follow_up_note: '已解决',
      follow_up_due_on: '2026-07-01',
      closed_on: '2026-06-20',
    });
    expect(followUpChange({ status: 'explained', note: '已解释' }, null, '2026-06-20')?.closed_on).toBe(
      '2026-06-20',
    );
  });
  it('keeps a visit in progress open, with its new due day', () => {
    expect(
      followUpChange(
        { status: 'in_progress', note: '转交', dueOn: '2026-08-01' },
        '2026-07-01',
        '2026-06-20',
      ),
    ).toMatchObject({ follow_up_due_on: '2026-08-01', closed_on: null });
  });
  it('refuses a follow-up back to pending', () => {
    expect(followUpChange({ status: 'pending', note: 'x' }, null, '2026-06-20')).toBeNull();
  });
});

describe('visitOverdue and jsonList', () => {
  it('is overdue only after the due day', () => {
    expect(visitOverdue('2026-06-19', '2026-06-20')).toBe(true);
    expect(visitOverdue('2026-06-20', '2026-06-20')).toBe(false);
    expect(visitOverdue(null, '2026-06-20')).toBe(false);
  });
  it('reads a list stored as JSON text or already parsed', () => {
    expect(jsonList('["甲","乙"]')).toEqual(['甲', '乙']);
    expect(jsonList(['甲'])).toEqual(['甲']);
  });
});
