import type { PluginOutcomes } from '@jiceng/plugin-kit';

/** The contract's `outcomes` slot (core's PluginOutcomes), as plugin-kit exposes it. */

/**
 * How Jinan's checklist maps onto core's shared outcome facts (views in migrations/2026-12-07-outcome-views.ts).
 * The checklist assesses communities against standards; it keeps no record per party member, so the facts about
 * members and co-building projects are not applicable, with the reason people see instead of a figure.
 * The source publishes no figure for a shared indicator, so there are no references.
 */
export const outcomes: PluginOutcomes = {
  facts: {
    engagement: {
      notApplicable: {
        'zh-CN': '济南模式按标准考评社区，不逐个记录在职党员到社区报到',
        en: 'Jinan’s checklist assesses communities, not whether each in-service member has reported to one',
      },
    },
    service: {
      notApplicable: {
        'zh-CN': '济南模式考评社区党组织的工作，不记录党员个人的服务',
        en: 'Jinan’s checklist assesses the community’s party work and records no service by individual members',
      },
    },
    request: {
      view: true,
      describes: {
        'zh-CN': '考评中未达标(及基本达标)条目的整改事项：街道审核通过时交办，按整改期限到期，销号即办结',
        en: 'Rectification items for standards a community did not (fully) meet: raised when the street approves the assessment, due by the rectification deadline, closed when signed off',
      },
    },
    project: {
      notApplicable: {
        'zh-CN': '济南模式不设共建项目，只考评社区是否达到标准',
        en: 'Jinan’s checklist has no co-building projects; it assesses whether communities meet the standards',
      },
    },
    coverage: {
      view: true,
      describes: {
        'zh-CN':
          '全市社区中，最近一次完成的考评加权得分达到本市达标线的社区（自连续达标的首次考评完成之日起计）',
        en: 'Communities of the city whose latest finished assessment reached the city’s pass mark (counted from the first of their unbroken run of passing assessments)',
      },
    },
  },
};
