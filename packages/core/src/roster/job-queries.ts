import { type Kysely, sql } from 'kysely';
import type { RosterDeps } from './job-types';
import type { SheetRow } from './read';
import { type ImportJob, type ImportKind, type RosterDatabase, type RowProblem, rosterDb } from './schema';
import { cellText } from './values';

/** Validated jobs nobody committed are discarded after a day (their staged rows hold personal data). */
export const VALIDATED_TTL_MS = 24 * 3_600_000;

export const stageTable = (kind: ImportKind) =>
  kind === 'members' ? 'core.import_member_stage' : 'core.import_row_stage';

export async function clearStage(
  db: Kysely<RosterDatabase>,
  job: Pick<ImportJob, 'city_id' | 'id' | 'kind'>,
) {
  await sql`delete from ${sql.table(stageTable(job.kind))} where city_id = ${job.city_id} and job_id = ${job.id}`.execute(
    db,
  );
}

/** Drops staged rows of finished jobs (left by a crash between commit and cleanup) and of stale validated jobs. */
export async function housekeeping(deps: RosterDeps, cityId: number) {
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

export async function insertBadRows(
  db: Kysely<RosterDatabase>,
  cityId: number,
  jobId: number,
  rows: SheetRow[],
) {
  if (!rows.length) return;
  await sql`insert into core.import_error_row (city_id, job_id, row_no, cells)
    select ${cityId}, ${jobId}, r, c::jsonb from unnest(${rows.map((r) => r.row)}::int[],
      ${rows.map((r) => JSON.stringify(storedCells(r.cells)))}::text[]) as t(r, c)
    on conflict do nothing`.execute(db);
}

/** Rows the whole-file checks found bad (duplicate ID numbers): their checked values, by field, for the workbook. */
export async function insertStagedBadMembers(db: Kysely<RosterDatabase>, cityId: number, jobId: number) {
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

export async function insertProblems(
  db: Kysely<RosterDatabase>,
  cityId: number,
  jobId: number,
  problems: RowProblem[],
) {
  if (!problems.length) return;
  await sql`insert into core.import_error (city_id, job_id, row_no, field, code, params)
    select ${cityId}, ${jobId}, r, f, c, p::jsonb from unnest(${problems.map((p) => p.row)}::int[],
      ${problems.map((p) => p.field)}::text[], ${problems.map((p) => p.code)}::text[],
      ${problems.map((p) => JSON.stringify(p.params ?? {}))}::text[]) as t(r, f, c, p)`.execute(db);
}
