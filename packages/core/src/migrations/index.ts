import type { Migration } from 'kysely';
import { coreInit } from './2026-11-22-core-init';
import { importJobs } from './2026-11-23-import-jobs';
import { auditEntityIndex } from './2026-11-24-audit-entity-index';
import { demoSeeds } from './2026-12-06-demo-seeds';
import { jobRuns } from './2026-12-06-job-runs';
import { onboarding } from './2026-12-06-onboarding';
import { onlyOnceKeys } from './2026-12-06-only-once-keys';
import { rosterErrorRows } from './2026-12-06-roster-error-rows';
import { notifications } from './2026-12-07-notifications';
import { outcomeSnapshots } from './2026-12-07-outcome-snapshots';
import { placeAttributes } from './2026-12-07-place-attributes';

/** Core's migrations, named by ISO date; run before any plugin's. */
export const coreMigrations: Record<string, Migration> = {
  '2026-11-22-core-init': coreInit,
  '2026-11-23-import-jobs': importJobs,
  '2026-11-24-audit-entity-index': auditEntityIndex,
  '2026-12-06-job-runs': jobRuns,
  '2026-12-06-only-once-keys': onlyOnceKeys,
  '2026-12-06-roster-error-rows': rosterErrorRows,
  '2026-12-06-onboarding': onboarding,
  '2026-12-06-demo-seeds': demoSeeds,
  '2026-12-07-notifications': notifications,
  '2026-12-07-outcome-snapshots': outcomeSnapshots,
  '2026-12-07-place-attributes': placeAttributes,
};
