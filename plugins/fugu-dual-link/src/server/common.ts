import {
  addMonths,
  ApiError,
  type CityAccess,
  conflict,
  findOrg,
  forbidden,
  inScope,
  invalid,
  notFound,
  type OrgRow,
  pluginAudit,
  type PluginContext,
  type PluginEnv,
  say,
} from '@jiceng/plugin-kit';
import type { Context } from 'hono';
import { sql } from 'kysely';
import type { Config } from '../manifest';
import type { FuguDb, FuguTables } from './db';

export const S = 'p_fugu_dual_link';
export type Ctx = PluginContext<Config, FuguTables>;
export type C = Context<PluginEnv<Config>>;
export const TAG = { tags: ['fugu-dual-link'] };

/** Real calendar dates only (2026-02-30 is refused): plugin-kit's validator. */
export { isoDate } from '@jiceng/plugin-kit';
export const sixMonthsBefore = (date: string) => addMonths(date, -6);

export const config = (c: C) => c.get('pluginConfig');
export const actorId = (c: C) => c.get('actor').userId;
export const cityId = (c: C) => c.get('city').id;

/** Community-side orgs: a community's own org (committee, general branch or branch). */
export const COMMUNITY_KINDS = ['community_committee', 'community_general_branch', 'community_branch'];

/** A community org of this city (any scope: a unit sends its member to a community it does not manage). */
export async function communityOrg(db: FuguDb, c: C, orgId: number, field: string): Promise<OrgRow> {
  const org = await findOrg(db, cityId(c), orgId);
  if (!org) throw new ApiError(400, 'cross_city', { field }, field);
  if (!COMMUNITY_KINDS.includes(org.kind))
    throw invalid(say('不是社区党组织', 'not a community organization'), field);
  return org;
}

/** A community org the actor manages (its own subtree or above). */
export async function managedCommunity(db: FuguDb, c: C, orgId: number, field: string): Promise<OrgRow> {
  const org = await communityOrg(db, c, orgId, field);
  if (!inScope(c.get('access'), org.path)) throw new ApiError(400, 'out_of_scope', { field }, field);
  return org;
}

/**
 * The county's 双联双管 office sits in the organs working committee: city admins, and admins of the organs
 * committee (or the county committee above it), read what is routed to the office.
 */
export async function hasOfficeAccess(db: FuguDb, c: C): Promise<boolean> {
  const access = c.get('access');
  if (access.level === 'city') return true;
  if (access.level !== 'orgs') return false;
  const offices = await db
    .selectFrom('core.org')
    .select('path')
    .where('city_id', '=', cityId(c))
    .where('kind', 'in', ['organs_working_committee', 'city_committee'])
    .execute();
  return offices.some((o: { path: string }) => access.paths.some((p) => p === o.path));
}

/** Registration with the paths of both sides, and which sides the actor stands on. */
export interface RegistrationRow {
  id: number;
  member_id: number;
  unit_org_id: number;
  community_org_id: number;
  residence_place_id: number | null;
  address: string | null;
  occupation: string | null;
  skills: string | null;
  commitment: string | null;
  on_board: boolean;
  show_photo: boolean;
  show_unit: boolean;
  show_commitment: boolean;
  show_post: boolean;
  status: string;
  letter_no: string;
  sent_on: string;
  stamped_on: string | null;
  part1_filed_on: string | null;
  returned_on: string | null;
  return_reason: string | null;
  closed_on: string | null;
  close_reason: string | null;
  previous_id: number | null;
  party_group_id: number | null;
  affiliation_id: number | null;
  member_name: string;
  cadre_rank: string;
  member_org_id: number;
  unit_org_path: string;
  unit_org_name: string;
  community_path: string;
  community_name: string;
  community_place_id: number | null;
}

export interface Sides {
  unit: boolean;
  community: boolean;
  self: boolean;
}

export function sidesOf(
  c: C,
  reg: Pick<RegistrationRow, 'unit_org_path' | 'community_path' | 'member_id'>,
): Sides {
  const access = c.get('access');
  return {
    unit: inScope(access, reg.unit_org_path),
    community: inScope(access, reg.community_path),
    self: access.level === 'self' && access.memberId === reg.member_id,
  };
}

export function registrationQuery(db: FuguDb, city: number) {
  return db
    .selectFrom(`${S}.registration as r`)
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 'r.city_id').onRef('m.id', '=', 'r.member_id'),
    )
    .innerJoin('core.org as uo', (j) =>
      j.onRef('uo.city_id', '=', 'r.city_id').onRef('uo.id', '=', 'r.unit_org_id'),
    )
    .innerJoin('core.org as co', (j) =>
      j.onRef('co.city_id', '=', 'r.city_id').onRef('co.id', '=', 'r.community_org_id'),
    )
    .selectAll('r')
    .select([
      'm.name as member_name',
      'm.cadre_rank',
      'm.org_id as member_org_id',
      'uo.path as unit_org_path',
      'uo.name as unit_org_name',
      'co.path as community_path',
      'co.name as community_name',
      'co.place_id as community_place_id',
    ])
    .where('r.city_id', '=', city);
}

/** A registration the actor may see (either side, or the member), else 404. */
export async function loadRegistration(
  db: FuguDb,
  c: C,
  regId: number,
): Promise<{ reg: RegistrationRow; sides: Sides }> {
  const reg = (await registrationQuery(db, cityId(c)).where('r.id', '=', regId).executeTakeFirst()) as
    | RegistrationRow
    | undefined;
  if (!reg) throw notFound(ENTITY.registration);
  const sides = sidesOf(c, reg);
  if (!sides.unit && !sides.community && !sides.self) throw notFound(ENTITY.registration);
  return { reg, sides };
}

export function requireCommunitySide(sides: Sides) {
  if (!sides.community) throw forbidden();
}
export function requireUnitSide(sides: Sides) {
  if (!sides.unit) throw forbidden();
}

export const ACTIVE = ['stamped', 'filed'];
export const OPEN = ['sent', 'stamped', 'filed'];

export function requireActive(reg: RegistrationRow, field = 'registrationId') {
  if (!ACTIVE.includes(reg.status))
    throw conflict(say('该党员在此社区的报到尚未生效或已注销', 'the registration is not active'), field);
}

/** Where the org-path filter of an indicator or list starts: an org's path, or the whole city. */
export async function prefixOf(db: FuguDb, city: number, orgId?: number): Promise<string> {
  if (!orgId) return '/';
  const org = await findOrg(db, city, orgId);
  return org?.path ?? '/__none__/';
}

/** SQL: registration r is inside an org subtree on either side (unit relation or community activity). */
export const eitherSideIn = (prefix: string) =>
  sql<boolean>`(exists (select 1 from core.org o where o.city_id = r.city_id and o.id = r.unit_org_id and o.path like ${`${prefix}%`})
    or exists (select 1 from core.org o where o.city_id = r.city_id and o.id = r.community_org_id and o.path like ${`${prefix}%`}))`;

/** SQL fragment restricting r to what the actor sees (either side, or themselves). */
export function visibleRegistrations(access: CityAccess) {
  if (access.level === 'city') return sql<boolean>`true`;
  if (access.level === 'self') return sql<boolean>`r.member_id = ${access.memberId ?? -1}`;
  const parts = access.paths.map((p) => eitherSideIn(p));
  return sql<boolean>`(${sql.join(parts, sql` or `)})`;
}

/** The audit entry of a write, in its transaction: `audit(trx, who, { action, entity, entityId, before, after })`. */
export const audit = pluginAudit(S);

export async function notify(
  trx: FuguDb,
  city: number,
  n: {
    toOrgId: number | null;
    kind: string;
    memberId?: number | null;
    registrationId?: number | null;
    dedupeKey: string;
    payload?: unknown;
    on: string;
  },
): Promise<boolean> {
  const r = await trx
    .insertInto(`${S}.notice`)
    .values({
      city_id: city,
      to_org_id: n.toOrgId,
      kind: n.kind,
      member_id: n.memberId ?? null,
      registration_id: n.registrationId ?? null,
      dedupe_key: n.dedupeKey,
      payload: n.payload === undefined ? null : JSON.stringify(n.payload),
      created_on: n.on,
    })
    .onConflict((oc) => oc.columns(['city_id', 'kind', 'dedupe_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

/** Entity names for 404s (core names only its own). */
export const ENTITY = {
  registration: say('报到登记', 'registration'),
  post: say('岗位', 'post'),
  group: say('党小组', 'party group'),
  request: say('换岗申请', 'change request'),
  activity: say('活动', 'activity'),
  card: say('反馈卡', 'feedback card'),
  meeting: say('联席会', 'joint meeting'),
  flow: say('流动记录', 'flow record'),
  decision: say('待研究事项', 'decision'),
  notice: say('通知', 'notice'),
  campaign: say('推进工作', 'campaign'),
  centre: say('社区服务中心', 'service centre'),
  inspection: say('督查组', 'inspection group'),
  board: say('监督台', 'board'),
  photo: say('照片', 'photo'),
  appraisal: say('评议', 'appraisal'),
};
