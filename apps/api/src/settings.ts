import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { httpSettings } from '@jiceng/core';

/**
 * The checkout's root: the nearest folder up from this module that holds pnpm-workspace.yaml. Not a fixed
 * `../../..`: this module runs from apps/api/src under tsx but from apps/api/dist/cli in the bundle `npm run demo`
 * starts, one level deeper, where a fixed path pointed at apps/ and the demo served no web shell.
 */
export function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '../../..');
  }
}

const repoRoot = findRepoRoot(fileURLToPath(new URL('.', import.meta.url)));

/** Everything the server reads from the environment, in one place. */
export function settings(env: NodeJS.ProcessEnv = process.env) {
  return {
    /** postgres://… for PostgreSQL; otherwise a PGlite data directory. */
    databaseUrl: env.DATABASE_URL || resolve(repoRoot, env.JICENG_DATA_DIR || '.data/pglite'),
    port: Number(env.PORT || 3000),
    host: env.HOST || '127.0.0.1',
    webRoot: resolve(repoRoot, env.JICENG_WEB_ROOT || 'apps/web/dist'),
    /** Plugins' daily jobs run in this process unless JICENG_SCHEDULER=off (e.g. on API replicas beside a worker). */
    scheduler: env.JICENG_SCHEDULER !== 'off',
    /** JICENG_TRUST_PROXY, JICENG_ALLOWED_ORIGINS, JICENG_SHUTDOWN_MS (see core's http/settings.ts). */
    http: httpSettings(env),
    repoRoot,
  };
}
