import {
  ApiError,
  type CityAccess,
  invalid,
  type Locale,
  notFound,
  pathInScope,
  recordAudit,
  say,
  type Who,
} from '@jiceng/plugin-kit';
import { type Ctx, type Db, type RegionRow, T } from '../common';
import { membersUnder } from './counts';
import { nState, openMove, orgsForN } from './queries';
import { moveRefusalStatus, nRefusal, pathIds, returnTarget } from './rules';

/** The N of a region: which orgs may join (the eligibility chain), moving them under the regional org, returning them. */

export interface Candidate {
  orgId: number;
  name: string;
  kind: string;
  parentId: number | null;
  parentName: string | null;
  unitId: number | null;
  unitName: string | null;
  unitKind: string | null;
  memberCount: number;
  /** Why it cannot join the N, or null when it can. */
  refusal: { code: string; reason: string } | null;
}

/** Each org checked against the rules of the N (rules.ts `nRefusal`); refused ones carry the reason. */
export async function assess(
  db: Db,
  cityId: number,
  access: CityAccess,
  locale: Locale,
  region: RegionRow,
  orgIds: number[],
): Promise<Candidate[]> {
  if (!orgIds.length) return [];
  const orgs = await orgsForN(db, cityId, orgIds);
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const missingIds = orgIds.filter((i) => !byId.has(i));
  if (missingIds.length)
    throw invalid(
      say(`党组织 ${missingIds.join(', ')} 不存在`, `org ${missingIds.join(', ')} does not exist`),
      `orgIds.${orgIds.indexOf(missingIds[0]!)}`,
    );
  // Government / public-institution orgs, at any level above the org too (a branch inside a bureau's committee).
  const ancestorIds = [...new Set(orgs.flatMap((o) => pathIds(o.path)))];
  const placeIds = orgs.map((o) => o.place_id).filter((p): p is number => !!p);
  const state = await nState(db, cityId, region.id, ancestorIds, placeIds);
  const memberCounts = await membersUnder(
    db,
    cityId,
    orgs.map((o) => o.path),
  );
  const facts = {
    ...state,
    region: { id: region.id, regionalPath: region.regional_path },
    inScope: (path: string) => pathInScope(access, path),
  };
  return orgIds.map((orgId) => {
    const o = byId.get(orgId)!;
    const refusal = nRefusal(
      { id: orgId, kind: o.kind, path: o.path, placeId: o.place_id, unitId: o.unit_id },
      facts,
    );
    return {
      orgId,
      name: o.name,
      kind: o.kind,
      parentId: o.parent_id,
      parentName: o.parent_name,
      unitId: o.unit_id,
      unitName: o.unit_name,
      unitKind: o.unit_kind,
      memberCount: memberCounts.get(o.path) ?? 0,
      refusal: refusal && { code: refusal.code, reason: refusal.text[locale] },
    };
  });
}

/** Moves orgs under the regional org (the N) in one transaction, or none when any is refused. */
export async function moveOrgs(
  ctx: Ctx,
  who: Who,
  access: CityAccess,
  locale: Locale,
  region: RegionRow,
  orgIds: number[],
) {
  const { db, clock } = ctx;
  const assessed = await assess(db, who.cityId, access, locale, region, orgIds);
  const refused = assessed.filter((a) => a.refusal);
  if (refused.length) {
    const issues = refused.map((a) => ({
      field: `orgIds.${orgIds.indexOf(a.orgId)}`,
      message: `${a.name}：${a.refusal!.reason}`,
    }));
    const detail = issues.map((i) => i.message).join('; ');
    // Only "already in a region" refusals are conflicts with the current state; the rest are bad input.
    if (moveRefusalStatus(refused.map((a) => a.refusal!.code)) === 409)
      throw new ApiError(409, 'conflict', { reason: detail }, 'orgIds', issues);
    throw new ApiError(400, 'validation_failed', { detail }, 'orgIds', issues);
  }
  const now = clock.now();
  const items = await db.transaction().execute(async (trx) => {
    const rows = [];
    for (const a of assessed) {
      const updated = await trx
        .updateTable('core.org')
        .set({ parent_id: region.regional_org_id })
        .where('city_id', '=', who.cityId)
        .where('id', '=', a.orgId)
        .returning(['id', 'path'])
        .executeTakeFirstOrThrow();
      const move = await trx
        .insertInto(T.move)
        .values({
          city_id: who.cityId,
          region_id: region.id,
          org_id: a.orgId,
          previous_parent_id: a.parentId,
          moved_at: now,
          moved_by: who.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        cityId: who.cityId,
        actorUserId: who.userId,
        action: 'move',
        entity: 'org',
        entityId: a.orgId,
        before: { parentId: a.parentId },
        after: { parentId: region.regional_org_id, path: updated.path, regionId: region.id, moveId: move.id },
      });
      rows.push({
        orgId: a.orgId,
        name: a.name,
        previousParentId: a.parentId,
        previousParentName: a.parentName,
        path: updated.path,
      });
    }
    return rows;
  });
  return { items, movedAt: now };
}

/** Returns an org of the N to where it sat before (rules.ts `returnTarget`), the reason recorded. */
export async function returnOrg(ctx: Ctx, who: Who, region: RegionRow, orgId: number, reason: string) {
  const { db, clock } = ctx;
  const move = await openMove(db, who.cityId, region.id, orgId);
  if (!move) throw notFound({ 'zh-CN': '区域内的N党组织', en: 'Org of the N' });
  const target = returnTarget(
    { parentId: move.parent_id, previousParentId: move.previous_parent_id },
    region.regional_org_id,
  );
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    if (target.moved)
      await trx
        .updateTable('core.org')
        .set({ parent_id: target.parentId })
        .where('city_id', '=', who.cityId)
        .where('id', '=', orgId)
        .execute();
    await trx
      .updateTable(T.move)
      .set({ returned_at: now, returned_to_id: target.parentId, return_reason: reason })
      .where('city_id', '=', who.cityId)
      .where('id', '=', move.id)
      .execute();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'return',
      entity: 'org',
      entityId: orgId,
      before: { parentId: move.parent_id, regionId: region.id },
      after: { parentId: target.parentId, reason },
    });
  });
  return { ok: true, moved: target.moved, parentId: target.parentId };
}
