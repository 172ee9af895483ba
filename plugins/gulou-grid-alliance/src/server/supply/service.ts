import { pluginAudit, refuse, say, type Who } from '@jiceng/plugin-kit';
import type { ProjectStatus } from '../../shared/terms';
import type { GulouDb } from '../db';
import { S } from '../util';
import type { ItemRow } from './queries';
import { checkWithdrawable, projectMove } from './rules';

/** The writes of supply, projects and facilities, each in one transaction with its audit entry. */

const audit = pluginAudit(S);

export function listItem(
  db: GulouDb,
  who: Who,
  day: string,
  b: {
    side: string;
    gridOrgId: number | null;
    unitId: number | null;
    category: string;
    title: string;
    detail: string | null;
  },
) {
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto(`${S}.supply_item`)
      .values({
        city_id: who.cityId,
        side: b.side,
        grid_org_id: b.gridOrgId,
        unit_id: b.unitId,
        category: b.category,
        title: b.title,
        detail: b.detail,
        listed_on: day,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, {
      action: 'create',
      entity: 'supply_item',
      entityId: r.id,
      before: null,
      after: r,
    });
    return r;
  });
}

/** Withdraws an open entry; a match or withdrawal racing it wins, and this one is refused. */
export async function withdrawItem(db: GulouDb, who: Who, r: ItemRow, reason: string) {
  checkWithdrawable(r.status);
  await db.transaction().execute(async (trx) => {
    const gone = await trx
      .updateTable(`${S}.supply_item`)
      .set({ status: 'withdrawn', withdraw_reason: reason })
      .where('city_id', '=', r.city_id)
      .where('id', '=', r.id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (!Number(gone.numUpdatedRows)) throw refuse(say('供需已被他人更新', 'changed meanwhile'));
    await audit(trx, who, {
      action: 'withdraw',
      entity: 'supply_item',
      entityId: r.id,
      before: { status: r.status },
      after: { status: 'withdrawn' },
    });
  });
}

/** Matches an open need and offer into a project: both are taken in one conditional update, or neither. */
export function matchProject(
  db: GulouDb,
  who: Who,
  day: string,
  sides: { need: ItemRow; offer: ItemRow; grid: ItemRow; unit: ItemRow },
  b: { title: string; ownerName: string; content: string; startOn: string; endOn: string },
) {
  const { need, offer, grid, unit } = sides;
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .updateTable(`${S}.supply_item`)
      .set({ status: 'matched' })
      .where('city_id', '=', who.cityId)
      .where('id', 'in', [need.id, offer.id])
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) !== 2) throw refuse(say('需求或供给已被对接', 'matched meanwhile'));
    const p = await trx
      .insertInto(`${S}.service_project`)
      .values({
        city_id: who.cityId,
        need_id: need.id,
        offer_id: offer.id,
        grid_org_id: grid.grid_org_id!,
        unit_id: unit.unit_id!,
        title: b.title,
        owner_name: b.ownerName,
        content: b.content,
        start_on: b.startOn,
        end_on: b.endOn,
        status: 'planned',
        created_on: day,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, {
      action: 'match',
      entity: 'service_project',
      entityId: p.id,
      before: null,
      after: p,
    });
    return p;
  });
}

/** Moves a project if it still has the status read; a cancelled project reopens its need and offer. */
export async function moveProject(
  db: GulouDb,
  who: Who,
  p: { id: number; city_id: number; status: string; need_id: number; offer_id: number },
  to: ProjectStatus,
  day: string,
) {
  const set = projectMove(p.status, to, day);
  await db.transaction().execute(async (trx) => {
    const moved = await trx
      .updateTable(`${S}.service_project`)
      .set(set)
      .where('city_id', '=', p.city_id)
      .where('id', '=', p.id)
      .where('status', '=', p.status)
      .executeTakeFirst();
    if (!Number(moved.numUpdatedRows)) throw refuse(say('项目已被他人更新', 'changed meanwhile'));
    if (to === 'cancelled')
      await trx
        .updateTable(`${S}.supply_item`)
        .set({ status: 'open' })
        .where('city_id', '=', p.city_id)
        .where('id', 'in', [p.need_id, p.offer_id])
        .execute();
    await audit(trx, who, {
      action: 'status',
      entity: 'service_project',
      entityId: p.id,
      before: { status: p.status },
      after: set,
    });
  });
}

export interface FacilityFields {
  kind: string;
  name: string;
  address: string | null;
  placeId: number | null;
  days: string;
  opensAt: string;
  closesAt: string;
  capacity: number | null;
  note: string | null;
}

export function openFacility(db: GulouDb, who: Who, b: FacilityFields & { unitId: number }) {
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto(`${S}.facility`)
      .values({
        city_id: who.cityId,
        unit_id: b.unitId,
        kind: b.kind,
        name: b.name,
        address: b.address,
        place_id: b.placeId,
        days: b.days,
        opens_at: b.opensAt,
        closes_at: b.closesAt,
        capacity: b.capacity,
        note: b.note,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, { action: 'create', entity: 'facility', entityId: r.id, before: null, after: r });
    return r;
  });
}

export async function changeFacility(
  db: GulouDb,
  who: Who,
  before: { id: number },
  b: Partial<FacilityFields> & { active?: boolean },
) {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.facility`)
      .set({
        kind: b.kind,
        name: b.name,
        address: b.address,
        place_id: b.placeId,
        days: b.days,
        opens_at: b.opensAt,
        closes_at: b.closesAt,
        capacity: b.capacity,
        note: b.note,
        active: b.active,
      })
      .where('city_id', '=', who.cityId)
      .where('id', '=', before.id)
      .execute();
    await audit(trx, who, { action: 'update', entity: 'facility', entityId: before.id, before, after: b });
  });
}
