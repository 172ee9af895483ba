import type { Access } from '../types';
import { IMPORT_KINDS, type ImportJob, type ImportKind } from './types';

/** Statuses in which the server is still working on a job (the page polls). */
export const isRunning = (status: ImportJob['status']) => status === 'validating' || status === 'importing';

/** The kinds an actor may import: a city admin every kind, an org admin members and orgs. */
export const importKindsFor = (access: Access): ImportKind[] =>
  access === 'city' ? IMPORT_KINDS : IMPORT_KINDS.filter((k) => k === 'members' || k === 'orgs');

/** The kind the page opens on: the one asked for in the address when the actor may import it, else members. */
export const initialKind = (kinds: ImportKind[], asked: string | null): ImportKind =>
  kinds.includes(asked as ImportKind) ? (asked as ImportKind) : 'members';

/** The antd tag colour of a job's status. */
export function statusColor(status: ImportJob['status']) {
  return {
    validating: 'processing',
    validated: 'blue',
    importing: 'processing',
    done: 'success',
    failed: 'error',
    cancelled: 'default',
  }[status];
}

/** How many rows an import under way writes: all of them, or only the good ones ('' before the dry run counted). */
export function rowsBeingImported(job: Pick<ImportJob, 'mode' | 'counts'>): number | null | '' {
  const c = job.counts;
  return c.toInsert != null ? (job.mode === 'all' ? c.totalRows : c.goodRows) : '';
}
