import type { CoreDatabase } from '@jiceng/core';
import { createApp, manualClock, silentLogger } from '@jiceng/core';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { installedPlugins } from './registry';

/**
 * Where core's route types live (relative to the repository root): in ui, so the shell (apps/web/src/typed-api.ts)
 * and plugin pages (core's member, org and unit pickers) read one file through ui's `typedCoreCityApi`.
 */
export const CORE_API_TYPES_FILE = 'packages/ui/src/core-api.generated.ts';

const HEADER = `// Generated from the API's OpenAPI document (/api/openapi.json) by \`pnpm --filter @jiceng/api web-api-types\`.
// Do not edit: change the route's describe()/validate() schemas and regenerate (a test fails while this is stale).
`;

/** The repository root (this file is apps/api/src/web-api-types.ts). */
const root = join(import.meta.dirname, '..', '..', '..');

const PLUGIN_PATH = /^\/api\/(public\/)?cities\/\{city\}\/plugins\//;

/** The OpenAPI document of core and `plugins` (every installed one), built without a database (no route runs). */
export async function openApiDocument(
  plugins: typeof installedPlugins = installedPlugins,
): Promise<Record<string, unknown>> {
  const db = new Kysely<CoreDatabase>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  const app = createApp({
    db,
    clock: manualClock('2026-01-01T00:00:00Z'),
    logger: silentLogger,
    plugins,
  });
  const res = await app.request('/api/openapi.json');
  if (!res.ok) throw new Error(`/api/openapi.json answered ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

/**
 * Core's own routes as the `paths` type ui exports (`CorePaths`, `typedCoreCityApi`). Plugin routes are left out: a
 * plugin's pages live in the plugin, and a plugin's route change must not make core's file stale.
 */
export async function webApiTypes(): Promise<string> {
  const doc = await openApiDocument();
  const paths = Object.fromEntries(
    Object.entries(doc.paths as Record<string, unknown>).filter(([path]) => !PLUGIN_PATH.test(path)),
  );
  const ast = await openapiTS(JSON.stringify({ ...doc, paths }), { alphabetize: true });
  return `${HEADER}\n${astToString(ast)}`;
}

/** Where a plugin's pages keep the types of its own routes (relative to the repository root). */
export const pluginWebApiTypesFile = (pluginId: string, kind: 'private' | 'public') =>
  `plugins/${pluginId}/src/web/${kind === 'public' ? 'public-api' : 'api'}.generated.ts`;

/** `paths` with only the routes under `prefix`, keyed relative to it (`/api/cities/{city}/plugins/x/a` → `/a`). */
function under(paths: Record<string, unknown>, prefix: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(paths)
      .filter(([path]) => path === prefix || path.startsWith(`${prefix}/`))
      .map(([path, item]) => [path.slice(prefix.length) || '/', item]),
  );
}

/**
 * Each installed plugin's own routes as the `paths` type its pages import with ui's `typedClient`: the
 * authenticated ones in `src/web/api.generated.ts` (relative to /api/cities/{city}/plugins/<id>), the public ones,
 * if it has public routes, in `src/web/public-api.generated.ts` (relative to /api/public/cities/{city}/plugins/<id>).
 * Keyed by file (relative to the repository root); a plugin folder that is not `plugins/<id>` is skipped.
 * `plugins` and `repoRoot` are for a repository other than this one (the scaffolder's test generates a new plugin's).
 */
export async function pluginWebApiTypes(
  plugins: typeof installedPlugins = installedPlugins,
  repoRoot: string = root,
): Promise<Map<string, string>> {
  const doc = await openApiDocument(plugins);
  const all = doc.paths as Record<string, unknown>;
  const files = new Map<string, string>();
  for (const plugin of plugins) {
    if (!existsSync(join(repoRoot, 'plugins', plugin.id, 'src', 'web'))) continue;
    const kinds = [
      ['private', `/api/cities/{city}/plugins/${plugin.id}`],
      ['public', `/api/public/cities/{city}/plugins/${plugin.id}`],
    ] as const;
    for (const [kind, prefix] of kinds) {
      const paths = under(all, prefix);
      if (kind === 'public' && Object.keys(paths).length === 0) continue;
      const ast = await openapiTS(JSON.stringify({ ...doc, paths }), { alphabetize: true });
      files.set(pluginWebApiTypesFile(plugin.id, kind), `${HEADER}\n${astToString(ast)}`);
    }
  }
  return files;
}
