import { addDays, insertBatches, intBetween } from '@jiceng/plugin-kit';
import { earlierOf } from '../../shared/dates';
import { STANDARD_POSTS } from '../../shared/terms';
import { S } from '../common';
import { bestPost, type LoadedPost } from '../posts/rules';
import type { Structure } from './structure';
import { bulkInsert, type Reg, type SeedWorld } from './world';
export type SeedPost = LoadedPost & { code: string; description: string };

/** The standard posts of every community, and each active member on the post that fits their skills. */
export async function seedPosts(w: SeedWorld, s: Structure, active: Reg[]) {
  const { db, city, random, T, progress } = w;
  const { communities } = s;
  progress('posts', 0, communities.length);
  const postRows = communities.flatMap((c) =>
    STANDARD_POSTS.map((p) => ({
      city_id: city,
      community_org_id: c.id,
      code: p.code,
      category: p.category,
      name: p.name['zh-CN'],
      description: p.name.en,
      keywords: p.keywords.join(','),
      capacity: null,
    })),
  );
  const postIds = await insertBatches(db, `${S}.post`, postRows);
  const postsOf = new Map<number, SeedPost[]>();
  postRows.forEach((p, i) => {
    postsOf.set(p.community_org_id, [
      ...(postsOf.get(p.community_org_id) ?? []),
      { ...p, id: postIds[i]!, active: true, holders: 0 },
    ]);
  });
  const assignments: Record<string, unknown>[] = [];
  const postOf = new Map<Reg, SeedPost>();
  for (const r of active) {
    const best = bestPost(r, postsOf.get(r.communityOrgId) ?? []);
    if (!best) continue;
    best.post.holders += 1;
    postOf.set(r, best.post);
    assignments.push({
      city_id: city,
      registration_id: r.id,
      post_id: best.post.id,
      since: earlierOf(addDays(r.stampedOn!, intBetween(random, 3, 20)), T),
      reason: 'skills',
      match_score: best.score,
    });
  }
  const assignmentIds = await bulkInsert(db, `${S}.post_assignment`, assignments, (d, t) =>
    progress('posts', d, t),
  );
  return { postsOf, postOf, assignments, assignmentIds };
}
