/**
 * Numbers from SQL: count() and sum() arrive as strings from pg (bigint, numeric) and as numbers from PGlite.
 * Two explicit readings, because a missing sum means 0 for a count but "no value" for an average or a score.
 */

/** A count or a sum: null (no rows) reads as 0. */
export const num = (v: unknown): number => (v == null ? 0 : Number(v));

/** A value that may be absent (an average over no rows, an unscored item): null stays null. */
export const numOrNull = (v: unknown): number | null => (v == null ? null : Number(v));

/** Rounded to `digits` decimals for display and export (1.25 → 1.3 with one digit). */
export const roundTo = (v: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};
