import {
  addDays,
  orgPathFilter,
  type PluginAsker,
  type PluginContext,
  toLocalDate,
  type WorkItem,
} from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { Config } from '../manifest';
import { T } from './common';
import type { LuqiaoTables } from './db';

/** A 限时办结 request whose deadline falls within this many days is near its limit. */
export const NEAR_LIMIT_DAYS = 3;

/**
 * 待办 of this model: time-limited requests (限时办结) received at the service centres the asker's orgs run, still
 * open and past or within three days of their deadline — the same overdue rule as the centres' visit list.
 */
export async function workQueue(
  ctx: PluginContext<Config, LuqiaoTables>,
  asker: PluginAsker,
): Promise<WorkItem[]> {
  if (asker.access.level === 'self') return [];
  const today = toLocalDate(ctx.clock.now());
  const row = await ctx.db
    .selectFrom(`${T.visit} as v`)
    .innerJoin(`${T.centre} as ce`, (j) =>
      j.onRef('ce.city_id', '=', 'v.city_id').onRef('ce.id', '=', 'v.centre_id'),
    )
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'ce.city_id').onRef('o.id', '=', 'ce.owner_org_id'),
    )
    .where('v.city_id', '=', asker.cityId)
    .where(orgPathFilter(asker.access, 'o.path'))
    .where('v.time_limited', '=', true)
    .where('v.completed_on', 'is', null)
    .where('v.due_on', '<=', addDays(today, NEAR_LIMIT_DAYS))
    .select([
      sql<number>`count(*)::int`.as('n'),
      sql<string | null>`min(v.due_on)::text`.as('due'),
      sql<number>`count(*) filter (where v.due_on < ${today}::date)::int`.as('overdue'),
    ])
    .executeTakeFirstOrThrow();
  return [
    {
      id: 'visits_near_limit',
      kind: 'manage',
      title: { 'zh-CN': '临近或超过限时的来访事项', en: 'Visits near or past their time limit' },
      count: Number(row.n),
      href: 'centres',
      ...(row.due ? { dueOn: row.due } : {}),
      overdue: Number(row.overdue),
    },
  ];
}
