import {
  addDays,
  orgPathFilter,
  type PluginAsker,
  type PluginContext,
  say,
  toLocalDate,
  type WorkItem,
} from '@jiceng/plugin-kit';
import type { Config } from '../manifest';
import { demandBase } from './demands/routes';

/** A demand whose deadline falls within this many days is due now, beside the overdue ones. */
export const DUE_SOON_DAYS = 7;

/**
 * 待办 of this model: open demands of the ledgers in the asker's grids whose deadline has passed or falls within a
 * week (the 限时件 and any other demand given a deadline), with the earliest deadline and how many are overdue.
 * Members have no demand work of their own.
 */
export async function workQueue(ctx: PluginContext<Config>, asker: PluginAsker): Promise<WorkItem[]> {
  if (asker.access.level === 'self') return [];
  const day = toLocalDate(ctx.clock.now());
  const row = await demandBase(ctx.db, asker.cityId)
    .where(orgPathFilter(asker.access, 'g.path'))
    .where('d.status', '<>', 'closed')
    .where('d.deadline', 'is not', null)
    .where('d.deadline', '<=', addDays(day, DUE_SOON_DAYS))
    .select((eb) => [
      eb.fn.countAll<string | number>().as('n'),
      eb.fn.min<string | null>('d.deadline').as('due'),
      eb.fn.count<string | number>(eb.case().when('d.deadline', '<', day).then(1).end()).as('overdue'),
    ])
    .executeTakeFirstOrThrow();
  const due = row.due as unknown;
  return [
    {
      id: 'demands_due',
      kind: 'manage',
      title: say('到期或超期的诉求', 'Demands due or overdue'),
      count: Number(row.n),
      href: 'demands',
      ...(due ? { dueOn: typeof due === 'string' ? due.slice(0, 10) : toLocalDate(due as Date) } : {}),
      overdue: Number(row.overdue),
    },
  ];
}
