import { conflict, invalid, notFound, recordAudit, say, todayOf, type Who } from '@jiceng/plugin-kit';
import { ORG_KINDS } from '../../shared/model';
import { type Ctx, T } from '../common';
import { type BranchRow, branchNameTaken, currentBranchMember, memberRow } from './queries';
import { activityProblem, joinProblem } from './rules';

/** The transactions of the flowing-branch routes (each write with its audit entry) and the checks they make first. */

export interface NewBranch {
  name: string;
  parentOrgId: number;
  regionId?: number | null;
  origin: string;
  originOrgName?: string | null;
  establishedOn?: string;
  contactName?: string | null;
}

/** Sets up the branch: its org under `parentId` in the tree, and the branch record. */
export async function createBranch(ctx: Ctx, who: Who, parentId: number, b: NewBranch) {
  const { db } = ctx;
  if (await branchNameTaken(db, who.cityId, b.name))
    throw conflict({ 'zh-CN': '已有同名流动党支部', en: 'a flowing branch with this name exists' }, 'name');
  return db.transaction().execute(async (trx) => {
    const org = await trx
      .insertInto('core.org')
      .values({
        city_id: who.cityId,
        parent_id: parentId,
        kind: ORG_KINDS.flowing,
        name: b.name,
        place_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const r = await trx
      .insertInto(T.branch)
      .values({
        city_id: who.cityId,
        org_id: org.id,
        region_id: b.regionId ?? null,
        origin: b.origin,
        origin_org_name: b.originOrgName ?? null,
        established_on: b.establishedOn ?? todayOf(ctx),
        contact_name: b.contactName ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'create',
      entity: T.branch,
      entityId: r.id,
      after: { ...b, orgId: org.id },
    });
    return r;
  });
}

/** Takes a flowing member into the branch: an activity affiliation with its org (the relation stays at home). */
export async function joinBranch(
  ctx: Ctx,
  who: Who,
  branch: BranchRow,
  body: { memberId: number; joinedOn?: string },
) {
  const { db } = ctx;
  const m = await memberRow(db, who.cityId, body.memberId);
  if (!m) throw invalid(say('党员不存在', 'unknown member'), 'memberId');
  const problem = joinProblem(m);
  if (problem) throw invalid(problem, 'memberId');
  if (await currentBranchMember(db, who.cityId, branch.id, m.id))
    throw conflict({ 'zh-CN': `${m.name} 已在该支部`, en: `${m.name} is already in the branch` }, 'memberId');
  const on = body.joinedOn ?? todayOf(ctx);
  const row = await db.transaction().execute(async (trx) => {
    const aff = await trx
      .insertInto('core.member_affiliation')
      .values({
        city_id: who.cityId,
        member_id: m.id,
        kind: 'org',
        org_id: branch.orgId,
        place_id: null,
        since: on,
        note: branch.name,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const r = await trx
      .insertInto(T.branchMember)
      .values({
        city_id: who.cityId,
        branch_id: branch.id,
        member_id: m.id,
        joined_on: on,
        affiliation_id: aff.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'join',
      entity: T.branch,
      entityId: branch.id,
      after: { memberId: m.id, joinedOn: on },
    });
    return r;
  });
  return { id: row.id, memberId: m.id, joinedOn: on };
}

/** A member leaves the branch: the branch place and the activity affiliation end on the day. */
export async function leaveBranch(
  ctx: Ctx,
  who: Who,
  branch: BranchRow,
  memberId: number,
  leftOn: string | undefined,
) {
  const { db } = ctx;
  const bm = await currentBranchMember(db, who.cityId, branch.id, memberId);
  if (!bm) throw notFound({ 'zh-CN': '支部成员', en: 'Branch member' });
  const on = leftOn ?? todayOf(ctx);
  if (on < bm.joined_on) throw invalid(say('离开日期早于加入日期', 'leaves before joining'), 'leftOn');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable(T.branchMember)
      .set({ left_on: on })
      .where('city_id', '=', who.cityId)
      .where('id', '=', bm.id)
      .execute();
    if (bm.affiliation_id)
      await trx
        .updateTable('core.member_affiliation')
        .set({ until: on })
        .where('city_id', '=', who.cityId)
        .where('id', '=', bm.affiliation_id)
        .execute();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'leave',
      entity: T.branch,
      entityId: branch.id,
      after: { memberId, leftOn: on },
    });
  });
}

export interface NewActivity {
  kind: string;
  happenedOn: string;
  amount?: number;
  description: string;
}

/** Records what the branch did; an amount of 1 when none is given (a count). */
export async function recordActivity(ctx: Ctx, who: Who, branch: BranchRow, body: NewActivity) {
  const problem = activityProblem(body, todayOf(ctx));
  if (problem) throw invalid(problem.text, problem.field);
  const row = await ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto(T.branchActivity)
      .values({
        city_id: who.cityId,
        branch_id: branch.id,
        kind: body.kind,
        happened_on: body.happenedOn,
        amount: body.amount ?? 1,
        description: body.description,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'create',
      entity: T.branchActivity,
      entityId: r.id,
      after: body,
    });
    return r;
  });
  return { id: row.id, ...body, amount: body.amount ?? 1 };
}
