import {
  ApiError,
  badRequest,
  conflict,
  describe,
  idParam,
  notFound,
  orgPathFilter,
  type PluginEnv,
  recordAudit,
  requireOrgAdmin,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import {
  CLOSED_FOLLOW_UPS,
  FOLLOW_UP_STATUSES,
  type FollowUpStatus,
  normalizeName,
} from '../../shared/model';
import { type C, type Ctx, configOf, id, isoDate, loadRegion, optText, T, text, todayOf } from '../common';
import {
  ballotListSchema,
  ballotsAddedSchema,
  countSchema,
  electionSchema,
  idRowsSchema,
  idStatusSchema,
  receptionDaySchema,
  receptionVisitSchema,
  receptionVisitsSchema,
} from '../schemas';
import { type BallotInput, ballotValid, countBallots, quorumMet } from './count';

const electionBody = z.object({
  regionId: id,
  title: text(120),
  memberSeats: z.number().int().min(1).max(20).default(5),
  heldOn: isoDate.optional(),
  /** 应到会有选举权人数; by default the members registered in the region. */
  electorate: z.number().int().min(1).max(100_000).optional(),
});
const ballot = z.object({
  secretary: z.string().trim().max(60).nullable().default(null),
  members: z.array(z.string().trim().max(60)).max(40).default([]),
});
const ballotBody = ballot.extend({ voterMemberId: id.optional() });
const bulkBallots = z.object({ ballots: z.array(ballot).min(1).max(2000) });
const listQuery = z.object({ regionId: z.coerce.number().int().positive().optional() });
const dayBody = z.object({
  regionId: id,
  heldOn: isoDate,
  representatives: z.array(text(60)).min(1).max(30),
  rescheduleReason: optText(200),
});
const receptionVisitBody = z.object({
  visitorName: text(60),
  visitorMemberId: id.nullable().optional(),
  issue: text(1000),
  representative: text(60),
  followUpDueOn: isoDate.optional(),
});
const followUpBody = z.object({
  status: z.enum(Object.keys(FOLLOW_UP_STATUSES) as [FollowUpStatus, ...FollowUpStatus[]]),
  note: text(1000),
  dueOn: isoDate.optional(),
});
const daysQuery = z.object({
  regionId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
const openVisitsQuery = z.object({ regionId: z.coerce.number().int().positive().optional() });

export function democracyRoutes(ctx: Ctx) {
  const { db, clock } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  const tag = { tags: ['luqiao-regional: inner-party democracy'] };

  async function loadElection(c: C, electionId: number, need: 'read' | 'manage' = 'manage') {
    const e: any = await db
      .selectFrom(T.election)
      .selectAll()
      .where('city_id', '=', c.get('city').id)
      .where('id', '=', electionId)
      .executeTakeFirst();
    if (!e) throw notFound({ 'zh-CN': '选举', en: 'Election' });
    let region: Awaited<ReturnType<typeof loadRegion>>;
    try {
      region = await loadRegion(db, c, e.region_id, need);
    } catch {
      throw notFound({ 'zh-CN': '选举', en: 'Election' });
    }
    return { e, region };
  }

  async function electionView(c: C, e: any) {
    const cityId = c.get('city').id;
    const [ballots, results] = await Promise.all([
      db
        .selectFrom(T.ballot)
        .select(sql<number>`count(*)::int`.as('n'))
        .where('city_id', '=', cityId)
        .where('election_id', '=', e.id)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom(T.result)
        .selectAll()
        .where('city_id', '=', cityId)
        .where('election_id', '=', e.id)
        .execute(),
    ]);
    // Same order as the count: most votes first, ties by the name's pinyin order.
    results.sort((a: any, b: any) => a.rank - b.rank || a.name.localeCompare(b.name, 'zh-CN'));
    const view = (r: any) => ({
      name: r.name,
      votes: r.votes,
      rank: r.rank,
      elected: r.elected,
      memberId: r.member_id,
    });
    return {
      id: e.id,
      regionId: e.region_id,
      title: e.title,
      memberSeats: e.member_seats,
      electorate: e.electorate,
      heldOn: e.held_on,
      status: e.status,
      ballotsEntered: (ballots as any).n,
      ballotsCast: e.ballots_cast,
      ballotsValid: e.ballots_valid,
      countedAt: e.counted_at,
      closedAt: e.closed_at,
      threshold: e.electorate / 2,
      secretary: results.filter((r: any) => r.role === 'secretary').map(view),
      members: results.filter((r: any) => r.role === 'member').map(view),
      electedSecretary: results.find((r: any) => r.role === 'secretary' && r.elected)?.name ?? null,
      electedMembers: results.filter((r: any) => r.role === 'member' && r.elected).map((r: any) => r.name),
    };
  }

  app.get(
    '/elections',
    describe({ response: idRowsSchema, summary: 'Direct elections of regional committees in scope', ...tag }),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      let q = db
        .selectFrom(`${T.election} as e`)
        .innerJoin(`${T.region} as r`, (j) =>
          j.onRef('r.city_id', '=', 'e.city_id').onRef('r.id', '=', 'e.region_id'),
        )
        .innerJoin('core.org as ro', (j) =>
          j.onRef('ro.city_id', '=', 'r.city_id').onRef('ro.id', '=', 'r.regional_org_id'),
        )
        .select([
          'e.id',
          'e.title',
          'e.region_id as regionId',
          'r.name as regionName',
          'e.held_on as heldOn',
          'e.status',
          'e.electorate',
          'e.member_seats as memberSeats',
          'e.ballots_cast as ballotsCast',
        ])
        .where('e.city_id', '=', c.get('city').id)
        .where(orgPathFilter(c.get('access'), 'ro.path'));
      const f = c.req.valid('query');
      if (f.regionId) q = q.where('e.region_id', '=', f.regionId);
      return c.json({ items: await q.orderBy('e.held_on', 'desc').orderBy('e.id', 'desc').execute() });
    },
  );

  app.post(
    '/elections',
    describe({
      status: 201,
      response: electionSchema,
      summary: 'Open a direct election with no preset candidates (1 secretary + N committee members)',
      ...tag,
    }),
    validate('json', electionBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      const region = await loadRegion(db, c, b.regionId, 'manage', 'regionId');
      const cityId = c.get('city').id;
      const registered = await db
        .selectFrom(T.registration)
        .select(sql<number>`count(*)::int`.as('n'))
        .where('city_id', '=', cityId)
        .where('region_id', '=', region.id)
        .where('ended_on', 'is', null)
        .executeTakeFirstOrThrow();
      const n = (registered as any).n as number;
      const electorate = b.electorate ?? n;
      if (electorate < 1)
        throw badRequest(
          'validation_failed',
          {
            detail: {
              'zh-CN': '区域内还没有登记的党员，无法选举',
              en: 'no members are registered in the region yet',
            },
          },
          'electorate',
        );
      if (electorate > n)
        throw badRequest(
          'validation_failed',
          {
            detail: {
              'zh-CN': `应到人数不能超过区域登记党员数 ${n}`,
              en: `cannot exceed the ${n} members registered in the region`,
            },
          },
          'electorate',
        );
      if (b.memberSeats >= electorate)
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '应选人数须少于有选举权人数', en: 'seats must be fewer than voters' } },
          'memberSeats',
        );
      const open = await db
        .selectFrom(T.election)
        .select('id')
        .where('city_id', '=', cityId)
        .where('region_id', '=', region.id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (open)
        throw conflict(
          { 'zh-CN': '本区域已有进行中的选举', en: 'an election is already open in this region' },
          'regionId',
        );
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(T.election)
          .values({
            city_id: cityId,
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
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: T.election,
          entityId: r.id,
          after: { ...b, electorate },
        });
        return r;
      });
      return c.json(await electionView(c, row), 201);
    },
  );

  app.get(
    '/elections/:id',
    describe({
      response: electionSchema,
      responses: { 404: 'not found in the actor’s scope' },
      summary: 'An election with its count (when counted)',
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const { e } = await loadElection(c, c.req.valid('param').id, 'read');
      return c.json(await electionView(c, e));
    },
  );

  async function addBallots(c: C, e: any, ballots: BallotInput[], voterMemberId?: number) {
    const cityId = c.get('city').id;
    if (e.status === 'counted')
      throw conflict({ 'zh-CN': '已计票，不能再投票', en: 'the election has been counted; no more ballots' });
    if (e.status === 'closed') throw conflict({ 'zh-CN': '选举已结束', en: 'the election is closed' });
    return db.transaction().execute(async (trx) => {
      // Lock the election row so racing tellers cannot push the ballots past the electorate.
      const locked: any = await trx
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
      if ((have as any).n + ballots.length > e.electorate)
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
            entered_by: c.get('actor').userId,
          })),
        )
        .execute();
      await recordAudit(trx, {
        cityId,
        actorUserId: c.get('actor').userId,
        action: 'ballots',
        entity: T.election,
        entityId: e.id,
        after: { count: ballots.length, voter: voterMemberId ? 'recorded' : 'paper' },
      });
      return { entered: ballots.length, total: (have as any).n + ballots.length };
    });
  }

  app.post(
    '/elections/:id/ballots',
    describe({
      status: 201,
      response: ballotsAddedSchema,
      summary: 'Cast one ballot: free-text names. A member votes for themself; a teller enters paper ballots',
      ...tag,
      responses: { 409: 'counted, closed, voted twice or more ballots than voters' },
    }),
    validate('param', idParam),
    validate('json', ballotBody),
    async (c) => {
      const b = c.req.valid('json');
      const access = c.get('access');
      const self = access.level === 'self';
      if (self && (!access.memberId || b.voterMemberId !== access.memberId))
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '党员只能以本人身份投票', en: 'members vote only as themselves' } },
          'voterMemberId',
        );
      const { e, region } = await loadElection(c, c.req.valid('param').id, self ? 'read' : 'manage');
      if (b.voterMemberId) {
        const reg = await db
          .selectFrom(T.registration)
          .select('id')
          .where('city_id', '=', c.get('city').id)
          .where('region_id', '=', region.id)
          .where('member_id', '=', b.voterMemberId)
          .where('ended_on', 'is', null)
          .executeTakeFirst();
        if (!reg)
          throw badRequest(
            'validation_failed',
            {
              detail: {
                'zh-CN': '只有在本区域登记的党员可以投票',
                en: 'only members registered in the region vote',
              },
            },
            'voterMemberId',
          );
      }
      return c.json(
        await addBallots(c, e, [{ secretary: b.secretary, members: b.members }], b.voterMemberId),
        201,
      );
    },
  );

  app.post(
    '/elections/:id/ballots/bulk',
    describe({
      status: 201,
      response: ballotsAddedSchema,
      summary: 'Enter a stack of paper ballots',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', bulkBallots),
    async (c) => {
      requireOrgAdmin(c);
      const { e } = await loadElection(c, c.req.valid('param').id);
      return c.json(await addBallots(c, e, c.req.valid('json').ballots), 201);
    },
  );

  app.post(
    '/elections/:id/count',
    describe({
      noBody: true,
      response: countSchema,
      summary: 'Count the ballots, once: elected secretary and committee members',
      ...tag,
      responses: { 409: 'already counted, closed, or too few voters' },
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const { e, region } = await loadElection(c, c.req.valid('param').id);
      const cityId = c.get('city').id;
      const result = await db.transaction().execute(async (trx) => {
        const locked: any = await trx
          .selectFrom(T.election)
          .select(['status'])
          .where('city_id', '=', cityId)
          .where('id', '=', e.id)
          .forUpdate()
          .executeTakeFirstOrThrow();
        if (locked.status === 'counted')
          throw conflict({
            'zh-CN': '该选举已计票，不能重复计票',
            en: 'this election has already been counted',
          });
        if (locked.status === 'closed')
          throw conflict({
            'zh-CN': '选举已结束，不能计票',
            en: 'the election is closed and cannot be counted',
          });
        const rows: any[] = await trx
          .selectFrom(T.ballot)
          .select(['secretary_name', 'member_names'])
          .where('city_id', '=', cityId)
          .where('election_id', '=', e.id)
          .execute();
        if (!quorumMet(rows.length, e.electorate))
          throw new ApiError(409, 'conflict', {
            reason:
              c.get('locale') === 'en'
                ? `${rows.length} ballots of ${e.electorate} voters: more than four fifths must vote`
                : `收回选票 ${rows.length} 张，应到 ${e.electorate} 人：到会人数须超过五分之四`,
          });
        const ballots: BallotInput[] = rows.map((r) => ({
          secretary: r.secretary_name,
          members: (typeof r.member_names === 'string'
            ? JSON.parse(r.member_names)
            : r.member_names) as string[],
        }));
        const counted = countBallots(ballots, e.electorate, e.member_seats);
        // Link names to members registered in the region when the name is unambiguous.
        const regs: any[] = await trx
          .selectFrom(`${T.registration} as g`)
          .innerJoin('core.member as m', (j) =>
            j.onRef('m.city_id', '=', 'g.city_id').onRef('m.id', '=', 'g.member_id'),
          )
          .select(['m.id', 'm.name'])
          .where('g.city_id', '=', cityId)
          .where('g.region_id', '=', region.id)
          .where('g.ended_on', 'is', null)
          .execute();
        const byName = new Map<string, number[]>();
        for (const r of regs)
          byName.set(normalizeName(r.name), [...(byName.get(normalizeName(r.name)) ?? []), r.id]);
        const memberOf = (name: string) => (byName.get(name)?.length === 1 ? byName.get(name)![0]! : null);
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
            counted_by: c.get('actor').userId,
          })
          .where('city_id', '=', cityId)
          .where('id', '=', e.id)
          .execute();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
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
      const after = await db
        .selectFrom(T.election)
        .selectAll()
        .where('city_id', '=', cityId)
        .where('id', '=', e.id)
        .executeTakeFirstOrThrow();
      return c.json({
        ...(await electionView(c, after)),
        invalid: result.invalid,
        unfilledSecretary: result.unfilledSecretary,
        unfilledMemberSeats: result.unfilledMemberSeats,
      });
    },
  );

  app.post(
    '/elections/:id/close',
    describe({
      noBody: true,
      response: idStatusSchema,
      summary: 'Close an election (after counting, or to abandon it)',
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const { e } = await loadElection(c, c.req.valid('param').id);
      if (e.status === 'closed')
        throw conflict({ 'zh-CN': '选举已结束', en: 'the election is already closed' });
      const cityId = c.get('city').id;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(T.election)
          .set({ status: 'closed', closed_at: clock.now() })
          .where('city_id', '=', cityId)
          .where('id', '=', e.id)
          .execute();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'close',
          entity: T.election,
          entityId: e.id,
          before: { status: e.status },
          after: { status: 'closed' },
        });
      });
      return c.json({ id: e.id, status: 'closed' });
    },
  );

  app.get(
    '/elections/:id/ballots',
    describe({
      response: ballotListSchema,
      summary: 'The anonymous ballots of an election, each marked valid or not',
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const { e } = await loadElection(c, c.req.valid('param').id, 'read');
      const rows: any[] = await db
        .selectFrom(T.ballot)
        .select(['id', 'secretary_name', 'member_names'])
        .where('city_id', '=', c.get('city').id)
        .where('election_id', '=', e.id)
        .orderBy('id')
        .execute();
      return c.json({
        items: rows.map((r) => {
          const members = (
            typeof r.member_names === 'string' ? JSON.parse(r.member_names) : r.member_names
          ) as string[];
          return {
            id: r.id,
            secretary: r.secretary_name,
            members,
            valid: ballotValid({ secretary: r.secretary_name, members }, e.member_seats),
          };
        }),
      });
    },
  );

  // 党代表接待日
  async function loadDay(c: C, dayId: number) {
    const d: any = await db
      .selectFrom(T.receptionDay)
      .selectAll()
      .where('city_id', '=', c.get('city').id)
      .where('id', '=', dayId)
      .executeTakeFirst();
    if (!d) throw notFound({ 'zh-CN': '党代表接待日', en: 'Reception day' });
    try {
      await loadRegion(db, c, d.region_id, 'manage');
    } catch {
      throw notFound({ 'zh-CN': '党代表接待日', en: 'Reception day' });
    }
    return d;
  }
  const reps = (d: any) =>
    (typeof d.representatives === 'string' ? JSON.parse(d.representatives) : d.representatives) as string[];

  app.get(
    '/reception-days',
    describe({
      response: idRowsSchema,
      summary: 'Party-representative reception days with their visits and follow-up counts',
      ...tag,
    }),
    validate('query', daysQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      let q = db
        .selectFrom(`${T.receptionDay} as d`)
        .innerJoin(`${T.region} as r`, (j) =>
          j.onRef('r.city_id', '=', 'd.city_id').onRef('r.id', '=', 'd.region_id'),
        )
        .innerJoin('core.org as ro', (j) =>
          j.onRef('ro.city_id', '=', 'r.city_id').onRef('ro.id', '=', 'r.regional_org_id'),
        )
        .select([
          'd.id',
          'd.region_id as regionId',
          'r.name as regionName',
          'd.held_on as heldOn',
          'd.month',
          'd.representatives',
          'd.reschedule_reason as rescheduleReason',
          sql<number>`(select count(*)::int from ${sql.table(T.receptionVisit)} v where v.city_id = d.city_id and v.reception_day_id = d.id)`.as(
            'visits',
          ),
          sql<number>`(select count(*)::int from ${sql.table(T.receptionVisit)} v where v.city_id = d.city_id and v.reception_day_id = d.id and v.closed_on is null)`.as(
            'openFollowUps',
          ),
        ])
        .where('d.city_id', '=', c.get('city').id)
        .where(orgPathFilter(c.get('access'), 'ro.path'));
      if (f.regionId) q = q.where('d.region_id', '=', f.regionId);
      if (f.year) q = q.where('d.month', 'like', `${f.year}-%`);
      const rows = await q.orderBy('d.held_on', 'desc').limit(500).execute();
      return c.json({ items: rows.map((r: any) => ({ ...r, representatives: reps(r) })) });
    },
  );

  app.post(
    '/reception-days',
    describe({
      status: 201,
      response: receptionDaySchema,
      summary: 'Hold the monthly reception day (the configured day; another day needs a reason)',
      ...tag,
      responses: { 409: 'already held that month' },
    }),
    validate('json', dayBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      const region = await loadRegion(db, c, b.regionId, 'manage', 'regionId');
      const cityId = c.get('city').id;
      const day = configOf(c).receptionDayOfMonth;
      if (Number(b.heldOn.slice(8, 10)) !== day && !b.rescheduleReason)
        throw badRequest(
          'validation_failed',
          {
            detail: {
              'zh-CN': `接待日为每月 ${day} 日，改期需说明原因`,
              en: `reception day is the ${day}th of each month; another day needs a reason`,
            },
          },
          'heldOn',
        );
      if (b.heldOn > todayOf(ctx))
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '不能登记未来的接待日', en: 'cannot record a reception day in the future' } },
          'heldOn',
        );
      const month = b.heldOn.slice(0, 7);
      const dup = await db
        .selectFrom(T.receptionDay)
        .select('id')
        .where('city_id', '=', cityId)
        .where('region_id', '=', region.id)
        .where('month', '=', month)
        .executeTakeFirst();
      if (dup)
        throw conflict(
          { 'zh-CN': `${month} 已举行接待日`, en: `a reception day was already held in ${month}` },
          'heldOn',
        );
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(T.receptionDay)
          .values({
            city_id: cityId,
            region_id: region.id,
            held_on: b.heldOn,
            month,
            representatives: JSON.stringify(b.representatives),
            reschedule_reason: b.rescheduleReason ?? null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: T.receptionDay,
          entityId: r.id,
          after: b,
        });
        return r;
      });
      return c.json(
        { id: row.id, regionId: region.id, heldOn: b.heldOn, month, representatives: b.representatives },
        201,
      );
    },
  );

  const visitView = (v: any) => ({
    id: v.id,
    receptionDayId: v.reception_day_id,
    visitorName: v.visitor_name,
    visitorMemberId: v.visitor_member_id,
    issue: v.issue,
    representative: v.representative,
    followUpStatus: v.follow_up_status,
    followUpNote: v.follow_up_note,
    followUpDueOn: v.follow_up_due_on,
    closedOn: v.closed_on,
    heldOn: v.held_on,
    regionName: v.region_name,
  });

  app.get(
    '/reception-days/:id/visits',
    describe({ response: receptionVisitsSchema, summary: 'Visits received on a reception day', ...tag }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const d = await loadDay(c, c.req.valid('param').id);
      const rows = await db
        .selectFrom(T.receptionVisit)
        .selectAll()
        .where('city_id', '=', c.get('city').id)
        .where('reception_day_id', '=', d.id)
        .orderBy('id')
        .execute();
      return c.json({ items: rows.map(visitView), representatives: reps(d) });
    },
  );

  app.post(
    '/reception-days/:id/visits',
    describe({
      status: 201,
      response: receptionVisitSchema,
      summary: 'Record a visit received by a representative on the day',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', receptionVisitBody),
    async (c) => {
      requireOrgAdmin(c);
      const d = await loadDay(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      const cityId = c.get('city').id;
      if (!reps(d).map(normalizeName).includes(normalizeName(b.representative)))
        throw badRequest(
          'validation_failed',
          {
            detail: {
              'zh-CN': '接待人须为当天值班的党代表',
              en: 'must be one of the representatives on duty that day',
            },
          },
          'representative',
        );
      if (b.followUpDueOn && b.followUpDueOn < d.held_on)
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '办理期限早于接待日', en: 'due before the reception day' } },
          'followUpDueOn',
        );
      if (b.visitorMemberId) {
        const m = await db
          .selectFrom('core.member')
          .select('id')
          .where('city_id', '=', cityId)
          .where('id', '=', b.visitorMemberId)
          .executeTakeFirst();
        if (!m)
          throw badRequest(
            'validation_failed',
            { detail: { 'zh-CN': '党员不存在', en: 'unknown member' } },
            'visitorMemberId',
          );
      }
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(T.receptionVisit)
          .values({
            city_id: cityId,
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
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: T.receptionVisit,
          entityId: r.id,
          after: b,
        });
        return r;
      });
      return c.json(visitView(row), 201);
    },
  );

  app.post(
    '/reception-visits/:id/follow-up',
    describe({
      response: receptionVisitSchema,
      summary: 'Follow up a reception-day visit (resolved or explained closes it)',
      ...tag,
      responses: { 409: 'already closed' },
    }),
    validate('param', idParam),
    validate('json', followUpBody),
    async (c) => {
      requireOrgAdmin(c);
      const cityId = c.get('city').id;
      const v: any = await db
        .selectFrom(T.receptionVisit)
        .selectAll()
        .where('city_id', '=', cityId)
        .where('id', '=', c.req.valid('param').id)
        .executeTakeFirst();
      if (!v) throw notFound({ 'zh-CN': '接待记录', en: 'Reception visit' });
      await loadDay(c, v.reception_day_id);
      if (v.closed_on) throw conflict({ 'zh-CN': '该事项已办结', en: 'this visit has been closed' });
      const b = c.req.valid('json');
      if (b.status === 'pending')
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '跟进后状态不能回到待办', en: 'a follow-up moves it on from pending' } },
          'status',
        );
      const closed = CLOSED_FOLLOW_UPS.includes(b.status);
      const set = {
        follow_up_status: b.status,
        follow_up_note: b.note,
        follow_up_due_on: b.dueOn ?? v.follow_up_due_on,
        closed_on: closed ? todayOf(ctx) : null,
      };
      const after = await db.transaction().execute(async (trx) => {
        const r = await trx
          .updateTable(T.receptionVisit)
          .set(set)
          .where('city_id', '=', cityId)
          .where('id', '=', v.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'follow_up',
          entity: T.receptionVisit,
          entityId: v.id,
          before: { status: v.follow_up_status },
          after: set,
        });
        return r;
      });
      return c.json(visitView(after));
    },
  );

  app.get(
    '/reception-visits/open',
    describe({
      response: idRowsSchema,
      summary: 'Reception-day visits still being followed up, oldest first',
      ...tag,
    }),
    validate('query', openVisitsQuery),
    async (c) => {
      requireOrgAdmin(c);
      let q = db
        .selectFrom(`${T.receptionVisit} as v`)
        .innerJoin(`${T.receptionDay} as d`, (j) =>
          j.onRef('d.city_id', '=', 'v.city_id').onRef('d.id', '=', 'v.reception_day_id'),
        )
        .innerJoin(`${T.region} as r`, (j) =>
          j.onRef('r.city_id', '=', 'd.city_id').onRef('r.id', '=', 'd.region_id'),
        )
        .innerJoin('core.org as ro', (j) =>
          j.onRef('ro.city_id', '=', 'r.city_id').onRef('ro.id', '=', 'r.regional_org_id'),
        )
        .selectAll('v')
        .select(['d.held_on', 'r.name as region_name'])
        .where('v.city_id', '=', c.get('city').id)
        .where('v.closed_on', 'is', null)
        .where(orgPathFilter(c.get('access'), 'ro.path'));
      const f = c.req.valid('query');
      if (f.regionId) q = q.where('d.region_id', '=', f.regionId);
      const rows = await q.orderBy('d.held_on').orderBy('v.id').limit(500).execute();
      const today = todayOf(ctx);
      return c.json({
        items: rows.map((v: any) => ({
          ...visitView(v),
          overdue: !!v.follow_up_due_on && v.follow_up_due_on < today,
        })),
      });
    },
  );

  return app;
}
