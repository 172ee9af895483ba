import { Hono } from 'hono';
import type { CoreDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { workQueueSchema } from '../http/schemas';
import { describe } from '../http/validate';
import { workQueueOf } from '.';

/** GET /api/cities/:city/work — the 待办 home: what the caller must do across the city's models. */
export function workRoutes(deps: CoreDeps) {
  const app = new Hono<AppEnv>();
  app.get(
    '/',
    describe({
      summary:
        'The caller’s to-do lines across the city’s enabled models, within their reach, earliest due first (partial: a model did not answer)',
      response: workQueueSchema,
      tags: ['work'],
    }),
    async (c) => {
      const city = c.get('city');
      return c.json(
        await workQueueOf(deps, { cityId: city.id, actor: c.get('actor'), access: c.get('access') }),
      );
    },
  );
  return app;
}
