import type { PluginEnv } from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { activityRoutes } from './activities/routes';
import { appraisalRoutes } from './appraisal/routes';
import { boardRoutes } from './board/routes';
import { campaignRoutes } from './campaign/routes';
import type { Ctx } from './common';
import { dashboardRoutes } from './dashboard/routes';
import { feedbackRoutes } from './feedback/routes';
import { flowingRoutes } from './flowing/routes';
import { meetingRoutes } from './meetings/routes';
import { memberRoutes } from './members/routes';
import { postRoutes } from './posts/routes';
import { registrationRoutes } from './registrations/routes';
import { ruleRoutes } from './rules/routes';
import type { Config } from '../manifest';

/** Signed-in routes, mounted at /api/cities/:city/plugins/fugu-dual-link. */
export function routes(ctx: Ctx) {
  const app = new Hono<PluginEnv<Config>>();
  app.route('/', dashboardRoutes(ctx));
  app.route('/', registrationRoutes(ctx));
  app.route('/', postRoutes(ctx));
  app.route('/', activityRoutes(ctx));
  app.route('/', ruleRoutes(ctx));
  app.route('/', feedbackRoutes(ctx));
  app.route('/', meetingRoutes(ctx));
  app.route('/', appraisalRoutes(ctx));
  app.route('/', flowingRoutes(ctx));
  app.route('/', memberRoutes(ctx));
  app.route('/', campaignRoutes(ctx));
  app.route('/', boardRoutes(ctx));
  return app;
}

export { publicRoutes } from './board/routes';
