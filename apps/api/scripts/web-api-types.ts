// Writes the web shell's API types (apps/web/src/api.generated.ts) from the OpenAPI document.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_API_TYPES_FILE, webApiTypes } from '../src/web-api-types';

const root = join(import.meta.dirname, '..', '..', '..');
writeFileSync(join(root, WEB_API_TYPES_FILE), await webApiTypes());
console.log(`wrote ${WEB_API_TYPES_FILE}`);
