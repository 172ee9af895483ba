import { conflict, invalid, say, type Who } from '@jiceng/plugin-kit';
import type { Insertable } from 'kysely';
import { STANDARD_POSTS } from '../../shared/terms';
import { audit, notify, type RegistrationRow, S } from '../common';
import type { FuguDb, PostAssignmentTable } from '../db';
import {
  assignmentPostId,
  type GroupRow,
  groupCount,
  groupSize,
  postNames,
  postsWithLoad,
  unassignedRegistrations,
  ungroupedWithActivity,
} from './queries';
import {
  type GroupSizes,
  groupName,
  isFull,
  matchScore,
  type PostRow,
  planAssignments,
  planGroups,
} from './rules';

/** The transactions of posts, post changes and party groups, each write with its audit entry. */

type NewPost = {
  category: PostRow['category'];
  name: string;
  description?: string | null;
  keywords?: string;
  capacity?: number | null;
};
type PostChanges = Partial<NewPost> & { active?: boolean };

export function createPost(db: FuguDb, who: Who, communityOrgId: number, b: NewPost) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto(`${S}.post`)
      .values({
        city_id: who.cityId,
        community_org_id: communityOrgId,
        category: b.category,
        name: b.name,
        description: b.description ?? null,
        keywords: b.keywords ?? '',
        capacity: b.capacity ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, { action: 'create', entity: 'post', entityId: row.id, before: null, after: row });
    return row;
  });
}

/** The standard posts the community does not have yet (by name); how many were added. */
export async function addStandardPosts(db: FuguDb, who: Who, communityOrgId: number): Promise<number> {
  const existing = await postNames(db, who.cityId, communityOrgId);
  const rows = STANDARD_POSTS.filter((p) => !existing.has(p.name['zh-CN'])).map((p) => ({
    city_id: who.cityId,
    community_org_id: communityOrgId,
    code: p.code,
    category: p.category,
    name: p.name['zh-CN'],
    description: p.name.en,
    keywords: p.keywords.join(','),
    capacity: null,
  }));
  if (rows.length)
    await db.transaction().execute(async (trx) => {
      await trx.insertInto(`${S}.post`).values(rows).execute();
      await audit(trx, who, {
        action: 'create_standard',
        entity: 'post',
        entityId: communityOrgId,
        before: null,
        after: { added: rows.length },
      });
    });
  return rows.length;
}

export async function updatePost(db: FuguDb, who: Who, post: PostRow, b: PostChanges) {
  const set: PostChanges = {};
  if (b.category !== undefined) set.category = b.category;
  if (b.name !== undefined) set.name = b.name;
  if (b.description !== undefined) set.description = b.description;
  if (b.keywords !== undefined) set.keywords = b.keywords;
  if (b.capacity !== undefined) set.capacity = b.capacity;
  if (b.active !== undefined) set.active = b.active;
  if (!Object.keys(set).length) throw invalid(say('没有要修改的内容', 'nothing to update'), '(body)');
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable(`${S}.post`)
      .set(set)
      .where('city_id', '=', who.cityId)
      .where('id', '=', post.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, { action: 'update', entity: 'post', entityId: post.id, before: post, after: row });
    return row;
  });
}

/** Ends the registration's present post today and starts the new one. */
async function assign(
  trx: FuguDb,
  who: Who,
  on: string,
  reg: RegistrationRow,
  post: PostRow,
  reason: 'skills' | 'manual' | 'change',
  score: number,
) {
  await trx
    .updateTable(`${S}.post_assignment`)
    .set({ until: on })
    .where('city_id', '=', who.cityId)
    .where('registration_id', '=', reg.id)
    .where('until', 'is', null)
    .execute();
  const row = await trx
    .insertInto(`${S}.post_assignment`)
    .values({
      city_id: who.cityId,
      registration_id: reg.id,
      post_id: post.id,
      since: on,
      reason,
      match_score: score,
      assigned_by: who.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(trx, who, {
    action: 'assign',
    entity: 'post_assignment',
    entityId: row.id,
    before: null,
    after: {
      registrationId: reg.id,
      postId: post.id,
      reason,
      score,
    },
  });
  return row.id;
}

/** The community puts a member on a post of their community that is in use and has room. */
export async function assignPost(db: FuguDb, who: Who, on: string, reg: RegistrationRow, post: PostRow) {
  if (post.community_org_id !== reg.community_org_id)
    throw invalid(say('岗位不属于该党员报到的社区', 'the post belongs to another community'), 'postId');
  if (!post.active) throw conflict(say('岗位已停用', 'the post is retired'), 'postId');
  const [load] = (await postsWithLoad(db, who.cityId, reg.community_org_id)).filter((p) => p.id === post.id);
  if (isFull(post, load?.holders ?? 0)) throw conflict(say('岗位已满', 'the post is full'), 'postId');
  return db
    .transaction()
    .execute((trx) =>
      assign(trx, who, on, reg, post, 'manual', matchScore(reg.skills, reg.occupation, post)),
    );
}

/** Every active registration of the community without a post takes the post that fits it best. */
export async function autoAssign(db: FuguDb, who: Who, on: string, communityOrgId: number) {
  const posts = await postsWithLoad(db, who.cityId, communityOrgId);
  if (!posts.some((p) => p.active))
    throw conflict(say('社区尚未设置岗位', 'the community has no posts yet'), 'communityOrgId');
  const regs = await unassignedRegistrations(db, who.cityId, communityOrgId);
  const rows: Insertable<PostAssignmentTable>[] = planAssignments(regs, posts).map((a) => ({
    city_id: who.cityId,
    registration_id: a.registrationId,
    post_id: a.postId,
    since: on,
    reason: 'skills',
    match_score: a.score,
    assigned_by: who.userId,
  }));
  if (rows.length)
    await db.transaction().execute(async (trx) => {
      await trx.insertInto(`${S}.post_assignment`).values(rows).execute();
      await audit(trx, who, {
        action: 'auto_assign',
        entity: 'post_assignment',
        entityId: communityOrgId,
        before: null,
        after: {
          assigned: rows.length,
        },
      });
    });
  return { assigned: rows.length, unassigned: regs.length - rows.length };
}

export function createChangeRequest(
  db: FuguDb,
  who: Who,
  reg: RegistrationRow,
  assignmentId: number,
  b: { reason: string; unableFrom: string; unableUntil: string },
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto(`${S}.post_change_request`)
      .values({
        city_id: who.cityId,
        registration_id: reg.id,
        assignment_id: assignmentId,
        reason: b.reason,
        unable_from: b.unableFrom,
        unable_until: b.unableUntil,
        created_by: who.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, {
      action: 'create',
      entity: 'post_change_request',
      entityId: row.id,
      before: null,
      after: row,
    });
    return row;
  });
}

/** The new post of an approved change must be another post of the member's community. */
export async function checkNewPost(
  db: FuguDb,
  who: Who,
  reg: RegistrationRow,
  assignmentId: number | null,
  newPost: PostRow,
) {
  if (newPost.community_org_id !== reg.community_org_id)
    throw invalid(say('岗位不属于该社区', 'the post belongs to another community'), 'newPostId');
  if (assignmentId && (await assignmentPostId(db, who.cityId, assignmentId)) === newPost.id)
    throw invalid(say('新岗位与原岗位相同', 'same post'), 'newPostId');
}

/** 交接岗 on approval: the old post ends today, the new one (if any) starts today and the unit's org is told. */
export async function decideChangeRequest(
  db: FuguDb,
  who: Who,
  on: string,
  requestId: number,
  reg: RegistrationRow,
  decision: { approve: boolean; newPost?: PostRow; note?: string },
) {
  const { approve, newPost } = decision;
  await db.transaction().execute(async (trx) => {
    if (approve) {
      await trx
        .updateTable(`${S}.post_assignment`)
        .set({ until: on })
        .where('city_id', '=', who.cityId)
        .where('registration_id', '=', reg.id)
        .where('until', 'is', null)
        .execute();
      if (newPost)
        await assign(trx, who, on, reg, newPost, 'change', matchScore(reg.skills, reg.occupation, newPost));
      await notify(trx, who.cityId, {
        toOrgId: reg.unit_org_id,
        kind: 'post_change',
        memberId: reg.member_id,
        registrationId: reg.id,
        dedupeKey: `q${requestId}`,
        payload: { newPost: newPost?.name ?? null },
        on,
      });
    }
    await trx
      .updateTable(`${S}.post_change_request`)
      .set({
        status: approve ? 'approved' : 'rejected',
        new_post_id: newPost?.id ?? null,
        decided_on: on,
        decided_by: who.userId,
        decision_note: decision.note ?? null,
      })
      .where('city_id', '=', who.cityId)
      .where('id', '=', requestId)
      .execute();
    await audit(trx, who, {
      action: 'decide',
      entity: 'post_change_request',
      entityId: requestId,
      before: { status: 'pending' },
      after: { status: approve ? 'approved' : 'rejected', newPostId: newPost?.id ?? null },
    });
  });
  return approve ? 'approved' : 'rejected';
}

export function createGroup(
  db: FuguDb,
  who: Who,
  communityOrgId: number,
  b: { name: string; category: string },
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto(`${S}.party_group`)
      .values({ city_id: who.cityId, community_org_id: communityOrgId, name: b.name, category: b.category })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, {
      action: 'create',
      entity: 'party_group',
      entityId: row.id,
      before: null,
      after: row,
    });
    return row;
  });
}

/** Forms groups of the community's ungrouped members (planGroups), numbered after the groups it has. */
export async function formGroups(trx: FuguDb, city: number, communityOrgId: number, cfg: GroupSizes) {
  const plan = planGroups(await ungroupedWithActivity(trx, city, communityOrgId), cfg);
  let n = await groupCount(trx, city, communityOrgId);
  const created: { id: number; name: string; category: string; size: number }[] = [];
  for (const g of plan) {
    n += 1;
    const name = groupName(n, g.category);
    const group = await trx
      .insertInto(`${S}.party_group`)
      .values({
        city_id: city,
        community_org_id: communityOrgId,
        name,
        category: g.category,
        leader_registration_id: g.leaderId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable(`${S}.registration`)
      .set({ party_group_id: group.id })
      .where('city_id', '=', city)
      .where('id', 'in', g.memberIds)
      .execute();
    created.push({ id: group.id, name, category: g.category, size: g.memberIds.length });
  }
  return created;
}

export function formGroupsAudited(db: FuguDb, who: Who, communityOrgId: number, cfg: GroupSizes) {
  return db.transaction().execute(async (trx) => {
    const created = await formGroups(trx, who.cityId, communityOrgId, cfg);
    await audit(trx, who, {
      action: 'form',
      entity: 'party_group',
      entityId: communityOrgId,
      before: null,
      after: created,
    });
    return created;
  });
}

/** A member of the group's community joins it (leaving their former group, and its lead), up to `max`. */
export async function joinGroup(db: FuguDb, who: Who, group: GroupRow, reg: RegistrationRow, max: number) {
  if (reg.community_org_id !== group.community_org_id)
    throw invalid(say('党员不在该社区报到', 'the member registered at another community'), 'registrationId');
  if (reg.party_group_id === group.id)
    throw conflict(say('已在该党小组', 'already in this group'), 'registrationId');
  const size = await groupSize(db, who.cityId, group.id);
  if (size >= max)
    throw conflict(say(`党小组已满 ${max} 人`, `the group already has ${max} members`), 'registrationId');
  await db.transaction().execute(async (trx) => {
    if (reg.party_group_id)
      await trx
        .updateTable(`${S}.party_group`)
        .set({ leader_registration_id: null })
        .where('city_id', '=', who.cityId)
        .where('id', '=', reg.party_group_id)
        .where('leader_registration_id', '=', reg.id)
        .execute();
    await trx
      .updateTable(`${S}.registration`)
      .set({ party_group_id: group.id })
      .where('city_id', '=', who.cityId)
      .where('id', '=', reg.id)
      .execute();
    await audit(trx, who, {
      action: 'join',
      entity: 'party_group',
      entityId: group.id,
      before: { groupId: reg.party_group_id },
      after: { registrationId: reg.id, groupId: group.id },
    });
  });
  return size + 1;
}

/** Takes a member out of the group (and of its lead). */
export function leaveGroup(db: FuguDb, who: Who, groupId: number, registrationId: number) {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.party_group`)
      .set({ leader_registration_id: null })
      .where('city_id', '=', who.cityId)
      .where('id', '=', groupId)
      .where('leader_registration_id', '=', registrationId)
      .execute();
    await trx
      .updateTable(`${S}.registration`)
      .set({ party_group_id: null })
      .where('city_id', '=', who.cityId)
      .where('id', '=', registrationId)
      .execute();
    await audit(trx, who, {
      action: 'leave',
      entity: 'party_group',
      entityId: groupId,
      before: { registrationId },
      after: null,
    });
  });
}

export function setLeader(db: FuguDb, who: Who, group: GroupRow, registrationId: number) {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.party_group`)
      .set({ leader_registration_id: registrationId })
      .where('city_id', '=', who.cityId)
      .where('id', '=', group.id)
      .execute();
    await audit(trx, who, {
      action: 'leader',
      entity: 'party_group',
      entityId: group.id,
      before: { leader: group.leader_registration_id },
      after: { leader: registrationId },
    });
  });
}
