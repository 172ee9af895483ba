/**
 * The model's vocabulary, shared by server and web (plain TS, no server imports).
 * Terms follow source 004 piece 3 (台州路桥 区域化党建 "1+N+1").
 */
export type Label = { 'zh-CN': string; en: string };
const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/** 行业相近、地域相邻: the kinds of area a region is drawn around. */
export const REGION_KINDS = {
  business_district: l('商务区', 'Business district'),
  industrial_cluster: l('工业集聚区', 'Industrial cluster'),
  auto_trade: l('汽贸区', 'Auto-trade district'),
  commercial_street: l('商业街区', 'Commercial street'),
  market: l('专业市场', 'Specialised market'),
  other: l('其他区域', 'Other area'),
} as const;
export type RegionKind = keyof typeof REGION_KINDS;

/** Org kinds this model adds to the core tree. */
export const ORG_KINDS = {
  regional: 'regional_committee', // 区域党组织 (联合党委)
  centre: 'service_centre_branch', // 党员服务中心党组织
  flowing: 'flowing_branch', // 流动党支部
} as const;

/** 群团组织 mirroring the regional structure. */
export const MASS_ORG_KINDS = {
  youth_league: l('共青团', 'Youth League'),
  women_federation: l('妇联', "Women's Federation"),
  trade_union: l('工会', 'Trade union'),
  other: l('其他群团组织', 'Other mass organization'),
} as const;
export type MassOrgKind = keyof typeof MASS_ORG_KINDS;

/** Three levels of 党员服务中心(站). */
export const CENTRE_LEVELS = {
  district: l('区级', 'District'),
  town: l('镇(街道)级', 'Town / street'),
  region: l('区域级', 'Region'),
} as const;
export type CentreLevel = keyof typeof CENTRE_LEVELS;
export const CENTRE_KINDS = { centre: l('服务中心', 'Centre'), station: l('服务站', 'Station') } as const;

/** 区、镇(街道)财政分级统筹 and 区域内单位自愿筹集. */
export const FUNDING_SOURCES = {
  district_finance: l('区财政', 'District budget'),
  town_finance: l('镇(街道)财政', 'Town budget'),
  unit_pooled: l('区域内单位自愿筹集', 'Pooled by units in the region'),
  mixed: l('财政统筹与单位筹集结合', 'Budget and pooled funds'),
} as const;
export type FundingSource = keyof typeof FUNDING_SOURCES;

/** The 8 basic services every centre (station) offers, plus other convenience services. */
export const SERVICES = {
  policy_consultation: l('党务政策咨询', 'Party policy consultation'),
  relation_transfer: l('组织关系接转', 'Transfer of organization relation'),
  dues: l('党费收缴', 'Party dues'),
  flowing_registration: l('流动党员登记', 'Flowing member registration'),
  member_development: l('党员发展指导', 'Recruitment guidance'),
  education: l('党员教育培训', 'Member education'),
  hardship_aid: l('困难党员帮扶', 'Aid to members in hardship'),
  employment: l('就业推介', 'Job referral'),
  other: l('其他便民服务', 'Other convenience service'),
} as const;
export type ServiceCode = keyof typeof SERVICES;
export const BASIC_SERVICES = Object.keys(SERVICES).filter((k) => k !== 'other') as ServiceCode[];

/** Follow-up of a visit on the party-representative reception day. */
export const FOLLOW_UP_STATUSES = {
  pending: l('待办', 'Pending'),
  in_progress: l('办理中', 'In progress'),
  resolved: l('已解决', 'Resolved'),
  explained: l('已解释答复', 'Answered / explained'),
} as const;
export type FollowUpStatus = keyof typeof FOLLOW_UP_STATUSES;
export const CLOSED_FOLLOW_UPS: FollowUpStatus[] = ['resolved', 'explained'];

export const PROJECT_STATUSES = {
  declared: l('已申报', 'Declared'),
  in_progress: l('实施中', 'In progress'),
  completed: l('已完成', 'Completed'),
  dropped: l('已终止', 'Dropped'),
} as const;
export type ProjectStatus = keyof typeof PROJECT_STATUSES;

export const ELECTION_STATUSES = {
  open: l('投票中', 'Voting'),
  counted: l('已计票', 'Counted'),
  closed: l('已结束', 'Closed'),
} as const;

export const FLOWING_ACTIVITY_KINDS = {
  investment: l('招商引资(万元)', 'Investment attracted (10k yuan)'),
  incident: l('协助处置事故', 'Incidents handled'),
  dispute: l('调解劳资纠纷', 'Labour disputes settled'),
  employment: l('帮助就业', 'Jobs found'),
  other: l('其他', 'Other'),
} as const;

export const REGISTRATION_VIA = {
  unit_org: l('单位党组织', "Unit's own org"),
  centre_org: l('服务中心党组织', "Service centre's org"),
} as const;
export type RegistrationVia = keyof typeof REGISTRATION_VIA;

/** Unit kinds whose orgs stay where they are (行政事业单位党组织不划入). */
export const STAYING_UNIT_KINDS = ['organ', 'institution'] as const;

/**
 * A name as written on a ballot, made comparable: full-width forms folded, whitespace removed inside
 * Chinese names ("张 三" = "张三") and collapsed elsewhere.
 */
export function normalizeName(raw: string): string {
  const s = raw.normalize('NFKC').trim();
  if (/[\u3400-\u9fff]/.test(s)) return s.replace(/\s+/g, '');
  return s.replace(/\s+/g, ' ');
}
