import type { PluginOutcomes } from '@jiceng/plugin-kit';

/** The contract's `outcomes` slot (core's PluginOutcomes), as plugin-kit exposes it. */

/**
 * How Fugu's dual link maps onto core's shared outcome facts (views in migrations/2026-12-07-outcome-views.ts),
 * with the figure the county's own report publishes.
 */
export const outcomes: PluginOutcomes = {
  facts: {
    engagement: {
      view: true,
      describes: {
        'zh-CN':
          '在职党员持《双联双管报到函》到居住地社区报到、社区在登记卡上盖章即为确认，自盖章之日起计；迁出后注销的登记不计',
        en: 'An in-service member’s dual registration with their residence community, confirmed when the community stamps the registration card, from that day; registrations closed after a move no longer count',
      },
    },
    service: {
      view: true,
      describes: {
        'zh-CN':
          '参加社区组织的集中、服务和文化活动（社区记录时长的按时长计），以及为社区办的实事（不记时长）；均由社区记录确认，学习和会议不计',
        en: 'Taking part in the community’s collective, service and cultural activities (with hours where the community noted them) and practical things done for the community (no hours); both recorded by the community; study sessions and meetings do not count',
      },
    },
    request: {
      view: true,
      describes: {
        'zh-CN':
          '社区每半年向党员所在单位反馈的《社区表现反馈卡》：半年结束时已报到在册的每名党员一张，半年最后一天受理，期限为其后反馈宽限天数(本县设置，默认15天)，社区送出即办结；另有规则提示的事项：告知单位的党员长期未参加活动或迁居等提示(单位阅知即办结)、流动党员连续6个月未过组织生活待支部研究的事项(支部或上级作出决定即办结)，以及党员申请调整服务岗位(社区作出决定即办结)，这些均无办理时限',
        en: 'The half-yearly feedback card the community owes each member’s unit: one per member registered at the half year’s end, received on its last day, due the county’s grace days later (15 unless set), closed when the community sends it; and flags acted on, none with a deadline: notices telling a unit its member has been absent or moved (closed when read), flowing members’ six-month lapses put to their branch (closed when the branch or the higher org decides), and members’ applications to change post (closed when the community decides)',
      },
    },
    project: {
      view: true,
      describes: {
        'zh-CN': '在职党员为社区办的实事：办成时才登记，登记即完成',
        en: 'Practical things in-service members did for the community: recorded once done, so each one counts as completed',
      },
    },
    coverage: {
      view: true,
      describes: {
        'zh-CN': '社区党委中已有在职党员报到盖章的社区，自第一名党员登记盖章之日起计',
        en: 'Communities where at least one in-service member’s registration has been stamped, from the first stamp',
      },
    },
  },
  references: [
    {
      indicatorId: 'engagement_rate',
      value: 1,
      source: {
        'zh-CN':
          '府谷县直属机关工委《推行双联双管 构建区域大党建新格局》(2011年9月)：全县3400多名在职党员已全部到居住地社区报到',
        en: 'Fugu County organs working committee, “Dual link, dual management” report (September 2011): all of the county’s 3,400+ in-service members have reported to their residence communities',
      },
    },
  ],
};
