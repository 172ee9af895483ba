import type { PluginContext, PluginEnv } from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import type { Config } from '../manifest';
import { coBuildingPairRoutes } from './cobuilding/pairs';
import { coBuildingRoutes } from './cobuilding/routes';
import { compoundRoutes } from './compounds/routes';
import { dashboardRoutes } from './dashboard/routes';
import { gridRoutes } from './grids/routes';
import { meRoutes } from './me/routes';
import { redCommitteeRoutes } from './red/routes';
import { reportRoutes } from './reports/routes';
import { serviceRoutes } from './service/routes';
import type { LongyanTables } from './db';

/** The plugin's API, one small app per feature. */
export function routes(ctx: PluginContext<Config, LongyanTables>) {
  const app = new Hono<PluginEnv<Config>>();
  app.route('/', meRoutes(ctx));
  app.route('/', reportRoutes(ctx));
  app.route('/', serviceRoutes(ctx));
  app.route('/', gridRoutes(ctx));
  app.route('/', compoundRoutes(ctx));
  app.route('/', coBuildingRoutes(ctx));
  app.route('/', coBuildingPairRoutes(ctx));
  app.route('/', redCommitteeRoutes(ctx));
  app.route('/', dashboardRoutes(ctx));
  return app;
}
