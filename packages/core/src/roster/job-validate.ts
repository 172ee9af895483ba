import { sql } from 'kysely';
import { attributeColumns } from '../places/attribute-rules';
import { cityAttributes } from '../places/attributes';
import { COLUMNS, columnsOf, matchHeader, missingRequired } from './columns';
import { HEARTBEAT_MS, startHeartbeat } from './job-liveness';
import { insertBadRows, insertProblems, insertStagedBadMembers, stageTable } from './job-queries';
import { failJob } from './job-service';
import type { ImportActor, RosterDeps, RunOptions } from './job-types';
import {
  checkStagedMembers,
  MemberBatch,
  memberRowChecker,
  stageMembers,
  summarizeStagedMembers,
} from './members';
import { type FileSource, RosterFileError, readRows, type SheetRow } from './read';
import { orgIndex, placeIndex, unitIndex } from './refs';
import { type ImportJob, type RowProblem, rosterDb, WARNING_CODES } from './schema';
import { type StagedTreeRow, stageTreeRows, treeChecker } from './tree';
import { cellText } from './values';

const STAGE_BATCH = 5000;
const HEADER_SEARCH_ROWS = 10;

/** A masked export is recognised when its first rows all have masked ID numbers (or half of all rows do). */
const MASKED_SAMPLE = 50;

/** The header cells a file has, for messages that say what was found instead of what was expected. */
const foundHeaders = (cells: string[]) => {
  const found = cells.map((c) => c.trim()).filter(Boolean);
  const text = found.slice(0, 30).join(' | ').slice(0, 500);
  return text || '—';
};

const isBlank = (row: SheetRow) =>
  row.cells.every((c) => c == null || (typeof c === 'string' && c.trim() === ''));

/**
 * The dry run: reads the file as a stream, checks every row, stages rows in batches (committed as it goes, so
 * progress is visible to every process), then runs the whole-file checks in SQL. Never throws: a problem with the
 * file ends the job as `failed` with a reason; the caller reads the job afterwards.
 */
export async function validateImport(
  deps: RosterDeps,
  job: ImportJob,
  actor: ImportActor,
  source: FileSource,
  options: RunOptions = {},
): Promise<ImportJob> {
  const db = rosterDb(deps.db);
  const { city_id: cityId, id: jobId, kind } = job;
  const stopHeartbeat = startHeartbeat(deps, job, options.heartbeatMs ?? HEARTBEAT_MS);
  const inFlight: Promise<void>[] = [];
  try {
    const attributes = kind === 'places' ? await cityAttributes(deps, cityId) : [];
    const extra = attributeColumns(attributes);
    let bytes = 0;
    let encoding: string | null = null;
    const batches = readRows(source, {
      format: job.file_format,
      onEncoding: (e) => {
        encoding = e;
      },
      onBytes: (n) => {
        bytes = n;
      },
    });
    const batchSize = options.batchSize ?? STAGE_BATCH;
    let positions: Map<string, number> | undefined;
    let fields: string[] = [];
    let checkRow: ((row: SheetRow, problems: RowProblem[]) => void) | undefined;
    let maskedStats: { rows: number; masked: number } | undefined;
    let firstRowText: string[] | undefined;
    let badRows: SheetRow[] = [];
    let treeCounts: { toInsert: number; toUpdate: number; unchanged: number } | undefined;
    let members = new MemberBatch();
    let treeRows: { row: number; ok: boolean; data: StagedTreeRow | null }[] = [];
    let problems: RowProblem[] = [];
    let rowsBeforeHeader = 0;
    let processed = 0;
    let flushError: unknown;

    const setup = async (header: Map<string, number>, headerText: string[]) => {
      positions = header;
      fields = columnsOf(kind, extra)
        .map((c) => c.field)
        .filter((f) => header.has(f));
      await db
        .updateTable('core.import_job')
        .set({
          columns: JSON.stringify(fields),
          header: JSON.stringify(headerText.slice(0, 100).map((h) => h.slice(0, 200))),
          encoding,
          updated_at: deps.clock.now(),
        })
        .where('city_id', '=', cityId)
        .where('id', '=', jobId)
        .execute();
      if (kind === 'members') {
        const ctx = {
          positions: header,
          orgs: await orgIndex(deps.db, cityId, actor.access),
          units: await unitIndex(deps.db, cityId),
          places: await placeIndex(deps.db, cityId),
        };
        const check = memberRowChecker(ctx);
        maskedStats = check.stats;
        checkRow = (row, out) => check(row, members, out);
      } else {
        const checker = await treeChecker(deps.db, kind, cityId, actor.access, header, attributes);
        treeCounts = checker.counts;
        checkRow = (row, out) => {
          const r = checker.check(row, out);
          treeRows.push({ row: row.row, ok: r.ok, data: r.data });
        };
      }
    };

    // Up to two staging inserts in flight while the next batch is parsed (PostgreSQL works in parallel with us).
    const flush = async () => {
      const m = members;
      const t = treeRows;
      const p = problems;
      const bad = badRows;
      members = new MemberBatch();
      treeRows = [];
      problems = [];
      badRows = [];
      while (inFlight.length >= 2) await inFlight.shift();
      if (flushError) throw flushError;
      const done = processed;
      const fraction = job.file_size > 0 ? Math.min(0.9, (bytes / job.file_size) * 0.9) : 0;
      // One transaction per batch that need not wait for its commit to reach disk: staged rows are unlogged and a
      // crash loses the dry run anyway (the job then reads as interrupted).
      const pending = db
        .transaction()
        .execute(async (trx) => {
          await sql`set local synchronous_commit = off`.execute(trx);
          if (kind === 'members') await stageMembers(trx, cityId, jobId, m);
          else await stageTreeRows(trx, cityId, jobId, t);
          await insertProblems(trx, cityId, jobId, p);
          await insertBadRows(trx, cityId, jobId, bad);
          await trx
            .updateTable('core.import_job')
            .set({
              processed_rows: sql<number>`greatest(processed_rows, ${done})`,
              progress: sql<number>`greatest(progress, ${fraction})`,
              updated_at: deps.clock.now(),
            })
            .where('city_id', '=', cityId)
            .where('id', '=', jobId)
            .execute();
        })
        .catch((e) => {
          flushError = e;
        });
      inFlight.push(pending);
      options.onProgress?.({ phase: 'reading', rows: done, bytes, totalBytes: job.file_size });
    };

    for await (const batch of batches) {
      for (const row of batch) {
        if (isBlank(row)) continue;
        if (!positions) {
          const headerText = row.cells.map(cellText);
          firstRowText ??= headerText;
          const { positions: header, recognised } = matchHeader(kind, headerText, extra);
          const required = COLUMNS[kind].filter((c) => c.required).length;
          if (recognised >= Math.min(2, required)) {
            const missing = missingRequired(kind, header);
            if (missing.length)
              throw new RosterFileError('roster_missing_columns', {
                fields: missing.map((c) => c.field),
                found: foundHeaders(headerText),
              });
            await setup(header, headerText);
            continue;
          }
          if (++rowsBeforeHeader >= HEADER_SEARCH_ROWS) break;
          continue;
        }
        processed++;
        const before = problems.length;
        checkRow!(row, problems);
        if (problems.length > before) badRows.push(row);
        // A masked export (ID numbers with asterisks) is a file problem, not a problem in every row.
        if (maskedStats && maskedStats.rows === MASKED_SAMPLE && maskedStats.masked === MASKED_SAMPLE)
          throw new RosterFileError('roster_masked_file', { rows: maskedStats.masked });
        if (members.length + treeRows.length >= batchSize) await flush();
      }
      if (!positions && rowsBeforeHeader >= HEADER_SEARCH_ROWS) break;
    }
    if (!positions) {
      if (rowsBeforeHeader === 0) throw new RosterFileError('roster_empty_file');
      throw new RosterFileError('roster_no_header', {
        fields: COLUMNS[kind].filter((c) => c.required).map((c) => c.field),
        found: foundHeaders(firstRowText ?? []),
      });
    }
    if (maskedStats && maskedStats.masked > 0 && maskedStats.masked * 2 >= maskedStats.rows)
      throw new RosterFileError('roster_masked_file', { rows: maskedStats.masked });
    await flush();
    await Promise.all(inFlight);
    if (flushError) throw flushError;
    if (processed === 0) throw new RosterFileError('roster_empty_file');

    await db
      .updateTable('core.import_job')
      .set({ phase: 'checking', processed_rows: processed, progress: 0.92, updated_at: deps.clock.now() })
      .where('city_id', '=', cityId)
      .where('id', '=', jobId)
      .execute();
    options.onProgress?.({ phase: 'checking', rows: processed, bytes, totalBytes: job.file_size });
    let summary: { total: number; good: number; toInsert: number; toUpdate: number; unchanged: number };
    // Fresh statistics, or the planner takes the just-filled table for empty and nests loops over it.
    await sql`analyze ${sql.table(stageTable(kind))} (city_id, job_id, ok${sql.raw(kind === 'members' ? ', id_number' : '')})`.execute(
      db,
    );
    if (kind === 'members') {
      await checkStagedMembers(db, cityId, jobId, actor.access);
      await insertStagedBadMembers(db, cityId, jobId);
      const s = await summarizeStagedMembers(db, cityId, jobId, fields);
      summary = { ...s, unchanged: s.good - s.toInsert - s.toUpdate };
    } else {
      const r = await sql<{ total: number; good: number }>`select count(*)::int as total,
          count(*) filter (where ok)::int as good from core.import_row_stage
        where city_id = ${cityId} and job_id = ${jobId}`.execute(db);
      summary = { ...r.rows[0]!, ...treeCounts! };
    }
    const errors = await sql<{ n: number }>`select count(*)::int as n from core.import_error
      where city_id = ${cityId} and job_id = ${jobId} and code <> all(${[...WARNING_CODES]}::text[])`.execute(
      db,
    );
    const now = deps.clock.now();
    return await db
      .updateTable('core.import_job')
      .set({
        status: 'validated',
        phase: null,
        progress: 1,
        processed_rows: summary.total,
        total_rows: summary.total,
        good_rows: summary.good,
        error_rows: summary.total - summary.good,
        error_count: errors.rows[0]!.n,
        to_insert: summary.toInsert,
        to_update: summary.toUpdate,
        unchanged: summary.unchanged,
        updated_at: now,
      })
      .where('city_id', '=', cityId)
      .where('id', '=', jobId)
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (e) {
    // Let batches still being written land first, so that clearing the stage leaves nothing behind.
    await Promise.allSettled(inFlight);
    return await failJob(deps, job, e, true);
  } finally {
    await stopHeartbeat();
  }
}
