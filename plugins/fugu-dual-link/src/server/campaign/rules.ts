import { CAMPAIGN_STEPS, type CampaignStep } from '../../shared/terms';

/** The pure rules of the rollout campaign (工作推进): five steps in order, each with a deadline per org. */

/** The first step whose deadline comes before the previous step's (or the start); undefined when all are in order. */
export function deadlineOutOfOrder(
  startedOn: string,
  d: Record<CampaignStep, string>,
): CampaignStep | undefined {
  let prev = startedOn;
  for (const step of CAMPAIGN_STEPS) {
    if (d[step] < prev) return step;
    prev = d[step];
  }
  return undefined;
}

/** One org's step: done (by the deadline), late (done after it), overdue (not done, deadline passed) or open. */
export function stepState(doneOn: string | null, deadline: string, today: string) {
  if (doneOn) return doneOn <= deadline ? 'done' : 'late';
  return deadline < today ? 'overdue' : 'open';
}

/** The step a step waits for when that one is not done yet (steps go in order); undefined when it may be done. */
export function waitsFor(
  steps: { step: string; done_on: string | null }[],
  step: CampaignStep,
): CampaignStep | undefined {
  const index = CAMPAIGN_STEPS.indexOf(step);
  if (index <= 0) return undefined;
  const before = CAMPAIGN_STEPS[index - 1]!;
  const prev = steps.find((s) => s.step === before);
  return prev && !prev.done_on ? before : undefined;
}

export interface StepCounts {
  step: string;
  deadline: string | null;
  total: number;
  done: number;
  onTime: number;
  overdue: number;
}

/** Every step in order with its counts (zero when no org has it) and the share done (null with no orgs). */
export function stepSummary(rows: StepCounts[]) {
  return CAMPAIGN_STEPS.map((step) => {
    const row = rows.find((x) => x.step === step) ?? {
      total: 0,
      done: 0,
      onTime: 0,
      overdue: 0,
      deadline: null,
    };
    return {
      step,
      deadline: row.deadline,
      total: row.total,
      done: row.done,
      onTime: row.onTime,
      overdue: row.overdue,
      rate: row.total ? row.done / row.total : null,
    };
  });
}

/** Progress rows (one per org and step, in org order) → one entry per org with its steps and their states. */
export function progressByOrg(
  rows: {
    orgId: number;
    orgName: string;
    kind: string;
    step: string;
    deadline: string;
    doneOn: string | null;
    note: string | null;
  }[],
  today: string,
) {
  const orgs = new Map<
    number,
    { orgId: number; orgName: string; kind: string; steps: Record<string, unknown> }
  >();
  for (const r of rows) {
    const o = orgs.get(r.orgId) ?? { orgId: r.orgId, orgName: r.orgName, kind: r.kind, steps: {} };
    o.steps[r.step] = {
      deadline: r.deadline,
      doneOn: r.doneOn,
      note: r.note,
      state: stepState(r.doneOn, r.deadline, today),
    };
    orgs.set(r.orgId, o);
  }
  return [...orgs.values()];
}

/** Centre rows joined with their communities (none → no org) → one entry per centre with its communities. */
export function centresOf(
  rows: { id: number; name: string; orgId: number | null; orgName: string | null }[],
) {
  const out = new Map<number, { id: number; name: string; communities: { orgId: number; name: string }[] }>();
  for (const r of rows) {
    const cur = out.get(r.id) ?? { id: r.id, name: r.name, communities: [] };
    if (r.orgId) cur.communities.push({ orgId: r.orgId, name: r.orgName ?? '' });
    out.set(r.id, cur);
  }
  return [...out.values()];
}
