import type { Migration } from 'kysely';
import { coreInit } from './2026-11-22-core-init';

/** Core's migrations, named by ISO date; run before any plugin's. */
export const coreMigrations: Record<string, Migration> = {
  '2026-11-22-core-init': coreInit,
};
