import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';

/**
 * Gives the run an id that names its database templates (PGlite dumps, Postgres template databases), so
 * parallel runs on one machine never share or drop each other's, and removes them when the run ends.
 */
export default async function setup() {
  if (process.env.JICENG_TEST_RUN) return;
  const runId = randomBytes(4).toString('hex');
  process.env.JICENG_TEST_RUN = runId;
  const { dropRunDatabases, templateDirOf } = await import('./packages/core/src/testing/databases');
  return async () => {
    rmSync(templateDirOf(runId), { recursive: true, force: true });
    if (process.env.TEST_DATABASE_URL) await dropRunDatabases(process.env.TEST_DATABASE_URL, runId);
  };
}
