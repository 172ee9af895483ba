import { definePlugin } from '@jiceng/plugin-kit';
import { indicators } from './indicators';
import { type Config, configSchema, manifest } from './manifest';
import { migrations } from './server/migrations';
import { routes } from './server/routes';
import { seed } from './server/seed';
import type { JinanTables } from './server/db';

export default definePlugin<Config, JinanTables>({
  ...manifest,
  config: configSchema,
  migrations,
  api: routes,
  web: () => import('./web/index'),
  indicators,
  seed,
});
