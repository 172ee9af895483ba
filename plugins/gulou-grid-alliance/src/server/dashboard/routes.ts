import {
  CROSS_MODEL_INDICATORS,
  describe,
  invalid,
  isoDate,
  type PluginContext,
  type PluginEnv,
  queryId,
  requireOrgAdmin,
  say,
  scopeCondition,
  todayOf,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import { indicators } from '../../indicators';
import type { Config } from '../../manifest';
import { DEMAND_STATUSES, LEDGERS } from '../../shared/terms';
import { demandBase, demandView } from '../demands/routes';
import { gridsInScope } from '../demands/summary';
import { hoursByMember, memberInPaths, starDistribution } from '../stars';
import { type C, S, TAG } from '../util';
import { dashboardSchema } from './schemas';
import type { GulouTables } from '../db';

const query = z.object({ from: isoDate.optional(), to: isoDate.optional(), orgId: queryId.optional() });

export function dashboardRoutes(ctx: PluginContext<Config, GulouTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  /** The org the dashboard rolls up: the one asked for, else the actor's first granted org, else the city. */
  async function focus(c: C, orgId: number | undefined) {
    const access = c.get('access');
    const cityId = c.get('city').id;
    if (orgId) {
      const org = await db
        .selectFrom('core.org')
        .select(['id', 'path', 'name'])
        .where('city_id', '=', cityId)
        .where('id', '=', orgId)
        .executeTakeFirst();
      if (!org) throw invalid(say('没有这个组织', 'no such org'), 'orgId');
      if (access.level === 'orgs' && !access.paths.some((p) => org.path.startsWith(p)))
        throw invalid(say('不在您的管理范围内', 'outside your scope'), 'orgId');
      return org;
    }
    if (access.level === 'orgs') {
      const id = Number(access.paths[0]!.split('/').filter(Boolean).pop());
      return db
        .selectFrom('core.org')
        .select(['id', 'path', 'name'])
        .where('city_id', '=', cityId)
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    }
    return null;
  }

  app.get(
    '/dashboard',
    describe({
      summary:
        'Ledgers by kind and state, overdue items, grid heat, hours and stars, and the model’s indicators',
      response: dashboardSchema,
      ...TAG,
    }),
    validate('query', query),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const day = todayOf(ctx);
      const period = { from: f.from ?? `${day.slice(0, 4)}-01-01`, to: f.to ?? day };
      if (period.from > period.to) throw invalid(say('开始日期晚于结束日期', 'from after to'), 'from');
      const org = await focus(c, f.orgId);
      const prefix = org?.path ?? '/';
      const cityId = c.get('city').id;
      const config = c.get('pluginConfig');

      const ledgerRows = await sql<{ ledger: string; status: string; n: number }>`
      select d.ledger, d.status, count(*)::int as n
      from ${sql.table(`${S}.demand`)} d join core.org g on g.city_id = d.city_id and g.id = d.grid_org_id
      where d.city_id = ${cityId} and ${scopeCondition(c.get('access'), ['g.path'])} and g.path like ${`${prefix}%`} and d.received_on between ${period.from} and ${period.to}
      group by d.ledger, d.status`.execute(db);
      const ledgers = LEDGERS.map((ledger) => ({
        ledger,
        ...Object.fromEntries(
          DEMAND_STATUSES.map((s) => [
            s,
            ledgerRows.rows.find((r) => r.ledger === ledger && r.status === s)?.n ?? 0,
          ]),
        ),
      }));

      const overdueQ = demandBase(db, cityId)
        .where(scopeCondition(c.get('access'), ['g.path']))
        .where('g.path', 'like', `${prefix}%`)
        .where('d.status', '<>', 'closed')
        .where('d.deadline', '<', day);
      const [overdueRows, overdueTotal] = await Promise.all([
        overdueQ
          .selectAll('d')
          .select([
            'g.name as grid_name',
            'cm.name as community_name',
            'u.name as assignee_unit_name',
            'st.name as studio_name',
          ])
          .orderBy('d.deadline')
          .orderBy('d.id')
          .limit(10)
          .execute(),
        overdueQ.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);

      const grids = await gridsInScope(db, c, org?.path ?? null);
      const heatRows = await sql<{
        id: number;
        received: number;
        closed: number;
        open: number;
        overdue: number;
      }>`
      select d.grid_org_id as id,
        count(*) filter (where d.received_on between ${period.from} and ${period.to})::int as received,
        count(*) filter (where d.received_on between ${period.from} and ${period.to} and d.status = 'closed')::int as closed,
        count(*) filter (where d.status <> 'closed')::int as open,
        count(*) filter (where d.status <> 'closed' and d.deadline < ${day})::int as overdue
      from ${sql.table(`${S}.demand`)} d join core.org g on g.city_id = d.city_id and g.id = d.grid_org_id
      where d.city_id = ${cityId} and ${scopeCondition(c.get('access'), ['g.path'])} and g.path like ${`${prefix}%`}
      group by d.grid_org_id`.execute(db);
      const households = await db
        .selectFrom(`${S}.grid_info`)
        .select(['org_id', 'households'])
        .where('city_id', '=', cityId)
        .execute();
      const heatMap = new Map(heatRows.rows.map((r) => [r.id, r]));
      const hhMap = new Map(households.map((h) => [h.org_id, h.households]));
      const heat = grids.map((g) => {
        const h = heatMap.get(g.id);
        const received = h?.received ?? 0;
        const closed = h?.closed ?? 0;
        return {
          orgId: g.id,
          name: g.name,
          communityName: g.community_name,
          streetName: g.street_name,
          households: hhMap.get(g.id) ?? null,
          received,
          closed,
          open: h?.open ?? 0,
          overdue: h?.overdue ?? 0,
          closedRate: received ? closed / received : null,
        };
      });

      const paths = org ? [org.path] : c.get('access').level === 'city' ? null : [];
      const hoursByMonth = await sql<{ month: string; hours: number; entries: number }>`
      select to_char(v.served_on, 'YYYY-MM') as month, sum(v.hours)::float8 as hours, count(*)::int as entries
      from ${sql.table(`${S}.volunteer_log`)} v join core.member m on m.city_id = v.city_id and m.id = v.member_id
      where v.city_id = ${cityId} and v.status = 'confirmed' and v.served_on between ${period.from} and ${period.to} and ${memberInPaths(paths)}
      group by 1 order by 1`.execute(db);
      const members = await hoursByMember(db, cityId, period, paths, config.starLevels, {
        inServiceOnly: true,
        includeZero: true,
      });
      const pending = await sql<{ n: number }>`
      select count(*)::int as n from ${sql.table(`${S}.volunteer_log`)} v join core.member m on m.city_id = v.city_id and m.id = v.member_id
      where v.city_id = ${cityId} and v.status = 'pending' and ${memberInPaths(paths)}`.execute(db);

      const values = [];
      for (const ind of indicators) {
        const meta = ind.meta ?? CROSS_MODEL_INDICATORS.find((i) => i.id === ind.id)!;
        let value: Awaited<ReturnType<typeof ind.compute>>;
        try {
          value = await ind.compute(ctx, { cityId, orgId: org?.id, period });
        } catch {
          value = { status: 'not_applicable', reason: 'computation failed' };
        }
        values.push({ id: ind.id, names: meta.names, unit: meta.unit, direction: meta.direction, value });
      }

      return c.json({
        period,
        asOf: day,
        org: org ? { id: org.id, name: org.name } : null,
        ledgers,
        overdue: { total: Number(overdueTotal.n), items: overdueRows.map((r) => demandView(r, day)) },
        heat,
        volunteer: {
          hoursByMonth: hoursByMonth.rows,
          confirmedHours: Math.round(members.reduce((s, m) => s + m.hours, 0) * 10) / 10,
          inServiceMembers: members.length,
          pendingEntries: pending.rows[0]!.n,
          stars: starDistribution(members),
        },
        indicators: values,
      });
    },
  );

  return app;
}
