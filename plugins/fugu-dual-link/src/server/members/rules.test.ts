import { describe, expect, it } from 'vitest';
import { budget, compliance, compoundsOf, feedbackCardView, fileTimeline, lastSeenOn } from './rules';

const card = (visits: string[], things: string[], activities: string[] = []) => ({
  activities: activities.map((heldOn) => ({ heldOn })),
  visits: visits.map((visitedOn) => ({ visitedOn })),
  practicalThings: things.map((doneOn) => ({ doneOn })),
});

describe('lastSeenOn', () => {
  it('takes the latest day up to today of the stamp, activities, reports and practical things', () => {
    expect(lastSeenOn('2026-01-05', card(['2026-02-01'], ['2026-03-01'], ['2026-04-01']), '2026-03-15')).toBe(
      '2026-03-01',
    );
    expect(lastSeenOn(null, card([], []), '2026-03-15')).toBeUndefined();
  });
});

describe('compliance', () => {
  it('counts this quarter’s reports and this year’s practical things', () => {
    // Today 2026-05-20: Q2 from 04-01; the 03-30 report is last quarter's, the 05-21 one is not yet.
    const c = compliance(
      { status: 'filed', stamped_on: '2025-06-01' },
      card(['2026-03-30', '2026-04-02', '2026-05-21'], ['2025-12-30', '2026-02-01']),
      '2026-05-20',
      2,
    );
    expect(c).toEqual({
      quarter: '2026-Q2',
      reportedThisQuarter: true,
      visitsThisQuarter: 1,
      practicalThingsThisYear: 1,
      practicalThingsRequired: 2,
      lastSeen: '2026-04-02',
      absentHalfYear: false,
    });
  });
  it('counts a stamp this quarter as reporting', () => {
    const c = compliance({ status: 'stamped', stamped_on: '2026-04-10' }, card([], []), '2026-05-20', 1);
    expect([c.reportedThisQuarter, c.visitsThisQuarter, c.lastSeen]).toEqual([true, 0, '2026-04-10']);
  });
  it('marks an active member not seen for over six months absent, a closed one never', () => {
    const seen = card(['2025-11-19'], []);
    expect(
      compliance({ status: 'filed', stamped_on: '2025-01-01' }, seen, '2026-05-20', 1).absentHalfYear,
    ).toBe(true);
    expect(
      compliance({ status: 'filed', stamped_on: '2025-01-01' }, card(['2025-11-20'], []), '2026-05-20', 1)
        .absentHalfYear,
    ).toBe(false);
    expect(compliance({ status: 'sent', stamped_on: null }, seen, '2026-05-20', 1).absentHalfYear).toBe(
      false,
    );
  });
});

describe('feedbackCardView', () => {
  it('is on time when sent by the due day and lists recipients', () => {
    expect(
      feedbackCardView({ sentOn: '2026-07-15', dueOn: '2026-07-15', recipients: 'office,unit' }),
    ).toEqual({
      sentOn: '2026-07-15',
      dueOn: '2026-07-15',
      onTime: true,
      recipients: ['office', 'unit'],
    });
    expect(feedbackCardView({ sentOn: '2026-07-16', dueOn: '2026-07-15', recipients: null })).toMatchObject({
      onTime: false,
      recipients: [],
    });
  });
});

describe('fileTimeline', () => {
  it('merges the file’s sources newest first, with their ids prefixed by source', () => {
    const items = fileTimeline({
      entries: [{ id: 1, kind: 'study', onDate: '2026-03-01', title: '测试', content: null, score: '92.5' }],
      activities: [{ id: 7, heldOn: '2026-04-01', title: '义诊', communityName: '东沙社区' }],
      practicalThings: [{ id: 3, doneOn: '2026-02-01', title: '修路灯', description: '楼道' }],
      appraisals: [{ id: 5, year: 2025, total: '88.0', grade: 'excellent' }],
      cards: [{ id: 9, period_key: '2025-H2', sent_on: '2026-01-10', overall: 'good' }],
      registrations: [
        { id: 2, stamped_on: '2025-06-01', community_name: '东沙社区', letter_no: 'SLSG1' },
        { id: 4, stamped_on: null, community_name: '西沙社区', letter_no: 'SLSG2' },
      ],
    });
    expect(items.map((i) => [i.id, i.onDate, i.title, i.score])).toEqual([
      ['a7', '2026-04-01', '东沙社区：义诊', null],
      [1, '2026-03-01', '测试', 92.5],
      ['p3', '2026-02-01', '为社区办实事：修路灯', null],
      ['f9', '2026-01-10', '社区表现反馈卡 2025-H2', null],
      ['y5', '2025-12-31', '2025 年度考核评议', 88],
      ['r2', '2025-06-01', '到东沙社区报到', null],
    ]);
  });
});

describe('budget', () => {
  it('multiplies members by the yearly amounts per branch and in total', () => {
    const b = budget(
      [
        { orgId: 1, members: 30 },
        { orgId: 2, members: 12 },
      ],
      { activityFundPerMember: 100, trainingFundPerMember: 30 },
    );
    expect(b.items[1]).toEqual({ orgId: 2, members: 12, activityFund: 1200, trainingFund: 360, total: 1560 });
    expect(b.totals).toEqual({
      branches: 2,
      members: 42,
      activityFund: 4200,
      trainingFund: 1260,
      total: 5460,
    });
    expect(b.perMember).toEqual({ activity: 100, training: 30 });
  });
});

describe('compoundsOf', () => {
  const places = [
    { id: 1, name: '一小区', kind: 'compound', parentId: 9, path: '/9/1/' },
    { id: 2, name: '1号楼', kind: 'building', parentId: 1, path: '/9/1/2/' },
    { id: 3, name: '外小区', kind: 'compound', parentId: 8, path: '/8/3/' },
  ];
  it('lists the compounds under the community’s place with their buildings', () => {
    expect(compoundsOf('/9/', places)).toEqual([
      { id: 1, name: '一小区', buildings: [{ id: 2, name: '1号楼' }] },
    ]);
    expect(compoundsOf(null, places)).toEqual([]);
  });
});
