import { AREA_CODES, type AreaCode, type Localized, type ResultCode, type ScoringRule, say } from './model';

export interface StandardRule {
  maxScore: number;
  passScore: number;
  scoringRule: ScoringRule;
}

export type ScoreCheck =
  | { ok: true; score: number | null }
  | { ok: false; field: 'score' | 'result' | 'note'; reason: Localized };

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/**
 * Checks one result against its standard's scoring rule and fills in the score when the rule fixes it.
 * The score range is always 0..max; the result must agree with the score (met ⇔ at least the pass score).
 */
export function checkResult(
  std: StandardRule,
  result: ResultCode,
  score: number | null | undefined,
  note: string | null | undefined,
): ScoreCheck {
  if (result === 'not_applicable') {
    if (score != null)
      return {
        ok: false,
        field: 'score',
        reason: say('不适用的条目不计分', 'a not-applicable item takes no score'),
      };
    if (!note?.trim())
      return { ok: false, field: 'note', reason: say('标为不适用须说明原因', 'say why it does not apply') };
    return { ok: true, score: null };
  }
  if (score != null) {
    if (!Number.isFinite(score) || score < 0 || score > std.maxScore)
      return {
        ok: false,
        field: 'score',
        reason: say(`得分须在 0–${fmt(std.maxScore)} 之间`, `score must be within 0–${fmt(std.maxScore)}`),
      };
    if (Math.abs(score * 2 - Math.round(score * 2)) > 1e-9)
      return { ok: false, field: 'score', reason: say('得分以 0.5 分为单位', 'score goes in steps of 0.5') };
  }
  if (std.scoringRule === 'all_or_nothing') {
    if (result === 'partly')
      return {
        ok: false,
        field: 'result',
        reason: say('此条目只有达标或未达标', 'this standard is all or nothing'),
      };
    const fixed = result === 'met' ? std.maxScore : 0;
    if (score != null && score !== fixed)
      return {
        ok: false,
        field: 'score',
        reason: say(
          `此条目${result === 'met' ? '达标' : '未达标'}得 ${fmt(fixed)} 分`,
          `this result scores ${fmt(fixed)}`,
        ),
      };
    return { ok: true, score: fixed };
  }
  if (result === 'met') {
    const s = score ?? std.maxScore;
    if (s < std.passScore)
      return {
        ok: false,
        field: 'score',
        reason: say(`达标须不低于 ${fmt(std.passScore)} 分`, `met needs at least ${fmt(std.passScore)}`),
      };
    return { ok: true, score: s };
  }
  if (result === 'partly') {
    if (score == null)
      return { ok: false, field: 'score', reason: say('基本达标须填写得分', 'partly met needs a score') };
    if (score <= 0 || score >= std.passScore)
      return {
        ok: false,
        field: 'score',
        reason: say(
          `基本达标得分须大于 0 且低于 ${fmt(std.passScore)}`,
          `partly met scores above 0 and below ${fmt(std.passScore)}`,
        ),
      };
    return { ok: true, score };
  }
  const s = score ?? 0;
  if (s >= std.passScore)
    return {
      ok: false,
      field: 'score',
      reason: say(`未达标得分须低于 ${fmt(std.passScore)}`, `not met scores below ${fmt(std.passScore)}`),
    };
  return { ok: true, score: s };
}

/** One applicable standard of one assessment, with its effective result. */
export interface ItemScore {
  area: AreaCode;
  /** The standard's weight for the community's type. */
  weight: number;
  maxScore: number;
  result: ResultCode | null;
  score: number | null;
}

export interface Summary {
  /** Weighted score 0..100 over assessed items: 100 × Σ weight·score/max ÷ Σ weight; null when nothing is assessed. */
  score: number | null;
  applicable: number;
  /** Items with a result (any, including not applicable). */
  assessed: number;
  met: number;
  partly: number;
  notMet: number;
  notApplicable: number;
}

/** The weighted score and counts of a set of items (one assessment, or one area of it). */
export function summarize(items: ItemScore[]): Summary {
  let num = 0;
  let den = 0;
  const s: Summary = {
    score: null,
    applicable: items.length,
    assessed: 0,
    met: 0,
    partly: 0,
    notMet: 0,
    notApplicable: 0,
  };
  for (const i of items) {
    if (i.result == null) continue;
    s.assessed++;
    if (i.result === 'not_applicable') {
      s.notApplicable++;
      continue;
    }
    if (i.result === 'met') s.met++;
    else if (i.result === 'partly') s.partly++;
    else s.notMet++;
    if (i.score == null || i.maxScore <= 0) continue;
    num += i.weight * (i.score / i.maxScore);
    den += i.weight;
  }
  s.score = den > 0 ? (100 * num) / den : null;
  return s;
}

/** Weighted score per area (null for an area with nothing assessed). */
export function areaScores(items: ItemScore[]): Record<AreaCode, number | null> {
  const out = {} as Record<AreaCode, number | null>;
  for (const code of AREA_CODES) out[code] = summarize(items.filter((i) => i.area === code)).score;
  return out;
}

export interface Quartiles {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

/** Quantile by linear interpolation between closest ranks (Excel QUARTILE.INC, numpy's default). */
export function quantile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function quartiles(values: number[]): Quartiles | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0]!,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1]!,
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
}
