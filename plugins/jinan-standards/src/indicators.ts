import {
  type IndicatorQuery,
  notApplicable,
  type PluginContext,
  type PluginIndicator,
  rate,
  toLocalDate,
} from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { Config } from './manifest';
import { overall } from './server/analysis/compute';
import { loadItemRows, scoreAssessments } from './server/analysis/data';
import type { JinanTables } from './server/db';

/**
 * Every indicator reads locked (done) assessments of campaigns whose period ends inside the queried period,
 * in the org subtree asked for. An assessment counts once per campaign.
 */
async function orgPrefix(ctx: PluginContext<Config, JinanTables>, q: IndicatorQuery) {
  if (!q.orgId) return undefined;
  const org = await ctx.db
    .selectFrom('core.org')
    .select('path')
    .where('city_id', '=', q.cityId)
    .where('id', '=', q.orgId)
    .executeTakeFirst();
  return org?.path ?? '/__none__/';
}

async function done(ctx: PluginContext<Config, JinanTables>, q: IndicatorQuery) {
  const rows = await loadItemRows(ctx.db, q.cityId, {
    states: ['done'],
    orgPrefix: await orgPrefix(ctx, q),
    periodEnd: q.period,
  });
  const config = await ctx.configFor(q.cityId);
  return { rows, summary: overall(scoreAssessments(rows), rows, config.passThreshold) };
}

export const indicators: PluginIndicator<Config, JinanTables>[] = [
  {
    // 达标率: standards met ÷ applicable standards assessed (not-applicable results left out).
    id: 'standards_met_rate',
    async compute(ctx, q) {
      const { rows } = await done(ctx, q);
      let met = 0;
      let assessed = 0;
      for (const r of rows) {
        if (r.result == null || r.result === 'not_applicable') continue;
        assessed++;
        if (r.result === 'met') met++;
      }
      return rate(met, assessed);
    },
  },
  {
    id: 'jinan_weighted_score',
    meta: {
      names: { 'zh-CN': '社区加权得分（平均）', en: 'Weighted community score (mean)' },
      definition: {
        'zh-CN':
          '已完成考评的社区加权得分的平均值；社区得分 = 100 × Σ(权重 × 得分/分值) ÷ Σ权重，权重按社区类型取值',
        en: 'Mean weighted score of communities with a finished assessment; a community’s score = 100 × Σ(weight × score/max) ÷ Σ weight, weights by community type',
      },
      unit: 'score',
      direction: 'higher_is_better',
      period: 'year',
    },
    async compute(ctx, q) {
      const { summary } = await done(ctx, q);
      return summary.meanScore == null
        ? notApplicable('no finished assessment')
        : { status: 'ok', value: summary.meanScore, denominator: summary.n };
    },
  },
  {
    id: 'jinan_above_threshold_rate',
    meta: {
      names: { 'zh-CN': '达标线以上社区占比', en: 'Communities at or above the threshold' },
      definition: {
        'zh-CN': '加权得分不低于本市达标线的社区 ÷ 已完成考评的社区',
        en: 'Communities whose weighted score reaches the city’s threshold ÷ communities with a finished assessment',
      },
      unit: 'ratio',
      direction: 'higher_is_better',
      period: 'year',
    },
    async compute(ctx, q) {
      const { summary } = await done(ctx, q);
      return rate(summary.above, summary.n);
    },
  },
  {
    id: 'jinan_score_iqr',
    meta: {
      names: { 'zh-CN': '社区得分四分位距', en: 'Spread of community scores (IQR)' },
      definition: {
        'zh-CN': '已完成考评的社区加权得分的四分位距（第三四分位数 − 第一四分位数，线性插值）；越小越均衡',
        en: 'Interquartile range of the weighted scores of communities with a finished assessment (Q3 − Q1, linear interpolation); smaller is more even',
      },
      unit: 'score',
      direction: 'lower_is_better',
      period: 'year',
    },
    async compute(ctx, q) {
      const { summary } = await done(ctx, q);
      return summary.iqr == null
        ? notApplicable('no finished assessment')
        : { status: 'ok', value: summary.iqr, denominator: summary.n };
    },
  },
  {
    // 整改按期销号: items whose due date falls in the period and has passed (or that are already closed).
    id: 'on_time_closure_rate',
    async compute(ctx, q) {
      const prefix = (await orgPrefix(ctx, q)) ?? '/';
      const today = toLocalDate(ctx.clock.now());
      const r = await sql<{ due: number; on_time: number }>`
        select count(*)::int as due,
               count(*) filter (where x.status = 'closed' and x.closed_on <= x.due_date)::int as on_time
        from p_jinan_standards.rectification x
        join core.org o on o.city_id = x.city_id and o.id = x.community_org_id
        where x.city_id = ${q.cityId} and o.path like ${`${prefix}%`}
          and x.due_date between ${q.period.from}::date and ${q.period.to}::date
          and (x.status = 'closed' or x.due_date < ${today}::date)`.execute(ctx.db);
      return rate(r.rows[0]!.on_time, r.rows[0]!.due);
    },
  },
];
