import type { PluginContext, PluginEnv } from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import type { Config } from '../manifest';
import { allianceRoutes } from './alliance/routes';
import { dashboardRoutes } from './dashboard/routes';
import { demandRoutes } from './demands/routes';
import { fundRoutes } from './funds/routes';
import { gridRoutes } from './grids/routes';
import { publicSupplyRoutes, supplyRoutes } from './supply/routes';
import { volunteerRoutes } from './volunteer/routes';
import { workerRoutes } from './workers/routes';
import type { GulouTables } from './db';

/** Every route of the model, by feature; mounted at /api/cities/:city/plugins/gulou-grid-alliance. */
export function routes(ctx: PluginContext<Config, GulouTables>) {
  const app = new Hono<PluginEnv<Config>>();
  app.route('/', dashboardRoutes(ctx));
  app.route('/', gridRoutes(ctx));
  app.route('/', workerRoutes(ctx));
  app.route('/demands', demandRoutes(ctx));
  app.route('/', allianceRoutes(ctx));
  app.route('/', supplyRoutes(ctx).app);
  app.route('/', volunteerRoutes(ctx));
  app.route('/', fundRoutes(ctx));
  return app;
}

/** Read-only, no login: the shared-resource catalogue residents can consult. */
export function publicRoutes(ctx: PluginContext<Config, GulouTables>) {
  return publicSupplyRoutes(ctx);
}
