import type { CityAccess, Actor } from '../auth/actor';
import type { CoreDeps } from '../deps';
import type { LocalizedText } from '../indicators';
import { enabledPlugins, pluginContext } from '../plugins/host';
import type { WorkItem } from '../plugins/contract';

/** How long one model may take to answer its work queue before the home is shown without it. */
export const WORK_QUEUE_BUDGET_MS = 3000;

/** One line of the 待办 home: a model's work item with the model named. */
export interface WorkLine extends WorkItem {
  pluginId: string;
  pluginNames: LocalizedText;
}

export interface WorkQueue {
  items: WorkLine[];
  /** True when a model failed or ran out of time: its lines are missing. */
  partial: boolean;
}

/** Earliest due day first; lines without one last; then model order, then the model's own order (stable). */
export function sortWorkLines(lines: WorkLine[]): WorkLine[] {
  return lines
    .map((line, i) => ({ line, i }))
    .sort((a, b) => {
      const da = a.line.dueOn;
      const db = b.line.dueOn;
      if (da && db && da !== db) return da < db ? -1 : 1;
      if (!da !== !db) return da ? -1 : 1;
      return a.i - b.i;
    })
    .map((x) => x.line);
}

/** A line a model may answer: lines that would mislead the home (no id, a negative count) are dropped. */
function isShowable(item: WorkItem): boolean {
  return typeof item?.id === 'string' && Number.isFinite(item.count) && item.count > 0;
}

/** Lines a model reports for someone with only their own record are their own tasks, whatever the model says. */
function withinAccess(access: CityAccess, item: WorkItem): boolean {
  return access.level !== 'self' || item.kind === 'self';
}

class TimedOut extends Error {}

async function withinBudget<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The to-do lines of every model the city enabled, for one person within their reach. A model that throws or
 * does not answer within the budget is logged and left out (`partial`); the others still show.
 */
export async function workQueueOf(
  deps: CoreDeps,
  asker: { cityId: number; actor: Actor; access: CityAccess },
  budgetMs = WORK_QUEUE_BUDGET_MS,
): Promise<WorkQueue> {
  const plugins = (await enabledPlugins(deps, asker.cityId)).filter((p) => p.workQueue);
  let partial = false;
  const answers = await Promise.all(
    plugins.map(async (plugin): Promise<WorkLine[]> => {
      try {
        const items = await withinBudget(plugin.workQueue!(pluginContext(deps, plugin), asker), budgetMs);
        return items
          .filter((item) => isShowable(item) && withinAccess(asker.access, item))
          .map((item) => ({ ...item, pluginId: plugin.id, pluginNames: plugin.names }));
      } catch (e) {
        partial = true;
        deps.logger.error('work queue failed', {
          plugin: plugin.id,
          cityId: asker.cityId,
          timedOut: e instanceof TimedOut,
          message: (e as Error)?.message,
        });
        return [];
      }
    }),
  );
  return { items: sortWorkLines(answers.flat()), partial };
}
