import { definePlugin } from '@jiceng/plugin-kit';
import { indicators } from './indicators';
import { labels } from './labels';
import { type Config, configSchema, manifest } from './manifest';
import { outcomes } from './outcomes';
import type { FuguTables } from './server/db';
import { migrations } from './server/migrations';
import { dailyRules } from './server/rules/job';
import { publicRoutes, routes } from './server/routes';
import { seed } from './server/seed';
import { workQueue } from './server/work-queue';

export default definePlugin<Config, FuguTables>({
  ...manifest,
  labels,
  config: configSchema,
  migrations,
  api: routes,
  publicApi: publicRoutes,
  web: () => import('./web/index'),
  indicators,
  jobs: [dailyRules],
  workQueue,
  seed,
  outcomes,
});
