import { describe, expect, it } from 'vitest';
import { leadInTurn, nextChair, replacementTermEnd, reviewProblem, scoreRows } from './rules';

const m = (id: number, left_on: string | null = null) => ({ id, unit_name: `单位${id}`, left_on });

describe('nextChair (轮流)', () => {
  it('hands the chair to the next active member in the order they joined', () => {
    expect(nextChair([m(1), m(2), m(3)], 1)).toEqual({ memberId: 2, unitName: '单位2' });
    expect(nextChair([m(1), m(2), m(3)], 2)).toEqual({ memberId: 3, unitName: '单位3' });
  });
  it('wraps round from the last member to the first', () => {
    expect(nextChair([m(1), m(2), m(3)], 3)).toEqual({ memberId: 1, unitName: '单位1' });
  });
  it('skips units that left, and a chair who has left still passes it on', () => {
    expect(nextChair([m(1), m(2, '2026-03-01'), m(3)], 1)).toEqual({ memberId: 3, unitName: '单位3' });
    expect(nextChair([m(1), m(2, '2026-03-01'), m(3)], 2)).toEqual({ memberId: 3, unitName: '单位3' });
  });
  it('starts with the first member when there is no chair yet', () => {
    expect(nextChair([m(4), m(7)], undefined)).toEqual({ memberId: 4, unitName: '单位4' });
  });
  it('has nobody when no unit is active', () => {
    expect(nextChair([m(1, '2026-01-01'), m(2, '2026-01-01')], 1)).toBeNull();
    expect(nextChair([], undefined)).toBeNull();
  });
  it('keeps a lone active chair: no one else to hand over to, but a lone unit is its own next', () => {
    // Others active besides the chair cannot wrap back to the chair itself; one active unit is its own next.
    expect(nextChair([m(1), m(2, '2026-01-01')], 1)).toEqual({ memberId: 1, unitName: '单位1' });
  });
});

describe('leadInTurn (轮流牵头)', () => {
  it('picks the unit that has led the fewest projects, the earliest joined among equals', () => {
    expect(leadInTurn([{ id: 1 }, { id: 2 }, { id: 3 }], [])).toBe(1);
    expect(leadInTurn([{ id: 1 }, { id: 2 }, { id: 3 }], [1])).toBe(2);
    expect(leadInTurn([{ id: 1 }, { id: 2 }, { id: 3 }], [1, 2])).toBe(3);
    expect(leadInTurn([{ id: 1 }, { id: 2 }, { id: 3 }], [1, 2, 3, 2])).toBe(1);
  });
  it('ignores projects led by units no longer on the council', () => {
    expect(leadInTurn([{ id: 2 }, { id: 3 }], [9, 9, 2])).toBe(3);
  });
  it('has no lead without active units', () => {
    expect(leadInTurn([], [1])).toBeUndefined();
  });
});

describe('replacementTermEnd', () => {
  it('lets the new chair serve out the rest of the term', () => {
    expect(replacementTermEnd('2026-12-31', '2026-06-15', 12)).toBe('2026-12-31');
  });
  it('gives a full new term when the old one had already run out (or ends that day)', () => {
    expect(replacementTermEnd('2026-06-15', '2026-06-15', 12)).toBe('2027-06-15');
    expect(replacementTermEnd('2026-01-31', '2026-03-31', 11)).toBe('2027-02-28');
  });
});

describe('reviewProblem', () => {
  const ms = [
    { id: 1, joined_on: '2026-01-01', left_on: null },
    { id: 2, joined_on: '2026-01-01', left_on: '2026-05-01' },
    { id: 3, joined_on: '2026-05-01', left_on: null },
  ];
  it('accepts the units on the council on the day', () => {
    expect(reviewProblem(ms, '2026-04-30', [{ memberId: 1 }, { memberId: 2 }])).toBeNull();
    expect(reviewProblem(ms, '2026-05-01', [{ memberId: 3 }])).toBeNull();
  });
  it('refuses a unit that left on or before the day, joined after it, or is unknown, naming its index', () => {
    expect(reviewProblem(ms, '2026-05-01', [{ memberId: 1 }, { memberId: 2 }])).toEqual({
      index: 1,
      kind: 'not_on_council',
    });
    expect(reviewProblem(ms, '2026-04-30', [{ memberId: 3 }])).toEqual({ index: 0, kind: 'not_on_council' });
    expect(reviewProblem(ms, '2026-04-30', [{ memberId: 99 }])).toEqual({ index: 0, kind: 'not_on_council' });
  });
  it('refuses the second review of the same unit', () => {
    expect(reviewProblem(ms, '2026-04-30', [{ memberId: 1 }, { memberId: 2 }, { memberId: 1 }])).toEqual({
      index: 2,
      kind: 'twice',
    });
  });
});

describe('scoreRows', () => {
  const project = (over: Partial<Parameters<typeof scoreRows>[0]['projects'][number]>) => ({
    declared_by_id: 1,
    lead_member_id: 1,
    declared_on: '2026-02-01',
    starts_on: null,
    completed_on: null,
    status: 'declared',
    ...over,
  });
  const members = [
    { id: 1, name: '甲', left_on: null },
    { id: 2, name: '乙', left_on: null },
    { id: 3, name: '丙', left_on: '2026-04-01' },
  ];
  it('counts what each unit did in the period and marks it active by projects or by review scores', () => {
    const rows = scoreRows(
      {
        members,
        projects: [
          // Declared by 1 in the period, led by 2 and started: 1 declared, 2 led.
          project({ declared_by_id: 1, lead_member_id: 2, starts_on: '2026-03-01', status: 'in_progress' }),
          // Declared before the period; led by 2, completed in it.
          project({
            declared_on: '2025-11-01',
            lead_member_id: 2,
            starts_on: '2025-12-01',
            completed_on: '2026-02-10',
            status: 'completed',
          }),
          // Dropped: not led by anyone.
          project({
            declared_on: '2025-10-01',
            lead_member_id: 3,
            starts_on: '2026-01-05',
            status: 'dropped',
          }),
        ],
        reviews: [
          { council_member_id: 3, attended: true, score: 85 },
          { council_member_id: 3, attended: false, score: 80 },
          { council_member_id: 1, attended: true, score: 60 },
        ],
        terms: [{ chair_member_id: 1 }, { chair_member_id: 2 }, { chair_member_id: 1 }],
      },
      '2026-01-01',
      '2026-06-30',
      80,
    );
    expect(rows).toEqual([
      {
        memberId: 1,
        unitName: '甲',
        active: true,
        current: true,
        declared: 1,
        led: 0,
        completed: 0,
        meetings: 1,
        attended: 1,
        avgScore: 60,
        chairTerms: 2,
      },
      {
        memberId: 2,
        unitName: '乙',
        active: true,
        current: true,
        declared: 0,
        led: 2,
        completed: 1,
        meetings: 0,
        attended: 0,
        avgScore: null,
        chairTerms: 1,
      },
      // No project, but an average of 82.5 reaches 80.
      {
        memberId: 3,
        unitName: '丙',
        active: true,
        current: false,
        declared: 0,
        led: 0,
        completed: 0,
        meetings: 2,
        attended: 1,
        avgScore: 82.5,
        chairTerms: 0,
      },
    ]);
  });
  it('is inactive below the threshold, and a project outside the period does not count', () => {
    const rows = scoreRows(
      {
        members: [{ id: 1, name: '甲', left_on: null }],
        projects: [
          project({ declared_on: '2025-03-01' }),
          project({
            declared_on: '2025-03-01',
            starts_on: '2025-04-01',
            completed_on: '2025-12-31',
            status: 'completed',
          }),
        ],
        reviews: [
          { council_member_id: 1, attended: true, score: 79 },
          { council_member_id: 1, attended: true, score: 80 },
        ],
        terms: [],
      },
      '2026-01-01',
      '2026-06-30',
      80,
    );
    // (79 + 80) / 2 = 79.5 < 80.
    expect(rows[0]).toMatchObject({ declared: 0, led: 0, completed: 0, avgScore: 79.5, active: false });
  });
  it('rounds the average to one decimal', () => {
    const rows = scoreRows(
      {
        members: [{ id: 1, name: '甲', left_on: null }],
        projects: [],
        reviews: [70, 71, 71].map((score) => ({ council_member_id: 1, attended: true, score })),
        terms: [],
      },
      '2026-01-01',
      '2026-06-30',
      80,
    );
    expect(rows[0]?.avgScore).toBe(70.7);
  });
});
