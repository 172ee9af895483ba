import type { PluginOutcomes } from '@jiceng/plugin-kit';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/**
 * How the model's records map onto core's shared outcome facts: the views of migrations/2026-12-07-outcome-views.ts.
 * The source (福州日报 on 鼓楼区's "两全两治", reprinted by 海峡网) gives one figure a shared indicator can show beside
 * the computed value: every one of the 534 base grids has its grid party branch.
 */
export const outcomes: PluginOutcomes = {
  facts: {
    engagement: {
      view: true,
      describes: t(
        '党员编入所在网格的网格党支部（网格成员），自编入之日起；由网格党支部登记，均为已确认',
        'A member placed in the grid party branch of their grid, from the day placed; the branch records it, so it counts as confirmed',
      ),
    },
    service: {
      view: true,
      describes: t(
        '党员志愿“微小时”：在网格开展志愿服务的时长，经他人确认并评价后计入；被退回的记录不计',
        'Volunteer micro-hours a member serves in a grid, counted once someone else confirms and rates them; rejected logs do not count',
      ),
    },
    request: {
      view: true,
      describes: t(
        '网格登记的居民诉求（即办件、限时件、特办件、承办件、代办件五类台账），销号即办结；限时件、承办件有办理期限',
        'Resident demands a grid records in the five ledgers (handled at once, time-limited, special, undertaken, on the resident’s behalf), closed by 销号; time-limited and undertaken items have a deadline',
      ),
    },
    project: {
      view: true,
      describes: t(
        '网格党支部与驻区单位按供需清单签订的服务项目书，自开始实施起计，完成即完成；已撤销的不计',
        'Service project books a grid branch and a unit agree from the supply and demand lists, counted from the day work starts and completed when done; cancelled ones are left out',
      ),
    },
    coverage: {
      view: true,
      describes: t(
        '划分的基础网格，建立网格党支部后即为覆盖',
        'Base grids, covered once a grid party branch is set up for them',
      ),
    },
  },
  references: [
    {
      indicatorId: 'coverage_rate',
      value: 1,
      source: t(
        '《福州日报》鼓楼区“两全两治”城市基层党建报道：全区 69 个社区划分 534 个基础网格，每个网格均设立网格党支部',
        'Fuzhou Daily on Gulou’s grid-based Party building: 534 base grids in 69 communities, each with its grid party branch',
      ),
    },
  ],
};
