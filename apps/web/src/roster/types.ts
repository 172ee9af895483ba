export type ImportKind = 'members' | 'orgs' | 'units' | 'places';
export type JobStatus = 'validating' | 'validated' | 'importing' | 'done' | 'failed' | 'cancelled';

export interface ImportProblem {
  row: number;
  field: string | null;
  column: string | null;
  code: string;
  /** `warning`: the row is imported anyway (e.g. an ID number ending in 000). */
  severity?: 'error' | 'warning';
  message: string;
}

/** An import job as GET roster/jobs/:id answers (see packages/core/src/roster/README.md). */
export interface ImportJob {
  id: number;
  kind: ImportKind;
  fileName: string;
  format: 'csv' | 'xlsx';
  fileSize: number;
  encoding: string | null;
  status: JobStatus;
  mode: 'all' | 'good_rows' | null;
  phase: 'reading' | 'checking' | 'merging' | null;
  progress: { processedRows: number; totalRows: number | null; fraction: number };
  counts: {
    totalRows: number | null;
    goodRows: number | null;
    errorRows: number | null;
    errorCount: number | null;
    toInsert: number | null;
    toUpdate: number | null;
    unchanged: number | null;
    inserted: number | null;
    updated: number | null;
    skipped: number | null;
  };
  columns: { field: string; label: string }[];
  failure: { code: string; message: string } | null;
  createdAt: string;
  finishedAt: string | null;
  errors?: ImportProblem[];
  errorsTruncated?: boolean;
}

export const IMPORT_KINDS: ImportKind[] = ['members', 'orgs', 'units', 'places'];
