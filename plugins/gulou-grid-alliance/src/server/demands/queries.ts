import { type CityAccess, inScope, notFound, orgPathFilter, say } from '@jiceng/plugin-kit';
import type { GulouDb } from '../db';
import { S } from '../util';
import type { DemandRow } from './rules';

/** The reads of the demand ledger. */

/** Demands joined to their grid, community, assignee and studio names. */
export function demandBase(db: GulouDb, cityId: number) {
  return db
    .selectFrom(`${S}.demand as d`)
    .innerJoin('core.org as g', (j) =>
      j.onRef('g.city_id', '=', 'd.city_id').onRef('g.id', '=', 'd.grid_org_id'),
    )
    .leftJoin('core.org as cm', (j) =>
      j.onRef('cm.city_id', '=', 'g.city_id').onRef('cm.id', '=', 'g.parent_id'),
    )
    .leftJoin('core.unit as u', (j) =>
      j.onRef('u.city_id', '=', 'd.city_id').onRef('u.id', '=', 'd.assignee_unit_id'),
    )
    .leftJoin(`${S}.studio as st`, (j) =>
      j.onRef('st.city_id', '=', 'd.city_id').onRef('st.id', '=', 'd.studio_id'),
    )
    .where('d.city_id', '=', cityId);
}
export const viewColumns = [
  'g.name as grid_name',
  'g.path as grid_path',
  'cm.name as community_name',
  'u.name as assignee_unit_name',
  'st.name as studio_name',
] as const;

/** A demand in the actor's grids; 404 otherwise. */
export async function findDemand(db: GulouDb, cityId: number, access: CityAccess, demandId: number) {
  const row = await demandBase(db, cityId)
    .selectAll('d')
    .select([...viewColumns])
    .where('d.id', '=', demandId)
    .executeTakeFirst();
  if (!row || access.level === 'self' || (access.level === 'orgs' && !inScope(access, row.grid_path)))
    throw notFound(say('诉求', 'Demand'));
  return row as DemandRow;
}

export interface DemandFilter {
  ledger?: string;
  status?: string;
  category?: string;
  overdue?: 'true' | 'false';
  escalated?: 'true' | 'false';
  from?: string;
  to?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** One page of the actor's demands, newest first, under `prefix` when asked. */
export async function listDemands(
  db: GulouDb,
  cityId: number,
  access: CityAccess,
  prefix: string | null,
  f: DemandFilter,
  day: string,
) {
  let q = demandBase(db, cityId).where(orgPathFilter(access, 'g.path'));
  if (prefix) q = q.where('g.path', 'like', `${prefix}%`);
  if (f.ledger) q = q.where('d.ledger', '=', f.ledger);
  if (f.status === 'open') q = q.where('d.status', '<>', 'closed');
  else if (f.status) q = q.where('d.status', '=', f.status);
  if (f.category) q = q.where('d.category', '=', f.category);
  if (f.overdue === 'true') q = q.where('d.status', '<>', 'closed').where('d.deadline', '<', day);
  if (f.overdue === 'false')
    q = q.where((eb) =>
      eb.or([eb('d.status', '=', 'closed'), eb('d.deadline', 'is', null), eb('d.deadline', '>=', day)]),
    );
  if (f.escalated === 'true') q = q.where('d.studio_id', 'is not', null);
  if (f.escalated === 'false') q = q.where('d.studio_id', 'is', null);
  if (f.from) q = q.where('d.received_on', '>=', f.from);
  if (f.to) q = q.where('d.received_on', '<=', f.to);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) =>
      eb.or([
        eb('d.content', 'ilike', like),
        eb('d.resident_name', 'ilike', like),
        eb('g.name', 'ilike', like),
      ]),
    );
  }
  const [rows, total] = await Promise.all([
    q
      .selectAll('d')
      .select([...viewColumns])
      .orderBy('d.received_at', 'desc')
      .orderBy('d.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Open items past their deadline as of `day`, oldest deadline first. */
export async function overdueDemands(
  db: GulouDb,
  cityId: number,
  access: CityAccess,
  prefix: string | null,
  day: string,
  limit: number,
) {
  let q = demandBase(db, cityId)
    .where(orgPathFilter(access, 'g.path'))
    .where('d.status', '<>', 'closed')
    .where('d.deadline', '<', day);
  if (prefix) q = q.where('g.path', 'like', `${prefix}%`);
  const [rows, total] = await Promise.all([
    q
      .selectAll('d')
      .select([...viewColumns])
      .orderBy('d.deadline')
      .orderBy('d.id')
      .limit(limit)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** A demand's history, oldest first, with who did each step. */
export async function demandEvents(db: GulouDb, cityId: number, demandId: number) {
  const events = await db
    .selectFrom(`${S}.demand_event as e`)
    .leftJoin('core.app_user as a', 'a.id', 'e.actor_user_id')
    .select(['e.id', 'e.at', 'e.action', 'e.from_status', 'e.to_status', 'e.note', 'a.display_name'])
    .where('e.city_id', '=', cityId)
    .where('e.demand_id', '=', demandId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
  return events.map((e) => ({
    id: e.id,
    at: e.at,
    action: e.action,
    fromStatus: e.from_status,
    toStatus: e.to_status,
    note: e.note,
    actor: e.display_name,
  }));
}

/** The org admins of a unit's party org (who hear of a demand assigned to the unit). */
export async function unitAdmins(db: GulouDb, cityId: number, unitId: number) {
  const admins = await db
    .selectFrom('core.unit as u')
    .innerJoin('core.role_grant as g', (j) =>
      j.onRef('g.city_id', '=', 'u.city_id').onRef('g.org_id', '=', 'u.org_id'),
    )
    .select('g.user_id')
    .where('u.city_id', '=', cityId)
    .where('u.id', '=', unitId)
    .where('g.role', '=', 'org_admin')
    .execute();
  return admins.map((a: { user_id: number }) => a.user_id);
}

export async function memberName(db: GulouDb, cityId: number, memberId: number) {
  const m = await db
    .selectFrom('core.member')
    .select('name')
    .where('city_id', '=', cityId)
    .where('id', '=', memberId)
    .executeTakeFirstOrThrow();
  return m.name;
}

export function findStudio(db: GulouDb, cityId: number, studioId: number) {
  return db
    .selectFrom(`${S}.studio`)
    .select(['id', 'name'])
    .where('city_id', '=', cityId)
    .where('id', '=', studioId)
    .executeTakeFirst();
}
