import { type Kysely, sql } from 'kysely';
import { recordAudit } from '../audit';
import type { CityAccess } from '../auth/actor';
import type { Clock } from '../clock';
import type { CoreDatabase } from '../db/schema';
import type { Locale } from '../http/env';
import { ApiError } from '../http/errors';
import { translate } from '../http/messages';
import type { Logger } from '../logger';
import { COLUMNS, columnLabel, type EnumName, enumChoices, matchHeader, missingRequired } from './columns';
import {
  checkStagedMembers,
  MemberBatch,
  type MergeHooks,
  memberRowChecker,
  mergeMembers,
  stagedCount,
  stageMembers,
  summarizeStagedMembers,
} from './members';
import { type FileSource, RosterFileError, readRows, type SheetRow } from './read';
import { orgIndex, placeIndex, unitIndex } from './refs';
import {
  type ImportFormat,
  type ImportJob,
  type ImportKind,
  type ImportMode,
  type JobPhase,
  isWarning,
  type RowProblem,
  rosterDb,
  WARNING_CODES,
} from './schema';
import { mergeTreeRows, type StagedTreeRow, stageTreeRows, treeChecker } from './tree';
import { cellText } from './values';

export interface RosterDeps {
  db: Kysely<CoreDatabase>;
  clock: Clock;
  logger: Logger;
}

/** Who runs an import: their user id (null from the CLI), their reach in the city, and how they came. */
export interface ImportActor {
  userId: number | null;
  access: CityAccess;
  via: 'api' | 'cli';
}

export interface ProgressEvent {
  phase: JobPhase;
  rows: number;
  bytes: number;
  totalBytes: number;
}

export interface RunOptions {
  /** Rows per staging insert. */
  batchSize?: number;
  /** How often the job's liveness is written (tests shorten it). */
  heartbeatMs?: number;
  onProgress?: (e: ProgressEvent) => void;
  hooks?: MergeHooks;
}

/**
 * Liveness lives in the database, so every process sees the same thing: while a process reads, stages or merges a
 * job it advances the job's `updated_at` every HEARTBEAT_MS (outside the job's own transactions), and a job left
 * validating or importing whose `updated_at` is older than STALE_AFTER_MS has no living process: it is reported
 * interrupted (failed, its staged rows dropped). A killed process's job is so settled within a minute; nine missed
 * beats leave room for a busy event loop, which is never mistaken for a dead process.
 */
export const HEARTBEAT_MS = 5_000;
export const STALE_AFTER_MS = 45_000;
/** Validated jobs nobody committed are discarded after a day (their staged rows hold personal data). */
export const VALIDATED_TTL_MS = 24 * 3_600_000;
const STAGE_BATCH = 5000;
const HEADER_SEARCH_ROWS = 10;

/** Advances the job's `updated_at` until stopped; a failed beat is logged and retried at the next one. */
function startHeartbeat(deps: RosterDeps, job: Pick<ImportJob, 'city_id' | 'id'>, everyMs: number) {
  let beating: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    beating = rosterDb(deps.db)
      .updateTable('core.import_job')
      .set({ updated_at: deps.clock.now() })
      .where('city_id', '=', job.city_id)
      .where('id', '=', job.id)
      .where('status', 'in', ['validating', 'importing'])
      .execute()
      .catch((e: Error) =>
        deps.logger.warn('roster: heartbeat failed', { jobId: job.id, message: e.message }),
      );
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await beating;
  };
}

const stageTable = (kind: ImportKind) =>
  kind === 'members' ? 'core.import_member_stage' : 'core.import_row_stage';

async function clearStage(db: Kysely<any>, job: Pick<ImportJob, 'city_id' | 'id' | 'kind'>) {
  await sql`delete from ${sql.table(stageTable(job.kind))} where city_id = ${job.city_id} and job_id = ${job.id}`.execute(
    db,
  );
}

export async function createImportJob(
  deps: RosterDeps,
  input: {
    cityId: number;
    kind: ImportKind;
    fileName: string;
    format: ImportFormat;
    size: number;
    /** Kept with the job while it runs (API uploads); the CLI reads its file from disk instead. */
    file: Uint8Array | null;
    createdBy: number | null;
  },
): Promise<ImportJob> {
  const db = rosterDb(deps.db);
  const now = deps.clock.now();
  await housekeeping(deps, input.cityId);
  return db
    .insertInto('core.import_job')
    .values({
      city_id: input.cityId,
      kind: input.kind,
      file_name: input.fileName.slice(0, 255),
      file_format: input.format,
      file_size: input.size,
      file: input.file,
      encoding: null,
      status: 'validating',
      mode: null,
      phase: 'reading',
      columns: '[]',
      total_rows: null,
      good_rows: null,
      error_rows: null,
      error_count: null,
      to_insert: null,
      to_update: null,
      unchanged: null,
      inserted: null,
      updated: null,
      skipped: null,
      failure: null,
      header: null,
      created_by: input.createdBy,
      created_at: now,
      updated_at: now,
      finished_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Drops staged rows of finished jobs (left by a crash between commit and cleanup) and of stale validated jobs. */
async function housekeeping(deps: RosterDeps, cityId: number) {
  const db = rosterDb(deps.db);
  await db
    .updateTable('core.import_job')
    .set({ status: 'cancelled', file: null, updated_at: deps.clock.now(), finished_at: deps.clock.now() })
    .where('city_id', '=', cityId)
    .where('status', '=', 'validated')
    .where('updated_at', '<', new Date(deps.clock.now().getTime() - VALIDATED_TTL_MS))
    .execute();
  for (const table of ['core.import_member_stage', 'core.import_row_stage'])
    await sql`delete from ${sql.table(table)} s where s.city_id = ${cityId} and s.job_id in (
        select id from core.import_job j where j.city_id = ${cityId} and j.status in ('done', 'failed', 'cancelled'))`.execute(
      db,
    );
  await sql`delete from core.import_error_row e where e.city_id = ${cityId} and e.job_id in (
      select id from core.import_job j where j.city_id = ${cityId} and j.status = 'cancelled')`.execute(db);
}

/** A row's cells as stored for the problems workbook: dates as text, long text cut, at most 100 columns. */
const storedCells = (cells: SheetRow['cells']) =>
  cells
    .slice(0, 100)
    .map((c) => (c instanceof Date ? cellText(c) : typeof c === 'string' ? c.slice(0, 1000) : (c ?? null)));

async function insertBadRows(db: Kysely<any>, cityId: number, jobId: number, rows: SheetRow[]) {
  if (!rows.length) return;
  await sql`insert into core.import_error_row (city_id, job_id, row_no, cells)
    select ${cityId}, ${jobId}, r, c::jsonb from unnest(${rows.map((r) => r.row)}::int[],
      ${rows.map((r) => JSON.stringify(storedCells(r.cells)))}::text[]) as t(r, c)
    on conflict do nothing`.execute(db);
}

/** Rows the whole-file checks found bad (duplicate ID numbers): their checked values, by field, for the workbook. */
async function insertStagedBadMembers(db: Kysely<any>, cityId: number, jobId: number) {
  const refName = (table: string, alias: string) =>
    sql`case when (select count(*) from ${sql.table(table)} x where x.city_id = ${sql.ref(`${alias}.city_id`)}
      and x.name = ${sql.ref(`${alias}.name`)}) > 1 then '#' || ${sql.ref(`${alias}.id`)} else ${sql.ref(`${alias}.name`)} end`;
  await sql`insert into core.import_error_row (city_id, job_id, row_no, cells)
    select s.city_id, s.job_id, s.row_no, jsonb_build_object('name', s.name, 'gender', s.gender,
      'idNumber', s.id_number, 'phone', s.phone, 'birthDate', s.birth_date::text, 'category', s.category,
      'cadreRank', s.cadre_rank, 'org', ${refName('core.org', 'o')}, 'unit', ${refName('core.unit', 'u')},
      'residencePlace', ${refName('core.place', 'p')}, 'joinedPartyOn', s.joined_party_on::text,
      'occupation', s.occupation, 'skills', s.skills)
    from core.import_member_stage s
    left join core.org o on o.city_id = s.city_id and o.id = s.org_id
    left join core.unit u on u.city_id = s.city_id and u.id = s.unit_id
    left join core.place p on p.city_id = s.city_id and p.id = s.residence_place_id
    where s.city_id = ${cityId} and s.job_id = ${jobId} and not s.ok
    on conflict do nothing`.execute(db);
}

async function insertProblems(db: Kysely<any>, cityId: number, jobId: number, problems: RowProblem[]) {
  if (!problems.length) return;
  await sql`insert into core.import_error (city_id, job_id, row_no, field, code, params)
    select ${cityId}, ${jobId}, r, f, c, p::jsonb from unnest(${problems.map((p) => p.row)}::int[],
      ${problems.map((p) => p.field)}::text[], ${problems.map((p) => p.code)}::text[],
      ${problems.map((p) => JSON.stringify(p.params ?? {}))}::text[]) as t(r, f, c, p)`.execute(db);
}

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
      fields = COLUMNS[kind].map((c) => c.field).filter((f) => header.has(f));
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
        const checker = await treeChecker(deps.db, kind, cityId, actor.access, header);
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
          const { positions: header, recognised } = matchHeader(kind, headerText);
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
      where city_id = ${cityId} and job_id = ${jobId} and code <> all(${[...WARNING_CODES]}::text[])`.execute(db);
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

function failureOf(
  deps: RosterDeps,
  job: ImportJob,
  e: unknown,
): { code: string; params?: Record<string, unknown> } {
  if (e instanceof RosterFileError) return { code: e.code, params: e.params };
  if (e instanceof ApiError) return { code: e.key, params: e.params };
  const pg = e as { code?: string; detail?: string; message?: string; constraint?: string };
  if (typeof pg?.code === 'string' && /^(23|22)/.test(pg.code))
    return { code: 'roster_merge_failed', params: { detail: pg.detail ?? pg.constraint ?? pg.message } };
  deps.logger.error('roster import failed', {
    cityId: job.city_id,
    jobId: job.id,
    message: (e as Error)?.message,
    stack: (e as Error)?.stack,
  });
  return { code: 'internal' };
}

async function failJob(
  deps: RosterDeps,
  job: ImportJob,
  e: unknown,
  dropProblems: boolean,
): Promise<ImportJob> {
  const db = rosterDb(deps.db);
  const failure = failureOf(deps, job, e);
  const now = deps.clock.now();
  try {
    await clearStage(db, job);
    // A dry run cut short has a partial list of problems: misleading, so it goes.
    if (dropProblems)
      for (const table of ['core.import_error', 'core.import_error_row'] as const)
        await db.deleteFrom(table).where('city_id', '=', job.city_id).where('job_id', '=', job.id).execute();
    return await db
      .updateTable('core.import_job')
      .set({
        status: 'failed',
        phase: null,
        failure: JSON.stringify(failure),
        file: null,
        updated_at: now,
        finished_at: now,
      })
      .where('city_id', '=', job.city_id)
      .where('id', '=', job.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (inner) {
    deps.logger.error('roster: could not record a failed job', {
      jobId: job.id,
      message: (inner as Error).message,
    });
    return { ...job, status: 'failed', failure: failure as any };
  }
}

/** Moves a validated job to `importing` (once: a second commit gets 409). The merge itself is `mergeImport`. */
export async function claimCommit(deps: RosterDeps, job: ImportJob, mode: ImportMode): Promise<ImportJob> {
  if (job.status !== 'validated') throw new ApiError(409, 'roster_job_state', { status: job.status });
  if (mode === 'all' && (job.error_rows ?? 0) > 0)
    throw new ApiError(409, 'roster_has_errors', { rows: job.error_rows }, 'mode');
  const claimed = await rosterDb(deps.db)
    .updateTable('core.import_job')
    .set({ status: 'importing', mode, phase: 'merging', progress: 0, updated_at: deps.clock.now() })
    .where('city_id', '=', job.city_id)
    .where('id', '=', job.id)
    .where('status', '=', 'validated')
    .returningAll()
    .executeTakeFirst();
  if (!claimed) throw new ApiError(409, 'roster_job_state', { status: 'importing' });
  return claimed;
}

/**
 * Staged rows into the core tables in ONE transaction, with the audit entry and the job's final state: a failure
 * (or a killed process) anywhere before the commit leaves the core tables as they were. Never throws.
 */
export async function mergeImport(
  deps: RosterDeps,
  job: ImportJob,
  actor: ImportActor,
  options: RunOptions = {},
): Promise<ImportJob> {
  const { city_id: cityId, id: jobId, kind } = job;
  // The merge is one transaction: the beats go through other connections (PGlite: between its statements).
  const stopHeartbeat = startHeartbeat(deps, job, options.heartbeatMs ?? HEARTBEAT_MS);
  const fields = (job.columns as unknown as string[]) ?? [];
  try {
    options.onProgress?.({ phase: 'merging', rows: 0, bytes: job.file_size, totalBytes: job.file_size });
    return await deps.db.transaction().execute(async (trx) => {
      const now = deps.clock.now();
      const staged = await stagedCount(trx, stageTable(kind), cityId, jobId);
      if (staged !== job.total_rows) throw new RosterFileError('roster_staging_lost');
      let inserted: number;
      let updated: number;
      if (kind === 'members') {
        const r = await mergeMembers(trx, cityId, jobId, fields, now, options.hooks);
        if (r.clashes) throw new RosterFileError('roster_changed_since_check', { rows: r.clashes });
        ({ inserted, updated } = r);
      } else ({ inserted, updated } = await mergeTreeRows(trx, kind, cityId, jobId, fields, options.hooks));
      const good = job.good_rows ?? 0;
      const counts = {
        inserted,
        updated,
        unchanged: good - inserted - updated,
        skipped: job.error_rows ?? 0,
      };
      await recordAudit(trx, {
        cityId,
        actorUserId: actor.userId,
        action: 'import',
        entity: 'import_job',
        entityId: jobId,
        after: {
          kind,
          fileName: job.file_name,
          format: job.file_format,
          mode: job.mode,
          rows: job.total_rows,
          ...counts,
          via: actor.via,
        },
      });
      await options.hooks?.afterStep?.('audit', inserted + updated);
      return await rosterDb(trx)
        .updateTable('core.import_job')
        .set({
          status: 'done',
          phase: null,
          progress: 1,
          ...counts,
          file: null,
          updated_at: now,
          finished_at: now,
        })
        .where('city_id', '=', cityId)
        .where('id', '=', jobId)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  } catch (e) {
    return await failJob(deps, job, e, false);
  } finally {
    await stopHeartbeat();
    await clearStage(deps.db, job).catch(() => {});
  }
}

/**
 * One job of the city; a job left validating or importing with no heartbeat for STALE_AFTER_MS (its process died)
 * is failed as interrupted here — by a compare-and-set on the status and the stale `updated_at`, so a job whose
 * process beat meanwhile is left alone, and two readers never both clean it up.
 */
export async function getImportJob(
  deps: RosterDeps,
  cityId: number,
  id: number,
): Promise<ImportJob | undefined> {
  const db = rosterDb(deps.db);
  const job = await db
    .selectFrom('core.import_job')
    .selectAll()
    .where('city_id', '=', cityId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!job || (job.status !== 'validating' && job.status !== 'importing')) return job;
  const staleBefore = new Date(deps.clock.now().getTime() - STALE_AFTER_MS);
  if (new Date(job.updated_at).getTime() >= staleBefore.getTime()) return job;
  const now = deps.clock.now();
  const failed = await db
    .updateTable('core.import_job')
    .set({
      status: 'failed',
      phase: null,
      failure: JSON.stringify({ code: 'roster_interrupted' }),
      file: null,
      updated_at: now,
      finished_at: now,
    })
    .where('city_id', '=', cityId)
    .where('id', '=', id)
    .where('status', '=', job.status)
    .where('updated_at', '<', staleBefore)
    .returningAll()
    .executeTakeFirst();
  // A beat or a state change came in between: the job is alive after all.
  if (!failed)
    return db
      .selectFrom('core.import_job')
      .selectAll()
      .where('city_id', '=', cityId)
      .where('id', '=', id)
      .executeTakeFirst();
  // Its staged rows (personal data) go; a dry run cut short also drops its partial list of problems.
  await clearStage(db, failed);
  if (job.status === 'validating')
    await db.deleteFrom('core.import_error').where('city_id', '=', cityId).where('job_id', '=', id).execute();
  return failed;
}

export async function cancelImport(deps: RosterDeps, job: ImportJob): Promise<ImportJob> {
  if (job.status !== 'validated' && job.status !== 'failed')
    throw new ApiError(409, 'roster_job_state', { status: job.status });
  await clearStage(deps.db, job);
  // The bad rows' cells are personal data kept for the problems workbook; a discarded job needs them no more.
  await rosterDb(deps.db)
    .deleteFrom('core.import_error_row')
    .where('city_id', '=', job.city_id)
    .where('job_id', '=', job.id)
    .execute();
  const now = deps.clock.now();
  return rosterDb(deps.db)
    .updateTable('core.import_job')
    .set({
      status: job.status === 'failed' ? 'failed' : 'cancelled',
      file: null,
      updated_at: now,
      finished_at: now,
    })
    .where('city_id', '=', job.city_id)
    .where('id', '=', job.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

// ---------------------------------------------------------------------------------------------------------------
// Views: translated when read, in the reader's language.

function localizeParams(kind: ImportKind, params: Record<string, unknown> | undefined, locale: Locale) {
  const p: Record<string, unknown> = { ...(params ?? {}) };
  if (typeof p.enum === 'string') p.allowed = enumChoices(p.enum as EnumName, locale);
  if (Array.isArray(p.fields))
    p.columns = (p.fields as string[])
      .map((f) => columnLabel(kind, f, locale))
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

export function problemView(kind: ImportKind, p: RowProblem, locale: Locale): ProblemView {
  return {
    row: p.row,
    field: p.field,
    column: columnLabel(kind, p.field, locale),
    code: p.code,
    severity: isWarning(p.code) ? 'warning' : 'error',
    message: translate(locale, p.code, localizeParams(kind, p.params, locale)),
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
      problemView(job.kind, { row: r.row_no, field: r.field, code: r.code, params: r.params ?? {} }, locale),
    ),
    total: Number(total.n),
  };
}

export function jobView(job: ImportJob, locale: Locale) {
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
    columns: fields.map((f) => ({ field: f, label: columnLabel(job.kind, f, locale) })),
    failure: failure
      ? {
          code: failure.code,
          message: translate(locale, failure.code, localizeParams(job.kind, failure.params, locale)),
        }
      : null,
    createdBy: job.created_by,
    createdAt: job.created_at,
    updatedAt: job.updated_at,
    finishedAt: job.finished_at,
  };
}
export type ImportJobView = ReturnType<typeof jobView>;
