import type { PluginOutcomes } from '@jiceng/plugin-kit';

/** The contract's `outcomes` slot (core's PluginOutcomes), as plugin-kit exposes it. */

/**
 * How Luqiao's regional structures map onto core's shared outcome facts (views in
 * migrations/2026-12-07-outcome-views.ts, and 2026-12-07-service-records.ts for service), with the one rate the source publishes: every member in the CBD
 * registered (for the CBD, not the whole district, as its words say).
 */
export const outcomes: PluginOutcomes = {
  facts: {
    engagement: {
      view: true,
      describes: {
        'zh-CN':
          '在区域党组织(或党员服务中心党组织)办理区域登记且尚未注销的党员，自登记之日起计；只有在划入区域的单位和商圈工作的党员才登记，区域以外的在职党员不在其列',
        en: 'Members registered with a region’s party organisation (or its service centre’s), from the day of registration while it lasts; only members working in the units and business areas drawn into a region register, so in-service members elsewhere are not engaged',
      },
    },
    service: {
      view: true,
      describes: {
        'zh-CN':
          '在区域登记的党员在区域内的奉献服务(奉献双岗位)：党员本人登记服务日期和时长，区域党组织确认；被退回的不计，待确认的计为未确认',
        en: 'Service that members registered with a region give there (the second of their “two posts”): logged by the member with its date and hours, confirmed by the region’s organisation; rejected entries are left out, those awaiting confirmation count as unconfirmed',
      },
    },
    request: {
      view: true,
      describes: {
        'zh-CN':
          '党员服务中心(站)限时办结的来访事项和党代表接待日群众反映的问题：受理当日起算，按承诺时限或跟进期限到期，办结(解决或答复)即关闭',
        en: 'Time-limited requests at the party-member service centres and issues raised on party-representative reception days: received that day, due by the promised time limit or follow-up date, closed when completed, resolved or answered',
      },
    },
    project: {
      view: true,
      describes: {
        'zh-CN':
          '区域共建理事会成员单位申报的共建项目：自开工(尚未开工的自申报)起在办，理事会确认完成即完成；已终止的项目不计',
        en: 'Co-building projects declared by the regional council’s member units: under way from the start of work (or from declaration while not started), completed when the council records them so; projects the council dropped are left out',
      },
    },
    coverage: {
      view: true,
      describes: {
        'zh-CN':
          '纳入区域的单位：有党组织的单位自纳入区域起覆盖，无党组织的单位自党员服务中心党组织承接其党建工作起覆盖',
        en: 'Units in a region: a unit with its own party organisation is covered from joining the region, one without from when the service centre’s organisation took up its party work',
      },
    },
  },
  references: [
    {
      indicatorId: 'engagement_rate',
      value: 1,
      source: {
        'zh-CN': '路桥区区域化党建经验材料：中央商务区内127名党员全部进行了登记(仅指中央商务区)',
        en: 'Luqiao’s account of its regional party building: all 127 members in the central business district registered (the CBD only)',
      },
    },
  ],
};
