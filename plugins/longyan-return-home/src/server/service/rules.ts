import { type CityAccess, type LocalizedText, num, pathInScope, say } from '@jiceng/plugin-kit';

/** The pure rules of the service side: room on a post, where a member may serve, what a record may claim, 五个先锋 reach. */

/** Why a member may not claim a post with `taken.n` claims (`taken.mine` of them theirs); null when they may. */
export function postClaimRefusal(
  post: { title: string; capacity: number | null },
  taken: { n: unknown; mine: unknown },
): LocalizedText | null {
  if (num(taken.mine) > 0) return say('已认领该岗位', 'already claimed');
  if (post.capacity != null && num(taken.n) >= post.capacity)
    return say(`岗位“${post.title}”名额已满`, `the post “${post.title}” is full`);
  return null;
}

/**
 * Whether a member may serve (claim, record) in a community: when the city requires it (requireReportToServe), only
 * in the community they reported to this period.
 */
export function mayServeIn(required: boolean, reportedOrgId: number | null, communityOrgId: number): boolean {
  return !required || reportedOrgId === communityOrgId;
}

/** The first thing wrong with a record's date and hours, naming the field; null when both are fine. */
export function recordInputProblem(
  b: { servedOn: string; hours: number },
  today: string,
  maxHoursPerRecord: number,
): { field: 'servedOn' | 'hours'; detail: LocalizedText } | null {
  if (b.servedOn > today)
    return { field: 'servedOn', detail: say('服务日期不能晚于今天', 'servedOn is in the future') };
  if (b.hours > maxHoursPerRecord)
    return {
      field: 'hours',
      detail: say(`单次服务不超过 ${maxHoursPerRecord} 小时`, `at most ${maxHoursPerRecord} hours`),
    };
  return null;
}

/** Who may set a member's 五个先锋 tags: the member; else an admin whose scope holds their org or report community. */
export function tagsReach(
  access: CityAccess,
  self: boolean,
  memberOrgPath: string,
  reportPath: string | null,
): 'ok' | 'forbidden' | 'not_found' {
  if (self) return 'ok';
  if (access.level === 'self') return 'forbidden';
  if (pathInScope(access, memberOrgPath) || (reportPath != null && pathInScope(access, reportPath)))
    return 'ok';
  return 'not_found';
}

/** Each tag once, in the order first given. */
export const uniqueTags = <T>(tags: T[]): T[] => [...new Set(tags)];

/** A service record as the API answers it (snake-case row in, camel-case out; hours as a number). */
export const recordView = (r: any) => ({
  id: r.id,
  memberId: r.member_id,
  memberName: r.member_name,
  communityOrgId: r.community_org_id,
  communityOrgName: r.community_org_name,
  claimId: r.claim_id,
  claimKind: r.claim_kind ?? null,
  servedOn: r.served_on,
  hours: num(r.hours),
  content: r.content,
  beneficiary: r.beneficiary,
  status: r.status,
  submittedAt: r.submitted_at,
  reviewedBy: r.reviewer_name ?? null,
  reviewedAt: r.reviewed_at,
  verifiedWith: r.verified_with,
  reviewNote: r.review_note,
});

/** A service post in a list: its claims so far and whether the asker claimed it. */
export const postListView = (r: Record<string, unknown>) => ({
  id: r.id,
  communityOrgId: r.community_org_id,
  communityOrgName: r.community_org_name,
  title: r.title,
  mode: r.mode,
  description: r.description,
  capacity: r.capacity,
  status: r.status,
  publishedOn: r.published_on,
  claims: num(r.claims),
  mine: !!r.mine,
});

/** A 结对帮扶 need (its text as `need`) or a 微心愿 (as `content`, with when it was fulfilled) in a list, with who claimed it. */
/** The answer to collecting a need or a wish: the new row with its community. */
export const collectedCreatedView = (
  textCol: string,
  row: { id: number; beneficiary: string; collected_on: string; status: string } & Record<string, unknown>,
  community: { id: number; name: string },
) => ({
  id: row.id,
  communityOrgId: community.id,
  communityOrgName: community.name,
  beneficiary: row.beneficiary,
  [textCol]: row[textCol],
  collectedOn: row.collected_on,
  status: row.status,
});

export const collectedView = (kind: 'pairing' | 'wish', r: Record<string, unknown>) => ({
  id: r.id,
  communityOrgId: r.community_org_id,
  communityOrgName: r.community_org_name,
  beneficiary: r.beneficiary,
  [kind === 'pairing' ? 'need' : 'content']: r.text,
  collectedOn: r.collected_on,
  status: r.status,
  ...(kind === 'wish' ? { fulfilledOn: r.fulfilled_on } : {}),
  claimId: r.claim_id,
  claimedBy: r.claimed_by,
  claimedByName: r.claimed_by_name,
});

/** A member's claim in their list, with the title and status of what was claimed. */
export const claimListView = (r: Record<string, unknown>) => ({
  id: r.id,
  kind: r.kind,
  postId: r.post_id,
  pairingId: r.pairing_id,
  wishId: r.wish_id,
  title: r.title,
  status: r.status,
  communityOrgId: r.community_org_id,
  communityOrgName: r.community_org_name,
  claimedAt: r.claimed_at,
});
