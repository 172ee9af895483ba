/** Time comes from here, never from `new Date()` in rules, so deadlines are testable. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can move. */
export function manualClock(
  start: Date | string,
): Clock & { set(to: Date | string): void; advanceDays(n: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (to) => {
      current = new Date(to);
    },
    advanceDays: (n) => {
      current = new Date(current.getTime() + n * 86_400_000);
    },
  };
}

/** 'YYYY-MM-DD' of a Date in China Standard Time (UTC+8), the users' calendar. */
export function toLocalDate(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
