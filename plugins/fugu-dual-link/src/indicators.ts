import {
  addDays,
  notApplicable,
  type PluginContext,
  type PluginIndicator,
  rate,
  todayOf,
} from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { Config } from './manifest';
import { eitherSideIn, prefixOf, S } from './server/common';
import type { FuguTables } from './server/db';
import { absentRegistrations } from './server/rules/evaluate';
import { earlierOf, half, quartersWithin } from './shared/dates';

const T = sql.table;
const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** Registrations active at the end of a span: stamped by then and not closed before it. */
const activeAt = (date: string) =>
  sql<boolean>`(r.stamped_on <= ${date} and (r.status in ('stamped', 'filed') or r.closed_on > ${date}))`;

export const indicators: PluginIndicator<Config>[] = [
  {
    id: 'report_rate',
    async compute(ctx, { cityId, orgId, period }) {
      const prefix = await prefixOf(ctx.db, cityId, orgId);
      // In-service members on either side of the subtree: by relation (their unit's org) or by a letter sent to a community in it.
      const r = await sql<{ den: number; num: number }>`
        select count(*)::int as den,
          count(*) filter (where exists (select 1 from ${T(`${S}.registration`)} r where r.city_id = m.city_id and r.member_id = m.id and ${activeAt(period.to)}))::int as num
        from core.member m join core.org o on o.city_id = m.city_id and o.id = m.org_id
        where m.city_id = ${cityId} and m.active and m.category = 'in_service'
          and (o.path like ${`${prefix}%`} or exists (select 1 from ${T(`${S}.registration`)} r join core.org co on co.city_id = r.city_id and co.id = r.community_org_id
                 where r.city_id = m.city_id and r.member_id = m.id and r.status in ('sent', 'stamped', 'filed') and co.path like ${`${prefix}%`}))`.execute(
        ctx.db,
      );
      return rate(r.rows[0]!.num, r.rows[0]!.den);
    },
  },
  {
    id: 'fugu_registration_complete_rate',
    meta: {
      names: t('报到登记卡两联完成率', 'Registration cards completed (both parts)'),
      definition: t(
        '社区盖章且第一联已交回单位备案的报到登记卡 ÷ 期末前已发出的报到函（不含退回和期初前已注销的）',
        'Cards stamped by the community with part 1 filed back at the unit ÷ letters sent by the period end (not returned, not closed before it began)',
      ),
      unit: 'ratio',
      direction: 'higher_is_better',
      period: 'any',
    },
    async compute(ctx, { cityId, orgId, period }) {
      const prefix = await prefixOf(ctx.db, cityId, orgId);
      const r = await sql<{ den: number; num: number }>`select count(*)::int as den,
          count(*) filter (where r.stamped_on <= ${period.to} and r.part1_filed_on <= ${period.to})::int as num
        from ${T(`${S}.registration`)} r
        where r.city_id = ${cityId} and r.sent_on <= ${period.to} and r.status <> 'returned'
          and (r.closed_on is null or r.closed_on >= ${period.from}) and ${eitherSideIn(prefix)}`.execute(
        ctx.db,
      );
      return rate(r.rows[0]!.num, r.rows[0]!.den);
    },
  },
  {
    id: 'fugu_quarterly_report_rate',
    meta: {
      names: t('季度到社区报到达标率', 'Quarterly in-person reports'),
      definition: t(
        '期内已结束的每个季度：该季度内至少到社区报到一次（含当季盖章报到）的党员 ÷ 季末在册的已报到党员，各季合计',
        'For each quarter of the period that has ended: registered members who reported in person at least once (stamping counts) ÷ members registered at its end, summed over quarters',
      ),
      unit: 'ratio',
      direction: 'higher_is_better',
      period: 'quarter',
    },
    async compute(ctx, { cityId, orgId, period }) {
      const quarters = quartersWithin(period.from, earlierOf(period.to, todayOf(ctx)));
      if (!quarters.length) return notApplicable('no quarter of the period has ended');
      const prefix = await prefixOf(ctx.db, cityId, orgId);
      let num = 0;
      let den = 0;
      for (const q of quarters) {
        const r = await sql<{ den: number; num: number }>`select count(*)::int as den,
            count(*) filter (where r.stamped_on >= ${q.from}
              or exists (select 1 from ${T(`${S}.report_visit`)} v where v.city_id = r.city_id and v.registration_id = r.id and v.visited_on between ${q.from} and ${q.to}))::int as num
          from ${T(`${S}.registration`)} r where r.city_id = ${cityId} and ${activeAt(q.to)} and ${eitherSideIn(prefix)}`.execute(
          ctx.db,
        );
        num += r.rows[0]!.num;
        den += r.rows[0]!.den;
      }
      return rate(num, den);
    },
  },
  {
    id: 'feedback_on_time_rate',
    async compute(ctx, { cityId, orgId, period }) {
      const cfg = await ctx.configFor(cityId);
      const today = todayOf(ctx);
      // Half years whose cards fell due inside the period (and are already due).
      const halves = [];
      for (let y = Number(period.from.slice(0, 4)) - 1; y <= Number(period.to.slice(0, 4)); y++)
        for (const h of [half(y, 1), half(y, 2)]) {
          const due = addDays(h.to, cfg.feedbackGraceDays);
          if (due >= period.from && due <= period.to && due <= today) halves.push({ ...h, due });
        }
      if (!halves.length) return notApplicable('no feedback card fell due in the period');
      const prefix = await prefixOf(ctx.db, cityId, orgId);
      let num = 0;
      let den = 0;
      for (const h of halves) {
        const r = await sql<{ den: number; num: number }>`select count(*)::int as den,
            count(*) filter (where exists (select 1 from ${T(`${S}.feedback_card`)} f where f.city_id = r.city_id and f.registration_id = r.id
              and f.kind = 'half_year' and f.period_key = ${h.key} and f.sent_on <= ${h.due}))::int as num
          from ${T(`${S}.registration`)} r where r.city_id = ${cityId} and ${activeAt(h.to)} and ${eitherSideIn(prefix)}`.execute(
          ctx.db,
        );
        num += r.rows[0]!.num;
        den += r.rows[0]!.den;
      }
      return rate(num, den);
    },
  },
  {
    id: 'service_rate',
    async compute(ctx, { cityId, orgId, period }) {
      const prefix = await prefixOf(ctx.db, cityId, orgId);
      const r = await sql<{ den: number; num: number }>`select count(*)::int as den,
          count(*) filter (where exists (select 1 from ${T(`${S}.participation`)} p join ${T(`${S}.activity`)} a on a.city_id = p.city_id and a.id = p.activity_id
            where p.city_id = r.city_id and p.registration_id = r.id and a.held_on between ${period.from} and ${period.to}))::int as num
        from ${T(`${S}.registration`)} r where r.city_id = ${cityId} and ${activeAt(period.to)} and ${eitherSideIn(prefix)}`.execute(
        ctx.db,
      );
      return rate(r.rows[0]!.num, r.rows[0]!.den);
    },
  },
  {
    id: 'volunteer_hours_per_member',
    async compute(ctx, { cityId, orgId, period }) {
      const prefix = await prefixOf(ctx.db, cityId, orgId);
      // Hours the community recorded for its activities ÷ in-service members on either side of the subtree.
      const hours = await sql<{ h: number }>`select coalesce(sum(p.hours), 0)::float8 as h
        from ${T(`${S}.participation`)} p
        join ${T(`${S}.activity`)} a on a.city_id = p.city_id and a.id = p.activity_id
        join ${T(`${S}.registration`)} r on r.city_id = p.city_id and r.id = p.registration_id
        where p.city_id = ${cityId} and a.held_on between ${period.from} and ${period.to} and ${eitherSideIn(prefix)}`.execute(
        ctx.db,
      );
      const members = await sql<{ n: number }>`select count(*)::int as n
        from core.member m join core.org o on o.city_id = m.city_id and o.id = m.org_id
        where m.city_id = ${cityId} and m.active and m.category = 'in_service'
          and (o.path like ${`${prefix}%`} or exists (select 1 from ${T(`${S}.registration`)} r join core.org co on co.city_id = r.city_id and co.id = r.community_org_id
                 where r.city_id = m.city_id and r.member_id = m.id and r.status in ('sent', 'stamped', 'filed') and co.path like ${`${prefix}%`}))`.execute(
        ctx.db,
      );
      const n = members.rows[0]!.n;
      if (!n) return notApplicable('no in-service members');
      const h = Number(hours.rows[0]!.h);
      return { status: 'ok', value: h / n, numerator: h, denominator: n };
    },
  },
  {
    id: 'fugu_appraisal_excellent_rate',
    meta: {
      names: t('年度评议优秀率', 'Appraised excellent'),
      definition: t(
        '评定为“优秀”的党员 ÷ 期内各年度参加考核评议的党员',
        'Members graded excellent ÷ members appraised in the years of the period',
      ),
      unit: 'ratio',
      direction: 'higher_is_better',
      period: 'year',
    },
    async compute(ctx, q) {
      return gradeShare(ctx, q, ['excellent']);
    },
  },
  {
    id: 'fugu_appraisal_qualified_rate',
    meta: {
      names: t('年度评议合格以上率', 'Appraised qualified or better'),
      definition: t(
        '评定为“优秀”或“合格”的党员 ÷ 期内各年度参加考核评议的党员',
        'Members graded excellent or qualified ÷ members appraised in the years of the period',
      ),
      unit: 'ratio',
      direction: 'higher_is_better',
      period: 'year',
    },
    async compute(ctx, q) {
      return gradeShare(ctx, q, ['excellent', 'qualified']);
    },
  },
  {
    id: 'fugu_absent_members',
    meta: {
      names: t('半年以上未参加社区活动的党员', 'Members absent over half a year'),
      definition: t(
        '期末（或今天，取较早者）在册的已报到党员中，最近一次参加社区活动、报到或办实事距今超过 6 个月的人数',
        'Registered members whose last community activity, in-person report or practical thing is over six months before the period end (or today, if earlier)',
      ),
      unit: 'count',
      direction: 'lower_is_better',
      period: 'any',
    },
    async compute(ctx, { cityId, orgId, period }) {
      const ref = earlierOf(period.to, todayOf(ctx));
      const prefix = await prefixOf(ctx.db, cityId, orgId);
      const rows = await absentRegistrations(ctx.db, cityId, ref, prefix === '/' ? null : [prefix]);
      return { status: 'ok', value: rows.length };
    },
  },
];

async function gradeShare(
  ctx: PluginContext<Config, FuguTables>,
  { cityId, orgId, period }: { cityId: number; orgId?: number; period: { from: string; to: string } },
  grades: string[],
) {
  const prefix = await prefixOf(ctx.db, cityId, orgId);
  const r = await sql<{
    den: number;
    num: number;
  }>`select count(*)::int as den, count(*) filter (where a.grade in (${sql.join(grades)}))::int as num
    from ${T(`${S}.appraisal`)} a join core.org o on o.city_id = a.city_id and o.id = a.branch_org_id
    where a.city_id = ${cityId} and a.year between ${Number(period.from.slice(0, 4))} and ${Number(period.to.slice(0, 4))} and o.path like ${`${prefix}%`}`.execute(
    ctx.db,
  );
  return rate(r.rows[0]!.num, r.rows[0]!.den);
}
