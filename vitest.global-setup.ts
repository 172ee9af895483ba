import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Each run starts from fresh database templates, so a changed migration can never be served from an old copy. */
export default async function setup() {
  if (process.env.JICENG_TEMPLATES_READY) return;
  process.env.JICENG_TEMPLATES_READY = '1';
  rmSync(join(tmpdir(), 'jiceng-test-templates'), { recursive: true, force: true });
  if (process.env.TEST_DATABASE_URL) {
    const { dropPostgresTemplates } = await import('./packages/core/src/testing/databases');
    await dropPostgresTemplates(process.env.TEST_DATABASE_URL);
  }
}
