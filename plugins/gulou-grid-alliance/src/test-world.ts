import {
  createPluginTestBackend,
  manualClock,
  PASSWORD,
  type PluginTestBackend,
} from '@jiceng/plugin-kit/testing';
import plugin from './index';
import type { GulouTables } from './server/db';
import { GRID_BRANCH_KIND } from './shared/terms';

export { PASSWORD };

/** The test database with Gulou's tables typed (withTables takes a type alias, so the interface is mapped). */
const typedDb = (backend: PluginTestBackend) =>
  backend.db.withTables<{ [K in keyof GulouTables]: GulouTables[K] }>();

/**
 * A hand-built slice of 鼓楼 for the API tests (test-only helper):
 *   street 东街 → community 一社区 (grids 1, 2) and 二社区 (grids 3, 4; grid 4 has no branch yet)
 *   grid branches b1, b2 (under c1) and b3 (under c2); units U1 (province organ) and U2 (two-new social org)
 *   in-service m1 (U1, grid b1), m2 (U1, grid b2), m3 (U2, grid b3); retired r1 (c1)
 * Users: gl-admin (city), gl-c1 (org admin of c1), gl-c2 (of c2), gl-u1 (of U1's org), gl-m1 / gl-m2 (members).
 * A second city `other` has the same plugin enabled and a branch of its own, for cross-city refusals.
 */
export async function gulouWorld(backend: PluginTestBackend, config: Record<string, unknown> = {}) {
  const { f } = backend;
  const db = typedDb(backend);
  const city = await f.city('gl', '鼓楼区', 'district');
  const street = await f.place(city.id, 'street', '东街街道');
  const cp1 = await f.place(city.id, 'community', '一社区', street.id);
  const cp2 = await f.place(city.id, 'community', '二社区', street.id);
  const g1 = await f.place(city.id, 'grid', '第1网格', cp1.id);
  const g2 = await f.place(city.id, 'grid', '第2网格', cp1.id);
  const g3 = await f.place(city.id, 'grid', '第3网格', cp2.id);
  const g4 = await f.place(city.id, 'grid', '第4网格', cp2.id);
  const committee = await f.org(city.id, 'city_committee', '鼓楼区委');
  const streetOrg = await f.org(
    city.id,
    'street_working_committee',
    '东街街道党工委',
    committee.id,
    street.id,
  );
  const c1 = await f.org(city.id, 'community_committee', '一社区党委', streetOrg.id, cp1.id);
  const c2 = await f.org(city.id, 'community_committee', '二社区党委', streetOrg.id, cp2.id);
  const branch = async (cityId: number, parentId: number, placeId: number, name: string) => {
    const org = await f.org(cityId, GRID_BRANCH_KIND, name, parentId, placeId);
    await db
      .insertInto('p_gulou_grid_alliance.grid_info')
      .values({
        city_id: cityId,
        org_id: org.id,
        place_id: placeId,
        households: 500,
        established_on: '2017-01-01',
      })
      .execute();
    return org;
  };
  const b1 = await branch(city.id, c1.id, g1.id, '一社区第1网格党支部');
  const b2 = await branch(city.id, c1.id, g2.id, '一社区第2网格党支部');
  const b3 = await branch(city.id, c2.id, g3.id, '二社区第3网格党支部');
  const organs = await f.org(city.id, 'organs_working_committee', '区直机关工委', committee.id);
  const u1Org = await f.org(city.id, 'unit_committee', '省财政厅党委', organs.id);
  const u2Org = await f.org(city.id, 'unit_branch', '金太阳社工中心党支部', organs.id);
  const u1 = await db
    .insertInto('core.unit')
    .values({
      city_id: city.id,
      name: '省财政厅',
      kind: 'organ',
      level: 'province',
      org_id: u1Org.id,
      address: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const u2 = await db
    .insertInto('core.unit')
    .values({
      city_id: city.id,
      name: '金太阳社工中心',
      kind: 'new_social',
      level: 'county',
      org_id: u2Org.id,
      address: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const member = async (
    orgId: number,
    unitId: number | null,
    category: string,
    gridOrg: { id: number; place_id: number | null } | null,
    name: string,
  ) => {
    const m = await f.member(city.id, orgId, { unit_id: unitId, category, name });
    if (gridOrg)
      await db
        .insertInto('core.member_affiliation')
        .values({
          city_id: city.id,
          member_id: m.id,
          kind: 'grid',
          org_id: gridOrg.id,
          place_id: gridOrg.place_id,
          since: '2020-01-01',
          until: null,
          note: null,
        })
        .execute();
    return m;
  };
  const m1 = await member(u1Org.id, u1.id, 'in_service', b1, '林一');
  const m2 = await member(u1Org.id, u1.id, 'in_service', b2, '林二');
  const m3 = await member(u2Org.id, u2.id, 'in_service', b3, '林三');
  const r1 = await member(c1.id, null, 'retired', null, '陈老');
  const studio = await db
    .insertInto('p_gulou_grid_alliance.studio')
    .values({
      city_id: city.id,
      org_id: streetOrg.id,
      name: '东街党代表工作室',
      representatives: JSON.stringify(['王代表']),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await f.user('gl-admin', PASSWORD, [{ role: 'city_admin', cityId: city.id }]);
  await f.user('gl-c1', PASSWORD, [{ role: 'org_admin', cityId: city.id, orgId: c1.id }]);
  await f.user('gl-c2', PASSWORD, [{ role: 'org_admin', cityId: city.id, orgId: c2.id }]);
  await f.user('gl-u1', PASSWORD, [{ role: 'org_admin', cityId: city.id, orgId: u1Org.id }]);
  await f.user('gl-m1', PASSWORD, [{ role: 'member', cityId: city.id }], m1.id);
  await f.user('gl-m2', PASSWORD, [{ role: 'member', cityId: city.id }], m2.id);
  await f.enable(city.id, plugin.id, config);

  const other = await f.city('other', '他市');
  const op = await f.place(other.id, 'community', '他社区');
  const og = await f.place(other.id, 'grid', '他网格', op.id);
  const oc = await f.org(other.id, 'community_committee', '他社区党委', null, op.id);
  const ob = await branch(other.id, oc.id, og.id, '他网格党支部');
  const ou = await f.unit(other.id, '他单位');
  await f.enable(other.id, plugin.id);

  return {
    city,
    places: { street, cp1, cp2, g1, g2, g3, g4 },
    orgs: { committee, street: streetOrg, c1, c2, b1, b2, b3, organs, u1Org, u2Org },
    units: { u1, u2 },
    members: { m1, m2, m3, r1 },
    studioId: studio.id,
    other: { city: other, branch: ob, unit: ou },
  };
}

/** A backend on a movable clock starting 2026-06-15 10:00 Beijing time. */
export async function gulouBackend(
  kind: Parameters<typeof createPluginTestBackend>[1],
  now = '2026-06-15T02:00:00Z',
) {
  const clock = manualClock(now);
  const backend = await createPluginTestBackend(plugin, kind, { clock });
  return { backend, clock };
}

/** Logged-in client for one of the world's users. */
export async function as(backend: PluginTestBackend, username: string, locale: 'zh-CN' | 'en' = 'en') {
  const client = backend.client(locale);
  await client.login(username, PASSWORD);
  const base = backend.base('gl');
  return {
    get: (path: string) => client.get(`${base}${path}`),
    post: (path: string, body?: unknown) => client.post(`${base}${path}`, body),
    put: (path: string, body?: unknown) => client.put(`${base}${path}`, body),
    patch: (path: string, body?: unknown) => client.patch(`${base}${path}`, body),
    delete: (path: string) => client.delete(`${base}${path}`),
    raw: client,
  };
}
