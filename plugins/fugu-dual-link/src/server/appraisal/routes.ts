import {
  ApiError,
  describe,
  inScope,
  invalid,
  numOrNull,
  paging,
  type PluginEnv,
  queryId,
  requireOrgLevel,
  say,
  todayOf,
  underAnyPath,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { gradeOf, weightedTotal } from '../../shared/appraisal';
import { earlierOf, quarterOf, yearSpan } from '../../shared/dates';
import { GRADES } from '../../shared/terms';
import { audit, type Ctx, cityId, config, S, TAG } from '../common';
import type { FuguDb } from '../db';
import type { Scope } from '../rules/evaluate';
import { scopeFor } from '../rules/routes';
import { appraisalListSchema, appraisalSchema, distributionSchema, unitViewSchema } from '../schemas';

const score = z
  .number()
  .min(0)
  .max(100)
  .transform((v) => Math.round(v * 100) / 100);
const putBody = z.object({
  memberId: z.number().int().positive(),
  year: z.number().int().min(2000).max(2100),
  peerScore: score,
  massScore: score,
  branchScore: score,
  note: z.string().trim().max(500).nullable().optional(),
});
const listQuery = paging.extend({
  year: z.coerce.number().int().min(2000).max(2100),
  orgId: queryId.optional(),
  grade: z.enum(GRADES).optional(),
});
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100), orgId: queryId.optional() });
// A county has thousands of in-service members: the unit view comes a page at a time (at most 200), the summary over all.
const unitViewQuery = paging.extend(yearQuery.shape);

export async function gradeDistribution(db: FuguDb, city: number, year: number, scope: Scope) {
  const r = await sql<{
    grade: string;
    n: number;
  }>`select a.grade, count(*)::int as n from ${sql.table(`${S}.appraisal`)} a
    join core.org o on o.city_id = a.city_id and o.id = a.branch_org_id
    where a.city_id = ${city} and a.year = ${year} and ${underAnyPath('o.path', scope)} group by a.grade`.execute(
    db,
  );
  const counts = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<string, number>;
  for (const row of r.rows) counts[row.grade] = row.n;
  return { year, counts, total: Object.values(counts).reduce((s, n) => s + n, 0) };
}

export function appraisalRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  // 年度考核评议, by the member's own branch (以党支部为单位).
  app.put(
    '/appraisals',
    describe({
      summary: 'Record a member’s annual appraisal; the grade comes from the city’s weights and thresholds',
      response: appraisalSchema,
      responses: { 403: 'member outside the actor’s units' },
      ...TAG,
    }),
    validate('json', putBody),
    async (c) => {
      requireOrgLevel(c);
      const b = c.req.valid('json');
      const city = cityId(c);
      const member = await db
        .selectFrom('core.member as m')
        .innerJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'),
        )
        .select(['m.id', 'm.org_id', 'o.path', 'm.active'])
        .where('m.city_id', '=', city)
        .where('m.id', '=', b.memberId)
        .executeTakeFirst();
      if (!member) throw new ApiError(400, 'cross_city', { field: 'memberId' }, 'memberId');
      if (!inScope(c.get('access'), member.path))
        throw new ApiError(400, 'out_of_scope', { field: 'memberId' }, 'memberId');
      if (b.year > Number(todayOf(ctx).slice(0, 4)))
        throw invalid(say('不能评议未来年度', 'the year has not come yet'), 'year');
      const cfg = config(c);
      const scores = { peer: b.peerScore, mass: b.massScore, branch: b.branchScore };
      const total = weightedTotal(scores, cfg.appraisalWeights);
      const grade = gradeOf(total, cfg.gradeThresholds);
      const values = {
        branch_org_id: member.org_id,
        peer_score: b.peerScore,
        mass_score: b.massScore,
        branch_score: b.branchScore,
        weights: JSON.stringify(cfg.appraisalWeights),
        total,
        grade,
        note: b.note ?? null,
        recorded_by: c.get('actor').userId,
        recorded_at: ctx.clock.now(),
      };
      const result = await db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom(`${S}.appraisal`)
          .selectAll()
          .where('city_id', '=', city)
          .where('member_id', '=', member.id)
          .where('year', '=', b.year)
          .executeTakeFirst();
        const row = await trx
          .insertInto(`${S}.appraisal`)
          .values({ city_id: city, member_id: member.id, year: b.year, ...values })
          .onConflict((oc) => oc.columns(['city_id', 'member_id', 'year']).doUpdateSet(values))
          .returning(['id', 'total', 'grade'])
          .executeTakeFirstOrThrow();
        await audit(trx, whoOf(c), {
          action: before ? 'update' : 'create',
          entity: 'appraisal',
          entityId: row.id,
          before: before ?? null,
          after: {
            memberId: member.id,
            year: b.year,
            ...scores,
            total,
            grade,
          },
        });
        return { row, created: !before };
      });
      // One appraisal per member and year: the PUT sets it, first time or again (200 both; `created` tells which).
      return c.json({
        id: result.row.id,
        memberId: member.id,
        year: b.year,
        created: result.created,
        ...scores,
        weights: cfg.appraisalWeights,
        total,
        grade,
      });
    },
  );

  app.get(
    '/appraisals',
    describe({
      summary:
        'Appraisals of a year in the actor’s scope, with the community’s year-end card beside each (三挂钩)',
      response: appraisalListSchema,
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgLevel(c);
      const f = c.req.valid('query');
      const scope = await scopeFor(db, c, f.orgId);
      const city = cityId(c);
      const gradeSql = f.grade ? sql`and a.grade = ${f.grade}` : sql``;
      const r =
        await sql<any>`select a.id, a.member_id as "memberId", m.name as "memberName", m.cadre_rank as "cadreRank", o.name as "branchName",
        a.peer_score as "peerScore", a.mass_score as "massScore", a.branch_score as "branchScore", a.total, a.grade, a.note,
        (select f.overall from ${sql.table(`${S}.feedback_card`)} f where f.city_id = a.city_id and f.member_id = a.member_id and f.kind = 'annual' and f.period_key = ${String(f.year)} order by f.id desc limit 1) as "communityOverall",
        count(*) over ()::int as total_rows
      from ${sql.table(`${S}.appraisal`)} a
      join core.member m on m.city_id = a.city_id and m.id = a.member_id
      join core.org o on o.city_id = a.city_id and o.id = a.branch_org_id
      where a.city_id = ${city} and a.year = ${f.year} and ${underAnyPath('o.path', scope)} ${gradeSql}
      order by a.total desc, a.id limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`.execute(db);
      return c.json({
        items: r.rows.map(({ total_rows: _t, ...x }: any) => ({
          ...x,
          peerScore: numOrNull(x.peerScore),
          massScore: numOrNull(x.massScore),
          branchScore: numOrNull(x.branchScore),
          total: numOrNull(x.total),
        })),
        total: r.rows[0]?.total_rows ?? 0,
        page: f.page,
        pageSize: f.pageSize,
        distribution: await gradeDistribution(db, city, f.year, scope),
        weights: config(c).appraisalWeights,
        thresholds: config(c).gradeThresholds,
      });
    },
  );

  app.get(
    '/appraisals/distribution',
    describe({ summary: 'How many members got each grade in a year', response: distributionSchema, ...TAG }),
    validate('query', yearQuery),
    async (c) => {
      requireOrgLevel(c);
      const f = c.req.valid('query');
      return c.json(await gradeDistribution(db, cityId(c), f.year, await scopeFor(db, c, f.orgId)));
    },
  );

  // 三挂钩: what the community saw, next to the unit's own appraisal, for awards, target appraisal and cadre selection.
  app.get(
    '/unit-view',
    describe({
      summary:
        'The unit side of dual management, a page at a time: each in-service member’s community record next to their appraisal (三挂钩); the summary counts every member in scope',
      response: unitViewSchema,
      ...TAG,
    }),
    validate('query', unitViewQuery),
    async (c) => {
      requireOrgLevel(c);
      const f = c.req.valid('query');
      const scope = await scopeFor(db, c, f.orgId);
      const city = cityId(c);
      const y = yearSpan(f.year);
      const end = earlierOf(todayOf(ctx), y.to);
      const q = quarterOf(end);
      const r =
        await sql<any>`with base as (select m.id as "memberId", m.name as "memberName", m.cadre_rank as "cadreRank", o.id as "orgId", o.name as "orgName",
        r.id as "registrationId", r.status, co.name as "communityName",
        (select count(*)::int from ${sql.table(`${S}.report_visit`)} v where v.city_id = r.city_id and v.registration_id = r.id and v.visited_on between ${y.from} and ${end}) as visits,
        (select count(*)::int from ${sql.table(`${S}.report_visit`)} v where v.city_id = r.city_id and v.registration_id = r.id and v.visited_on between ${q.from} and ${end}) as "visitsThisQuarter",
        (select count(*)::int from ${sql.table(`${S}.practical_thing`)} t where t.city_id = r.city_id and t.registration_id = r.id and t.done_on between ${y.from} and ${end}) as "practicalThings",
        (select count(*)::int from ${sql.table(`${S}.participation`)} p join ${sql.table(`${S}.activity`)} a on a.city_id = p.city_id and a.id = p.activity_id
           where p.city_id = r.city_id and p.registration_id = r.id and a.held_on between ${y.from} and ${end}) as activities,
        (select f.overall from ${sql.table(`${S}.feedback_card`)} f where f.city_id = m.city_id and f.member_id = m.id and f.kind = 'annual' and f.period_key = ${y.key} order by f.id desc limit 1) as "communityOverall",
        (select count(*)::int from ${sql.table(`${S}.feedback_card`)} f where f.city_id = m.city_id and f.member_id = m.id and f.kind = 'half_year' and f.period_key like ${`${y.key}-%`}) as "halfYearCards",
        ap.grade, ap.total
      from core.member m
      join core.org o on o.city_id = m.city_id and o.id = m.org_id
      left join ${sql.table(`${S}.registration`)} r on r.city_id = m.city_id and r.member_id = m.id and r.status in ('sent', 'stamped', 'filed')
      left join core.org co on co.city_id = r.city_id and co.id = r.community_org_id
      left join ${sql.table(`${S}.appraisal`)} ap on ap.city_id = m.city_id and ap.member_id = m.id and ap.year = ${f.year}
      where m.city_id = ${city} and m.active and m.category = 'in_service' and ${underAnyPath('o.path', scope)}
      ),
      summary as (select count(*)::int as members,
          count(*) filter (where status in ('stamped', 'filed'))::int as registered,
          count(*) filter (where "visitsThisQuarter" > 0)::int as "reportedThisQuarter",
          count(*) filter (where grade = 'excellent' and "communityOverall" = 'good')::int as "awardsEligible"
        from base)
      select s.members as summary_members, s.registered as summary_registered, s."reportedThisQuarter" as summary_reported, s."awardsEligible" as summary_awards, p.*
      from summary s left join lateral (select * from base order by "orgId", "memberId" limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}) p on true`.execute(
          db,
        );
      const head = r.rows[0];
      const items = r.rows
        .filter((x: any) => x.memberId != null)
        .map(
          ({
            summary_members: _m,
            summary_registered: _r,
            summary_reported: _q,
            summary_awards: _a,
            ...x
          }: any) => ({
            ...x,
            total: numOrNull(x.total),
            linkage: {
              // 评优评先: an excellent grade and a good word from the community.
              awardsEligible: x.grade === 'excellent' && x.communityOverall === 'good',
              // 干部选拔任用: the community's opinion must be heard for cadres.
              cadreOpinionNeeded: x.cadreRank !== 'none',
              communityOpinion: x.communityOverall ?? null,
            },
          }),
        );
      return c.json({
        year: f.year,
        summary: {
          members: head.summary_members,
          registered: head.summary_registered,
          reportedThisQuarter: head.summary_reported,
          awardsEligible: head.summary_awards,
        },
        items,
        total: head.summary_members,
        page: f.page,
        pageSize: f.pageSize,
      });
    },
  );

  return app;
}
