import {
  ApiError,
  invalid,
  notFound,
  type PluginContext,
  type PluginEnv,
  pathInScope,
  say,
} from '@jiceng/plugin-kit';
import type { Context } from 'hono';
import type { Config } from '../manifest';
import type { LuqiaoDb, LuqiaoTables } from './db';

/** This plugin's schema. */
export const S = 'p_luqiao_regional';
export const T = {
  region: `${S}.region`,
  regionPlace: `${S}.region_place`,
  regionUnit: `${S}.region_unit`,
  move: `${S}.n_org_move`,
  massOrg: `${S}.mass_org`,
  registration: `${S}.registration`,
  nomination: `${S}.shop_nomination`,
  serviceRecord: `${S}.service_record`,
  centre: `${S}.centre`,
  visit: `${S}.visit`,
  council: `${S}.council`,
  councilMember: `${S}.council_member`,
  term: `${S}.council_term`,
  project: `${S}.council_project`,
  meeting: `${S}.council_meeting`,
  review: `${S}.meeting_review`,
  election: `${S}.election`,
  ballot: `${S}.ballot`,
  voter: `${S}.ballot_voter`,
  result: `${S}.election_result`,
  receptionDay: `${S}.reception_day`,
  receptionVisit: `${S}.reception_visit`,
  branch: `${S}.flowing_branch`,
  branchMember: `${S}.flowing_branch_member`,
  branchActivity: `${S}.flowing_branch_activity`,
} as const;

export type Ctx = PluginContext<Config, LuqiaoTables>;
export type C = Context<PluginEnv<Config>>;
export type Db = LuqiaoDb;

export interface RegionRow {
  id: number;
  name: string;
  kind: string;
  town_org_id: number;
  town_place_id: number | null;
  regional_org_id: number;
  centre_org_id: number;
  description: string | null;
  established_on: string;
  regional_path: string;
  town_path: string;
  regional_name: string;
  centre_name: string;
  town_name: string;
}

export function regionQuery(db: Db, cityId: number) {
  return db
    .selectFrom(`${T.region} as r`)
    .innerJoin('core.org as ro', (j) =>
      j.onRef('ro.city_id', '=', 'r.city_id').onRef('ro.id', '=', 'r.regional_org_id'),
    )
    .innerJoin('core.org as co', (j) =>
      j.onRef('co.city_id', '=', 'r.city_id').onRef('co.id', '=', 'r.centre_org_id'),
    )
    .innerJoin('core.org as tw', (j) =>
      j.onRef('tw.city_id', '=', 'r.city_id').onRef('tw.id', '=', 'r.town_org_id'),
    )
    .select([
      'r.id',
      'r.name',
      'r.kind',
      'r.town_org_id',
      'r.town_place_id',
      'r.regional_org_id',
      'r.centre_org_id',
      'r.description',
      'r.established_on',
      'ro.path as regional_path',
      'tw.path as town_path',
      'ro.name as regional_name',
      'co.name as centre_name',
      'tw.name as town_name',
    ])
    .where('r.city_id', '=', cityId);
}

/**
 * What an actor may do with a region:
 *  - 'read' / 'manage': city admins, and org admins whose subtree holds the regional org (the region's own
 *    admins and the town's);
 *  - 'structure' (drawing the region, moving the N): city admins and admins of the town committee.
 * Members (self) may read a region they are registered in or work in.
 * An id in the path that fails is a 404; a body field that fails is a 400 naming the field.
 */
export async function loadRegion(
  db: Db,
  c: C,
  regionId: number,
  need: 'read' | 'manage' | 'structure' = 'read',
  field?: string,
): Promise<RegionRow> {
  const region = (await regionQuery(db, c.get('city').id).where('r.id', '=', regionId).executeTakeFirst()) as
    | RegionRow
    | undefined;
  const fail = () =>
    field
      ? invalid(say('区域不存在或不在管理范围内', 'unknown region or outside your scope'), field)
      : notFound({ 'zh-CN': '区域', en: 'Region' });
  if (!region) throw fail();
  const access = c.get('access');
  if (access.level === 'self') {
    if (need !== 'read' || !access.memberId) throw fail();
    const mine = await db
      .selectFrom('core.member as m')
      .leftJoin(`${T.regionUnit} as ru`, (j) =>
        j.onRef('ru.city_id', '=', 'm.city_id').onRef('ru.unit_id', '=', 'm.unit_id'),
      )
      .leftJoin(`${T.registration} as g`, (j) =>
        j.onRef('g.city_id', '=', 'm.city_id').onRef('g.member_id', '=', 'm.id').on('g.ended_on', 'is', null),
      )
      .select(['ru.region_id as worksIn', 'g.region_id as registeredIn'])
      .where('m.city_id', '=', c.get('city').id)
      .where('m.id', '=', access.memberId)
      .executeTakeFirst();
    if (mine?.worksIn !== region.id && mine?.registeredIn !== region.id) throw fail();
    return region;
  }
  const path = need === 'structure' ? region.town_path : region.regional_path;
  if (!pathInScope(access, path)) {
    if (need === 'structure' && pathInScope(access, region.regional_path))
      throw new ApiError(403, 'forbidden');
    throw fail();
  }
  return region;
}

export function regionView(r: RegionRow) {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    townOrgId: r.town_org_id,
    townName: r.town_name,
    townPlaceId: r.town_place_id,
    regionalOrgId: r.regional_org_id,
    regionalOrgName: r.regional_name,
    centreOrgId: r.centre_org_id,
    centreOrgName: r.centre_name,
    description: r.description,
    establishedOn: r.established_on,
  };
}

/**
 * One page of a list for core's `paging` query (page from 1): the rows of the page, `rows(limit, offset)`, and the
 * total, `count()`, read together, in the shape of core's `pageOf` answer.
 */
export async function pageRows<R>(
  f: { page: number; pageSize: number },
  rows: (limit: number, offset: number) => Promise<R[]>,
  count: () => Promise<{ n: number }>,
) {
  const [items, total] = await Promise.all([rows(f.pageSize, (f.page - 1) * f.pageSize), count()]);
  return { items, total: total.n, page: f.page, pageSize: f.pageSize };
}

export const configOf = (c: C) => c.get('pluginConfig');
