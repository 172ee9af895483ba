import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument, WEB_API_TYPES_FILE, webApiTypes } from './web-api-types';

const root = join(import.meta.dirname, '..', '..', '..');

describe("the web shell's API types", () => {
  it('match the OpenAPI document (run `pnpm --filter @jiceng/api web-api-types` after changing a core route)', async () => {
    const committed = readFileSync(join(root, WEB_API_TYPES_FILE), 'utf8');
    expect(committed === (await webApiTypes())).toBe(true);
  });

  it('hold core’s routes and no plugin’s', async () => {
    const doc = await openApiDocument();
    const committed = readFileSync(join(root, WEB_API_TYPES_FILE), 'utf8');
    expect(Object.keys(doc.paths as object)).toContain(
      '/api/cities/{city}/plugins/jinan-standards/templates',
    );
    expect(committed).toContain('"/api/cities/{city}/users/{userId}/grants"');
    expect(committed).not.toContain('/plugins/jinan-standards/');
  });
});
