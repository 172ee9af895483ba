import { num } from '@jiceng/plugin-kit';
import { COMMUNITY_TYPE_CODES, type CommunityType } from '../../shared/model';
import type { JinanDb } from '../db';
import { type StoredItem, type VersionRow, versionLabel } from './rules';

/** The SQL of the template routes: reads only; the writes are in ./service. */

export async function loadVersion(
  db: JinanDb,
  cityId: number,
  versionId: number,
): Promise<VersionRow | undefined> {
  const v = await db
    .selectFrom('p_jinan_standards.template_version')
    .selectAll()
    .where('city_id', '=', cityId)
    .where('id', '=', versionId)
    .executeTakeFirst();
  if (!v) return undefined;
  return {
    id: v.id,
    version: v.version,
    name: v.name,
    status: v.status,
    basedOnId: v.based_on_id,
    note: v.note,
    createdAt: v.created_at,
    publishedAt: v.published_at,
  };
}

export async function loadItems(db: JinanDb, cityId: number, versionId: number): Promise<StoredItem[]> {
  const rows = await db
    .selectFrom('p_jinan_standards.standard')
    .selectAll()
    .where('city_id', '=', cityId)
    .where('template_version_id', '=', versionId)
    .orderBy('seq')
    .orderBy('id')
    .execute();
  const weights = rows.length
    ? await db
        .selectFrom('p_jinan_standards.standard_type')
        .select(['standard_id', 'community_type', 'weight'])
        .where('city_id', '=', cityId)
        .where(
          'standard_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  return rows.map((r) => {
    const w: Partial<Record<CommunityType, number>> = {};
    for (const t of weights)
      if (t.standard_id === r.id) w[t.community_type as CommunityType] = Number(t.weight);
    // Keep the type order stable for display and export.
    const ordered: Partial<Record<CommunityType, number>> = {};
    for (const code of COMMUNITY_TYPE_CODES) if (w[code] != null) ordered[code] = w[code];
    return {
      id: r.id,
      seq: r.seq,
      code: r.code,
      area: r.area,
      title: r.title,
      titleEn: r.title_en ?? '',
      description: r.description,
      source: r.source,
      maxScore: Number(r.max_score),
      passScore: Number(r.pass_score),
      scoringRule: r.scoring_rule,
      scoringNote: r.scoring_note,
      weights: ordered,
    };
  });
}

/** One standard of a version, as stored (undefined when it is not of that version). */
export async function loadItem(db: JinanDb, cityId: number, versionId: number, itemId: number) {
  return (await loadItems(db, cityId, versionId)).find((i) => i.id === itemId);
}

/** The newest published version, the one new campaigns use by default. */
export async function latestPublished(db: JinanDb, cityId: number) {
  return db
    .selectFrom('p_jinan_standards.template_version')
    .select(['id', 'version', 'name'])
    .where('city_id', '=', cityId)
    .where('status', '=', 'published')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The city's versions, newest first, with their number of standards and of campaigns that use them. */
export async function versionList(db: JinanDb, cityId: number) {
  const columns = [
    'v.id',
    'v.version',
    'v.name',
    'v.status',
    'v.based_on_id',
    'v.note',
    'v.created_at',
    'v.published_at',
  ] as const;
  const rows = await db
    .selectFrom('p_jinan_standards.template_version as v')
    .leftJoin('p_jinan_standards.standard as s', (j) =>
      j.onRef('s.city_id', '=', 'v.city_id').onRef('s.template_version_id', '=', 'v.id'),
    )
    .select(columns)
    .select((eb) => eb.fn.count<number>('s.id').as('items'))
    .where('v.city_id', '=', cityId)
    .groupBy(columns)
    .orderBy('v.id', 'desc')
    .execute();
  const used = await db
    .selectFrom('p_jinan_standards.campaign')
    .select(['template_version_id'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('city_id', '=', cityId)
    .groupBy('template_version_id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    label: versionLabel(r.version),
    name: r.name,
    status: r.status,
    basedOnId: r.based_on_id,
    note: r.note,
    createdAt: r.created_at,
    publishedAt: r.published_at,
    items: Number(r.items),
    campaigns: num(used.find((u) => u.template_version_id === r.id)?.n),
  }));
}

/** Whether another standard of the version has this code. */
export async function codeTaken(
  db: JinanDb,
  cityId: number,
  versionId: number,
  code: string,
  exceptId?: number,
) {
  let q = db
    .selectFrom('p_jinan_standards.standard')
    .select('id')
    .where('city_id', '=', cityId)
    .where('template_version_id', '=', versionId)
    .where('code', '=', code);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return !!(await q.executeTakeFirst());
}

/** The city's draft, if it has one (a city keeps one draft at a time). */
export async function currentDraft(db: JinanDb, cityId: number) {
  return db
    .selectFrom('p_jinan_standards.template_version')
    .select('id')
    .where('city_id', '=', cityId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
}

/** The sequence number after the version's last standard. */
export async function nextSeq(db: JinanDb, cityId: number, versionId: number): Promise<number> {
  const r = await db
    .selectFrom('p_jinan_standards.standard')
    .select((eb) => eb.fn.max('seq').as('m'))
    .where('city_id', '=', cityId)
    .where('template_version_id', '=', versionId)
    .executeTakeFirst();
  return num(r?.m) + 1;
}
