import { insertBatches } from '@jiceng/plugin-kit';
import { COMMUNITY_TYPE_CODES, type CommunityType, type Localized, say } from '../../shared/model';
import { JINAN_TEMPLATE, type TemplateItem } from './jinan';
import type { JinanDb } from '../db';

export interface StoredItem extends TemplateItem {
  id: number;
  seq: number;
}

export interface VersionRow {
  id: number;
  version: number | null;
  name: string;
  status: 'draft' | 'published';
  basedOnId: number | null;
  note: string | null;
  createdAt: Date;
  publishedAt: Date | null;
}

const halfStep = (n: number) => Math.abs(n * 2 - Math.round(n * 2)) < 1e-9;

/** Rules every stored item follows, whichever way it arrives (form, import, seed). Returns the field at fault. */
export function itemProblem(item: TemplateItem): { field: string; reason: Localized } | null {
  if (!halfStep(item.maxScore))
    return { field: 'maxScore', reason: say('分值以 0.5 分为单位', 'max score goes in steps of 0.5') };
  if (!halfStep(item.passScore))
    return { field: 'passScore', reason: say('达标分以 0.5 分为单位', 'pass score goes in steps of 0.5') };
  if (item.passScore > item.maxScore)
    return { field: 'passScore', reason: say('达标分不能高于分值', 'pass score above max score') };
  if (item.scoringRule === 'all_or_nothing' && item.passScore !== item.maxScore)
    return {
      field: 'passScore',
      reason: say('达标得满分的条目，达标分即分值', 'all-or-nothing items pass at the max score'),
    };
  const types = Object.entries(item.weights).filter(([, w]) => w != null);
  if (!types.length)
    return {
      field: 'weights',
      reason: say('至少适用于一种社区类型', 'applies to at least one community type'),
    };
  for (const [type, w] of types) {
    if (!(COMMUNITY_TYPE_CODES as string[]).includes(type))
      return { field: `weights.${type}`, reason: say(`未知社区类型 ${type}`, `unknown community type`) };
    if (!(typeof w === 'number' && w > 0 && w <= 10))
      return {
        field: `weights.${type}`,
        reason: say('权重须大于 0、不超过 10', 'weight must be in (0, 10]'),
      };
  }
  if (item.source === 'article') {
    const shipped = JINAN_TEMPLATE.find((t) => t.code === item.code && t.source === 'article');
    if (!shipped)
      return {
        field: 'source',
        reason: say(`${item.code} 不是《意见》原文条目`, `not an item named by the source`),
      };
    if (shipped.title !== item.title || shipped.area !== item.area)
      return {
        field: 'title',
        reason: say(
          `《意见》原文条目 ${item.code} 的名称和领域不可修改`,
          `a source item keeps its title and area`,
        ),
      };
  }
  return null;
}

/** Inserts items into a draft version, with their type weights. */
export async function insertItems(
  db: JinanDb,
  cityId: number,
  versionId: number,
  items: (TemplateItem & { seq?: number })[],
) {
  const ids = await insertBatches(
    db,
    'p_jinan_standards.standard',
    items.map((i, n) => ({
      city_id: cityId,
      template_version_id: versionId,
      code: i.code,
      area: i.area,
      seq: i.seq ?? n + 1,
      title: i.title,
      title_en: i.titleEn || null,
      description: i.description,
      source: i.source,
      max_score: i.maxScore,
      pass_score: i.passScore,
      scoring_rule: i.scoringRule,
      scoring_note: i.scoringNote,
    })),
  );
  const typeRows = items.flatMap((i, n) =>
    (Object.entries(i.weights) as [CommunityType, number | undefined][])
      .filter(([, w]) => w != null)
      .map(([type, w]) => ({ city_id: cityId, standard_id: ids[n]!, community_type: type, weight: w! })),
  );
  if (typeRows.length) await db.insertInto('p_jinan_standards.standard_type').values(typeRows).execute();
  return ids;
}

export async function createDraft(
  db: JinanDb,
  cityId: number,
  input: { name: string; basedOnId: number | null; note: string | null; createdBy: number | null },
  items: (TemplateItem & { seq?: number })[],
): Promise<number> {
  const version = await db
    .insertInto('p_jinan_standards.template_version')
    .values({
      city_id: cityId,
      name: input.name,
      status: 'draft',
      based_on_id: input.basedOnId,
      note: input.note,
      created_by: input.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertItems(db, cityId, version.id, items);
  return version.id;
}

/** Gives the draft the next version number and freezes it. */
export async function publish(
  db: JinanDb,
  cityId: number,
  versionId: number,
  userId: number | null,
  at: Date,
) {
  const max = await db
    .selectFrom('p_jinan_standards.template_version')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('city_id', '=', cityId)
    .executeTakeFirst();
  const version = Number(max?.v ?? 0) + 1;
  await db
    .updateTable('p_jinan_standards.template_version')
    .set({ status: 'published', version, published_by: userId, published_at: at })
    .where('city_id', '=', cityId)
    .where('id', '=', versionId)
    .execute();
  return version;
}

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
