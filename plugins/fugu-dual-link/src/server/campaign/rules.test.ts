import { describe, expect, it } from 'vitest';
import { centresOf, deadlineOutOfOrder, progressByOrg, stepState, stepSummary, waitsFor } from './rules';

const inOrder = {
  mobilize: '2026-03-20',
  link: '2026-04-10',
  activities: '2026-04-10',
  feedback: '2026-12-31',
  summary: '2027-01-15',
};

describe('deadlineOutOfOrder', () => {
  it('accepts deadlines in order (equal ones too)', () => {
    expect(deadlineOutOfOrder('2026-03-01', inOrder)).toBeUndefined();
  });
  it('names the first step ending before the previous one or the start', () => {
    expect(deadlineOutOfOrder('2026-03-01', { ...inOrder, feedback: '2026-04-09' })).toBe('feedback');
    expect(deadlineOutOfOrder('2026-03-21', inOrder)).toBe('mobilize');
  });
});

describe('stepState', () => {
  it('is done, late, overdue or open', () => {
    expect(stepState('2026-04-10', '2026-04-10', '2026-05-01')).toBe('done');
    expect(stepState('2026-04-11', '2026-04-10', '2026-05-01')).toBe('late');
    expect(stepState(null, '2026-04-10', '2026-04-11')).toBe('overdue');
    expect(stepState(null, '2026-04-10', '2026-04-10')).toBe('open');
  });
});

describe('waitsFor', () => {
  const steps = [
    { step: 'mobilize', done_on: '2026-03-15' },
    { step: 'link', done_on: null },
  ];
  it('holds a step until the one before it is done', () => {
    expect(waitsFor(steps, 'mobilize')).toBeUndefined();
    expect(waitsFor(steps, 'link')).toBeUndefined();
    expect(waitsFor(steps, 'activities')).toBe('link');
  });
  it('does not wait for a step the org does not have', () => {
    expect(waitsFor([{ step: 'feedback', done_on: null }], 'feedback')).toBeUndefined();
  });
});

describe('stepSummary', () => {
  it('lists all five steps in order, with the share done, zero for a step no org has', () => {
    const s = stepSummary([
      { step: 'link', deadline: '2026-04-10', total: 8, done: 6, onTime: 5, overdue: 2 },
      { step: 'mobilize', deadline: '2026-03-20', total: 8, done: 8, onTime: 8, overdue: 0 },
    ]);
    expect(s.map((x) => [x.step, x.done, x.rate])).toEqual([
      ['mobilize', 8, 1],
      ['link', 6, 0.75],
      ['activities', 0, null],
      ['feedback', 0, null],
      ['summary', 0, null],
    ]);
    expect(s[1]).toMatchObject({ deadline: '2026-04-10', onTime: 5, overdue: 2 });
  });
});

describe('progressByOrg', () => {
  it('gathers each org’s steps with their state, orgs in first-seen order', () => {
    const row = (orgId: number, step: string, doneOn: string | null) => ({
      orgId,
      orgName: `org${orgId}`,
      kind: 'unit_branch',
      step,
      deadline: '2026-04-10',
      doneOn,
      note: null,
    });
    const orgs = progressByOrg(
      [row(2, 'mobilize', '2026-04-01'), row(1, 'mobilize', null), row(2, 'link', '2026-04-12')],
      '2026-04-20',
    );
    expect(orgs.map((o) => [o.orgId, Object.keys(o.steps)])).toEqual([
      [2, ['mobilize', 'link']],
      [1, ['mobilize']],
    ]);
    expect(orgs[0]!.steps.link).toEqual({
      deadline: '2026-04-10',
      doneOn: '2026-04-12',
      note: null,
      state: 'late',
    });
    expect((orgs[1]!.steps.mobilize as { state: string }).state).toBe('overdue');
  });
});

describe('centresOf', () => {
  it('lists each centre once with its communities; a centre without any has none', () => {
    expect(
      centresOf([
        { id: 1, name: '东路', orgId: 10, orgName: 'A社区' },
        { id: 1, name: '东路', orgId: 11, orgName: 'B社区' },
        { id: 2, name: '西路', orgId: null, orgName: null },
      ]),
    ).toEqual([
      {
        id: 1,
        name: '东路',
        communities: [
          { orgId: 10, name: 'A社区' },
          { orgId: 11, name: 'B社区' },
        ],
      },
      { id: 2, name: '西路', communities: [] },
    ]);
  });
});
