import type { PluginContext, PluginEnv } from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import type { Config } from '../manifest';
import { centreRoutes } from './centres/routes';
import { councilRoutes } from './council/routes';
import { dashboardRoutes } from './dashboard/routes';
import type { LuqiaoTables } from './db';
import { democracyRoutes } from './democracy/routes';
import { flowingRoutes } from './flowing/routes';
import { regionRoutes } from './regions/routes';
import { registrationRoutes } from './registrations/routes';
import { serviceRecordRoutes } from './service-records/routes';

/** The model's API, one small router per feature. */
export function routes(ctx: PluginContext<Config, LuqiaoTables>) {
  const app = new Hono<PluginEnv<Config>>();
  app.route('/', dashboardRoutes(ctx));
  app.route('/', regionRoutes(ctx));
  app.route('/', registrationRoutes(ctx));
  app.route('/', serviceRecordRoutes(ctx));
  app.route('/', centreRoutes(ctx));
  app.route('/', councilRoutes(ctx));
  app.route('/', democracyRoutes(ctx));
  app.route('/', flowingRoutes(ctx));
  return app;
}
