import { assertInCity, invalid, notFound, refuse, say, type Who } from '@jiceng/plugin-kit';
import { type BodyKind, BUILDING_GROUP_KIND, GRID_BRANCH_KIND } from '../../shared/terms';
import type { GulouDb } from '../db';
import { audit, S } from '../util';
import {
  communityOrgOn,
  findBodyMember,
  gridHasBranch,
  hasConvener,
  kindOf,
  orgHasBody,
  placeWithCommunity,
} from './queries';
import {
  bodyMemberProblem,
  bodyPlacementProblem,
  defaultBodyName,
  defaultBranchName,
  endProblem,
  gridInfoChanges,
  type Problem,
  unitSourceProblem,
} from './rules';

/**
 * The writes of the grid routes, each in one transaction with its audit entry, and the checks they make first.
 * Callers have checked the actor's reach (orgInScope) and pass the org or council it found.
 */

const refusal = (p: Problem) => invalid(p.reason, p.field);

/** An org as orgInScope answers it. */
interface OrgRef {
  id: number;
  name: string;
  kind: string;
}

/** The grid place to set a branch up on, and its community's party org; 400 on `gridPlaceId` otherwise. */
export async function gridToCover(db: GulouDb, cityId: number, gridPlaceId: number) {
  const grid = await placeWithCommunity(db, cityId, gridPlaceId);
  if (!grid) throw invalid(say('没有这个网格', 'no such grid'), 'gridPlaceId');
  if (grid.kind !== 'grid') throw invalid(say('该地点不是网格', 'the place is not a grid'), 'gridPlaceId');
  const community = await communityOrgOn(db, cityId, grid.community_place_id);
  if (!community)
    throw invalid(say('网格所在社区尚无社区党组织', 'the community has no party org yet'), 'gridPlaceId');
  return { grid, community };
}

/** Sets up the party branch of a grid under its community's party org, with its grid_info row. */
export async function createGridBranch(
  db: GulouDb,
  who: Who,
  target: Awaited<ReturnType<typeof gridToCover>>,
  b: { name?: string; households: number | null; establishedOn: string | null },
  today: string,
) {
  const { grid, community } = target;
  if (await gridHasBranch(db, who.cityId, grid.id))
    throw refuse(say('该网格已建立党支部', 'the grid already has a party branch'), 'gridPlaceId');
  return db.transaction().execute(async (trx) => {
    const org = await trx
      .insertInto('core.org')
      .values({
        city_id: who.cityId,
        parent_id: community.id,
        kind: GRID_BRANCH_KIND,
        name: b.name ?? defaultBranchName(grid.community_name, grid.name),
        place_id: grid.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto(`${S}.grid_info`)
      .values({
        city_id: who.cityId,
        org_id: org.id,
        place_id: grid.id,
        households: b.households,
        established_on: b.establishedOn ?? today,
      })
      .execute();
    await audit(trx, who, {
      action: 'create',
      entity: 'grid_branch',
      entityId: org.id,
      after: { orgId: org.id, name: org.name, placeId: grid.id },
    });
    return org;
  });
}

/** Renames a branch or sets its households and founding date. */
export async function updateGridBranch(
  db: GulouDb,
  who: Who,
  branch: OrgRef,
  b: { name?: string; households?: number | null; establishedOn?: string | null },
) {
  await db.transaction().execute(async (trx) => {
    if (b.name)
      await trx
        .updateTable('core.org')
        .set({ name: b.name })
        .where('city_id', '=', who.cityId)
        .where('id', '=', branch.id)
        .execute();
    const info = gridInfoChanges(b);
    if (Object.keys(info).length)
      await trx
        .updateTable(`${S}.grid_info`)
        .set(info)
        .where('city_id', '=', who.cityId)
        .where('org_id', '=', branch.id)
        .execute();
    await audit(trx, who, {
      action: 'update',
      entity: 'grid_branch',
      entityId: branch.id,
      before: { name: branch.name },
      after: b,
    });
  });
}

/** Adds a building party group (楼栋党小组) under a branch, on a building when one is named. */
export async function addBuildingGroup(
  db: GulouDb,
  who: Who,
  branch: OrgRef,
  b: { name: string; buildingPlaceId: number | null },
) {
  if (b.buildingPlaceId) {
    const place = await kindOf(db, 'core.place', who.cityId, b.buildingPlaceId);
    if (place === undefined) throw invalid(say('没有这个楼栋', 'no such building'), 'buildingPlaceId');
    if (place !== 'building')
      throw invalid(say('该地点不是楼栋', 'the place is not a building'), 'buildingPlaceId');
  }
  return db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto('core.org')
      .values({
        city_id: who.cityId,
        parent_id: branch.id,
        kind: BUILDING_GROUP_KIND,
        name: b.name,
        place_id: b.buildingPlaceId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, {
      action: 'create',
      entity: 'building_group',
      entityId: created.id,
      after: { name: created.name, parentId: branch.id },
    });
    return created;
  });
}

/** Sets up a council on an org of its level; one of each kind per org. */
export async function createBody(
  db: GulouDb,
  who: Who,
  org: OrgRef,
  b: { kind: BodyKind; name?: string; establishedOn: string | null },
) {
  const misplaced = bodyPlacementProblem(b.kind, org.kind);
  if (misplaced) throw refusal(misplaced);
  if (await orgHasBody(db, who.cityId, org.id, b.kind))
    throw refuse(say('该组织已设立此议事机构', 'this org already has one'), 'kind');
  return db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto(`${S}.body`)
      .values({
        city_id: who.cityId,
        org_id: org.id,
        kind: b.kind,
        name: b.name ?? defaultBodyName(org.name, b.kind),
        established_on: b.establishedOn,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, { action: 'create', entity: 'body', entityId: created.id, after: created });
    return created;
  });
}

/** Adds a part-time committee member (兼职委员) or the convener (one current convener per council). */
export async function addBodyMember(
  db: GulouDb,
  who: Who,
  bodyId: number,
  b: {
    name: string;
    source: string;
    role: string;
    unitId: number | null;
    memberId: number | null;
    since?: string;
  },
  today: string,
) {
  const cityId = who.cityId;
  const missing = bodyMemberProblem(b);
  if (missing) throw refusal(missing);
  if (b.unitId) {
    const unit = await kindOf(db, 'core.unit', cityId, b.unitId);
    if (unit === undefined) throw invalid(say('没有这个单位', 'no such unit'), 'unitId');
    const wrongKind = unitSourceProblem(b.source, unit);
    if (wrongKind) throw refusal(wrongKind);
  }
  await assertInCity(db, 'core.member', cityId, b.memberId, 'memberId');
  if (b.role === 'convener' && (await hasConvener(db, cityId, bodyId)))
    throw refuse(say('已有召集人', 'the council already has a convener'), 'role');
  return db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto(`${S}.body_member`)
      .values({
        city_id: cityId,
        body_id: bodyId,
        name: b.name,
        source: b.source,
        role: b.role,
        unit_id: b.unitId,
        member_id: b.memberId,
        since: b.since ?? today,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, { action: 'create', entity: 'body_member', entityId: created.id, after: created });
    return created;
  });
}

/** Ends a council membership on `until`; 404 for another council's member, 409 when already ended. */
export async function endBodyMember(db: GulouDb, who: Who, bodyId: number, memberId: number, until: string) {
  const before = await findBodyMember(db, who.cityId, bodyId, memberId);
  if (!before) throw notFound(say('兼职委员', 'Council member'));
  if (before.until) throw refuse(say('已卸任', 'already ended'));
  const early = endProblem(String(before.since), until);
  if (early) throw refusal(early);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.body_member`)
      .set({ until })
      .where('city_id', '=', who.cityId)
      .where('id', '=', memberId)
      .execute();
    await audit(trx, who, {
      action: 'end',
      entity: 'body_member',
      entityId: memberId,
      before,
      after: { ...before, until },
    });
  });
}

/** Sets up a party-representative studio (党代表工作室) on an org. */
export async function createStudio(
  db: GulouDb,
  who: Who,
  orgId: number,
  b: { name: string; representatives: string[] },
) {
  return db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto(`${S}.studio`)
      .values({
        city_id: who.cityId,
        org_id: orgId,
        name: b.name,
        representatives: JSON.stringify(b.representatives),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, { action: 'create', entity: 'studio', entityId: created.id, after: created });
    return created;
  });
}
