import { Hono } from 'hono';
import { z } from 'zod';
import { requireCityAdmin } from '../cities/scope';
import type { CoreDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { describe, validate } from '../http/validate';
import { jobsOfCity, runJobNow } from '.';
import { itemsOf, jobRunSchema } from '../http/schemas';

const jobParam = z.object({
  pluginId: z.string().max(60),
  jobId: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .max(60),
});

/** Scheduled jobs of the city's models, under /api/cities/:city/jobs. City admins only. */
export function jobRoutes(deps: CoreDeps) {
  const app = new Hono<AppEnv>();
  const tag = { tags: ['jobs'] };
  app.get(
    '/',
    describe({
      summary: 'Scheduled jobs of the models this city enabled, with recent runs',
      response: itemsOf(z.looseObject({ pluginId: z.string(), jobId: z.string() })),
      ...tag,
    }),
    async (c) => {
      requireCityAdmin(c);
      return c.json({ items: await jobsOfCity(deps, c.get('city').id) });
    },
  );
  app.post(
    '/:pluginId/:jobId/run',
    describe({
      summary: 'Run a scheduled job for this city now (409 while it is running)',
      noBody: true,
      response: jobRunSchema,
      responses: { 409: 'the job is running' },
      ...tag,
    }),
    validate('param', jobParam),
    async (c) => {
      requireCityAdmin(c);
      const { pluginId, jobId } = c.req.valid('param');
      return c.json(await runJobNow(deps, c.get('city').id, pluginId, jobId, c.get('actor').userId));
    },
  );
  return app;
}
