import { createPluginTestBackend, PASSWORD, type PluginTestBackend } from '@jiceng/plugin-kit/testing';
import plugin from '../index';

/**
 * A hand-built Longyan in miniature, for the API tests:
 *
 *   street S ─ community C1 ─ compounds K1 (building B1), K2
 *            └ community C2 ─ compound K3
 *   committee ─ street org ─ CO1 (C1), CO2 (C2)
 *             └ organs committee ─ UO1 (unit U1), UO2 (unit U2), UO3 (unit U3), UO4 (unit U4)
 *   co-building: UO1 → CO2, UO2 → CO1, UO3 → CO1 and CO2 (two pairs), UO4 unpaired
 *
 *   mA  U1, lives in K1            → reports to CO1 (residence rule, although U1 is paired with CO2)
 *   mB  U1, lives outside           → reports to CO2 (co-building rule)
 *   mC  U2, lives in building B1    → reports to CO1 (residence, through the building)
 *   mD  U2, lives outside           → reports to CO1 (co-building)
 *   mE  U3, lives outside           → two paired communities: must pick
 *   mF  U4, lives outside           → unit not paired: cannot report
 *   mR  retired, lives in K2        → not an in-service member
 *
 * Users (password PASSWORD): ly-admin (city), ly-co1 / ly-co2 (community orgs), ly-street (street org),
 * ly-unit1 / ly-unit2 (unit orgs), ly-a … ly-f (members). A second city `zz` has the plugin too.
 */
export async function longyanWorld(backend: PluginTestBackend) {
  const f = backend.f;
  const city = await f.city('ly', '龙岩测试市');
  await f.enable(city.id, plugin.id);
  const S = await f.place(city.id, 'street', '西城街道');
  const C1 = await f.place(city.id, 'community', '中城社区', S.id);
  const C2 = await f.place(city.id, 'community', '南城社区', S.id);
  const K1 = await f.place(city.id, 'compound', '龙津花园', C1.id);
  const K2 = await f.place(city.id, 'compound', '东肖小区', C1.id);
  const K3 = await f.place(city.id, 'compound', '南城新村', C2.id);
  const B1 = await f.place(city.id, 'building', '1号楼', K1.id);
  const committee = await f.org(city.id, 'city_committee', '中共龙岩测试市委');
  const street = await f.org(city.id, 'street_working_committee', '西城街道党工委', committee.id, S.id);
  const CO1 = await f.org(city.id, 'community_committee', '中城社区党委', street.id, C1.id);
  const CO2 = await f.org(city.id, 'community_committee', '南城社区党委', street.id, C2.id);
  const organs = await f.org(city.id, 'organs_working_committee', '直属机关工委', committee.id);
  const UO1 = await f.org(city.id, 'unit_committee', '财政局党委', organs.id);
  const UO2 = await f.org(city.id, 'unit_branch', '第一医院党支部', organs.id);
  const UO3 = await f.org(city.id, 'unit_branch', '第二中学党支部', organs.id);
  const UO4 = await f.org(city.id, 'unit_branch', '科技公司党支部', organs.id);
  const U1 = await f.unit(city.id, '财政局', UO1.id);
  const U2 = await f.unit(city.id, '第一医院', UO2.id, 'institution');
  const U3 = await f.unit(city.id, '第二中学', UO3.id, 'institution');
  const U4 = await f.unit(city.id, '科技公司', UO4.id, 'enterprise');
  const link = (from: number, to: number) =>
    backend.db
      .insertInto('core.org_link')
      .values({
        city_id: city.id,
        kind: 'co_building',
        from_org_id: from,
        to_org_id: to,
        since: '2017-03-01',
        note: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const L1 = await link(UO1.id, CO2.id);
  const L2 = await link(UO2.id, CO1.id);
  await link(UO3.id, CO1.id);
  await link(UO3.id, CO2.id);
  const mA = await f.member(city.id, UO1.id, { name: '林甲', unit_id: U1.id, residence_place_id: K1.id });
  const mB = await f.member(city.id, UO1.id, { name: '林乙', unit_id: U1.id });
  const mC = await f.member(city.id, UO2.id, { name: '张丙', unit_id: U2.id, residence_place_id: B1.id });
  const mD = await f.member(city.id, UO2.id, { name: '张丁', unit_id: U2.id });
  const mE = await f.member(city.id, UO3.id, { name: '陈戊', unit_id: U3.id });
  const mF = await f.member(city.id, UO4.id, { name: '吴己', unit_id: U4.id });
  const mR = await f.member(city.id, CO1.id, {
    name: '黄庚',
    category: 'retired',
    residence_place_id: K2.id,
  });
  await f.user('ly-admin', PASSWORD, [{ role: 'city_admin', cityId: city.id }]);
  await f.user('ly-co1', PASSWORD, [{ role: 'org_admin', cityId: city.id, orgId: CO1.id }]);
  await f.user('ly-co2', PASSWORD, [{ role: 'org_admin', cityId: city.id, orgId: CO2.id }]);
  await f.user('ly-street', PASSWORD, [{ role: 'org_admin', cityId: city.id, orgId: street.id }]);
  await f.user('ly-unit1', PASSWORD, [{ role: 'org_admin', cityId: city.id, orgId: UO1.id }]);
  await f.user('ly-unit2', PASSWORD, [{ role: 'org_admin', cityId: city.id, orgId: UO2.id }]);
  for (const [u, m] of [
    ['ly-a', mA],
    ['ly-b', mB],
    ['ly-c', mC],
    ['ly-d', mD],
    ['ly-e', mE],
    ['ly-f', mF],
    ['ly-r', mR],
  ] as const)
    await f.user(u, PASSWORD, [{ role: 'member', cityId: city.id }], m.id);

  // Another city with the plugin, to show nothing crosses over.
  const other = await f.city('zz', '其他市');
  await f.enable(other.id, plugin.id);
  const zc = await f.place(other.id, 'community', '其他社区');
  const zCommittee = await f.org(other.id, 'city_committee', '其他市委');
  const zCO = await f.org(other.id, 'community_committee', '其他社区党委', zCommittee.id, zc.id);
  const zM = await f.member(other.id, zCO.id, { name: '外市党员', residence_place_id: zc.id });
  await f.user('zz-admin', PASSWORD, [{ role: 'city_admin', cityId: other.id }]);

  return {
    city,
    places: { S, C1, C2, K1, K2, K3, B1 },
    orgs: { committee, street, CO1, CO2, organs, UO1, UO2, UO3, UO4 },
    units: { U1, U2, U3, U4 },
    links: { L1: L1.id, L2: L2.id },
    members: { mA, mB, mC, mD, mE, mF, mR },
    other: { city: other, community: zCO, member: zM },
  };
}

export type LongyanWorld = Awaited<ReturnType<typeof longyanWorld>>;

/** A backend with the plugin and the world; `as(user)` logs a fresh client in; `url(path)` is under the plugin. */
export async function worldBackend(
  kind: Parameters<typeof createPluginTestBackend>[1],
  now = '2026-06-15T02:00:00Z',
) {
  const backend = await createPluginTestBackend(plugin, kind, { now });
  const world = await longyanWorld(backend);
  const as = async (username: string, locale: 'zh-CN' | 'en' = 'en') => {
    const client = backend.client(locale);
    await client.login(username, PASSWORD);
    return client;
  };
  const url = (path: string, code = 'ly') => `${backend.base(code)}${path}`;
  return { backend, world, as, url };
}

/**
 * A small dataset written straight into the tables, with dates chosen so each indicator has a hand-computable value
 * (the expected numbers are worked out in the tests that use it).
 *
 *   reports 2026: mA→CO1 confirmed, mB→CO2 online, mC→CO1 confirmed, mD→CO1 online (certificate issued); 2025: mE→CO2 confirmed
 *   records: mA confirmed 2026-03-01 2h, mA rejected 2026-03-05 3h, mB rejected 2026-04-01, mC submitted 2026-05-01,
 *            mC confirmed 2025-12-20 2h, mD confirmed 2026-06-01 1.5h
 *   claims: mA post P1 2026-02-15, mA post P2 2025-11-01, mC wish W1 2026-03-10, mA wish W2 2026-04-01, mD pairing N1 2026-04-01,
 *           mA wish W5 2025-10-02
 *   wishes: W1 CO1 2026-03-01 fulfilled 2026-03-20; W2 CO1 2026-03-05 claimed; W3 CO1 2026-04-01 open; W4 CO2 2026-02-01 open;
 *           W5 CO1 2025-10-01 fulfilled 2025-10-20
 *   compound org over K1+K2 formed 2026-02-01 (K3 uncovered); red committee on K1 formed 2026-03-01
 *   projects: L1 2026-02-01→2026-05-01, L1 2026-03-01 open, L2 2026-04-01→2026-06-01, L2 2025-06-01→2025-09-01
 */
export async function handDataset(backend: PluginTestBackend, world: LongyanWorld) {
  const db = backend.db as any;
  const S = 'p_longyan_return_home';
  const city_id = world.city.id;
  const { mA, mB, mC, mD, mE } = world.members;
  const { CO1, CO2, UO1, UO2, UO3 } = world.orgs;
  const report = (
    member_id: number,
    period: string,
    community_org_id: number,
    issuer_org_id: number,
    reported: string,
    confirmed: string | null,
    cert: boolean,
  ) => ({
    city_id,
    member_id,
    period,
    community_org_id,
    issuer_org_id,
    rule: 'residence',
    status: confirmed ? 'confirmed' : 'online',
    reported_at: `${reported}T10:00:00+08:00`,
    certificate_no: cert || confirmed ? `T${member_id}${period}` : null,
    confirmed_at: confirmed ? `${confirmed}T10:00:00+08:00` : null,
  });
  await db
    .insertInto(`${S}.report`)
    .values([
      report(mA.id, '2026', CO1.id, UO1.id, '2026-02-01', '2026-02-10', true),
      report(mB.id, '2026', CO2.id, UO1.id, '2026-03-01', null, false),
      report(mC.id, '2026', CO1.id, UO2.id, '2026-01-15', '2026-04-02', true),
      report(mD.id, '2026', CO1.id, UO2.id, '2026-05-20', null, true),
      report(mE.id, '2025', CO2.id, UO3.id, '2025-05-01', '2025-05-03', true),
    ])
    .execute();
  const post = (title: string) => ({
    city_id,
    community_org_id: CO1.id,
    title,
    mode: 'fixed',
    published_on: '2025-10-01',
  });
  const [P1, P2] = await db
    .insertInto(`${S}.service_post`)
    .values([post('楼道清洁岗'), post('政策宣传员')])
    .returning('id')
    .execute();
  const wish = (
    community_org_id: number,
    collected_on: string,
    status: string,
    fulfilled_on: string | null,
  ) => ({
    city_id,
    community_org_id,
    beneficiary: '王阿姨',
    content: '一件冬衣',
    collected_on,
    status,
    fulfilled_on,
  });
  const [W1, W2, , , W5] = await db
    .insertInto(`${S}.wish`)
    .values([
      wish(CO1.id, '2026-03-01', 'fulfilled', '2026-03-20'),
      wish(CO1.id, '2026-03-05', 'claimed', null),
      wish(CO1.id, '2026-04-01', 'open', null),
      wish(CO2.id, '2026-02-01', 'open', null),
      wish(CO1.id, '2025-10-01', 'fulfilled', '2025-10-20'),
    ])
    .returning('id')
    .execute();
  const [N1] = await db
    .insertInto(`${S}.pairing_need`)
    .values({
      city_id,
      community_org_id: CO1.id,
      beneficiary: '李大爷',
      need: '日常照料',
      collected_on: '2026-03-01',
      status: 'paired',
    })
    .returning('id')
    .execute();
  const claim = (member_id: number, kind: string, target: Record<string, number>, day: string) => ({
    city_id,
    member_id,
    kind,
    community_org_id: CO1.id,
    claimed_at: `${day}T09:00:00+08:00`,
    ...target,
  });
  await db
    .insertInto(`${S}.claim`)
    .values([
      claim(mA.id, 'post', { post_id: P1.id }, '2026-02-15'),
      claim(mA.id, 'post', { post_id: P2.id }, '2025-11-01'),
      claim(mC.id, 'wish', { wish_id: W1.id }, '2026-03-10'),
      claim(mA.id, 'wish', { wish_id: W2.id }, '2026-04-01'),
      claim(mD.id, 'pairing', { pairing_id: N1.id }, '2026-04-01'),
      claim(mA.id, 'wish', { wish_id: W5.id }, '2025-10-02'),
    ])
    .execute();
  const record = (
    member_id: number,
    community_org_id: number,
    served_on: string,
    hours: number,
    status: string,
  ) => ({
    city_id,
    member_id,
    community_org_id,
    served_on,
    hours,
    content: '服务',
    beneficiary: '居民',
    status,
    submitted_at: `${served_on}T20:00:00+08:00`,
    reviewed_at: status === 'submitted' ? null : `${served_on}T21:00:00+08:00`,
    verified_with: status === 'confirmed' ? '居民' : null,
  });
  await db
    .insertInto(`${S}.service_record`)
    .values([
      record(mA.id, CO1.id, '2026-03-01', 2, 'confirmed'),
      record(mA.id, CO1.id, '2026-03-05', 3, 'rejected'),
      record(mB.id, CO2.id, '2026-04-01', 1, 'rejected'),
      record(mC.id, CO1.id, '2026-05-01', 2, 'submitted'),
      record(mC.id, CO1.id, '2025-12-20', 2, 'confirmed'),
      record(mD.id, CO1.id, '2026-06-01', 1.5, 'confirmed'),
    ])
    .execute();
  const org = await backend.f.org(
    city_id,
    'compound_joint_branch',
    '龙津花园、东肖小区联合党支部',
    CO1.id,
    world.places.K1.id,
  );
  await db
    .insertInto(`${S}.compound_org`)
    .values({ city_id, org_id: org.id, community_org_id: CO1.id, formed_on: '2026-02-01' })
    .execute();
  await db
    .insertInto(`${S}.compound_coverage`)
    .values([
      { city_id, compound_place_id: world.places.K1.id, org_id: org.id },
      { city_id, compound_place_id: world.places.K2.id, org_id: org.id },
    ])
    .execute();
  await db
    .insertInto(`${S}.red_committee`)
    .values({
      city_id,
      compound_place_id: world.places.K1.id,
      compound_org_id: org.id,
      name: '龙津花园业主委员会',
      formed_on: '2026-03-01',
    })
    .execute();
  const project = (link_id: number, started_on: string, completed_on: string | null) => ({
    city_id,
    link_id,
    title: '共建项目',
    category: 'venue',
    started_on,
    completed_on,
  });
  await db
    .insertInto(`${S}.co_building_project`)
    .values([
      project(world.links.L1, '2026-02-01', '2026-05-01'),
      project(world.links.L1, '2026-03-01', null),
      project(world.links.L2, '2026-04-01', '2026-06-01'),
      project(world.links.L2, '2025-06-01', '2025-09-01'),
    ])
    .execute();
  return { compoundOrgId: org.id };
}
