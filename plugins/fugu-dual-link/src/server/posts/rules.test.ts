import { describe, expect, it } from 'vitest';
import {
  bestPost,
  groupName,
  groupsSummary,
  isFull,
  type LoadedPost,
  matchScore,
  planAssignments,
  planGroups,
  rankPosts,
  splitEvenly,
  unableLongEnough,
} from './rules';

const post = (id: number, over: Partial<LoadedPost> = {}): LoadedPost => ({
  id,
  community_org_id: 1,
  category: 'legal',
  name: `岗位${id}`,
  keywords: '',
  capacity: null,
  active: true,
  holders: 0,
  ...over,
});

describe('matchScore', () => {
  it('counts 1 per category word and 2 per post keyword found in skills and occupation', () => {
    // legal words 律师 and 调解 appear (2 × 1; no 法 on its own); keyword 合同 appears (2); 婚姻 does not.
    expect(matchScore('律师，擅长调解', '合同审查', post(1, { keywords: '合同，婚姻' }))).toBe(4);
  });
  it('is 0 without skills or occupation', () => {
    expect(matchScore(null, '  ', post(1, { keywords: '律师' }))).toBe(0);
  });
});

describe('isFull', () => {
  it('is full only with a capacity reached', () => {
    expect([isFull({ capacity: null }, 99), isFull({ capacity: 3 }, 2), isFull({ capacity: 3 }, 3)]).toEqual([
      false,
      false,
      true,
    ]);
  });
});

describe('bestPost', () => {
  const member = { skills: '医生', occupation: null };
  it('takes the best fit with room; retired and full posts are skipped', () => {
    const posts = [
      post(1, { category: 'medical', active: false }), // would score 1, retired
      post(2, { category: 'medical', capacity: 1, holders: 1 }), // would score 1, full
      post(3, { category: 'legal' }), // 0
      post(4, { category: 'medical', keywords: '医生' }), // 1 + 2
    ];
    expect(bestPost(member, posts)).toEqual({ post: posts[3], score: 3 });
  });
  it('breaks a tie with the emptier post', () => {
    const posts = [post(1, { holders: 2 }), post(2, { holders: 1 })];
    expect(bestPost(member, posts)?.post.id).toBe(2);
  });
  it('finds nothing when every post is full', () => {
    expect(bestPost(member, [post(1, { capacity: 2, holders: 2 })])).toBeUndefined();
  });
});

describe('planAssignments', () => {
  it('counts the members placed before: a post of capacity 1 takes only the first', () => {
    const posts = [post(1, { keywords: '律师', capacity: 1 }), post(2, { category: 'culture' })];
    const regs = [
      { id: 10, skills: '律师', occupation: null },
      { id: 11, skills: '律师', occupation: null },
    ];
    expect(planAssignments(regs, posts)).toEqual([
      { registrationId: 10, postId: 1, score: 3 },
      { registrationId: 11, postId: 2, score: 0 },
    ]);
  });
});

describe('rankPosts', () => {
  it('drops retired posts, ranks by score then load, and flags full ones', () => {
    const posts = [
      post(1, { category: 'culture', holders: 0 }),
      post(2, { keywords: '调解', capacity: 1, holders: 1 }),
      post(3, { active: false, keywords: '调解' }),
      post(4, { category: 'security', holders: 5 }),
    ];
    const ranked = rankPosts({ skills: '调解', occupation: null }, posts);
    expect(ranked.map((p) => [p.id, p.score, p.full])).toEqual([
      [2, 3, true],
      [1, 0, false],
      [4, 0, false],
    ]);
  });
});

describe('unableLongEnough (换岗 half year)', () => {
  it('needs six calendar months, the day clamped at month end', () => {
    expect(unableLongEnough('2026-03-10', '2026-09-10')).toBe(true);
    expect(unableLongEnough('2026-03-10', '2026-09-09')).toBe(false);
    // 08-31 + 6 months is 02-28 in 2027.
    expect(unableLongEnough('2026-08-31', '2027-02-28')).toBe(true);
    expect(unableLongEnough('2026-08-31', '2027-02-27')).toBe(false);
  });
});

describe('splitEvenly', () => {
  it('makes k near-equal consecutive parts, the first ones longer', () => {
    expect(splitEvenly([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([
      [1, 2, 3],
      [4, 5],
      [6, 7],
    ]);
  });
});

describe('planGroups', () => {
  const cfg = { partyGroupMin: 3, partyGroupMax: 4 };
  it('splits a category of 5 into 3 + 2 and pools small categories and the post-less into mixed', () => {
    const members = [
      ...[1, 2, 3, 4, 5].map((id) => ({ id, category: 'legal', activities: id === 4 ? 9 : 1 })),
      { id: 6, category: 'medical', activities: 0 },
      { id: 7, category: null, activities: 2 },
    ];
    expect(planGroups(members, cfg)).toEqual([
      // ceil(5 / 4) = 2 groups: [1,2,3] and [4,5]; equal activities lead by lowest id.
      { category: 'legal', memberIds: [1, 2, 3], leaderId: 1 },
      { category: 'legal', memberIds: [4, 5], leaderId: 4 },
      // medical (1 < min 3) and the member without a post: one mixed group led by the most active.
      { category: 'mixed', memberIds: [6, 7], leaderId: 7 },
    ]);
  });
  it('plans nothing for nobody', () => {
    expect(planGroups([], cfg)).toEqual([]);
  });
});

describe('groupName', () => {
  it('numbers the group and names its category in Chinese', () => {
    expect(groupName(3, 'legal')).toBe('第3党小组（法律咨询）');
    expect(groupName(1, 'mixed')).toBe('第1党小组（综合）');
  });
});

describe('groupsSummary', () => {
  it('flags too small, too large and leaderless groups and lists the ungrouped', () => {
    const groups = [
      { id: 1, leaderRegistrationId: 10 },
      { id: 2, leaderRegistrationId: null },
    ];
    const members = [
      { groupId: 1, r: 10 },
      { groupId: 1, r: 11 },
      { groupId: 1, r: 12 },
      { groupId: 2, r: 13 },
      { groupId: null, r: 14 },
    ];
    const s = groupsSummary(groups, members, { partyGroupMin: 2, partyGroupMax: 2 });
    expect(s.items.map((g) => [g.id, g.size, g.undersized, g.oversized, g.noLeader])).toEqual([
      [1, 3, false, true, false],
      [2, 1, true, false, true],
    ]);
    expect([s.ungrouped.map((m) => m.r), s.min, s.max]).toEqual([[14], 2, 2]);
  });
});
