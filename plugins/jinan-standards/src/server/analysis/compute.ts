import { AREA_CODES, type AreaCode, COMMUNITY_TYPE_CODES } from '../../shared/model';
import { quartiles } from '../../shared/scoring';
import { type AssessmentScore, type ItemRow, scoreAssessments } from './data';

export interface StandardStat {
  standardId: number;
  code: string;
  title: string;
  titleEn: string | null;
  area: AreaCode;
  /** Communities with a result other than not applicable. */
  assessed: number;
  met: number;
  partly: number;
  notMet: number;
  /** met ÷ assessed */
  metShare: number | null;
  /** Mean of score ÷ max over assessed communities. */
  meanShare: number | null;
}

/** Every standard city-wide, weakest first (lowest met share, then lowest mean score share). */
export function standardStats(rows: ItemRow[]): StandardStat[] {
  const map = new Map<number, StandardStat & { shareSum: number; shareN: number }>();
  for (const r of rows) {
    let s = map.get(r.standardId);
    if (!s) {
      s = {
        standardId: r.standardId,
        code: r.code,
        title: r.title,
        titleEn: r.titleEn,
        area: r.area,
        assessed: 0,
        met: 0,
        partly: 0,
        notMet: 0,
        metShare: null,
        meanShare: null,
        shareSum: 0,
        shareN: 0,
      };
      map.set(r.standardId, s);
    }
    if (r.result == null || r.result === 'not_applicable') continue;
    s.assessed++;
    if (r.result === 'met') s.met++;
    else if (r.result === 'partly') s.partly++;
    else s.notMet++;
    if (r.score != null && r.maxScore > 0) {
      s.shareSum += r.score / r.maxScore;
      s.shareN++;
    }
  }
  return [...map.values()]
    .map(({ shareSum, shareN, ...s }) => ({
      ...s,
      metShare: s.assessed ? s.met / s.assessed : null,
      meanShare: shareN ? shareSum / shareN : null,
    }))
    .sort(
      (a, b) =>
        (a.metShare ?? 2) - (b.metShare ?? 2) ||
        (a.meanShare ?? 2) - (b.meanShare ?? 2) ||
        a.code.localeCompare(b.code),
    );
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Standards met ÷ applicable standards with a result (not-applicable results left out). */
export function metShare(rows: ItemRow[]): { met: number; assessed: number } {
  let met = 0;
  let assessed = 0;
  for (const r of rows) {
    if (r.result == null || r.result === 'not_applicable') continue;
    assessed++;
    if (r.result === 'met') met++;
  }
  return { met, assessed };
}

export function overall(scores: AssessmentScore[], rows: ItemRow[], threshold: number) {
  const values = scores.map((s) => s.summary.score).filter((v): v is number => v != null);
  const q = quartiles(values);
  const m = metShare(rows);
  return {
    n: values.length,
    quartiles: q,
    meanScore: q?.mean ?? null,
    iqr: q ? q.q3 - q.q1 : null,
    metShare: m.assessed ? m.met / m.assessed : null,
    above: values.filter((v) => v >= threshold).length,
    aboveShare: values.length ? values.filter((v) => v >= threshold).length / values.length : null,
  };
}

export const HISTOGRAM_EDGES = [0, 60, 70, 80, 90, 100];

/** The imbalance view (不平衡不充分) of one campaign, with the change from the previous one. */
export function analyze(rows: ItemRow[], previousRows: ItemRow[], threshold: number) {
  const scores = scoreAssessments(rows);
  const prevScores = scoreAssessments(previousRows);
  const prevByPlace = new Map(prevScores.map((s) => [s.communityPlaceId, s]));
  const communities = scores.map((s) => {
    const prev = prevByPlace.get(s.communityPlaceId);
    const score = s.summary.score;
    const previousScore = prev?.summary.score ?? null;
    return {
      assessmentId: s.assessmentId,
      communityPlaceId: s.communityPlaceId,
      communityOrgId: s.communityOrgId,
      communityType: s.communityType,
      state: s.state,
      score,
      areas: s.areas,
      met: s.summary.met,
      partly: s.summary.partly,
      notMet: s.summary.notMet,
      notApplicable: s.summary.notApplicable,
      applicable: s.summary.applicable,
      assessed: s.summary.assessed,
      previousScore,
      delta: score != null && previousScore != null ? score - previousScore : null,
      previousAreas: prev?.areas ?? null,
      belowThreshold: score != null && score < threshold,
    };
  });
  const areaStats = AREA_CODES.map((area) => {
    const values = scores.map((s) => s.areas[area]).filter((v): v is number => v != null);
    const prevValues = prevScores.map((s) => s.areas[area]).filter((v): v is number => v != null);
    const q = quartiles(values);
    const previousMean = mean(prevValues);
    return {
      area,
      quartiles: q,
      mean: q?.mean ?? null,
      previousMean,
      delta: q && previousMean != null ? q.mean - previousMean : null,
    };
  });
  const typeStats = COMMUNITY_TYPE_CODES.map((type) => {
    const values = scores
      .filter((s) => s.communityType === type)
      .map((s) => s.summary.score)
      .filter((v): v is number => v != null);
    return {
      type,
      n: values.length,
      meanScore: mean(values),
      aboveShare: values.length ? values.filter((v) => v >= threshold).length / values.length : null,
    };
  }).filter((t) => t.n > 0);
  const values = communities.map((x) => x.score).filter((v): v is number => v != null);
  const histogram = HISTOGRAM_EDGES.slice(0, -1).map((from, i) => {
    const to = HISTOGRAM_EDGES[i + 1]!;
    const last = i === HISTOGRAM_EDGES.length - 2;
    return { from, to, n: values.filter((v) => v >= from && (last ? v <= to : v < to)).length };
  });
  return {
    overall: overall(scores, rows, threshold),
    previousOverall: previousRows.length ? overall(prevScores, previousRows, threshold) : null,
    communities,
    areaStats,
    typeStats,
    histogram,
    standards: standardStats(rows),
    belowThreshold: communities
      .filter((x) => x.belowThreshold)
      .sort((a, b) => (a.score ?? 0) - (b.score ?? 0)),
  };
}
