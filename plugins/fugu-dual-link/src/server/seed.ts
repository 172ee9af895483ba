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
import { gradeOf, weightedTotal } from '../shared/appraisal';
import {
  addDays,
  addMonths,
  daysBetween,
  earlierOf,
  half,
  laterOf,
  quarterOf,
  yearSpan,
} from '../shared/dates';
import { CAMPAIGN_STEPS, FEEDBACK_ASPECTS, SECTION_DEPUTY_AND_ABOVE, STANDARD_POSTS } from '../shared/terms';
import { S } from './common';
import { bestPost, groupName, planGroups } from './posts/routes';
import { applyRules } from './rules/evaluate';
import type { FuguDb, FuguTables } from './db';

type Engagement = 'high' | 'medium' | 'low';

const COMMITMENTS = [
  '亮明身份，带头遵守小区公约',
  '每季度到社区报到，认领并履行服务岗位',
  '每年为社区办一至两件实事',
  '带头参加环境整治和文明创建',
  '热心调解邻里纠纷，做群众贴心人',
  '发挥专业特长，为居民提供志愿服务',
];
const ACTIVITY_TITLES: Record<string, string[]> = {
  collective: [
    '小区环境卫生集中整治',
    '冬季消防安全宣传',
    '义务植树',
    '关爱空巢老人走访',
    '创建文明社区清洁行动',
    '防汛隐患排查',
  ],
  service: ['法律咨询进小区', '健康义诊', '政策宣讲进楼栋', '课业辅导日', '夜间治安巡逻', '家电义务维修'],
  study: ['在职党员集中学习', '专题党课', '学习贯彻会议精神座谈会'],
  culture: ['社区文艺汇演', '书法进社区', '邻里节', '全民健身趣味运动会'],
  meeting: ['在职党员大会', '党小组会', '楼栋党员议事会'],
};
const THINGS = [
  '协调修缮小区破损路面',
  '为困难家庭联系就业岗位',
  '帮助安装楼道照明',
  '组织捐书建立楼栋书架',
  '协调解决小区停车难',
  '为老人代办医保手续',
  '联系单位捐赠健身器材',
  '推动小区垃圾分类点建设',
];
const ORIGINS = [
  '神木县某镇党委',
  '佳县某村党支部',
  '榆阳区某社区党委',
  '保德县某镇党委',
  '准格尔旗某企业党支部',
];
const DESTINATIONS = [
  '西安市雁塔区',
  '鄂尔多斯市东胜区',
  '榆林市榆阳区',
  '太原市小店区',
  '包头市昆都仑区',
  '各地项目工地',
];
const CENTRES = ['东路社区服务中心', '中路社区服务中心', '西路社区服务中心'];

/** A roughly normal draw (sum of three uniforms), mean 0 and sd 1. */
const gauss = (random: () => number) => (random() + random() + random() - 1.5) * 2;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const dateBetween = (random: () => number, from: string, to: string) =>
  to <= from ? from : addDays(from, intBetween(random, 0, daysBetween(from, to)));

/**
 * Multi-row insert through one JSON parameter per chunk (jsonb_populate_recordset takes the table's own column
 * types): far fewer bind parameters than a VALUES list. Returns the new ids in row order.
 */
async function bulkInsert(
  db: FuguDb,
  table: string,
  rows: Record<string, unknown>[],
  onChunk?: (done: number, total: number) => void,
): Promise<number[]> {
  if (!rows.length) return [];
  const cols = sql.join(Object.keys(rows[0]!).map((c) => sql.ref(c)));
  // Foreign keys checked once per load, set-based, instead of row by row (see withForeignKeysCheckedAfter).
  return withForeignKeysCheckedAfter(db, table, rows.length, async () => {
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += 5000) {
      const chunk = JSON.stringify(rows.slice(i, i + 5000));
      const r = await sql<{ id: number }>`insert into ${sql.table(table)} (${cols})
        select ${cols} from jsonb_populate_recordset(null::${sql.table(table)}, ${chunk}::jsonb) with ordinality as x order by x.ordinality
        returning id`.execute(db);
      for (const row of r.rows) ids.push(row.id);
      onChunk?.(Math.min(i + 5000, rows.length), rows.length);
    }
    return ids;
  });
}

async function insertMany(db: FuguDb, table: keyof FuguTables, rows: Record<string, unknown>[]) {
  if (!rows.length) return;
  const size = Math.max(1, Math.floor(60_000 / Object.keys(rows[0]!).length));
  await withForeignKeysCheckedAfter(db, table, rows.length, async () => {
    for (let i = 0; i < rows.length; i += Math.min(size, 2000))
      await db
        .insertInto(table)
        .values(rows.slice(i, i + Math.min(size, 2000)) as never)
        .execute();
  });
}

interface Reg {
  id?: number;
  memberId: number;
  unitOrgId: number;
  communityOrgId: number;
  residence: number | null;
  sentOn: string;
  stampedOn: string | null;
  filedOn: string | null;
  closedOn: string | null;
  status: string;
  engagement: Engagement;
  cadreRank: string;
  skills: string | null;
  occupation: string | null;
  previous?: Reg;
  activities: string[];
  visits: string[];
  things: string[];
}

/**
 * Fugu at the published scale for 'demo' (every in-service member sent to a community, nearly all stamped and filed),
 * with a year and more of history before today's date: posts by skills, party groups, activities, quarterly reports,
 * practical things, half-year and year-end cards, appraisals, flowing members, joint meetings and this year's rollout.
 * Rates come out of the generated records; nothing is stored as a rate.
 */
export async function seed(ctx: PluginContext<Config, FuguTables>, input: PluginSeedInput) {
  const db = ctx.db;
  const city = input.cityId;
  const random = input.random;
  const T = toLocalDate(ctx.clock.now());
  const Y = Number(T.slice(0, 4));
  const cfg = await ctx.configFor(city);
  const progress = input.progress;

  // Structure from core.
  progress('structure', 0, 1);
  const communities = (await db
    .selectFrom('core.org as o')
    .leftJoin('core.place as p', (j) =>
      j.onRef('p.city_id', '=', 'o.city_id').onRef('p.id', '=', 'o.place_id'),
    )
    .select(['o.id', 'o.name', 'p.path'])
    .where('o.city_id', '=', city)
    .where('o.kind', '=', 'community_committee')
    .orderBy('o.id')
    .execute()) as { id: number; name: string; path: string | null }[];
  if (!communities.length) return;
  const places = (await db
    .selectFrom('core.place')
    .select(['id', 'kind', 'parent_id', 'path'])
    .where('city_id', '=', city)
    .where('kind', 'in', ['compound', 'building'])
    .execute()) as {
    id: number;
    kind: string;
    parent_id: number;
    path: string;
  }[];
  const communityOfPlace = new Map<number, number>();
  for (const p of places) {
    const c = communities.find((x) => x.path && p.path.startsWith(x.path));
    if (c) communityOfPlace.set(p.id, c.id);
  }
  const buildingsOf = new Map<number, number[]>();
  for (const p of places)
    if (p.kind === 'building') buildingsOf.set(p.parent_id, [...(buildingsOf.get(p.parent_id) ?? []), p.id]);
  const links = await db
    .selectFrom('core.org_link')
    .select(['from_org_id', 'to_org_id'])
    .where('city_id', '=', city)
    .where('kind', '=', 'co_building')
    .execute();
  const pairedCommunity = new Map<number, number>();
  const pairedUnits = new Map<number, number[]>();
  for (const l of links as any[]) {
    if (!pairedCommunity.has(l.from_org_id)) pairedCommunity.set(l.from_org_id, l.to_org_id);
    pairedUnits.set(l.to_org_id, [...(pairedUnits.get(l.to_org_id) ?? []), l.from_org_id]);
  }
  const members = (await db
    .selectFrom('core.member')
    .select(['id', 'org_id', 'category', 'cadre_rank', 'residence_place_id', 'occupation', 'skills'])
    .where('city_id', '=', city)
    .where('active', '=', true)
    .orderBy('id')
    .execute()) as {
    id: number;
    org_id: number;
    category: string;
    cadre_rank: string;
    residence_place_id: number | null;
    occupation: string | null;
    skills: string | null;
  }[];
  const inService = members.filter((m) => m.category === 'in_service');
  const demoMemberId = inService[0]?.id;

  // Registrations, starting with the rollout fifteen months ago.
  const rolloutStart = addMonths(T, -15);
  const regs: Reg[] = [];
  const closed: Reg[] = [];
  for (const m of inService) {
    const communityOrgId =
      (m.residence_place_id && communityOfPlace.get(m.residence_place_id)) ||
      pairedCommunity.get(m.org_id) ||
      pick(random, communities).id;
    let residence: number | null = null;
    if (m.residence_place_id && communityOfPlace.get(m.residence_place_id) === communityOrgId) {
      const buildings = buildingsOf.get(m.residence_place_id) ?? [];
      residence = buildings.length && random() < 0.8 ? pick(random, buildings) : m.residence_place_id;
    }
    const engagement: Engagement =
      m.id === demoMemberId ? 'high' : weighted(random, { high: 72, medium: 25, low: 3 });
    const base = {
      memberId: m.id,
      unitOrgId: m.org_id,
      communityOrgId,
      residence,
      engagement,
      cadreRank: m.cadre_rank,
      skills: m.skills,
      occupation: m.occupation,
      activities: [],
      visits: [],
      things: [],
    };
    const sentOn = addDays(rolloutStart, intBetween(random, 0, 10));
    const stampedOn = addDays(sentOn, intBetween(random, 1, 12));
    const filedOn = addDays(stampedOn, intBetween(random, 1, 10));
    const r = m.id === demoMemberId ? 1 : random();
    if (r < 0.006) {
      // Newly assigned to a unit: the letter is out, the member has not reported yet.
      regs.push({
        ...base,
        sentOn: addDays(T, -intBetween(random, 1, 20)),
        stampedOn: null,
        filedOn: null,
        closedOn: null,
        status: 'sent',
      });
    } else if (r < 0.02 && communities.length > 1) {
      // Moved house: the first community closed the card and the new one received a new letter.
      const movedOn = dateBetween(random, addDays(filedOn, 60), addDays(T, -60));
      const previous: Reg = {
        ...base,
        activities: [],
        visits: [],
        things: [],
        communityOrgId: pick(
          random,
          communities.filter((c) => c.id !== communityOrgId),
        ).id,
        residence: null,
        sentOn,
        stampedOn,
        filedOn,
        closedOn: movedOn,
        status: 'closed',
      };
      closed.push(previous);
      const newStamp = addDays(movedOn, intBetween(random, 2, 10));
      const newFiled = addDays(newStamp, intBetween(random, 2, 10));
      regs.push({
        ...base,
        previous,
        sentOn: movedOn,
        stampedOn: newStamp,
        filedOn: newFiled <= T ? newFiled : null,
        closedOn: null,
        status: newFiled <= T ? 'filed' : 'stamped',
      });
    } else if (r < 0.035)
      regs.push({ ...base, sentOn, stampedOn, filedOn: null, closedOn: null, status: 'stamped' });
    else regs.push({ ...base, sentOn, stampedOn, filedOn, closedOn: null, status: 'filed' });
  }
  progress('registrations', 0, regs.length + closed.length);
  const letter = (r: Reg, n: number) => `SLSG${r.sentOn.replace(/-/g, '')}-${r.memberId}-${n}`;
  const regRow = (r: Reg, n: number, affiliationId: number | null) => {
    const own = r.memberId === demoMemberId;
    return {
      city_id: city,
      member_id: r.memberId,
      unit_org_id: r.unitOrgId,
      community_org_id: r.communityOrgId,
      residence_place_id: r.residence,
      address: null,
      occupation: r.occupation,
      skills: r.skills,
      commitment: pick(random, COMMITMENTS),
      on_board: own || random() < 0.88,
      show_photo: own || random() < 0.6,
      show_unit: own || random() < 0.8,
      show_commitment: own || random() < 0.8,
      show_post: own || random() < 0.7,
      status: r.status,
      letter_no: letter(r, n),
      sent_on: r.sentOn,
      stamped_on: r.stampedOn,
      part1_filed_on: r.filedOn,
      closed_on: r.closedOn,
      close_reason: r.closedOn ? 'moved' : null,
      previous_id: r.previous?.id ?? null,
      affiliation_id: affiliationId,
    };
  };
  const affRow = (r: Reg) => ({
    city_id: city,
    member_id: r.memberId,
    kind: 'community',
    org_id: r.communityOrgId,
    place_id: r.residence,
    since: r.stampedOn,
    until: r.closedOn,
    note: '双联双管',
  });
  const closedAff = await bulkInsert(db, 'core.member_affiliation', closed.map(affRow));
  const closedIds = await bulkInsert(
    db,
    `${S}.registration`,
    closed.map((r, i) => regRow(r, 1, closedAff[i]!)),
  );
  closed.forEach((r, i) => {
    r.id = closedIds[i];
  });
  const stamped = regs.filter((r) => r.stampedOn);
  const stampedAff = await bulkInsert(db, 'core.member_affiliation', stamped.map(affRow));
  const affOf = new Map(stamped.map((r, i) => [r, stampedAff[i]!]));
  const regIds = await bulkInsert(
    db,
    `${S}.registration`,
    regs.map((r) => regRow(r, r.previous ? 2 : 1, affOf.get(r) ?? null)),
    (d, t) => progress('registrations', d, t),
  );
  regs.forEach((r, i) => {
    r.id = regIds[i];
  });
  const active = stamped;
  const everActive = [...active, ...closed];
  await insertBatches(
    db,
    `${S}.notice`,
    regs
      .filter((r) => r.previous)
      .map((r) => ({
        city_id: city,
        to_org_id: r.unitOrgId,
        kind: 'moved',
        member_id: r.memberId,
        registration_id: r.id,
        dedupe_key: `r${r.previous!.id}`,
        payload: JSON.stringify({
          from: communities.find((c) => c.id === r.previous!.communityOrgId)?.name,
          to: communities.find((c) => c.id === r.communityOrgId)?.name,
        }),
        created_on: r.sentOn,
        read_on: addDays(r.sentOn, intBetween(random, 1, 5)),
      })),
  );

  // Posts (17 service posts in five categories and the public-welfare list) and assignments by skills.
  progress('posts', 0, communities.length);
  const postRows = communities.flatMap((c) =>
    STANDARD_POSTS.map((p) => ({
      city_id: city,
      community_org_id: c.id,
      code: p.code,
      category: p.category,
      name: p.name['zh-CN'],
      description: p.name.en,
      keywords: p.keywords.join(','),
      capacity: null,
    })),
  );
  const postIds = await insertBatches(db, `${S}.post`, postRows);
  const postsOf = new Map<number, any[]>();
  postRows.forEach((p, i) => {
    postsOf.set(p.community_org_id, [
      ...(postsOf.get(p.community_org_id) ?? []),
      { ...p, id: postIds[i], active: true, holders: 0 },
    ]);
  });
  const assignments: Record<string, unknown>[] = [];
  const postOf = new Map<Reg, any>();
  for (const r of active) {
    const best = bestPost(r, postsOf.get(r.communityOrgId) ?? []);
    if (!best) continue;
    best.post.holders += 1;
    postOf.set(r, best.post);
    assignments.push({
      city_id: city,
      registration_id: r.id,
      post_id: best.post.id,
      since: earlierOf(addDays(r.stampedOn!, intBetween(random, 3, 20)), T),
      reason: 'skills',
      match_score: best.score,
    });
  }
  const assignmentIds = await bulkInsert(db, `${S}.post_assignment`, assignments, (d, t) =>
    progress('posts', d, t),
  );

  // Activities and who joined them, month by month.
  const regsOfCommunity = new Map<number, Reg[]>();
  for (const r of everActive)
    regsOfCommunity.set(r.communityOrgId, [...(regsOfCommunity.get(r.communityOrgId) ?? []), r]);
  const activityRows: Record<string, unknown>[] = [];
  const activityMeta: { communityOrgId: number; heldOn: string; kind: string }[] = [];
  for (const c of communities)
    for (let month = `${rolloutStart.slice(0, 7)}-01`; month <= T; month = addMonths(month, 1)) {
      const count = intBetween(random, 2, 3);
      for (let k = 0; k < count; k++) {
        const heldOn = earlierOf(addDays(month, intBetween(random, 0, 27)), T);
        if (heldOn < rolloutStart) continue;
        const kind = weighted(random, { collective: 4, service: 3, study: 2, culture: 2, meeting: 1 });
        activityRows.push({
          city_id: city,
          community_org_id: c.id,
          kind,
          title: pick(random, ACTIVITY_TITLES[kind]!),
          held_on: heldOn,
          location: `${c.name.replace(/党委$/, '')}活动室`,
          description: null,
        });
        activityMeta.push({ communityOrgId: c.id, heldOn, kind });
      }
    }
  const activityIds = await bulkInsert(db, `${S}.activity`, activityRows);
  const joinP: Record<Engagement, number> = { high: 0.16, medium: 0.06, low: 0.01 };
  const participations: Record<string, unknown>[] = [];
  activityMeta.forEach((a, i) => {
    for (const r of regsOfCommunity.get(a.communityOrgId) ?? []) {
      if (!r.stampedOn || r.stampedOn > a.heldOn || (r.closedOn && r.closedOn < a.heldOn)) continue;
      if (random() >= joinP[r.engagement]) continue;
      r.activities.push(a.heldOn);
      participations.push({
        city_id: city,
        activity_id: activityIds[i],
        registration_id: r.id,
        hours: a.kind === 'collective' || a.kind === 'service' ? intBetween(random, 2, 4) : null,
        note: null,
      });
    }
  });
  await bulkInsert(db, `${S}.participation`, participations, (d, t) => progress('participation', d, t));

  // In-person reports each quarter and practical things each year.
  const visitP: Record<Engagement, number> = { high: 0.97, medium: 0.85, low: 0.08 };
  const visits: Record<string, unknown>[] = [];
  const things: Record<string, unknown>[] = [];
  for (const r of everActive) {
    const end = r.closedOn ?? T;
    for (
      let q = quarterOf(addDays(quarterOf(r.stampedOn!).to, 1));
      q.from <= end;
      q = quarterOf(addDays(q.to, 1))
    ) {
      const last = earlierOf(q.to, end);
      const share = (daysBetween(q.from, last) + 1) / (daysBetween(q.from, q.to) + 1);
      if (random() >= visitP[r.engagement] * share) continue;
      const on = dateBetween(random, q.from, last);
      r.visits.push(on);
      visits.push({ city_id: city, registration_id: r.id, visited_on: on, note: null });
    }
    for (let y = Number(r.stampedOn!.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) {
      const span = yearSpan(y);
      const from = laterOf(span.from, r.stampedOn!);
      const to = earlierOf(span.to, end);
      if (from > to) continue;
      const share = (daysBetween(from, to) + 1) / 365;
      const n = Number(
        r.engagement === 'high'
          ? weighted(random, { '1': 55, '2': 40, '0': 5 })
          : r.engagement === 'medium'
            ? weighted(random, { '1': 70, '0': 25, '2': 5 })
            : weighted(random, { '0': 85, '1': 15 }),
      );
      for (let k = 0; k < n; k++) {
        if (random() >= Math.min(1, share * 1.2)) continue;
        const on = dateBetween(random, from, to);
        r.things.push(on);
        things.push({
          city_id: city,
          registration_id: r.id,
          done_on: on,
          title: pick(random, THINGS),
          description: null,
        });
      }
    }
  }
  await bulkInsert(db, `${S}.report_visit`, visits, (d, t) => progress('reports', d, t));
  await bulkInsert(db, `${S}.practical_thing`, things);

  // Feedback cards: half-yearly to the unit; year-end with the four aspects, also to the office for 副科级以上.
  const grace = cfg.feedbackGraceDays;
  const cards: Record<string, unknown>[] = [];
  const cardMeta: { reg: Reg; kind: string; sentOn: string }[] = [];
  const inSpan = (dates: string[], from: string, to: string) =>
    dates.filter((d) => d >= from && d <= to).length;
  const activeAtEnd = (r: Reg, to: string) => r.stampedOn! <= to && (!r.closedOn || r.closedOn > to);
  const periods: { kind: 'half_year' | 'annual'; key: string; from: string; to: string }[] = [];
  for (let y = Number(rolloutStart.slice(0, 4)); y <= Y; y++) {
    for (const h of [half(y, 1), half(y, 2)])
      if (h.to < T && h.to >= rolloutStart) periods.push({ kind: 'half_year', ...h });
    const ys = yearSpan(y);
    if (ys.to < T && ys.to >= rolloutStart) periods.push({ kind: 'annual', ...ys });
  }
  for (const p of periods)
    for (const r of everActive) {
      if (!activeAtEnd(r, p.to)) continue;
      const roll = random();
      if (roll < 0.03) continue;
      const sentOn = addDays(
        p.to,
        roll < 0.9 ? intBetween(random, 1, grace) : intBetween(random, grace + 1, grace + 30),
      );
      if (sentOn > T) continue;
      let ratings: Record<string, string> | null = null;
      let overall: string | null = null;
      if (p.kind === 'annual') {
        const w: Record<Engagement, Record<string, number>> = {
          high: { good: 88, fair: 12, poor: 0 },
          medium: { good: 50, fair: 45, poor: 5 },
          low: { good: 5, fair: 45, poor: 50 },
        };
        ratings = Object.fromEntries(
          FEEDBACK_ASPECTS.map((a) => [
            a,
            a === 'participation' || random() < 0.5 ? weighted(random, w[r.engagement]) : 'good',
          ]),
        );
        overall = ratings.participation!;
      }
      cards.push({
        city_id: city,
        registration_id: r.id,
        member_id: r.memberId,
        community_org_id: r.communityOrgId,
        unit_org_id: r.unitOrgId,
        kind: p.kind,
        period_key: p.key,
        period_from: p.from,
        period_to: p.to,
        due_on: addDays(p.to, grace),
        activities: inSpan(r.activities, p.from, p.to),
        visits: inSpan(r.visits, p.from, p.to),
        practical_things: inSpan(r.things, p.from, p.to),
        ratings,
        overall,
        comment: null,
        sent_on: sentOn,
      });
      cardMeta.push({ reg: r, kind: p.kind, sentOn });
    }
  const cardIds = await bulkInsert(db, `${S}.feedback_card`, cards, (d, t) =>
    progress('feedback cards', d, t),
  );
  const deliveries: Record<string, unknown>[] = [];
  cardMeta.forEach((m, i) => {
    const received = (on: string) => {
      const d = addDays(on, intBetween(random, 1, 10));
      return random() < 0.85 && d <= T ? d : null;
    };
    deliveries.push({
      city_id: city,
      card_id: cardIds[i],
      recipient: 'unit',
      org_id: m.reg.unitOrgId,
      delivered_on: m.sentOn,
      received_on: received(m.sentOn),
    });
    if (m.kind === 'annual' && (SECTION_DEPUTY_AND_ABOVE as readonly string[]).includes(m.reg.cadreRank))
      deliveries.push({
        city_id: city,
        card_id: cardIds[i],
        recipient: 'office',
        org_id: null,
        delivered_on: m.sentOn,
        received_on: received(m.sentOn),
      });
  });
  await bulkInsert(db, `${S}.feedback_delivery`, deliveries);

  // Last year's appraisal of every member, by their branch.
  progress('appraisals', 0, members.length);
  const engagementOf = new Map(regs.map((r) => [r.memberId, r.engagement]));
  const appraisals = members.map((m) => {
    const e = engagementOf.get(m.id) ?? weighted<Engagement>(random, { high: 70, medium: 27, low: 3 });
    const mean = e === 'high' ? 87 : e === 'medium' ? 77 : 63;
    const base = mean + gauss(random) * (e === 'high' ? 4 : 6);
    const score = () => Math.round(clamp(base + gauss(random) * 3, 30, 100) * 2) / 2;
    const s = { peer: score(), mass: score(), branch: score() };
    const total = weightedTotal(s, cfg.appraisalWeights);
    return {
      city_id: city,
      member_id: m.id,
      branch_org_id: m.org_id,
      year: Y - 1,
      peer_score: s.peer,
      mass_score: s.mass,
      branch_score: s.branch,
      weights: cfg.appraisalWeights,
      total,
      grade: gradeOf(total, cfg.gradeThresholds),
      note: null,
    };
  });
  await bulkInsert(db, `${S}.appraisal`, appraisals, (d, t) => progress('appraisals', d, t));

  // Flowing members: away with a card, asked to transfer, or placed here from elsewhere; their organization life and dues.
  const flowing = members.filter((m) => m.category === 'flowing');
  const flows: Record<string, unknown>[] = [];
  const flowMembers: { memberId: number; startedOn: string; endOn: string; lapses: boolean }[] = [];
  const incomingAff: Record<string, unknown>[] = [];
  flowing.forEach((m, i) => {
    const share = i / flowing.length;
    if (share < 0.65) {
      const startedOn = addDays(T, -intBetween(random, 10, 320));
      const long = random() < 0.45;
      const expected = addMonths(startedOn, long ? intBetween(random, 7, 18) : intBetween(random, 1, 5));
      const fixed = long && random() < 0.6;
      const prompt = fixed;
      const card = !prompt || random() < 0.3;
      const done = expected < T && random() < 0.7;
      const endOn = done ? earlierOf(addDays(expected, intBetween(random, -10, 10)), T) : T;
      flows.push({
        city_id: city,
        member_id: m.id,
        direction: 'out',
        branch_org_id: m.org_id,
        place_text: pick(random, DESTINATIONS),
        fixed_place: fixed,
        started_on: startedOn,
        expected_return_on: expected,
        card_no: null,
        card_issued_on: card ? addDays(startedOn, -intBetween(random, 0, 5)) : null,
        transfer_prompted: prompt,
        status: done ? (prompt && !card ? 'transferred' : 'returned') : 'open',
        ended_on: done ? laterOf(endOn, startedOn) : null,
        card_checked: done && card,
        end_note: null,
        affiliation_id: null,
      });
      flowMembers.push({ memberId: m.id, startedOn, endOn, lapses: random() < 0.1 });
    } else if (share < 0.85) {
      const startedOn = addDays(T, -intBetween(random, 30, 400));
      incomingAff.push({
        city_id: city,
        member_id: m.id,
        kind: 'org',
        org_id: m.org_id,
        place_id: null,
        since: startedOn,
        until: null,
        note: '流动党员',
      });
      flows.push({
        city_id: city,
        member_id: m.id,
        direction: 'in',
        branch_org_id: m.org_id,
        place_text: pick(random, ORIGINS),
        fixed_place: true,
        started_on: startedOn,
        expected_return_on: null,
        card_no: `YL${startedOn.slice(0, 4)}${String(intBetween(random, 1, 99999)).padStart(5, '0')}`,
        card_issued_on: null,
        transfer_prompted: false,
        status: 'open',
        ended_on: null,
        card_checked: true,
        end_note: null,
        affiliation_id: null,
      });
      flowMembers.push({ memberId: m.id, startedOn, endOn: T, lapses: random() < 0.05 });
    }
  });
  const incomingAffIds = await insertBatches(db, 'core.member_affiliation', incomingAff);
  let k = 0;
  for (const f of flows) if (f.direction === 'in') f.affiliation_id = incomingAffIds[k++];
  await insertBatches(db, `${S}.flow_record`, flows);
  await sql`update ${sql.table(`${S}.flow_record`)} set card_no = 'LDZ' || to_char(card_issued_on, 'YYYY') || lpad(id::text, 5, '0')
    where city_id = ${city} and direction = 'out' and card_issued_on is not null`.execute(db);
  const lifeRows: Record<string, unknown>[] = [];
  for (const f of flowMembers) {
    const stopAt = f.lapses ? addMonths(f.startedOn, intBetween(random, 0, 1)) : f.endOn;
    for (let month = f.startedOn; month <= earlierOf(stopAt, T); month = addMonths(month, 1)) {
      if (random() < 0.85)
        lifeRows.push({
          city_id: city,
          member_id: f.memberId,
          kind: 'org_life',
          on_date: earlierOf(addDays(month, intBetween(random, 0, 20)), T),
          note: null,
        });
      if (random() < 0.9)
        lifeRows.push({
          city_id: city,
          member_id: f.memberId,
          kind: 'dues',
          on_date: earlierOf(addDays(month, intBetween(random, 0, 10)), T),
          note: null,
        });
    }
  }
  await insertBatches(db, `${S}.org_life_record`, lifeRows);

  // Quarterly joint meetings (联席会) with the paired units.
  progress('joint meetings', 0, communities.length);
  const meetings: Record<string, unknown>[] = [];
  const meetingUnits: number[][] = [];
  const currentQ = quarterOf(T);
  const skip = communities[communities.length - 1]!.id;
  for (const c of communities) {
    for (let q = quarterOf(rolloutStart); q.from <= T; q = quarterOf(addDays(q.to, 1))) {
      const isCurrent = q.key === currentQ.key;
      const isLast = !isCurrent && addDays(q.to, 1) >= currentQ.from;
      if (!isCurrent && (random() < 0.04 || (isLast && c.id === skip && communities.length > 1))) continue;
      const scheduled = addDays(q.from, intBetween(random, 20, 75));
      const agendaOn = addDays(scheduled, -intBetween(random, 5, 9));
      const held = !isCurrent || scheduled <= T;
      meetings.push({
        city_id: city,
        community_org_id: c.id,
        quarter_key: q.key,
        scheduled_on: scheduled,
        agenda:
          '一、通报本季度在职党员报到和参加活动情况；二、研究下季度共建项目；三、协调解决群众反映的问题',
        agenda_sent_on: agendaOn <= T ? agendaOn : null,
        held_on: held ? scheduled : null,
        minutes: held
          ? '会议通报了在职党员到社区报到和服务情况，驻社区单位就共建项目作了发言，议定事项分工落实。'
          : null,
      });
      meetingUnits.push((pairedUnits.get(c.id) ?? []).slice(0, 30));
    }
  }
  const meetingIds = await insertBatches(db, `${S}.joint_meeting`, meetings);
  await insertMany(
    db,
    `${S}.joint_meeting_unit`,
    meetingIds.flatMap((id, i) =>
      meetingUnits[i]!.map((orgId) => ({
        city_id: city,
        meeting_id: id,
        org_id: orgId,
        attended: meetings[i]!.held_on ? random() < 0.85 : false,
      })),
    ),
  );

  // Post-change requests, member files.
  const changeRows: Record<string, unknown>[] = [];
  const withPost = active.filter((r) => postOf.has(r));
  for (let i = 0; i < Math.max(2, Math.round(withPost.length * 0.004)); i++) {
    const r = pick(random, withPost);
    if (changeRows.some((x) => x.registration_id === r.id)) continue;
    const from = addDays(T, -intBetween(random, 10, 90));
    const approved = random() < 0.5;
    const alt = (postsOf.get(r.communityOrgId) ?? []).find(
      (p) => p.id !== postOf.get(r).id && p.category === 'welfare',
    );
    changeRows.push({
      city_id: city,
      registration_id: r.id,
      assignment_id: assignmentIds[assignments.findIndex((a) => a.registration_id === r.id)] ?? null,
      reason: pick(random, ['借调外地工作', '长期住院治疗', '参加脱产学习', '照顾重病家属']),
      unable_from: from,
      unable_until: addMonths(from, intBetween(random, 7, 12)),
      status: approved ? 'approved' : 'pending',
      new_post_id: approved ? (alt?.id ?? null) : null,
      decided_on: approved ? addDays(from, 5) : null,
      decision_note: null,
      // Applied for a few days before the member becomes unable to serve, not on the day the demo was loaded
      // (the shared request figures count from the day received).
      created_at: new Date(`${addDays(from, -3)}T10:00:00+08:00`),
    });
  }
  await insertBatches(db, `${S}.post_change_request`, changeRows);
  const fileRows: Record<string, unknown>[] = [];
  for (const r of active)
    if (random() < 0.1)
      fileRows.push(
        random() < 0.5
          ? {
              city_id: city,
              member_id: r.memberId,
              kind: 'study',
              on_date: dateBetween(random, r.stampedOn!, T),
              title: '在职党员理论学习测试',
              content: null,
              score: intBetween(random, 70, 100),
            }
          : {
              city_id: city,
              member_id: r.memberId,
              kind: 'suggestion',
              on_date: dateBetween(random, r.stampedOn!, T),
              title: pick(random, [
                '建议增设小区便民服务点',
                '建议完善楼道照明',
                '建议开设老年人智能手机课堂',
              ]),
              content: null,
              score: null,
            },
      );
  await insertBatches(db, `${S}.file_entry`, fileRows);

  // Party groups: one per 20–30 members of similar posts, led by the most active.
  progress('party groups', 0, communities.length);
  const groupRows: Record<string, unknown>[] = [];
  const groupMembers: number[][] = [];
  for (const c of communities) {
    const plan = planGroups(
      active
        .filter((r) => r.communityOrgId === c.id)
        .map((r) => ({
          id: r.id!,
          category: postOf.get(r)?.category ?? null,
          activities: r.activities.length,
        })),
      cfg,
    );
    plan.forEach((g, i) => {
      groupRows.push({
        city_id: city,
        community_org_id: c.id,
        name: groupName(i + 1, g.category),
        category: g.category,
        leader_registration_id: g.leaderId,
      });
      groupMembers.push(g.memberIds);
    });
  }
  const groupIds = await bulkInsert(db, `${S}.party_group`, groupRows);
  const membership = groupIds.flatMap((g, i) => groupMembers[i]!.map((id) => ({ id, g })));
  for (let i = 0; i < membership.length; i += 5000)
    await sql`update ${sql.table(`${S}.registration`)} r set party_group_id = x.g
      from jsonb_to_recordset(${JSON.stringify(membership.slice(i, i + 5000))}::jsonb) as x(id int, g int)
      where r.city_id = ${city} and r.id = x.id`.execute(db);
  progress('party groups', communities.length, communities.length);

  // This year's rollout: five steps with deadlines, inspection groups on the service centres.
  progress('rollout', 0, 1);
  const started = addDays(T, -100);
  const deadlines: Record<string, string> = {
    mobilize: addDays(started, 20),
    link: addDays(started, 40),
    activities: addDays(T, 20),
    feedback: laterOf(`${Y}-12-31`, addDays(T, 40)),
    summary: addDays(laterOf(`${Y}-12-31`, addDays(T, 40)), 15),
  };
  const campaign = await db
    .insertInto(`${S}.campaign`)
    .values({ city_id: city, name: `${Y}年“双联双管”工作推进`, started_on: started })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertMany(
    db,
    `${S}.campaign_step`,
    CAMPAIGN_STEPS.map((step) => ({
      city_id: city,
      campaign_id: campaign.id,
      step,
      deadline: deadlines[step],
    })),
  );
  const campaignOrgs = await db
    .selectFrom('core.org')
    .select('id')
    .where('city_id', '=', city)
    .where('kind', 'in', ['unit_committee', 'unit_branch', 'community_committee'])
    .orderBy('id')
    .execute();
  const doneShare: Record<string, number> = {
    mobilize: 1,
    link: 0.96,
    activities: 0.45,
    feedback: 0,
    summary: 0,
  };
  const progressRows: Record<string, unknown>[] = [];
  for (const o of campaignOrgs as { id: number }[]) {
    let prevDone: string | null = started;
    for (const step of CAMPAIGN_STEPS) {
      let done: string | null = null;
      if (prevDone && random() < doneShare[step]!) {
        const late = random() < 0.06;
        done = earlierOf(
          late
            ? addDays(deadlines[step]!, intBetween(random, 1, 12))
            : addDays(deadlines[step]!, -intBetween(random, 0, 15)),
          T,
        );
        done = laterOf(done, prevDone);
      }
      progressRows.push({
        city_id: city,
        campaign_id: campaign.id,
        org_id: o.id,
        step,
        deadline: deadlines[step],
        done_on: done,
        note: null,
      });
      prevDone = done;
    }
  }
  await insertMany(db, `${S}.campaign_progress`, progressRows);
  const centreCount = Math.min(CENTRES.length, communities.length);
  const centreIds = await insertBatches(
    db,
    `${S}.service_centre`,
    CENTRES.slice(0, centreCount).map((name) => ({ city_id: city, name })),
  );
  await insertMany(
    db,
    `${S}.service_centre_community`,
    communities.map((c, i) => ({ city_id: city, centre_id: centreIds[i % centreCount], org_id: c.id })),
  );
  const inspectionIds = await insertBatches(
    db,
    `${S}.inspection_group`,
    centreIds.map((centreId, i) => ({
      city_id: city,
      campaign_id: campaign.id,
      name: `第${'一二三'[i]}督查组`,
      leader: ['县委组织部副部长', '县委组织部副部长、老干局局长', '县委组织部副部长、考核办副主任'][i],
      members: '县委基层办、县直工委及组织部干部',
      centre_id: centreId,
    })),
  );
  await insertBatches(
    db,
    `${S}.inspection_record`,
    inspectionIds.flatMap((groupId, i) =>
      communities
        .filter((_, j) => j % centreCount === i)
        .slice(0, 3)
        .map((c) => ({
          city_id: city,
          group_id: groupId,
          org_id: c.id,
          visited_on: addDays(deadlines.link!, intBetween(random, 1, 20)),
          findings: pick(random, [
            '报到台账齐全，监督台已设置',
            '个别单位反馈卡送达不及时，已督促整改',
            '党小组划分合理，活动记录完整',
          ]),
        })),
    ),
  );

  // Fresh statistics, so the planner joins rather than loops on the first dashboard after a bulk load.
  await sql`analyze core.member_affiliation, ${sql.raw(
    [
      'registration',
      'post',
      'post_assignment',
      'party_group',
      'activity',
      'participation',
      'report_visit',
      'practical_thing',
      'feedback_card',
      'feedback_delivery',
      'appraisal',
      'flow_record',
      'org_life_record',
      'joint_meeting',
      'campaign_progress',
    ]
      .map((t) => `${S}.${t}`)
      .join(', '),
  )}`.execute(db);

  // What the rules call for today: absent members' units are told; six-month lapses await the branch.
  progress('rules', 0, 1);
  await applyRules(db, city, T, cfg, null);
  progress('rules', 1, 1);
}
