import {
  insertBatches,
  intBetween,
  type PluginContext,
  type PluginSeedInput,
  pick,
  spread,
  todayOf,
  weighted,
  withForeignKeysCheckedAfter,
} from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import { type Config, configSchema } from '../manifest';
import { certificateNumber, ORG_KINDS, PIONEER_TAGS, PROJECT_CATEGORIES } from '../shared/model';
import { communityKindsSql, S } from './common';
import type { LongyanDb, LongyanTables } from './db';

/**
 * Demo data at the published scale of 龙岩 (end of 2017), generated record by record so the rates come out of the
 * data: 1,250 compound orgs over 1,469 compounds, reports of 37,455 in-service members (99.97%), service records
 * (99.95% served), 3,957 posts with 59,000+ claims, 3,649 pairing needs (3,045 paired), 7,732 wishes (5,763 claimed),
 * 737 volunteer teams, 1,119 grid branches, 890 agreements, 4,491 activities, 2,770 projects (2,533 completed),
 * 489 red owners' committees (925 party members, 593 in-service, 91 一肩挑, 387 交叉任职).
 * Every figure is a per-member, per-compound or per-pair rate applied to the seeded city, so a small city gets a few rows.
 */
const PUBLISHED = {
  inService: 37_455,
  compounds: 1_469,
  compoundOrgs: 1_250,
  uncoveredCompounds: 6, // newly drawn compounds still waiting for an org, so the coverage view has something to show
  communities: 132,
  pairs: 890,
  reportProbability: 0.9997,
  firstServiceConfirmed: 0.9996,
  posts: 3_957,
  postClaims: 59_200,
  pairings: 3_649,
  paired: 3_045,
  wishes: 7_732,
  wishesClaimed: 5_763,
  teams: 737,
  grids: 1_119,
  activities: 4_491,
  projects: 2_770,
  projectsCompleted: 2_533,
  redCommittees: 489,
  redPartyMembers: 925,
  redInService: 593,
  oneShoulder: 91,
  crossAppointed: 387,
};

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN =
  '伟芳娜英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志海燕红梅玉秀文辉鹏飞丹萍玲斌宇浩凯琳晨阳'.split('');
const ADDRESS = ['阿姨', '大爷', '奶奶', '爷爷', '女士', '先生'];
const POST_TITLES = [
  ['小区楼道清洁岗', 'fixed'],
  ['政策宣传员', 'fixed'],
  ['民情收集员', 'fixed'],
  ['矛盾纠纷调解岗', 'fixed'],
  ['文明劝导岗', 'fixed'],
  ['四点钟学校辅导员', 'fixed'],
  ['空巢老人结对探访', 'group'],
  ['党员服务队义诊', 'group'],
  ['环境整治志愿队', 'group'],
  ['法律咨询进小区', 'group'],
  ['文明城市创建主题服务', 'theme'],
  ['关心青少年主题活动', 'theme'],
  ['红色教育主题宣讲', 'theme'],
  ['民俗节慶主题服务', 'theme'],
] as const;
const SERVICE_CONTENT = [
  '楼道清理与环境整治',
  '入户宣传政策',
  '收集居民意见建议',
  '调解邻里纠纷',
  '文明劝导',
  '辅导小学生功课',
  '探访空巢老人',
  '义诊与健康咨询',
  '法律咨询',
  '协助物业排查隐患',
  '参加小区议事会',
  '组织文体活动',
];
const PAIRING_NEEDS = [
  '独居老人日常照料',
  '困难家庭子女助学',
  '残疾人出行帮扶',
  '低保户就业指导',
  '留守儿童课后陪伴',
  '重病家庭心理疏导',
];
const WISHES = [
  '一套课外读物',
  '一台助听器',
  '一次家电维修',
  '一辆儿童自行车',
  '一次上门理发',
  '一件冬衣',
  '一个书包和文具',
  '一次健康体检陪同',
  '一台电风扇',
  '一床棉被',
];
const ACTIVITIES = [
  '主题党日联学',
  '共驻共建座谈会',
  '环境整治集体行动',
  '慰问困难群众',
  '文明创建志愿活动',
  '党课进社区',
];
const PROJECTS = [
  '社区阵地改造',
  '四点钟学校',
  '居家养老服务点',
  '调解工作室',
  '小区充电桩',
  '健身路径',
  '党群服务站',
  '技能培训班',
];

const personName = (random: () => number) =>
  pick(random, SURNAMES) + pick(random, GIVEN) + (random() < 0.6 ? pick(random, GIVEN) : '');

const DAY = 86_400_000;
const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);
/** A local (UTC+8) timestamp on a date, in office-to-evening hours; never later than `nowMs` (set per seeding run). */
let nowMs = Number.POSITIVE_INFINITY;
const stamp = (random: () => number, date: string, fromHour = 8, toHour = 21) => {
  const s = `${date}T${String(intBetween(random, fromHour, toHour)).padStart(2, '0')}:${String(intBetween(random, 0, 59)).padStart(2, '0')}:00+08:00`;
  return Date.parse(s) > nowMs ? new Date(nowMs).toISOString() : s;
};
const dayIn = (random: () => number, from: string, to: string, skew = 1) => {
  const span = Math.max(0, daysBetween(from, to));
  return addDays(from, Math.floor(random() ** skew * (span + 1)));
};

/**
 * Bulk insert through one JSON parameter per chunk (json_populate_recordset): far fewer bind parameters than a
 * multi-row VALUES, which matters on PGlite. Returns ids in input order when asked.
 */
async function bulk(
  db: LongyanDb,
  table: string,
  rows: Record<string, unknown>[],
  returnIds = false,
): Promise<number[]> {
  if (!rows.length) return [];
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const list = sql.raw(cols.join(', '));
  // Foreign keys checked once per load, set-based, instead of row by row (see withForeignKeysCheckedAfter).
  return withForeignKeysCheckedAfter(db, table, rows.length, async () => {
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += 10_000) {
      const chunk = JSON.stringify(rows.slice(i, i + 10_000));
      const q = sql<{
        id: number;
      }>`insert into ${sql.raw(table)} (${list}) select ${list} from json_populate_recordset(null::${sql.raw(table)}, ${chunk}::json) ${returnIds ? sql`returning id` : sql``}`;
      const r = await q.execute(db);
      if (returnIds) for (const row of r.rows) ids.push(Number(row.id));
    }
    return ids;
  });
}

interface Community {
  id: number;
  placeId: number;
}

export async function seed(ctx: PluginContext<Config, LongyanTables>, input: PluginSeedInput) {
  const { db } = ctx;
  const { cityId, random, progress } = input;
  // A new city has the default config (and configFor would read outside the seeding transaction).
  const config = configSchema.parse({});
  const now = todayOf(ctx);
  nowMs = ctx.clock.now().getTime();
  const period = now.slice(0, 4);
  const yearStart = `${period}-01-01`;
  const yesterday = maxDate(yearStart, addDays(now, -1));
  const rnd = (n: number) => Math.round(n);

  // --- The city as core seeded it ---
  progress('load', 0, 1);
  const communities = (
    await sql<{ id: number; place_id: number }>`
      select id, place_id from core.org where city_id = ${cityId} and kind in (${communityKindsSql}) and active and place_id is not null order by id`.execute(
      db,
    )
  ).rows.map((r): Community => ({ id: r.id, placeId: r.place_id }));
  const communityOfPlace = new Map(communities.map((c) => [c.placeId, c.id]));
  const compounds = await db
    .selectFrom('core.place')
    .select(['id', 'parent_id', 'name'])
    .where('city_id', '=', cityId)
    .where('kind', '=', 'compound')
    .orderBy('id')
    .execute();
  const buildings = await db
    .selectFrom('core.place')
    .select(['id', 'parent_id', 'name'])
    .where('city_id', '=', cityId)
    .where('kind', '=', 'building')
    .orderBy('id')
    .execute();
  const members = await db
    .selectFrom('core.member')
    .select(['id', 'name', 'category', 'residence_place_id', 'unit_id', 'org_id'])
    .where('city_id', '=', cityId)
    .where('active', '=', true)
    .orderBy('id')
    .execute();
  const units = await db
    .selectFrom('core.unit')
    .select(['id', 'org_id'])
    .where('city_id', '=', cityId)
    .execute();
  const links = (
    await sql<{ id: number; from_org_id: number; to_org_id: number; since: string | null }>`
      select l.id, l.from_org_id, l.to_org_id, l.since from core.org_link l
      join core.org o on o.city_id = l.city_id and o.id = l.to_org_id and o.kind in (${communityKindsSql})
      where l.city_id = ${cityId} and l.kind = 'co_building' order by l.id`.execute(db)
  ).rows;
  progress('load', 1, 1);

  const compoundOfPlace = new Map<number, number>();
  for (const c of compounds) compoundOfPlace.set(c.id, c.id);
  for (const b of buildings) compoundOfPlace.set(b.id, b.parent_id!);
  const communityOfCompound = new Map(compounds.map((c) => [c.id, communityOfPlace.get(c.parent_id!)]));
  const placeCommunityOrg = (placeId: number | null) => {
    if (placeId == null) return undefined;
    if (communityOfPlace.has(placeId)) return communityOfPlace.get(placeId);
    const compound = compoundOfPlace.get(placeId);
    return compound == null ? undefined : communityOfCompound.get(compound);
  };
  const residents = new Map<number, typeof members>();
  for (const m of members) {
    const compound = m.residence_place_id == null ? undefined : compoundOfPlace.get(m.residence_place_id);
    if (compound == null) continue;
    if (!residents.has(compound)) residents.set(compound, []);
    residents.get(compound)!.push(m);
  }
  const inService = members.filter((m) => m.category === 'in_service');
  const k = inService.length / PUBLISHED.inService;

  // --- 小区"兼合式"党组织: alone, or jointly over neighbouring compounds with few resident members ---
  const perCommunity = new Map<number, { id: number; name: string; residents: number }[]>();
  for (const c of compounds) {
    const community = communityOfCompound.get(c.id);
    if (community == null) continue;
    if (!perCommunity.has(community)) perCommunity.set(community, []);
    perCommunity
      .get(community)!
      .push({ id: c.id, name: c.name, residents: residents.get(c.id)?.length ?? 0 });
  }
  const coverable = [...perCommunity.values()].reduce((s, l) => s + l.length, 0);
  const uncovered = Math.min(
    coverable,
    Math.max(
      compounds.length ? 1 : 0,
      rnd((PUBLISHED.uncoveredCompounds * compounds.length) / PUBLISHED.compounds),
    ),
  );
  // The newest compound of some communities is still uncovered.
  const uncoveredIds = new Set<number>();
  for (const list of [...perCommunity.values()].sort(() => random() - 0.5)) {
    if (uncoveredIds.size >= uncovered) break;
    if (list.length > 1) uncoveredIds.add(list[list.length - 1]!.id);
  }
  const targetOrgs = Math.max(1, rnd((PUBLISHED.compoundOrgs * compounds.length) / PUBLISHED.compounds));
  type Group = { community: number; items: { id: number; name: string; residents: number }[] };
  const groups: Group[] = [];
  for (const [community, list] of perCommunity)
    for (const item of list) if (!uncoveredIds.has(item.id)) groups.push({ community, items: [item] });
  const size = (g: Group) => g.items.reduce((s, i) => s + i.residents, 0);
  // Merge the neighbouring pair with the fewest resident members until the published number of orgs remains.
  while (groups.length > targetOrgs) {
    let best = -1;
    let bestSize = Number.POSITIVE_INFINITY;
    for (let i = 0; i + 1 < groups.length; i++) {
      if (
        groups[i]!.community !== groups[i + 1]!.community ||
        groups[i]!.items.length + groups[i + 1]!.items.length > 3
      )
        continue;
      const s = size(groups[i]!) + size(groups[i + 1]!);
      if (s < bestSize) {
        bestSize = s;
        best = i;
      }
    }
    if (best < 0) break;
    groups[best]!.items.push(...groups[best + 1]!.items);
    groups.splice(best + 1, 1);
  }
  progress('compound orgs', 0, groups.length);
  const groupOrgIds = await insertBatches(
    db,
    'core.org',
    groups.map((g) => ({
      city_id: cityId,
      parent_id: g.community,
      kind: ORG_KINDS.compoundOrg,
      name:
        g.items.length > 1
          ? `${g.items.map((i) => i.name).join('、')}联合党支部`
          : `${g.items[0]!.name}党支部`,
      place_id: g.items[0]!.id,
    })),
  );
  await bulk(
    db,
    `${S}.compound_org`,
    groups.map((g, i) => ({
      city_id: cityId,
      org_id: groupOrgIds[i],
      community_org_id: g.community,
      formed_on: dayIn(random, '2017-03-01', '2018-09-30'),
    })),
  );
  const orgOfCompound = new Map<number, number>();
  await bulk(
    db,
    `${S}.compound_coverage`,
    groups.flatMap((g, i) =>
      g.items.map((item) => {
        orgOfCompound.set(item.id, groupOrgIds[i]!);
        return { city_id: cityId, compound_place_id: item.id, org_id: groupOrgIds[i] };
      }),
    ),
  );
  // Building party groups where a compound org has many resident members and the buildings are drawn.
  const compoundName = new Map(compounds.map((c) => [c.id, c.name]));
  const buildingGroups = buildings.filter(
    (b) => orgOfCompound.has(b.parent_id!) && (residents.get(b.parent_id!)?.length ?? 0) >= 20,
  );
  await insertBatches(
    db,
    'core.org',
    buildingGroups.map((b) => ({
      city_id: cityId,
      parent_id: orgOfCompound.get(b.parent_id!),
      kind: ORG_KINDS.buildingGroup,
      name: `${compoundName.get(b.parent_id!)}${b.name}党小组`,
      place_id: b.id,
    })),
  );
  progress('compound orgs', groups.length, groups.length);

  // --- 报到: the rule picks the community; a few have not reported; most reports are confirmed with the 报到证 ---
  const unitOrg = new Map(units.map((u) => [u.id, u.org_id]));
  const pairedCommunity = new Map<number, number>();
  for (const l of links)
    if (!pairedCommunity.has(l.from_org_id) || l.to_org_id < pairedCommunity.get(l.from_org_id)!)
      pairedCommunity.set(l.from_org_id, l.to_org_id);
  const demoMemberId = inService[0]?.id; // the demo "member" account walks the two-step report itself
  interface Reported {
    memberId: number;
    community: number;
    date: string;
    confirmed: boolean;
  }
  const reported: Reported[] = [];
  const reportRows: Record<string, unknown>[] = [];
  progress('reports', 0, inService.length);
  for (const m of inService) {
    const inCommunity =
      m.residence_place_id != null &&
      (compoundOfPlace.has(m.residence_place_id) || communityOfPlace.has(m.residence_place_id));
    const issuer = (m.unit_id ? unitOrg.get(m.unit_id) : null) ?? m.org_id;
    const community = inCommunity ? placeCommunityOrg(m.residence_place_id) : pairedCommunity.get(issuer);
    if (community == null || m.id === demoMemberId || random() >= PUBLISHED.reportProbability) continue;
    const date = dayIn(random, yearStart, yesterday, 1.8);
    const age = daysBetween(date, now);
    const confirmed = random() < (age > 14 ? 0.993 : 0.55);
    const confirmDate = minDate(now, addDays(date, intBetween(random, 1, 10)));
    const issued = confirmed || random() < 0.5;
    reportRows.push({
      city_id: cityId,
      member_id: m.id,
      period,
      community_org_id: community,
      rule: inCommunity ? 'residence' : 'co_building',
      issuer_org_id: issuer,
      status: confirmed ? 'confirmed' : 'online',
      reported_at: stamp(random, date),
      certificate_no: issued
        ? certificateNumber(
            config.certificatePrefix,
            period,
            m.id,
            Math.floor(random() * 65_536)
              .toString(16)
              .padStart(4, '0'),
          )
        : null,
      certificate_issued_at: issued
        ? stamp(random, minDate(now, addDays(date, intBetween(random, 0, 2))))
        : null,
      confirmed_at: confirmed ? stamp(random, confirmDate) : null,
    });
    reported.push({ memberId: m.id, community, date, confirmed });
  }
  // Confirmation stamps must not precede the report on the same day.
  for (const r of reportRows) {
    if (r.confirmed_at && (r.confirmed_at as string) < (r.reported_at as string))
      r.confirmed_at = r.reported_at;
    if (r.certificate_issued_at && (r.certificate_issued_at as string) < (r.reported_at as string))
      r.certificate_issued_at = r.reported_at;
    if (r.confirmed_at && (r.certificate_issued_at as string) > (r.confirmed_at as string))
      r.certificate_issued_at = r.confirmed_at;
  }
  await bulk(db, `${S}.report`, reportRows);
  progress('reports', inService.length, inService.length);

  const byCommunity = new Map<number, Reported[]>();
  for (const r of reported) {
    if (!byCommunity.has(r.community)) byCommunity.set(r.community, []);
    byCommunity.get(r.community)!.push(r);
  }
  const activeCommunities = communities.filter((c) => byCommunity.has(c.id));
  /** Splits a total over the communities in proportion to the members reporting there. */
  const share = (total: number) => {
    const out = new Map<number, number>();
    if (!reported.length) return out;
    let given = 0;
    activeCommunities.forEach((c, i) => {
      const n =
        i === activeCommunities.length - 1
          ? total - given
          : rnd((total * byCommunity.get(c.id)!.length) / reported.length);
      out.set(c.id, Math.max(0, n));
      given += n;
    });
    return out;
  };

  // --- The community as 主持人: posts, pairing needs, wishes; members claim them ---
  progress('posts and claims', 0, 2);
  const postRows: Record<string, unknown>[] = [];
  for (const [community, n] of share(Math.max(activeCommunities.length, rnd(PUBLISHED.posts * k)))) {
    for (let i = 0; i < Math.max(1, n); i++) {
      const [title, mode] = pick(random, POST_TITLES);
      postRows.push({
        city_id: cityId,
        community_org_id: community,
        title,
        mode,
        description: null,
        capacity: null,
        status: 'open',
        published_on: dayIn(random, yearStart, now, 2),
      });
    }
  }
  const postIds = await bulk(db, `${S}.service_post`, postRows, true);
  const postsOf = new Map<number, { id: number; on: string }[]>();
  postRows.forEach((p, i) => {
    const c = p.community_org_id as number;
    if (!postsOf.has(c)) postsOf.set(c, []);
    postsOf.get(c)!.push({ id: postIds[i]!, on: p.published_on as string });
  });

  const needRows = (total: number, table: 'pairing' | 'wish') => {
    const rows: Record<string, unknown>[] = [];
    for (const [community, n] of share(total))
      for (let i = 0; i < n; i++)
        rows.push({
          city_id: cityId,
          community_org_id: community,
          beneficiary: pick(random, SURNAMES) + pick(random, ADDRESS),
          [table === 'pairing' ? 'need' : 'content']: pick(
            random,
            table === 'pairing' ? PAIRING_NEEDS : WISHES,
          ),
          collected_on: dayIn(random, yearStart, now, 1.3),
          status: 'open',
        });
    return rows;
  };
  const pairingRows = needRows(rnd(PUBLISHED.pairings * k), 'pairing');
  const wishRows = needRows(rnd(PUBLISHED.wishes * k), 'wish');
  const claimRows: Record<string, unknown>[] = [];
  const postClaimsOf = new Map<number, number[]>(); // member → indexes into claimRows
  for (const r of reported) {
    const posts = (postsOf.get(r.community) ?? []).filter((p) => p.on <= now);
    // Mean 1.58 claims per reported member: 59,200 / 37,444.
    const count = Math.min(
      posts.length,
      Number(weighted(random, { '0': 0.13, '1': 0.36, '2': 0.35, '3': 0.12, '4': 0.04 })),
    );
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(intBetween(random, 0, posts.length - 1));
    for (const i of chosen) {
      const post = posts[i]!;
      postClaimsOf.set(r.memberId, [...(postClaimsOf.get(r.memberId) ?? []), claimRows.length]);
      claimRows.push({
        city_id: cityId,
        member_id: r.memberId,
        kind: 'post',
        post_id: post.id,
        community_org_id: r.community,
        claimed_at: stamp(random, dayIn(random, maxDate(post.on, r.date), now)),
      });
    }
  }
  // Pairing needs and wishes: each claimed by one member who reported to that community.
  const claimNeeds = (
    rows: Record<string, unknown>[],
    kind: 'pairing' | 'wish',
    ids: number[],
    share: number,
  ) => {
    const claimed: { index: number; claim: number; date: string; member: number }[] = [];
    rows.forEach((row, i) => {
      const pool = byCommunity.get(row.community_org_id as number) ?? [];
      if (!pool.length || random() >= share) return;
      const who = pick(random, pool);
      // Taken up within a month of being collected (or of the member's report, if later), mostly in the first days:
      // a 微心愿 or a family waiting the rest of the year would make the 办结 days of the shared request figures
      // meaningless (a uniform day up to today gave a median of 110 days from collection to fulfilment).
      const from = maxDate(row.collected_on as string, who.date);
      const date = dayIn(random, from, minDate(now, addDays(from, 30)), 2);
      row.status = kind === 'pairing' ? 'paired' : 'claimed';
      claimed.push({ index: i, claim: claimRows.length, date, member: who.memberId });
      claimRows.push({
        city_id: cityId,
        member_id: who.memberId,
        kind,
        [kind === 'pairing' ? 'pairing_id' : 'wish_id']: ids[i],
        community_org_id: row.community_org_id,
        claimed_at: stamp(random, date),
      });
    });
    return claimed;
  };
  // Wishes claimed long enough ago are fulfilled, through a confirmed service record on the claim.
  const pairingIds = await bulk(db, `${S}.pairing_need`, pairingRows, true);
  claimNeeds(pairingRows, 'pairing', pairingIds, PUBLISHED.paired / PUBLISHED.pairings);
  await sql`update ${sql.raw(S)}.pairing_need set status = 'paired' where city_id = ${cityId} and id = any(${sql.val(pairingIds.filter((_, i) => pairingRows[i]!.status === 'paired'))}::int[])`.execute(
    db,
  );
  const wishIdsPre = await bulk(db, `${S}.wish`, wishRows, true);
  const wishClaims = claimNeeds(wishRows, 'wish', wishIdsPre, PUBLISHED.wishesClaimed / PUBLISHED.wishes);
  progress('posts and claims', 1, 2);
  const claimIds = await bulk(db, `${S}.claim`, claimRows, true);
  progress('posts and claims', 2, 2);
  progress('service records', 0, 1);

  // --- 服务确认: every reported member has served (nearly all confirmed); some records wait or were rejected ---
  const recordRows: Record<string, unknown>[] = [];
  const record = (
    memberId: number,
    community: number,
    servedOn: string,
    status: string,
    claimId: number | null,
  ) => {
    const beneficiary = pick(random, SURNAMES) + pick(random, ADDRESS);
    const submitted = minDate(now, addDays(servedOn, intBetween(random, 0, 3)));
    // Submitted in the day, reviewed in the evening at the earliest.
    const reviewed =
      status === 'submitted'
        ? null
        : stamp(random, minDate(now, addDays(submitted, intBetween(random, 0, 5))), 18, 21);
    recordRows.push({
      city_id: cityId,
      member_id: memberId,
      community_org_id: community,
      claim_id: claimId,
      served_on: servedOn,
      hours: intBetween(random, 2, 8) / 2,
      content: pick(random, SERVICE_CONTENT),
      beneficiary,
      status,
      submitted_at: stamp(random, submitted, 8, 17),
      reviewed_at: reviewed,
      verified_with:
        status === 'confirmed'
          ? `${beneficiary}（${pick(random, ['电话核实', '上门核实', '组织者核实'])}）`
          : null,
      review_note: status === 'rejected' ? '服务对象未能确认 / the beneficiary could not confirm' : null,
    });
  };
  for (const r of reported) {
    const claims = postClaimsOf.get(r.memberId) ?? [];
    const first = claims.length ? claimIds[claims[0]!]! : null;
    const firstDay = dayIn(random, r.date, now);
    const firstStatus =
      random() < PUBLISHED.firstServiceConfirmed
        ? 'confirmed'
        : daysBetween(firstDay, now) < 5
          ? 'submitted'
          : 'rejected';
    record(r.memberId, r.community, firstDay, firstStatus, first);
    const extra = Math.floor(-Math.log(1 - random()) * 0.35);
    for (let i = 0; i < extra; i++) {
      const day = dayIn(random, r.date, now);
      const recent = daysBetween(day, now) < 10;
      record(
        r.memberId,
        r.community,
        day,
        recent && random() < 0.4 ? 'submitted' : random() < 0.96 ? 'confirmed' : 'rejected',
        claims[i + 1] != null ? claimIds[claims[i + 1]!]! : null,
      );
    }
  }
  const fulfilled: { wishIndex: number; on: string }[] = [];
  for (const w of wishClaims) {
    const on = addDays(w.date, intBetween(random, 1, 20));
    if (on > now || random() > 0.97) continue;
    const community = wishRows[w.index]!.community_org_id as number;
    record(w.member, community, on, 'confirmed', claimIds[w.claim]!);
    fulfilled.push({ wishIndex: w.index, on });
  }
  await bulk(db, `${S}.service_record`, recordRows);
  if (fulfilled.length)
    await sql`
      update ${sql.raw(S)}.wish w set status = 'fulfilled', fulfilled_on = f.on
      from json_to_recordset(${JSON.stringify(fulfilled.map((f) => ({ id: wishIdsPre[f.wishIndex], on: f.on })))}::json) as f(id integer, "on" date)
      where w.city_id = ${cityId} and w.id = f.id`.execute(db);
  const claimedWishIds = wishClaims.map((w) => wishIdsPre[w.index]!);
  if (claimedWishIds.length)
    await sql`update ${sql.raw(S)}.wish set status = 'claimed' where city_id = ${cityId} and status = 'open' and id = any(${sql.val(claimedWishIds)}::int[])`.execute(
      db,
    );
  progress('service records', 1, 1);
  progress('pioneer tags', 0, 1);

  // "五个先锋" tags.
  const tagRows: Record<string, unknown>[] = [];
  for (const r of reported) {
    if (random() > 0.35) continue;
    const tags = new Set([pick(random, PIONEER_TAGS)]);
    if (random() < 0.3) tags.add(pick(random, PIONEER_TAGS));
    for (const tag of tags) tagRows.push({ city_id: cityId, member_id: r.memberId, tag });
  }
  await bulk(db, `${S}.pioneer_tag`, tagRows);
  progress('pioneer tags', 1, 1);

  // --- 立体网格: volunteer teams and grid temporary branches; reported members placed into them ---
  progress('grids', 0, 1);
  const teamRows: Record<string, unknown>[] = [];
  const teamCommunity: number[] = [];
  const teamCounts = spread(rnd(PUBLISHED.teams * k) || activeCommunities.length, activeCommunities.length);
  activeCommunities.forEach((c, i) => {
    for (let t = 0; t < Math.max(1, teamCounts[i]!); t++) {
      teamRows.push({
        city_id: cityId,
        community_org_id: c.id,
        name: `${['党员先锋', '红色志愿', '邻里互助', '文明劝导', '平安巡逻', '关爱帮扶', '环境卫士'][t % 7]}服务队${t >= 7 ? t + 1 : ''}`,
        leader_member_id: null,
        founded_on: dayIn(random, '2016-01-01', '2018-06-30'),
      });
      teamCommunity.push(c.id);
    }
  });
  const teamIds = await bulk(db, `${S}.volunteer_team`, teamRows, true);
  const teamsOf = new Map<number, number[]>();
  teamIds.forEach((id, i) => {
    teamsOf.set(teamCommunity[i]!, [...(teamsOf.get(teamCommunity[i]!) ?? []), id]);
  });
  const gridCounts = spread(rnd(PUBLISHED.grids * k) || activeCommunities.length, activeCommunities.length);
  const gridRows: { community: number; n: number }[] = [];
  activeCommunities.forEach((c, i) => {
    for (let g = 0; g < Math.max(1, gridCounts[i]!); g++) gridRows.push({ community: c.id, n: g + 1 });
  });
  const gridOrgIds = await insertBatches(
    db,
    'core.org',
    gridRows.map((g) => ({
      city_id: cityId,
      parent_id: g.community,
      kind: ORG_KINDS.gridBranch,
      name: `第${g.n}网格临时党支部`,
      place_id: null,
    })),
  );
  const gridsOf = new Map<number, number[]>();
  await bulk(
    db,
    `${S}.grid_branch`,
    gridRows.map((g, i) => {
      gridsOf.set(g.community, [...(gridsOf.get(g.community) ?? []), gridOrgIds[i]!]);
      const teams = teamsOf.get(g.community) ?? [];
      return {
        city_id: cityId,
        org_id: gridOrgIds[i],
        community_org_id: g.community,
        volunteer_team_id: teams.length ? teams[(g.n - 1) % teams.length] : null,
        formed_on: dayIn(random, '2016-06-01', '2018-06-30'),
      };
    }),
  );
  const placementRows: Record<string, unknown>[] = [];
  const teamMemberRows: Record<string, unknown>[] = [];
  const leaders = new Map<number, number>();
  for (const r of reported) {
    const grids = gridsOf.get(r.community) ?? [];
    if (grids.length && random() < 0.97)
      placementRows.push({
        city_id: cityId,
        member_id: r.memberId,
        grid_org_id: pick(random, grids),
        placed_on: minDate(now, addDays(r.date, intBetween(random, 0, 20))),
      });
    const teams = teamsOf.get(r.community) ?? [];
    if (teams.length && random() < 0.25) {
      const team = pick(random, teams);
      if (!leaders.has(team)) leaders.set(team, r.memberId);
      teamMemberRows.push({
        city_id: cityId,
        team_id: team,
        member_id: r.memberId,
        joined_on: minDate(now, addDays(r.date, intBetween(random, 0, 30))),
      });
    }
  }
  await bulk(db, `${S}.grid_placement`, placementRows);
  await bulk(db, `${S}.team_member`, teamMemberRows);
  if (leaders.size)
    await sql`
      update ${sql.raw(S)}.volunteer_team t set leader_member_id = l.member_id
      from json_to_recordset(${JSON.stringify([...leaders].map(([team, member]) => ({ team, member_id: member })))}::json) as l(team integer, member_id integer)
      where t.city_id = ${cityId} and t.id = l.team`.execute(db);
  progress('grids', 1, 1);

  // --- 结对共建: an agreement per pair, collective activities, projects started and completed ---
  progress('co-building', 0, 1);
  await bulk(
    db,
    `${S}.co_building_agreement`,
    links.map((l) => ({
      city_id: cityId,
      link_id: l.id,
      signed_on: l.since ?? '2017-03-01',
      content: '组织共建、工作共商、资源共享、活动共办、文明共创、平安共筑',
    })),
  );
  const activityRows: Record<string, unknown>[] = [];
  const projectRows: Record<string, unknown>[] = [];
  if (links.length) {
    const perPair = links.length / PUBLISHED.pairs;
    for (let i = 0; i < rnd(PUBLISHED.activities * perPair); i++)
      activityRows.push({
        city_id: cityId,
        link_id: pick(random, links).id,
        held_on: dayIn(random, yearStart, now),
        title: pick(random, ACTIVITIES),
        participants: intBetween(random, 8, 80),
      });
    const completedShare = PUBLISHED.projectsCompleted / PUBLISHED.projects;
    // A completed project started long enough before today to have run its course; the rest are under way.
    for (let i = 0; i < rnd(PUBLISHED.projects * perPair); i++) {
      const days = intBetween(random, 10, 120);
      const done = random() < completedShare && daysBetween(yearStart, now) > days;
      const started = done ? dayIn(random, yearStart, addDays(now, -days)) : dayIn(random, yearStart, now);
      projectRows.push({
        city_id: cityId,
        link_id: pick(random, links).id,
        title: pick(random, PROJECTS),
        category: pick(random, PROJECT_CATEGORIES),
        started_on: started,
        completed_on: done ? addDays(started, days) : null,
      });
    }
  }
  await bulk(db, `${S}.co_building_activity`, activityRows);
  await bulk(db, `${S}.co_building_project`, projectRows);
  progress('co-building', 1, 1);

  // --- 红色业委会: in covered compounds; party members among owners, some cross-appointed, some 一肩挑 ---
  progress('red committees', 0, 1);
  const coveredCompounds = compounds.filter((c) => orgOfCompound.has(c.id));
  const committeeCount = Math.min(
    coveredCompounds.length,
    rnd((PUBLISHED.redCommittees * compounds.length) / PUBLISHED.compounds),
  );
  const chosen = [...coveredCompounds]
    .sort(() => random() - 0.5)
    .slice(0, committeeCount)
    .sort((a, b) => a.id - b.id);
  const committeeIds = await bulk(
    db,
    `${S}.red_committee`,
    chosen.map((c) => ({
      city_id: cityId,
      compound_place_id: c.id,
      compound_org_id: orgOfCompound.get(c.id),
      name: `${c.name}业主委员会`,
      formed_on: dayIn(random, '2017-06-01', '2018-09-30'),
      property_company: random() < 0.8 ? `${c.name.slice(0, 2)}物业服务有限公司` : null,
    })),
    true,
  );
  const inServiceShare = PUBLISHED.redInService / PUBLISHED.redPartyMembers;
  const oneShoulderShare = PUBLISHED.oneShoulder / PUBLISHED.redCommittees;
  const crossShare = PUBLISHED.crossAppointed / (PUBLISHED.redPartyMembers - PUBLISHED.oneShoulder);
  const committeeRows: Record<string, unknown>[] = [];
  chosen.forEach((c, i) => {
    const pool = residents.get(c.id) ?? [];
    const party = new Map<number, string>();
    const wanted = Number(weighted(random, { '1': 0.35, '2': 0.45, '3': 0.15, '4': 0.05 })); // mean 1.9 = 925 / 489
    for (let n = 0; n < wanted; n++) {
      const inSvc = pool.filter((m) => m.category === 'in_service' && !party.has(m.id));
      const others = pool.filter((m) => m.category !== 'in_service' && !party.has(m.id));
      const from =
        random() < inServiceShare ? (inSvc.length ? inSvc : others) : others.length ? others : inSvc;
      if (!from.length) break;
      const m = pick(random, from);
      party.set(m.id, m.name);
    }
    const partyList = [...party.keys()];
    const oneShoulder = partyList.length > 0 && random() < oneShoulderShare;
    let chairTaken = false;
    partyList.forEach((memberId, n) => {
      const isChair = oneShoulder && n === 0;
      if (isChair) chairTaken = true;
      const branchRole = isChair
        ? 'secretary'
        : random() < crossShare
          ? pick(random, ['deputy_secretary', 'committee_member', 'committee_member'])
          : null;
      committeeRows.push({
        city_id: cityId,
        committee_id: committeeIds[i],
        name: party.get(memberId),
        member_id: memberId,
        role: isChair ? 'chair' : n === 1 ? 'vice_chair' : 'member',
        branch_role: branchRole,
      });
    });
    const ownersCount = intBetween(random, 2, 4);
    for (let n = 0; n < ownersCount; n++)
      committeeRows.push({
        city_id: cityId,
        committee_id: committeeIds[i],
        name: personName(random),
        member_id: null,
        role: !chairTaken && n === 0 ? 'chair' : 'member',
        branch_role: null,
      });
  });
  await bulk(db, `${S}.red_committee_member`, committeeRows);
  progress('red committees', 1, 1);

  // No statistics here: both callers (the demo seeder and seedPluginIntoCity) analyze core and this model's tables
  // after the seed, and nothing above queries what it loaded.
}
