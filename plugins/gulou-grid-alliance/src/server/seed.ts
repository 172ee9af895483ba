import {
  insertBatches,
  intBetween,
  type PluginContext,
  type PluginSeedInput,
  pick,
  toLocalDate,
  weighted,
  withForeignKeysCheckedAfter,
} from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { Config } from '../manifest';
import { BUILDING_GROUP_KIND, GRID_BRANCH_KIND, type Ledger, SUPPLY_CATEGORIES } from '../shared/terms';
import { addDays, daysBetween, S } from './util';
import type { GulouDb, GulouTables } from './db';

/*
 * Demo data for 鼓楼 at the published scale (source 001): every one of the 534 grids gets its party branch and
 * building groups, a grid worker with career steps, a consultation council; streets and communities get their
 * grand committees and councils with part-time members; a 29-unit alliance with a year of meetings; supply/demand
 * lists matched into service projects; a facility catalogue; a year of resident demands in the five ledgers with
 * realistic lifecycles; volunteer micro-hours; two years of grid funds. Rates are never stored: they come out of
 * these records. Everything is anchored on the injected clock's today.
 */

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武'.split(
    '',
  );
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建国建华志强海燕文辉晓东丹凤慧敏雪梅国庆淑珍春生永红德明玉珍立新'.split(
    '',
  );

const CONTENTS: Record<string, string[]> = {
  environment: [
    '楼道堆放杂物影响通行',
    '垃圾分类投放点异味扰民',
    '小区绿化带杂草丛生',
    '雨水井堵塞路面积水',
    '流浪猫聚集影响环境卫生',
    '建筑垃圾未及时清运',
  ],
  safety: [
    '楼道电动车充电存在隐患',
    '单元门禁损坏外来人员随意进出',
    '路口缺少减速带',
    '老旧电线私拉乱接',
    '消防通道被车辆占用',
  ],
  facilities: [
    '路灯损坏夜间照明不足',
    '健身器材破损需维修',
    '楼顶防水层老化漏雨',
    '小区道路破损坑洼',
    '二次供水水压不足',
  ],
  neighbourhood: [
    '楼上住户噪音扰民',
    '邻里因晾晒占道产生纠纷',
    '空调外机滴水影响楼下',
    '宠物犬未拴绳引发矛盾',
  ],
  elderly_care: [
    '独居老人希望定期上门探访',
    '老人就餐不便希望助餐服务',
    '放学后孩子无人看护',
    '高龄老人申请居家养老服务',
  ],
  services: [
    '咨询居住证办理流程',
    '申请低保需要协助材料',
    '残疾人证年审咨询',
    '医保异地备案咨询',
    '退休人员资格认证协助',
  ],
  property: ['物业费收支不透明', '电梯频繁故障', '小区停车位管理混乱', '物业服务响应慢'],
  other: ['建议增设快递柜', '希望开展社区文体活动', '咨询老旧小区改造进度'],
};
const REPLIES: Record<Ledger, string[]> = {
  immediate: ['网格员已现场处理完毕，已电话告知居民', '已当场协调解决并回访，居民表示满意'],
  time_limited: ['已在规定时限内办结，结果已书面回复居民', '已协调相关单位完成处置，已电话回复'],
  special: ['经党代表工作室协调，多方会商后已妥善解决并回复', '已制定专项处置方案并落实，已向居民反馈'],
  undertaken: ['承办单位已办结并反馈，社区已回复居民', '承办部门完成整改，网格员回访确认后销号'],
  proxy: ['代办员已代为办结相关手续并送达居民', '已代办完成，材料已交居民本人'],
};
const DEPARTMENTS = [
  '街道城管科',
  '街道社会事务科',
  '区住建局',
  '区市场监管局',
  '供电所',
  '自来水公司',
  '派出所社区警务室',
  '物业公司',
];
const SUPPLY_TITLES: Record<string, [string, string]> = {
  venue: ['借用场地开展党员活动', '开放会议室供网格议事'],
  volunteers: ['需要志愿者协助老旧小区巡查', '派出党员志愿者参与网格服务'],
  funding: ['楼道微改造资金缺口', '资助困难群众节日慰问'],
  health: ['老年人健康体检与义诊', '派驻医生进网格义诊'],
  education: ['“四点钟学校”课后辅导师资', '开设青少年公益课堂'],
  legal: ['居民法律咨询需求', '律师定期坐班提供法律服务'],
  elderly_care: ['独居老人助餐助浴', '为高龄老人提供上门服务'],
  culture: ['社区文艺队排练场地', '开放运动场举办社区运动会'],
  environment: ['背街小巷环境整治', '参与网格环境卫生整治'],
  papers: ['证件办理进网格', '派员进社区办理证件业务'],
};
const FACILITY_NAMES: Record<string, string> = {
  parking: '停车场',
  sports: '运动场',
  toilet: '卫生间',
  meeting_room: '党员活动室',
  library: '阅览室',
  canteen: '职工食堂',
};
const VOLUNTEER_TEXT: Record<string, string[]> = {
  civilized_city: ['文明劝导', '创城宣传入户', '清理小广告'],
  safety: ['平安巡逻', '消防安全排查', '反诈宣传'],
  sanitation: ['楼道清洁', '垃圾分类督导', '绿化带清理'],
  service: ['走访独居老人', '“四点钟学校”辅导', '协助办理证件'],
  other: ['社区活动保障', '疫苗接种引导'],
};

type Row = Record<string, unknown>;

/** Multi-row inserts for tables without an id column. */
async function insertPlain(db: GulouDb, table: string, rows: Row[]) {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!);
  const size = Math.max(1, Math.floor(30_000 / columns.length));
  // Plain SQL: the table is named at run time (kysely types a table it knows); the rows all have the same keys.
  const values = (batch: Row[]) => sql.join(batch.map((r) => sql`(${sql.join(columns.map((c) => r[c]))})`));
  await withForeignKeysCheckedAfter(db, table, rows.length, async () => {
    for (let i = 0; i < rows.length; i += size)
      await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${values(rows.slice(i, i + size))}`.execute(
        db,
      );
  });
}

export async function seed(ctx: PluginContext<Config, GulouTables>, input: PluginSeedInput) {
  const { db } = ctx;
  const { cityId, random } = input;
  const demo = input.scale === 'demo';
  const t = (name: string) => `${S}.${name}`;
  const ins = (name: string, rows: Row[], step?: string) =>
    insertBatches(db, t(name), rows, step ? (d, n) => input.progress(step, d, n) : undefined);
  const now = ctx.clock.now();
  const today = toLocalDate(now);
  const year = Number(today.slice(0, 4));
  const day = (offset: number) => addDays(today, -offset);
  const at = (date: string, hour: number, minute = 0) =>
    new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);
  const chance = (p: number) => random() < p;
  const person = () =>
    pick(random, SURNAMES) + pick(random, GIVEN) + (chance(0.5) ? pick(random, GIVEN) : '');
  const mobile = () =>
    `1${pick(random, ['3', '5', '8', '9'])}${String(intBetween(random, 0, 999_999_999)).padStart(9, '0')}`;

  // ---- The network: grid branches over every grid, building groups under them.
  input.progress('grid branches', 0, 1);
  const grids = await db
    .selectFrom('core.place as g')
    .innerJoin('core.place as cp', (j) =>
      j.onRef('cp.city_id', '=', 'g.city_id').onRef('cp.id', '=', 'g.parent_id'),
    )
    .innerJoin('core.org as co', (j) =>
      j.onRef('co.city_id', '=', 'cp.city_id').onRef('co.place_id', '=', 'cp.id'),
    )
    .select([
      'g.id as place_id',
      'g.name',
      'cp.id as community_place_id',
      'cp.name as community_name',
      'co.id as community_org_id',
      'co.parent_id as street_org_id',
    ])
    .where('g.city_id', '=', cityId)
    .where('g.kind', '=', 'grid')
    .where('co.kind', 'like', 'community%')
    .orderBy('g.id')
    .execute();
  if (!grids.length) return;
  const branchIds = await insertBatches(
    db,
    'core.org',
    grids.map((g) => ({
      city_id: cityId,
      parent_id: g.community_org_id,
      kind: GRID_BRANCH_KIND,
      name: `${g.community_name}${g.name}党支部`,
      place_id: g.place_id,
    })),
  );
  const branches = grids.map((g, i) => ({ ...g, org_id: branchIds[i]! }));
  await insertPlain(
    db,
    t('grid_info'),
    branches.map((b) => ({
      city_id: cityId,
      org_id: b.org_id,
      place_id: b.place_id,
      households: intBetween(random, 280, 1400),
      established_on: `2016-${String(intBetween(random, 6, 12)).padStart(2, '0')}-01`,
    })),
  );
  const groupRows = branches.flatMap((b) =>
    Array.from({ length: intBetween(random, 2, demo ? 4 : 2) }, (_, i) => ({
      city_id: cityId,
      parent_id: b.org_id,
      kind: BUILDING_GROUP_KIND,
      name: `${b.name}${i + 1}号楼党小组`,
      place_id: null,
    })),
  );
  await insertBatches(db, 'core.org', groupRows, (d, n) => input.progress('building groups', d, n));
  const byCommunity = new Map<number, typeof branches>();
  for (const b of branches)
    byCommunity.set(b.community_place_id, [...(byCommunity.get(b.community_place_id) ?? []), b]);
  const communities = [...new Map(branches.map((b) => [b.community_org_id, b])).values()];
  const streetOrgIds = [...new Set(branches.map((b) => b.street_org_id))].filter(
    (x): x is number => x != null,
  );

  // ---- Members: activity affiliation with a grid of the community they live in.
  const members = await db
    .selectFrom('core.member as m')
    .leftJoin('core.place as p', (j) =>
      j.onRef('p.city_id', '=', 'm.city_id').onRef('p.id', '=', 'm.residence_place_id'),
    )
    .select(['m.id', 'm.name', 'm.category', 'm.unit_id', 'p.parent_id as community_place_id'])
    .where('m.city_id', '=', cityId)
    .where('m.active', '=', true)
    .orderBy('m.id')
    .execute();
  const gridOfMember = new Map<number, (typeof branches)[number]>();
  for (const m of members) {
    const options = m.community_place_id ? byCommunity.get(m.community_place_id) : undefined;
    if (options?.length) gridOfMember.set(m.id, pick(random, options));
  }
  await insertBatches(
    db,
    'core.member_affiliation',
    [...gridOfMember.entries()].map(([memberId, g]) => ({
      city_id: cityId,
      member_id: memberId,
      kind: 'grid',
      org_id: g.org_id,
      place_id: g.place_id,
      since: `${intBetween(random, 2017, 2024)}-0${intBetween(random, 1, 9)}-01`,
      until: null,
      note: null,
    })),
    (d, n) => input.progress('grid affiliations', d, n),
  );
  const membersOfGrid = new Map<number, number[]>();
  for (const [m, g] of gridOfMember) membersOfGrid.set(g.org_id, [...(membersOfGrid.get(g.org_id) ?? []), m]);
  const memberName = new Map(members.map((m) => [m.id, m.name]));

  // ---- Units.
  const units = await db
    .selectFrom('core.unit')
    .select(['id', 'name', 'kind', 'level', 'org_id'])
    .where('city_id', '=', cityId)
    .orderBy('id')
    .execute();
  const membersOfUnit = new Map<number, number[]>();
  for (const m of members)
    if (m.unit_id) membersOfUnit.set(m.unit_id, [...(membersOfUnit.get(m.unit_id) ?? []), m.id]);
  const twoNew = units.filter((u) => u.kind === 'new_economic' || u.kind === 'new_social');

  // ---- Grid workers and career chains: one worker per grid; the community secretaries came up the same chains.
  input.progress('grid workers', 0, 1);
  const workerRows: Row[] = [];
  const stepPlans: { post: string[]; title: string[]; hired: string }[] = [];
  for (const b of branches) {
    const hired = `${intBetween(random, 2012, 2024)}-${String(intBetween(random, 1, 12)).padStart(2, '0')}-01`;
    workerRows.push({
      city_id: cityId,
      name: person(),
      gender: chance(0.7) ? 'female' : 'male',
      phone: mobile(),
      member_id: null,
      org_id: b.org_id,
      hired_on: hired,
      active: true,
    });
    const title = weighted(random, { a: 48, b: 35, c: 15, d: 2 });
    stepPlans.push({
      hired,
      post: chance(0.55) ? ['grid_secretary'] : [],
      title: ['grid_worker', 'assistant_social_worker', 'social_worker', 'senior_social_worker'].slice(
        0,
        { a: 1, b: 2, c: 3, d: 4 }[title],
      ),
    });
  }
  // Published: 48 community secretaries in established posts, 5 of them promoted to street deputies.
  const careerSecretaries = demo ? 48 : Math.min(2, communities.length);
  const deputies = demo ? 5 : 1;
  communities.forEach((cm, i) => {
    const hired = `${intBetween(random, 2006, 2012)}-0${intBetween(random, 1, 9)}-01`;
    const deputy = i < deputies && cm.street_org_id != null;
    workerRows.push({
      city_id: cityId,
      name: person(),
      gender: chance(0.6) ? 'female' : 'male',
      phone: mobile(),
      member_id: null,
      org_id: deputy ? cm.street_org_id : cm.community_org_id,
      hired_on: hired,
      active: true,
    });
    const post = ['grid_secretary', 'community_worker', 'community_secretary'];
    if (i < careerSecretaries) post.push('career_community_secretary');
    if (deputy) post.push('street_deputy');
    stepPlans.push({
      hired,
      post,
      title: [
        'grid_worker',
        'assistant_social_worker',
        'social_worker',
        ...(chance(0.2) ? ['senior_social_worker'] : []),
      ],
    });
  });
  const workerIds = await ins('grid_worker', workerRows);
  const stepRows: Row[] = [];
  workerIds.forEach((workerId, i) => {
    const plan = stepPlans[i]!;
    for (const chain of ['post', 'title'] as const) {
      let date = plan.hired;
      plan[chain].forEach((step, k) => {
        if (k > 0) date = addDays(date, intBetween(random, 500, 1400));
        if (date > today) date = day(intBetween(random, 30, 200));
        stepRows.push({ city_id: cityId, worker_id: workerId, chain, step, started_on: date, note: null });
      });
    }
  });
  // Steps stay in order: a later step never predates an earlier one.
  for (let i = 1; i < stepRows.length; i++) {
    const a = stepRows[i - 1]!;
    const b = stepRows[i]!;
    if (
      a.worker_id === b.worker_id &&
      a.chain === b.chain &&
      (b.started_on as string) < (a.started_on as string)
    )
      b.started_on = a.started_on;
  }
  await ins('career_step', stepRows, 'career steps');

  // ---- Councils and their part-time members (兼职委员).
  const bodyRows: Row[] = [];
  const bodySize: number[] = [];
  for (const st of streetOrgIds) {
    bodyRows.push(
      {
        city_id: cityId,
        org_id: st,
        kind: 'big_working_committee',
        name: '街道大工委',
        established_on: '2017-03-01',
      },
      {
        city_id: cityId,
        org_id: st,
        kind: 'promotion_council',
        name: '街道党建促进会',
        established_on: '2017-03-01',
      },
    );
    bodySize.push(intBetween(random, 8, 12), intBetween(random, 10, 16));
  }
  for (const cm of communities) {
    bodyRows.push(
      {
        city_id: cityId,
        org_id: cm.community_org_id,
        kind: 'big_party_committee',
        name: `${cm.community_name}大党委`,
        established_on: '2017-04-01',
      },
      {
        city_id: cityId,
        org_id: cm.community_org_id,
        kind: 'joint_council',
        name: `${cm.community_name}党建联席会`,
        established_on: '2017-04-01',
      },
    );
    bodySize.push(intBetween(random, 5, 9), intBetween(random, 6, 10));
  }
  for (const b of branches) {
    bodyRows.push({
      city_id: cityId,
      org_id: b.org_id,
      kind: 'consultation_council',
      name: `${b.community_name}${b.name}党建协商会`,
      established_on: '2017-06-01',
    });
    bodySize.push(intBetween(random, 4, 7));
  }
  const bodyIds = await ins('body', bodyRows);
  const bodyMemberRows: Row[] = [];
  bodyIds.forEach((bodyId, i) => {
    const body = bodyRows[i]!;
    const onGrid = body.kind === 'consultation_council';
    for (let k = 0; k < bodySize[i]!; k++) {
      let source: string =
        k === 0
          ? 'unit'
          : weighted<string>(
              random,
              onGrid
                ? { unit: 2, resident: 3, member: 3, grid_worker: 1, two_new_secretary: 1 }
                : { unit: 6, resident: 1, member: 1, two_new_secretary: 2 },
            );
      if (source === 'two_new_secretary' && !twoNew.length) source = 'unit';
      if (source === 'unit' && !units.length) source = 'resident';
      const gridMembers = membersOfGrid.get(body.org_id as number) ?? [];
      if (source === 'member' && !gridMembers.length) source = 'resident';
      const unit =
        source === 'two_new_secretary'
          ? pick(random, twoNew)
          : source === 'unit'
            ? pick(random, units)
            : null;
      const memberId = source === 'member' ? pick(random, gridMembers) : null;
      bodyMemberRows.push({
        city_id: cityId,
        body_id: bodyId,
        name: memberId ? memberName.get(memberId)! : person(),
        source,
        role: k === 0 ? 'convener' : 'part_time_member',
        unit_id: unit?.id ?? null,
        member_id: memberId,
        since: String(body.established_on),
        until: null,
      });
    }
  });
  await ins('body_member', bodyMemberRows, 'council members');

  // ---- Party-representative studios, one per street.
  const studioIds = await ins(
    'studio',
    streetOrgIds.map((st, i) => ({
      city_id: cityId,
      org_id: st,
      name: `第${i + 1}党代表工作室`,
      representatives: JSON.stringify(Array.from({ length: intBetween(random, 3, 5) }, person)),
    })),
  );

  // ---- The alliance: 29 first members from province, city, district units and two-new organizations.
  input.progress('alliance', 0, 1);
  const lead = communities[0]!;
  const [allianceId] = await ins('alliance', [
    {
      city_id: cityId,
      name: `${lead.community_name}区域化党建联盟`,
      lead_org_id: lead.community_org_id,
      founded_on: '2016-03-01',
      charter_adopted_on: '2016-03-01',
      charter: [
        '第一条 联盟由社区党委牵头，辖区单位党组织自愿参加，是区域党建工作的议事、联络、协调机构。',
        '第二条 成员单位各派一至两名负责同志参加联盟活动，人员变动时及时报备。',
        '第三条 联盟实行线上线下相结合的议事方式，定期召开联席会议，重大事项共同协商决定。',
        '第四条 成员单位梳理供需清单，共同编制服务项目书，推动场地、设施等资源向居民开放共享。',
        '第五条 联盟对共建项目实行台账管理，年终通报完成情况。',
      ].join('\n'),
    },
  ]);
  const allianceUnits = [...units].sort(
    (a, b) =>
      ['province', 'city', 'county', 'central'].indexOf(a.level) -
        ['province', 'city', 'county', 'central'].indexOf(b.level) || a.id - b.id,
  );
  const chosen: typeof units = [];
  for (const level of ['province', 'city', 'county'] as const)
    chosen.push(
      ...allianceUnits.filter((u) => u.level === level && u.kind === 'organ').slice(0, demo ? 6 : 1),
    );
  for (const u of allianceUnits)
    if (
      chosen.length < Math.min(29, units.length) &&
      !chosen.includes(u) &&
      (u.kind !== 'organ' || chosen.length > 20)
    )
      chosen.push(u);
  for (const u of allianceUnits)
    if (chosen.length < Math.min(29, units.length) && !chosen.includes(u)) chosen.push(u);
  const joined = chosen.map((_u, i) =>
    i < 29 && demo ? '2016-03-01' : `${intBetween(random, 2016, 2020)}-0${intBetween(random, 3, 9)}-01`,
  );
  const auIds = await ins(
    'alliance_unit',
    chosen.map((u, i) => ({
      city_id: cityId,
      alliance_id: allianceId,
      unit_id: u.id,
      joined_on: joined[i],
      left_on: null,
    })),
  );
  const repRows: Row[] = [];
  chosen.forEach((u, i) => {
    const staff = membersOfUnit.get(u.id) ?? [];
    const n = chance(0.55) ? 2 : 1;
    for (let k = 0; k < n; k++) {
      const memberId = staff.length ? staff[(k * 7 + i) % staff.length]! : null;
      repRows.push({
        city_id: cityId,
        alliance_unit_id: auIds[i],
        name: memberId ? memberName.get(memberId)! : person(),
        title: k === 0 ? '党组织书记' : '党建联络员',
        phone: mobile(),
        member_id: memberId,
      });
    }
  });
  await ins('alliance_rep', repRows);
  const links = chosen.flatMap((u, i) =>
    u.org_id
      ? [
          {
            city_id: cityId,
            kind: 'alliance' as const,
            from_org_id: u.org_id,
            to_org_id: lead.community_org_id,
            since: joined[i],
            note: null,
          },
        ]
      : [],
  );
  if (links.length)
    await db
      .insertInto('core.org_link')
      .values(links)
      .onConflict((oc) => oc.doNothing())
      .execute();
  const topics = [
    '年度共建项目对接',
    '老旧小区改造协商',
    '驻区单位资源开放',
    '文明城市创建分工',
    '“四点钟学校”志愿排班',
    '汛期安全联防',
    '困难群众节日慰问',
    '停车难问题共商',
    '党员志愿服务星级评价通报',
    '年度工作总结与计划',
  ];
  const meetingRows: Row[] = [];
  const months = demo ? 12 : 3;
  for (let k = months; k >= 0; k--) {
    const date =
      k === 0 ? addDays(today, intBetween(random, 7, 14)) : addDays(day(k * 30), -intBetween(random, 0, 5));
    const future = date > today;
    meetingRows.push({
      city_id: cityId,
      alliance_id: allianceId,
      held_at: at(date, chance(0.5) ? 9 : 15, 0),
      mode: k % 2 ? 'online' : 'offline',
      location: k % 2 ? '联盟微信群' : `${lead.community_name}党群服务中心`,
      topic: topics[k % topics.length],
      agenda: JSON.stringify(['通报上次议定事项落实情况', `${topics[k % topics.length]}`, '成员单位发言']),
      status: k === 0 || future ? 'planned' : 'held',
      minutes: k === 0 || future ? null : '与会单位围绕议题充分协商，形成议定事项。',
      cancel_reason: null,
    });
  }
  const meetingIds = await ins('meeting', meetingRows);
  const attendance: Row[] = [];
  const decisionRows: Row[] = [];
  meetingIds.forEach((meetingId, k) => {
    if (meetingRows[k]!.status !== 'held') return;
    auIds.forEach((au) => {
      if (chance(0.82)) attendance.push({ city_id: cityId, meeting_id: meetingId, alliance_unit_id: au });
    });
    const heldOn = toLocalDate(meetingRows[k]!.held_at as Date);
    for (let d = 0; d < intBetween(random, 1, 3); d++) {
      const due = addDays(heldOn, intBetween(random, 15, 60));
      decisionRows.push({
        city_id: cityId,
        meeting_id: meetingId,
        content: `${topics[(k + d) % topics.length]}：明确牵头单位和完成时限`,
        owner_unit_id: pick(random, chosen).id,
        due_on: due,
        done_on: due < today && chance(0.85) ? addDays(due, -intBetween(random, 0, 10)) : null,
      });
    }
  });
  await insertPlain(db, t('meeting_attendance'), attendance);
  await ins('meeting_decision', decisionRows);

  // ---- Supply and demand lists, matched into service projects.
  input.progress('supply and demand', 0, 1);
  const listed = () => day(intBetween(random, 5, 360));
  const itemRows: Row[] = [];
  for (const b of branches)
    for (let k = 0; k < intBetween(random, 1, demo ? 3 : 2); k++) {
      const category = pick(random, SUPPLY_CATEGORIES);
      itemRows.push({
        city_id: cityId,
        side: 'need',
        grid_org_id: b.org_id,
        unit_id: null,
        category,
        title: SUPPLY_TITLES[category]![0],
        detail: null,
        status: 'open',
        listed_on: listed(),
        withdraw_reason: null,
      });
    }
  for (const u of units)
    for (let k = 0; k < intBetween(random, 2, 6); k++) {
      const category = pick(random, SUPPLY_CATEGORIES);
      itemRows.push({
        city_id: cityId,
        side: 'offer',
        grid_org_id: null,
        unit_id: u.id,
        category,
        title: SUPPLY_TITLES[category]![1],
        detail: null,
        status: 'open',
        listed_on: listed(),
        withdraw_reason: null,
      });
    }
  const offers = itemRows.map((r, i) => ({ r, i })).filter((x) => x.r.side === 'offer');
  const taken = new Set<number>();
  const projectPlans: { need: number; offer: number; row: Row }[] = [];
  for (const [needIndex, need] of itemRows.entries()) {
    if (need.side !== 'need') continue;
    if (!chance(0.66)) {
      if (chance(0.05)) Object.assign(need, { status: 'withdrawn', withdraw_reason: '需求已由社区自行解决' });
      continue;
    }
    const offer =
      offers.find((o) => !taken.has(o.i) && o.r.category === need.category) ??
      offers.find((o) => !taken.has(o.i));
    if (!offer) break;
    const created = [need.listed_on as string, offer.r.listed_on as string].sort()[1]!;
    const startOn = addDays(created, intBetween(random, 3, 20));
    const endOn = addDays(startOn, intBetween(random, 30, 180));
    const age = daysBetween(created, today);
    const status = weighted<string>(
      random,
      age > 120
        ? { completed: 80, in_progress: 12, cancelled: 8 }
        : age > 30
          ? { completed: 35, in_progress: 55, planned: 5, cancelled: 5 }
          : { planned: 60, in_progress: 40 },
    );
    if (status !== 'cancelled') {
      // A cancelled project hands its need and offer back to the lists.
      taken.add(offer.i);
      need.status = 'matched';
      offer.r.status = 'matched';
    }
    const unit = units.find((u) => u.id === offer.r.unit_id)!;
    const grid = branches.find((g) => g.org_id === need.grid_org_id)!;
    projectPlans.push({
      need: needIndex,
      offer: offer.i,
      row: {
        city_id: cityId,
        grid_org_id: grid.org_id,
        unit_id: unit.id,
        title: `${grid.name}·${unit.name}${String(need.title).slice(0, 8)}项目`,
        owner_name: person(),
        content: `${unit.name}${offer.r.title}，回应${grid.name}“${need.title}”`,
        start_on: startOn,
        end_on: endOn,
        status,
        started_on: status === 'in_progress' || status === 'completed' ? [startOn, today].sort()[0] : null,
        completed_on:
          status === 'completed' ? [addDays(startOn, intBetween(random, 20, 150)), today].sort()[0] : null,
        created_on: created,
      },
    });
  }
  const itemIds = await ins('supply_item', itemRows);
  await ins(
    'service_project',
    projectPlans.map((p) => ({ ...p.row, need_id: itemIds[p.need], offer_id: itemIds[p.offer] })),
    'service projects',
  );

  // ---- Facilities units open to the public.
  const facilityRows: Row[] = [];
  for (const u of units) {
    if (!chance(0.45)) continue;
    for (const kind of [
      pick(random, ['parking', 'sports', 'toilet', 'meeting_room', 'library', 'canteen']),
      ...(chance(0.3) ? ['toilet'] : []),
    ]) {
      const night = kind === 'parking' || kind === 'sports';
      facilityRows.push({
        city_id: cityId,
        unit_id: u.id,
        kind,
        name: `${u.name}${FACILITY_NAMES[kind]}`,
        address: null,
        place_id: pick(random, grids).community_place_id,
        days: night ? '1111111' : kind === 'toilet' ? '1111111' : '1111100',
        opens_at: night ? '18:00' : kind === 'toilet' ? '07:00' : '09:00',
        closes_at: night ? '23:00' : kind === 'toilet' ? '21:00' : '17:30',
        capacity: kind === 'parking' ? intBetween(random, 20, 150) : null,
        note: kind === 'parking' ? '工作日夜间及节假日向居民开放' : null,
        active: true,
      });
    }
  }
  await ins('facility', facilityRows);

  // ---- A year of resident demands in the five ledgers.
  const perGrid = demo ? 12 : 6;
  const demandRows: Row[] = [];
  const plans: {
    ledger: Ledger;
    received: Date;
    assigned?: Date;
    started?: Date;
    escalated?: Date;
    closed?: Date;
    reopened?: Date;
    firstClose?: Date;
  }[] = [];
  const hoursLater = (d: Date, h: number) => new Date(d.getTime() + h * 3_600_000);
  const nowMs = now.getTime();
  for (const g of branches) {
    const count = intBetween(random, Math.round(perGrid * 0.6), Math.round(perGrid * 1.4));
    for (let k = 0; k < count; k++) {
      const ledger = weighted(random, {
        immediate: 45,
        time_limited: 25,
        undertaken: 15,
        proxy: 10,
        special: 5,
      }) as Ledger;
      const receivedOn = day(intBetween(random, 0, 364));
      let received = at(receivedOn, intBetween(random, 8, 19), intBetween(random, 0, 59));
      if (received.getTime() > nowMs) received = new Date(nowMs - intBetween(random, 1, 8) * 3_600_000);
      const recOn = toLocalDate(received);
      const category = weighted(random, {
        environment: 22,
        safety: 12,
        facilities: 18,
        neighbourhood: 10,
        elderly_care: 10,
        services: 14,
        property: 10,
        other: 4,
      });
      let deadline: string | null = null;
      let closeAfterDays: number | null = null;
      const p: (typeof plans)[number] = { ledger, received };
      if (ledger === 'immediate') {
        closeAfterDays = chance(0.99) ? intBetween(random, 1, 8) / 24 : null;
      } else if (ledger === 'time_limited') {
        deadline = addDays(recOn, intBetween(random, 3, 15));
        const span =
          Number(new Date(`${deadline}T12:00:00Z`)) / 86_400_000 -
          Number(new Date(`${recOn}T12:00:00Z`)) / 86_400_000;
        const onTime = chance(0.9);
        closeAfterDays = onTime ? random() * span : span + intBetween(random, 1, 10);
        if (chance(0.03)) closeAfterDays = null;
      } else if (ledger === 'special') {
        closeAfterDays = chance(0.9) ? intBetween(random, 5, 45) : null;
        if (chance(0.3)) p.escalated = hoursLater(received, intBetween(random, 24, 96));
      } else if (ledger === 'undertaken') {
        p.assigned = hoursLater(received, intBetween(random, 1, 30));
        deadline = addDays(toLocalDate(p.assigned), 15);
        closeAfterDays = chance(0.94) ? intBetween(random, 2, 20) : null;
      } else {
        p.assigned = hoursLater(received, intBetween(random, 1, 12));
        closeAfterDays = chance(0.96) ? intBetween(random, 1, 7) : null;
      }
      if (p.escalated && p.escalated.getTime() > nowMs) p.escalated = undefined;
      if (p.assigned && p.assigned.getTime() > nowMs) p.assigned = undefined;
      if (ledger !== 'immediate') {
        const base = p.assigned ?? received;
        const started = hoursLater(base, intBetween(random, 1, 24));
        if (started.getTime() < nowMs) p.started = started;
      }
      let closed = closeAfterDays == null ? undefined : hoursLater(received, closeAfterDays * 24 + 0.5);
      if (closed && (closed.getTime() > nowMs || (p.started && closed < p.started)))
        closed = closed.getTime() > nowMs ? undefined : hoursLater(p.started!, 2);
      if (closed && closed.getTime() > nowMs) closed = undefined;
      // 承办件 and 代办件 close only once assigned.
      if ((ledger === 'undertaken' || ledger === 'proxy') && !p.assigned) closed = undefined;
      if (closed && chance(0.01)) {
        const again = hoursLater(closed, intBetween(random, 24, 120));
        if (again.getTime() < nowMs) {
          p.firstClose = closed;
          p.reopened = hoursLater(closed, intBetween(random, 12, 48));
          closed = again;
        }
      }
      p.closed = closed;
      plans.push(p);
      const status = closed ? 'closed' : p.started ? 'in_progress' : p.assigned ? 'assigned' : 'received';
      const unitAssignee =
        ledger === 'undertaken' && p.assigned && chance(0.5) ? pick(random, units).id : null;
      const gridMembers = membersOfGrid.get(g.org_id) ?? [];
      const agentMember =
        ledger === 'proxy' && p.assigned && gridMembers.length && chance(0.6)
          ? pick(random, gridMembers)
          : null;
      demandRows.push({
        city_id: cityId,
        grid_org_id: g.org_id,
        resident_name: person(),
        resident_phone: chance(0.8) ? mobile() : null,
        address: null,
        content: pick(random, CONTENTS[category]!),
        category,
        source: weighted(random, {
          grid_patrol: 35,
          visit: 20,
          phone: 15,
          wechat: 20,
          walk_in: 8,
          studio: 2,
        }),
        ledger,
        status,
        deadline,
        assignee_unit_id: unitAssignee,
        assignee_department:
          ledger === 'undertaken' && p.assigned && !unitAssignee ? pick(random, DEPARTMENTS) : null,
        agent_member_id: agentMember,
        agent_name:
          ledger === 'proxy' && p.assigned ? (agentMember ? memberName.get(agentMember)! : person()) : null,
        studio_id: p.escalated && studioIds.length ? pick(random, studioIds) : null,
        escalated_at: p.escalated && studioIds.length ? p.escalated : null,
        received_at: received,
        received_on: recOn,
        assigned_at: p.assigned ?? null,
        closed_at: closed ?? null,
        closed_on: closed ? toLocalDate(closed) : null,
        reply: closed ? pick(random, REPLIES[ledger]) : null,
        satisfaction: closed
          ? weighted(random, { satisfied: 88, basically_satisfied: 10, unsatisfied: 2 })
          : null,
        reopen_count: p.reopened ? 1 : 0,
        created_by: null,
        updated_at: closed ?? p.started ?? p.assigned ?? received,
      });
    }
  }
  // Deadlines stay on or after the day received (a late-evening 限时件 rolls to the next day).
  const demandIds = await ins('demand', demandRows, 'demands');
  const eventRows: Row[] = [];
  demandIds.forEach((demandId, i) => {
    const p = plans[i]!;
    const d = demandRows[i]!;
    const ev = (when: Date, action: string, from: string | null, to: string, note: string | null = null) =>
      eventRows.push({
        city_id: cityId,
        demand_id: demandId,
        at: when,
        action,
        from_status: from,
        to_status: to,
        note,
        actor_user_id: null,
      });
    ev(p.received, 'record', null, 'received');
    let status = 'received';
    if (p.assigned) {
      ev(
        p.assigned,
        'assign',
        status,
        'assigned',
        (d.agent_name ?? d.assignee_department ?? null) as string | null,
      );
      status = 'assigned';
    }
    if (p.started) {
      ev(p.started, 'start', status, 'in_progress');
      status = 'in_progress';
    }
    if (p.escalated && d.studio_id)
      ev(p.escalated, 'escalate', status, status, '疑难问题提交党代表工作室协调');
    if (p.firstClose && p.reopened) {
      ev(p.firstClose, 'close', status, 'closed', '已处理');
      ev(p.reopened, 'reopen', 'closed', 'in_progress', '居民反映问题反复，重新办理');
      status = 'in_progress';
    }
    if (p.closed) ev(p.closed, 'close', status, 'closed', d.reply as string);
  });
  await ins('demand_event', eventRows, 'demand events');

  // ---- Volunteer micro-hours: in-service members in the grids, plus retired members' teams.
  const logRows: Row[] = [];
  for (const m of members) {
    const grid = gridOfMember.get(m.id);
    const inService = m.category === 'in_service';
    if (!(inService ? chance(0.55) : m.category === 'retired' && chance(0.1))) continue;
    const tier = weighted(random, { low: 40, mid: 34, high: 20, top: 6 });
    const entries = {
      low: intBetween(random, 1, 2),
      mid: intBetween(random, 3, 5),
      high: intBetween(random, 6, 10),
      top: intBetween(random, 11, 18),
    }[tier];
    const quality = 3 + random() * 2;
    for (let k = 0; k < (demo ? entries : Math.min(entries, 6)); k++) {
      const offset = intBetween(random, 0, 364);
      const servedOn = day(offset);
      const category = weighted(random, {
        civilized_city: 25,
        safety: 20,
        sanitation: 25,
        service: 25,
        other: 5,
      });
      const status =
        offset < 14
          ? chance(0.5)
            ? 'pending'
            : 'confirmed'
          : weighted(random, { confirmed: 96, rejected: 3, pending: 1 });
      const logged = at(servedOn, 20, 0);
      logRows.push({
        city_id: cityId,
        member_id: m.id,
        grid_org_id: grid?.org_id ?? null,
        category,
        served_on: servedOn,
        hours: intBetween(random, 4, 12) / 2,
        description: pick(random, VOLUNTEER_TEXT[category]!),
        status,
        rating:
          status === 'confirmed' ? Math.max(1, Math.min(5, Math.round(quality + (random() - 0.5)))) : null,
        logged_by: null,
        logged_at: logged.getTime() > nowMs ? now : logged,
        decided_by: null,
        decided_at: status === 'pending' ? null : new Date(Math.min(nowMs, hoursLater(logged, 20).getTime())),
        reject_reason: status === 'rejected' ? '时长与活动记录不符' : null,
      });
    }
  }
  await ins('volunteer_log', logRows, 'volunteer hours');

  // ---- Funds: last year's and this year's, by source; a few branches fall short of the floor.
  const fundRows: Row[] = [];
  for (const b of branches) {
    for (const y of [year - 1, year]) {
      const current = y === year;
      const fiscal = chance(current ? 0.9 : 0.97) ? 2500 : intBetween(random, 15, 24) * 100;
      fundRows.push({
        city_id: cityId,
        grid_org_id: b.org_id,
        year: y,
        source: 'fiscal',
        amount: fiscal,
        unit_id: null,
        received_on: current
          ? [`${y}-02-${String(intBetween(random, 10, 28)).padStart(2, '0')}`, today].sort()[0]
          : `${y}-02-20`,
        note: null,
      });
      if (chance(current ? 0.25 : 0.4) && units.length) {
        const received = current
          ? day(intBetween(random, 0, 120))
          : `${y}-${String(intBetween(random, 3, 11)).padStart(2, '0')}-15`;
        if (Number(received.slice(0, 4)) === y)
          fundRows.push({
            city_id: cityId,
            grid_org_id: b.org_id,
            year: y,
            source: 'co_building',
            amount: intBetween(random, 5, 20) * 100,
            unit_id: pick(random, units).id,
            received_on: received,
            note: '共建单位支持',
          });
      }
      if (chance(0.12))
        fundRows.push({
          city_id: cityId,
          grid_org_id: b.org_id,
          year: y,
          source: 'donation',
          amount: intBetween(random, 2, 8) * 100,
          unit_id: null,
          received_on: current ? [`${y}-03-01`, today].sort()[0] : `${y}-06-01`,
          note: '社会捐赠',
        });
    }
  }
  await ins(
    'fund',
    fundRows.filter((f) => (f.received_on as string) <= today),
    'funds',
  );

  // No statistics here: both callers (the demo seeder and seedPluginIntoCity) analyze core and this model's tables
  // after the seed (PGlite runs no autovacuum).
}
