import type { CityAccess } from '@jiceng/plugin-kit';
import { orgPathFilter } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { AreaCode, ResultCode, StateCode } from '../../shared/model';
import { areaScores, type ItemScore, type Summary, summarize } from '../../shared/scoring';
import type { JinanDb } from '../db';

/** One applicable standard of one assessment with its effective result (the street's review when there is one). */
export interface ItemRow extends ItemScore {
  resultId: number;
  assessmentId: number;
  campaignId: number;
  communityPlaceId: number;
  communityOrgId: number;
  communityType: string;
  state: StateCode;
  standardId: number;
  code: string;
  seq: number;
  title: string;
  titleEn: string | null;
  passScore: number;
}

export interface ItemFilter {
  campaignIds?: number[];
  assessmentIds?: number[];
  states?: StateCode[];
  /** Only communities whose org lies under this path prefix. */
  orgPrefix?: string;
  /** Only communities the actor may see. */
  access?: CityAccess;
  /** Only campaigns whose period ends within these dates (inclusive). */
  periodEnd?: { from: string; to: string };
}

export async function loadItemRows(db: JinanDb, cityId: number, f: ItemFilter): Promise<ItemRow[]> {
  if (f.campaignIds && !f.campaignIds.length) return [];
  if (f.assessmentIds && !f.assessmentIds.length) return [];
  let q = db
    .selectFrom('p_jinan_standards.result as r')
    .innerJoin('p_jinan_standards.assessment as a', (j) =>
      j.onRef('a.city_id', '=', 'r.city_id').onRef('a.id', '=', 'r.assessment_id'),
    )
    .innerJoin('p_jinan_standards.standard as s', (j) =>
      j.onRef('s.city_id', '=', 'r.city_id').onRef('s.id', '=', 'r.standard_id'),
    )
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'a.city_id').onRef('o.id', '=', 'a.community_org_id'),
    )
    .select([
      'r.id as result_id',
      'r.assessment_id',
      'a.campaign_id',
      'a.community_place_id',
      'a.community_org_id',
      'a.community_type',
      'a.state',
      'r.standard_id',
      's.code',
      's.seq',
      's.area',
      's.title',
      's.title_en',
      'r.weight',
      's.max_score',
      's.pass_score',
      sql<ResultCode | null>`coalesce(r.review_result, r.self_result)`.as('result'),
      sql<number | null>`case when r.review_result is not null then r.review_score else r.self_score end`.as(
        'score',
      ),
    ])
    .where('r.city_id', '=', cityId);
  if (f.campaignIds) q = q.where('a.campaign_id', 'in', f.campaignIds);
  if (f.assessmentIds) q = q.where('a.id', 'in', f.assessmentIds);
  if (f.states) q = q.where('a.state', 'in', f.states);
  if (f.orgPrefix) q = q.where('o.path', 'like', `${f.orgPrefix}%`);
  if (f.access) q = q.where(orgPathFilter(f.access, 'o.path'));
  if (f.periodEnd) {
    const { from, to } = f.periodEnd;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('p_jinan_standards.campaign as c')
          .select('c.id')
          .whereRef('c.city_id', '=', 'a.city_id')
          .whereRef('c.id', '=', 'a.campaign_id')
          .where('c.period_to', '>=', from)
          .where('c.period_to', '<=', to),
      ),
    );
  }
  const rows = await q.orderBy('r.assessment_id').orderBy('s.seq').orderBy('s.id').execute();
  return rows.map((r) => ({
    resultId: r.result_id,
    assessmentId: r.assessment_id,
    campaignId: r.campaign_id,
    communityPlaceId: r.community_place_id,
    communityOrgId: r.community_org_id,
    communityType: r.community_type,
    state: r.state,
    standardId: r.standard_id,
    code: r.code,
    seq: r.seq,
    area: r.area as AreaCode,
    title: r.title,
    titleEn: r.title_en,
    weight: Number(r.weight),
    maxScore: Number(r.max_score),
    passScore: Number(r.pass_score),
    result: r.result,
    score: r.score == null ? null : Number(r.score),
  }));
}

export interface AssessmentScore {
  assessmentId: number;
  campaignId: number;
  communityPlaceId: number;
  communityOrgId: number;
  communityType: string;
  state: StateCode;
  summary: Summary;
  areas: Record<AreaCode, number | null>;
}

/** Per-assessment weighted score, counts and area scores, in the order the rows came. */
export function scoreAssessments(rows: ItemRow[]): AssessmentScore[] {
  const groups = new Map<number, ItemRow[]>();
  for (const r of rows) {
    const g = groups.get(r.assessmentId);
    if (g) g.push(r);
    else groups.set(r.assessmentId, [r]);
  }
  return [...groups.values()].map((items) => {
    const first = items[0]!;
    return {
      assessmentId: first.assessmentId,
      campaignId: first.campaignId,
      communityPlaceId: first.communityPlaceId,
      communityOrgId: first.communityOrgId,
      communityType: first.communityType,
      state: first.state,
      summary: summarize(items),
      areas: areaScores(items),
    };
  });
}
