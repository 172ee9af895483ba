import { type IndicatorValue, type Period, type PluginIndicator, rate } from '@jiceng/plugin-kit';
import type { Config } from './manifest';
import { orgPrefix } from './server/common';
import {
  type CoverageRow,
  coverageStats,
  type MemberStatsRow,
  memberStats,
  projectStats,
  sumRows,
  type WishRow,
  wishStats,
} from './server/rollup';
import type { LongyanDb } from './server/db';
import { sharedWhileInFlight } from './server/in-flight';

/**
 * Every indicator rolls an org subtree up with the org's path prefix (the whole city without orgId).
 * Members count under a node when their unit-side org or their community lies in its subtree.
 */
export type IndicatorId =
  | 'report_rate'
  | 'longyan_confirmed_report_rate'
  | 'service_rate'
  | 'org_coverage'
  | 'wishes_fulfilled_rate'
  | 'longyan_wishes_claimed_rate'
  | 'projects_completed_rate'
  | 'longyan_red_committee_share'
  | 'claims_per_member'
  | 'volunteer_hours_per_member';

export interface RollupRows {
  members: MemberStatsRow[];
  coverage: CoverageRow[];
  wishes: WishRow[];
  projects: { started: number; completed: number };
}

/** Every indicator's value from one set of rollup rows (the dashboard computes the rows once). */
export function summarize({
  members,
  coverage,
  wishes,
  projects,
}: RollupRows): Record<IndicatorId, IndicatorValue> {
  const m = sumRows(members, ['members', 'reported', 'confirmed', 'served', 'hours', 'claims']);
  const cv = sumRows(coverage, ['compounds', 'covered', 'red']);
  const w = sumRows(wishes, ['collected', 'claimed', 'fulfilled']);
  return {
    report_rate: rate(m.reported, m.members),
    longyan_confirmed_report_rate: rate(m.confirmed, m.members),
    service_rate: rate(m.served, m.reported),
    org_coverage: rate(cv.covered, cv.compounds),
    wishes_fulfilled_rate: rate(w.fulfilled, w.collected),
    longyan_wishes_claimed_rate: rate(w.claimed, w.collected),
    projects_completed_rate: rate(projects.completed, projects.started),
    longyan_red_committee_share: rate(cv.red, cv.compounds),
    claims_per_member: rate(m.claims, m.members),
    volunteer_hours_per_member: rate(Math.round(m.hours * 10) / 10, m.members),
  };
}

/** The rollup rows of a subtree and period: the dashboard's one query set. */
export async function rollup(
  db: LongyanDb,
  cityId: number,
  period: Period,
  prefix: string,
): Promise<RollupRows> {
  // Sequential on purpose: PGlite has one connection, and PostgreSQL gains little from parallel small scans here.
  const members = await memberStats(db, cityId, period, prefix);
  const coverage = await coverageStats(db, cityId, period, prefix);
  const wishes = await wishStats(db, cityId, period, prefix);
  const projects = await projectStats(db, cityId, period, prefix);
  return { members, coverage, wishes, projects };
}

type OrgId = number | null | undefined;
type Compute = (db: LongyanDb, cityId: number, period: Period, orgId: OrgId) => Promise<IndicatorValue>;

/**
 * Core computes every indicator of a city at once (Promise.all): the ones reading the same rollup share its one query
 * (five read the member rollup, a whole-city scan), keyed before the first await so every one of them joins it.
 */
const sameQuery = (cityId: number, period: Period, orgId: OrgId) =>
  `${cityId}|${period.from}|${period.to}|${orgId ?? ''}`;
const members = sharedWhileInFlight(
  async (db: LongyanDb, cityId: number, period: Period, orgId: OrgId) =>
    sumRows(await memberStats(db, cityId, period, await orgPrefix(db, cityId, orgId)), [
      'members',
      'reported',
      'confirmed',
      'served',
      'hours',
      'claims',
    ]),
  sameQuery,
);
const coverage = sharedWhileInFlight(
  async (db: LongyanDb, cityId: number, period: Period, orgId: OrgId) =>
    sumRows(await coverageStats(db, cityId, period, await orgPrefix(db, cityId, orgId)), [
      'compounds',
      'covered',
      'red',
    ]),
  sameQuery,
);
const wishes = sharedWhileInFlight(
  async (db: LongyanDb, cityId: number, period: Period, orgId: OrgId) =>
    sumRows(await wishStats(db, cityId, period, await orgPrefix(db, cityId, orgId)), [
      'collected',
      'claimed',
      'fulfilled',
    ]),
  sameQuery,
);
const projects = async (db: LongyanDb, cityId: number, period: Period, orgId: OrgId) =>
  projectStats(db, cityId, period, await orgPrefix(db, cityId, orgId));

const computeOne: Record<IndicatorId, Compute> = {
  report_rate: async (...a) => {
    const m = await members(...a);
    return rate(m.reported, m.members);
  },
  longyan_confirmed_report_rate: async (...a) => {
    const m = await members(...a);
    return rate(m.confirmed, m.members);
  },
  service_rate: async (...a) => {
    const m = await members(...a);
    return rate(m.served, m.reported);
  },
  claims_per_member: async (...a) => {
    const m = await members(...a);
    return rate(m.claims, m.members);
  },
  volunteer_hours_per_member: async (...a) => {
    const m = await members(...a);
    return rate(Math.round(m.hours * 10) / 10, m.members);
  },
  org_coverage: async (...a) => {
    const cv = await coverage(...a);
    return rate(cv.covered, cv.compounds);
  },
  longyan_red_committee_share: async (...a) => {
    const cv = await coverage(...a);
    return rate(cv.red, cv.compounds);
  },
  wishes_fulfilled_rate: async (...a) => {
    const w = await wishes(...a);
    return rate(w.fulfilled, w.collected);
  },
  longyan_wishes_claimed_rate: async (...a) => {
    const w = await wishes(...a);
    return rate(w.claimed, w.collected);
  },
  projects_completed_rate: async (...a) => {
    const p = await projects(...a);
    return rate(p.completed, p.started);
  },
};

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

const META: Partial<Record<IndicatorId, PluginIndicator['meta']>> = {
  longyan_confirmed_report_rate: {
    names: t('线上线下双报到完成率', 'Confirmed-report rate'),
    definition: t(
      '期内报到且经社区党组织凭《报到证》线下确认的在职党员 ÷ 在职党员总数',
      'In-service members whose report the community org confirmed offline (报到证 checked) in the period ÷ all in-service members',
    ),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'any',
  },
  longyan_wishes_claimed_rate: {
    names: t('微心愿认领率', 'Wishes claimed'),
    definition: t(
      '期内征集的微心愿中已被党员认领的 ÷ 期内征集的微心愿',
      'Wishes collected in the period that a member claimed ÷ wishes collected',
    ),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'any',
  },
  longyan_red_committee_share: {
    names: t('红色业委会覆盖率', 'Red owners’ committee share'),
    definition: t(
      '已组建红色业委会的小区 ÷ 小区总数',
      'Compounds with a red owners’ committee ÷ all compounds',
    ),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'any',
  },
};

export const INDICATOR_IDS = Object.keys(computeOne) as IndicatorId[];

export const indicators: PluginIndicator<Config>[] = INDICATOR_IDS.map((id) => ({
  id,
  ...(META[id] ? { meta: META[id] } : {}),
  async compute(ctx, { cityId, orgId, period }) {
    return computeOne[id](ctx.db, cityId, period, orgId);
  },
}));
