import { addMonths } from '@jiceng/plugin-kit';
import { CATEGORY_KEYWORDS, CATEGORY_LABELS, type PostCategory } from '../../shared/terms';

/** The pure rules of posts and party groups: matching skills to posts, 换岗's half year, forming groups. */

export interface PostRow {
  id: number;
  community_org_id: number;
  category: PostCategory;
  name: string;
  keywords: string;
  capacity: number | null;
  active: boolean;
}

/** A post with how many members hold it now. */
export type LoadedPost = PostRow & { holders: number };

/** How well a member's skills and occupation fit a post: category words count 1, the post's own words 2. */
export function matchScore(
  skills: string | null,
  occupation: string | null,
  post: Pick<PostRow, 'category' | 'keywords'>,
): number {
  const hay = `${skills ?? ''} ${occupation ?? ''}`;
  if (!hay.trim()) return 0;
  let score = 0;
  for (const w of CATEGORY_KEYWORDS[post.category] ?? []) if (hay.includes(w)) score += 1;
  for (const w of post.keywords.split(/[,，\s]+/).filter(Boolean)) if (hay.includes(w)) score += 2;
  return score;
}

/** A post is full when it has a capacity and that many holders. */
export const isFull = (post: Pick<PostRow, 'capacity'>, holders: number) =>
  post.capacity != null && holders >= post.capacity;

/** Best post by skills among those with room; ties go to the emptier post. */
export function bestPost<P extends LoadedPost>(
  reg: { skills: string | null; occupation: string | null },
  posts: P[],
): { post: P; score: number } | undefined {
  let best: { post: P; score: number } | undefined;
  for (const post of posts) {
    if (!post.active || isFull(post, post.holders)) continue;
    const score = matchScore(reg.skills, reg.occupation, post);
    if (!best || score > best.score || (score === best.score && post.holders < best.post.holders))
      best = { post, score };
  }
  return best;
}

/**
 * Auto-assignment: each registration in order takes its best post with room, and the post's load counts the
 * members placed before it. Registrations no post fits (all full or retired) stay unassigned.
 */
export function planAssignments<P extends LoadedPost>(
  regs: { id: number; skills: string | null; occupation: string | null }[],
  posts: P[],
): { registrationId: number; postId: number; score: number }[] {
  const out: { registrationId: number; postId: number; score: number }[] = [];
  for (const r of regs) {
    const best = bestPost(r, posts);
    if (!best) continue;
    best.post.holders += 1;
    out.push({ registrationId: r.id, postId: best.post.id, score: best.score });
  }
  return out;
}

/** The active posts ranked for a member: best fit first, then the emptier; full ones are flagged, not hidden. */
export function rankPosts<P extends LoadedPost>(
  reg: { skills: string | null; occupation: string | null },
  posts: P[],
): (P & { score: number; full: boolean })[] {
  return posts
    .filter((p) => p.active)
    .map((p) => ({
      ...p,
      score: matchScore(reg.skills, reg.occupation, p),
      full: isFull(p, p.holders),
    }))
    .sort((a, b) => b.score - a.score || a.holders - b.holders);
}

/** 换岗 is for a member unable to serve for half a year or more: `until` at least six calendar months after `from`. */
export const unableLongEnough = (from: string, until: string) => until >= addMonths(from, 6);

/** Splits a list into k near-equal consecutive parts (the first ones one longer). */
export function splitEvenly<T>(list: T[], k: number): T[][] {
  const out: T[][] = [];
  const base = Math.floor(list.length / k);
  let rest = list.length % k;
  let at = 0;
  for (let i = 0; i < k; i++) {
    const size = base + (rest-- > 0 ? 1 : 0);
    out.push(list.slice(at, at + size));
    at += size;
  }
  return out;
}

export interface GroupSizes {
  partyGroupMin: number;
  partyGroupMax: number;
}

/**
 * Members without a group, grouped by their post's category: each category of n members becomes ceil(n / max)
 * groups of near-equal size. Categories too small for a group of `min` are pooled into one mixed group.
 * The member with the most community activities leads each new group until the community names another.
 */
export function planGroups(
  members: { id: number; category: string | null; activities: number }[],
  cfg: GroupSizes,
) {
  const byCategory = new Map<string, { id: number; activities: number }[]>();
  for (const m of members) {
    const key = m.category ?? 'mixed';
    byCategory.set(key, [...(byCategory.get(key) ?? []), { id: m.id, activities: m.activities }]);
  }
  const batches: { category: string; members: { id: number; activities: number }[] }[] = [];
  const pool: { id: number; activities: number }[] = [];
  for (const [category, list] of byCategory) {
    if (category === 'mixed' || list.length < cfg.partyGroupMin) {
      pool.push(...list);
      continue;
    }
    for (const part of splitEvenly(list, Math.ceil(list.length / cfg.partyGroupMax)))
      batches.push({ category, members: part });
  }
  if (pool.length)
    for (const part of splitEvenly(pool, Math.max(1, Math.ceil(pool.length / cfg.partyGroupMax))))
      batches.push({ category: 'mixed', members: part });
  return batches
    .filter((b) => b.members.length)
    .map((b) => ({
      category: b.category,
      memberIds: b.members.map((m) => m.id),
      leaderId: [...b.members].sort((x, y) => y.activities - x.activities || x.id - y.id)[0]!.id,
    }));
}

/** 第n党小组（类别）: the name of the community's n-th group. */
export const groupName = (n: number, category: string) =>
  `第${n}党小组（${category === 'mixed' ? '综合' : CATEGORY_LABELS[category as PostCategory]['zh-CN']}）`;

/** Each group with its members and what is wrong with it (too small, too large, no leader); the ungrouped apart. */
export function groupsSummary<
  G extends { id: number; leaderRegistrationId: number | null },
  M extends { groupId: number | null },
>(groups: G[], members: M[], cfg: GroupSizes) {
  const items = groups.map((g) => {
    const list = members.filter((m) => m.groupId === g.id);
    return {
      ...g,
      size: list.length,
      undersized: list.length < cfg.partyGroupMin,
      oversized: list.length > cfg.partyGroupMax,
      noLeader: !g.leaderRegistrationId,
      members: list,
    };
  });
  return {
    items,
    ungrouped: members.filter((m) => !m.groupId),
    min: cfg.partyGroupMin,
    max: cfg.partyGroupMax,
  };
}
