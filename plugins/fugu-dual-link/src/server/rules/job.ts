import type { PluginJob } from '@jiceng/plugin-kit';
import type { Config } from '../../manifest';
import { runRules } from './evaluate';

/**
 * The rules act every day on their own: units hear of members absent over half a year, branches get the
 * six-month lapses to decide. The same as POST /rules/run over the whole city; idempotent, so a retry is safe.
 */
export const dailyRules: PluginJob<Config> = {
  id: 'daily_rules',
  names: { 'zh-CN': '每日规则检查', en: 'Daily rule check' },
  description: {
    'zh-CN': '半年未参加社区活动的党员通知其单位党组织；六个月未过组织生活或未交党费的流动党员提交支部研究',
    en: 'Notify units of members absent from their community over half a year; raise six-month lapses of flowing members for the branch to decide',
  },
  schedule: 'daily',
  resultLabels: {
    notices: { 'zh-CN': '通知单位', en: 'units notified' },
    decisions: { 'zh-CN': '提交支部研究', en: 'raised for branches' },
  },
  run: async (ctx, { cityId, date }) =>
    runRules(ctx.db, cityId, date, await ctx.configFor(cityId), null, ctx.notify),
};
