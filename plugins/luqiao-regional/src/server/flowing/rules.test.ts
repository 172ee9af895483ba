import { describe, expect, it } from 'vitest';
import { activityProblem, joinProblem, totalsOf } from './rules';

describe('joinProblem', () => {
  it('takes an active flowing member', () => {
    expect(joinProblem({ name: '张三', active: true, category: 'flowing' })).toBeNull();
  });
  it('refuses an inactive member before a non-flowing one', () => {
    expect(joinProblem({ name: '张三', active: false, category: 'regular' })).toEqual({
      'zh-CN': '张三 已停用',
      en: '张三 is inactive',
    });
    expect(joinProblem({ name: '李四', active: true, category: 'regular' })?.en).toBe(
      'a flowing branch takes flowing members only',
    );
  });
});

describe('activityProblem', () => {
  it('accepts today and the past; an investment needs its amount, other kinds do not', () => {
    expect(
      activityProblem({ kind: 'investment', happenedOn: '2026-12-07', amount: 50 }, '2026-12-07'),
    ).toBeNull();
    expect(activityProblem({ kind: 'dispute', happenedOn: '2026-11-30' }, '2026-12-07')).toBeNull();
    expect(activityProblem({ kind: 'investment', happenedOn: '2026-11-30' }, '2026-12-07')?.field).toBe(
      'amount',
    );
  });
  it('refuses a day after today first', () => {
    expect(activityProblem({ kind: 'investment', happenedOn: '2026-12-08' }, '2026-12-07')?.field).toBe(
      'happenedOn',
    );
  });
});

describe('totalsOf', () => {
  it('keeps the rows of the one branch, by kind', () => {
    const rows = [
      { branchId: 1, kind: 'investment', amount: 120.5 },
      { branchId: 2, kind: 'investment', amount: 7 },
      { branchId: 1, kind: 'dispute', amount: 3 },
    ];
    expect(totalsOf(1, rows)).toEqual({ investment: 120.5, dispute: 3 });
    expect(totalsOf(3, rows)).toEqual({});
  });
});
