import { localizedIssue, type PluginFeature } from '@jiceng/plugin-kit';
import { z } from 'zod';
import pkg from '../package.json' with { type: 'json' };

export const manifest = {
  id: 'gulou-grid-alliance',
  // One version source: the package's own (bumped by `changeset version`).
  version: pkg.version,
  platform: '^0.2.0',
  names: { 'zh-CN': '网格化区域化党建联盟', en: 'Grid alliances' },
  description: {
    'zh-CN':
      '街镇大工委—社区大党委—网格党支部—楼栋党小组四级网络，区域化党建联盟，供需清单，五类台账销号，党员志愿“微小时”',
    en: 'Four-level grid network, regional party-building alliance, supply/demand lists, five demand ledgers closed with a reply, volunteer “micro-hours”',
  },
  region: { 'zh-CN': '福州市鼓楼区', en: 'Gulou, Fuzhou' },
  features: [
    { id: 'grids', names: { 'zh-CN': '网格党支部', en: 'Grid branches' } },
    { id: 'alliance', names: { 'zh-CN': '区域化党建联盟', en: 'Regional alliance' } },
    { id: 'demand_ledgers', names: { 'zh-CN': '诉求台账', en: 'Demand ledgers' } },
    { id: 'volunteer_hours', names: { 'zh-CN': '志愿服务时长', en: 'Volunteer hours' } },
    { id: 'co_building', names: { 'zh-CN': '结对共建', en: 'Co-building pairs' } },
    { id: 'funds', names: { 'zh-CN': '经费保障', en: 'Funding' } },
    { id: 'service_confirmation', names: { 'zh-CN': '服务确认', en: 'Service confirmation' } },
  ] satisfies PluginFeature[],
};

const starLevel = z.object({
  stars: z.number().int().min(1).max(5),
  /** Confirmed hours in the period needed for this level. */
  minHours: z.number().min(0).max(10_000),
  /** Hours-weighted average rating (1–5) of the confirmed entries needed for this level. */
  minAverageRating: z.number().min(0).max(5),
});

export const DEFAULT_STAR_LEVELS = [
  { stars: 1, minHours: 10, minAverageRating: 0 },
  { stars: 2, minHours: 20, minAverageRating: 3 },
  { stars: 3, minHours: 40, minAverageRating: 3.5 },
  { stars: 4, minHours: 60, minAverageRating: 4 },
  { stars: 5, minHours: 100, minAverageRating: 4.5 },
];

/** City-tunable settings; every field has a default. */
export const configSchema = z.object({
  /** 每个网格党支部每年专项党建经费不少于 2500 元. */
  fundsFloorYuan: z.number().min(0).max(1_000_000).default(2500),
  /** 微小时星级: the highest level whose hours and rating are both met. Levels ascend in stars and hours. */
  starLevels: z
    .array(starLevel)
    .min(1)
    .max(5)
    .default(DEFAULT_STAR_LEVELS)
    .refine(
      (levels) =>
        levels.every(
          (lv, i) => i === 0 || (lv.stars > levels[i - 1]!.stars && lv.minHours >= levels[i - 1]!.minHours),
        ),
      localizedIssue({ 'zh-CN': '星级须按星数和小时数递增', en: 'levels must ascend in stars and hours' }),
    ),
  /** The most hours one volunteer entry may claim. */
  maxHoursPerEntry: z.number().min(0.5).max(24).default(12),
});
export type Config = z.infer<typeof configSchema>;
export type StarLevel = z.infer<typeof starLevel>;
