import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_API_TYPES_FILE, openApiDocument, pluginWebApiTypes, webApiTypes } from './web-api-types';
import { installedPlugins } from './registry';

const root = join(import.meta.dirname, '..', '..', '..');

describe("core's API types (ui's, for the shell and plugin pages)", () => {
  it('match the OpenAPI document (run `pnpm --filter @jiceng/api web-api-types` after changing a core route)', async () => {
    const committed = readFileSync(join(root, CORE_API_TYPES_FILE), 'utf8');
    expect(committed === (await webApiTypes())).toBe(true);
  });

  it('hold core’s routes and no plugin’s', async () => {
    const doc = await openApiDocument();
    const committed = readFileSync(join(root, CORE_API_TYPES_FILE), 'utf8');
    expect(Object.keys(doc.paths as object)).toContain(
      '/api/cities/{city}/plugins/jinan-standards/templates',
    );
    expect(committed).toContain('"/api/cities/{city}/users/{userId}/grants"');
    expect(committed).not.toContain('/plugins/jinan-standards/');
    // One file for core's routes: the shell reads ui's (apps/web/src/typed-api.ts), it keeps no copy of its own.
    expect(existsSync(join(root, 'apps/web/src/api.generated.ts'))).toBe(false);
  });
});

describe("each plugin's web API types", () => {
  it('match the OpenAPI document (run `pnpm --filter @jiceng/api web-api-types` after changing a plugin route)', async () => {
    const files = await pluginWebApiTypes();
    const stale = [...files].filter(([file, text]) => {
      const path = join(root, file);
      return !existsSync(path) || readFileSync(path, 'utf8') !== text;
    });
    expect(stale.map(([file]) => file)).toEqual([]);
  });

  it("hold only the plugin's own routes, relative to its base", async () => {
    const files = await pluginWebApiTypes();
    for (const plugin of installedPlugins) {
      const text = files.get(`plugins/${plugin.id}/src/web/api.generated.ts`);
      expect(text, plugin.id).toBeDefined();
      expect(text).not.toContain('/api/cities/');
      expect(text).not.toContain('"/users/{userId}/grants"');
      for (const other of installedPlugins.filter((p) => p.id !== plugin.id))
        expect(text).not.toContain(other.id);
    }
  });
});
