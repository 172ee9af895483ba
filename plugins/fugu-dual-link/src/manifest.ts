import { localizedIssue, type PluginFeature } from '@jiceng/plugin-kit';
import { z } from 'zod';
import pkg from '../package.json' with { type: 'json' };

export const manifest = {
  id: 'fugu-dual-link',
  // One version source: the package's own (bumped by `changeset version`).
  version: pkg.version,
  platform: '^0.2.0',
  names: { 'zh-CN': '双联双管', en: 'Dual-link dual-management' },
  description: {
    'zh-CN':
      '机关单位党员在工作单位和居住地社区双向登记、双向联系、双向管理：报到登记卡、一台三卡、社区岗位与党小组、反馈卡与年度评议、流动党员与推进督查',
    en: 'Unit members registered, linked and managed by both their unit and their residence community: two-part registration cards, the public board and three cards, posts and party groups, feedback cards and appraisal, flowing members and the rollout',
  },
  region: { 'zh-CN': '府谷县', en: 'Fugu County' },
  features: [
    { id: 'dual_registration', names: { 'zh-CN': '双向登记', en: 'Dual registration' } },
    { id: 'reporting', names: { 'zh-CN': '报到', en: 'Reporting to communities' } },
    { id: 'service_posts', names: { 'zh-CN': '服务岗位认领', en: 'Service posts' } },
    { id: 'feedback_cards', names: { 'zh-CN': '反馈卡', en: 'Feedback cards' } },
    { id: 'annual_appraisal', names: { 'zh-CN': '年度评议', en: 'Annual appraisal' } },
    { id: 'flowing_members', names: { 'zh-CN': '流动党员', en: 'Flowing members' } },
    { id: 'funds', names: { 'zh-CN': '经费保障', en: 'Funding' } },
  ] satisfies PluginFeature[],
};

const percent = z.number().int().min(0).max(100);
const WEIGHTS_DEFAULT = { peer: 30, mass: 30, branch: 40 };
const THRESHOLDS_DEFAULT = { excellent: 90, qualified: 70, basic: 60 };

/** City-tunable settings; every field has a default. */
export const configSchema = z
  .object({
    /** 党员互评 / 群众评议 / 支部评议 weights in percent; they must add up to 100. */
    appraisalWeights: z
      .object({
        peer: percent.default(WEIGHTS_DEFAULT.peer),
        mass: percent.default(WEIGHTS_DEFAULT.mass),
        branch: percent.default(WEIGHTS_DEFAULT.branch),
      })
      .refine(
        (w) => w.peer + w.mass + w.branch === 100,
        localizedIssue({
          'zh-CN': '党员互评、群众评议、支部评议的权重之和必须为 100',
          en: 'the three weights must sum to 100',
        }),
      )
      .default(WEIGHTS_DEFAULT),
    /** Lowest weighted score for 优秀, 合格 and 基本合格; below `basic` is 不合格. */
    gradeThresholds: z
      .object({
        excellent: percent.default(THRESHOLDS_DEFAULT.excellent),
        qualified: percent.default(THRESHOLDS_DEFAULT.qualified),
        basic: percent.default(THRESHOLDS_DEFAULT.basic),
      })
      .refine(
        (t) => t.excellent > t.qualified && t.qualified > t.basic,
        localizedIssue({
          'zh-CN': '分数线须为 优秀 > 合格 > 基本合格',
          en: 'thresholds must descend: excellent > qualified > basic',
        }),
      )
      .default(THRESHOLDS_DEFAULT),
    /** 基层党组织活动经费 per member per year, yuan. */
    activityFundPerMember: z.number().min(0).max(100_000).default(100),
    /** 党员教育培训经费 per member per year, yuan. */
    trainingFundPerMember: z.number().min(0).max(100_000).default(30),
    /** Days after a half year (or year) ends by which its feedback cards are due at the unit. */
    feedbackGraceDays: z.number().int().min(0).max(90).default(15),
    /** 每年至少为社区办实事 (the rule says 1–2). */
    practicalThingsPerYear: z.number().int().min(1).max(10).default(1),
    /** Party groups: one per 20–30 members of similar posts. */
    partyGroupMin: z.number().int().min(1).max(100).default(20),
    partyGroupMax: z.number().int().min(1).max(200).default(30),
  })
  .refine(
    (c) => c.partyGroupMin <= c.partyGroupMax,
    localizedIssue({ 'zh-CN': '党小组人数上限不能小于下限', en: 'the group maximum is below the minimum' }, [
      'partyGroupMax',
    ]),
  );
export type Config = z.infer<typeof configSchema>;
