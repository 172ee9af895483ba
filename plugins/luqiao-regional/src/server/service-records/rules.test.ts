import { describe, expect, it } from 'vitest';
import { decidedStatus, mayDecide, serviceProblem } from './rules';

const reg = { registeredOn: '2026-03-01', endedOn: null };
const today = '2026-06-15';
const fieldOf = (
  s: { servedOn: string; hours: number },
  r: typeof reg | { registeredOn: string; endedOn: string } = reg,
) => serviceProblem(s, r, today)?.field ?? null;

describe('serviceProblem', () => {
  it('accepts a service between registering and today, in tenths of an hour up to a day', () => {
    expect(fieldOf({ servedOn: '2026-03-01', hours: 0.5 })).toBeNull();
    expect(fieldOf({ servedOn: today, hours: 24 })).toBeNull();
    expect(fieldOf({ servedOn: '2026-04-10', hours: 2.5 })).toBeNull();
  });

  it('refuses days in the future or before the registration, naming servedOn', () => {
    expect(fieldOf({ servedOn: '2026-06-16', hours: 2 })).toBe('servedOn');
    expect(fieldOf({ servedOn: '2026-02-28', hours: 2 })).toBe('servedOn');
  });

  it('refuses no hours, more than a day, or finer than a tenth, naming hours', () => {
    expect(fieldOf({ servedOn: '2026-04-10', hours: 0 })).toBe('hours');
    expect(fieldOf({ servedOn: '2026-04-10', hours: -1 })).toBe('hours');
    expect(fieldOf({ servedOn: '2026-04-10', hours: 24.1 })).toBe('hours');
    expect(fieldOf({ servedOn: '2026-04-10', hours: 1.25 })).toBe('hours');
    expect(fieldOf({ servedOn: '2026-04-10', hours: Number.NaN })).toBe('hours');
  });

  it('refuses logging under an ended registration before anything else', () => {
    expect(
      fieldOf({ servedOn: '2030-01-01', hours: 99 }, { registeredOn: '2026-03-01', endedOn: '2026-05-01' }),
    ).toBe('registrationId');
  });
});

describe('mayDecide', () => {
  it('lets a submitted record be decided', () => {
    expect(mayDecide('submitted')).toEqual({ allowed: true });
    expect(decidedStatus(true)).toBe('confirmed');
    expect(decidedStatus(false)).toBe('rejected');
  });

  it('decides a record once: a decided one is a 409 with the reason', () => {
    expect(mayDecide('confirmed')).toMatchObject({ allowed: false, status: 409 });
    expect(mayDecide('rejected')).toMatchObject({
      allowed: false,
      status: 409,
      reason: { 'zh-CN': '该服务记录已退回' },
    });
  });
});
