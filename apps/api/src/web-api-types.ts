import type { CoreDatabase } from '@jiceng/core';
import { createApp, manualClock, silentLogger } from '@jiceng/core';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import openapiTS, { astToString } from 'openapi-typescript';
import { installedPlugins } from './registry';

/** Where the web shell keeps the types (relative to the repository root). */
export const WEB_API_TYPES_FILE = 'apps/web/src/api.generated.ts';

const HEADER = `// Generated from the API's OpenAPI document (/api/openapi.json) by \`pnpm --filter @jiceng/api web-api-types\`.
// Do not edit: change the route's describe()/validate() schemas and regenerate (a test fails while this is stale).
`;

const PLUGIN_PATH = /^\/api\/(public\/)?cities\/\{city\}\/plugins\//;

/** The OpenAPI document of core and every installed plugin, built without a database (no route runs). */
export async function openApiDocument(): Promise<Record<string, unknown>> {
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
    plugins: installedPlugins,
  });
  const res = await app.request('/api/openapi.json');
  if (!res.ok) throw new Error(`/api/openapi.json answered ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

/**
 * Core's own routes (the shell's API) as the `paths` type the web shell imports. Plugin routes are left out: a
 * plugin's pages live in the plugin, and a plugin's route change must not make the shell's file stale.
 */
export async function webApiTypes(): Promise<string> {
  const doc = await openApiDocument();
  const paths = Object.fromEntries(
    Object.entries(doc.paths as Record<string, unknown>).filter(([path]) => !PLUGIN_PATH.test(path)),
  );
  const ast = await openapiTS(JSON.stringify({ ...doc, paths }), { alphabetize: true });
  return `${HEADER}\n${astToString(ast)}`;
}
