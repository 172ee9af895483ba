import type { Migration } from 'kysely';
import { init } from './2026-11-22-init';

export const migrations: Record<string, Migration> = {
  '2026-11-22-init': init,
};
