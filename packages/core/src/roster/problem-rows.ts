import type { Locale } from '../http/env';
import { type EnumName, enumLabel, matchHeader } from './columns';
import { installedColumns, problemView, type RosterDeps } from './jobs';
import { type ImportJob, rosterDb } from './schema';
import type { StreamColumn } from './xlsx-stream';

type Value = string | number | boolean | null;

const WORDS: Record<Locale, { row: string; problem: string; sep: string; colon: string; sheet: string }> = {
  'zh-CN': { row: '原行号', problem: '问题', sep: '；', colon: '：', sheet: '问题行' },
  en: { row: 'Row', problem: 'Problems', sep: '; ', colon: ': ', sheet: 'Rows with problems' },
};

export const problemSheetName = (locale: Locale) => WORDS[locale].sheet;

const header = (job: ImportJob) => (job.header as unknown as string[] | null) ?? [];

/**
 * The problems workbook: one row per row with a problem — its row number, every problem of it, then the row's own
 * cells under the file's own headers. The two extra columns are not import columns, so the user fixes the cells and
 * uploads this very file again: only these rows are checked and imported.
 */
export function problemSheetColumns(job: ImportJob, locale: Locale): StreamColumn[] {
  const w = WORDS[locale];
  const { positions } = matchHeader(job.kind, header(job));
  const textColumns = new Set([positions.get('idNumber'), positions.get('phone')]);
  return [
    { header: w.row, width: 8 },
    { header: w.problem, width: 60 },
    ...header(job).map((h, i) => ({
      header: h,
      width: textColumns.has(i) ? 22 : 14,
      numFmt: textColumns.has(i) ? '@' : undefined,
    })),
  ];
}

const ENUM_FIELDS: Record<string, EnumName> = {
  gender: 'gender',
  category: 'category',
  cadreRank: 'cadreRank',
};

/** The rows of the problems workbook, streamed a thousand rows at a time. */
export async function* problemSheetRows(
  deps: RosterDeps,
  job: ImportJob,
  locale: Locale,
): AsyncGenerator<Value[]> {
  const db = rosterDb(deps.db);
  const w = WORDS[locale];
  const columns = header(job);
  const extra = installedColumns(deps);
  const { positions } = matchHeader(job.kind, columns, extra);
  const textAt = new Set([positions.get('idNumber'), positions.get('phone')]);
  let last = 0;
  for (;;) {
    const rowNos = (
      await db
        .selectFrom('core.import_error')
        .select('row_no')
        .distinct()
        .where('city_id', '=', job.city_id)
        .where('job_id', '=', job.id)
        .where('row_no', '>', last)
        .orderBy('row_no')
        .limit(1000)
        .execute()
    ).map((r) => r.row_no);
    if (!rowNos.length) return;
    const [problems, cells] = await Promise.all([
      db
        .selectFrom('core.import_error')
        .select(['row_no', 'field', 'code', 'params'])
        .where('city_id', '=', job.city_id)
        .where('job_id', '=', job.id)
        .where('row_no', 'in', rowNos)
        .orderBy('row_no')
        .orderBy('field')
        .execute(),
      db
        .selectFrom('core.import_error_row')
        .select(['row_no', 'cells'])
        .where('city_id', '=', job.city_id)
        .where('job_id', '=', job.id)
        .where('row_no', 'in', rowNos)
        .execute(),
    ]);
    const messages = new Map<number, string[]>();
    for (const p of problems) {
      const v = problemView(
        job.kind,
        { row: p.row_no, field: p.field, code: p.code, params: p.params ?? {} },
        locale,
        extra,
      );
      const list = messages.get(p.row_no) ?? [];
      list.push(v.column ? `${v.column}${w.colon}${v.message}` : v.message);
      messages.set(p.row_no, list);
    }
    const cellsOf = new Map(cells.map((c) => [c.row_no, c.cells as unknown]));
    for (const rowNo of rowNos) {
      const stored = cellsOf.get(rowNo);
      let values: Value[] = [];
      if (Array.isArray(stored)) values = stored.slice(0, columns.length) as Value[];
      else if (stored && typeof stored === 'object') {
        // Checked values by field (rows found bad by the whole-file checks): placed under their headers.
        values = columns.map(() => null);
        for (const [field, at] of positions) {
          const v = (stored as Record<string, Value>)[field] ?? null;
          values[at] =
            ENUM_FIELDS[field] && typeof v === 'string' ? enumLabel(ENUM_FIELDS[field], v, locale) : v;
        }
      }
      // ID numbers and phones as text, so Excel shows every digit (a number that lost digits shows what is left).
      values = values.map((v, i) => (textAt.has(i) && typeof v === 'number' ? String(v) : v));
      yield [rowNo, (messages.get(rowNo) ?? []).join(w.sep), ...values];
    }
    last = rowNos[rowNos.length - 1]!;
  }
}
