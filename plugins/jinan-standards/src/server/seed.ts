import {
  addDays,
  daysBetween,
  insertBatches,
  type PluginContext,
  type PluginSeedInput,
  toLocalDate,
  weighted,
} from '@jiceng/plugin-kit';
import type { Config } from '../manifest';
import {
  type AreaCode,
  COMMUNITY_TYPE_KEY,
  type CommunityType,
  type ResultCode,
  type StateCode,
} from '../shared/model';
import { loadCommunities } from './campaigns/service';
import type { JinanTables } from './db';
import { JINAN_TEMPLATE, JINAN_TEMPLATE_NAME, type TemplateItem } from './templates/jinan';
import { createDraft, loadItems, publish, type StoredItem } from './templates/service';

/**
 * Demo data for a city: the shipped template as v1 and a revised v2, two finished yearly campaigns (on v1 and
 * v2) and the current year's campaign in every workflow state, with evidence placeholders and rectification
 * items. Results are generated from a per-community level so the imbalance across the 5 types shows, never stored
 * as rates.
 */

/** Mean level (score share) by community type: fringe and village-converted communities lag, as the source implies. */
const TYPE_LEVEL: Record<CommunityType, number> = {
  open: 0.9,
  closed: 0.93,
  village_converted: 0.8,
  urban_rural: 0.76,
  county_town: 0.85,
};
/** Where each type is weaker or stronger than its own level. */
const TYPE_AREA: Partial<Record<CommunityType, Partial<Record<AreaCode, number>>>> = {
  open: { regional: 0.03, governance: -0.03 },
  closed: { governance: 0.03, regional: -0.02 },
  village_converted: { regional: -0.1, service: -0.05, systems: 0.02 },
  urban_rural: { regional: -0.08, governance: -0.06, support: -0.06 },
  county_town: { team: -0.04, service: -0.03 },
};
/** Types drawn for a demo city's communities that have none yet (a city seeded without Jinan's spec). */
const TYPE_WEIGHTS: Partial<Record<CommunityType, number>> = {
  open: 3,
  closed: 4,
  village_converted: 1,
  urban_rural: 1,
};

/** A type for every community without one, stored as the place attribute core keeps for Jinan. */
async function typeUntypedCommunities(
  db: PluginContext<Config, JinanTables>['db'],
  cityId: number,
  random: () => number,
) {
  const untyped = (await loadCommunities(db, cityId)).filter((c) => !c.type);
  const rows = untyped.map((c) => ({
    city_id: cityId,
    place_id: c.placeId,
    key: COMMUNITY_TYPE_KEY,
    value: weighted(random, TYPE_WEIGHTS as Record<CommunityType, number>),
  }));
  for (let i = 0; i < rows.length; i += 5000)
    await db
      .insertInto('core.place_attribute')
      .values(rows.slice(i, i + 5000))
      .execute();
}

/** Year-on-year improvement of the campaigns. */
const CAMPAIGN_GAIN = [0, 0.035, 0.06];
const OWNERS = ['社区党委书记', '社区党委专职副书记', '社区党务工作者', '社区居委会主任'];
const MEASURES = [
  '制定整改方案，明确责任人和时限',
  '对照标准逐项补齐台账资料',
  '召开党委会研究整改措施',
  '街道党工委跟踪指导，限期完成',
];

const at = (date: string, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
const half = (x: number) => Math.round(x * 2) / 2;

function normal(random: () => number) {
  const u = Math.max(random(), 1e-9);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** v2 as a city would revise it: weights for types, a reworded drafted item, a changed scoring rule. */
function revised(items: TemplateItem[]): TemplateItem[] {
  return items.map((i) => {
    if (i.code === '1.3') return { ...i, weights: { ...i.weights, closed: 1.8, open: 1.2 } };
    if (i.code === '6.4')
      return {
        ...i,
        description: '推动业委会、物业服务企业建立党组织，实行“红色物业”',
        weights: { ...i.weights, urban_rural: 1.2 },
      };
    if (i.code === '7.2') return { ...i, weights: { ...i.weights, county_town: 1.3 } };
    if (i.code === '8.4')
      return { ...i, passScore: 2, scoringRule: 'all_or_nothing', scoringNote: '符合要求得满分，否则不得分' };
    return i;
  });
}

function outcome(
  std: StoredItem,
  level: number,
  random: () => number,
): { result: ResultCode; score: number } {
  const share = level + normal(random) * 0.1;
  if (std.scoringRule === 'all_or_nothing')
    return share >= 0.72 ? { result: 'met', score: std.maxScore } : { result: 'not_met', score: 0 };
  if (share >= 0.9) return { result: 'met', score: std.maxScore };
  const passShare = std.passScore / std.maxScore;
  if (share >= passShare)
    return {
      result: 'met',
      score: Math.min(std.maxScore, Math.max(std.passScore, half(std.maxScore * share))),
    };
  if (share >= 0.3)
    return {
      result: 'partly',
      score: Math.min(std.passScore - 0.5, Math.max(0.5, half(std.maxScore * share))),
    };
  return { result: 'not_met', score: 0 };
}

export async function seed(ctx: PluginContext<Config, JinanTables>, input: PluginSeedInput) {
  const db = ctx.db;
  const { cityId, random, progress } = input;
  const config = await ctx.configFor(cityId);
  const todayStr = toLocalDate(ctx.clock.now());
  const year = Number(todayStr.slice(0, 4));

  progress('templates', 0, 2);
  const v1 = await createDraft(
    db,
    cityId,
    {
      name: `${JINAN_TEMPLATE_NAME}（${year - 9}年版）`,
      basedOnId: null,
      note: '按《关于推进城市社区党建标准化建设的实施意见》建立',
      createdBy: null,
    },
    JINAN_TEMPLATE,
  );
  await publish(db, cityId, v1, null, at(`${year - 2}-01-05`));
  const v2 = await createDraft(
    db,
    cityId,
    {
      name: `${JINAN_TEMPLATE_NAME}（${year - 1}年修订）`,
      basedOnId: v1,
      note: '调整部分类型权重和计分规则',
      createdBy: null,
    },
    revised(JINAN_TEMPLATE),
  );
  await publish(db, cityId, v2, null, at(`${year - 1}-01-05`));
  const versions = new Map([
    [v1, await loadItems(db, cityId, v1)],
    [v2, await loadItems(db, cityId, v2)],
  ]);
  progress('templates', 2, 2);

  await typeUntypedCommunities(db, cityId, random);
  const communities = (await loadCommunities(db, cityId)).filter((c) => c.type && c.orgId);
  if (!communities.length) return;
  // The demo community secretary's own community (the first community org) keeps a nearly finished self-assessment.
  const demoOrgId = Math.min(...communities.map((c) => c.orgId!));
  const streetEffect = new Map<number | null, number>();
  const level = new Map<number, number>();
  for (const c of communities) {
    if (!streetEffect.has(c.streetPlaceId)) streetEffect.set(c.streetPlaceId, normal(random) * 0.03);
    level.set(
      c.placeId,
      TYPE_LEVEL[c.type as CommunityType] + streetEffect.get(c.streetPlaceId)! + normal(random) * 0.05,
    );
  }

  const campaigns = [
    {
      name: `${year - 2}年度城市社区党建标准化考评`,
      from: `${year - 2}-01-01`,
      to: `${year - 2}-12-31`,
      version: v1,
      closeFrom: `${year - 1}-01-08`,
      closeTo: `${year - 1}-02-20`,
    },
    {
      name: `${year - 1}年度城市社区党建标准化考评`,
      from: `${year - 1}-01-01`,
      to: `${year - 1}-12-31`,
      version: v2,
      closeFrom: `${year}-01-08`,
      closeTo: `${year}-02-20`,
    },
    {
      name: `${year}年度城市社区党建标准化考评`,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      version: v2,
      closeFrom: `${year}-01-20`,
      closeTo: addDays(todayStr, -1),
    },
  ];

  let evidenceCount = 0;
  for (const [index, camp] of campaigns.entries()) {
    const current = index === campaigns.length - 1;
    const step = `campaign ${camp.name}`;
    progress(step, 0, communities.length);
    const items = versions.get(camp.version)!;
    const campaign = await db
      .insertInto('p_jinan_standards.campaign')
      .values({
        city_id: cityId,
        name: camp.name,
        period_from: camp.from,
        period_to: camp.to,
        template_version_id: camp.version,
        created_at: at(camp.from, 9),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const closeSpan = Math.max(0, daysBetween(camp.closeFrom, camp.closeTo));

    // Decide each community's state and dates.
    const plans = communities.map((c) => {
      let state: StateCode = 'done';
      if (current) {
        if (c.orgId === demoOrgId) state = 'in_progress';
        else {
          const u = random();
          state =
            closeSpan <= 0 && u >= 0.45
              ? 'in_review'
              : u < 0.15
                ? 'planned'
                : u < 0.45
                  ? 'in_progress'
                  : u < 0.65
                    ? 'in_review'
                    : 'done';
        }
      }
      const drawn = addDays(camp.closeFrom, Math.floor(random() * (closeSpan + 1)));
      const closed = drawn < todayStr ? drawn : addDays(todayStr, -1);
      const submitted = addDays(closed, -(3 + Math.floor(random() * 10)));
      return { c, state, closed, submitted };
    });
    const assessmentIds = await insertBatches(
      db,
      'p_jinan_standards.assessment',
      plans.map((p) => ({
        city_id: cityId,
        campaign_id: campaign.id,
        template_version_id: camp.version,
        community_place_id: p.c.placeId,
        community_org_id: p.c.orgId,
        community_type: p.c.type,
        state: p.state,
        submitted_at: p.state === 'in_review' || p.state === 'done' ? at(p.submitted) : null,
        locked_at: p.state === 'done' ? at(p.closed, 16) : null,
        review_comment: p.state === 'done' ? '经街道党工委审核，同意。' : null,
        created_at: at(camp.from, 9),
      })),
    );

    // Results: every applicable standard; the fill level depends on the state.
    const resultRows: Record<string, unknown>[] = [];
    const meta: {
      plan: (typeof plans)[number];
      assessmentId: number;
      std: StoredItem;
      result: ResultCode | null;
      score: number | null;
    }[] = [];
    plans.forEach((p, n) => {
      const type = p.c.type as CommunityType;
      const applicable = items.filter((i) => i.weights[type] != null);
      const fill =
        p.state === 'planned'
          ? 0
          : p.state === 'in_progress'
            ? p.c.orgId === demoOrgId
              ? (applicable.length - 3) / applicable.length
              : 0.3 + random() * 0.6
            : 1;
      const base = level.get(p.c.placeId)! + CAMPAIGN_GAIN[index]!;
      applicable.forEach((std, k) => {
        const filled =
          p.state === 'in_progress' && p.c.orgId === demoOrgId
            ? k < applicable.length - 3
            : fill >= 1 || random() < fill;
        let self: { result: ResultCode; score: number | null; note: string | null } | null = null;
        if (filled) {
          if (random() < 0.01) self = { result: 'not_applicable', score: null, note: '本社区暂无此类情形' };
          else {
            const o = outcome(std, base + (TYPE_AREA[type]?.[std.area] ?? 0), random);
            self = { ...o, note: null };
          }
        }
        // The street lowers about one self-assessed "met" in twenty when it reviews.
        let review: { result: ResultCode; score: number; note: string } | null = null;
        if (
          self &&
          p.state === 'done' &&
          self.result === 'met' &&
          std.scoringRule === 'graded' &&
          random() < 0.05
        )
          review = {
            result: 'partly',
            score: Math.max(0.5, std.passScore - 0.5),
            note: '佐证材料不完整，按基本达标计',
          };
        resultRows.push({
          city_id: cityId,
          assessment_id: assessmentIds[n]!,
          standard_id: std.id,
          template_version_id: camp.version,
          weight: std.weights[type]!,
          self_result: self?.result ?? null,
          self_score: self?.score ?? null,
          self_note: self?.note ?? null,
          self_at: self ? at(addDays(p.submitted, -Math.floor(random() * 20))) : null,
          review_result: review?.result ?? null,
          review_score: review?.score ?? null,
          review_note: review?.note ?? null,
          review_at: review ? at(p.closed, 11) : null,
        });
        meta.push({
          plan: p,
          assessmentId: assessmentIds[n]!,
          std,
          result: review?.result ?? self?.result ?? null,
          score: review?.score ?? self?.score ?? null,
        });
      });
    });
    const resultIds = await insertBatches(db, 'p_jinan_standards.result', resultRows, (d, t) =>
      progress(step, Math.round((d / t) * communities.length), communities.length),
    );

    // Evidence placeholders: two met standards per assessment that has results.
    const evidence: Record<string, unknown>[] = [];
    const perAssessment = new Map<number, number>();
    meta.forEach((m, k) => {
      if (m.result !== 'met' || (perAssessment.get(m.assessmentId) ?? 0) >= 2 || random() < 0.6) return;
      perAssessment.set(m.assessmentId, (perAssessment.get(m.assessmentId) ?? 0) + 1);
      const text = `演示佐证材料（占位）\n${m.plan.c.placeName} ${m.std.code} ${m.std.title}\n${camp.name}\n`;
      const content = Buffer.from(text, 'utf8');
      evidence.push({
        city_id: cityId,
        result_id: resultIds[k]!,
        filename: `${m.std.code}-佐证材料.txt`,
        mime_type: 'text/plain',
        size_bytes: content.length,
        content,
        evidence_date: addDays(m.plan.submitted, -Math.floor(random() * 60) - 1),
        note: '演示数据',
        placeholder: true,
        uploaded_at: at(m.plan.submitted, 9),
      });
    });
    await insertBatches(db, 'p_jinan_standards.evidence', evidence);
    evidenceCount += evidence.length;

    // Rectification items for every unmet standard of a locked assessment, most closed, some late, some still open.
    const unmet: ResultCode[] = config.rectifyPartlyMet ? ['not_met', 'partly'] : ['not_met'];
    const rect: Record<string, unknown>[] = [];
    meta.forEach((m, k) => {
      if (m.plan.state !== 'done' || !m.result || !unmet.includes(m.result)) return;
      const due = addDays(m.plan.closed, config.rectificationDays);
      const u = random();
      // Closing day relative to the due date: mostly before it, some after.
      let closedOn: string | null =
        u < 0.78
          ? addDays(due, -Math.floor(random() * 60))
          : u < 0.92
            ? addDays(due, 1 + Math.floor(random() * 40))
            : null;
      if (closedOn && (closedOn >= todayStr || closedOn <= m.plan.closed))
        closedOn = closedOn >= todayStr ? null : addDays(m.plan.closed, 1);
      const label = m.result === 'partly' ? '基本达标' : '未达标';
      rect.push({
        city_id: cityId,
        result_id: resultIds[k]!,
        assessment_id: m.assessmentId,
        community_org_id: m.plan.c.orgId,
        problem: `${m.std.code} ${m.std.title}：${label}（得分 ${m.score ?? 0}/${m.std.maxScore}）`,
        measures: MEASURES[Math.floor(random() * MEASURES.length)],
        owner_name: OWNERS[Math.floor(random() * OWNERS.length)],
        due_date: due,
        status: closedOn ? 'closed' : 'open',
        closed_on: closedOn,
        closing_note: closedOn ? '已按整改方案完成，资料归档' : null,
        created_at: at(m.plan.closed, 17),
      });
    });
    await insertBatches(db, 'p_jinan_standards.rectification', rect);
    progress(step, communities.length, communities.length);
  }
  progress('evidence placeholders', evidenceCount, evidenceCount);
}
