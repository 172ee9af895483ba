import { type Kysely, sql } from 'kysely';
import type { CityAccess } from '../auth/actor';
import type { CoreDatabase, PlaceKind, UNIT_KINDS, UNIT_LEVELS } from '../db/schema';
import { ROOT_ORG_KIND } from '../orgs/rules';
import { attributeChoices, attributeProblem, parseAttributeValue } from '../places/attribute-rules';
import { readAttributes, writeAttributes } from '../places/attributes';
import type { PlaceAttribute } from '../plugins/contract';
import { type EnumName, parseEnum } from './columns';
import { isExampleName, type MergeHooks } from './members';
import type { Cell, SheetRow } from './read';
import { orgIndex, placeIndex, RefIndex, unitIndex } from './refs';
import type { RowProblem } from './schema';
import { cellText } from './values';

// Staged kinds and levels were checked against these vocabularies when the row was read (choice()).
type UnitKind = (typeof UNIT_KINDS)[number];
type UnitLevel = (typeof UNIT_LEVELS)[number];

/**
 * Orgs, units and places: a few thousand rows at most, so each row is resolved in memory while the file is read
 * (a parent may be an earlier row of the same file) and merged row by row, in file order, in one transaction.
 * A row's parent or target that is new in this file is written as the negative of its row number.
 */
export type TreeKind = 'orgs' | 'units' | 'places';

export interface StagedTreeRow {
  name: string;
  kind: string;
  /** Orgs and places. */
  parent?: number | null;
  /** Orgs: place; units: org. */
  ref?: number | null;
  level?: string;
  address?: string | null;
  /** Places: the attribute columns the file has, by key (null: the cell is empty, the value is cleared). */
  attributes?: Record<string, string | null>;
  /** The row matches this existing record (then `changed` says whether an update is due). */
  existingId?: number;
  changed?: boolean;
}

export interface TreeChecker {
  check(row: SheetRow, problems: RowProblem[]): { ok: boolean; data: StagedTreeRow | null };
  counts: { toInsert: number; toUpdate: number; unchanged: number };
}

interface Existing {
  orgs: Map<number, { kind: string; place_id: number | null; parent_id: number | null; name: string }>;
  units: Map<number, { kind: string; level: string; org_id: number | null; address: string | null }>;
  places: Map<number, { kind: string; parent_id: number | null; attributes: Record<string, string> }>;
}

export async function treeChecker(
  db: Kysely<CoreDatabase>,
  kind: TreeKind,
  cityId: number,
  access: CityAccess,
  positions: Map<string, number>,
  /** Places: the attributes of the city's enabled models (their columns are `attributes.<key>`). */
  attributes: readonly PlaceAttribute[] = [],
): Promise<TreeChecker> {
  const counts = { toInsert: 0, toUpdate: 0, unchanged: 0 };
  const has = (field: string) => positions.has(field);
  const seen = new Map<string, number>();

  const orgs = await orgIndex(db, cityId, access);
  const places = await placeIndex(db, cityId);
  const existing: Existing = { orgs: new Map(), units: new Map(), places: new Map() };
  if (kind === 'orgs')
    for (const o of await db
      .selectFrom('core.org')
      .select(['id', 'kind', 'place_id', 'parent_id', 'name'])
      .where('city_id', '=', cityId)
      .execute())
      existing.orgs.set(o.id, o);
  const columnAttributes = kind === 'places' ? attributes.filter((a) => has(`attributes.${a.key}`)) : [];
  if (kind === 'places') {
    const rows = await db
      .selectFrom('core.place')
      .select(['id', 'kind', 'parent_id'])
      .where('city_id', '=', cityId)
      .execute();
    const stored = await readAttributes(
      db,
      cityId,
      rows.map((p) => p.id),
      columnAttributes.map((a) => a.key),
    );
    for (const p of rows) existing.places.set(p.id, { ...p, attributes: stored.get(p.id) ?? {} });
  }
  const units = kind === 'units' ? await unitIndex(db, cityId) : new RefIndex('unit', []);
  if (kind === 'units')
    for (const u of await db
      .selectFrom('core.unit')
      .select(['id', 'kind', 'level', 'org_id', 'address'])
      .where('city_id', '=', cityId)
      .execute())
      existing.units.set(u.id, u);
  let rootFree = kind === 'orgs' && ![...existing.orgs.values()].some((o) => o.parent_id === null);
  // New orgs of this file are in the actor's scope when their parent is: the index learns them as rows pass.
  const scopedOrgs = new RefIndex('org', [], (t) => t.id < 0 || orgs.inScope(t));
  for (const t of orgs.byId.values()) scopedOrgs.add(t);

  function check(row: SheetRow, problems: RowProblem[]) {
    const cell = (field: string): Cell | undefined => {
      const i = positions.get(field);
      return i === undefined ? undefined : row.cells[i];
    };
    const text = (field: string) => cellText(cell(field));
    let ok = true;
    const fail = (field: string | null, code: string, params?: Record<string, unknown>) => {
      ok = false;
      problems.push({ row: row.row, field, code, params });
    };
    const choice = (field: string, name: EnumName, required: boolean): string | null => {
      const v = text(field);
      if (!v) {
        if (required) fail(field, 'roster_required');
        return null;
      }
      const code =
        parseEnum(name, v) ?? (name === 'orgKind' && /^[a-z][a-z0-9_]{0,59}$/.test(v) ? v : undefined);
      if (!code) fail(field, 'roster_bad_value', { value: v.slice(0, 40), enum: name });
      return code ?? null;
    };
    const ref = (field: string, index: RefIndex, required: boolean): number | null => {
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

    const name = text('name');
    if (!name) fail('name', 'roster_required');
    else if (name.length > 120) fail('name', 'roster_too_long', { max: 120 });
    else if (isExampleName(name)) fail(null, 'roster_example_row');

    if (kind === 'units') {
      const unitKind = choice('kind', 'unitKind', true);
      const level = choice('level', 'unitLevel', true);
      const orgId = ref('org', orgs, false);
      let address: string | null = text('address') || null;
      if (address && address.length > 200) {
        fail('address', 'roster_too_long', { max: 200 });
        address = null;
      }
      if (!ok || !name) return { ok: false, data: null };
      const dupOf = seen.get(name);
      if (dupOf) {
        fail('name', 'roster_duplicate_in_file', { row: dupOf });
        return { ok: false, data: null };
      }
      seen.set(name, row.row);
      const data: StagedTreeRow = { name, kind: unitKind!, level: level!, ref: orgId, address };
      const match = units.byName.get(name)?.[0];
      if (match) {
        const e = existing.units.get(match.id)!;
        data.existingId = match.id;
        data.changed =
          e.kind !== data.kind ||
          e.level !== data.level ||
          (has('org') && e.org_id !== orgId) ||
          (has('address') && e.address !== address);
      }
      tally(data);
      return { ok: true, data };
    }

    if (kind === 'places') {
      const placeKind = choice('kind', 'placeKind', true);
      const values: Record<string, string | null> = {};
      for (const a of columnAttributes) {
        const field = `attributes.${a.key}`;
        const v = text(field);
        if (!v) {
          values[a.key] = null;
          continue;
        }
        const value = parseAttributeValue(a, v);
        const problem = !value
          ? { code: 'roster_bad_value', params: { value: v.slice(0, 40), allowed: attributeChoices(a) } }
          : placeKind
            ? attributeProblem([a], placeKind as PlaceKind, a.key, value)
            : null;
        if (problem) fail(field, problem.code, problem.params);
        else values[a.key] = value!;
      }
      const parent = ref('parent', places, false);
      if (!ok || !name) return { ok: false, data: null };
      const key = `${parent ?? ''}/${name}`;
      const dupOf = seen.get(key);
      if (dupOf) {
        fail('name', 'roster_duplicate_in_file', { row: dupOf });
        return { ok: false, data: null };
      }
      seen.set(key, row.row);
      const data: StagedTreeRow = { name, kind: placeKind!, parent, attributes: values };
      const match =
        parent == null || parent > 0
          ? places.byName
              .get(name)
              ?.find((t) => t.id > 0 && (existing.places.get(t.id)?.parent_id ?? null) === parent)
          : undefined;
      if (match) {
        const e = existing.places.get(match.id)!;
        data.existingId = match.id;
        data.changed =
          e.kind !== data.kind ||
          columnAttributes.some((a) => (e.attributes[a.key] ?? null) !== values[a.key]);
      } else places.add({ id: -row.row, name, parentId: parent, kind: placeKind! });
      tally(data);
      return { ok: true, data };
    }

    // orgs
    const orgKind = choice('kind', 'orgKind', true);
    // The top committee is the one row with no parent: only while the city has none, for a city admin.
    const isRoot = !text('parent') && rootFree && access.level === 'city';
    if (isRoot && orgKind !== null && orgKind !== ROOT_ORG_KIND) fail('kind', 'roster_root_kind');
    const parent = isRoot ? null : ref('parent', scopedOrgs, true);
    const placeId = ref('place', places, false);
    if (!ok || !name) return { ok: false, data: null };
    const dupOf = seen.get(name);
    if (dupOf) {
      fail('name', 'roster_duplicate_in_file', { row: dupOf });
      return { ok: false, data: null };
    }
    seen.set(name, row.row);
    const data: StagedTreeRow = { name, kind: orgKind!, parent, ref: placeId };
    const same = orgs.byName.get(name) ?? [];
    if (same.length > 1) {
      fail('name', 'roster_ambiguous_ref', {
        entity: 'org',
        value: name,
        count: same.length,
        ids: same
          .slice(0, 5)
          .map((t) => `#${t.id}`)
          .join(' '),
      });
      return { ok: false, data: null };
    }
    if (same.length === 1) {
      const match = same[0]!;
      const e = existing.orgs.get(match.id)!;
      if (e.parent_id !== parent) {
        const where = e.parent_id ? (existing.orgs.get(e.parent_id)?.name ?? `#${e.parent_id}`) : '—';
        fail('name', 'roster_exists_elsewhere', { entity: 'org', parent: where });
        return { ok: false, data: null };
      }
      if (!orgs.inScope(match)) {
        fail('name', 'roster_out_of_scope_ref', { entity: 'org', value: name });
        return { ok: false, data: null };
      }
      data.existingId = match.id;
      data.changed = e.kind !== data.kind || (has('place') && e.place_id !== placeId);
    } else {
      scopedOrgs.add({ id: -row.row, name });
      if (isRoot) rootFree = false;
    }
    tally(data);
    return { ok: true, data };
  }

  function tally(data: StagedTreeRow) {
    if (data.existingId === undefined) counts.toInsert++;
    else if (data.changed) counts.toUpdate++;
    else counts.unchanged++;
  }

  return { check, counts };
}

export async function stageTreeRows(
  db: Kysely<CoreDatabase>,
  cityId: number,
  jobId: number,
  rows: { row: number; ok: boolean; data: StagedTreeRow | null }[],
) {
  if (!rows.length) return;
  await sql`insert into core.import_row_stage (city_id, job_id, row_no, ok, data)
    select ${cityId}, ${jobId}, r, o, d::jsonb from unnest(${rows.map((r) => r.row)}::int[], ${rows.map(
      (r) => r.ok,
    )}::bool[], ${rows.map((r) => JSON.stringify(r.data ?? {}))}::text[]) as t(r, o, d)`.execute(db);
}

/** Staged good rows into core.org, core.unit or core.place, in file order. Run inside a transaction. */
export async function mergeTreeRows(
  trx: Kysely<CoreDatabase>,
  kind: TreeKind,
  cityId: number,
  jobId: number,
  fields: string[],
  hooks: MergeHooks = {},
): Promise<{ inserted: number; updated: number }> {
  const has = (f: string) => fields.includes(f);
  const newIds = new Map<number, number>();
  const real = (id: number | null | undefined) => (id == null ? null : id < 0 ? newIds.get(-id)! : id);
  let inserted = 0;
  let updated = 0;
  let last = 0;
  for (;;) {
    const chunk = await sql<{
      row_no: number;
      data: StagedTreeRow;
    }>`select row_no, data from core.import_row_stage
      where city_id = ${cityId} and job_id = ${jobId} and ok and row_no > ${last} order by row_no limit 1000`.execute(
      trx,
    );
    if (!chunk.rows.length) break;
    for (const { row_no, data } of chunk.rows) {
      last = row_no;
      if (data.existingId !== undefined) {
        if (!data.changed) continue;
        if (kind === 'orgs')
          await trx
            .updateTable('core.org')
            .set({ kind: data.kind, ...(has('place') ? { place_id: real(data.ref) } : {}) })
            .where('city_id', '=', cityId)
            .where('id', '=', data.existingId)
            .execute();
        else if (kind === 'units')
          await trx
            .updateTable('core.unit')
            .set({
              kind: data.kind as UnitKind,
              level: data.level as UnitLevel,
              ...(has('org') ? { org_id: real(data.ref) } : {}),
              ...(has('address') ? { address: data.address ?? null } : {}),
            })
            .where('city_id', '=', cityId)
            .where('id', '=', data.existingId)
            .execute();
        else
          await trx
            .updateTable('core.place')
            .set({ kind: data.kind as PlaceKind })
            .where('city_id', '=', cityId)
            .where('id', '=', data.existingId)
            .execute();
        if (kind === 'places') await writeAttributes(trx, cityId, data.existingId, data.attributes ?? {});
        updated++;
      } else {
        let id: number;
        if (kind === 'orgs')
          id = (
            await trx
              .insertInto('core.org')
              .values({
                city_id: cityId,
                parent_id: real(data.parent),
                kind: data.kind,
                name: data.name,
                place_id: real(data.ref),
              })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id;
        else if (kind === 'units')
          id = (
            await trx
              .insertInto('core.unit')
              .values({
                city_id: cityId,
                name: data.name,
                kind: data.kind as UnitKind,
                level: data.level as UnitLevel,
                org_id: real(data.ref),
                address: data.address ?? null,
              })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id;
        else
          id = (
            await trx
              .insertInto('core.place')
              .values({
                city_id: cityId,
                parent_id: real(data.parent),
                kind: data.kind as PlaceKind,
                name: data.name,
              })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id;
        if (kind === 'places') await writeAttributes(trx, cityId, id, data.attributes ?? {});
        newIds.set(row_no, id);
        inserted++;
      }
      await hooks.afterStep?.('row', inserted + updated);
    }
  }
  return { inserted, updated };
}
