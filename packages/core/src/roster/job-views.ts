import type { Locale } from '../http/env';
import { translate } from '../http/messages';
import { attributeColumns } from '../places/attribute-rules';
import { installedAttributes } from '../places/attributes';
import { type ColumnDef, columnLabel, type EnumName, enumChoices } from './columns';
import type { RosterDeps } from './job-types';
import { type ImportJob, type ImportKind, isWarning, type RowProblem, rosterDb } from './schema';

// ---------------------------------------------------------------------------------------------------------------
// Views: translated when read, in the reader's language.

/** The places columns of every installed model's attributes, for naming a column in views. */
export const installedColumns = (deps: Pick<RosterDeps, 'plugins'>): ColumnDef[] =>
  attributeColumns(installedAttributes(deps.plugins));

function localizeParams(
  kind: ImportKind,
  params: Record<string, unknown> | undefined,
  locale: Locale,
  extra: readonly ColumnDef[],
) {
  const p: Record<string, unknown> = { ...(params ?? {}) };
  if (typeof p.enum === 'string') p.allowed = enumChoices(p.enum as EnumName, locale);
  if (Array.isArray(p.fields))
    p.columns = (p.fields as string[])
      .map((f) => columnLabel(kind, f, locale, extra))
      .join(locale === 'en' ? ', ' : '、');
  return p;
}

export interface ProblemView {
  row: number;
  field: string | null;
  column: string | null;
  code: string;
  /** `warning`: the row is imported anyway (WARNING_CODES). */
  severity: 'error' | 'warning';
  message: string;
}

export function problemView(
  kind: ImportKind,
  p: RowProblem,
  locale: Locale,
  extra: readonly ColumnDef[] = [],
): ProblemView {
  return {
    row: p.row,
    field: p.field,
    column: columnLabel(kind, p.field, locale, extra),
    code: p.code,
    severity: isWarning(p.code) ? 'warning' : 'error',
    message: translate(locale, p.code, localizeParams(kind, p.params, locale, extra)),
  };
}

export async function listProblems(
  deps: RosterDeps,
  job: ImportJob,
  locale: Locale,
  page: { offset: number; limit: number },
): Promise<{ items: ProblemView[]; total: number }> {
  const db = rosterDb(deps.db);
  const [rows, total] = await Promise.all([
    db
      .selectFrom('core.import_error')
      .select(['row_no', 'field', 'code', 'params'])
      .where('city_id', '=', job.city_id)
      .where('job_id', '=', job.id)
      .orderBy('row_no')
      .orderBy('field')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom('core.import_error')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('city_id', '=', job.city_id)
      .where('job_id', '=', job.id)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) =>
      problemView(
        job.kind,
        { row: r.row_no, field: r.field, code: r.code, params: r.params ?? {} },
        locale,
        installedColumns(deps),
      ),
    ),
    total: Number(total.n),
  };
}

export function jobView(job: ImportJob, locale: Locale, extra: readonly ColumnDef[] = []) {
  const failure = job.failure as unknown as { code: string; params?: Record<string, unknown> } | null;
  const fields = (job.columns as unknown as string[]) ?? [];
  return {
    id: job.id,
    kind: job.kind,
    fileName: job.file_name,
    format: job.file_format,
    fileSize: Number(job.file_size),
    encoding: job.encoding,
    status: job.status,
    mode: job.mode,
    phase: job.phase,
    progress: {
      processedRows: job.processed_rows,
      totalRows: job.total_rows,
      fraction: Math.round(Number(job.progress) * 1000) / 1000,
    },
    counts: {
      totalRows: job.total_rows,
      goodRows: job.good_rows,
      errorRows: job.error_rows,
      errorCount: job.error_count,
      toInsert: job.to_insert,
      toUpdate: job.to_update,
      unchanged: job.unchanged,
      inserted: job.inserted,
      updated: job.updated,
      skipped: job.skipped,
    },
    columns: fields.map((f) => ({ field: f, label: columnLabel(job.kind, f, locale, extra) })),
    failure: failure
      ? {
          code: failure.code,
          message: translate(locale, failure.code, localizeParams(job.kind, failure.params, locale, extra)),
        }
      : null,
    createdBy: job.created_by,
    createdAt: job.created_at,
    updatedAt: job.updated_at,
    finishedAt: job.finished_at,
  };
}
export type ImportJobView = ReturnType<typeof jobView>;
