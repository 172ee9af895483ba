/**
 * Standard periods: the calendar month, quarter, half year and year. Their shared-indicator values are stored
 * (core.outcome_snapshot), so the compare page's presets (this year, last year, a half) are indexed reads; any
 * other range is computed live.
 */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

export interface StandardPeriod {
  kind: PeriodKind;
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The last day of month `m` (1..12) of year `y`. */
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const range = (kind: PeriodKind, y: number, m1: number, m2: number): StandardPeriod => ({
  kind,
  from: `${y}-${pad(m1)}-01`,
  to: `${y}-${pad(m2)}-${pad(lastDay(y, m2))}`,
});

/** 'YYYY-MM' → the month as a period. */
export function monthPeriod(month: string): StandardPeriod {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return range('month', y, m, m);
}

/** The `count` months ending with the month of `today` ('YYYY-MM-DD'), oldest first, as 'YYYY-MM'. */
export function lastMonths(today: string, count: number): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    out.push(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`);
  }
  return out;
}

/** The month, quarter, half and year containing each month (no duplicates), months first. */
export function periodsOfMonths(months: readonly string[]): StandardPeriod[] {
  const seen = new Map<string, StandardPeriod>();
  const add = (p: StandardPeriod) => seen.set(`${p.from}/${p.to}`, p);
  for (const month of months) add(monthPeriod(month));
  for (const month of months) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const q = Math.floor((m - 1) / 3);
    add(range('quarter', y, q * 3 + 1, q * 3 + 3));
    add(m <= 6 ? range('half', y, 1, 6) : range('half', y, 7, 12));
    add(range('year', y, 1, 12));
  }
  return [...seen.values()];
}

/** The standard period a range is, or null for a custom range. */
export function standardPeriod(from: string, to: string): StandardPeriod | null {
  if (!/^\d{4}-\d{2}-01$/.test(from)) return null;
  return periodsOfMonths([from.slice(0, 7)]).find((p) => p.from === from && p.to === to) ?? null;
}
