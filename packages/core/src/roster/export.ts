import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { type CityAccess, orgPathFilter } from '../auth/actor';
import { CADRE_RANKS, type CoreDatabase, MEMBER_CATEGORIES } from '../db/schema';
import type { Locale } from '../http/env';
import { maskIdNumber, maskPhone } from '../members/id-number';
import { COLUMNS, columnLabel, enumLabel } from './columns';
import type { StreamColumn } from './xlsx-stream';
import { csvCell } from '../export/csv';

/** The filters of GET /api/cities/:city/members, without paging. */
export const memberExportQuery = z.object({
  q: z.string().trim().max(60).optional(),
  category: z.enum(MEMBER_CATEGORIES).optional(),
  cadreRank: z.enum(CADRE_RANKS).optional(),
  orgId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  placeId: z.coerce.number().int().positive().optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
  reveal: z.enum(['true', 'false']).default('false'),
});
export type MemberExportFilters = z.output<typeof memberExportQuery>;

const STATUS: Record<Locale, [string, string, string]> = {
  'zh-CN': ['状态', '正常', '已停用'],
  en: ['Status', 'Active', 'Deactivated'],
};

/** The import template's columns (so a revealed export imports back unchanged) and the list's status. */
export function memberExportColumns(locale: Locale): StreamColumn[] {
  return [
    ...COLUMNS.members.map((c) => ({
      header: c[locale],
      width: c.field === 'idNumber' ? 22 : c.field === 'org' || c.field === 'unit' ? 26 : 12,
      numFmt:
        c.field === 'idNumber' || c.field === 'phone'
          ? '@'
          : MEMBER_DATE_FIELDS.includes(c.field)
            ? 'yyyy-mm-dd'
            : undefined,
    })),
    { header: STATUS[locale][0], width: 8 },
  ];
}

const MEMBER_DATE_FIELDS = ['birthDate', 'joinedPartyOn'];
const MEMBER_DATE_INDEXES = MEMBER_DATE_FIELDS.map((f) => COLUMNS.members.findIndex((c) => c.field === f));

/** Export rows with their dates as real date cells (UTC midnight, which exceljs writes as the day's serial). */
export async function* withDateCells(
  rows: AsyncIterable<(string | null)[]>,
): AsyncGenerator<(string | Date | null)[]> {
  for await (const row of rows) {
    const out: (string | Date | null)[] = row;
    for (const i of MEMBER_DATE_INDEXES) {
      const v = row[i];
      if (v) out[i] = new Date(`${v}T00:00:00Z`);
    }
    yield out;
  }
}

/**
 * Rows as CSV: UTF-8 with a BOM (so Excel opens the Chinese intact), CRLF line ends, streamed a chunk of rows at a
 * time. ID numbers stay digits in the file; the template tells users to import them into a text column.
 */
export function csvBodyStream(
  headers: string[],
  rows: AsyncIterable<(string | number | null)[]>,
  onError: (e: Error) => void,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        let text = '';
        if (!started) {
          started = true;
          text = `\uFEFF${headers.map(csvCell).join(',')}\r\n`;
        }
        for (let n = 0; n < 500; n++) {
          const next = await iterator.next();
          if (next.done) {
            if (text) controller.enqueue(encoder.encode(text));
            controller.close();
            return;
          }
          text += `${next.value.map(csvCell).join(',')}\r\n`;
        }
        controller.enqueue(encoder.encode(text));
      } catch (e) {
        onError(e as Error);
        controller.error(e);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Names that occur more than once in the city: exported as #id so a re-import resolves them. */
async function ambiguousNames(
  db: Kysely<CoreDatabase>,
  table: 'core.org' | 'core.unit' | 'core.place',
  cityId: number,
) {
  const rows = await sql<{ name: string }>`select name from ${sql.table(table)} where city_id = ${cityId}
    group by name having count(*) > 1`.execute(db);
  return new Set(rows.rows.map((r) => r.name));
}

const refText = (ambiguous: Set<string>, id: number | null, name: string | null) =>
  id == null || name == null ? null : ambiguous.has(name) ? `#${id}` : name;

/**
 * Members in the actor's scope matching the list's filters, in id order, fetched in pages (keyset), as rows of
 * cells. ID number and phone are masked unless `reveal` (the route allows it to city admins only, and audits it).
 */
export async function* memberExportRows(
  db: Kysely<CoreDatabase>,
  cityId: number,
  access: CityAccess,
  f: MemberExportFilters,
  reveal: boolean,
  locale: Locale,
  subtree: { orgPath?: string; placePath?: string },
): AsyncGenerator<(string | null)[]> {
  const [orgNames, unitNames, placeNames] = await Promise.all([
    ambiguousNames(db, 'core.org', cityId),
    ambiguousNames(db, 'core.unit', cityId),
    ambiguousNames(db, 'core.place', cityId),
  ]);
  let last = 0;
  for (;;) {
    let query = db
      .selectFrom('core.member as m')
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'),
      )
      .leftJoin('core.unit as u', (j) =>
        j.onRef('u.city_id', '=', 'm.city_id').onRef('u.id', '=', 'm.unit_id'),
      )
      .leftJoin('core.place as p', (j) =>
        j.onRef('p.city_id', '=', 'm.city_id').onRef('p.id', '=', 'm.residence_place_id'),
      )
      .where('m.city_id', '=', cityId)
      .where(orgPathFilter(access, 'o.path'))
      .where('m.id', '>', last);
    if (f.active !== 'all') query = query.where('m.active', '=', f.active === 'true');
    if (f.q) {
      const q = f.q;
      query = query.where((eb) =>
        eb.or([
          eb('m.name', 'ilike', `%${q}%`),
          eb('m.id_number', '=', q.toUpperCase()),
          eb('m.phone', '=', q),
        ]),
      );
    }
    if (f.category) query = query.where('m.category', '=', f.category);
    if (f.cadreRank) query = query.where('m.cadre_rank', '=', f.cadreRank);
    if (f.unitId) query = query.where('m.unit_id', '=', f.unitId);
    if (subtree.orgPath) query = query.where('o.path', 'like', `${subtree.orgPath}%`);
    if (subtree.placePath)
      query = query.where(
        'm.residence_place_id',
        'in',
        db
          .selectFrom('core.place')
          .select('id')
          .where('city_id', '=', cityId)
          .where('path', 'like', `${subtree.placePath}%`),
      );
    const rows = await query
      .selectAll('m')
      .select(['o.name as org_name', 'u.name as unit_name', 'p.name as place_name'])
      .orderBy('m.id')
      .limit(2000)
      .execute();
    if (!rows.length) return;
    for (const m of rows) {
      yield [
        m.name,
        enumLabel('gender', m.gender, locale),
        reveal ? m.id_number : maskIdNumber(m.id_number),
        reveal ? m.phone : maskPhone(m.phone),
        m.birth_date,
        enumLabel('category', m.category, locale),
        enumLabel('cadreRank', m.cadre_rank, locale),
        refText(orgNames, m.org_id, m.org_name),
        refText(unitNames, m.unit_id, m.unit_name),
        refText(placeNames, m.residence_place_id, m.place_name),
        m.joined_party_on,
        m.occupation,
        m.skills,
        m.active ? STATUS[locale][1] : STATUS[locale][2],
      ];
    }
    last = rows[rows.length - 1]!.id;
  }
}

export function orgExportColumns(locale: Locale): StreamColumn[] {
  const l = (f: string) => columnLabel('orgs', f, locale)!;
  return locale === 'en'
    ? [
        { header: l('name'), width: 32 },
        { header: l('kind'), width: 22 },
        { header: l('parent'), width: 32 },
        { header: l('place'), width: 18 },
        { header: 'Depth', width: 8 },
        { header: 'Own members', width: 12 },
        { header: 'Members incl. sub-orgs', width: 14 },
        { header: 'Id', width: 8 },
      ]
    : [
        { header: l('name'), width: 32 },
        { header: l('kind'), width: 16 },
        { header: l('parent'), width: 32 },
        { header: l('place'), width: 18 },
        { header: '层级', width: 8 },
        { header: '直属党员', width: 10 },
        { header: '党员数（含下级）', width: 14 },
        { header: '编号', width: 8 },
      ];
}

/** The org tree in the actor's scope, depth-first (by path), with direct and subtree member counts. */
export async function orgExportRows(
  db: Kysely<CoreDatabase>,
  cityId: number,
  access: CityAccess,
  locale: Locale,
): Promise<(string | number | null)[][]> {
  const all = await db
    .selectFrom('core.org as o')
    .leftJoin('core.place as p', (j) =>
      j.onRef('p.city_id', '=', 'o.city_id').onRef('p.id', '=', 'o.place_id'),
    )
    .select([
      'o.id',
      'o.name',
      'o.kind',
      'o.parent_id',
      'o.path',
      'o.depth',
      'o.place_id',
      'p.name as place_name',
    ])
    .where('o.city_id', '=', cityId)
    .orderBy('o.path')
    .execute();
  const counts = await db
    .selectFrom('core.member')
    .select(['org_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('city_id', '=', cityId)
    .where('active', '=', true)
    .groupBy('org_id')
    .execute();
  const own = new Map(counts.map((c) => [c.org_id, Number(c.n)]));
  // Each org's members count for every ancestor on its path.
  const subtree = new Map<number, number>();
  for (const o of all) {
    const n = own.get(o.id) ?? 0;
    if (!n) continue;
    for (const id of o.path.split('/').filter(Boolean))
      subtree.set(Number(id), (subtree.get(Number(id)) ?? 0) + n);
  }
  const nameCount = new Map<string, number>();
  for (const o of all) nameCount.set(o.name, (nameCount.get(o.name) ?? 0) + 1);
  const byId = new Map(all.map((o) => [o.id, o]));
  const placeNames = await ambiguousNames(db, 'core.place', cityId);
  const visible =
    access.level === 'city'
      ? all
      : access.level === 'orgs'
        ? all.filter((o) => access.paths.some((p) => o.path.startsWith(p)))
        : [];
  return visible.map((o) => {
    const parent = o.parent_id ? byId.get(o.parent_id) : undefined;
    return [
      o.name,
      enumLabel('orgKind', o.kind, locale),
      parent ? ((nameCount.get(parent.name) ?? 0) > 1 ? `#${parent.id}` : parent.name) : null,
      refText(placeNames, o.place_id, o.place_name),
      o.depth,
      own.get(o.id) ?? 0,
      subtree.get(o.id) ?? 0,
      o.id,
    ];
  });
}
