import { addMonths } from '@jiceng/plugin-kit';

/** Pure rules of the co-building council (共建理事会): no database, no HTTP (unit-tested in rules.test.ts). */

/** A member unit as the rules see it: ids grow in the order units joined. */
export interface CouncilMember {
  id: number;
  unit_name: string;
  left_on: string | null;
}

/**
 * 轮流: the next active member after the current chair, in the order they joined (wrapping round to the first);
 * null when nobody else can take the chair (no active member, or the chair is the only one).
 */
export function nextChair(
  ms: readonly CouncilMember[],
  currentChairId: number | undefined,
): { memberId: number; unitName: string } | null {
  const active = ms.filter((m) => !m.left_on);
  const first = active[0];
  if (!first) return null;
  const after = active.find((m) => currentChairId !== undefined && m.id > currentChairId);
  const next = after ?? first;
  if (next.id === currentChairId && active.length > 1) return null;
  return { memberId: next.id, unitName: next.unit_name };
}

/**
 * 轮流牵头: the current member unit that has led the fewest projects (dropped ones not counted), the earliest
 * joined among equals. `leads` lists the lead member of each project not dropped.
 */
export function leadInTurn(active: readonly { id: number }[], leads: readonly number[]): number | undefined {
  const count = new Map<number, number>();
  for (const lead of leads) count.set(lead, (count.get(lead) ?? 0) + 1);
  const first = active[0];
  if (!first) return undefined;
  return active.reduce((best, m) => ((count.get(m.id) ?? 0) < (count.get(best.id) ?? 0) ? m : best), first)
    .id;
}

/** A chair replaced mid-term hands over the rest of the term; a term already past its end gets a full new one. */
export const replacementTermEnd = (termEndsOn: string, on: string, termMonths: number) =>
  termEndsOn > on ? termEndsOn : addMonths(on, termMonths);

/**
 * Which review of a meeting is refused, and why: a unit not on the council on the day (joined after it, or left
 * on or before it), or a unit reviewed twice. Null when all are fine.
 */
export function reviewProblem(
  ms: readonly { id: number; joined_on: string; left_on: string | null }[],
  heldOn: string,
  reviews: readonly { memberId: number }[],
): { index: number; kind: 'not_on_council' | 'twice' } | null {
  const seen = new Set<number>();
  for (const [index, r] of reviews.entries()) {
    const m = ms.find((x) => x.id === r.memberId);
    if (!m || m.joined_on > heldOn || (m.left_on && m.left_on <= heldOn))
      return { index, kind: 'not_on_council' };
    if (seen.has(r.memberId)) return { index, kind: 'twice' };
    seen.add(r.memberId);
  }
  return null;
}

export interface ScoreRow {
  memberId: number;
  unitName: string;
  active: boolean;
  current: boolean;
  declared: number;
  led: number;
  completed: number;
  meetings: number;
  attended: number;
  avgScore: number | null;
  chairTerms: number;
}

export interface ScoreInput {
  members: readonly { id: number; name: string; left_on: string | null }[];
  projects: readonly {
    declared_by_id: number;
    lead_member_id: number;
    declared_on: string;
    starts_on: string | null;
    completed_on: string | null;
    status: string;
  }[];
  /** Reviews of the meetings held in the period. */
  reviews: readonly { council_member_id: number; attended: boolean; score: number }[];
  /** Chair terms overlapping the period. */
  terms: readonly { chair_member_id: number }[];
}

/**
 * Per member unit on the council during [from, to]: what it did, and whether it counts as active —
 * it declared or led a project in the period, or its average meeting review score reached the threshold.
 */
export function scoreRows(input: ScoreInput, from: string, to: string, threshold: number): ScoreRow[] {
  const { projects, reviews, terms } = input;
  return input.members.map((m) => {
    const declared = projects.filter(
      (p) => p.declared_by_id === m.id && p.declared_on >= from && p.declared_on <= to,
    ).length;
    // Led in the period: a started project whose run overlaps the period.
    const led = projects.filter(
      (p) =>
        p.lead_member_id === m.id &&
        p.starts_on &&
        p.starts_on <= to &&
        (p.completed_on == null || p.completed_on >= from) &&
        p.status !== 'dropped',
    ).length;
    const completed = projects.filter(
      (p) =>
        p.lead_member_id === m.id &&
        p.status === 'completed' &&
        p.completed_on != null &&
        p.completed_on >= from &&
        p.completed_on <= to,
    ).length;
    const mine = reviews.filter((r) => r.council_member_id === m.id);
    const avgScore = mine.length ? mine.reduce((s, r) => s + r.score, 0) / mine.length : null;
    const active = declared > 0 || led > 0 || (avgScore !== null && avgScore >= threshold);
    return {
      memberId: m.id,
      unitName: m.name,
      active,
      current: m.left_on == null,
      declared,
      led,
      completed,
      meetings: mine.length,
      attended: mine.filter((r) => r.attended).length,
      avgScore: avgScore === null ? null : Math.round(avgScore * 10) / 10,
      chairTerms: terms.filter((t) => t.chair_member_id === m.id).length,
    };
  });
}
