// Writes the web API types: core's (packages/ui/src/core-api.generated.ts, for the shell and plugins' pickers) and each installed plugin's
// (plugins/<id>/src/web/api.generated.ts and, with public routes, public-api.generated.ts), from the OpenAPI document.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_API_TYPES_FILE, pluginWebApiTypes, webApiTypes } from '../src/web-api-types';

const root = join(import.meta.dirname, '..', '..', '..');
writeFileSync(join(root, CORE_API_TYPES_FILE), await webApiTypes());
console.log(`wrote ${CORE_API_TYPES_FILE}`);
for (const [file, text] of await pluginWebApiTypes()) {
  writeFileSync(join(root, file), text);
  console.log(`wrote ${file}`);
}
