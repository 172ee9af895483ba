import { Hono, type MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { requireLogin } from '../auth/middleware';
import { cityScope, isCityCode } from '../cities/scope';
import type { CoreDatabase } from '../db/schema';
import type { CoreDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { notFound } from '../http/errors';
import { describe } from '../http/validate';
import { pluginContext } from './context';
import { enabledGuard, enabledPlugins } from './enablement';

/** The active city named by `:city`, for routes that need no login; an unknown or inactive code is a 404. */
function publicCity(db: Kysely<CoreDatabase>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const code = c.req.param('city');
    const city = isCityCode(code)
      ? await db
          .selectFrom('core.city')
          .selectAll()
          .where('code', '=', code)
          .where('active', '=', true)
          .executeTakeFirst()
      : undefined;
    if (!city) throw notFound('city');
    c.set('city', city);
    await next();
  };
}

/**
 * GET /api/public/cities/:city — what a login-free page needs: the city's names and the models it enabled that
 * serve public routes. An unknown or inactive city is a 404.
 */
export function publicCityRoutes(deps: CoreDeps) {
  const app = new Hono<AppEnv>();
  app.use('/:city', publicCity(deps.db));
  app.get(
    '/:city',
    describe({
      summary: 'Public: a city’s names and its models with public pages',
      response: z.object({
        code: z.string(),
        nameZh: z.string(),
        nameEn: z.string(),
        plugins: z.array(
          z.object({ id: z.string(), names: z.object({ 'zh-CN': z.string(), en: z.string() }) }),
        ),
      }),
      tags: ['public'],
    }),
    async (c) => {
      const city = c.get('city');
      const enabled = await enabledPlugins(deps, city.id);
      return c.json({
        code: city.code,
        nameZh: city.name_zh,
        nameEn: city.name_en,
        plugins: enabled.filter((p) => p.publicApi).map((p) => ({ id: p.id, names: p.names })),
      });
    },
  );
  return app;
}

/** Mounts every installed plugin under /api/cities/:city/plugins/<id> behind login, city scope and enablement. */
export function mountPlugins(app: Hono<AppEnv>, deps: CoreDeps) {
  for (const plugin of deps.plugins) {
    const ctx = pluginContext(deps, plugin);
    const base = `/api/cities/:city/plugins/${plugin.id}`;
    const guards = [requireLogin(deps), cityScope(deps.db), enabledGuard(deps.db, plugin)] as const;
    app.use(base, ...guards);
    app.use(`${base}/*`, ...guards);
    app.route(base, plugin.api(ctx));
    if (plugin.publicApi) {
      const publicBase = `/api/public/cities/:city/plugins/${plugin.id}`;
      const publicGuards = [publicCity(deps.db), enabledGuard(deps.db, plugin)] as const;
      app.use(publicBase, ...publicGuards);
      app.use(`${publicBase}/*`, ...publicGuards);
      app.route(publicBase, plugin.publicApi(ctx));
    }
  }
}
