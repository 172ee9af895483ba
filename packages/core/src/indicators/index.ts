/**
 * Indicators shared by every model (the figures every model's sources report in some form: report and service rates, coverage, hours), defined once here so the comparison
 * means the same thing in every column. A plugin declares which of these it computes, and may add its own.
 */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

export interface IndicatorMeta {
  id: string;
  names: LocalizedText;
  definition: LocalizedText;
  /** 'ratio' values are 0..1 (shown as %); others are counts or amounts in that unit. */
  unit: 'ratio' | 'count' | 'hours' | 'score' | 'days' | 'per_member';
  direction: 'higher_is_better' | 'lower_is_better';
  period: 'any' | 'year' | 'half_year' | 'quarter';
}

export interface Period {
  /** Inclusive, 'YYYY-MM-DD'. */
  from: string;
  /** Inclusive, 'YYYY-MM-DD'. */
  to: string;
}

export type IndicatorValue =
  | { status: 'ok'; value: number; numerator?: number; denominator?: number }
  | { status: 'not_applicable'; reason?: string };

export const notApplicable = (reason?: string): IndicatorValue => ({ status: 'not_applicable', reason });

/** A rate from counts; an empty denominator is "not applicable", never zero. */
export function rate(numerator: number, denominator: number): IndicatorValue {
  if (denominator <= 0) return notApplicable('empty denominator');
  return { status: 'ok', value: numerator / denominator, numerator, denominator };
}

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const CROSS_MODEL_INDICATORS = [
  {
    id: 'report_rate',
    names: t('在职党员报到率', 'In-service member report rate'),
    definition: t(
      '已向社区报到的在职党员 ÷ 在职党员总数',
      'In-service members who reported to a community ÷ all in-service members',
    ),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'any',
  },
  {
    id: 'service_rate',
    names: t('服务率', 'Service rate'),
    definition: t(
      '期内至少有一条经确认服务记录的已报到党员 ÷ 已报到党员',
      'Reported members with at least one confirmed service in the period ÷ reported members',
    ),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'any',
  },
  {
    id: 'org_coverage',
    names: t('小区(网格)党组织覆盖率', 'Compound / grid org coverage'),
    definition: t(
      '已建立党组织的小区或网格 ÷ 小区或网格总数',
      'Compounds or grids with a party organization ÷ all compounds or grids',
    ),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'any',
  },
  {
    id: 'claims_per_member',
    names: t('人均认领岗位与心愿', 'Posts and wishes claimed per member'),
    definition: t('期内认领的服务岗位与微心愿 ÷ 党员数', 'Posts and wishes claimed in the period ÷ members'),
    unit: 'per_member',
    direction: 'higher_is_better',
    period: 'any',
  },
  {
    id: 'wishes_fulfilled_rate',
    names: t('微心愿实现率', 'Wishes fulfilled'),
    definition: t('已实现的微心愿 ÷ 已征集的微心愿', 'Wishes fulfilled ÷ wishes collected'),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'any',
  },
  {
    id: 'demands_closed_rate',
    names: t('诉求销号率', 'Demands closed'),
    definition: t('期内已销号的群众诉求 ÷ 期内受理的诉求', 'Demands closed ÷ demands received in the period'),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'any',
  },
  {
    id: 'on_time_closure_rate',
    names: t('限时办结率', 'Closed on time'),
    definition: t(
      '按期办结的限时事项 ÷ 到期的限时事项',
      'Time-limited items closed by their deadline ÷ items due',
    ),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'any',
  },
  {
    id: 'feedback_on_time_rate',
    names: t('反馈卡按时送达率', 'Feedback cards on time'),
    definition: t('按时送达单位的反馈卡 ÷ 应送达的反馈卡', 'Feedback cards delivered on time ÷ cards due'),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'half_year',
  },
  {
    id: 'standards_met_rate',
    names: t('达标率', 'Standards met'),
    definition: t('达标的标准项 ÷ 适用的标准项', 'Standards met ÷ applicable standards'),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'year',
  },
  {
    id: 'projects_completed_rate',
    names: t('共建项目完成率', 'Co-building projects completed'),
    definition: t('已完成的共建项目 ÷ 已启动的共建项目', 'Co-building projects completed ÷ projects started'),
    unit: 'ratio',
    direction: 'higher_is_better',
    period: 'any',
  },
  {
    id: 'volunteer_hours_per_member',
    names: t('人均志愿服务时长', 'Volunteer hours per member'),
    definition: t(
      '期内经确认的志愿服务小时 ÷ 在职党员数',
      'Confirmed volunteer hours in the period ÷ in-service members',
    ),
    unit: 'hours',
    direction: 'higher_is_better',
    period: 'any',
  },
] as const satisfies readonly IndicatorMeta[];

export type CrossModelIndicatorId = (typeof CROSS_MODEL_INDICATORS)[number]['id'];

export function crossModelIndicator(id: string): IndicatorMeta | undefined {
  return CROSS_MODEL_INDICATORS.find((i) => i.id === id);
}
