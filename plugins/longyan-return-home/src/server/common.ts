import {
  ApiError,
  forbidden,
  invalid,
  loadOrg,
  type OrgRow,
  pathInScope,
  type PluginEnv,
  say,
} from '@jiceng/plugin-kit';
import type { Context } from 'hono';
import { sql } from 'kysely';
import type { Config } from '../manifest';
import { COMMUNITY_ORG_KINDS } from '../shared/model';
import type { LongyanDb } from './db';
import type { Asker } from './reports/permissions';

/** This plugin's schema. */
export const S = 'p_longyan_return_home';
export const TAG = { tags: ['longyan-return-home'] };

type C = Context<PluginEnv<Config>>;

/** Refuses impossible dates such as 2026-02-30 (the toolkit's one validator). */
export { isoDate } from '@jiceng/plugin-kit';

export const isCommunityKind = (kind: string) => (COMMUNITY_ORG_KINDS as readonly string[]).includes(kind);

/** A community party org of this city (any of the community kinds), in the actor's scope. */
export async function communityOrgInScope(
  db: LongyanDb,
  c: C,
  orgId: number,
  field = 'communityOrgId',
): Promise<OrgRow> {
  const org = await loadOrg(db, c.get('city').id, orgId, field);
  if (!isCommunityKind(org.kind)) throw invalid(say('不是社区党组织', 'not a community party org'), field);
  if (!pathInScope(c.get('access'), org.path)) throw new ApiError(400, 'out_of_scope', { field }, field);
  return org;
}

/** Community org ids the actor administers directly (their "own" communities). */
export function ownCommunityOrgIds(c: C): number[] {
  const city = c.get('city');
  return c
    .get('actor')
    .grants.filter((g) => g.role === 'org_admin' && g.cityId === city.id && g.orgId != null)
    .map((g) => g.orgId!);
}

/** Who asks, as the permission rules need it (see reports/permissions.ts). */
export const askerOf = (c: C): Asker => ({
  adminOrgIds: ownCommunityOrgIds(c),
  access: c.get('access'),
  memberId: c.get('actor').memberId,
});

export interface MemberRow {
  id: number;
  name: string;
  category: string;
  active: boolean;
  org_id: number;
  org_path: string;
  unit_id: number | null;
  residence_place_id: number | null;
}

export async function loadMember(
  db: LongyanDb,
  cityId: number,
  memberId: number,
  field = 'memberId',
): Promise<MemberRow> {
  const m = await db
    .selectFrom('core.member as m')
    .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'))
    .select([
      'm.id',
      'm.name',
      'm.category',
      'm.active',
      'm.org_id',
      'o.path as org_path',
      'm.unit_id',
      'm.residence_place_id',
    ])
    .where('m.city_id', '=', cityId)
    .where('m.id', '=', memberId)
    .executeTakeFirst();
  if (!m) throw new ApiError(400, 'cross_city', { field }, field);
  return m as MemberRow;
}

/**
 * Whose action is this: the logged-in member themselves (memberId omitted or their own), or an admin acting for a
 * member in their subtree (the member's organization relation must be in the admin's scope).
 */
export async function subjectMember(
  db: LongyanDb,
  c: C,
  memberId?: number | null,
): Promise<{ member: MemberRow; self: boolean }> {
  const actor = c.get('actor');
  const access = c.get('access');
  const cityId = c.get('city').id;
  if (memberId == null || memberId === actor.memberId) {
    if (!actor.memberId) throw invalid(say('需要指定党员', 'memberId is required'), 'memberId');
    const member = await loadMember(db, cityId, actor.memberId, 'memberId');
    return { member, self: true };
  }
  if (access.level === 'self') throw forbidden();
  const member = await loadMember(db, cityId, memberId, 'memberId');
  if (!pathInScope(access, member.org_path))
    throw new ApiError(400, 'out_of_scope', { field: 'memberId' }, 'memberId');
  return { member, self: false };
}

/** The subtree prefix of an org ('/' for the whole city). */
export async function orgPrefix(db: LongyanDb, cityId: number, orgId?: number | null): Promise<string> {
  if (!orgId) return '/';
  const org = await db
    .selectFrom('core.org')
    .select('path')
    .where('city_id', '=', cityId)
    .where('id', '=', orgId)
    .executeTakeFirst();
  return org?.path ?? '/__none__/';
}

export const communityKindsSql = sql.raw(COMMUNITY_ORG_KINDS.map((k) => `'${k}'`).join(', '));
