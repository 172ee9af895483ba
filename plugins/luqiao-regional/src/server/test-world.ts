import { PASSWORD, type PluginTestBackend } from '@jiceng/plugin-kit/testing';

/**
 * A small hand-built district for the tests (not a test file itself):
 *
 *   区委 ─ 路北街道党工委 (townA) ─ 富仁社区党委 (commA1Org) , 银泰商贸党支部 (e1Org) , 路北中学党支部 (schoolOrg)
 *        ├ 路南街道党工委 (townB) ─ 远洋机械党支部 (farOrg)
 *        └ 机关工委 (organs) ─ 恒达科技党支部 (e2Org) , 区市场监管局党委 (govOrg) ─ 第一党支部 (govBranch)
 *
 * Units: 银泰商贸 (enterprise, e1Org), 恒达科技 (new_economic, e2Org), 区市场监管局 (organ, govOrg),
 * 路北中学 (institution, schoolOrg), 老街茶庄 and 明华眼镜店 (no org), 远洋机械 (enterprise in town B).
 */
export async function luqiaoWorld(
  backend: PluginTestBackend,
  pluginId: string,
  config: Record<string, unknown> = {},
) {
  const f = backend.f;
  const city = await f.city('lq', '路桥区', 'district');
  const townAPlace = await f.place(city.id, 'street', '路北街道');
  const townBPlace = await f.place(city.id, 'street', '路南街道');
  const commA1 = await f.place(city.id, 'community', '富仁社区', townAPlace.id);
  const commA2 = await f.place(city.id, 'community', '中山社区', townAPlace.id);
  const commB1 = await f.place(city.id, 'community', '方林社区', townBPlace.id);
  const committee = await f.org(city.id, 'city_committee', '中共路桥区委');
  const townA = await f.org(
    city.id,
    'street_working_committee',
    '路北街道党工委',
    committee.id,
    townAPlace.id,
  );
  const townB = await f.org(
    city.id,
    'street_working_committee',
    '路南街道党工委',
    committee.id,
    townBPlace.id,
  );
  const organs = await f.org(city.id, 'organs_working_committee', '区直属机关工委', committee.id);
  const commA1Org = await f.org(city.id, 'community_committee', '富仁社区党委', townA.id, commA1.id);
  const commA2Org = await f.org(city.id, 'community_committee', '中山社区党委', townA.id, commA2.id);
  const commB1Org = await f.org(city.id, 'community_committee', '方林社区党委', townB.id, commB1.id);
  const e1Org = await f.org(city.id, 'unit_branch', '银泰商贸有限公司党支部', townA.id);
  const e2Org = await f.org(city.id, 'unit_branch', '恒达科技有限公司党支部', organs.id);
  const govOrg = await f.org(city.id, 'unit_committee', '区市场监督管理局党委', organs.id);
  const govBranch = await f.org(city.id, 'unit_branch', '区市场监督管理局第一党支部', govOrg.id);
  const schoolOrg = await f.org(city.id, 'unit_branch', '路北中学党支部', townA.id);
  const farOrg = await f.org(city.id, 'unit_branch', '远洋机械有限公司党支部', townB.id);
  const e1 = await f.unit(city.id, '银泰商贸有限公司', e1Org.id, 'enterprise');
  const e2 = await f.unit(city.id, '恒达科技有限公司', e2Org.id, 'new_economic');
  const gov = await f.unit(city.id, '区市场监督管理局', govOrg.id, 'organ');
  const school = await f.unit(city.id, '路北中学', schoolOrg.id, 'institution');
  const shop1 = await f.unit(city.id, '老街茶庄', null, 'new_economic');
  const shop2 = await f.unit(city.id, '明华眼镜店', null, 'new_economic');
  const far = await f.unit(city.id, '远洋机械有限公司', farOrg.id, 'enterprise');
  const m = {
    e1a: await f.member(city.id, e1Org.id, { name: '张三', unit_id: e1.id }),
    e1b: await f.member(city.id, e1Org.id, { name: '李四', unit_id: e1.id }),
    e2a: await f.member(city.id, e2Org.id, { name: '王五', unit_id: e2.id }),
    gov: await f.member(city.id, govOrg.id, { name: '赵六', unit_id: gov.id }),
    shop1a: await f.member(city.id, commA1Org.id, { name: '钱七', unit_id: shop1.id }),
    shop1b: await f.member(city.id, commA1Org.id, { name: '孙八', unit_id: shop1.id }),
    flowing: await f.member(city.id, commA1Org.id, { name: '周九', category: 'flowing' }),
    far: await f.member(city.id, farOrg.id, { name: '吴十', unit_id: far.id }),
    retired: await f.member(city.id, commA1Org.id, { name: '郑老', category: 'retired' }),
  };
  await f.user('lq-admin', PASSWORD, [{ role: 'city_admin', cityId: city.id }]);
  await f.user('lq-town-a', PASSWORD, [{ role: 'org_admin', cityId: city.id, orgId: townA.id }]);
  await f.user('lq-town-b', PASSWORD, [{ role: 'org_admin', cityId: city.id, orgId: townB.id }]);
  await f.user('lq-member', PASSWORD, [{ role: 'member', cityId: city.id }], m.shop1b.id);
  await f.enable(city.id, pluginId, config);
  const login = async (username: string, locale: 'zh-CN' | 'en' = 'en') => {
    const client = backend.client(locale);
    await client.login(username, PASSWORD);
    return client;
  };
  return {
    city,
    places: { townAPlace, townBPlace, commA1, commA2, commB1 },
    orgs: {
      committee,
      townA,
      townB,
      organs,
      commA1Org,
      commA2Org,
      commB1Org,
      e1Org,
      e2Org,
      govOrg,
      govBranch,
      schoolOrg,
      farOrg,
    },
    units: { e1, e2, gov, school, shop1, shop2, far },
    m,
    login,
    base: backend.base('lq'),
  };
}

export type LuqiaoWorld = Awaited<ReturnType<typeof luqiaoWorld>>;

/** Draws a region through the API as the city admin and returns its view. */
export async function drawRegion(
  w: LuqiaoWorld,
  client: Awaited<ReturnType<LuqiaoWorld['login']>>,
  body: Record<string, unknown>,
) {
  const r = await client.post(`${w.base}/regions`, {
    kind: 'business_district',
    townOrgId: w.orgs.townA.id,
    ...body,
  });
  if (r.status !== 201) throw new Error(`region not created: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as { id: number; regionalOrgId: number; centreOrgId: number; name: string };
}
