/**
 * Fugu's calendar periods on 'YYYY-MM-DD' strings (China local dates): quarters, half years and the period keys of
 * cards and appraisals. Day and month arithmetic is the toolkit's; "today" always comes from the caller (the server's
 * clock). Imported by server code and indicators only (the toolkit is server code; no web page uses this file).
 */
import { addDays, addMonths } from '@jiceng/plugin-kit';

export type IsoDate = string;

const pad = (n: number) => String(n).padStart(2, '0');

export function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y!, m!, d!];
}

export function fromParts(y: number, m: number, d: number): IsoDate {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function daysInMonth(y: number, m: number) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export interface Span {
  key: string;
  from: IsoDate;
  to: IsoDate;
}

export function quarterOf(date: IsoDate): Span {
  const [y, m] = parts(date);
  const q = Math.floor((m - 1) / 3) + 1;
  return quarter(y, q);
}

export function quarter(y: number, q: number): Span {
  const startMonth = (q - 1) * 3 + 1;
  return {
    key: `${y}-Q${q}`,
    from: fromParts(y, startMonth, 1),
    to: fromParts(y, startMonth + 2, daysInMonth(y, startMonth + 2)),
  };
}

export function halfOf(date: IsoDate): Span {
  const [y, m] = parts(date);
  return half(y, m <= 6 ? 1 : 2);
}

export function half(y: number, h: 1 | 2): Span {
  return h === 1
    ? { key: `${y}-H1`, from: fromParts(y, 1, 1), to: fromParts(y, 6, 30) }
    : { key: `${y}-H2`, from: fromParts(y, 7, 1), to: fromParts(y, 12, 31) };
}

export function yearSpan(y: number): Span {
  return { key: String(y), from: fromParts(y, 1, 1), to: fromParts(y, 12, 31) };
}

/** '2026-Q3' | '2026-H1' | '2026' → its span; undefined for anything else. */
export function parsePeriodKey(key: string): Span | undefined {
  let m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return quarter(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-H([12])$/.exec(key);
  if (m) return half(Number(m[1]), Number(m[2]) as 1 | 2);
  m = /^(\d{4})$/.exec(key);
  if (m) return yearSpan(Number(m[1]));
  return undefined;
}

export function previousQuarter(date: IsoDate): Span {
  return quarterOf(addDays(quarterOf(date).from, -1));
}

export function previousHalf(date: IsoDate): Span {
  return halfOf(addDays(halfOf(date).from, -1));
}

/** Quarters whose whole span lies in [from, to]. */
export function quartersWithin(from: IsoDate, to: IsoDate): Span[] {
  const out: Span[] = [];
  for (let q = quarterOf(from); q.from <= to; q = quarterOf(addDays(q.to, 1)))
    if (q.from >= from && q.to <= to) out.push(q);
  return out;
}

/** Half years that end in [from, to] (their cards fall due in or just after it). */
export function halvesEndingWithin(from: IsoDate, to: IsoDate): Span[] {
  const out: Span[] = [];
  for (let h = halfOf(addMonths(from, -6)); h.from <= to; h = halfOf(addDays(h.to, 1)))
    if (h.to >= from && h.to <= to) out.push(h);
  return out;
}

/** The later / earlier of two ISO dates (string order is date order). */
export const laterOf = (a: IsoDate, b: IsoDate): IsoDate => [a, b].sort()[1]!;
export const earlierOf = (a: IsoDate, b: IsoDate): IsoDate => [a, b].sort()[0]!;
