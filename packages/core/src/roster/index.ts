import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Locale } from '../http/env';
import {
  cancelImport,
  claimCommit,
  createImportJob,
  type ImportActor,
  listProblems,
  mergeImport,
  type ProblemView,
  type RosterDeps,
  type RunOptions,
  validateImport,
} from './jobs';
import { type FileSource, RosterFileError, sniffFormat } from './read';
import type { ImportJob, ImportKind, ImportMode } from './schema';

export { COLUMNS, ENUMS, enumLabel, parseEnum } from './columns';
export {
  cancelImport,
  claimCommit,
  createImportJob,
  getImportJob,
  type ImportActor,
  type ImportJobView,
  jobView,
  listProblems,
  mergeImport,
  type ProblemView,
  type ProgressEvent,
  type RosterDeps,
  type RunOptions,
  validateImport,
} from './jobs';
export { EXAMPLE_ID_NUMBER, type MergeHooks } from './members';
export {
  bufferSource,
  type CsvTable,
  type FileSource,
  RosterFileError,
  readCsvTable,
  readRows,
  type TextEncoding,
} from './read';
export { DEFAULT_MAX_UPLOAD_BYTES, rosterRoutes } from './routes';
export {
  IMPORT_KINDS,
  IMPORT_MODES,
  type ImportFormat,
  type ImportJob,
  type ImportKind,
  type ImportMode,
  type JobStatus,
} from './schema';
export { templateCsv, templateXlsx } from './templates';
export { type StreamColumn, writeXlsxFile, writeXlsxStream } from './xlsx-stream';
export { DEFAULT_XLSX_LIMITS, XlsxLimitError, type XlsxLimits } from './xlsx-read';

/** A file on disk, streamed in 256 KB chunks or read at offsets (never read whole). */
export function fileSource(path: string, size: number): FileSource {
  return {
    size,
    async *stream() {
      for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) yield chunk as Buffer;
    },
    async read(offset, length) {
      const fh = await open(path, 'r');
      try {
        const out = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
        await fh.read(out, 0, out.length, offset);
        return out;
      } finally {
        await fh.close();
      }
    },
  };
}

export interface ImportFileInput {
  cityId: number;
  kind: ImportKind;
  path: string;
  actor: ImportActor;
  /** all (refused when any row has a problem) or good_rows. */
  mode: ImportMode;
  /** Check only: stop after the dry run (the job is then discarded). */
  dryRun?: boolean;
  locale?: Locale;
  /** How many problems to return (all are in core.import_error). */
  problemLimit?: number;
  options?: RunOptions;
}

export interface ImportFileResult {
  job: ImportJob;
  /** The job after its dry run. */
  checked: ImportJob;
  problems: ProblemView[];
  problemTotal: number;
  /** Timings in ms: dry run (read, check, stage) and merge. */
  ms: { check: number; merge: number };
}

/**
 * The whole import of a file on disk, as the CLI and the bench run it: dry run, then (unless a dry run was asked
 * for, or rows have problems and mode is `all`) the merge. The file streams from disk; it is not stored in the job.
 */
export async function importFile(deps: RosterDeps, input: ImportFileInput): Promise<ImportFileResult> {
  const { size } = await stat(input.path);
  const head = new Uint8Array(8);
  const fh = await open(input.path, 'r');
  try {
    await fh.read(head, 0, 8, 0);
  } finally {
    await fh.close();
  }
  const format = sniffFormat(head, input.path);
  if (format !== 'csv' && format !== 'xlsx') throw new RosterFileError('roster_file_type');
  const job = await createImportJob(deps, {
    cityId: input.cityId,
    kind: input.kind,
    fileName: basename(input.path),
    format,
    size,
    file: null,
    createdBy: input.actor.userId,
  });
  const t0 = performance.now();
  const checked = await validateImport(deps, job, input.actor, fileSource(input.path, size), input.options);
  const t1 = performance.now();
  const problems = await listProblems(deps, checked, input.locale ?? 'zh-CN', {
    offset: 0,
    limit: input.problemLimit ?? 50,
  });
  const result = { job: checked, checked, problems: problems.items, problemTotal: problems.total };
  if (checked.status === 'validated' && input.dryRun) {
    const cancelled = await cancelImport(deps, checked);
    return { ...result, job: cancelled, ms: { check: t1 - t0, merge: 0 } };
  }
  if (checked.status !== 'validated') return { ...result, ms: { check: t1 - t0, merge: 0 } };
  if (input.mode === 'all' && (checked.error_rows ?? 0) > 0) {
    // Nothing will be imported: drop the checked rows now rather than in a day.
    const cancelled = await cancelImport(deps, checked);
    return { ...result, job: cancelled, ms: { check: t1 - t0, merge: 0 } };
  }
  const claimed = await claimCommit(deps, checked, input.mode);
  const done = await mergeImport(deps, claimed, input.actor, input.options);
  return { ...result, job: done, ms: { check: t1 - t0, merge: performance.now() - t1 } };
}
