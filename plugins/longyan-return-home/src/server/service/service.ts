import { pluginAudit, refuse, say, type Who } from '@jiceng/plugin-kit';
import { type MemberRow, S } from '../common';
import type { ClaimTable, LongyanDb } from '../db';
import {
  type CollectedKind,
  claimKey,
  collectedEntity,
  collectedTable,
  collectedTextColumn,
} from './queries';
import { postClaimRefusal } from './rules';

/** The transactions of the service side, each write with its audit entry. */

/** Who writes: the city and the logged-in user the audit names (the toolkit's Who). */
export type { Who };

const audit = pluginAudit(S);

export function createPost(
  db: LongyanDb,
  who: Who,
  b: {
    communityOrgId: number;
    title: string;
    mode: string;
    description?: string | null;
    capacity?: number | null;
  },
  publishedOn: string,
) {
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto(`${S}.service_post`)
      .values({
        city_id: who.cityId,
        community_org_id: b.communityOrgId,
        title: b.title,
        mode: b.mode as never,
        description: b.description ?? null,
        capacity: b.capacity ?? null,
        published_on: publishedOn,
        created_by: who.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, { action: 'create', entity: 'service_post', entityId: r.id, after: r });
    return r;
  });
}

export function closePost(db: LongyanDb, who: Who, postId: number) {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.service_post`)
      .set({ status: 'closed' })
      .where('city_id', '=', who.cityId)
      .where('id', '=', postId)
      .execute();
    await audit(trx, who, {
      action: 'close',
      entity: 'service_post',
      entityId: postId,
      before: { status: 'open' },
      after: { status: 'closed' },
    });
  });
}

type ClaimTarget = {
  kind: ClaimTable['kind'];
  community_org_id: number;
  post_id?: number;
  pairing_id?: number;
  wish_id?: number;
};

/** Inserts a claim (marking a need paired or a wish claimed); `check` runs first in the transaction and throws to refuse. */
function insertClaim(
  db: LongyanDb,
  who: Who,
  member: MemberRow,
  target: ClaimTarget,
  now: Date,
  check: (trx: LongyanDb) => Promise<void>,
) {
  return db.transaction().execute(async (trx) => {
    await check(trx);
    const row = await trx
      .insertInto(`${S}.claim`)
      .values({ city_id: who.cityId, member_id: member.id, claimed_at: now, ...target })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (target.pairing_id)
      await trx
        .updateTable(`${S}.pairing_need`)
        .set({ status: 'paired' })
        .where('city_id', '=', who.cityId)
        .where('id', '=', target.pairing_id)
        .execute();
    if (target.wish_id)
      await trx
        .updateTable(`${S}.wish`)
        .set({ status: 'claimed' })
        .where('city_id', '=', who.cityId)
        .where('id', '=', target.wish_id)
        .execute();
    await audit(trx, who, { action: 'claim', entity: 'claim', entityId: row.id, after: row });
    return {
      id: row.id,
      memberId: member.id,
      kind: row.kind,
      postId: row.post_id,
      pairingId: row.pairing_id,
      wishId: row.wish_id,
      communityOrgId: row.community_org_id,
      claimedAt: row.claimed_at,
    };
  });
}

/**
 * A member claims a post. Counted in the claim's transaction with the post row locked: simultaneous claims on one
 * post queue on the lock, so each sees the claims committed before it and a post is never overfilled.
 */
export function claimPost(
  db: LongyanDb,
  who: Who,
  member: MemberRow,
  post: { id: number; community_org_id: number; title: string; capacity: number | null },
  now: Date,
) {
  return insertClaim(
    db,
    who,
    member,
    { kind: 'post', post_id: post.id, community_org_id: post.community_org_id },
    now,
    async (trx) => {
      await trx
        .selectFrom(`${S}.service_post`)
        .select('id')
        .where('city_id', '=', who.cityId)
        .where('id', '=', post.id)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const taken = await trx
        .selectFrom(`${S}.claim`)
        .select([
          (eb) => eb.fn.countAll().as('n'),
          (eb) => eb.fn.count('id').filterWhere('member_id', '=', member.id).as('mine'),
        ])
        .where('city_id', '=', who.cityId)
        .where('post_id', '=', post.id)
        .executeTakeFirstOrThrow();
      const refusal = postClaimRefusal(post, taken);
      if (refusal) throw refuse(refusal);
    },
  );
}

/**
 * A member claims a 结对帮扶 need or a 微心愿. Checked again with the row locked, so a second simultaneous claim
 * hears "already claimed"; the unique key (city_id, wish_id / pairing_id) on claims is what guarantees one claim.
 */
export function claimCollected(
  db: LongyanDb,
  who: Who,
  member: MemberRow,
  kind: CollectedKind,
  row: { id: number; community_org_id: number },
  now: Date,
) {
  return insertClaim(
    db,
    who,
    member,
    { kind, community_org_id: row.community_org_id, [claimKey(kind)]: row.id },
    now,
    async (trx) => {
      const locked = await trx
        .selectFrom(collectedTable(kind))
        .select('status')
        .where('city_id', '=', who.cityId)
        .where('id', '=', row.id)
        .forUpdate()
        .executeTakeFirst();
      if (locked?.status !== 'open') throw refuse(say('已被认领', 'already claimed'));
    },
  );
}

/** The community collects a 结对帮扶 need or a 微心愿. */
export function createCollected(
  db: LongyanDb,
  who: Who,
  kind: CollectedKind,
  b: { communityOrgId: number; beneficiary: string; text: string; collectedOn: string },
) {
  const table = collectedTable(kind);
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto(table)
      .values({
        city_id: who.cityId,
        community_org_id: b.communityOrgId,
        beneficiary: b.beneficiary,
        [collectedTextColumn(kind)]: b.text,
        collected_on: b.collectedOn,
        created_by: who.userId,
      } as never)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, { action: 'create', entity: collectedEntity(kind), entityId: r.id, after: r });
    return r as typeof r & Record<string, unknown>;
  });
}

export function submitRecord(
  db: LongyanDb,
  who: Who,
  b: {
    memberId: number;
    communityOrgId: number;
    claimId: number | null;
    servedOn: string;
    hours: number;
    content: string;
    beneficiary: string;
  },
  now: Date,
) {
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto(`${S}.service_record`)
      .values({
        city_id: who.cityId,
        member_id: b.memberId,
        community_org_id: b.communityOrgId,
        claim_id: b.claimId,
        served_on: b.servedOn,
        hours: b.hours,
        content: b.content,
        beneficiary: b.beneficiary,
        status: 'submitted',
        submitted_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, { action: 'submit', entity: 'service_record', entityId: r.id, after: r });
    return r;
  });
}

/** The community confirms a record; a confirmed service on a claimed wish fulfils it. */
export function confirmRecord(
  db: LongyanDb,
  who: Who,
  row: { id: number; member_id: number; wish_id: number | null; served_on: string },
  b: { verifiedWith: string; note: string | null },
  now: Date,
) {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.service_record`)
      .set({
        status: 'confirmed',
        reviewed_by: who.userId,
        reviewed_at: now,
        verified_with: b.verifiedWith,
        review_note: b.note,
      })
      .where('city_id', '=', who.cityId)
      .where('id', '=', row.id)
      .execute();
    if (row.wish_id)
      await trx
        .updateTable(`${S}.wish`)
        .set({ status: 'fulfilled', fulfilled_on: row.served_on })
        .where('city_id', '=', who.cityId)
        .where('id', '=', row.wish_id)
        .where('status', '=', 'claimed')
        .execute();
    await audit(trx, who, {
      action: 'confirm',
      entity: 'service_record',
      entityId: row.id,
      before: { status: 'submitted' },
      after: { status: 'confirmed', verifiedWith: b.verifiedWith, memberId: row.member_id },
    });
  });
}

export function rejectRecord(
  db: LongyanDb,
  who: Who,
  row: { id: number; member_id: number },
  reason: string,
  now: Date,
) {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.service_record`)
      .set({ status: 'rejected', reviewed_by: who.userId, reviewed_at: now, review_note: reason })
      .where('city_id', '=', who.cityId)
      .where('id', '=', row.id)
      .execute();
    await audit(trx, who, {
      action: 'reject',
      entity: 'service_record',
      entityId: row.id,
      before: { status: 'submitted' },
      after: { status: 'rejected', reason, memberId: row.member_id },
    });
  });
}

/** Replaces a member's 五个先锋 tags. */
export function setTags(db: LongyanDb, who: Who, memberId: number, before: string[], tags: string[]) {
  return db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom(`${S}.pioneer_tag`)
      .where('city_id', '=', who.cityId)
      .where('member_id', '=', memberId)
      .execute();
    if (tags.length)
      await trx
        .insertInto(`${S}.pioneer_tag`)
        .values(tags.map((tag) => ({ city_id: who.cityId, member_id: memberId, tag: tag as never })))
        .execute();
    await audit(trx, who, { action: 'tags', entity: 'pioneer_tag', entityId: memberId, before, after: tags });
  });
}
