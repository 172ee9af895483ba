import { installedAttributes } from './places/attributes';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import pkg from '../package.json' with { type: 'json' };
import { auditRoutes } from './audit/routes';
import { requireLogin } from './auth/middleware';
import { authRoutes } from './auth/routes';
import { cityDetailRoutes, cityListRoutes } from './cities/routes';
import { cityScope } from './cities/scope';
import { cityOutcomeRoutes, compareRoutes, rollupRoutes } from './compare/routes';
import { pluginOutcomesMeta } from './compare/service';
import type { CoreDeps } from './deps';
import { docsRoutes } from './http/docs';
import type { AppEnv } from './http/env';
import { ApiError, errorBody, errorHandler } from './http/errors';
import { originGuard, securityHeaders } from './http/guard';
import { bodyLimits, requestTimeout } from './http/limits';
import { localeFrom } from './http/messages';
import { buildOpenApi } from './http/openapi';
import { pluginsSchema } from './http/schemas';
import { httpSettings } from './http/settings';
import { describe } from './http/validate';
import { jobRoutes } from './jobs/routes';
import { memberRoutes } from './members/routes';
import { notificationRoutes } from './notifications/routes';
import { orgRoutes } from './orgs/routes';
import { SHARED_INDICATORS } from './outcomes/indicators';
import { placeRoutes } from './places/routes';
import {
  indicatorRoutes,
  mountPlugins,
  pluginMeta,
  pluginSettingsRoutes,
  publicCityRoutes,
} from './plugins/host';
import { rosterRoutes } from './roster/routes';
import { unitRoutes } from './units/routes';
import { userRoutes } from './users/routes';
import { workRoutes } from './work/routes';

/** The platform's version: core's own package version (one source, bumped by `changeset version`). */
export const PLATFORM_VERSION: string = pkg.version;

/** `select 1` within a bound: a load balancer's probe must get an answer even while connects hang. */
async function databaseReachable(db: CoreDeps['db'], ms = 3000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    const probe = sql`select 1`.execute(db).then(
      () => true,
      () => false,
    );
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The whole API: core routes plus every installed plugin. The same factory serves production and tests. */
export function createApp(deps: CoreDeps) {
  installedAttributes(deps.plugins); // two plugins declaring one place attribute key: refused at start
  const app = new Hono<AppEnv>();
  app.onError(errorHandler(deps.logger));
  app.notFound((c) => {
    const locale = c.get('locale') ?? 'zh-CN';
    return c.json(errorBody(locale, new ApiError(404, 'route_not_found')), 404);
  });
  app.use('*', async (c, next) => {
    c.set('locale', localeFrom(c.req.query('lang') ?? c.req.header('accept-language')));
    await next();
  });

  // ── Request hardening (issue 15: CSRF, security headers) ───────────────────────────────────────────────────
  // Security headers on every answer (API, shell, errors); state-changing requests only from our own origin or
  // JICENG_ALLOWED_ORIGINS. JSON routes refuse non-JSON bodies with 415 in validate('json') (http/validate.ts).
  const http = deps.http ?? httpSettings();
  app.use('*', securityHeaders(http));
  app.use('*', originGuard(http));
  // ── end of request hardening ─────────────────────────────────────────────────────────────────────────────────

  // ——— Resource limits (issue 15): body size on the stream (uploads raise it per route with allowBody) and a
  // time limit for ordinary requests. Both answer in the caller's language, so they come after the locale. ———
  app.use('*', requestTimeout());
  app.use('*', bodyLimits());
  // ——— end of resource limits ———

  /** Liveness: the process answers. Readiness: it can also reach the database (red while it is away). */
  app.get(
    '/api/health',
    describe({
      summary: 'The process is up',
      tags: ['meta'],
      response: z.object({ status: z.literal('ok') }),
    }),
    (c) => c.json({ status: 'ok' }),
  );
  app.get(
    '/api/ready',
    describe({
      summary: 'The process is up and its database answers',
      tags: ['meta'],
      response: z.object({ status: z.literal('ready') }),
      responses: { 503: 'the database does not answer (Retry-After: 5)' },
    }),
    async (c) => {
      if (await databaseReachable(deps.db)) return c.json({ status: 'ready' });
      const locale = c.get('locale');
      c.header('Retry-After', '5');
      return c.json({ status: 'unavailable', ...errorBody(locale, new ApiError(503, 'not_ready')) }, 503);
    },
  );

  app.route('/api/auth', authRoutes(deps));

  app.use('/api/plugins', requireLogin(deps));
  app.get(
    '/api/plugins',
    describe({
      summary: 'The installed model plugins',
      tags: ['plugins'],
      response: pluginsSchema,
    }),
    // Each model with the outcome facts it provides (or why not), and the shared indicators computed from them.
    (c) =>
      c.json({
        items: deps.plugins.map((p) => ({ ...pluginMeta(p), outcomes: pluginOutcomesMeta(p) })),
        sharedIndicators: SHARED_INDICATORS,
      }),
  );

  app.use('/api/compare', requireLogin(deps));
  app.use('/api/compare/*', requireLogin(deps));
  app.route('/api/compare', compareRoutes(deps));

  app.use('/api/cities', requireLogin(deps));
  app.use('/api/cities/*', requireLogin(deps));
  app.route('/api/cities', cityListRoutes(deps));
  app.use('/api/cities/:city', cityScope(deps.db));
  app.use('/api/cities/:city/*', cityScope(deps.db));
  app.route('/api/cities/:city', cityDetailRoutes(deps));
  app.route('/api/cities/:city/orgs', orgRoutes(deps));
  app.route('/api/cities/:city/places', placeRoutes(deps));
  app.route('/api/cities/:city/units', unitRoutes(deps));
  app.route('/api/cities/:city/members', memberRoutes(deps));
  app.route('/api/cities/:city/roster', rosterRoutes(deps));
  app.route('/api/cities/:city/plugin-settings', pluginSettingsRoutes(deps));
  app.route('/api/cities/:city/indicators', indicatorRoutes(deps));
  app.route('/api/cities/:city/indicators', rollupRoutes(deps));
  app.route('/api/cities/:city/outcomes', cityOutcomeRoutes(deps));
  app.route('/api/cities/:city/users', userRoutes(deps));
  app.route('/api/cities/:city/audit', auditRoutes(deps));
  app.route('/api/cities/:city/jobs', jobRoutes(deps));
  app.route('/api/cities/:city/work', workRoutes(deps));
  app.route('/api/cities/:city/notifications', notificationRoutes(deps));
  app.route('/api/public/cities', publicCityRoutes(deps));
  mountPlugins(app, deps);

  let openapi: unknown;
  app.get(
    '/api/openapi.json',
    describe({
      summary: 'This reference as OpenAPI 3.1 JSON',
      tags: ['meta'],
      response: z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }),
    }),
    (c) => {
      // Built on first request, when every route (plugins included) is registered.
      if (!openapi) openapi = buildOpenApi(app, { title: 'Jiceng API', version: PLATFORM_VERSION });
      return c.json(openapi);
    },
  );
  app.route('/api/docs', docsRoutes());
  return app;
}
