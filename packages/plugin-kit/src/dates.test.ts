import { describe, expect, it } from 'vitest';
import { isoDate, isRealIsoDate } from './dates';

describe('isRealIsoDate', () => {
  it('accepts real dates, leap days in leap years included', () => {
    for (const d of [
      '2026-01-01',
      '2026-02-28',
      '2028-02-29',
      '2000-02-29',
      '2026-12-31',
      '2026-04-30',
      '0001-01-01',
    ])
      expect(isRealIsoDate(d), d).toBe(true);
  });
  it('refuses impossible dates that Date.parse rolls over', () => {
    for (const d of [
      '2026-02-30',
      '2026-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-01-32',
    ])
      expect(isRealIsoDate(d), d).toBe(false);
  });
  it('refuses anything not written YYYY-MM-DD', () => {
    for (const d of ['2026-2-3', '2026/02/03', '20260203', '2026-02-03T00:00:00Z', ' 2026-02-03', ''])
      expect(isRealIsoDate(d), d).toBe(false);
  });
});

describe('isoDate', () => {
  it('parses a real date and says why it refuses the others', () => {
    expect(isoDate.parse('2026-02-28')).toBe('2026-02-28');
    expect(isoDate.safeParse('2026-02-30').error?.issues[0]?.message).toBe('不是有效的日期');
    expect(isoDate.safeParse('2026/02/28').error?.issues[0]?.message).toBe('YYYY-MM-DD');
  });
});
