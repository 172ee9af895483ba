import { insertBatches, type Who } from '@jiceng/plugin-kit';
import type { CommunityType } from '../../shared/model';
import { audit } from '../access';
import type { JinanDb } from '../db';
import type { TemplateItem } from './jinan';
import type { StoredItem, VersionRow } from './rules';

/** The writes of the template routes, each in a transaction with its audit entry. */

export { loadItems } from './queries';
export type { StoredItem } from './rules';

type NewItem = TemplateItem & { seq?: number };

/** Inserts items into a draft version, with their type weights. */
export async function insertItems(db: JinanDb, cityId: number, versionId: number, items: NewItem[]) {
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
  items: NewItem[],
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

/** A new draft (a copy of a version, the shipped template, or an imported file), audited as `action`. */
export function startDraft(
  db: JinanDb,
  who: Who,
  input: { name: string; basedOnId: number | null; note: string | null },
  items: NewItem[],
  action: 'create' | 'import',
  auditAfter: Record<string, unknown>,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const id = await createDraft(trx, who.cityId, { ...input, createdBy: who.userId }, items);
    await audit(trx, who, { action, entity: 'template_version', entityId: id, after: auditAfter });
    return id;
  });
}

export function updateDraft(
  db: JinanDb,
  who: Who,
  v: VersionRow,
  b: { name?: string; note?: string | null },
) {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('p_jinan_standards.template_version')
      .set({
        ...(b.name !== undefined ? { name: b.name } : {}),
        ...(b.note !== undefined ? { note: b.note } : {}),
      })
      .where('city_id', '=', who.cityId)
      .where('id', '=', v.id)
      .execute();
    await audit(trx, who, {
      action: 'update',
      entity: 'template_version',
      entityId: v.id,
      before: { name: v.name, note: v.note },
      after: b,
    });
  });
}

export function discardDraft(db: JinanDb, who: Who, v: VersionRow) {
  return db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('p_jinan_standards.template_version')
      .where('city_id', '=', who.cityId)
      .where('id', '=', v.id)
      .execute();
    await audit(trx, who, {
      action: 'delete',
      entity: 'template_version',
      entityId: v.id,
      before: { name: v.name },
    });
  });
}

/** Publishes the draft as the next version; answers its number. */
export function publishDraft(
  db: JinanDb,
  who: Who,
  v: VersionRow,
  now: Date,
  items: number,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const n = await publish(trx, who.cityId, v.id, who.userId, now);
    await audit(trx, who, {
      action: 'publish',
      entity: 'template_version',
      entityId: v.id,
      before: { status: 'draft' },
      after: { status: 'published', version: n, items },
    });
    return n;
  });
}

/** Adds a standard to a draft; answers its id. */
export function addItem(db: JinanDb, who: Who, versionId: number, item: TemplateItem & { seq: number }) {
  return db.transaction().execute(async (trx) => {
    const [id] = await insertItems(trx, who.cityId, versionId, [item]);
    await audit(trx, who, {
      action: 'create',
      entity: 'standard',
      entityId: id!,
      after: { ...item, templateVersionId: versionId },
    });
    return id!;
  });
}

/** Stores a changed standard; its type weights are replaced when the change names them. */
export function changeItem(
  db: JinanDb,
  who: Who,
  before: StoredItem,
  after: StoredItem,
  weightsChanged: boolean,
) {
  const itemId = before.id;
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('p_jinan_standards.standard')
      .set({
        code: after.code,
        area: after.area,
        seq: after.seq,
        title: after.title,
        title_en: after.titleEn || null,
        description: after.description,
        max_score: after.maxScore,
        pass_score: after.passScore,
        scoring_rule: after.scoringRule,
        scoring_note: after.scoringNote,
      })
      .where('city_id', '=', who.cityId)
      .where('id', '=', itemId)
      .execute();
    if (weightsChanged) {
      await trx
        .deleteFrom('p_jinan_standards.standard_type')
        .where('city_id', '=', who.cityId)
        .where('standard_id', '=', itemId)
        .execute();
      const rows = (Object.entries(after.weights) as [CommunityType, number][]).map(([type, w]) => ({
        city_id: who.cityId,
        standard_id: itemId,
        community_type: type,
        weight: w,
      }));
      if (rows.length) await trx.insertInto('p_jinan_standards.standard_type').values(rows).execute();
    }
    await audit(trx, who, { action: 'update', entity: 'standard', entityId: itemId, before, after });
  });
}

export function removeItem(db: JinanDb, who: Who, before: StoredItem) {
  return db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('p_jinan_standards.standard')
      .where('city_id', '=', who.cityId)
      .where('id', '=', before.id)
      .execute();
    await audit(trx, who, { action: 'delete', entity: 'standard', entityId: before.id, before });
  });
}
