/**
 * The Jinan 30-standard model's vocabulary, shared by server and web (plain TS, no server imports).
 * Terms follow 《关于推进城市社区党建标准化建设的实施意见》 as reported in source 002.
 */

export interface Localized {
  'zh-CN': string;
  en: string;
}

/**
 * Words in both languages (refusals, problems of a file, labels.ts): the API picks the caller's. The same as
 * plugin-kit's `say`, kept here once because this file and labels.ts are also bundled into the pages, and importing
 * plugin-kit would pull core's server code into the browser.
 */
export const say = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/** The 8 areas (方面) the 30 standards are grouped in, in the source's order. */
export const AREAS = [
  { code: 'organization', 'zh-CN': '组织建设', en: 'Organization building' },
  { code: 'team', 'zh-CN': '队伍建设', en: 'Team building' },
  { code: 'duties', 'zh-CN': '工作职责', en: 'Duties' },
  { code: 'systems', 'zh-CN': '工作制度', en: 'Work systems' },
  { code: 'regional', 'zh-CN': '区域化党建', en: 'Regional party building' },
  { code: 'governance', 'zh-CN': '基层治理', en: 'Grassroots governance' },
  { code: 'service', 'zh-CN': '为民服务', en: 'Serving residents' },
  { code: 'support', 'zh-CN': '综合保障', en: 'Overall support' },
] as const;
export type AreaCode = (typeof AREAS)[number]['code'];
export const AREA_CODES = AREAS.map((a) => a.code) as [AreaCode, ...AreaCode[]];

/**
 * The five Jinan community types: a place attribute of communities (COMMUNITY_TYPE_KEY, declared in the manifest),
 * which core stores in core.place_attribute. `aliases`: other spellings a roster may use.
 */
export const COMMUNITY_TYPES = [
  { code: 'open', 'zh-CN': '开放式小区社区', en: 'Open-compound community', aliases: ['Open', '开放式'] },
  {
    code: 'closed',
    'zh-CN': '封闭式小区社区',
    en: 'Gated-compound community',
    aliases: ['Closed', '封闭式'],
  },
  {
    code: 'village_converted',
    'zh-CN': '村改社区',
    en: 'Village-converted community',
    aliases: ['Village converted'],
  },
  {
    code: 'urban_rural',
    'zh-CN': '城乡接合部社区',
    en: 'Urban–rural fringe community',
    aliases: ['Urban-rural fringe', '城乡结合部社区'],
  },
  { code: 'county_town', 'zh-CN': '县城城市社区', en: 'County-town community', aliases: ['County town'] },
] as const;
/** The place attribute's key: the API's `attributes.community_type`, the roster's 社区类型 column. */
export const COMMUNITY_TYPE_KEY = 'community_type';
export type CommunityType = (typeof COMMUNITY_TYPES)[number]['code'];
export const COMMUNITY_TYPE_CODES = COMMUNITY_TYPES.map((t) => t.code) as [CommunityType, ...CommunityType[]];

/** Result of one standard in one community's assessment. */
export const RESULTS = [
  { code: 'met', 'zh-CN': '达标', en: 'Met' },
  { code: 'partly', 'zh-CN': '基本达标', en: 'Partly met' },
  { code: 'not_met', 'zh-CN': '未达标', en: 'Not met' },
  { code: 'not_applicable', 'zh-CN': '不适用', en: 'Not applicable' },
] as const;
export type ResultCode = (typeof RESULTS)[number]['code'];
export const RESULT_CODES = RESULTS.map((r) => r.code) as [ResultCode, ...ResultCode[]];

/** Assessment workflow: the community self-assesses, the street reviews; done = locked. */
export const STATES = [
  { code: 'planned', 'zh-CN': '未开始', en: 'Planned' },
  { code: 'in_progress', 'zh-CN': '自评中', en: 'In progress' },
  { code: 'in_review', 'zh-CN': '街道审核中', en: 'In review' },
  { code: 'done', 'zh-CN': '已完成（锁定）', en: 'Done (locked)' },
] as const;
export type StateCode = (typeof STATES)[number]['code'];
export const STATE_CODES = STATES.map((s) => s.code) as [StateCode, ...StateCode[]];

/**
 * How a standard is scored.
 * graded: any score 0..max in steps of 0.5; met needs at least the pass score, partly/not met stay below it,
 *   partly needs more than 0.
 * all_or_nothing: met = the full score, not met = 0, no "partly".
 */
export const SCORING_RULES = [
  { code: 'graded', 'zh-CN': '分档计分', en: 'Graded' },
  { code: 'all_or_nothing', 'zh-CN': '达标得满分', en: 'All or nothing' },
] as const;
export type ScoringRule = (typeof SCORING_RULES)[number]['code'];
export const SCORING_RULE_CODES = SCORING_RULES.map((s) => s.code) as [ScoringRule, ...ScoringRule[]];

/** Where a standard's content comes from: named by the source, drafted to fill the 30, or added by the city. */
export const SOURCES = [
  { code: 'article', 'zh-CN': '《意见》原文', en: 'Named by the source' },
  { code: 'drafted', 'zh-CN': '补充拟定', en: 'Drafted' },
  { code: 'city', 'zh-CN': '本市新增', en: 'Added by the city' },
] as const;
export type SourceCode = (typeof SOURCES)[number]['code'];
export const SOURCE_CODES = SOURCES.map((s) => s.code) as [SourceCode, ...SourceCode[]];

export const RECTIFICATION_STATUSES = [
  { code: 'open', 'zh-CN': '整改中', en: 'Open' },
  { code: 'closed', 'zh-CN': '已销号', en: 'Closed' },
] as const;
