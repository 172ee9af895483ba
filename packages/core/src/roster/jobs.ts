/**
 * Roster import jobs. Split by concern: job-service (lifecycle: create, commit, merge, cancel, fail),
 * job-validate (the dry run), job-liveness (heartbeat and interrupted jobs), job-queries (SQL on the stage and
 * problem tables), job-views (what readers see). This module is their one public face.
 */
export { getImportJob, HEARTBEAT_MS, STALE_AFTER_MS } from './job-liveness';
export { VALIDATED_TTL_MS } from './job-queries';
export { cancelImport, claimCommit, createImportJob, mergeImport } from './job-service';
export type { ImportActor, ProgressEvent, RosterDeps, RunOptions } from './job-types';
export { validateImport } from './job-validate';
export {
  type ImportJobView,
  installedColumns,
  jobView,
  listProblems,
  type ProblemView,
  problemView,
} from './job-views';
