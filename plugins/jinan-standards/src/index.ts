import { definePlugin } from '@jiceng/plugin-kit';
import { indicators } from './indicators';
import { labels } from './labels';
import { type Config, configSchema, manifest } from './manifest';
import { outcomes } from './outcomes';
import { placeAttributes } from './place-attributes';
import type { JinanTables } from './server/db';
import { migrations } from './server/migrations';
import { routes } from './server/routes';
import { seed } from './server/seed';
import { workQueue } from './server/work-queue';

export default definePlugin<Config, JinanTables>({
  ...manifest,
  labels,
  config: configSchema,
  migrations,
  api: routes,
  web: () => import('./web/index'),
  indicators,
  workQueue,
  seed,
  outcomes,
  placeAttributes,
});
