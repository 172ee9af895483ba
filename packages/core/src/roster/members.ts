import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { CityAccess } from '../auth/actor';
import type { CoreDatabase } from '../db/schema';
import { isValidIdNumber, isValidPhone } from '../members/id-number';
import { parseEnum } from './columns';
import type { Cell, SheetRow } from './read';
import type { RefIndex } from './refs';
import type { RowProblem } from './schema';
import {
  birthDateOfIdNumber,
  cellText,
  isMaskedIdNumber,
  isScientificNumber,
  looksRoundedByExcel,
  normalizeIdNumber,
  normalizePhone,
  parseDate,
  unwrapExcelText,
} from './values';

/** The ID number of GB 11643's worked example, which the template's example row uses. */
export const EXAMPLE_ID_NUMBER = '11010519491231002X';
export const isExampleName = (name: string) => /^[（(]?(示例|example)/i.test(name);

/** Validated rows of one batch, column by column: what an UNNEST insert takes. */
export class MemberBatch {
  rowNo: number[] = [];
  ok: boolean[] = [];
  name: (string | null)[] = [];
  gender: (string | null)[] = [];
  idNumber: (string | null)[] = [];
  phone: (string | null)[] = [];
  birthDate: (string | null)[] = [];
  category: (string | null)[] = [];
  cadreRank: (string | null)[] = [];
  orgId: (number | null)[] = [];
  unitId: (number | null)[] = [];
  placeId: (number | null)[] = [];
  joinedPartyOn: (string | null)[] = [];
  occupation: (string | null)[] = [];
  skills: (string | null)[] = [];
  get length() {
    return this.rowNo.length;
  }
}

export interface MemberCheckContext {
  positions: Map<string, number>;
  orgs: RefIndex;
  units: RefIndex;
  places: RefIndex;
}

/**
 * A checker for rows of one file: the helpers are made once (not per row) and column positions looked up once.
 * Each call checks one row, appends it to the batch (bad rows too, with ok = false) and its problems to `problems`.
 */
export function memberRowChecker(ctx: MemberCheckContext) {
  const { positions } = ctx;
  const at = (field: string) => positions.get(field) ?? -1;
  const col = {
    name: at('name'),
    gender: at('gender'),
    idNumber: at('idNumber'),
    phone: at('phone'),
    birthDate: at('birthDate'),
    category: at('category'),
    cadreRank: at('cadreRank'),
    org: at('org'),
    unit: at('unit'),
    residencePlace: at('residencePlace'),
    joinedPartyOn: at('joinedPartyOn'),
    occupation: at('occupation'),
    skills: at('skills'),
  };
  type Field = keyof typeof col;
  let cells: Cell[] = [];
  let rowNo = 0;
  let ok = true;
  let problems: RowProblem[] = [];
  const cell = (field: Field): Cell | undefined => (col[field] < 0 ? undefined : cells[col[field]]);
  const text = (field: Field) => cellText(cell(field));
  const fail = (field: string | null, code: string, params?: Record<string, unknown>) => {
    ok = false;
    problems.push({ row: rowNo, field, code, params });
  };
  /** A problem the row is imported with (WARNING_CODES): the user is told, the row stays good. */
  const warn = (field: string, code: string) => {
    problems.push({ row: rowNo, field, code });
  };
  /** What the file looks like as a whole: a masked export has masked ID numbers on (nearly) every row. */
  const stats = { rows: 0, masked: 0 };
  const bounded = (field: Field, max: number, required = false): string | null => {
    const v = text(field);
    if (!v) {
      if (required) fail(field, 'roster_required');
      return null;
    }
    if (v.length > max) {
      fail(field, 'roster_too_long', { max });
      return null;
    }
    return v;
  };
  const choice = (field: Field, name: 'gender' | 'category' | 'cadreRank', required: boolean) => {
    const v = text(field);
    if (!v) {
      if (required) fail(field, 'roster_required');
      return null;
    }
    const code = parseEnum(name, v);
    if (!code) fail(field, 'roster_bad_value', { value: v.slice(0, 40), enum: name });
    return code ?? null;
  };
  const date = (field: Field) => {
    const d = parseDate(cell(field));
    if (d === undefined) {
      fail(field, 'roster_bad_date', { value: text(field).slice(0, 40) });
      return null;
    }
    return d;
  };
  const ref = (field: Field, index: RefIndex, required: boolean) => {
    const v = text(field);
    if (!v) {
      if (required) fail(field, 'roster_required');
      return null;
    }
    const r = index.resolve(v);
    if ('problem' in r) {
      fail(field, r.problem.code, r.problem.params);
      return null;
    }
    return r.id;
  };

  const check = (row: SheetRow, batch: MemberBatch, out: RowProblem[]): boolean => {
    stats.rows++;
    cells = row.cells;
    rowNo = row.row;
    ok = true;
    problems = out;
    const name = bounded('name', 60, true);
    const gender = choice('gender', 'gender', true);
    let idNumber: string | null = null;
    const rawId = cell('idNumber');
    if (typeof rawId === 'number') fail('idNumber', 'roster_id_number_as_number');
    else {
      const id = normalizeIdNumber(unwrapExcelText(text('idNumber')));
      if (!id) fail('idNumber', 'roster_required');
      else if (isMaskedIdNumber(id)) {
        fail('idNumber', 'roster_id_number_masked');
        stats.masked++;
      } else if (isScientificNumber(id)) fail('idNumber', 'roster_id_number_as_number');
      else if (!isValidIdNumber(id))
        fail('idNumber', looksRoundedByExcel(id) ? 'roster_id_number_as_number' : 'roster_bad_id_number');
      else {
        idNumber = id;
        if (looksRoundedByExcel(id)) warn('idNumber', 'roster_id_number_rounded');
      }
    }
    if (idNumber === EXAMPLE_ID_NUMBER || (name && isExampleName(name))) fail(null, 'roster_example_row');
    let phone: string | null = null;
    const rawPhone = text('phone');
    if (rawPhone) {
      const p = normalizePhone(unwrapExcelText(rawPhone));
      if (isValidPhone(p)) phone = p;
      else fail('phone', 'roster_bad_phone');
    }
    let birthDate = col.birthDate >= 0 ? date('birthDate') : null;
    if (!birthDate && idNumber) birthDate = birthDateOfIdNumber(idNumber);
    const category = choice('category', 'category', true);
    const cadreRank = col.cadreRank >= 0 ? (choice('cadreRank', 'cadreRank', false) ?? 'none') : null;
    const orgId = ref('org', ctx.orgs, true);
    const unitId = ref('unit', ctx.units, false);
    const placeId = ref('residencePlace', ctx.places, false);
    const joinedPartyOn = date('joinedPartyOn');
    const occupation = bounded('occupation', 60);
    const skills = bounded('skills', 200);

    batch.rowNo.push(rowNo);
    batch.ok.push(ok);
    batch.name.push(name);
    batch.gender.push(gender);
    batch.idNumber.push(idNumber);
    batch.phone.push(phone);
    batch.birthDate.push(birthDate);
    batch.category.push(category);
    batch.cadreRank.push(cadreRank);
    batch.orgId.push(orgId);
    batch.unitId.push(unitId);
    batch.placeId.push(placeId);
    batch.joinedPartyOn.push(joinedPartyOn);
    batch.occupation.push(occupation);
    batch.skills.push(skills);
    return ok;
  };
  return Object.assign(check, { stats });
}

/** One multi-row insert of a batch into the staging table: one statement, fifteen array parameters. */
export async function stageMembers(db: Kysely<CoreDatabase>, cityId: number, jobId: number, b: MemberBatch) {
  if (!b.length) return;
  await sql`insert into core.import_member_stage (city_id, job_id, row_no, ok, name, gender, id_number, phone,
      birth_date, category, cadre_rank, org_id, unit_id, residence_place_id, joined_party_on, occupation, skills)
    select ${cityId}, ${jobId}, * from unnest(${b.rowNo}::int[], ${b.ok}::bool[], ${b.name}::text[],
      ${b.gender}::text[], ${b.idNumber}::text[], ${b.phone}::text[], ${b.birthDate}::date[], ${b.category}::text[],
      ${b.cadreRank}::text[], ${b.orgId}::int[], ${b.unitId}::int[], ${b.placeId}::int[],
      ${b.joinedPartyOn}::date[], ${b.occupation}::text[], ${b.skills}::text[])`.execute(db);
}

/** Member columns an import may change, by the file column that feeds them. */
const UPDATABLE: Record<string, string> = {
  gender: 'gender',
  phone: 'phone',
  category: 'category',
  cadreRank: 'cadre_rank',
  org: 'org_id',
  unit: 'unit_id',
  residencePlace: 'residence_place_id',
  joinedPartyOn: 'joined_party_on',
  occupation: 'occupation',
  skills: 'skills',
};

/**
 * Columns an update compares and writes: those the file has (a column missing from the file leaves the member's
 * value alone; an empty cell clears it), and the birth date, which the ID number always supplies.
 */
export function updatableColumns(fields: string[]): string[] {
  const out = ['birth_date'];
  for (const f of fields) if (UPDATABLE[f]) out.push(UPDATABLE[f]);
  return out;
}

const differs = (columns: string[]) =>
  sql`row(${sql.join(columns.map((c) => sql.ref(`m.${c}`)))}) is distinct from row(${sql.join(
    columns.map((c) => sql.ref(`s.${c}`)),
  )})`;

function scopeExpr(access: CityAccess, column: string): RawBuilder<boolean> {
  if (access.level === 'city') return sql<boolean>`true`;
  if (access.level === 'self' || !access.paths.length) return sql<boolean>`false`;
  return sql<boolean>`(${sql.join(
    access.paths.map((p) => sql`${sql.ref(column)} like ${`${p}%`}`),
    sql` or `,
  )})`;
}

/**
 * The checks that need the whole file or the database, done in SQL over the staged rows (no file-sized memory):
 * the same ID number twice in the file, and an ID number already registered to another name or outside the
 * actor's scope. Each adds its problems and marks the rows bad.
 */
export async function checkStagedMembers(
  db: Kysely<CoreDatabase>,
  cityId: number,
  jobId: number,
  access: CityAccess,
) {
  await sql`with firsts as (
      select id_number, min(row_no) as first_row from core.import_member_stage
      where city_id = ${cityId} and job_id = ${jobId} and id_number is not null
      group by id_number having count(*) > 1
    ), dup as (
      update core.import_member_stage s set ok = false from firsts f
      where s.city_id = ${cityId} and s.job_id = ${jobId} and s.id_number = f.id_number and s.row_no <> f.first_row
      returning s.row_no, f.first_row
    )
    insert into core.import_error (city_id, job_id, row_no, field, code, params)
    select ${cityId}, ${jobId}, row_no, 'idNumber', 'roster_duplicate_in_file', jsonb_build_object('row', first_row)
    from dup`.execute(db);
  const inScope = scopeExpr(access, 'o.path');
  await sql`with clash as (
      update core.import_member_stage s set ok = false
      from core.member m join core.org o on o.city_id = m.city_id and o.id = m.org_id
      where s.city_id = ${cityId} and s.job_id = ${jobId} and s.id_number is not null
        and m.city_id = ${cityId} and m.id_number = s.id_number
        and (m.name <> s.name or not ${inScope})
      returning s.row_no, m.name, ${inScope} as in_scope
    )
    insert into core.import_error (city_id, job_id, row_no, field, code, params)
    select ${cityId}, ${jobId}, row_no, 'idNumber',
      case when in_scope then 'roster_duplicate_existing' else 'roster_existing_out_of_scope' end,
      case when in_scope then jsonb_build_object('name', name) else '{}'::jsonb end
    from clash`.execute(db);
}

export interface StageSummary {
  total: number;
  good: number;
  toInsert: number;
  toUpdate: number;
}

/** What a merge would do, from the staged rows and the members as they are now. */
export async function summarizeStagedMembers(
  db: Kysely<CoreDatabase>,
  cityId: number,
  jobId: number,
  fields: string[],
): Promise<StageSummary> {
  const r = await sql<StageSummary>`select count(*)::int as total,
      count(*) filter (where s.ok)::int as good,
      count(*) filter (where s.ok and m.id is null)::int as "toInsert",
      count(*) filter (where s.ok and m.id is not null and ${differs(updatableColumns(fields))})::int as "toUpdate"
    from core.import_member_stage s
    left join core.member m on m.city_id = ${cityId} and m.id_number = s.id_number
    where s.city_id = ${cityId} and s.job_id = ${jobId}`.execute(db);
  return r.rows[0]!;
}

export async function stagedCount(db: Kysely<CoreDatabase>, table: string, cityId: number, jobId: number) {
  const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}
    where city_id = ${cityId} and job_id = ${jobId}`.execute(db);
  return r.rows[0]!.n;
}

export interface MergeHooks {
  /** Called after each step of a merge (tests throw here to prove the merge is all-or-nothing). */
  afterStep?: (step: string, rows: number) => void | Promise<void>;
}

/** Staged good rows into core.member: changed members updated, new ones inserted, set-wise. Run inside a transaction. */
export async function mergeMembers(
  trx: Kysely<CoreDatabase>,
  cityId: number,
  jobId: number,
  fields: string[],
  now: Date,
  hooks: MergeHooks = {},
): Promise<{ inserted: number; updated: number; clashes: number }> {
  // The world may have moved since the dry run: an ID number registered to someone else meanwhile stops the merge.
  const clash = await sql<{ n: number }>`select count(*)::int as n from core.import_member_stage s
    join core.member m on m.city_id = ${cityId} and m.id_number = s.id_number
    where s.city_id = ${cityId} and s.job_id = ${jobId} and s.ok and m.name <> s.name`.execute(trx);
  if (clash.rows[0]!.n > 0) return { inserted: 0, updated: 0, clashes: clash.rows[0]!.n };
  const columns = updatableColumns(fields);
  const updated = await sql`update core.member m set
      ${sql.join(columns.map((c) => sql`${sql.ref(c)} = ${sql.ref(`s.${c}`)}`))}, updated_at = ${now}
    from core.import_member_stage s
    where s.city_id = ${cityId} and s.job_id = ${jobId} and s.ok
      and m.city_id = ${cityId} and m.id_number = s.id_number and ${differs(columns)}`.execute(trx);
  const updatedRows = Number(updated.numAffectedRows ?? 0n);
  await hooks.afterStep?.('update', updatedRows);
  const inserted =
    await sql`insert into core.member (city_id, name, gender, id_number, phone, birth_date, category,
      cadre_rank, org_id, unit_id, residence_place_id, joined_party_on, occupation, skills, created_at, updated_at)
    select ${cityId}, s.name, s.gender, s.id_number, s.phone, s.birth_date, s.category, coalesce(s.cadre_rank, 'none'),
      s.org_id, s.unit_id, s.residence_place_id, s.joined_party_on, s.occupation, s.skills, ${now}, ${now}
    from core.import_member_stage s
    where s.city_id = ${cityId} and s.job_id = ${jobId} and s.ok
      and not exists (select 1 from core.member m where m.city_id = ${cityId} and m.id_number = s.id_number)`.execute(
      trx,
    );
  const insertedRows = Number(inserted.numAffectedRows ?? 0n);
  await hooks.afterStep?.('insert', insertedRows);
  return { inserted: insertedRows, updated: updatedRows, clashes: 0 };
}
