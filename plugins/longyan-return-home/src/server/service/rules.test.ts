import type { CityAccess } from '@jiceng/plugin-kit';
import { describe, expect, it } from 'vitest';
import {
  collectedView,
  mayServeIn,
  postClaimRefusal,
  postListView,
  recordInputProblem,
  recordView,
  tagsReach,
  uniqueTags,
} from './rules';

describe('postClaimRefusal', () => {
  const post = { title: '政策宣讲', capacity: 3 };
  it('lets a member claim while fewer than the capacity have claimed', () => {
    expect(postClaimRefusal(post, { n: 2, mine: 0 })).toBeNull();
  });
  it('refuses the fourth claim on a post of 3, naming the post', () => {
    expect(postClaimRefusal(post, { n: '3', mine: '0' })).toEqual({
      'zh-CN': '岗位“政策宣讲”名额已满',
      en: 'the post “政策宣讲” is full',
    });
  });
  it('refuses a second claim by the same member before looking at room', () => {
    expect(postClaimRefusal(post, { n: 3, mine: 1 })?.en).toBe('already claimed');
  });
  it('never fills a post without a capacity', () => {
    expect(postClaimRefusal({ title: '环境整治', capacity: null }, { n: 500, mine: 0 })).toBeNull();
  });
});

describe('mayServeIn', () => {
  it('requires the report community when the city says so, and nothing otherwise', () => {
    expect([
      mayServeIn(true, 7, 7),
      mayServeIn(true, 7, 8),
      mayServeIn(true, null, 7),
      mayServeIn(false, null, 7),
    ]).toEqual([true, false, false, true]);
  });
});

describe('recordInputProblem', () => {
  const today = '2026-12-07';
  it('accepts today and exactly the maximum hours', () => {
    expect(recordInputProblem({ servedOn: today, hours: 12 }, today, 12)).toBeNull();
  });
  it('names servedOn for a day after today', () => {
    expect(recordInputProblem({ servedOn: '2026-12-08', hours: 1 }, today, 12)?.field).toBe('servedOn');
  });
  it('names hours past the city maximum, quoting it', () => {
    expect(recordInputProblem({ servedOn: '2026-12-01', hours: 8.5 }, today, 8)).toEqual({
      field: 'hours',
      detail: { 'zh-CN': '单次服务不超过 8 小时', en: 'at most 8 hours' },
    });
  });
});

describe('tagsReach', () => {
  const orgs: CityAccess = { level: 'orgs', paths: ['/1/2/'] };
  const self: CityAccess = { level: 'self', memberId: 9 };
  it('lets the member set their own tags whatever their access', () => {
    expect(tagsReach(self, true, '/9/', null)).toBe('ok');
  });
  it('forbids another member', () => {
    expect(tagsReach(self, false, '/1/2/3/', null)).toBe('forbidden');
  });
  it('lets an admin reach through the member’s org or their report community, and hides the member otherwise', () => {
    expect([
      tagsReach(orgs, false, '/1/2/3/', null),
      tagsReach(orgs, false, '/5/', '/1/2/4/'),
      tagsReach(orgs, false, '/5/', '/6/'),
      tagsReach(orgs, false, '/5/', null),
    ]).toEqual(['ok', 'ok', 'not_found', 'not_found']);
  });
});

describe('uniqueTags', () => {
  it('keeps each tag once in first-given order', () => {
    expect(uniqueTags(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
  });
});

describe('recordView', () => {
  it('turns numeric hours into a number and a missing claim kind or reviewer into null', () => {
    const v = recordView({ id: 1, hours: '2.50', member_name: '张三', status: 'submitted' });
    expect([v.hours, v.claimKind, v.reviewedBy, v.memberName]).toEqual([2.5, null, null, '张三']);
  });
});

describe('collectedView', () => {
  const row = {
    id: 4,
    community_org_id: 7,
    community_org_name: '东城社区',
    beneficiary: '李奶奶',
    text: '换一把轮椅',
    collected_on: '2026-11-30',
    status: 'claimed',
    fulfilled_on: null,
    claim_id: 2,
    claimed_by: 11,
    claimed_by_name: '王五',
  };
  it('answers a wish’s text as content, with when it was fulfilled', () => {
    const v: Record<string, unknown> = collectedView('wish', row);
    expect([v.content, v.need, 'fulfilledOn' in v, v.claimedByName]).toEqual([
      '换一把轮椅',
      undefined,
      true,
      '王五',
    ]);
  });
  it('answers a pairing need’s text as need, without fulfilledOn', () => {
    const v: Record<string, unknown> = collectedView('pairing', row);
    expect([v.need, v.content, 'fulfilledOn' in v]).toEqual(['换一把轮椅', undefined, false]);
  });
});

describe('postListView', () => {
  it('counts claims as a number and mine as a boolean', () => {
    const v = postListView({ id: 1, claims: '2', mine: null, capacity: 3 });
    expect([v.claims, v.mine, v.capacity]).toEqual([2, false, 3]);
  });
});
