/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings (dates in China, no time of day). Pure and time-zone free (UTC
 * underneath), so a server rule and a seed agree on the same day; "today" always comes from the caller's clock.
 */
import { toLocalDate } from '@jiceng/core';

export type IsoDay = string;

const pad = (n: number) => String(n).padStart(2, '0');

function partsOf(date: IsoDay): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `date` moved by `n` days (negative goes back). */
export function addDays(date: IsoDay, n: number): IsoDay {
  const [y, m, d] = partsOf(date);
  return new Date(Date.UTC(y, m - 1, d) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Calendar months, clamping the day: 08-31 + 6 months is 02-28 (02-29 in a leap year). */
export function addMonths(date: IsoDay, n: number): IsoDay {
  const [y, m, d] = partsOf(date);
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return `${year}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  const [fy, fm, fd] = partsOf(from);
  const [ty, tm, td] = partsOf(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
}

/** Monday of the week holding `date` (weeks start on Monday in China). */
export function mondayOf(date: IsoDay): IsoDay {
  const [y, m, d] = partsOf(date);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** Today in the users' calendar from the injected clock (tests move it): `todayOf(ctx)`. */
export const todayOf = (owner: { clock: { now(): Date } }): IsoDay => toLocalDate(owner.clock.now());
