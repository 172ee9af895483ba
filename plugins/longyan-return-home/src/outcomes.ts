import type { PluginOutcomes } from '@jiceng/plugin-kit';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** The published source the references quote (中共龙岩市委组织部, 人民网 2018-10-15; 央广网 2018-10-24 gives the same rates). */
const SOURCE =
  '中共龙岩市委组织部《发挥“在职党员回家”工程抓手作用 推进党建引领城市基层治理》（人民网，2018年）';
const SOURCE_EN =
  'Longyan municipal organization department, "In-service members return home" case report (People’s Daily Online, 2018)';

/**
 * How the model's records map onto core's shared outcome facts: the views of migrations/2026-12-07-outcome-views.ts.
 * The references are the figures the source publishes for the end of 2017, drawn beside the computed values.
 */
export const outcomes: PluginOutcomes = {
  facts: {
    engagement: {
      view: true,
      describes: t(
        '在职党员向社区报到（居住地社区或单位结对共建社区）；持单位开具的《报到证》完成线下报到、经社区党组织确认的计为已确认，确认之日起生效',
        'An in-service member’s report to a community (where they live, or the community their unit is paired with); it counts as confirmed once the community org has checked the unit’s report certificate in person, from that day',
      ),
    },
    service: {
      view: true,
      describes: t(
        '党员在平台提交的线下服务记录及时长，经社区党组织向服务对象或组织者核实后确认；被退回的记录不计，微心愿经确认的服务记录实现',
        'Offline service a member records on the platform, with hours; confirmed once the community org has checked with the beneficiary or organizer. Rejected records do not count; a micro-wish is fulfilled through its confirmed service record',
      ),
    },
    request: {
      view: true,
      describes: t(
        '社区征集的微心愿（实现即办结）和结对帮扶需求（党员认领结对即办结）；模式未设办理期限',
        'Micro-wishes the community collects (closed when fulfilled) and pairing-assistance needs (closed when a member pairs with the family); the model sets no deadline',
      ),
    },
    project: {
      view: true,
      describes: t(
        '结对共建单位与社区启动的共建项目（人才、技术、物资、资金、阵地），以完成日期为完成',
        'Co-building projects a paired unit and community start (talent, technology, materials, funds, venues), completed on their completion date',
      ),
    },
    coverage: {
      view: true,
      describes: t(
        '划定的居民小区，单独或联合组建“兼合式”小区党组织后即为覆盖',
        'Residential compounds, covered once a joint (兼合式) compound party org is formed for them alone or with neighbouring compounds',
      ),
    },
  },
  references: [
    {
      indicatorId: 'engagement_rate',
      value: 0.9997,
      source: t(
        `${SOURCE}：截至2017年底，在职党员进社区报到率 99.97%`,
        `${SOURCE_EN}: report rate 99.97% at the end of 2017`,
      ),
    },
    {
      indicatorId: 'service_participation_rate',
      value: 0.9995,
      source: t(
        `${SOURCE}：截至2017年底，在职党员进社区服务率 99.95%`,
        `${SOURCE_EN}: service rate 99.95% at the end of 2017`,
      ),
    },
    {
      indicatorId: 'coverage_rate',
      value: 1,
      source: t(
        `${SOURCE}：1469 个小区单独或联合组建小区党组织 1250 个，实现小区党组织全覆盖`,
        `${SOURCE_EN}: 1,250 compound party orgs formed alone or jointly over 1,469 compounds, every compound covered`,
      ),
    },
    {
      indicatorId: 'projects_done_rate',
      value: 0.9144,
      source: t(
        `${SOURCE}：截至2017年底启动共建项目 2770 个、完成 2533 个`,
        `${SOURCE_EN}: 2,770 co-building projects started and 2,533 completed by the end of 2017`,
      ),
    },
  ],
};
