/** The model's vocabulary, shared by server and web (plain TS, no server imports). */

export const PLUGIN_ID = 'longyan-return-home';

/** Org kinds this plugin adds to core.org. */
export const ORG_KINDS = {
  compoundOrg: 'compound_joint_branch', // 小区"兼合式"党支部 (alone or joint over neighbouring compounds)
  buildingGroup: 'building_group', // 楼栋(楼梯)党小组
  gridBranch: 'grid_temporary_branch', // 网格临时党支部
} as const;

/** Core org kinds that stand for a community party org. */
export const COMMUNITY_ORG_KINDS = [
  'community_committee',
  'community_general_branch',
  'community_branch',
] as const;

export const REPORT_STATUSES = ['not_reported', 'online', 'confirmed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_RULES = ['residence', 'co_building'] as const;
export type ReportRule = (typeof REPORT_RULES)[number];

/** 定点服务, 组团服务, 主题服务. */
export const SERVICE_MODES = ['fixed', 'group', 'theme'] as const;
export const RECORD_STATUSES = ['submitted', 'confirmed', 'rejected'] as const;
export const CLAIM_KINDS = ['post', 'pairing', 'wish'] as const;

/** "五个先锋": 模范居民, 民情收集, 政策宣传, 纠纷调解, 志愿服务. */
export const PIONEER_TAGS = [
  'model_resident',
  'opinion_collection',
  'policy_promotion',
  'dispute_mediation',
  'volunteer_service',
] as const;
export type PioneerTag = (typeof PIONEER_TAGS)[number];

export const PROJECT_CATEGORIES = ['talent', 'technology', 'materials', 'funds', 'venue'] as const;
export const COMMITTEE_ROLES = ['chair', 'vice_chair', 'member'] as const;
export const BRANCH_ROLES = ['secretary', 'deputy_secretary', 'committee_member'] as const;

/** A word in both languages, keyed by locale as the web's label() reads it. */
export type Label = { 'zh-CN': string; en: string };
type Vocabulary = Record<string, Label>;

/** The vocabularies of the pages: `label(LABELS.reportStatus, code, locale)` from '@jiceng/ui'. */
export const LABELS = {
  reportStatus: {
    not_reported: { 'zh-CN': '未报到', en: 'Not reported' },
    online: { 'zh-CN': '已线上报到', en: 'Reported online' },
    confirmed: { 'zh-CN': '已确认', en: 'Confirmed' },
  },
  rule: {
    residence: {
      'zh-CN': '居住地在社区：到常住地社区报到',
      en: 'Lives in a community: reports to that community',
    },
    co_building: {
      'zh-CN': '居住地不在社区：到单位结对共建社区报到',
      en: 'Lives outside any community: reports to the unit’s paired community',
    },
  },
  mode: {
    fixed: { 'zh-CN': '定点服务', en: 'Fixed-point' },
    group: { 'zh-CN': '组团服务', en: 'Group' },
    theme: { 'zh-CN': '主题服务', en: 'Themed' },
  },
  recordStatus: {
    submitted: { 'zh-CN': '待确认', en: 'Awaiting confirmation' },
    confirmed: { 'zh-CN': '已确认', en: 'Confirmed' },
    rejected: { 'zh-CN': '未通过', en: 'Rejected' },
  },
  claimKind: {
    post: { 'zh-CN': '服务岗位', en: 'Service post' },
    pairing: { 'zh-CN': '结对帮扶', en: 'Pairing need' },
    wish: { 'zh-CN': '微心愿', en: 'Micro-wish' },
  },
  wishStatus: {
    open: { 'zh-CN': '待认领', en: 'Open' },
    claimed: { 'zh-CN': '已认领', en: 'Claimed' },
    fulfilled: { 'zh-CN': '已实现', en: 'Fulfilled' },
  },
  pairingStatus: {
    open: { 'zh-CN': '待结对', en: 'Open' },
    paired: { 'zh-CN': '已结对', en: 'Paired' },
  },
  tag: {
    model_resident: { 'zh-CN': '模范居民先锋', en: 'Model resident' },
    opinion_collection: { 'zh-CN': '民情收集先锋', en: 'Opinion collection' },
    policy_promotion: { 'zh-CN': '政策宣传先锋', en: 'Policy promotion' },
    dispute_mediation: { 'zh-CN': '纠纷调解先锋', en: 'Dispute mediation' },
    volunteer_service: { 'zh-CN': '志愿服务先锋', en: 'Volunteer service' },
  },
  category: {
    talent: { 'zh-CN': '人才', en: 'Talent' },
    technology: { 'zh-CN': '技术', en: 'Technology' },
    materials: { 'zh-CN': '物资', en: 'Materials' },
    funds: { 'zh-CN': '资金', en: 'Funds' },
    venue: { 'zh-CN': '阵地', en: 'Venue' },
  },
  committeeRole: {
    chair: { 'zh-CN': '主任', en: 'Chair' },
    vice_chair: { 'zh-CN': '副主任', en: 'Vice chair' },
    member: { 'zh-CN': '委员', en: 'Member' },
  },
  branchRole: {
    secretary: { 'zh-CN': '党支部书记', en: 'Branch secretary' },
    deputy_secretary: { 'zh-CN': '党支部副书记', en: 'Deputy secretary' },
    committee_member: { 'zh-CN': '党支部委员', en: 'Branch committee member' },
  },
} satisfies Record<string, Vocabulary>;

/** The reporting period a date falls in: a calendar year. */
export const periodOf = (isoDate: string) => isoDate.slice(0, 4);

/** 报到证 number: prefix, period, member id and a check of four hex digits (one report per member per period). */
export const certificateNumber = (prefix: string, period: string, memberId: number, hex4: string) =>
  `${prefix}${period}${String(memberId).padStart(7, '0')}${hex4.toUpperCase()}`;
