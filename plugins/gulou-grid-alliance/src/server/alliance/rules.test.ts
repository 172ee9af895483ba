import { describe, expect, it } from 'vitest';
import { failure } from '../refusal.testing';
import {
  attendanceRate,
  checkAttendees,
  checkCancellable,
  checkDecisionOpen,
  checkFoundedOn,
  checkLeave,
  checkMeetingPlace,
  checkNotBeforeFounding,
  checkRecordable,
  checkRepresentativeAdded,
  checkRepresentativeRemoved,
  checkUnitStays,
} from './rules';

describe('alliance rules', () => {
  it('founds an alliance today or earlier, and dates its charter and members from the founding', () => {
    expect(failure(() => checkFoundedOn('2026-12-07', '2026-12-07'))).toBeUndefined();
    expect(failure(() => checkFoundedOn('2026-12-08', '2026-12-07'))).toEqual({
      status: 400,
      field: 'foundedOn',
    });
    expect(failure(() => checkNotBeforeFounding('2016-03-01', '2016-03-01', 'adoptedOn'))).toBeUndefined();
    expect(failure(() => checkNotBeforeFounding('2016-02-29', '2016-03-01', 'joinedOn'))).toEqual({
      status: 400,
      field: 'joinedOn',
    });
  });

  it('lets a unit leave once, not before it joined', () => {
    expect(
      failure(() => checkLeave({ joined_on: '2020-01-01', left_on: null }, '2020-01-01')),
    ).toBeUndefined();
    expect(failure(() => checkLeave({ joined_on: '2020-01-01', left_on: null }, '2019-12-31'))).toEqual({
      status: 400,
      field: 'leftOn',
    });
    // Having left already is the first thing said, even with a bad date.
    expect(
      failure(() => checkLeave({ joined_on: '2020-01-01', left_on: '2021-01-01' }, '2019-12-31')),
    ).toEqual({
      status: 409,
      field: undefined,
    });
  });

  it('keeps one or two representatives per unit in the alliance', () => {
    expect(failure(() => checkRepresentativeAdded({ left_on: null }, 1))).toBeUndefined();
    expect(failure(() => checkRepresentativeAdded({ left_on: null }, 2))?.status).toBe(409);
    expect(failure(() => checkRepresentativeAdded({ left_on: '2021-01-01' }, 0))?.status).toBe(409);
    expect(failure(() => checkUnitStays({ left_on: '2021-01-01' }))?.status).toBe(409);
    expect(failure(() => checkRepresentativeRemoved({ left_on: null }, 2))).toBeUndefined();
    expect(failure(() => checkRepresentativeRemoved({ left_on: null }, 1))?.status).toBe(409);
    // A unit that left may give up its last representative.
    expect(failure(() => checkRepresentativeRemoved({ left_on: '2021-01-01' }, 1))).toBeUndefined();
  });

  it('needs a place for an offline meeting only', () => {
    expect(failure(() => checkMeetingPlace('online', null))).toBeUndefined();
    expect(failure(() => checkMeetingPlace('offline', '社区党群服务中心'))).toBeUndefined();
    expect(failure(() => checkMeetingPlace('offline', null))).toEqual({ status: 400, field: 'location' });
  });

  it('records a planned meeting once its time has come, and cancels only a planned one', () => {
    const now = new Date('2026-12-07T02:00:00Z');
    expect(
      failure(() => checkRecordable({ status: 'planned', held_at: '2026-12-07T02:00:00Z' }, now)),
    ).toBeUndefined();
    expect(
      failure(() => checkRecordable({ status: 'planned', held_at: '2026-12-07T02:00:01Z' }, now))?.status,
    ).toBe(409);
    expect(
      failure(() => checkRecordable({ status: 'held', held_at: '2026-12-01T02:00:00Z' }, now))?.status,
    ).toBe(409);
    expect(
      failure(() => checkRecordable({ status: 'cancelled', held_at: '2026-12-01T02:00:00Z' }, now))?.status,
    ).toBe(409);
    expect(failure(() => checkCancellable('planned'))).toBeUndefined();
    expect(failure(() => checkCancellable('held'))?.status).toBe(409);
  });

  it('names the first attendee who is not a member unit now', () => {
    expect(failure(() => checkAttendees([3, 5, 3], [3, 5, 8]))).toBeUndefined();
    expect(failure(() => checkAttendees([3, 9, 10], [3, 5]))).toEqual({
      status: 400,
      field: 'attendeeIds.1',
    });
  });

  it('carries out a decision once', () => {
    expect(failure(() => checkDecisionOpen({ done_on: null }))).toBeUndefined();
    expect(failure(() => checkDecisionOpen({ done_on: '2026-12-01' }))?.status).toBe(409);
  });

  it('rates attendance of held meetings against the units in the alliance', () => {
    expect(attendanceRate('held', 3, 4)).toBe(0.75);
    expect(attendanceRate('held', 0, 0)).toBeNull();
    expect(attendanceRate('planned', 0, 4)).toBeNull();
  });
});
