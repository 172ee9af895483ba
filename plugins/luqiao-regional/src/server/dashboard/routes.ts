import {
  type CityAccess,
  describe,
  type IndicatorValue,
  invalid,
  isoDate,
  orgPathFilter,
  type PluginEnv,
  requireOrgAdmin,
  say,
  todayOf,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import {
  onTimeClosure,
  projectsCompleted,
  registrationRate,
  unitCoverage,
  unitsActive,
} from '../../indicators';
import type { Config } from '../../manifest';
import { type Ctx, configOf, type RegionRow, regionQuery, T } from '../common';
import { regionCounts } from '../regions/counts';
import { dashboardSchema } from '../schemas';

const query = z.object({ from: isoDate.optional(), to: isoDate.optional() });

/** Roots of the actor's reach: the whole city, or each granted subtree. */
const prefixesOf = (access: CityAccess): string[] =>
  access.level === 'city' ? ['/'] : access.level === 'orgs' ? access.paths : [];

/** Adds up rates over several subtrees (an org admin may hold more than one). */
function merge(values: IndicatorValue[]): IndicatorValue {
  let num = 0;
  let den = 0;
  for (const v of values)
    if (v.status === 'ok') {
      num += v.numerator ?? 0;
      den += v.denominator ?? 0;
    }
  return den > 0
    ? { status: 'ok', value: num / den, numerator: num, denominator: den }
    : { status: 'not_applicable', reason: 'empty denominator' };
}

export function dashboardRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  app.get(
    '/dashboard',
    describe({
      response: dashboardSchema,
      summary: 'Overview: the five indicators for a period, structure totals and coverage by region',
      tags: ['luqiao-regional'],
    }),
    validate('query', query),
    async (c) => {
      requireOrgAdmin(c);
      const today = todayOf(ctx);
      const f = c.req.valid('query');
      const period = { from: f.from ?? `${today.slice(0, 4)}-01-01`, to: f.to ?? today };
      if (period.from > period.to) throw invalid(say('开始日期晚于结束日期', 'from is after to'), 'from');
      const cityId = c.get('city').id;
      const access = c.get('access');
      const prefixes = prefixesOf(access);
      const threshold = configOf(c).activeScoreThreshold;
      const each = (fn: (p: string) => Promise<IndicatorValue>) => Promise.all(prefixes.map(fn)).then(merge);
      const indicators = {
        registrationRate: await each((p) => registrationRate(db, cityId, p, period)),
        unitCoverage: await each((p) => unitCoverage(db, cityId, p, period)),
        onTimeClosure: await each((p) => onTimeClosure(db, cityId, p, period, today)),
        projectsCompleted: await each((p) => projectsCompleted(db, cityId, p, period)),
        unitsActive: await each((p) => unitsActive(db, cityId, p, period, threshold)),
      };
      const regions = (await regionQuery(db, cityId)
        .where(orgPathFilter(access, 'ro.path'))
        .orderBy('r.id')
        .execute()) as RegionRow[];
      const counts = await regionCounts(
        db,
        cityId,
        regions.map((r) => r.id),
      );
      const centres = await db
        .selectFrom(`${T.centre} as ce`)
        .innerJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'ce.city_id').onRef('o.id', '=', 'ce.owner_org_id'),
        )
        .select(['ce.level', sql<number>`count(*)::int`.as('n')])
        .where('ce.city_id', '=', cityId)
        .where('ce.active', '=', true)
        .where(orgPathFilter(access, 'o.path'))
        .groupBy('ce.level')
        .execute();
      const overdue = await db
        .selectFrom(`${T.visit} as v`)
        .innerJoin(`${T.centre} as ce`, (j) =>
          j.onRef('ce.city_id', '=', 'v.city_id').onRef('ce.id', '=', 'v.centre_id'),
        )
        .innerJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'ce.city_id').onRef('o.id', '=', 'ce.owner_org_id'),
        )
        .select(sql<number>`count(*)::int`.as('n'))
        .where('v.city_id', '=', cityId)
        .where('v.time_limited', '=', true)
        .where('v.completed_on', 'is', null)
        .where('v.due_on', '<', today)
        .where(orgPathFilter(access, 'o.path'))
        .executeTakeFirstOrThrow();
      const coverage = regions.map((r) => ({
        regionId: r.id,
        name: r.name,
        kind: r.kind,
        ...counts.get(r.id)!,
      }));
      return c.json({
        period,
        indicators,
        totals: {
          regions: regions.length,
          nOrgs: coverage.reduce((s, r) => s + r.nCount, 0),
          registered: coverage.reduce((s, r) => s + r.registered, 0),
          shops: coverage.reduce((s, r) => s + r.shops, 0),
          centres: Object.fromEntries(centres.map((r) => [r.level, r.n])),
          centresTotal: centres.reduce((s, r) => s + r.n, 0),
          overdueVisits: overdue.n,
        },
        coverage,
      });
    },
  );

  return app;
}
