import { conflict, invalid, recordAudit, say, todayOf, toLocalDate, type Who } from '@jiceng/plugin-kit';
import type { CentreLevel } from '../../shared/model';
import { type Ctx, type Db, T } from '../common';
import { centreNameTaken, memberExists, placeExists } from './queries';
import { visitDeadline } from './rules';

/** The transactions of the centre routes (each write with its audit entry) and the checks they make first. */

const nameClash = () =>
  conflict({ 'zh-CN': '已有同名服务中心(站)', en: 'a centre with this name exists' }, 'name');

export interface NewCentre {
  level: CentreLevel;
  kind: string;
  name: string;
  placeId?: number | null;
  floorArea: number;
  staffCount: number;
  fundingSource: string;
  openedOn?: string;
}

/** Opens a centre owned by the org the route resolved for its level (district, town or the region's centre org). */
export async function createCentre(
  ctx: Ctx,
  who: Who,
  owner: { ownerOrgId: number; regionId: number | null },
  b: NewCentre,
) {
  const { db } = ctx;
  if (b.placeId && !(await placeExists(db, who.cityId, b.placeId)))
    throw invalid(say('地点不存在', 'unknown place'), 'placeId');
  if (await centreNameTaken(db, who.cityId, b.name)) throw nameClash();
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto(T.centre)
      .values({
        city_id: who.cityId,
        level: b.level,
        kind: b.kind,
        name: b.name,
        owner_org_id: owner.ownerOrgId,
        region_id: owner.regionId,
        place_id: b.placeId ?? null,
        floor_area: b.floorArea,
        staff_count: b.staffCount,
        funding_source: b.fundingSource,
        opened_on: b.openedOn ?? todayOf(ctx),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'create',
      entity: T.centre,
      entityId: r.id,
      after: b,
    });
    return r;
  });
}

export async function updateCentre(
  db: Db,
  who: Who,
  before: { id: number; name: string },
  beforeView: unknown,
  b: { name?: string; floorArea?: number; staffCount?: number; fundingSource?: string; active?: boolean },
) {
  if (b.name && b.name !== before.name && (await centreNameTaken(db, who.cityId, b.name))) throw nameClash();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable(T.centre)
      .set({
        name: b.name,
        floor_area: b.floorArea,
        staff_count: b.staffCount,
        funding_source: b.fundingSource,
        active: b.active,
      })
      .where('city_id', '=', who.cityId)
      .where('id', '=', before.id)
      .execute();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'update',
      entity: T.centre,
      entityId: before.id,
      before: beforeView,
      after: b,
    });
  });
}

export interface NewVisit {
  service: string;
  visitorName: string;
  visitorMemberId?: number | null;
  subject: string;
  firstResponder: string;
  referredTo?: string | null;
  receivedAt?: string;
  timeLimited: boolean;
  timeLimitDays?: number;
  dueOn?: string;
  result?: string | null;
}

/** A visit to an open centre: received now or before, answered on the spot or given a deadline (rules.ts). */
export async function recordVisit(
  ctx: Ctx,
  who: Who,
  centre: { id: number; active: boolean },
  b: NewVisit,
  defaultDays: number,
) {
  const { db, clock } = ctx;
  if (!centre.active) throw conflict({ 'zh-CN': '该服务中心(站)已停用', en: 'this centre is closed' });
  const now = clock.now();
  const receivedAt = b.receivedAt ? new Date(b.receivedAt) : now;
  if (receivedAt.getTime() > now.getTime() + 60_000)
    throw invalid(say('接待时间不能晚于现在', 'cannot be received in the future'), 'receivedAt');
  const receivedOn = toLocalDate(receivedAt);
  if (b.visitorMemberId && !(await memberExists(db, who.cityId, b.visitorMemberId)))
    throw invalid(say('党员不存在', 'unknown member'), 'visitorMemberId');
  const deadline = visitDeadline(b, receivedOn, defaultDays);
  if ('field' in deadline) throw invalid(deadline.text, deadline.field);
  const { dueOn } = deadline;
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto(T.visit)
      .values({
        city_id: who.cityId,
        centre_id: centre.id,
        service: b.service,
        visitor_name: b.visitorName,
        visitor_member_id: b.visitorMemberId ?? null,
        subject: b.subject,
        first_responder: b.firstResponder,
        referred_to: b.referredTo ?? null,
        received_at: receivedAt,
        received_on: receivedOn,
        time_limited: b.timeLimited,
        due_on: dueOn,
        completed_at: b.timeLimited ? null : receivedAt,
        completed_on: b.timeLimited ? null : receivedOn,
        result: b.timeLimited ? null : b.result,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'create',
      entity: T.visit,
      entityId: r.id,
      after: { ...b, dueOn },
    });
    return r;
  });
}

/** 办结: completes an open visit now; a late completion stays flagged (rules.ts `visitFlags`). */
export async function completeVisit(
  ctx: Ctx,
  who: Who,
  v: { id: number; completed_on: string | null },
  result: string,
) {
  const { db, clock } = ctx;
  if (v.completed_on) throw conflict({ 'zh-CN': '该事项已办结', en: 'already completed' });
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable(T.visit)
      .set({ completed_at: now, completed_on: toLocalDate(now), result })
      .where('city_id', '=', who.cityId)
      .where('id', '=', v.id)
      .execute();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'complete',
      entity: T.visit,
      entityId: v.id,
      after: { result, completedAt: now },
    });
  });
}
