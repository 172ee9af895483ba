import { fakerZH_CN as faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password';
import type { CadreRank, CoreDatabase, MemberCategory } from '../db/schema';
import { idNumberCheckChar } from '../members/id-number';
import { insertBatches } from './bulk';
import { intBetween, pick, spread, weighted } from './random';

export interface CitySpec {
  code: string;
  nameZh: string;
  nameEn: string;
  level: 'city' | 'district' | 'county';
  province: string;
  /** 行政区划代码 prefix for generated ID numbers, e.g. '3508' for 龙岩. */
  areaCode: string;
  committeeName: string;
  streets: number;
  communities: number;
  /** Compounds (小区) spread over the communities. */
  compounds: number;
  /** Buildings (楼栋) per compound, for the first `buildingCompounds` compounds only (keeps the demo small). */
  buildingsPerCompound?: [number, number];
  buildingCompounds?: number;
  /** Grids (网格) spread over the communities. */
  grids?: number;
  units: number;
  /** Weights of unit kinds; organs-heavy by default. */
  unitKinds?: Partial<Record<'organ' | 'institution' | 'enterprise' | 'new_economic' | 'new_social', number>>;
  members: Partial<Record<MemberCategory, number>>;
  /** Share of in-service members living inside some community (the rest live outside any). */
  livesInCommunityShare?: number;
  /**
   * Place attributes of communities (a model's words, e.g. its types of community): weights of the values by
   * attribute key, one value drawn per community.
   */
  communityAttributes?: Record<string, Record<string, number>>;
  /** Plugins to enable for this city. */
  plugins: string[];
}

export interface SeededCity {
  cityId: number;
  committeeOrgId: number;
  streetPlaceIds: number[];
  communityPlaceIds: number[];
  communityOrgIds: number[];
  compoundPlaceIds: number[];
  gridPlaceIds: number[];
  unitIds: number[];
  unitOrgIds: number[];
  users: { username: string; role: string; password: string }[];
}

export type SeedProgress = (step: string, done: number, total: number) => void;

const SYLLABLES =
  '东西南北中新华龙凤和平安康兴福美金翠阳光明春秋溪湖山水林园江河泉石桥湾岭坊松竹梅兰锦绣丰盛嘉怡'.split('');
const COMPOUND_SUFFIX = ['小区', '花园', '苑', '家园', '新村', '公寓', '雅居', '名城'];
const UNIT_SUFFIX: Record<string, string[]> = {
  organ: ['局', '委员会', '办公室', '中心'],
  institution: ['医院', '中学', '小学', '研究所', '图书馆'],
  enterprise: ['有限公司', '集团', '股份有限公司'],
  new_economic: ['科技有限公司', '商贸有限公司', '电子商务公司'],
  new_social: ['协会', '商会', '社会工作服务中心', '基金会'],
};
const UNIT_PREFIX = ['市', '区', '县'];
const ORGAN_NAMES = [
  '财政',
  '教育',
  '民政',
  '卫生健康',
  '住房和城乡建设',
  '交通运输',
  '农业农村',
  '商务',
  '文化和旅游',
  '自然资源',
  '生态环境',
  '应急管理',
  '市场监督管理',
  '统计',
  '医疗保障',
  '人力资源和社会保障',
  '司法',
  '发展和改革',
  '工业和信息化',
  '水利',
];

export const DEMO_PASSWORD = 'jiceng-demo';

/** Unique, check-summed ID numbers within one seeding run. */
function idNumbers(areaCode: string, random: () => number) {
  const used = new Set<string>();
  return (birth: string) => {
    for (;;) {
      const seq = String(intBetween(random, 0, 999)).padStart(3, '0');
      const first17 = `${areaCode}${String(intBetween(random, 1, 99)).padStart(2, '0')}${birth.replace(/-/g, '')}${seq}`;
      const id = first17 + idNumberCheckChar(first17);
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
}

function uniqueNames(random: () => number) {
  const used = new Set<string>();
  return (suffix: string) => {
    for (let n = 0; ; n++) {
      const base = pick(random, SYLLABLES) + pick(random, SYLLABLES);
      const name = n > 20 ? `${base}${n}${suffix}` : `${base}${suffix}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

/** The city's core structure: places, orgs, units, members, co-building pairs, demo users and plugin enablement. */
export async function seedCity(
  db: Kysely<CoreDatabase>,
  spec: CitySpec,
  options: { random: () => number; progress?: SeedProgress; pluginVersions?: Record<string, string> },
): Promise<SeededCity> {
  const { random } = options;
  const progress = options.progress ?? (() => {});
  faker.seed(Math.floor(random() * 1e9));
  const city = await db
    .insertInto('core.city')
    .values({
      code: spec.code,
      name_zh: spec.nameZh,
      name_en: spec.nameEn,
      level: spec.level,
      province: spec.province,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const cityId = city.id;
  const name = uniqueNames(random);

  // Places: 街道 → 社区 → 小区 → 楼栋, and 网格 over communities.
  progress('places', 0, 1);
  const streetKind = spec.level === 'county' ? 'town' : 'street';
  const streetPlaceIds = await insertBatches(
    db,
    'core.place',
    Array.from({ length: spec.streets }, () => ({
      city_id: cityId,
      parent_id: null,
      kind: streetKind,
      name: name(spec.level === 'county' ? '镇' : '街道'),
    })),
  );
  const communityStreet: number[] = [];
  spread(spec.communities, spec.streets).forEach((n, i) => {
    for (let k = 0; k < n; k++) communityStreet.push(streetPlaceIds[i]!);
  });
  // One draw per community and attribute, with the name; without attributes the draw is still taken, so every
  // demo city's names and members stay those of earlier releases.
  const attributeWeights = Object.entries(spec.communityAttributes ?? {});
  const drawn: Record<string, string>[] = [];
  const communityPlaceIds = await insertBatches(
    db,
    'core.place',
    communityStreet.map((streetId) => {
      const row = { city_id: cityId, parent_id: streetId, kind: 'community', name: name('社区') };
      if (attributeWeights.length)
        drawn.push(Object.fromEntries(attributeWeights.map(([key, w]) => [key, weighted(random, w)])));
      else random();
      return row;
    }),
  );
  const attributeRows = drawn.flatMap((values, i) =>
    Object.entries(values).map(([key, value]) => ({
      city_id: cityId,
      place_id: communityPlaceIds[i]!,
      key,
      value,
    })),
  );
  for (let i = 0; i < attributeRows.length; i += 5000)
    await db
      .insertInto('core.place_attribute')
      .values(attributeRows.slice(i, i + 5000))
      .execute();
  const compoundCommunity: number[] = [];
  spread(spec.compounds, spec.communities).forEach((n, i) => {
    for (let k = 0; k < n; k++) compoundCommunity.push(communityPlaceIds[i]!);
  });
  const compoundPlaceIds = await insertBatches(
    db,
    'core.place',
    compoundCommunity.map((communityId) => ({
      city_id: cityId,
      parent_id: communityId,
      kind: 'compound',
      name: name(pick(random, COMPOUND_SUFFIX)),
    })),
    (d, t) => progress('compounds', d, t),
  );
  if (spec.buildingsPerCompound) {
    const [min, max] = spec.buildingsPerCompound;
    const rows = compoundPlaceIds
      .slice(0, spec.buildingCompounds ?? compoundPlaceIds.length)
      .flatMap((compoundId) =>
        Array.from({ length: intBetween(random, min, max) }, (_, i) => ({
          city_id: cityId,
          parent_id: compoundId,
          kind: 'building',
          name: `${i + 1}号楼`,
        })),
      );
    await insertBatches(db, 'core.place', rows, (d, t) => progress('buildings', d, t));
  }
  let gridPlaceIds: number[] = [];
  if (spec.grids) {
    const rows: { city_id: number; parent_id: number; kind: string; name: string }[] = [];
    spread(spec.grids, spec.communities).forEach((n, i) => {
      for (let k = 0; k < n; k++)
        rows.push({
          city_id: cityId,
          parent_id: communityPlaceIds[i]!,
          kind: 'grid',
          name: `第${k + 1}网格`,
        });
    });
    gridPlaceIds = await insertBatches(db, 'core.place', rows, (d, t) => progress('grids', d, t));
  }

  // Orgs mirror the places down to communities; compound and grid orgs are the models' own (their plugins seed them).
  progress('orgs', 0, 1);
  const committee = await db
    .insertInto('core.org')
    .values({
      city_id: cityId,
      parent_id: null,
      kind: 'city_committee',
      name: spec.committeeName,
      place_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const placeName = new Map<number, string>();
  for (const p of await db
    .selectFrom('core.place')
    .select(['id', 'name'])
    .where('city_id', '=', cityId)
    .where('kind', 'in', ['street', 'town', 'community'])
    .execute())
    placeName.set(p.id, p.name);
  const streetOrgIds = await insertBatches(
    db,
    'core.org',
    streetPlaceIds.map((placeId) => ({
      city_id: cityId,
      parent_id: committee.id,
      kind: 'street_working_committee',
      name: `${placeName.get(placeId)}党工委`,
      place_id: placeId,
    })),
  );
  const streetOrgOf = new Map(streetPlaceIds.map((p, i) => [p, streetOrgIds[i]!]));
  const communityOrgIds = await insertBatches(
    db,
    'core.org',
    communityPlaceIds.map((placeId, i) => ({
      city_id: cityId,
      parent_id: streetOrgOf.get(communityStreet[i]!)!,
      kind: 'community_committee',
      name: `${placeName.get(placeId)}党委`,
      place_id: placeId,
    })),
  );

  // Units, each with its own party org under the organs working committee (机关工委) or the two-new committee.
  progress('units', 0, spec.units);
  const organs = await db
    .insertInto('core.org')
    .values({
      city_id: cityId,
      parent_id: committee.id,
      kind: 'organs_working_committee',
      name: `${spec.nameZh}直属机关工委`,
      place_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const unitKinds = Array.from(
    { length: spec.units },
    () =>
      weighted(
        random,
        (spec.unitKinds ?? {
          organ: 5,
          institution: 3,
          enterprise: 2,
          new_economic: 1,
          new_social: 1,
        }) as Record<string, number>,
      ) as 'organ' | 'institution' | 'enterprise' | 'new_economic' | 'new_social',
  );
  const unitNames = unitKinds.map((kind, i) => {
    if (kind === 'organ')
      return `${spec.nameZh.replace(/市|区|县$/, '')}${pick(random, UNIT_PREFIX)}${ORGAN_NAMES[i % ORGAN_NAMES.length]}${pick(random, UNIT_SUFFIX.organ!)}${i >= ORGAN_NAMES.length ? i : ''}`;
    return `${name('')}${pick(random, UNIT_SUFFIX[kind]!)}`;
  });
  const unitOrgIds = await insertBatches(
    db,
    'core.org',
    unitNames.map((n, i) => ({
      city_id: cityId,
      parent_id: organs.id,
      kind: unitKinds[i] === 'organ' ? 'unit_committee' : 'unit_branch',
      name: `${n}党${unitKinds[i] === 'organ' ? '委' : '支部'}`,
      place_id: null,
    })),
  );
  const unitIds = await insertBatches(
    db,
    'core.unit',
    unitNames.map((n, i) => ({
      city_id: cityId,
      name: n,
      kind: unitKinds[i]!,
      level: unitKinds[i] === 'organ' ? pick(random, ['city', 'county', 'province'] as const) : 'county',
      org_id: unitOrgIds[i]!,
      address: null,
    })),
  );
  // 结对共建: every unit's org is paired with a community org, so members living outside communities have a target.
  await insertBatches(
    db,
    'core.org_link',
    unitOrgIds.map((orgId, i) => ({
      city_id: cityId,
      kind: 'co_building',
      from_org_id: orgId,
      to_org_id: communityOrgIds[i % communityOrgIds.length]!,
      since: '2017-03-01',
      note: null,
    })),
  );

  // Members.
  const idNumber = idNumbers(spec.areaCode, random);
  const communityOrgOfPlace = new Map(communityPlaceIds.map((p, i) => [p, communityOrgIds[i]!]));
  const communityOfCompound = new Map(compoundPlaceIds.map((p, i) => [p, compoundCommunity[i]!]));
  const livesInside = spec.livesInCommunityShare ?? 0.93;
  const rows: Record<string, unknown>[] = [];
  for (const [category, count] of Object.entries(spec.members) as [MemberCategory, number][]) {
    for (let i = 0; i < count; i++) {
      const gender = random() < 0.62 ? 'male' : 'female';
      const age = category === 'retired' ? intBetween(random, 60, 85) : intBetween(random, 24, 59);
      const birth = `${2026 - age}-${String(intBetween(random, 1, 12)).padStart(2, '0')}-${String(intBetween(random, 1, 28)).padStart(2, '0')}`;
      const compound = compoundPlaceIds.length ? pick(random, compoundPlaceIds) : null;
      const unitIndex = Math.floor(random() * unitIds.length);
      const inService = category === 'in_service';
      const residence = inService ? (random() < livesInside ? compound : null) : compound;
      const cadre: CadreRank = inService
        ? weighted(random, {
            none: 820,
            section_deputy: 90,
            section: 60,
            division_deputy: 18,
            division: 10,
            bureau_deputy: 1.5,
            bureau: 0.5,
          })
        : 'none';
      rows.push({
        city_id: cityId,
        name: faker.person.lastName() + faker.person.firstName(gender),
        gender,
        id_number: idNumber(birth),
        phone: `1${pick(random, ['3', '5', '7', '8', '9'])}${String(intBetween(random, 0, 999_999_999)).padStart(9, '0')}`,
        birth_date: birth,
        category,
        cadre_rank: cadre,
        org_id: inService
          ? unitOrgIds[unitIndex]!
          : (communityOrgOfPlace.get(communityOfCompound.get(compound!)!) ?? committee.id),
        unit_id: inService ? unitIds[unitIndex]! : null,
        residence_place_id: residence,
        joined_party_on: `${Math.min(2025, 2026 - age + intBetween(random, 20, 35))}-07-01`,
        occupation: inService
          ? pick(random, ['公务员', '教师', '医生', '工程师', '会计', '律师', '管理人员', '技术员'])
          : null,
        skills:
          random() < 0.5
            ? pick(random, [
                '政策宣传',
                '法律咨询',
                '医疗卫生',
                '文化教育',
                '治安稳定',
                '纠纷调解',
                '志愿服务',
              ])
            : null,
      });
    }
  }
  await insertBatches(db, 'core.member', rows, (d, t) => progress('members', d, t));

  // Demo accounts: one per role.
  progress('users', 0, 1);
  const firstMember = await db
    .selectFrom('core.member')
    .select(['id'])
    .where('city_id', '=', cityId)
    .where('category', '=', 'in_service')
    .orderBy('id')
    .executeTakeFirst();
  const hash = await hashPassword(DEMO_PASSWORD);
  const users = [
    {
      username: `${spec.code}-admin`,
      role: 'city_admin' as const,
      orgId: null,
      memberId: null,
      display: `${spec.nameZh}组织部管理员`,
    },
    {
      username: `${spec.code}-community`,
      role: 'org_admin' as const,
      orgId: communityOrgIds[0]!,
      memberId: null,
      display: `${placeName.get(communityPlaceIds[0]!)}书记`,
    },
    {
      username: `${spec.code}-member`,
      role: 'member' as const,
      orgId: null,
      memberId: firstMember?.id ?? null,
      display: `${spec.nameZh}党员`,
    },
  ];
  for (const u of users) {
    const user = await db
      .insertInto('core.app_user')
      .values({
        username: u.username,
        password_hash: hash,
        display_name: u.display,
        city_id: cityId,
        member_id: u.memberId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('core.role_grant')
      .values({ user_id: user.id, role: u.role, city_id: cityId, org_id: u.orgId, granted_by: null })
      .execute();
  }
  for (const pluginId of spec.plugins) {
    await db
      .insertInto('core.city_plugin')
      .values({
        city_id: cityId,
        plugin_id: pluginId,
        enabled: true,
        config: '{}',
        version: options.pluginVersions?.[pluginId] ?? '0.0.0',
      })
      .execute();
  }
  return {
    cityId,
    committeeOrgId: committee.id,
    streetPlaceIds,
    communityPlaceIds,
    communityOrgIds,
    compoundPlaceIds,
    gridPlaceIds,
    unitIds,
    unitOrgIds,
    users: users.map((u) => ({ username: u.username, role: u.role, password: DEMO_PASSWORD })),
  };
}

/** The platform administrator, created once. */
export async function seedPlatformAdmin(
  db: Kysely<CoreDatabase>,
  username = 'admin',
  password = DEMO_PASSWORD,
) {
  const existing = await db
    .selectFrom('core.app_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst();
  if (existing) return existing.id;
  const user = await db
    .insertInto('core.app_user')
    .values({
      username,
      password_hash: await hashPassword(password),
      display_name: '平台管理员',
      city_id: null,
      member_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('core.role_grant')
    .values({ user_id: user.id, role: 'platform_admin', city_id: null, org_id: null, granted_by: null })
    .execute();
  return user.id;
}

/** A tiny city for contract tests and plugin unit tests. */
export function smallCitySpec(code: string, plugins: string[]): CitySpec {
  return {
    code,
    nameZh: `${code}市`,
    nameEn: code,
    level: 'city',
    province: '测试省',
    areaCode: '3508',
    committeeName: `中共${code}市委`,
    streets: 2,
    communities: 4,
    compounds: 12,
    buildingsPerCompound: [1, 3],
    grids: 8,
    units: 6,
    members: { in_service: 60, retired: 10, resident: 10, flowing: 4 },
    plugins,
  };
}
