import {
  ApiError,
  describe,
  isoDate,
  orgInScope,
  type Period,
  type PluginContext,
  type PluginEnv,
  queryId,
  requireOrgLevel,
  todayOf,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import { rollup, summarize } from '../../indicators';
import type { Config } from '../../manifest';
import { communityKindsSql, TAG } from '../common';
import type { LongyanDb, LongyanTables } from '../db';
import { monthlyTrend } from '../rollup';
import { dashboardSchema } from './schemas';

const dashboardQuery = z.object({
  orgId: queryId.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

const ratio = (n: number, d: number) => (d > 0 ? n / d : null);

export function dashboardRoutes(ctx: PluginContext<Config, LongyanTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  app.get(
    '/dashboard',
    describe({
      summary: 'Rates for an org subtree and period: summary, by community, trend by month',
      response: dashboardSchema,
      ...TAG,
    }),
    validate('query', dashboardQuery),
    async (c) => {
      requireOrgLevel(c);
      const q = c.req.valid('query');
      const city = c.get('city');
      const access = c.get('access');
      const now = todayOf(ctx);
      const period = { from: q.from ?? `${now.slice(0, 4)}-01-01`, to: q.to ?? now };
      if (period.from > period.to)
        throw new ApiError(400, 'validation_failed', { detail: 'from > to' }, 'from');
      let org: { id: number; name: string; path: string } | null = null;
      if (q.orgId) org = await orgInScope(db as any, c, q.orgId, 'orgId');
      else if (access.level === 'orgs') {
        const grant = c
          .get('actor')
          .grants.find((g) => g.role === 'org_admin' && g.cityId === city.id && g.orgId);
        org = await orgInScope(db as any, c, grant!.orgId!, 'orgId');
      }
      const data = await dashboardData(db, city.id, period, org?.path ?? '/');
      return c.json({ org: org ? { id: org.id, name: org.name } : null, ...data });
    },
  );

  return app;
}

/**
 * Everything the dashboard shows for one subtree and period: the rollup rows once, the indicators summarized from
 * them, the by-community table and the monthly trend. `rollupMs` is how long the queries took.
 */
export async function dashboardData(db: LongyanDb, cityId: number, period: Period, prefix: string) {
  const started = performance.now();
  const rows = await rollup(db, cityId, period, prefix);
  const { members, coverage, wishes } = rows;
  const summary = summarize(rows);
  const trend = await monthlyTrend(db, cityId, period, prefix);
  const communities = await sql<any>`
    select co.id, co.name, so.name as street_name
    from core.org co left join core.org so on so.city_id = co.city_id and so.id = co.parent_id
    where co.city_id = ${cityId} and co.kind in (${communityKindsSql}) and co.path like ${`${prefix}%`}
    order by so.id, co.id`.execute(db);
  const rollupMs = Math.round(performance.now() - started);
  const byMember = new Map(members.map((r) => [r.communityOrgId, r]));
  const byCoverage = new Map(coverage.map((r) => [r.communityOrgId, r]));
  const byWish = new Map(wishes.map((r) => [r.communityOrgId, r]));
  const byCommunity = communities.rows.map((co) => {
    const m = byMember.get(co.id);
    const cv = byCoverage.get(co.id);
    const w = byWish.get(co.id);
    return {
      communityOrgId: co.id as number,
      name: co.name as string,
      streetName: co.street_name as string | null,
      members: m?.members ?? 0,
      reported: m?.reported ?? 0,
      confirmed: m?.confirmed ?? 0,
      served: m?.served ?? 0,
      reportRate: ratio(m?.reported ?? 0, m?.members ?? 0),
      confirmedRate: ratio(m?.confirmed ?? 0, m?.members ?? 0),
      serviceRate: ratio(m?.served ?? 0, m?.reported ?? 0),
      compounds: cv?.compounds ?? 0,
      covered: cv?.covered ?? 0,
      coverage: ratio(cv?.covered ?? 0, cv?.compounds ?? 0),
      redCommittees: cv?.red ?? 0,
      wishesCollected: w?.collected ?? 0,
      wishesClaimed: w?.claimed ?? 0,
      wishesFulfilled: w?.fulfilled ?? 0,
    };
  });
  // Members counted under this node whose community lies outside it (a unit org's members reporting elsewhere).
  const inside = new Set(communities.rows.map((r) => r.id));
  const outside = members.filter((r) => !inside.has(r.communityOrgId));
  return {
    period,
    summary,
    byCommunity,
    outside: {
      members: outside.reduce((s, r) => s + r.members, 0),
      reported: outside.reduce((s, r) => s + r.reported, 0),
      confirmed: outside.reduce((s, r) => s + r.confirmed, 0),
    },
    trend,
    rollupMs,
  };
}
