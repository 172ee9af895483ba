import {
  idNumberCheckChar,
  insertBatches,
  intBetween,
  type PluginContext,
  type PluginSeedInput,
  pick,
  toLocalDate,
  withForeignKeysCheckedAfter,
} from '@jiceng/plugin-kit';
import { type Config, DEFAULT_STANDARDS } from '../manifest';
import { BASIC_SERVICES, ORG_KINDS, type RegionKind } from '../shared/model';
import { addDays, addMonths, T } from './common';
import type { LuqiaoTables } from './db';
import { countBallots } from './democracy/count';

/**
 * Demo data for Luqiao at the published scale (source 004 piece 3): regions drawn in the streets with their
 * 1+N+1 structure, the CBD's 127 registered members and 40 shops that 亮牌, the 方林汽车城 auto-trade
 * district with its co-building council and 30-odd flowing members, 83 service centres and stations over
 * three levels with their visit records, the CBD's direct election (1 secretary + 5 members), monthly
 * reception days and 丰城市焦坑乡驻台州流动党支部. Rates come out of the records; none is stored.
 */

interface RegionSpec {
  name: string;
  kind: RegionKind;
  street: number;
  /** Existing units with their own org to take in (not organs / institutions). */
  orgUnits: number;
  /** Organs / institutions in the area (their orgs stay where they are). */
  stayingUnits: number;
  /** New units without an org (shops, dealerships) and the members working there. */
  noOrgUnits: number;
  noOrgMembers: number;
  /** New flowing members working in the no-org units. */
  flowing: number;
  /** Exactly this many members working in the region (fills noOrgMembers to reach it). */
  exactWorking?: number;
  registerShare: number;
  shops: number;
  /** Months before today it was set up. */
  age: number;
  communities: number;
  centreName?: string;
  stations: number;
}

const WORDS =
  '东西南北中新华龙凤和平安康兴福美金翠阳光明春秋溪湖山水林园江河泉石桥湾岭坊松竹梅兰锦绣丰盛嘉怡'.split('');
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤'.split(
    '',
  );
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅海燕鹏飞宇浩然晨阳子涵欣怡思远嘉豪梓萱雨轩俊杰佳琪文博'.split(
    '',
  );
const SHOP_SUFFIX = [
  '商行',
  '服饰店',
  '茶庄',
  '眼镜店',
  '副食店',
  '五金店',
  '通讯店',
  '餐饮店',
  '药店',
  '家电行',
];
const DEALER_BRANDS = [
  '大众',
  '丰田',
  '本田',
  '别克',
  '奥迪',
  '宝马',
  '奔驰',
  '日产',
  '现代',
  '福特',
  '吉利',
  '长安',
  '比亚迪',
  '哈弗',
  '雪佛兰',
  '马自达',
  '起亚',
  '荣威',
];
const OCCUPATIONS = ['个体经营户', '销售顾问', '维修技师', '企业管理人员', '技术员', '财务人员', '店长'];

function demoRegions(scale: 'demo' | 'small', streets: number): RegionSpec[] {
  if (scale === 'small')
    return [
      {
        name: '示范商务区',
        kind: 'business_district',
        street: 0,
        orgUnits: 3,
        stayingUnits: 1,
        noOrgUnits: 3,
        noOrgMembers: 6,
        flowing: 2,
        registerShare: 0.85,
        shops: 2,
        age: 10,
        communities: 1,
        stations: 1,
      },
    ];
  const generic: [string, RegionKind][] = [
    ['工业集聚区', 'industrial_cluster'],
    ['商贸区', 'business_district'],
    ['工业集聚区', 'industrial_cluster'],
    ['专业市场区', 'market'],
    ['商务区', 'business_district'],
    ['工业集聚区', 'industrial_cluster'],
    ['专业市场区', 'market'],
    ['商贸区', 'business_district'],
  ];
  const regions: RegionSpec[] = [
    // 中央商务区联合党委: 127 members all registered, 40 shop-owner members 亮牌.
    {
      name: '中央商务区',
      kind: 'business_district',
      street: 0,
      orgUnits: 5,
      stayingUnits: 1,
      noOrgUnits: 40,
      noOrgMembers: 0,
      flowing: 6,
      exactWorking: 127,
      registerShare: 1,
      shops: 40,
      age: 20,
      communities: 2,
      centreName: '中央商务区党员服务中心',
      stations: 5,
    },
    // 方林汽车城: 50-odd dealerships, 30-odd flowing members found a "home" at the 4S centre.
    {
      name: '方林汽车城汽贸区',
      kind: 'auto_trade',
      street: 1 % streets,
      orgUnits: 4,
      stayingUnits: 0,
      noOrgUnits: 52,
      noOrgMembers: 10,
      flowing: 34,
      registerShare: 0.93,
      shops: 0,
      age: 19,
      communities: 1,
      centreName: '方林汽车4S党员服务中心',
      stations: 5,
    },
    // 古街区域联合党委: the night-market stalls.
    {
      name: '古街区域',
      kind: 'commercial_street',
      street: 2 % streets,
      orgUnits: 4,
      stayingUnits: 1,
      noOrgUnits: 18,
      noOrgMembers: 22,
      flowing: 8,
      registerShare: 0.9,
      shops: 12,
      age: 18,
      communities: 1,
      stations: 5,
    },
  ];
  for (let i = 0; i < 9; i++) {
    const street = (i + 3) % streets;
    const [suffix, kind] = generic[i % generic.length]!;
    regions.push({
      name: `{street}${suffix}${i >= streets - 3 ? '二区' : ''}`,
      kind,
      street,
      orgUnits: 6 + (i % 4) * 2,
      stayingUnits: i % 3 === 0 ? 1 : 0,
      noOrgUnits: 4 + (i % 5),
      noOrgMembers: 6 + (i % 4) * 3,
      // The first generic cluster hosts 丰城市焦坑乡驻台州流动党支部.
      flowing: i === 0 ? 16 : 3 + (i % 3) * 4,
      registerShare: 0.78 + (i % 5) * 0.04,
      shops: kind === 'market' || kind === 'business_district' ? 6 : 0,
      age: 16 - (i % 6),
      communities: 1,
      stations: 5,
    });
  }
  return regions;
}

export async function seed(ctx: PluginContext<Config, LuqiaoTables>, input: PluginSeedInput) {
  const db = ctx.db;
  const { cityId, random, progress, scale } = input;
  const today = toLocalDate(ctx.clock.now());
  const rand = (min: number, max: number) => intBetween(random, min, max);
  const chance = (p: number) => random() < p;
  const personName = () =>
    pick(random, SURNAMES) + pick(random, GIVEN) + (chance(0.6) ? pick(random, GIVEN) : '');
  const dateBetween = (from: string, to: string) => {
    const a = Date.parse(from);
    const b = Date.parse(to);
    return new Date(a + Math.floor(random() * Math.max(0, b - a + 1))).toISOString().slice(0, 10);
  };
  const at = (date: string, hour = rand(8, 17)) =>
    new Date(`${date}T${String(hour).padStart(2, '0')}:${String(rand(0, 59)).padStart(2, '0')}:00+08:00`);
  const minDate = (a: string, b: string) => (a < b ? a : b);
  const maxDate = (a: string, b: string) => (a > b ? a : b);
  // Rows for any of the plugin's tables, built loosely by the seed: the database checks them.
  const insertPlain = (table: keyof LuqiaoTables, rows: Record<string, unknown>[]) =>
    withForeignKeysCheckedAfter(db, table, rows.length, async () => {
      for (let i = 0; i < rows.length; i += 1000)
        await db
          .insertInto(table)
          .values(rows.slice(i, i + 1000) as never)
          .execute();
    });

  // What the core seed made.
  const root = await db
    .selectFrom('core.org')
    .select(['id'])
    .where('city_id', '=', cityId)
    .where('parent_id', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
  if (!root) return;
  const streets: any[] = await db
    .selectFrom('core.org as o')
    .innerJoin('core.place as p', (j) =>
      j.onRef('p.city_id', '=', 'o.city_id').onRef('p.id', '=', 'o.place_id'),
    )
    .select(['o.id', 'o.name', 'o.place_id', 'p.path as place_path'])
    .where('o.city_id', '=', cityId)
    .where('o.kind', '=', 'street_working_committee')
    .orderBy('o.id')
    .execute();
  if (!streets.length) return;
  const communities: any[] = await db
    .selectFrom('core.place as p')
    .leftJoin('core.org as o', (j) =>
      j
        .onRef('o.city_id', '=', 'p.city_id')
        .onRef('o.place_id', '=', 'p.id')
        .on('o.kind', '=', 'community_committee'),
    )
    .select(['p.id', 'p.name', 'p.parent_id', 'o.id as org_id'])
    .where('p.city_id', '=', cityId)
    .where('p.kind', '=', 'community')
    .orderBy('p.id')
    .execute();
  const units: any[] = await db
    .selectFrom('core.unit as u')
    .select([
      'u.id',
      'u.name',
      'u.kind',
      'u.org_id',
      (eb) =>
        eb
          .selectFrom('core.member as m')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('m.city_id', '=', 'u.city_id')
          .whereRef('m.unit_id', '=', 'u.id')
          .as('members'),
    ])
    .where('u.city_id', '=', cityId)
    .orderBy('u.id')
    .execute();
  const unitNames = new Set(units.map((u) => u.name as string));
  const idNumbers = new Set(
    (await db.selectFrom('core.member').select('id_number').where('city_id', '=', cityId).execute()).map(
      (m: any) => m.id_number as string,
    ),
  );
  const newIdNumber = (birth: string) => {
    for (;;) {
      const first17 = `331004${birth.replace(/-/g, '')}${String(rand(0, 999)).padStart(3, '0')}`;
      const idn = first17 + idNumberCheckChar(first17);
      if (!idNumbers.has(idn)) {
        idNumbers.add(idn);
        return idn;
      }
    }
  };
  const uniqueUnitName = (base: string) => {
    let name = base;
    for (let n = 2; unitNames.has(name); n++) name = `${base}${n}`;
    unitNames.add(name);
    return name;
  };
  const orgPool = units.filter(
    (u) => u.org_id && (u.kind === 'enterprise' || u.kind === 'new_economic' || u.kind === 'new_social'),
  );
  const stayingPool = units.filter((u) => u.org_id && (u.kind === 'organ' || u.kind === 'institution'));
  const usedCommunities = new Set<number>();
  // The demo member account works in a unit of the auto-trade district and has not registered yet, so the
  // "my registration" page has something to do.
  const demoMember = await db
    .selectFrom('core.app_user as u')
    .innerJoin('core.role_grant as g', 'g.user_id', 'u.id')
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 'u.city_id').onRef('m.id', '=', 'u.member_id'),
    )
    .select(['m.id', 'm.unit_id'])
    .where('u.city_id', '=', cityId)
    .where('g.role', '=', 'member')
    .orderBy('u.id')
    .executeTakeFirst();
  const demoUnit = demoMember?.unit_id
    ? units.find((u) => u.id === demoMember.unit_id && u.org_id)
    : undefined;
  if (demoUnit) {
    for (const pool of [orgPool, stayingPool]) {
      const at = pool.indexOf(demoUnit);
      if (at >= 0) pool.splice(at, 1);
    }
  }

  const specs = demoRegions(scale, streets.length);
  progress('regions', 0, specs.length);
  const built: {
    spec: RegionSpec;
    id: number;
    regionalOrgId: number;
    centreOrgId: number;
    established: string;
    unitIds: number[];
    orgUnitIds: number[];
    noOrgUnitIds: number[];
    registered: { memberId: number; name: string; on: string }[];
  }[] = [];

  for (const [index, spec] of specs.entries()) {
    const street = streets[spec.street]!;
    const streetShort = (street.name as string).replace(/(街道|镇)?党工委$/, '').replace(/街道$|镇$/, '');
    const name = spec.name.replace('{street}', streetShort);
    const established = addMonths(today, -spec.age);
    // 1: the regional org; the last 1: the party-member service centre's org.
    const regional = await db
      .insertInto('core.org')
      .values({
        city_id: cityId,
        parent_id: street.id,
        kind: ORG_KINDS.regional,
        name: `${name}联合党委`,
        place_id: street.place_id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const centreOrg = await db
      .insertInto('core.org')
      .values({
        city_id: cityId,
        parent_id: regional.id,
        kind: ORG_KINDS.centre,
        name: `${name}党员服务中心党支部`,
        place_id: street.place_id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const region = await db
      .insertInto(T.region)
      .values({
        city_id: cityId,
        name,
        kind: spec.kind,
        town_org_id: street.id,
        town_place_id: street.place_id,
        regional_org_id: regional.id,
        centre_org_id: centreOrg.id,
        description: `按"行业相近、地域相邻"划定，位于${street.name.replace(/党工委$/, '')}`,
        established_on: established,
        created_at: at(established),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Areas: communities of the street not yet in a region.
    const areaCommunities = communities
      .filter((p) => p.parent_id === street.place_id && !usedCommunities.has(p.id))
      .slice(0, spec.communities);
    for (const p of areaCommunities) usedCommunities.add(p.id);
    if (areaCommunities.length)
      await insertPlain(
        T.regionPlace,
        areaCommunities.map((p) => ({ city_id: cityId, region_id: region.id, place_id: p.id })),
      );

    // Units: existing ones with an org, organs/institutions that stay, and new units without an org.
    const orgUnits: any[] = [];
    let existingMembers = 0;
    const staying: any[] = [];
    const hostsDemoMember = demoUnit && index === Math.min(1, specs.length - 1);
    if (hostsDemoMember) {
      (demoUnit.kind === 'organ' || demoUnit.kind === 'institution' ? staying : orgUnits).push(demoUnit);
      existingMembers += Number(demoUnit.members);
    }
    while (orgUnits.length < spec.orgUnits && orgPool.length) {
      const u = orgPool.shift()!;
      if (
        spec.exactWorking &&
        existingMembers + Number(u.members) > spec.exactWorking - spec.shops - spec.flowing - 5
      )
        continue;
      orgUnits.push(u);
      existingMembers += Number(u.members);
    }
    while (staying.length < spec.stayingUnits && stayingPool.length) {
      const u = stayingPool.shift()!;
      if (
        spec.exactWorking &&
        existingMembers + Number(u.members) > spec.exactWorking - spec.shops - spec.flowing
      )
        continue;
      staying.push(u);
      existingMembers += Number(u.members);
    }
    const auto = spec.kind === 'auto_trade';
    const noOrgNames = Array.from({ length: spec.noOrgUnits }, (_, i) =>
      uniqueUnitName(
        auto
          ? `方林${DEALER_BRANDS[i % DEALER_BRANDS.length]}汽车${pick(random, ['4S店', '销售服务有限公司', '专营店'])}`
          : `${name.slice(0, 2)}${pick(random, WORDS)}${pick(random, WORDS)}${SHOP_SUFFIX[(index + i) % SHOP_SUFFIX.length]}`,
      ),
    );
    const noOrgUnitIds = await insertBatches(
      db,
      'core.unit',
      noOrgNames.map((n) => ({
        city_id: cityId,
        name: n,
        kind: 'new_economic',
        level: 'county',
        org_id: null,
        address: name,
      })),
    );
    const allUnitIds = [...orgUnits.map((u) => u.id), ...staying.map((u) => u.id), ...noOrgUnitIds];
    await insertPlain(
      T.regionUnit,
      allUnitIds.map((u) => ({
        city_id: cityId,
        region_id: region.id,
        unit_id: u,
        joined_on: established,
        centre_covered_since: null,
        centre_liaison: null,
      })),
    );

    // New members working in the units without an org: shop owners first, then others, then flowing members.
    const inService = spec.exactWorking
      ? Math.max(spec.shops, spec.exactWorking - existingMembers - spec.flowing)
      : Math.max(spec.noOrgMembers, spec.shops);
    const communityOrgs = areaCommunities.map((p) => p.org_id).filter(Boolean) as number[];
    const memberRows = [];
    for (let i = 0; i < inService + spec.flowing; i++) {
      const flowing = i >= inService;
      const gender = chance(0.68) ? 'male' : 'female';
      const age = rand(24, 58);
      const birth = `${2026 - age}-${String(rand(1, 12)).padStart(2, '0')}-${String(rand(1, 28)).padStart(2, '0')}`;
      memberRows.push({
        city_id: cityId,
        name: personName(),
        gender,
        id_number: newIdNumber(birth),
        phone: `1${pick(random, ['3', '5', '7', '8', '9'])}${String(rand(0, 999_999_999)).padStart(9, '0')}`,
        birth_date: birth,
        category: flowing ? 'flowing' : 'in_service',
        // Members of units without an org: relation with the centre's org (it develops and keeps them) or their community.
        org_id: flowing || !communityOrgs.length || chance(0.6) ? centreOrg.id : pick(random, communityOrgs),
        unit_id: noOrgUnitIds.length
          ? noOrgUnitIds[i < spec.shops ? i % noOrgUnitIds.length : rand(0, noOrgUnitIds.length - 1)]
          : null,
        residence_place_id: null,
        joined_party_on: `${Math.min(2025, 2026 - age + rand(20, 30))}-07-01`,
        occupation: i < spec.shops ? '个体经营户' : pick(random, OCCUPATIONS),
        skills: null,
      });
    }
    const newMemberIds = await insertBatches(db, 'core.member', memberRows);

    // The N: orgs of the units with an org and of the area communities, moved under the regional org.
    const nOrgIds = [...orgUnits.map((u) => u.org_id as number), ...communityOrgs];
    if (nOrgIds.length) {
      const prev: any[] = await db
        .selectFrom('core.org')
        .select(['id', 'parent_id'])
        .where('city_id', '=', cityId)
        .where('id', 'in', nOrgIds)
        .execute();
      await insertPlain(
        T.move,
        prev.map((o) => ({
          city_id: cityId,
          region_id: region.id,
          org_id: o.id,
          previous_parent_id: o.parent_id,
          moved_at: at(addDays(established, rand(3, 20))),
          moved_by: null,
        })),
      );
      await db
        .updateTable('core.org')
        .set({ parent_id: regional.id })
        .where('city_id', '=', cityId)
        .where('id', 'in', nOrgIds)
        .execute();
    }

    // Registration: everyone working in the region's units (and the flowing members) registers with the regional org.
    const working: any[] = await db
      .selectFrom('core.member as m')
      .innerJoin('core.unit as u', (j) =>
        j.onRef('u.city_id', '=', 'm.city_id').onRef('u.id', '=', 'm.unit_id'),
      )
      .select(['m.id', 'm.name', 'm.category', 'm.unit_id', 'u.org_id'])
      .where('m.city_id', '=', cityId)
      .where('m.unit_id', 'in', allUnitIds.length ? allUnitIds : [0])
      .where('m.active', '=', true)
      .orderBy('m.id')
      .execute();
    const shopOwners = new Set(newMemberIds.slice(0, spec.shops));
    const window =
      spec.registerShare >= 1 ? addMonths(established, 2) : minDate(addMonths(established, 14), today);
    const regs = working
      .filter((m) => m.id !== demoMember?.id || !hostsDemoMember)
      .filter((m) => shopOwners.has(m.id) || spec.registerShare >= 1 || chance(spec.registerShare))
      .map((m) => ({
        memberId: m.id as number,
        name: m.name as string,
        unitId: m.unit_id as number,
        via: m.org_id ? 'unit_org' : 'centre_org',
        on: dateBetween(addDays(established, 7), window),
      }));
    const regionAff = await insertBatches(
      db,
      'core.member_affiliation',
      regs.map((r) => ({
        city_id: cityId,
        member_id: r.memberId,
        kind: 'region',
        org_id: regional.id,
        place_id: null,
        since: r.on,
        until: null,
        note: name,
      })),
    );
    const centreRegs = regs.map((r, i) => ({ r, i })).filter(({ r }) => r.via === 'centre_org');
    const centreAff = await insertBatches(
      db,
      'core.member_affiliation',
      centreRegs.map(({ r }) => ({
        city_id: cityId,
        member_id: r.memberId,
        kind: 'org',
        org_id: centreOrg.id,
        place_id: null,
        since: r.on,
        until: null,
        note: '党员服务中心党组织接纳',
      })),
    );
    const centreAffOf = new Map(centreRegs.map(({ i }, k) => [i, centreAff[k]!]));
    const shopNames = new Map<number, string>();
    for (const [k, m] of [...shopOwners].entries()) shopNames.set(m, `${noOrgNames[k % noOrgNames.length]}`);
    const regIds = await insertBatches(
      db,
      T.registration,
      regs.map((r, i) => ({
        city_id: cityId,
        region_id: region.id,
        member_id: r.memberId,
        via: r.via,
        unit_id: r.unitId,
        registered_on: r.on,
        region_affiliation_id: regionAff[i],
        centre_affiliation_id: centreAffOf.get(i) ?? null,
        shop_name: shopNames.get(r.memberId) ?? null,
        shop_displayed_on: shopNames.has(r.memberId) ? minDate(addDays(r.on, rand(0, 30)), today) : null,
      })),
    );
    // 共产党员示范店: nominations last year (some awarded) and this year (pending).
    const shopRegs = regs.map((r, i) => ({ r, id: regIds[i]! })).filter(({ r }) => shopNames.has(r.memberId));
    const year = Number(today.slice(0, 4));
    const nominations = shopRegs.flatMap(({ r, id }, k) => {
      const out = [];
      if (k % 4 === 0 && r.on < `${year - 1}-10-01`)
        out.push({
          city_id: cityId,
          registration_id: id,
          year: year - 1,
          nominated_on: `${year - 1}-10-${String(rand(10, 28)).padStart(2, '0')}`,
          status: k % 8 === 0 ? 'awarded' : 'not_awarded',
          decided_on: `${year - 1}-12-20`,
          note: null,
        });
      if (k % 5 === 1)
        out.push({
          city_id: cityId,
          registration_id: id,
          year,
          nominated_on: minDate(`${year}-10-15`, today),
          status: 'nominated',
          decided_on: null,
          note: null,
        });
      return out;
    });
    if (nominations.length) await insertBatches(db, T.nomination, nominations);
    // The centre's org covers units without an org once it looks after their members; a few get a liaison.
    const coveredOn = new Map<number, string>();
    for (const r of regs)
      if (r.via === 'centre_org' && r.unitId && (!coveredOn.has(r.unitId) || r.on < coveredOn.get(r.unitId)!))
        coveredOn.set(r.unitId, r.on);
    for (const [unitId, on] of coveredOn)
      await db
        .updateTable(T.regionUnit)
        .set({ centre_covered_since: on, centre_liaison: chance(0.5) ? `${personName()}(党建指导员)` : null })
        .where('city_id', '=', cityId)
        .where('unit_id', '=', unitId)
        .execute();
    // 群团组织 mirroring the structure.
    const mass = [{ kind: 'youth_league', name: `${name}团委` }];
    if (index % 2 === 0) mass.push({ kind: 'women_federation', name: `${name}妇联` });
    if (index % 3 === 0) mass.push({ kind: 'trade_union', name: `${name}联合工会` });
    await insertBatches(
      db,
      T.massOrg,
      mass.map((m) => ({
        city_id: cityId,
        region_id: region.id,
        kind: m.kind,
        name: m.name,
        mirrors_org_id: regional.id,
        leader_name: personName(),
        established_on: addDays(established, rand(10, 60)),
      })),
    );
    built.push({
      spec,
      id: region.id,
      regionalOrgId: regional.id,
      centreOrgId: centreOrg.id,
      established,
      unitIds: allUnitIds,
      orgUnitIds: orgUnits.map((u) => u.id),
      noOrgUnitIds,
      registered: regs.map((r) => ({ memberId: r.memberId, name: r.name, on: r.on })),
    });
    progress('regions', index + 1, specs.length);
  }

  // Three levels of centres (stations): district 1, one per town, and per region one centre plus stations.
  const centreRows: Record<string, unknown>[] = [];
  const std = DEFAULT_STANDARDS;
  const meets = (level: keyof typeof std) => {
    const s = std[level];
    const ok = chance(level === 'region' ? 0.82 : 0.9);
    return {
      floor_area: ok
        ? s.minFloorArea + rand(0, s.minFloorArea)
        : Math.max(10, s.minFloorArea - rand(5, Math.floor(s.minFloorArea / 2))),
      staff_count: ok || chance(0.5) ? s.minStaff + rand(0, 2) : Math.max(0, s.minStaff - 1),
      funding_source: pick(random, s.fundingSources),
    };
  };
  centreRows.push({
    city_id: cityId,
    level: 'district',
    kind: 'centre',
    name: '区党员服务中心',
    owner_org_id: root.id,
    region_id: null,
    place_id: null,
    ...meets('district'),
    floor_area: 420,
    staff_count: 6,
    funding_source: 'district_finance',
    opened_on: addMonths(today, -24),
  });
  for (const s of streets)
    centreRows.push({
      city_id: cityId,
      level: 'town',
      kind: 'centre',
      name: `${(s.name as string).replace(/党工委$/, '')}党员服务中心`,
      owner_org_id: s.id,
      region_id: null,
      place_id: s.place_id,
      ...meets('town'),
      opened_on: addMonths(today, -rand(18, 23)),
    });
  for (const b of built) {
    const regionName = (
      await db
        .selectFrom(T.region)
        .select('name')
        .where('city_id', '=', cityId)
        .where('id', '=', b.id)
        .executeTakeFirstOrThrow()
    ).name as string;
    centreRows.push({
      city_id: cityId,
      level: 'region',
      kind: 'centre',
      name: b.spec.centreName ?? `${regionName}党员服务中心`,
      owner_org_id: b.centreOrgId,
      region_id: b.id,
      place_id: null,
      ...meets('region'),
      opened_on: addDays(b.established, rand(5, 30)),
    });
    for (let k = 1; k <= b.spec.stations; k++)
      centreRows.push({
        city_id: cityId,
        level: 'region',
        kind: 'station',
        name: `${regionName}第${k}党员服务站`,
        owner_org_id: b.centreOrgId,
        region_id: b.id,
        place_id: null,
        ...meets('region'),
        opened_on: addDays(b.established, rand(30, 200)),
      });
  }
  const centreIds = await insertBatches(db, T.centre, centreRows);
  progress('centres', centreIds.length, centreIds.length);

  // Visits: 来访接待 records, about half time-limited (限时办结), most closed on time, a few late or overdue.
  const visitRows: Record<string, unknown>[] = [];
  const staff = Array.from({ length: 40 }, personName);
  centreRows.forEach((ce, i) => {
    const n =
      scale === 'small'
        ? 4
        : ce.level === 'district'
          ? 110
          : ce.level === 'town'
            ? 55
            : ce.kind === 'centre'
              ? 45
              : 14;
    const opened = ce.opened_on as string;
    for (let k = 0; k < n; k++) {
      const service = chance(0.9) ? pick(random, BASIC_SERVICES) : 'other';
      const on = dateBetween(maxDate(opened, addMonths(today, -12)), today);
      const received = at(on);
      const timeLimited = service !== 'policy_consultation' && chance(0.6);
      const due = timeLimited ? addDays(on, pick(random, [3, 5, 5, 7])) : null;
      let completedOn: string | null = timeLimited ? null : on;
      if (timeLimited) {
        const r = random();
        const candidate =
          r < 0.9
            ? addDays(on, rand(0, Math.round((Date.parse(due!) - Date.parse(on)) / 86_400_000)))
            : r < 0.96
              ? addDays(due!, rand(1, 6))
              : // Still open: overdue if recent, otherwise eventually closed late.
                due! < addDays(today, -40)
                ? addDays(due!, rand(8, 30))
                : null;
        completedOn = candidate && candidate <= today ? candidate : null;
      }
      visitRows.push({
        city_id: cityId,
        centre_id: centreIds[i],
        service,
        visitor_name: personName(),
        visitor_member_id: null,
        subject: pick(random, [
          '咨询组织关系转接手续',
          '补交党费',
          '流动党员报到登记',
          '入党积极分子培养咨询',
          '参加党员教育培训',
          '申请困难党员帮扶',
          '求职登记推介',
          '开具党员证明',
          '咨询党务政策',
        ]),
        first_responder: pick(random, staff),
        referred_to: chance(0.1) ? pick(random, ['区委组织部', '街道党工委', '人社所']) : null,
        received_at: received,
        received_on: on,
        time_limited: timeLimited,
        due_on: due,
        completed_at: completedOn ? at(completedOn, 17) : null,
        completed_on: completedOn,
        result: completedOn
          ? pick(random, ['已当场解答', '已办结', '已转交并跟踪办结', '材料齐全，已办理'])
          : null,
      });
    }
  });
  await insertBatches(db, T.visit, visitRows, (d, t) => progress('visits', d, t));

  // Co-building councils with rotating chairs: 方林汽车城 (auto trade), 和谐商区 (CBD), 古街.
  const councilFor = scale === 'small' ? [built[0]!] : [built[1]!, built[0]!, built[2]!];
  const councilNames =
    scale === 'small'
      ? ['示范商务区共建理事会']
      : ['方林汽车城区域共建理事会', '和谐商区共建理事会', '古街区域共建理事会'];
  const termMonths = 6;
  for (const [ci, b] of councilFor.entries()) {
    const founded = addDays(b.established, 30);
    const k = await db
      .insertInto(T.council)
      .values({ city_id: cityId, region_id: b.id, name: councilNames[ci]!, founded_on: founded })
      .returning('id')
      .executeTakeFirstOrThrow();
    const memberUnits = [...b.orgUnitIds, ...b.noOrgUnitIds].slice(0, scale === 'small' ? 4 : 8);
    const reserve = [...b.orgUnitIds, ...b.noOrgUnitIds].slice(memberUnits.length, memberUnits.length + 1);
    const mIds = await insertBatches(
      db,
      T.councilMember,
      memberUnits.map((u) => ({
        city_id: cityId,
        council_id: k.id,
        unit_id: u,
        joined_on: founded,
        left_on: null,
        left_reason: null,
        replaced_by_id: null,
      })),
    );
    // Terms every six months, rotating in join order; one chair replaced mid-term for inactivity.
    const terms: Record<string, unknown>[] = [];
    let start = founded;
    let chair = 0;
    let termNo = 1;
    const replacedAt = mIds.length > 2 ? 2 : -1;
    while (start <= today) {
      const ends = addMonths(start, termMonths);
      if (termNo - 1 === replacedAt && addMonths(start, 2) < today) {
        const mid = addMonths(start, 2);
        terms.push({
          city_id: cityId,
          council_id: k.id,
          term_no: termNo++,
          chair_member_id: mIds[chair % mIds.length],
          starts_on: start,
          ends_on: ends,
          ended_on: mid,
          end_kind: 'replaced',
          end_reason: '轮值期间未牵头组织共建活动，积极性不高',
        });
        chair++;
        terms.push({
          city_id: cityId,
          council_id: k.id,
          term_no: termNo++,
          chair_member_id: mIds[chair % mIds.length],
          starts_on: mid,
          ends_on: ends,
          ended_on: ends <= today ? ends : null,
          end_kind: ends <= today ? 'completed' : null,
          end_reason: null,
        });
      } else
        terms.push({
          city_id: cityId,
          council_id: k.id,
          term_no: termNo++,
          chair_member_id: mIds[chair % mIds.length],
          starts_on: start,
          ends_on: ends,
          ended_on: ends <= today ? ends : null,
          end_kind: ends <= today ? 'completed' : null,
          end_reason: null,
        });
      chair++;
      start = ends;
    }
    await insertBatches(db, T.term, terms);
    const currentChair = terms[terms.length - 1]!.chair_member_id as number;
    // One inactive member unit replaced, with the reason (never the current chair).
    let replacedMember: number | null = null;
    if (reserve.length && mIds.length > 3) {
      const victim =
        mIds.find((m) => m !== currentChair && terms.every((t) => t.chair_member_id !== m)) ??
        mIds.find((m) => m !== currentChair)!;
      const on = minDate(addMonths(founded, 9), today);
      const [rep] = await insertBatches(db, T.councilMember, [
        {
          city_id: cityId,
          council_id: k.id,
          unit_id: reserve[0],
          joined_on: on,
          left_on: null,
          left_reason: null,
          replaced_by_id: null,
        },
      ]);
      await db
        .updateTable(T.councilMember)
        .set({ left_on: on, left_reason: '连续两次理事会缺席，未申报共建项目', replaced_by_id: rep })
        .where('city_id', '=', cityId)
        .where('id', '=', victim)
        .execute();
      replacedMember = victim;
      mIds.push(rep!);
    }
    // Projects: each member unit declares; units lead in turn.
    const titles = [
      '商区清洁卫生共管',
      '村企停车纠纷协调',
      '党员志愿服务进商铺',
      '流动党员技能培训',
      '商西路夜市便民摊位',
      '汽车城消防安全联查',
      '困难职工结对帮扶',
      '区域就业招聘会',
      '诚信经营示范街创建',
      '共建共享党群活动室',
      '外来务工子女暑期托管',
      '区域交通秩序共治',
    ];
    const projects: Record<string, unknown>[] = [];
    const founding = mIds.slice(0, memberUnits.length);
    const active = mIds.filter((m) => m !== replacedMember);
    const nProjects = scale === 'small' ? 3 : 12;
    for (let p = 0; p < nProjects; p++) {
      const declaredOn = dateBetween(founded, addDays(today, -20));
      const declarer = pick(random, declaredOn < addMonths(founded, 9) ? founding : active);
      const lead = active[p % active.length]!;
      const started = declaredOn < addDays(today, -45) || chance(0.5);
      const startsOn = started ? minDate(addDays(declaredOn, rand(7, 30)), today) : null;
      const due = startsOn ? addMonths(startsOn, rand(1, 4)) : null;
      let status = started ? 'in_progress' : 'declared';
      let completedOn: string | null = null;
      if (startsOn && due! < addDays(today, 20) && chance(0.88)) {
        status = 'completed';
        completedOn = minDate(addDays(due!, rand(-20, 10)), today);
        if (completedOn < startsOn) completedOn = startsOn;
      } else if (startsOn && chance(0.06)) status = 'dropped';
      projects.push({
        city_id: cityId,
        council_id: k.id,
        title: `${titles[(p + ci * 4) % titles.length]}${p >= titles.length ? `(${p})` : ''}`,
        description: null,
        declared_by_id: declarer,
        lead_member_id: lead,
        declared_on: declaredOn,
        starts_on: startsOn,
        due_on: due,
        status,
        completed_on: completedOn,
        outcome:
          status === 'completed'
            ? '按期完成，理事会考核通过'
            : status === 'dropped'
              ? '条件不具备，理事会决定终止'
              : null,
      });
    }
    await insertBatches(db, T.project, projects);
    // Quarterly council meetings with the review of each unit on the council then.
    const memberRows: any[] = await db
      .selectFrom(T.councilMember)
      .selectAll()
      .where('city_id', '=', cityId)
      .where('council_id', '=', k.id)
      .execute();
    const meetingDates: string[] = [];
    for (let d = addMonths(founded, 3); d <= today; d = addMonths(d, 3)) meetingDates.push(d);
    const meetingIds = await insertBatches(
      db,
      T.meeting,
      meetingDates.map((d) => ({
        city_id: cityId,
        council_id: k.id,
        held_on: d,
        topic: pick(random, [
          '季度共建项目推进与绩效考核',
          '区域公共事务协商',
          '共建项目申报评审',
          '轮值主席工作报告',
        ]),
        chair_member_id: (
          terms.find((t) => (t.starts_on as string) <= d && (!t.ended_on || (t.ended_on as string) > d)) ??
          terms[terms.length - 1]!
        ).chair_member_id,
        minutes: null,
      })),
    );
    const reviewRows: Record<string, unknown>[] = [];
    meetingDates.forEach((d, mi) => {
      for (const m of memberRows) {
        if (m.joined_on > d || (m.left_on && m.left_on <= d)) continue;
        const weak = m.id === replacedMember;
        const attended = weak ? chance(0.3) : chance(0.92);
        reviewRows.push({
          city_id: cityId,
          meeting_id: meetingIds[mi],
          council_member_id: m.id,
          attended,
          score: attended ? (weak ? rand(40, 62) : rand(55, 98)) : rand(20, 45),
          note: null,
        });
      }
    });
    await insertPlain(T.review, reviewRows);
  }
  progress('councils', councilFor.length, councilFor.length);

  // 无候选人直选: the CBD joint committee, 1 secretary + 5 members, counted and closed.
  const cbd = built[0]!;
  const heldOn = addMonths(cbd.established, scale === 'small' ? 2 : 3);
  const voters = cbd.registered.filter((r) => r.on <= heldOn);
  const seats = scale === 'small' ? 2 : 5;
  if (voters.length > seats + 1 && heldOn <= today) {
    const e = await db
      .insertInto(T.election)
      .values({
        city_id: cityId,
        region_id: cbd.id,
        title: scale === 'small' ? '联合党委直选' : '中央商务区联合党委无候选人直选',
        member_seats: seats,
        electorate: voters.length,
        held_on: heldOn,
        status: 'open',
        created_at: at(heldOn, 8),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const names = voters.map((v) => v.name);
    const [secretary, ...favourites] = [...new Set(names)].slice(0, seats + 1);
    const cast = Math.max(Math.floor(voters.length * 0.8) + 1, voters.length - rand(3, 12));
    const ballots = Array.from({ length: Math.min(cast, voters.length) }, (_, i) => {
      if (i % 40 === 39) return { secretary: secretary!, members: [...favourites, ...names.slice(0, 2)] }; // too many names: invalid
      const members = favourites.filter(() => chance(0.82));
      while (members.length < seats && chance(0.7)) {
        const other = pick(random, names);
        if (!members.includes(other) && other !== secretary) members.push(other);
      }
      return { secretary: chance(0.86) ? secretary! : pick(random, names), members };
    });
    const counted = countBallots(ballots, voters.length, seats);
    await insertBatches(
      db,
      T.ballot,
      ballots.map((b) => ({
        city_id: cityId,
        election_id: e.id,
        secretary_name: b.secretary,
        member_names: JSON.stringify(b.members),
        entered_at: at(heldOn, 11),
        entered_by: null,
      })),
    );
    const memberOf = new Map<string, number | null>();
    for (const v of voters) memberOf.set(v.name, memberOf.has(v.name) ? null : v.memberId);
    await insertPlain(T.result, [
      ...counted.secretary.map((t) => ({
        city_id: cityId,
        election_id: e.id,
        role: 'secretary',
        name: t.name,
        votes: t.votes,
        rank: t.rank,
        elected: t.elected,
        member_id: memberOf.get(t.name) ?? null,
      })),
      ...counted.members.map((t) => ({
        city_id: cityId,
        election_id: e.id,
        role: 'member',
        name: t.name,
        votes: t.votes,
        rank: t.rank,
        elected: t.elected,
        member_id: memberOf.get(t.name) ?? null,
      })),
    ]);
    await db
      .updateTable(T.election)
      .set({
        status: 'closed',
        ballots_cast: counted.cast,
        ballots_valid: counted.valid,
        counted_at: at(heldOn, 16),
        closed_at: at(heldOn, 17),
      })
      .where('city_id', '=', cityId)
      .where('id', '=', e.id)
      .execute();
  }

  // 党代表接待日 on the 15th of every month in an industrial cluster (新桥镇's practice), with follow-ups.
  const reception = scale === 'small' ? cbd : built[3]!;
  const reps = Array.from({ length: 6 }, personName);
  const dayRows: Record<string, unknown>[] = [];
  for (
    let m = addMonths(reception.established, 1).slice(0, 7);
    `${m}-15` <= today;
    m = addMonths(`${m}-01`, 1).slice(0, 7)
  )
    dayRows.push({
      city_id: cityId,
      region_id: reception.id,
      held_on: `${m}-15`,
      month: m,
      representatives: JSON.stringify([
        ...new Set([reps[0]!, ...reps.filter(() => chance(0.6)).slice(0, 3)]),
      ]),
      reschedule_reason: null,
    });
  const dayIds = await insertBatches(db, T.receptionDay, dayRows);
  const rvRows: Record<string, unknown>[] = [];
  dayRows.forEach((d, i) => {
    const held = d.held_on as string;
    const onDuty = JSON.parse(d.representatives as string) as string[];
    for (let k = rand(2, scale === 'small' ? 2 : 6); k > 0; k--) {
      const recent = held > addMonths(today, -2);
      const status = recent
        ? pick(random, ['pending', 'in_progress', 'resolved'] as const)
        : chance(0.9)
          ? pick(random, ['resolved', 'resolved', 'explained'] as const)
          : 'in_progress';
      const closed = status === 'resolved' || status === 'explained';
      rvRows.push({
        city_id: cityId,
        reception_day_id: dayIds[i],
        visitor_name: personName(),
        visitor_member_id: null,
        issue: pick(random, [
          '企业用工纠纷求助',
          '反映园区道路积水',
          '咨询子女就学政策',
          '流动党员组织关系接转',
          '反映厂区周边噪声',
          '申请困难帮扶',
          '建议增设公交站点',
        ]),
        representative: pick(random, onDuty),
        follow_up_status: status,
        follow_up_note:
          status === 'pending'
            ? null
            : pick(random, ['已协调相关部门处理', '已当面答复', '已转街道办理，跟踪中']),
        follow_up_due_on: addDays(held, 15),
        closed_on: closed ? minDate(addDays(held, rand(2, 20)), today) : null,
      });
    }
  });
  if (rvRows.length) await insertBatches(db, T.receptionVisit, rvRows);

  // Flowing party branches of members from elsewhere.
  const branchSpecs =
    scale === 'small'
      ? [
          {
            region: cbd,
            name: '外省驻区流动党支部',
            origin: '江西省丰城市',
            members: 2,
            activities: [
              ['investment', 120, 1],
              ['dispute', 1, 2],
            ] as const,
          },
        ]
      : [
          {
            region: built[3]!,
            name: '丰城市焦坑乡驻台州流动党支部',
            origin: '江西省丰城市焦坑乡',
            members: 14,
            activities: [
              ['investment', 6100, 14],
              ['incident', 1, 12],
              ['dispute', 1, 46],
            ] as const,
          },
          {
            region: built[1]!,
            name: '安徽籍驻路桥汽车城流动党支部',
            origin: '安徽省阜阳市',
            members: 9,
            activities: [
              ['employment', 1, 18],
              ['dispute', 1, 7],
            ] as const,
          },
        ];
  for (const bs of branchSpecs) {
    const org = await db
      .insertInto('core.org')
      .values({
        city_id: cityId,
        parent_id: bs.region.centreOrgId,
        kind: ORG_KINDS.flowing,
        name: bs.name,
        place_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const established = bs.region.established;
    const branch = await db
      .insertInto(T.branch)
      .values({
        city_id: cityId,
        org_id: org.id,
        region_id: bs.region.id,
        origin: bs.origin,
        origin_org_name: `${bs.origin}党委`,
        established_on: scale === 'small' ? established : '2007-03-01',
        contact_name: personName(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const flowingMembers: any[] = await db
      .selectFrom('core.member')
      .select(['id'])
      .where('city_id', '=', cityId)
      .where('category', '=', 'flowing')
      .where('unit_id', 'in', bs.region.unitIds.length ? bs.region.unitIds : [0])
      .orderBy('id')
      .limit(bs.members)
      .execute();
    const since = scale === 'small' ? established : addDays(established, 20);
    const affIds = await insertBatches(
      db,
      'core.member_affiliation',
      flowingMembers.map((m) => ({
        city_id: cityId,
        member_id: m.id,
        kind: 'org',
        org_id: org.id,
        place_id: null,
        since,
        until: null,
        note: bs.name,
      })),
    );
    if (flowingMembers.length)
      await insertBatches(
        db,
        T.branchMember,
        flowingMembers.map((m, i) => ({
          city_id: cityId,
          branch_id: branch.id,
          member_id: m.id,
          joined_on: since,
          left_on: null,
          affiliation_id: affIds[i],
        })),
      );
    const acts: Record<string, unknown>[] = [];
    for (const [kind, total, count] of bs.activities) {
      const first = scale === 'small' ? established : '2007-06-01';
      for (let i = 0; i < count; i++)
        acts.push({
          city_id: cityId,
          branch_id: branch.id,
          kind,
          happened_on: dateBetween(first, today),
          // Investment (万元) split so the rows add up to the total; the others count one each.
          amount:
            kind === 'investment'
              ? i < count - 1
                ? Math.floor(total / count)
                : total - Math.floor(total / count) * (count - 1)
              : total,
          description:
            kind === 'investment'
              ? '为家乡引进投资项目'
              : kind === 'incident'
                ? '协助处置务工人员安全事故'
                : kind === 'dispute'
                  ? '帮助解决劳资劳保纠纷'
                  : '帮助老乡在台州就业',
        });
    }
    await insertBatches(db, T.branchActivity, acts);
  }
  progress('done', 1, 1);
}
