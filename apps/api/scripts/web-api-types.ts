// Writes the web API types: the shell's (apps/web/src/api.generated.ts, core's routes) and each installed plugin's
// (plugins/<id>/src/web/api.generated.ts and, with public routes, public-api.generated.ts), from the OpenAPI document.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pluginWebApiTypes, WEB_API_TYPES_FILE, webApiTypes } from '../src/web-api-types';

const root = join(import.meta.dirname, '..', '..', '..');
writeFileSync(join(root, WEB_API_TYPES_FILE), await webApiTypes());
console.log(`wrote ${WEB_API_TYPES_FILE}`);
for (const [file, text] of await pluginWebApiTypes()) {
  writeFileSync(join(root, file), text);
  console.log(`wrote ${file}`);
}
