import { describe, expect, it } from 'vitest';
import { areaScores, checkResult, quartiles, summarize } from './scoring';

const graded = { maxScore: 4, passScore: 3, scoringRule: 'graded' as const };
const allOrNothing = { maxScore: 2, passScore: 2, scoringRule: 'all_or_nothing' as const };

describe('checkResult', () => {
  it('fills the score the rule fixes', () => {
    expect(checkResult(graded, 'met', undefined, null)).toEqual({ ok: true, score: 4 });
    expect(checkResult(graded, 'not_met', undefined, null)).toEqual({ ok: true, score: 0 });
    expect(checkResult(allOrNothing, 'met', null, null)).toEqual({ ok: true, score: 2 });
    expect(checkResult(allOrNothing, 'not_met', null, null)).toEqual({ ok: true, score: 0 });
    expect(checkResult(graded, 'not_applicable', null, '无此情形')).toEqual({ ok: true, score: null });
  });

  it('refuses a score outside 0..max, off the half-point grid, or disagreeing with the result', () => {
    expect(checkResult(graded, 'met', 4.5, null)).toMatchObject({ ok: false, field: 'score' });
    expect(checkResult(graded, 'partly', -1, null)).toMatchObject({ ok: false, field: 'score' });
    expect(checkResult(graded, 'partly', 1.25, null)).toMatchObject({ ok: false, field: 'score' });
    expect(checkResult(graded, 'met', 2.5, null)).toMatchObject({ ok: false, field: 'score' });
    expect(checkResult(graded, 'partly', 3, null)).toMatchObject({ ok: false, field: 'score' });
    expect(checkResult(graded, 'partly', 0, null)).toMatchObject({ ok: false, field: 'score' });
    expect(checkResult(graded, 'partly', undefined, null)).toMatchObject({ ok: false, field: 'score' });
    expect(checkResult(graded, 'not_met', 3, null)).toMatchObject({ ok: false, field: 'score' });
    expect(checkResult(allOrNothing, 'partly', 1, null)).toMatchObject({ ok: false, field: 'result' });
    expect(checkResult(allOrNothing, 'met', 1, null)).toMatchObject({ ok: false, field: 'score' });
    expect(checkResult(graded, 'not_applicable', 1, 'x')).toMatchObject({ ok: false, field: 'score' });
    expect(checkResult(graded, 'not_applicable', null, '  ')).toMatchObject({ ok: false, field: 'note' });
    expect(checkResult(graded, 'partly', 2.5, null)).toEqual({ ok: true, score: 2.5 });
  });
});

describe('summarize', () => {
  it('weights each standard’s score share by its type weight, leaving out not applicable and unscored items', () => {
    const items = [
      { area: 'organization' as const, weight: 1, maxScore: 4, result: 'met' as const, score: 3.5 },
      { area: 'team' as const, weight: 1, maxScore: 2, result: 'not_met' as const, score: 0 },
      { area: 'support' as const, weight: 2, maxScore: 3, result: 'partly' as const, score: 1.5 },
      { area: 'support' as const, weight: 5, maxScore: 3, result: 'not_applicable' as const, score: null },
      { area: 'service' as const, weight: 9, maxScore: 5, result: null, score: null },
    ];
    // 100 × (1×3.5/4 + 1×0/2 + 2×1.5/3) ÷ (1 + 1 + 2) = 100 × 1.875 ÷ 4
    const s = summarize(items);
    expect(s.score).toBeCloseTo(46.875, 10);
    expect(s).toMatchObject({ applicable: 5, assessed: 4, met: 1, partly: 1, notMet: 1, notApplicable: 1 });
    const areas = areaScores(items);
    expect(areas.organization).toBeCloseTo(87.5, 10);
    expect(areas.team).toBe(0);
    expect(areas.support).toBeCloseTo(50, 10);
    expect(areas.service).toBeNull();
    expect(areas.governance).toBeNull();
  });

  it('has no score when nothing is assessed', () => {
    expect(summarize([]).score).toBeNull();
    expect(
      summarize([{ area: 'team', weight: 1, maxScore: 2, result: 'not_applicable', score: null }]).score,
    ).toBeNull();
  });
});

describe('quartiles', () => {
  it('interpolates linearly between ranks', () => {
    // sorted 10, 20, 30, 40, 100: q1 at rank 1 = 20, median 30, q3 at rank 3 = 40
    expect(quartiles([40, 10, 100, 30, 20])).toEqual({
      n: 5,
      min: 10,
      q1: 20,
      median: 30,
      q3: 40,
      max: 100,
      mean: 40,
    });
    // two values 46.875 and 95: q1 = 46.875 + 0.25 × 48.125, q3 = 46.875 + 0.75 × 48.125
    const q = quartiles([95, 46.875])!;
    expect(q.q1).toBeCloseTo(58.90625, 10);
    expect(q.q3).toBeCloseTo(82.96875, 10);
    expect(quartiles([])).toBeNull();
  });
});
