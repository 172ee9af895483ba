import {
  ApiError,
  conflict,
  invalid,
  type Locale,
  recordAudit,
  say,
  todayOf,
  type Who,
} from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { FollowUpStatus } from '../../shared/model';
import { type Ctx, type Db, type RegionRow, T } from '../common';
import { type BallotInput, countBallots, quorumMet } from './count';
import {
  type ElectionRow,
  hasOpenElection,
  heldInMonth,
  memberExists,
  type ReceptionDayRow,
  registeredCount,
} from './queries';
import {
  electionProblem,
  followUpChange,
  jsonList,
  memberByName,
  onDuty,
  receptionDayProblem,
} from './rules';

/** The transactions of the democracy routes (each write with its audit entry) and the checks they make first. */

/** Opens a direct election with no preset candidates; the electorate defaults to the members registered. */
export async function openElection(
  ctx: Ctx,
  who: Who,
  region: RegionRow,
  b: { title: string; memberSeats: number; heldOn?: string; electorate?: number; regionId: number },
) {
  const { db, clock } = ctx;
  const n = await registeredCount(db, who.cityId, region.id);
  const electorate = b.electorate ?? n;
  const problem = electionProblem(electorate, n, b.memberSeats);
  if (problem) throw invalid(problem.text, problem.field);
  if (await hasOpenElection(db, who.cityId, region.id))
    throw conflict(
      { 'zh-CN': '本区域已有进行中的选举', en: 'an election is already open in this region' },
      'regionId',
    );
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto(T.election)
      .values({
        city_id: who.cityId,
        region_id: region.id,
        title: b.title,
        member_seats: b.memberSeats,
        electorate,
        held_on: b.heldOn ?? todayOf(ctx),
        status: 'open',
        created_at: clock.now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'create',
      entity: T.election,
      entityId: r.id,
      after: { ...b, electorate },
    });
    return r;
  });
}

/** Ballots while the election is open, never more than the electorate; a member votes once. */
export async function addBallots(
  ctx: Ctx,
  who: Who,
  e: ElectionRow,
  ballots: BallotInput[],
  voterMemberId?: number,
) {
  const { db, clock } = ctx;
  const cityId = who.cityId;
  if (e.status === 'counted')
    throw conflict({ 'zh-CN': '已计票，不能再投票', en: 'the election has been counted; no more ballots' });
  if (e.status === 'closed') throw conflict({ 'zh-CN': '选举已结束', en: 'the election is closed' });
  return db.transaction().execute(async (trx) => {
    // Lock the election row so racing tellers cannot push the ballots past the electorate.
    const locked = await trx
      .selectFrom(T.election)
      .select(['status'])
      .where('city_id', '=', cityId)
      .where('id', '=', e.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (locked.status !== 'open')
      throw conflict({ 'zh-CN': '选举已不在投票阶段', en: 'the election is no longer open' });
    const have = await trx
      .selectFrom(T.ballot)
      .select(sql<number>`count(*)::int`.as('n'))
      .where('city_id', '=', cityId)
      .where('election_id', '=', e.id)
      .executeTakeFirstOrThrow();
    if (have.n + ballots.length > e.electorate)
      throw conflict(
        {
          'zh-CN': `选票数将超过应到会有选举权人数 ${e.electorate}`,
          en: `ballots would exceed the electorate of ${e.electorate}`,
        },
        'ballots',
      );
    if (voterMemberId) {
      const voted = await trx
        .selectFrom(T.voter)
        .select('member_id')
        .where('city_id', '=', cityId)
        .where('election_id', '=', e.id)
        .where('member_id', '=', voterMemberId)
        .executeTakeFirst();
      if (voted)
        throw conflict({ 'zh-CN': '该党员已投票', en: 'this member has already voted' }, 'voterMemberId');
      await trx
        .insertInto(T.voter)
        .values({ city_id: cityId, election_id: e.id, member_id: voterMemberId })
        .execute();
    }
    const now = clock.now();
    await trx
      .insertInto(T.ballot)
      .values(
        ballots.map((b) => ({
          city_id: cityId,
          election_id: e.id,
          secretary_name: b.secretary || null,
          member_names: JSON.stringify(b.members),
          entered_at: now,
          entered_by: who.userId,
        })),
      )
      .execute();
    await recordAudit(trx, {
      cityId,
      actorUserId: who.userId,
      action: 'ballots',
      entity: T.election,
      entityId: e.id,
      after: { count: ballots.length, voter: voterMemberId ? 'recorded' : 'paper' },
    });
    return { entered: ballots.length, total: have.n + ballots.length };
  });
}

/** Counts the ballots once (count.ts), linking elected names to registered members where unambiguous. */
export async function countElection(ctx: Ctx, who: Who, locale: Locale, e: ElectionRow, region: RegionRow) {
  const { db, clock } = ctx;
  const cityId = who.cityId;
  return db.transaction().execute(async (trx) => {
    const locked = await trx
      .selectFrom(T.election)
      .select(['status'])
      .where('city_id', '=', cityId)
      .where('id', '=', e.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (locked.status === 'counted')
      throw conflict({ 'zh-CN': '该选举已计票，不能重复计票', en: 'this election has already been counted' });
    if (locked.status === 'closed')
      throw conflict({ 'zh-CN': '选举已结束，不能计票', en: 'the election is closed and cannot be counted' });
    const rows = await trx
      .selectFrom(T.ballot)
      .select(['secretary_name', 'member_names'])
      .where('city_id', '=', cityId)
      .where('election_id', '=', e.id)
      .execute();
    if (!quorumMet(rows.length, e.electorate))
      throw new ApiError(409, 'conflict', {
        reason:
          locale === 'en'
            ? `${rows.length} ballots of ${e.electorate} voters: more than four fifths must vote`
            : `收回选票 ${rows.length} 张，应到 ${e.electorate} 人：到会人数须超过五分之四`,
      });
    const ballots: BallotInput[] = rows.map((r) => ({
      secretary: r.secretary_name,
      members: jsonList(r.member_names),
    }));
    const counted = countBallots(ballots, e.electorate, e.member_seats);
    const regs = await trx
      .selectFrom(`${T.registration} as g`)
      .innerJoin('core.member as m', (j) =>
        j.onRef('m.city_id', '=', 'g.city_id').onRef('m.id', '=', 'g.member_id'),
      )
      .select(['m.id', 'm.name'])
      .where('g.city_id', '=', cityId)
      .where('g.region_id', '=', region.id)
      .where('g.ended_on', 'is', null)
      .execute();
    const memberOf = memberByName(regs);
    const resultRows = [
      ...counted.secretary.map((t) => ({ role: 'secretary', ...t })),
      ...counted.members.map((t) => ({ role: 'member', ...t })),
    ].map((t) => ({
      city_id: cityId,
      election_id: e.id,
      role: t.role,
      name: t.name,
      votes: t.votes,
      rank: t.rank,
      elected: t.elected,
      member_id: memberOf(t.name),
    }));
    if (resultRows.length) await trx.insertInto(T.result).values(resultRows).execute();
    await trx
      .updateTable(T.election)
      .set({
        status: 'counted',
        ballots_cast: counted.cast,
        ballots_valid: counted.valid,
        counted_at: clock.now(),
        counted_by: who.userId,
      })
      .where('city_id', '=', cityId)
      .where('id', '=', e.id)
      .execute();
    await recordAudit(trx, {
      cityId,
      actorUserId: who.userId,
      action: 'count',
      entity: T.election,
      entityId: e.id,
      after: {
        cast: counted.cast,
        valid: counted.valid,
        secretary: counted.electedSecretary,
        members: counted.electedMembers,
      },
    });
    return counted;
  });
}

export async function closeElection(ctx: Ctx, who: Who, e: ElectionRow) {
  const { db, clock } = ctx;
  if (e.status === 'closed') throw conflict({ 'zh-CN': '选举已结束', en: 'the election is already closed' });
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable(T.election)
      .set({ status: 'closed', closed_at: clock.now() })
      .where('city_id', '=', who.cityId)
      .where('id', '=', e.id)
      .execute();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'close',
      entity: T.election,
      entityId: e.id,
      before: { status: e.status },
      after: { status: 'closed' },
    });
  });
}

/** The monthly reception day (the configured day; another day needs a reason), once a month per region. */
export async function holdReceptionDay(
  ctx: Ctx,
  who: Who,
  region: RegionRow,
  b: { regionId: number; heldOn: string; representatives: string[]; rescheduleReason?: string | null },
  dayOfMonth: number,
) {
  const { db } = ctx;
  const problem = receptionDayProblem(b.heldOn, dayOfMonth, b.rescheduleReason, todayOf(ctx));
  if (problem) throw invalid(problem, 'heldOn');
  const month = b.heldOn.slice(0, 7);
  if (await heldInMonth(db, who.cityId, region.id, month))
    throw conflict(
      { 'zh-CN': `${month} 已举行接待日`, en: `a reception day was already held in ${month}` },
      'heldOn',
    );
  const row = await db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto(T.receptionDay)
      .values({
        city_id: who.cityId,
        region_id: region.id,
        held_on: b.heldOn,
        month,
        representatives: JSON.stringify(b.representatives),
        reschedule_reason: b.rescheduleReason ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'create',
      entity: T.receptionDay,
      entityId: r.id,
      after: b,
    });
    return r;
  });
  return { id: row.id, regionId: region.id, heldOn: b.heldOn, month, representatives: b.representatives };
}

/** A visit received by one of the representatives on duty that day. */
export async function recordVisit(
  db: Db,
  who: Who,
  d: ReceptionDayRow,
  b: {
    visitorName: string;
    visitorMemberId?: number | null;
    issue: string;
    representative: string;
    followUpDueOn?: string;
  },
) {
  if (!onDuty(jsonList(d.representatives), b.representative))
    throw invalid(
      say('接待人须为当天值班的党代表', 'must be one of the representatives on duty that day'),
      'representative',
    );
  if (b.followUpDueOn && b.followUpDueOn < d.held_on)
    throw invalid(say('办理期限早于接待日', 'due before the reception day'), 'followUpDueOn');
  if (b.visitorMemberId && !(await memberExists(db, who.cityId, b.visitorMemberId)))
    throw invalid(say('党员不存在', 'unknown member'), 'visitorMemberId');
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto(T.receptionVisit)
      .values({
        city_id: who.cityId,
        reception_day_id: d.id,
        visitor_name: b.visitorName,
        visitor_member_id: b.visitorMemberId ?? null,
        issue: b.issue,
        representative: b.representative,
        follow_up_status: 'pending',
        follow_up_due_on: b.followUpDueOn ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'create',
      entity: T.receptionVisit,
      entityId: r.id,
      after: b,
    });
    return r;
  });
}

/** Follows a visit up (rules.ts `followUpChange`); a closed visit is not reopened. */
export async function followUp(
  ctx: Ctx,
  who: Who,
  v: { id: number; closed_on: string | null; follow_up_status: string; follow_up_due_on: string | null },
  b: { status: FollowUpStatus; note: string; dueOn?: string },
) {
  const { db } = ctx;
  if (v.closed_on) throw conflict({ 'zh-CN': '该事项已办结', en: 'this visit has been closed' });
  const set = followUpChange(b, v.follow_up_due_on, todayOf(ctx));
  if (!set) throw invalid(say('跟进后状态不能回到待办', 'a follow-up moves it on from pending'), 'status');
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable(T.receptionVisit)
      .set(set)
      .where('city_id', '=', who.cityId)
      .where('id', '=', v.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'follow_up',
      entity: T.receptionVisit,
      entityId: v.id,
      before: { status: v.follow_up_status },
      after: set,
    });
    return r;
  });
}

/** The election as stored after a write. */
export const reloadElection = (db: Db, cityId: number, id: number) =>
  db
    .selectFrom(T.election)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
