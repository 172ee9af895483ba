import { describe, expect, it } from 'vitest';
import { clamp, dateBetween, gauss } from './world';

const always = (v: number) => () => v;

describe('seed draws', () => {
  it('dateBetween picks a day in [from, to] and keeps from when the span is empty', () => {
    // 10 days from 03-01 to 03-11: 0.5 × 11 → day 5.
    expect(dateBetween(always(0.5), '2026-03-01', '2026-03-11')).toBe('2026-03-06');
    expect(dateBetween(always(0.999), '2026-02-27', '2026-03-01')).toBe('2026-03-01');
    expect(dateBetween(always(0.5), '2026-03-11', '2026-03-01')).toBe('2026-03-11');
  });
  it('gauss centres three uniforms on 0 with a range of ±3', () => {
    expect(gauss(always(0.5))).toBe(0);
    expect(gauss(always(1))).toBe(3);
    expect(gauss(always(0))).toBe(-3);
  });
  it('clamp bounds a value', () => {
    expect([clamp(105, 30, 100), clamp(12, 30, 100), clamp(77.5, 30, 100)]).toEqual([100, 30, 77.5]);
  });
});
