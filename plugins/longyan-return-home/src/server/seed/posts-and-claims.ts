import { intBetween, pick, weighted } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import { S } from '../common';
import {
  ADDRESS,
  addDays,
  bulk,
  dayIn,
  maxDate,
  minDate,
  PAIRING_NEEDS,
  POST_TITLES,
  PUBLISHED,
  SURNAMES,
  WISHES,
} from './data';
import type { Reports } from './reports';
import type { World } from './world';

/** The community as 主持人: posts, pairing needs, wishes; members claim them. */
export async function seedPostsAndClaims(s: World & Reports) {
  const {
    db,
    cityId,
    random,
    progress,
    now,
    yearStart,
    rnd,
    k,
    stamp,
    reported,
    byCommunity,
    activeCommunities,
    share,
  } = s;
  progress('posts and claims', 0, 2);
  const postRows: Record<string, unknown>[] = [];
  for (const [community, n] of share(Math.max(activeCommunities.length, rnd(PUBLISHED.posts * k)))) {
    for (let i = 0; i < Math.max(1, n); i++) {
      const [title, mode] = pick(random, POST_TITLES);
      postRows.push({
        city_id: cityId,
        community_org_id: community,
        title,
        mode,
        description: null,
        capacity: null,
        status: 'open',
        published_on: dayIn(random, yearStart, now, 2),
      });
    }
  }
  const postIds = await bulk(db, `${S}.service_post`, postRows, true);
  const postsOf = new Map<number, { id: number; on: string }[]>();
  postRows.forEach((p, i) => {
    const c = p.community_org_id as number;
    if (!postsOf.has(c)) postsOf.set(c, []);
    postsOf.get(c)!.push({ id: postIds[i]!, on: p.published_on as string });
  });

  const needRows = (total: number, table: 'pairing' | 'wish') => {
    const rows: Record<string, unknown>[] = [];
    for (const [community, n] of share(total))
      for (let i = 0; i < n; i++)
        rows.push({
          city_id: cityId,
          community_org_id: community,
          beneficiary: pick(random, SURNAMES) + pick(random, ADDRESS),
          [table === 'pairing' ? 'need' : 'content']: pick(
            random,
            table === 'pairing' ? PAIRING_NEEDS : WISHES,
          ),
          collected_on: dayIn(random, yearStart, now, 1.3),
          status: 'open',
        });
    return rows;
  };
  const pairingRows = needRows(rnd(PUBLISHED.pairings * k), 'pairing');
  const wishRows = needRows(rnd(PUBLISHED.wishes * k), 'wish');
  const claimRows: Record<string, unknown>[] = [];
  const postClaimsOf = new Map<number, number[]>(); // member → indexes into claimRows
  for (const r of reported) {
    const posts = (postsOf.get(r.community) ?? []).filter((p) => p.on <= now);
    // Mean 1.58 claims per reported member: 59,200 / 37,444.
    const count = Math.min(
      posts.length,
      Number(weighted(random, { '0': 0.13, '1': 0.36, '2': 0.35, '3': 0.12, '4': 0.04 })),
    );
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(intBetween(random, 0, posts.length - 1));
    for (const i of chosen) {
      const post = posts[i]!;
      postClaimsOf.set(r.memberId, [...(postClaimsOf.get(r.memberId) ?? []), claimRows.length]);
      claimRows.push({
        city_id: cityId,
        member_id: r.memberId,
        kind: 'post',
        post_id: post.id,
        community_org_id: r.community,
        claimed_at: stamp(random, dayIn(random, maxDate(post.on, r.date), now)),
      });
    }
  }
  // Pairing needs and wishes: each claimed by one member who reported to that community.
  const claimNeeds = (
    rows: Record<string, unknown>[],
    kind: 'pairing' | 'wish',
    ids: number[],
    share: number,
  ) => {
    const claimed: { index: number; claim: number; date: string; member: number }[] = [];
    rows.forEach((row, i) => {
      const pool = byCommunity.get(row.community_org_id as number) ?? [];
      if (!pool.length || random() >= share) return;
      const who = pick(random, pool);
      // Taken up within a month of being collected (or of the member's report, if later), mostly in the first days:
      // a 微心愿 or a family waiting the rest of the year would make the 办结 days of the shared request figures
      // meaningless (a uniform day up to today gave a median of 110 days from collection to fulfilment).
      const from = maxDate(row.collected_on as string, who.date);
      const date = dayIn(random, from, minDate(now, addDays(from, 30)), 2);
      row.status = kind === 'pairing' ? 'paired' : 'claimed';
      claimed.push({ index: i, claim: claimRows.length, date, member: who.memberId });
      claimRows.push({
        city_id: cityId,
        member_id: who.memberId,
        kind,
        [kind === 'pairing' ? 'pairing_id' : 'wish_id']: ids[i],
        community_org_id: row.community_org_id,
        claimed_at: stamp(random, date),
      });
    });
    return claimed;
  };
  // Wishes claimed long enough ago are fulfilled, through a confirmed service record on the claim.
  const pairingIds = await bulk(db, `${S}.pairing_need`, pairingRows, true);
  claimNeeds(pairingRows, 'pairing', pairingIds, PUBLISHED.paired / PUBLISHED.pairings);
  await sql`update ${sql.raw(S)}.pairing_need set status = 'paired' where city_id = ${cityId} and id = any(${sql.val(pairingIds.filter((_, i) => pairingRows[i]!.status === 'paired'))}::int[])`.execute(
    db,
  );
  const wishIdsPre = await bulk(db, `${S}.wish`, wishRows, true);
  const wishClaims = claimNeeds(wishRows, 'wish', wishIdsPre, PUBLISHED.wishesClaimed / PUBLISHED.wishes);
  progress('posts and claims', 1, 2);
  const claimIds = await bulk(db, `${S}.claim`, claimRows, true);
  progress('posts and claims', 2, 2);
  return { wishRows, postClaimsOf, wishIdsPre, wishClaims, claimIds };
}

export type PostsAndClaims = Awaited<ReturnType<typeof seedPostsAndClaims>>;
