import type { CityAccess } from '@jiceng/plugin-kit';
import { describe, expect, it } from 'vitest';
import { failure } from '../refusal.testing';
import {
  checkHours,
  checkOwner,
  checkProjectDates,
  checkWithdrawable,
  matchSides,
  mayManageEntry,
  mayManageFacility,
  openAt,
  projectMove,
} from './rules';

const city = { level: 'city' } as CityAccess;
const street = { level: 'orgs', paths: ['/1/2/'] } as CityAccess;
const self = { level: 'self' } as CityAccess;

describe('supply rules', () => {
  it('knows when a facility is open, in China Standard Time, Monday first', () => {
    const weekdays = { days: '1111100', opens_at: '08:00', closes_at: '18:00' };
    // 2026-12-07 is a Monday; 00:30Z is 08:30 in Beijing, 10:00Z is 18:00 (closed: the closing minute is out).
    expect(openAt(weekdays, new Date('2026-12-07T00:30:00Z'))).toBe(true);
    expect(openAt(weekdays, new Date('2026-12-06T23:59:00Z'))).toBe(false);
    expect(openAt(weekdays, new Date('2026-12-07T10:00:00Z'))).toBe(false);
    // Saturday 2026-12-12 in Beijing.
    expect(openAt(weekdays, new Date('2026-12-12T02:00:00Z'))).toBe(false);
    // Sunday 15:30Z is 23:30 in Beijing, still Sunday.
    expect(
      openAt({ days: '0000001', opens_at: '00:00', closes_at: '24:00' }, new Date('2026-12-13T15:30:00Z')),
    ).toBe(true);
  });

  it('lets the unit’s own party org side or the city manage a facility', () => {
    expect(mayManageFacility(city, null).allowed).toBe(true);
    expect(mayManageFacility(street, '/1/2/9/').allowed).toBe(true);
    expect(mayManageFacility(street, '/1/3/').allowed).toBe(false);
    expect(mayManageFacility(street, null).allowed).toBe(false);
    expect(mayManageFacility(self, '/1/2/9/').allowed).toBe(false);
  });

  it('lets either side of an entry manage it', () => {
    expect(mayManageEntry(city, { grid_path: null, unit_path: null })).toBe(true);
    expect(mayManageEntry(street, { grid_path: '/1/2/5/', unit_path: null })).toBe(true);
    expect(mayManageEntry(street, { grid_path: '/1/3/5/', unit_path: '/1/2/8/' })).toBe(true);
    expect(mayManageEntry(street, { grid_path: '/1/3/5/', unit_path: null })).toBe(false);
    expect(mayManageEntry(self, { grid_path: '/1/2/5/', unit_path: '/1/2/8/' })).toBe(false);
  });

  it('wants exactly one owner of an entry, and withdraws only an open one', () => {
    expect(failure(() => checkOwner(1, null))).toBeUndefined();
    expect(failure(() => checkOwner(null, 2))).toBeUndefined();
    expect(failure(() => checkOwner(1, 2))).toEqual({ status: 400, field: 'gridOrgId' });
    expect(failure(() => checkOwner(null, null))).toEqual({ status: 400, field: 'gridOrgId' });
    expect(failure(() => checkWithdrawable('open'))).toBeUndefined();
    expect(failure(() => checkWithdrawable('matched'))?.status).toBe(409);
    expect(failure(() => checkWithdrawable('withdrawn'))?.status).toBe(409);
  });

  it('matches an open need with an open offer across a grid branch and a unit', () => {
    const gridNeed = { id: 1, side: 'need', status: 'open', grid_org_id: 7, unit_id: null };
    const unitOffer = { id: 2, side: 'offer', status: 'open', grid_org_id: null, unit_id: 9 };
    expect(matchSides(gridNeed, unitOffer)).toMatchObject({
      grid: gridNeed,
      unit: unitOffer,
      gridField: 'needId',
    });
    const unitNeed = { ...unitOffer, id: 3, side: 'need' };
    const gridOffer = { ...gridNeed, id: 4, side: 'offer' };
    expect(matchSides(unitNeed, gridOffer)).toMatchObject({
      grid: gridOffer,
      unit: unitNeed,
      gridField: 'offerId',
    });
    expect(failure(() => matchSides(unitOffer, unitOffer))).toEqual({ status: 400, field: 'needId' });
    expect(failure(() => matchSides(gridNeed, gridNeed))).toEqual({ status: 400, field: 'offerId' });
    expect(failure(() => matchSides(gridNeed, { ...unitOffer, grid_org_id: 8, unit_id: null }))).toEqual({
      status: 400,
      field: 'offerId',
    });
    expect(failure(() => matchSides({ ...gridNeed, status: 'matched' }, unitOffer))).toEqual({
      status: 409,
      field: 'needId',
    });
    expect(failure(() => matchSides(gridNeed, { ...unitOffer, status: 'withdrawn' }))).toEqual({
      status: 409,
      field: 'offerId',
    });
    expect(failure(() => checkProjectDates('2026-12-01', '2026-12-01'))).toBeUndefined();
    expect(failure(() => checkProjectDates('2026-12-02', '2026-12-01'))).toEqual({
      status: 400,
      field: 'endOn',
    });
  });

  it('moves a project forward or cancels it, stamping the day', () => {
    expect(projectMove('planned', 'in_progress', '2026-12-07')).toEqual({
      status: 'in_progress',
      started_on: '2026-12-07',
    });
    expect(projectMove('in_progress', 'completed', '2026-12-08')).toEqual({
      status: 'completed',
      completed_on: '2026-12-08',
    });
    expect(projectMove('planned', 'cancelled', '2026-12-08')).toEqual({ status: 'cancelled' });
    expect(failure(() => projectMove('planned', 'completed', '2026-12-08'))).toEqual({
      status: 409,
      field: 'status',
    });
    expect(failure(() => projectMove('completed', 'cancelled', '2026-12-08'))?.status).toBe(409);
    expect(failure(() => projectMove('cancelled', 'planned', '2026-12-08'))?.status).toBe(409);
  });

  it('closes a facility after it opens', () => {
    expect(failure(() => checkHours('08:00', '18:00'))).toBeUndefined();
    expect(failure(() => checkHours('08:00', '24:00'))).toBeUndefined();
    expect(failure(() => checkHours('18:00', '18:00'))).toEqual({ status: 400, field: 'closesAt' });
  });
});
