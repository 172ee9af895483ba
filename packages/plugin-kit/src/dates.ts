import { localizedIssue } from '@jiceng/core';
import { z } from 'zod';

/**
 * Whether `s` is a calendar date written YYYY-MM-DD: 2026-02-28 and 2028-02-29 are, 2026-02-30, 2026-02-29 and
 * 2026-13-01 are not (`Date.parse` accepts the impossible ones and rolls them over into the next month).
 */
export function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC, so no time zone moves it).
  const last = new Date(Date.UTC(2000, month, 0));
  last.setUTCFullYear(year, month, 0);
  return day <= last.getUTCDate();
}

/** A date input (YYYY-MM-DD) that is a real calendar date; a bad one is a 400 naming the field, in both languages. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine(isRealIsoDate, localizedIssue({ 'zh-CN': '不是有效的日期', en: 'not a real date' }));
