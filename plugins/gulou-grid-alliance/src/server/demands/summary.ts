import {
  addDays,
  describe,
  isoDate,
  mondayOf,
  num,
  orgPathFilter,
  type PluginContext,
  type PluginEnv,
  queryId,
  requireOrgAdmin,
  roundTo,
  scopeCondition,
  todayOf,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { GRID_BRANCH_KIND, LEDGERS } from '../../shared/terms';
import type { GulouDb, GulouTables } from '../db';
import { type C, prefixOf, S, TAG } from '../util';
import { type GridCounts, LEVELS, rollUp, summaryTotals as totals, weekOf } from './rules';
import { dailySchema, weeklySchema } from './schemas';

export { rollUp } from './rules';

const dailyQuery = z.object({
  date: isoDate.optional(),
  level: z.enum(LEVELS).default('community'),
  orgId: queryId.optional(),
});
const weeklyQuery = z.object({
  weekOf: isoDate.optional(),
  level: z.enum(LEVELS).default('community'),
  orgId: queryId.optional(),
});

/** Grid branches the actor may see (optionally under an org), with the orgs above them for rolling up. */
export async function gridsInScope(db: GulouDb, c: C, prefix: string | null) {
  let q = db
    .selectFrom('core.org as g')
    .leftJoin('core.org as cm', (j) =>
      j.onRef('cm.city_id', '=', 'g.city_id').onRef('cm.id', '=', 'g.parent_id'),
    )
    .leftJoin('core.org as st', (j) =>
      j.onRef('st.city_id', '=', 'cm.city_id').onRef('st.id', '=', 'cm.parent_id'),
    )
    .select([
      'g.id',
      'g.name',
      'g.path',
      'g.place_id',
      'cm.id as community_id',
      'cm.name as community_name',
      'st.id as street_id',
      'st.name as street_name',
    ])
    .where('g.city_id', '=', c.get('city').id)
    .where('g.kind', '=', GRID_BRANCH_KIND)
    .where(orgPathFilter(c.get('access'), 'g.path'));
  if (prefix) q = q.where('g.path', 'like', `${prefix}%`);
  return q.orderBy('g.path').execute();
}

/**
 * Counts per grid for a date range: received and closed in it, open and overdue at the end of `snapshot`,
 * 限时件 due in it (closed, or deadline passed by today) and of those closed by their deadline.
 */
async function countsByGrid(
  db: GulouDb,
  c: C,
  prefix: string | null,
  from: string,
  to: string,
  snapshot: string,
  day: string,
) {
  const scope = scopeCondition(c.get('access'), ['g.path']);
  const r = await sql<Record<string, any>>`
    select d.grid_org_id as grid_id,
      count(*) filter (where d.received_on between ${from} and ${to})::int as received,
      count(*) filter (where d.closed_on between ${from} and ${to})::int as closed,
      count(*) filter (where d.received_on <= ${snapshot} and (d.closed_on is null or d.closed_on > ${snapshot}))::int as open,
      count(*) filter (where d.received_on <= ${snapshot} and (d.closed_on is null or d.closed_on > ${snapshot}) and d.deadline < ${snapshot})::int as overdue,
      count(*) filter (where d.ledger = 'time_limited' and d.deadline between ${from} and ${to} and (d.closed_on is not null or d.deadline < ${day}))::int as due,
      count(*) filter (where d.ledger = 'time_limited' and d.deadline between ${from} and ${to} and d.closed_on <= d.deadline)::int as on_time,
      coalesce(sum(extract(epoch from (d.closed_at - d.received_at))) filter (where d.closed_on between ${from} and ${to}), 0)::float8 as close_seconds
    from ${sql.table(`${S}.demand`)} d
    join core.org g on g.city_id = d.city_id and g.id = d.grid_org_id
    where d.city_id = ${c.get('city').id} and ${scope} and g.path like ${`${prefix ?? '/'}%`}
      and d.received_on <= ${to}
    group by d.grid_org_id`.execute(db);
  const map = new Map<number, GridCounts>();
  for (const x of r.rows)
    map.set(x.grid_id, {
      received: x.received,
      closed: x.closed,
      open: x.open,
      overdue: x.overdue,
      due: x.due,
      onTime: x.on_time,
      closeSeconds: num(x.close_seconds),
    });
  return map;
}

export function summaryRoutes(ctx: PluginContext<Config, GulouTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  async function breakdown(c: C, prefix: string | null, from: string, to: string) {
    const scope = scopeCondition(c.get('access'), ['g.path']);
    const r = await sql<{
      ledger: string;
      category: string;
      received_on: string;
      received: number;
      closed: number;
    }>`
      select d.ledger, d.category, d.received_on::text as received_on, count(*)::int as received, count(d.closed_on)::int as closed
      from ${sql.table(`${S}.demand`)} d join core.org g on g.city_id = d.city_id and g.id = d.grid_org_id
      where d.city_id = ${c.get('city').id} and ${scope} and g.path like ${`${prefix ?? '/'}%`} and d.received_on between ${from} and ${to}
      group by d.ledger, d.category, d.received_on`.execute(db);
    const byLedger = LEDGERS.map((ledger) => ({ ledger, received: 0, closed: 0 }));
    const byCategory = new Map<string, number>();
    const byDay = new Map<string, number>();
    for (const x of r.rows) {
      const l = byLedger.find((b) => b.ledger === x.ledger)!;
      l.received += x.received;
      l.closed += x.closed;
      byCategory.set(x.category, (byCategory.get(x.category) ?? 0) + x.received);
      byDay.set(x.received_on, (byDay.get(x.received_on) ?? 0) + x.received);
    }
    return {
      byLedger,
      byCategory: [...byCategory.entries()]
        .map(([category, received]) => ({ category, received }))
        .sort((a, b) => b.received - a.received),
      byDay,
    };
  }

  app.get(
    '/daily',
    describe({
      summary: '日汇总: a day’s demands per grid, community or street',
      response: dailySchema,
      ...TAG,
    }),
    validate('query', dailyQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const day = todayOf(ctx);
      const date = f.date ?? day;
      const prefix = await prefixOf(db, c, f.orgId);
      const grids = await gridsInScope(db, c, prefix);
      const counts = await countsByGrid(db, c, prefix, date, date, date, day);
      const rows = rollUp(grids, counts, f.level).sort(
        (a, b) => b.received - a.received || b.overdue - a.overdue || a.orgId - b.orgId,
      );
      const { byLedger, byCategory } = await breakdown(c, prefix, date, date);
      return c.json({ date, level: f.level, rows, totals: totals(rows), byLedger, byCategory });
    },
  );

  app.get(
    '/weekly',
    describe({
      summary: '周分析: a week (Mon–Sun) per grid, community or street, with the week before',
      response: weeklySchema,
      ...TAG,
    }),
    validate('query', weeklyQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const day = todayOf(ctx);
      const { from, to, snapshot } = weekOf(f.weekOf ?? day, day);
      const prefix = await prefixOf(db, c, f.orgId);
      const grids = await gridsInScope(db, c, prefix);
      const [counts, previous] = await Promise.all([
        countsByGrid(db, c, prefix, from, to, snapshot, day),
        countsByGrid(db, c, prefix, addDays(from, -7), addDays(from, -1), addDays(from, -1), day),
      ]);
      const rows = rollUp(grids, counts, f.level).sort(
        (a, b) => b.received - a.received || b.overdue - a.overdue || a.orgId - b.orgId,
      );
      const prev = totals(rollUp(grids, previous, f.level));
      const { byLedger, byCategory, byDay } = await breakdown(c, prefix, from, to);
      const perDay = Array.from({ length: 7 }, (_, i) => addDays(from, i)).map((date) => ({
        date,
        received: byDay.get(date) ?? 0,
      }));
      return c.json({
        from,
        to,
        level: f.level,
        rows,
        totals: totals(rows),
        previous: {
          from: addDays(from, -7),
          to: addDays(from, -1),
          received: prev.received,
          closed: prev.closed,
        },
        byLedger,
        byCategory,
        perDay,
        attention: rows
          .filter((r) => r.overdue > 0)
          .sort((a, b) => b.overdue - a.overdue)
          .slice(0, 10),
      });
    },
  );

  return app;
}
