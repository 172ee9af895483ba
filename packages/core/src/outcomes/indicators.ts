import type { IndicatorMeta, LocalizedText } from '../indicators';
import type { OutcomeFact } from './contract';

/** A shared indicator: one definition for every city, computed by core from the outcome facts. */
export interface SharedIndicatorMeta extends IndicatorMeta {
  /** The facts it reads; a city whose models declare one of them not applicable gets "not applicable" with the reason. */
  facts: readonly OutcomeFact[];
}

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/**
 * Member-based figures (engagement, service) count in-service members (core.member, category 'in_service', active).
 * For an org subtree a member counts when their organization relation (core.member.org_id) is in the subtree or
 * their engagement's org is. Request, project and coverage figures count the fact's own org_id.
 */
export const SHARED_INDICATORS = [
  {
    id: 'engagement_rate',
    names: t('在职党员报到(登记)率', 'In-service members engaged'),
    definition: t(
      '截至期末已确认报到、双向登记、区域登记或入网格的在职党员 ÷ 在职党员',
      'In-service members with a confirmed engagement (report-in, registration, grid) by the end of the period ÷ in-service members',
    ),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'any',
    facts: ['engagement'],
  },
  {
    id: 'service_participation_rate',
    names: t('服务参与率', 'Engaged members who served'),
    definition: t(
      '期内至少有一条经确认服务记录的已报到(登记)在职党员 ÷ 已报到(登记)在职党员',
      'Engaged in-service members with at least one confirmed service in the period ÷ engaged in-service members',
    ),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'any',
    facts: ['engagement', 'service'],
  },
  {
    id: 'service_hours_per_member',
    names: t('人均服务时长', 'Service hours per member'),
    definition: t(
      '期内经确认的服务小时 ÷ 在职党员',
      'Confirmed service hours in the period ÷ in-service members',
    ),
    unit: 'hours',
    direction: 'higher_is_better',
    period: 'any',
    facts: ['service'],
  },
  {
    id: 'requests_closed_rate',
    names: t('诉求办结率', 'Requests closed'),
    definition: t(
      '期内受理且截至期末已办结的诉求 ÷ 期内受理的诉求',
      'Requests received in the period and closed by its end ÷ requests received in the period',
    ),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'any',
    facts: ['request'],
  },
  {
    id: 'requests_on_time_rate',
    names: t('按期办结率', 'Requests closed on time'),
    definition: t(
      '期内到期且在期限内办结的诉求 ÷ 期内到期的诉求',
      'Requests due in the period and closed by their deadline ÷ requests due in the period',
    ),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'any',
    facts: ['request'],
  },
  {
    id: 'request_days_median',
    names: t('办结天数中位数', 'Median days to close'),
    definition: t(
      '期内办结的诉求从受理到办结的天数中位数',
      'Median days from receipt to closure of requests closed in the period',
    ),
    unit: 'days',
    direction: 'lower_is_better',
    period: 'any',
    facts: ['request'],
  },
  {
    id: 'projects_done_rate',
    names: t('共建项目完成率', 'Co-building projects completed'),
    definition: t(
      '期内在办(期末前启动、期初前未完成)且截至期末已完成的共建项目 ÷ 期内在办的共建项目',
      'Co-building projects under way in the period (started by its end, not completed before its start) and completed by its end ÷ projects under way',
    ),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'any',
    facts: ['project'],
  },
  {
    id: 'coverage_rate',
    names: t('组织覆盖率', 'Covered by an organisation'),
    definition: t(
      '截至期末已有党组织覆盖的小区、网格、社区或单位 ÷ 应覆盖的总数',
      'Compounds, grids, communities or units covered by a party organisation by the end of the period ÷ all of them',
    ),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'any',
    facts: ['coverage'],
  },
] as const satisfies readonly SharedIndicatorMeta[];

export type SharedIndicatorId = (typeof SHARED_INDICATORS)[number]['id'];

export function sharedIndicator(id: string): SharedIndicatorMeta | undefined {
  return SHARED_INDICATORS.find((i) => i.id === id);
}
