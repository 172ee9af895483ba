import type { Migration } from 'kysely';
import { init } from './2026-11-22-init';
import { outcomeViews } from './2026-12-07-outcome-views';
import { serviceRecords } from './2026-12-07-service-records';

export const migrations: Record<string, Migration> = {
  '2026-11-22-init': init,
  '2026-12-07-outcome-views': outcomeViews,
  '2026-12-07-service-records': serviceRecords,
};
