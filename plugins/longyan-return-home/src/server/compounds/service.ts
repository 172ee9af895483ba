import { pluginAudit, recordAudit, type Who } from '@jiceng/plugin-kit';
import { ORG_KINDS } from '../../shared/model';
import { S } from '../common';
import type { LongyanDb } from '../db';
import { formation } from './rules';

/** The transactions of compounds, compound orgs and building groups, each write with its audit entry. */

/** Who writes: the city and the logged-in user the audit names. */
export type { Who };

const audit = pluginAudit(S);

/** Draws a compound (小区) as a place under the community's place. */
export function createCompound(db: LongyanDb, who: Who, communityPlaceId: number, name: string) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('core.place')
      .values({
        city_id: who.cityId,
        parent_id: communityPlaceId,
        kind: 'compound',
        name,
      })
      .returning(['id', 'name', 'parent_id'])
      .executeTakeFirstOrThrow();
    // A core place, audited under core's own entity name (no plugin schema prefix).
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'create',
      entity: 'place',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

/** Forms a compound org under the community over `compounds` (checked by the rules first); the org as the API shows it. */
export function formCompoundOrg(
  db: LongyanDb,
  who: Who,
  communityOrgId: number,
  compounds: { id: number; name: string }[],
  name: string,
  formedOn: string,
) {
  return db.transaction().execute(async (trx) => {
    const org = await trx
      .insertInto('core.org')
      .values({
        city_id: who.cityId,
        parent_id: communityOrgId,
        kind: ORG_KINDS.compoundOrg,
        name,
        place_id: compounds[0]?.id ?? null,
      })
      .returning(['id', 'name', 'path'])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto(`${S}.compound_org`)
      .values({
        city_id: who.cityId,
        org_id: org.id,
        community_org_id: communityOrgId,
        formed_on: formedOn,
        created_by: who.userId,
      })
      .execute();
    await trx
      .insertInto(`${S}.compound_coverage`)
      .values(compounds.map((p) => ({ city_id: who.cityId, compound_place_id: p.id, org_id: org.id })))
      .execute();
    const view = {
      id: org.id,
      name: org.name,
      communityOrgId,
      formedOn,
      formation: formation(compounds.length),
      compounds: compounds.map((p) => ({ id: p.id, name: p.name })),
      buildingGroups: 0,
    };
    await audit(trx, who, { action: 'create', entity: 'compound_org', entityId: org.id, after: view });
    return view;
  });
}

/** Extends a compound org over one more compound. */
export function coverCompound(db: LongyanDb, who: Who, orgId: number, compoundPlaceId: number) {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto(`${S}.compound_coverage`)
      .values({ city_id: who.cityId, compound_place_id: compoundPlaceId, org_id: orgId })
      .execute();
    await audit(trx, who, {
      action: 'cover',
      entity: 'compound_org',
      entityId: orgId,
      after: { compoundPlaceId },
    });
  });
}

/** Sets up a building party group (楼栋党小组) under a compound org. */
export function createBuildingGroup(
  db: LongyanDb,
  who: Who,
  compoundOrgId: number,
  name: string,
  buildingPlaceId: number | null,
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('core.org')
      .values({
        city_id: who.cityId,
        parent_id: compoundOrgId,
        kind: ORG_KINDS.buildingGroup,
        name,
        place_id: buildingPlaceId,
      })
      .returning(['id', 'name', 'place_id'])
      .executeTakeFirstOrThrow();
    // A core org, audited under core's own entity name (no plugin schema prefix).
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'create',
      entity: 'org',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}
