import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { orgInScope, requireOrgAdmin } from '../cities/scope';
import type { CoreDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { ApiError } from '../http/errors';
import { indicatorValueSchema, itemsOf } from '../http/schemas';
import { describe, parseOrThrow, validate } from '../http/validate';
import { type IndicatorMeta, type IndicatorValue, notApplicable } from '../indicators';
import { pluginContext } from './context';
import { enabledPlugins } from './enablement';
import { indicatorMeta } from './meta';

export interface ComputedIndicator {
  pluginId: string;
  meta: IndicatorMeta;
  value: IndicatorValue;
  computedAt: string;
  /** How long the computation took, for finding slow indicators. */
  durationMs: number;
}

/** Every indicator of every plugin the city enabled, for one period and optionally one org subtree. */
export async function computeIndicators(
  deps: CoreDeps,
  cityId: number,
  query: { from: string; to: string; orgId?: number; indicatorIds?: string[] },
): Promise<ComputedIndicator[]> {
  const enabled = await enabledPlugins(deps, cityId);
  const jobs = enabled.flatMap((plugin) =>
    plugin.indicators
      .filter((i) => !query.indicatorIds || query.indicatorIds.includes(i.id))
      .map((indicator) => ({ plugin, indicator })),
  );
  // Independent queries: on PostgreSQL they run on parallel pool connections; PGlite queues them on its one.
  return Promise.all(
    jobs.map(async ({ plugin, indicator }): Promise<ComputedIndicator> => {
      const started = performance.now();
      let value: IndicatorValue;
      try {
        value = await indicator.compute(pluginContext(deps, plugin), {
          cityId,
          orgId: query.orgId,
          period: { from: query.from, to: query.to },
        });
      } catch (e) {
        deps.logger.error('indicator failed', {
          plugin: plugin.id,
          indicator: indicator.id,
          message: (e as Error).message,
        });
        value = notApplicable('computation failed');
      }
      return {
        pluginId: plugin.id,
        meta: indicatorMeta(indicator.id, indicator.meta),
        value,
        computedAt: deps.clock.now().toISOString(),
        durationMs: Math.round(performance.now() - started),
      };
    }),
  );
}

const indicatorQuery = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  orgId: z.coerce.number().int().positive().optional(),
});

/** GET /api/cities/:city/indicators — the city's indicators for a period, for a city admin or an org subtree. */
export function indicatorRoutes(deps: CoreDeps) {
  const app = new Hono<AppEnv>();
  app.get(
    '/',
    describe({
      summary: 'Indicators of the city’s enabled models for a period (and org subtree)',
      response: itemsOf(indicatorValueSchema),
      tags: ['indicators'],
    }),
    validate('query', indicatorQuery),
    async (c: Context<AppEnv>) => {
      requireOrgAdmin(c);
      const q = parseOrThrow(indicatorQuery, c.req.query(), c.get('locale'));
      if (q.from > q.to) throw new ApiError(400, 'validation_failed', { detail: 'from > to' }, 'from');
      const access = c.get('access');
      if (q.orgId) await orgInScope(deps.db, c, q.orgId, 'orgId');
      else if (access.level !== 'city')
        throw new ApiError(
          400,
          'validation_failed',
          { detail: 'orgId is required for an org admin' },
          'orgId',
        );
      return c.json({ items: await computeIndicators(deps, c.get('city').id, q) });
    },
  );
  return app;
}
