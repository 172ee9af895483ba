import {
  addMonths,
  conflict,
  invalid,
  type LocalizedText,
  notFound,
  recordAudit,
  say,
  todayOf,
  type Who,
} from '@jiceng/plugin-kit';
import { type Ctx, type Db, type RegionRow, T } from '../common';
import {
  activeMemberCount,
  chairOn,
  councilNameTaken,
  currentTerm,
  isCurrentMemberUnit,
  member,
  members,
  projectLeads,
  regionUnitIds,
  termView,
} from './queries';
import { leadInTurn, nextChair, replacementTermEnd, reviewProblem } from './rules';

/** The transactions of the council routes (each write with its audit entry) and the checks they make first. */

const notRegionUnit = (field: string) =>
  invalid(say('理事单位须为本区域内的单位', 'member units must be units of this region'), field);

/** A current member unit of the council, or 400 naming the field. */
async function activeMember(
  db: Db,
  who: Who,
  councilId: number,
  memberId: number,
  field: string,
  words: LocalizedText,
) {
  const m = await member(db, who.cityId, councilId, memberId);
  if (!m || m.left_on) throw invalid(words, field);
  return m;
}

export async function createCouncil(
  ctx: Ctx,
  who: Who,
  region: RegionRow,
  b: { name: string; foundedOn?: string; unitIds: number[]; chairUnitId: number },
  termMonths: number,
) {
  const { db } = ctx;
  const unitIds = [...new Set(b.unitIds)];
  if (unitIds.length < 2)
    throw invalid(say('理事会至少需要两家理事单位', 'a council needs at least two member units'), 'unitIds');
  const have = await regionUnitIds(db, who.cityId, region.id, unitIds);
  const outside = unitIds.findIndex((u) => !have.has(u));
  if (outside >= 0) throw notRegionUnit(`unitIds.${outside}`);
  if (!unitIds.includes(b.chairUnitId))
    throw invalid(say('轮值主席必须是理事单位', 'the rotating chair must be a member unit'), 'chairUnitId');
  if (await councilNameTaken(db, who.cityId, b.name))
    throw conflict({ 'zh-CN': '已有同名理事会', en: 'a council with this name exists' }, 'name');
  const founded = b.foundedOn ?? todayOf(ctx);
  return db.transaction().execute(async (trx) => {
    const k = await trx
      .insertInto(T.council)
      .values({ city_id: who.cityId, region_id: region.id, name: b.name, founded_on: founded })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ms = await trx
      .insertInto(T.councilMember)
      .values(unitIds.map((u) => ({ city_id: who.cityId, council_id: k.id, unit_id: u, joined_on: founded })))
      .returning(['id', 'unit_id'])
      .execute();
    const chair = ms.find((m) => m.unit_id === b.chairUnitId)!;
    await trx
      .insertInto(T.term)
      .values({
        city_id: who.cityId,
        council_id: k.id,
        term_no: 1,
        chair_member_id: chair.id,
        starts_on: founded,
        ends_on: addMonths(founded, termMonths),
      })
      .execute();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'create',
      entity: T.council,
      entityId: k.id,
      after: b,
    });
    return k;
  });
}

async function checkRegionUnit(db: Db, cityId: number, regionId: number, unitId: number, field: string) {
  if (!(await regionUnitIds(db, cityId, regionId, [unitId])).has(unitId)) throw notRegionUnit(field);
}

export async function addMember(
  ctx: Ctx,
  who: Who,
  council: { id: number },
  region: RegionRow,
  b: { unitId: number; joinedOn?: string },
) {
  const { db } = ctx;
  await checkRegionUnit(db, who.cityId, region.id, b.unitId, 'unitId');
  if (await isCurrentMemberUnit(db, who.cityId, council.id, b.unitId))
    throw conflict({ 'zh-CN': '该单位已是理事单位', en: 'already a member unit' }, 'unitId');
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto(T.councilMember)
      .values({
        city_id: who.cityId,
        council_id: council.id,
        unit_id: b.unitId,
        joined_on: b.joinedOn ?? todayOf(ctx),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'add_member',
      entity: T.council,
      entityId: council.id,
      after: { memberId: r.id, unitId: b.unitId },
    });
    return r;
  });
}

/** 淘汰更换: an inactive member unit leaves with the reason; a replacement may join the same day. */
export async function replaceMember(
  ctx: Ctx,
  who: Who,
  council: { id: number },
  region: RegionRow,
  memberId: number,
  b: { reason: string; replacementUnitId?: number | null; on?: string },
) {
  const { db } = ctx;
  const cityId = who.cityId;
  const m = await member(db, cityId, council.id, memberId);
  if (!m) throw notFound({ 'zh-CN': '理事单位', en: 'Member unit' });
  if (m.left_on) throw conflict({ 'zh-CN': '该理事单位已被更换', en: 'this member unit has already left' });
  const term = await currentTerm(db, cityId, council.id);
  if (term?.chair_member_id === m.id)
    throw conflict(
      {
        'zh-CN': '该单位是现任轮值主席，请先更换轮值主席',
        en: 'this unit is the current rotating chair; replace the chair first',
      },
      'memberId',
    );
  const on = b.on ?? todayOf(ctx);
  if (on < m.joined_on) throw invalid(say('更换日期早于入会日期', 'before the unit joined'), 'on');
  if (b.replacementUnitId) {
    await checkRegionUnit(db, cityId, region.id, b.replacementUnitId, 'replacementUnitId');
    if (await isCurrentMemberUnit(db, cityId, council.id, b.replacementUnitId))
      throw conflict(
        { 'zh-CN': '替补单位已是理事单位', en: 'the replacement is already a member unit' },
        'replacementUnitId',
      );
  } else if ((await activeMemberCount(db, cityId, council.id)) <= 2)
    throw conflict(
      {
        'zh-CN': '理事会至少保留两家理事单位，请指定替补单位',
        en: 'a council keeps at least two member units; name a replacement',
      },
      'replacementUnitId',
    );
  const replacementUnitId = b.replacementUnitId;
  return db.transaction().execute(async (trx) => {
    let replacement: { id: number } | null = null;
    if (replacementUnitId)
      replacement = await trx
        .insertInto(T.councilMember)
        .values({ city_id: cityId, council_id: council.id, unit_id: replacementUnitId, joined_on: on })
        .returning('id')
        .executeTakeFirstOrThrow();
    await trx
      .updateTable(T.councilMember)
      .set({ left_on: on, left_reason: b.reason, replaced_by_id: replacement?.id ?? null })
      .where('city_id', '=', cityId)
      .where('id', '=', m.id)
      .execute();
    await recordAudit(trx, {
      cityId,
      actorUserId: who.userId,
      action: 'replace_member',
      entity: T.council,
      entityId: council.id,
      before: { memberId: m.id, unitId: m.unit_id },
      after: { reason: b.reason, replacementMemberId: replacement?.id ?? null, on },
    });
    return { replacedMemberId: m.id, replacementMemberId: replacement?.id ?? null };
  });
}

/** Ends the current chair's term and hands the chair on: to the unit named, or the next in turn (rules.ts). */
export async function rotateChair(
  ctx: Ctx,
  who: Who,
  council: { id: number },
  b: { chairMemberId?: number; startsOn?: string },
  termMonths: number,
) {
  const { db } = ctx;
  const cityId = who.cityId;
  const term = await currentTerm(db, cityId, council.id);
  const ms = await members(db, cityId, council.id);
  let chairId = b.chairMemberId;
  if (chairId === undefined) {
    const next = nextChair(ms, term?.chair_member_id);
    if (!next)
      throw conflict({ 'zh-CN': '没有可轮值的其他理事单位', en: 'no other member unit to take the chair' });
    chairId = next.memberId;
  }
  const newChair = chairId;
  const chair = ms.find((m) => m.id === newChair);
  if (!chair || chair.left_on)
    throw invalid(
      say('轮值主席必须是现任理事单位', 'the rotating chair must be a current member unit'),
      'chairMemberId',
    );
  if (term && term.chair_member_id === newChair)
    throw invalid(
      say('轮值主席应由下一家理事单位担任', 'the chair rotates to another member unit'),
      'chairMemberId',
    );
  const startsOn = b.startsOn ?? todayOf(ctx);
  if (term && startsOn <= term.starts_on)
    throw invalid(say('新任期须晚于本任期开始', 'the new term must start after the current one'), 'startsOn');
  const created = await db.transaction().execute(async (trx) => {
    if (term)
      await trx
        .updateTable(T.term)
        .set({ ended_on: startsOn, end_kind: 'completed' })
        .where('city_id', '=', cityId)
        .where('id', '=', term.id)
        .execute();
    const t = await trx
      .insertInto(T.term)
      .values({
        city_id: cityId,
        council_id: council.id,
        term_no: (term?.term_no ?? 0) + 1,
        chair_member_id: newChair,
        starts_on: startsOn,
        ends_on: addMonths(startsOn, termMonths),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId,
      actorUserId: who.userId,
      action: 'rotate',
      entity: T.council,
      entityId: council.id,
      before: term ? { chairMemberId: term.chair_member_id } : null,
      after: { chairMemberId: newChair, termNo: t.term_no },
    });
    return t;
  });
  return termView(created, new Map(ms.map((m) => [m.id, m.unit_name])));
}

/** 淘汰更换轮值主席: an inactive chair replaced mid-term; the new chair serves out the rest of the term. */
export async function replaceChair(
  ctx: Ctx,
  who: Who,
  council: { id: number },
  b: { chairMemberId: number; reason: string; on?: string },
  termMonths: number,
) {
  const { db } = ctx;
  const cityId = who.cityId;
  const term = await currentTerm(db, cityId, council.id);
  if (!term) throw conflict({ 'zh-CN': '当前没有轮值主席', en: 'there is no current chair' });
  const chair = await activeMember(db, who, council.id, b.chairMemberId, 'chairMemberId', {
    'zh-CN': '轮值主席必须是现任理事单位',
    en: 'the rotating chair must be a current member unit',
  });
  if (chair.id === term.chair_member_id)
    throw invalid(
      say('新轮值主席不能是被更换的单位', 'the new chair must be another member unit'),
      'chairMemberId',
    );
  const on = b.on ?? todayOf(ctx);
  if (on <= term.starts_on)
    throw invalid(say('更换日期须晚于本任期开始', 'must be after the term started'), 'on');
  const ms = await members(db, cityId, council.id);
  const created = await db.transaction().execute(async (trx) => {
    await trx
      .updateTable(T.term)
      .set({ ended_on: on, end_kind: 'replaced', end_reason: b.reason })
      .where('city_id', '=', cityId)
      .where('id', '=', term.id)
      .execute();
    const t = await trx
      .insertInto(T.term)
      .values({
        city_id: cityId,
        council_id: council.id,
        term_no: term.term_no + 1,
        chair_member_id: chair.id,
        starts_on: on,
        ends_on: replacementTermEnd(term.ends_on, on, termMonths),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId,
      actorUserId: who.userId,
      action: 'replace_chair',
      entity: T.council,
      entityId: council.id,
      before: { chairMemberId: term.chair_member_id },
      after: { chairMemberId: chair.id, reason: b.reason },
    });
    return t;
  });
  return termView(created, new Map(ms.map((m) => [m.id, m.unit_name])));
}

/** A member unit declares a project; the lead is the unit named, or the one whose turn it is (rules.ts). */
export async function declareProject(
  ctx: Ctx,
  who: Who,
  council: { id: number },
  b: {
    title: string;
    description?: string | null;
    declaredByMemberId: number;
    leadMemberId?: number;
    declaredOn?: string;
    dueOn?: string;
  },
) {
  const { db } = ctx;
  const cityId = who.cityId;
  await activeMember(db, who, council.id, b.declaredByMemberId, 'declaredByMemberId', {
    'zh-CN': '申报单位须为现任理事单位',
    en: 'projects are declared by current member units',
  });
  let lead = b.leadMemberId;
  if (lead)
    await activeMember(db, who, council.id, lead, 'leadMemberId', {
      'zh-CN': '牵头单位须为现任理事单位',
      en: 'the lead must be a current member unit',
    });
  else {
    const active = (await members(db, cityId, council.id)).filter((m) => !m.left_on);
    // The declaring unit is a current member, so there is one.
    lead = leadInTurn(active, await projectLeads(db, cityId, council.id))!;
  }
  const leadId = lead;
  const declaredOn = b.declaredOn ?? todayOf(ctx);
  if (b.dueOn && b.dueOn < declaredOn)
    throw invalid(say('完成期限早于申报日期', 'due before it was declared'), 'dueOn');
  const row = await db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto(T.project)
      .values({
        city_id: cityId,
        council_id: council.id,
        title: b.title,
        description: b.description ?? null,
        declared_by_id: b.declaredByMemberId,
        lead_member_id: leadId,
        declared_on: declaredOn,
        due_on: b.dueOn ?? null,
        status: 'declared',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId,
      actorUserId: who.userId,
      action: 'create',
      entity: T.project,
      entityId: r.id,
      after: { ...b, leadMemberId: leadId },
    });
    return r;
  });
  return { id: row.id, leadMemberId: leadId, status: 'declared' };
}

type ProjectChange =
  | { status: 'in_progress'; starts_on: string }
  | { status: 'completed'; completed_on: string; outcome: string }
  | { status: 'dropped'; outcome: string };

/** Moves a project on (start, complete, drop), audited; answers what changed. */
export async function setProject(
  db: Db,
  who: Who,
  p: { id: number; status: string },
  set: ProjectChange,
  action: string,
) {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable(T.project)
      .set(set)
      .where('city_id', '=', who.cityId)
      .where('id', '=', p.id)
      .execute();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action,
      entity: T.project,
      entityId: p.id,
      before: { status: p.status },
      after: set,
    });
  });
  return { id: p.id, ...set };
}

/** A meeting with the review (绩效考核) of each unit on the council that day; the chair of the day recorded. */
export async function recordMeeting(
  ctx: Ctx,
  who: Who,
  council: { id: number; founded_on: string },
  b: {
    heldOn: string;
    topic: string;
    minutes?: string | null;
    reviews: { memberId: number; attended: boolean; score: number; note?: string | null }[];
  },
) {
  const { db } = ctx;
  const cityId = who.cityId;
  if (b.heldOn < council.founded_on)
    throw invalid(say('会议日期早于理事会成立', 'before the council was founded'), 'heldOn');
  if (b.heldOn > todayOf(ctx))
    throw invalid(say('不能登记未召开的会议', 'the meeting has not happened yet'), 'heldOn');
  const ms = await members(db, cityId, council.id);
  const problem = reviewProblem(ms, b.heldOn, b.reviews);
  if (problem?.kind === 'not_on_council')
    throw invalid(
      say('只能考核会议时在册的理事单位', 'only units on the council at the meeting are reviewed'),
      `reviews.${problem.index}.memberId`,
    );
  if (problem)
    throw invalid(say('同一单位重复考核', 'a unit is reviewed twice'), `reviews.${problem.index}.memberId`);
  const chairMemberId = await chairOn(db, cityId, council.id, b.heldOn);
  const row = await db.transaction().execute(async (trx) => {
    const m = await trx
      .insertInto(T.meeting)
      .values({
        city_id: cityId,
        council_id: council.id,
        held_on: b.heldOn,
        topic: b.topic,
        minutes: b.minutes ?? null,
        chair_member_id: chairMemberId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (b.reviews.length)
      await trx
        .insertInto(T.review)
        .values(
          b.reviews.map((r) => ({
            city_id: cityId,
            meeting_id: m.id,
            council_member_id: r.memberId,
            attended: r.attended,
            score: r.score,
            note: r.note ?? null,
          })),
        )
        .execute();
    await recordAudit(trx, {
      cityId,
      actorUserId: who.userId,
      action: 'create',
      entity: T.meeting,
      entityId: m.id,
      after: b,
    });
    return m;
  });
  return { id: row.id, chairMemberId };
}
