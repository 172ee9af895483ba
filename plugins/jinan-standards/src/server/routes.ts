import type { PluginContext, PluginEnv } from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import type { Config } from '../manifest';
import { analysisRoutes } from './analysis/routes';
import { assessmentRoutes } from './assessments/routes';
import { campaignRoutes } from './campaigns/routes';
import { rectificationRoutes } from './rectifications/routes';
import { templateRoutes } from './templates/routes';
import type { JinanTables } from './db';

/** Every route of the plugin, mounted by the host at /api/cities/:city/plugins/jinan-standards. */
export function routes(ctx: PluginContext<Config, JinanTables>) {
  const app = new Hono<PluginEnv<Config>>();
  app.route('/', templateRoutes(ctx));
  app.route('/', campaignRoutes(ctx));
  app.route('/', assessmentRoutes(ctx));
  app.route('/', rectificationRoutes(ctx));
  app.route('/', analysisRoutes(ctx));
  return app;
}
