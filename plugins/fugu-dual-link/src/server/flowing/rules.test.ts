import { describe, expect, it } from 'vitest';
import { cardNo, departurePlan, flowFlags, isAboveBranch } from './rules';

describe('cardNo', () => {
  it('is LDZ, the year issued and the id in five digits', () => {
    expect(cardNo(42, '2026-03-10')).toBe('LDZ202600042');
    expect(cardNo(123456, '2027-01-01')).toBe('LDZ2027123456');
  });
});

describe('departurePlan', () => {
  const left = { leftOn: '2026-03-10', cannotTransfer: false };
  it('gives a card to a member away six months or less', () => {
    expect(departurePlan({ ...left, expectedReturnOn: '2026-09-10', fixedPlace: true })).toEqual({
      longTerm: false,
      transfer: false,
      issueCard: true,
    });
  });
  it('asks a member away longer at a fixed place to transfer, with no card', () => {
    expect(departurePlan({ ...left, expectedReturnOn: '2026-09-11', fixedPlace: true })).toEqual({
      longTerm: true,
      transfer: true,
      issueCard: false,
    });
  });
  it('gives a card to the long-term without a fixed place, or who cannot transfer yet', () => {
    expect(departurePlan({ ...left, expectedReturnOn: '2027-03-10', fixedPlace: false }).issueCard).toBe(
      true,
    );
    expect(
      departurePlan({ ...left, cannotTransfer: true, expectedReturnOn: '2027-03-10', fixedPlace: true }),
    ).toEqual({ longTerm: true, transfer: true, issueCard: true });
  });
});

describe('flowFlags', () => {
  const away = {
    status: 'open',
    direction: 'out',
    fixedPlace: true,
    startedOn: '2026-01-15',
    lastOrgLife: '2026-06-01',
    lastDues: '2026-06-01',
  };
  it('suggests a transfer from six months at a fixed place', () => {
    expect(flowFlags(away, '2026-07-15').transferSuggested).toBe(true);
    expect(flowFlags(away, '2026-07-14').transferSuggested).toBe(false);
    expect(flowFlags({ ...away, fixedPlace: false }, '2026-12-01').transferSuggested).toBe(false);
  });
  it('marks a lapse when organization life or dues are over six months old, counted from leaving at the latest', () => {
    // Last dues 06-01; six months before 12-02 is 06-02.
    expect(flowFlags(away, '2026-12-01').lapsed).toBe(false);
    expect(flowFlags(away, '2026-12-02').lapsed).toBe(true);
    // Nothing recorded: counted from leaving (01-15), so lapsed from 07-16.
    const none = { ...away, lastOrgLife: null, lastDues: null };
    expect([flowFlags(none, '2026-07-15').lapsed, flowFlags(none, '2026-07-16').lapsed]).toEqual([
      false,
      true,
    ]);
  });
  it('flags nothing on a closed record', () => {
    expect(flowFlags({ ...away, status: 'returned' }, '2027-06-01')).toEqual({
      transferSuggested: false,
      lapsed: false,
    });
  });
});

describe('isAboveBranch', () => {
  it('is the city or an org strictly above the branch', () => {
    expect(isAboveBranch({ level: 'city', platform: false }, '/1/2/')).toBe(true);
    expect(isAboveBranch({ level: 'orgs', paths: ['/1/'] }, '/1/2/')).toBe(true);
    expect(isAboveBranch({ level: 'orgs', paths: ['/1/2/'] }, '/1/2/')).toBe(false);
    expect(isAboveBranch({ level: 'orgs', paths: ['/3/'] }, '/1/2/')).toBe(false);
    expect(isAboveBranch({ level: 'self', memberId: 1 }, '/1/2/')).toBe(false);
  });
});
