import type { LocalizedText } from '../indicators';

/**
 * Shared outcome facts: what every model produces in its own way, so cities running different models can be compared
 * on one definition (issue 19). A plugin maps its data onto them with SQL views in its own schema, one per fact,
 * named `p_<id>.outcome_<fact>`, with exactly the columns below. Views, not copied rows: a view cannot drift from
 * the plugin's tables (no second write to forget in some route or in the seed), and core reads every model the same
 * way. Speed comes from core's monthly snapshots (`core.outcome_snapshot`) for standard periods; live figures for
 * custom ranges read each view once per city.
 */
export const OUTCOME_FACTS = ['engagement', 'service', 'request', 'project', 'coverage'] as const;
export type OutcomeFact = (typeof OUTCOME_FACTS)[number];

/** The view `p_<id>.outcome_engagement`: a member tied to the community (grid, region) where they live or serve. */
export interface EngagementFactRow {
  city_id: number;
  member_id: number;
  /** The org of the community/grid/region engaged with (core.org.id), for subtree figures; null when none. */
  org_id: number | null;
  /** The day it became effective (报到 day, 登记 day, joined the grid): a date. */
  effective_on: string;
  /** Confirmed by someone other than the member (报到证 issued, registration stamped …). */
  confirmed: boolean;
}

/** `p_<id>.outcome_service`: one record of service a member delivered. */
export interface ServiceFactRow {
  city_id: number;
  member_id: number;
  /** Where it was delivered (core.org.id), null when unknown. */
  org_id: number | null;
  served_on: string;
  /** Hours (numeric, ≥ 0); null when the model records this service without hours (then it is no hours figure). */
  hours: number | null;
  /** Confirmed by someone other than the member. */
  confirmed: boolean;
}

/** `p_<id>.outcome_request`: a request from residents handled by an organisation (ledger item, 限时办结, wish, 整改). */
export interface RequestFactRow {
  city_id: number;
  /** The org that handles it (core.org.id). */
  org_id: number | null;
  received_on: string;
  /** When it must be closed; null when the model sets no deadline. */
  due_on: string | null;
  /** When it was closed (销号, 办结, fulfilled); null while open. */
  closed_on: string | null;
}

/** `p_<id>.outcome_project`: a co-building project (共建项目, 服务项目书, 实事, council project). */
export interface ProjectFactRow {
  city_id: number;
  org_id: number | null;
  started_on: string;
  completed_on: string | null;
}

/** `p_<id>.outcome_coverage`: one thing to be covered by an organisation (a compound, grid, community, unit). */
export interface CoverageFactRow {
  city_id: number;
  /** The org whose subtree the covered thing belongs to (its community's org, say), for subtree figures. */
  org_id: number | null;
  /** What it is, snake_case: 'compound', 'grid', 'community', 'unit'. */
  unit_kind: string;
  /** Stable key of the thing within the city and kind (its id as text). */
  unit_key: string;
  /** Since when an organisation covers it; null = not covered. */
  covered_since: string | null;
}

export interface OutcomeFactRows {
  engagement: EngagementFactRow;
  service: ServiceFactRow;
  request: RequestFactRow;
  project: ProjectFactRow;
  coverage: CoverageFactRow;
}

/** Column types of each view (PostgreSQL udt names, as information_schema reports them): the contract suite checks them. */
export const OUTCOME_VIEW_COLUMNS: Record<
  OutcomeFact,
  Record<string, 'int4' | 'date' | 'bool' | 'numeric' | 'text'>
> = {
  engagement: { city_id: 'int4', member_id: 'int4', org_id: 'int4', effective_on: 'date', confirmed: 'bool' },
  service: {
    city_id: 'int4',
    member_id: 'int4',
    org_id: 'int4',
    served_on: 'date',
    hours: 'numeric',
    confirmed: 'bool',
  },
  request: { city_id: 'int4', org_id: 'int4', received_on: 'date', due_on: 'date', closed_on: 'date' },
  project: { city_id: 'int4', org_id: 'int4', started_on: 'date', completed_on: 'date' },
  coverage: { city_id: 'int4', org_id: 'int4', unit_kind: 'text', unit_key: 'text', covered_since: 'date' },
};

/** The view a fact is read from: `outcome_<fact>` in the plugin's schema. */
export const outcomeView = (fact: OutcomeFact) => `outcome_${fact}` as const;

/**
 * How one model produces one fact: from its view (with words for what counts, shown beside the figure), or not at
 * all, with the reason shown instead of a number ("Jinan's checklist records no service by members").
 */
export type OutcomeSource = { view: true; describes: LocalizedText } | { notApplicable: LocalizedText };

/**
 * A figure the model's published source gives for a shared indicator (Longyan's report rate 99.97%): drawn as a
 * reference mark beside the computed value, never used as the value.
 */
export interface OutcomeReference {
  indicatorId: string;
  /** In the indicator's unit (ratios 0..1). */
  value: number;
  source: LocalizedText;
}

/** The plugin contract's `outcomes` slot: every fact named, each from a view or not applicable. */
export interface PluginOutcomes {
  facts: Record<OutcomeFact, OutcomeSource>;
  references?: OutcomeReference[];
}
