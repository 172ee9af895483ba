import { PASSWORD, type PluginTestBackend } from '@jiceng/plugin-kit/testing';

/**
 * A hand-built county for this plugin's tests:
 *   county committee → town → community A (compounds A1 with building A1-1, A2), community B (compound B1)
 *   county committee → organs working committee (the dual-link office) → unit orgs U1, U2
 * Members: U1 has a (none), b (section_deputy), c (division); U2 has d (none), e (section); plus a retired member r
 * in community A and a flowing member f. One user per role.
 */
export async function fuguWorld(backend: PluginTestBackend, code = 'fg') {
  const f = backend.f;
  const city = await f.city(code, '府谷测试县', 'county');
  const town = await f.place(city.id, 'town', '府谷镇');
  const placeA = await f.place(city.id, 'community', '东路社区', town.id);
  const placeB = await f.place(city.id, 'community', '西路社区', town.id);
  const compoundA1 = await f.place(city.id, 'compound', '凤凰小区', placeA.id);
  const buildingA11 = await f.place(city.id, 'building', '1号楼', compoundA1.id);
  const compoundA2 = await f.place(city.id, 'compound', '锦绣家园', placeA.id);
  const compoundB1 = await f.place(city.id, 'compound', '西城花园', placeB.id);
  const committee = await f.org(city.id, 'city_committee', '中共府谷测试县委');
  const townOrg = await f.org(city.id, 'street_working_committee', '府谷镇党委', committee.id, town.id);
  const communityA = await f.org(city.id, 'community_committee', '东路社区党委', townOrg.id, placeA.id);
  const communityB = await f.org(city.id, 'community_committee', '西路社区党委', townOrg.id, placeB.id);
  const organs = await f.org(city.id, 'organs_working_committee', '县直属机关工委', committee.id);
  const u1Org = await f.org(city.id, 'unit_committee', '县财政局党委', organs.id);
  const u2Org = await f.org(city.id, 'unit_branch', '县教育局党支部', organs.id);
  const u1 = await f.unit(city.id, '县财政局', u1Org.id);
  const u2 = await f.unit(city.id, '县教育局', u2Org.id);
  await backend.db
    .insertInto('core.org_link')
    .values({
      city_id: city.id,
      kind: 'co_building',
      from_org_id: u1Org.id,
      to_org_id: communityA.id,
      since: '2025-01-01',
      note: null,
    })
    .execute();
  const inService = (orgId: number, unitId: number, over: Record<string, unknown>) =>
    f.member(city.id, orgId, { unit_id: unitId, category: 'in_service', ...over });
  const a = await inService(u1Org.id, u1.id, {
    name: '张一',
    residence_place_id: buildingA11.id,
    occupation: '律师',
    skills: '法律咨询',
  });
  const b = await inService(u1Org.id, u1.id, {
    name: '李二',
    residence_place_id: compoundA1.id,
    cadre_rank: 'section_deputy',
    occupation: '医生',
    skills: '医疗卫生',
  });
  const c = await inService(u1Org.id, u1.id, {
    name: '王三',
    residence_place_id: compoundA2.id,
    cadre_rank: 'division',
    occupation: '教师',
  });
  const d = await inService(u2Org.id, u2.id, { name: '赵四', residence_place_id: compoundB1.id });
  const e = await inService(u2Org.id, u2.id, {
    name: '钱五',
    residence_place_id: compoundA2.id,
    cadre_rank: 'section',
  });
  const r = await f.member(city.id, communityA.id, {
    name: '孙六',
    category: 'retired',
    residence_place_id: compoundA1.id,
  });
  const fl = await f.member(city.id, communityA.id, {
    name: '周七',
    category: 'flowing',
    residence_place_id: compoundA2.id,
  });
  const grant = (username: string, orgId: number) =>
    f.user(`${code}-${username}`, PASSWORD, [{ role: 'org_admin', cityId: city.id, orgId }]);
  const users = {
    county: await f.user(`${code}-county`, PASSWORD, [{ role: 'city_admin', cityId: city.id }]),
    communityA: await grant('community-a', communityA.id),
    communityB: await grant('community-b', communityB.id),
    town: await grant('town', townOrg.id),
    unit1: await grant('unit1', u1Org.id),
    unit2: await grant('unit2', u2Org.id),
    office: await grant('office', organs.id),
    memberA: await f.user(`${code}-member-a`, PASSWORD, [{ role: 'member', cityId: city.id }], a.id),
  };
  await f.enable(city.id, 'fugu-dual-link');
  const base = backend.base(code);
  const publicBase = `/api/public/cities/${code}/plugins/fugu-dual-link`;
  async function as(user: keyof typeof users, locale: 'zh-CN' | 'en' = 'en') {
    const client = backend.client(locale);
    await client.login(
      `${code}-${user === 'communityA' ? 'community-a' : user === 'communityB' ? 'community-b' : user === 'memberA' ? 'member-a' : user}`,
      PASSWORD,
    );
    return client;
  }
  return {
    city,
    places: { town, placeA, placeB, compoundA1, buildingA11, compoundA2, compoundB1 },
    orgs: { committee, townOrg, communityA, communityB, organs, u1Org, u2Org },
    units: { u1, u2 },
    members: { a, b, c, d, e, r, fl },
    users,
    base,
    publicBase,
    as,
  };
}

export type FuguWorld = Awaited<ReturnType<typeof fuguWorld>>;
