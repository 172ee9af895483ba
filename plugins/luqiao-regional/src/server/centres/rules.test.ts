import { describe, expect, it } from 'vitest';
import { DEFAULT_STANDARDS } from '../../manifest';
import { shortfalls, visitDeadline, visitFlags } from './rules';

describe('shortfalls', () => {
  const town = DEFAULT_STANDARDS.town; // 120 m², 2 staff, town finance or mixed
  it('finds nothing wrong with a centre at the standard exactly', () => {
    expect(shortfalls({ floor_area: 120, staff_count: 2, funding_source: 'mixed' }, town)).toEqual([]);
  });
  it('names each field below the standard, reading a numeric floor area given as text', () => {
    expect(shortfalls({ floor_area: '119.5', staff_count: 1, funding_source: 'unit_pooled' }, town)).toEqual([
      'floorArea',
      'staffCount',
      'fundingSource',
    ]);
  });
});

describe('visitFlags', () => {
  const v = (over: Partial<Parameters<typeof visitFlags>[0]>) => ({
    time_limited: true,
    due_on: '2026-06-20',
    completed_on: null,
    ...over,
  });
  it('counts the days left on an open time-limited request, and flags it overdue the day after its deadline', () => {
    expect(visitFlags(v({}), '2026-06-15')).toEqual({
      status: 'open',
      overdue: false,
      late: false,
      daysLeft: 5,
    });
    expect(visitFlags(v({}), '2026-06-20')).toMatchObject({ overdue: false, daysLeft: 0 });
    expect(visitFlags(v({}), '2026-06-22')).toMatchObject({ overdue: true, daysLeft: -2 });
  });
  it('keeps a late completion flagged late, not overdue', () => {
    expect(visitFlags(v({ completed_on: '2026-06-21' }), '2026-07-01')).toEqual({
      status: 'completed',
      overdue: false,
      late: true,
      daysLeft: null,
    });
    expect(visitFlags(v({ completed_on: '2026-06-20' }), '2026-07-01')).toMatchObject({ late: false });
  });
  it('never flags an item answered on the spot', () => {
    expect(
      visitFlags({ time_limited: false, due_on: null, completed_on: '2026-06-01' }, '2026-07-01'),
    ).toEqual({
      status: 'completed',
      overdue: false,
      late: false,
      daysLeft: null,
    });
  });
});

describe('visitDeadline (限时办结)', () => {
  it('answers on the spot with a result and no deadline', () => {
    expect(visitDeadline({ timeLimited: false, result: '当场办结' }, '2026-06-15', 7)).toEqual({
      dueOn: null,
    });
  });
  it('needs the result of an item answered on the spot', () => {
    expect(visitDeadline({ timeLimited: false, result: null }, '2026-06-15', 7)).toMatchObject({
      field: 'result',
    });
  });
  it('sets the deadline from the days given, or the city’s default, after the day received', () => {
    expect(visitDeadline({ timeLimited: true }, '2026-06-15', 7)).toEqual({ dueOn: '2026-06-22' });
    expect(visitDeadline({ timeLimited: true, timeLimitDays: 20 }, '2026-06-15', 7)).toEqual({
      dueOn: '2026-07-05',
    });
    expect(visitDeadline({ timeLimited: true, timeLimitDays: 0 }, '2026-06-15', 7)).toEqual({
      dueOn: '2026-06-15',
    });
    expect(visitDeadline({ timeLimited: true, dueOn: '2026-06-30' }, '2026-06-15', 7)).toEqual({
      dueOn: '2026-06-30',
    });
  });
  it('refuses a date and days together, and a deadline before the day received', () => {
    expect(
      visitDeadline({ timeLimited: true, dueOn: '2026-06-30', timeLimitDays: 3 }, '2026-06-15', 7),
    ).toMatchObject({
      field: 'dueOn',
      text: { en: 'give a due date or a number of days, not both' },
    });
    expect(visitDeadline({ timeLimited: true, dueOn: '2026-06-14' }, '2026-06-15', 7)).toMatchObject({
      field: 'dueOn',
      text: { en: 'due before it was received' },
    });
  });
});
