import type { LocalizedText } from '@jiceng/ui';
import type { CompareIndicator } from './types';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/**
 * The shared indicators' names, units and directions, for pages that draw their trends without a comparison to name
 * them (a city's overview: the trends answer carries ids only). Core defines them (SHARED_INDICATORS in
 * packages/core/src/outcomes/indicators.ts), which the shell may not import; tests/integration checks this copy
 * against it, so a renamed or added indicator fails there instead of drifting.
 */
export const SHARED_INDICATOR_NAMES: readonly Pick<
  CompareIndicator,
  'id' | 'names' | 'unit' | 'direction'
>[] = [
  {
    id: 'engagement_rate',
    names: t('在职党员报到(登记)率', 'In-service members engaged'),
    unit: 'ratio',
    direction: 'higher_is_better',
  },
  {
    id: 'service_participation_rate',
    names: t('服务参与率', 'Engaged members who served'),
    unit: 'ratio',
    direction: 'higher_is_better',
  },
  {
    id: 'service_hours_per_member',
    names: t('人均服务时长', 'Service hours per member'),
    unit: 'hours',
    direction: 'higher_is_better',
  },
  {
    id: 'requests_closed_rate',
    names: t('诉求办结率', 'Requests closed'),
    unit: 'ratio',
    direction: 'higher_is_better',
  },
  {
    id: 'requests_on_time_rate',
    names: t('按期办结率', 'Requests closed on time'),
    unit: 'ratio',
    direction: 'higher_is_better',
  },
  {
    id: 'request_days_median',
    names: t('办结天数中位数', 'Median days to close'),
    unit: 'days',
    direction: 'lower_is_better',
  },
  {
    id: 'projects_done_rate',
    names: t('共建项目完成率', 'Co-building projects completed'),
    unit: 'ratio',
    direction: 'higher_is_better',
  },
  {
    id: 'coverage_rate',
    names: t('组织覆盖率', 'Covered by an organisation'),
    unit: 'ratio',
    direction: 'higher_is_better',
  },
];
