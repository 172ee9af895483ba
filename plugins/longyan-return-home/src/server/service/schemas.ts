import { actionsSchema, isoDate, paging, positiveId, queryId, text } from '@jiceng/plugin-kit';
import { z } from 'zod';
import { PIONEER_TAGS, RECORD_STATUSES, SERVICE_MODES } from '../../shared/model';
import { count, day, id, idOrNull, moment, str, strOrNull } from '../schemas';

export const postSchema = z.looseObject({
  id,
  communityOrgId: id,
  communityOrgName: str,
  title: str,
  mode: z.enum(SERVICE_MODES),
  description: strOrNull,
  capacity: z.number().int().nullable(),
  status: z.enum(['open', 'closed']),
  publishedOn: day,
  claims: count,
});
export const postListItemSchema = postSchema.extend({ mine: z.boolean() });

const collected = {
  id,
  communityOrgId: id,
  communityOrgName: str,
  beneficiary: str,
  collectedOn: day,
};
const claimedBy = { claimId: idOrNull, claimedBy: idOrNull, claimedByName: strOrNull };
export const pairingSchema = z.looseObject({ ...collected, need: str, status: z.enum(['open', 'paired']) });
export const wishSchema = z.looseObject({
  ...collected,
  content: str,
  status: z.enum(['open', 'claimed', 'fulfilled']),
});
export const pairingListItemSchema = pairingSchema.extend(claimedBy);
export const wishListItemSchema = wishSchema.extend({ fulfilledOn: day.nullable(), ...claimedBy });

export const claimSchema = z.looseObject({
  id,
  memberId: id,
  kind: z.enum(['post', 'pairing', 'wish']),
  postId: idOrNull,
  pairingId: idOrNull,
  wishId: idOrNull,
  communityOrgId: id,
  claimedAt: moment,
});
export const claimListItemSchema = z.looseObject({
  id,
  kind: z.enum(['post', 'pairing', 'wish']),
  postId: idOrNull,
  pairingId: idOrNull,
  wishId: idOrNull,
  title: strOrNull,
  status: strOrNull,
  communityOrgId: id,
  communityOrgName: str,
  claimedAt: moment,
});

export const recordSchema = z.looseObject({
  id,
  memberId: id,
  memberName: str,
  communityOrgId: id,
  communityOrgName: str
    .optional()
    .meta({ description: 'in lists and reviews; not in the answer to a submission' }),
  claimId: idOrNull,
  claimKind: z.enum(['post', 'pairing', 'wish']).nullable(),
  servedOn: day,
  hours: z.number(),
  content: str,
  beneficiary: str,
  status: z.enum(RECORD_STATUSES),
  submittedAt: moment,
  reviewedBy: strOrNull,
  reviewedAt: moment.nullable(),
  verifiedWith: strOrNull,
  reviewNote: strOrNull,
  actions: actionsSchema(['confirm', 'reject']).optional().meta({ description: 'in lists' }),
});

export const tagsSchema = z.object({ memberId: id, tags: z.array(z.enum(PIONEER_TAGS)) });

// --- Request bodies and queries ---
export const postBody = z.object({
  communityOrgId: positiveId,
  title: text(120),
  mode: z.enum(SERVICE_MODES),
  description: z.string().trim().max(1000).nullable().optional(),
  capacity: z.number().int().min(1).max(10_000).nullable().optional(),
});
export const pairingBody = z.object({
  communityOrgId: positiveId,
  beneficiary: text(60),
  need: text(500),
  collectedOn: isoDate.optional(),
});
export const wishBody = z.object({
  communityOrgId: positiveId,
  beneficiary: text(60),
  content: text(500),
  collectedOn: isoDate.optional(),
});
export const claimBody = z.object({ memberId: positiveId.nullable().optional() });
export const listQuery = paging.extend({
  communityOrgId: queryId.optional(),
  status: z.string().trim().max(20).optional(),
});
export const recordBody = z.object({
  memberId: positiveId.nullable().optional(),
  claimId: positiveId.nullable().optional(),
  communityOrgId: positiveId.nullable().optional(),
  servedOn: isoDate,
  hours: z.number().positive().max(24),
  content: text(500),
  beneficiary: text(60),
});
export const recordQuery = paging.extend({
  communityOrgId: queryId.optional(),
  memberId: queryId.optional(),
  status: z.enum(RECORD_STATUSES).optional(),
});
export const confirmBody = z.object({
  /** 核实对象: the beneficiary or organizer the community checked with. */
  verifiedWith: text(120),
  note: z.string().trim().max(500).nullable().optional(),
});
export const rejectBody = z.object({ reason: text(500) });
export const tagsBody = z.object({ tags: z.array(z.enum(PIONEER_TAGS)).max(PIONEER_TAGS.length) });
export const claimsQuery = z.object({ memberId: queryId.optional() });
