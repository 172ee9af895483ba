import type { AreaCode, CommunityType, ScoringRule, SourceCode } from '../../shared/model';

export interface TemplateItem {
  code: string;
  area: AreaCode;
  title: string;
  titleEn: string;
  description: string;
  source: SourceCode;
  maxScore: number;
  passScore: number;
  scoringRule: ScoringRule;
  scoringNote: string;
  /** Weight per community type; a type that is missing does not have this standard. */
  weights: Partial<Record<CommunityType, number>>;
}

const ALL = (over: Partial<Record<CommunityType, number>> = {}): Partial<Record<CommunityType, number>> => ({
  open: 1,
  closed: 1,
  village_converted: 1,
  urban_rural: 1,
  county_town: 1,
  ...over,
});

const GRADED = '全面落实得满分；部分落实按落实程度计分；未落实不得分';
const ALL_OR_NOTHING = '符合要求得满分，否则不得分';

/**
 * The shipped Jinan template (济南 2017): 30 standards in 8 areas, 100 points in all.
 * `article` items carry the contents the source names (their titles are fixed); `drafted` items fill the 30
 * and, like every weight, score and type setting here, are the city's to edit.
 * Type weights are drafted too: the source says each of the 5 types has its own work focus but does not list it.
 */
export const JINAN_TEMPLATE: TemplateItem[] = [
  // 1 组织建设 — 14
  { code: '1.1', area: 'organization', title: '社区“大党委”设置', titleEn: 'Community "big party committee"', description: '建立社区“大党委”，驻区单位和“两新”组织党组织负责人担任兼职委员', source: 'article', maxScore: 5, passScore: 4, scoringRule: 'graded', scoringNote: GRADED, weights: ALL({ open: 1.2 }) },
  { code: '1.2', area: 'organization', title: '“红旗”党支部创建', titleEn: '"Red flag" branch creation', description: '开展“红旗”党支部创建活动，有计划、有评定、有复核', source: 'article', maxScore: 5, passScore: 4, scoringRule: 'graded', scoringNote: GRADED, weights: ALL() },
  { code: '1.3', area: 'organization', title: '小区、网格党组织覆盖', titleEn: 'Compound and grid party org coverage', description: '按小区、网格、楼栋设置党支部或党小组，组织生活规范', source: 'drafted', maxScore: 4, passScore: 3, scoringRule: 'graded', scoringNote: GRADED, weights: ALL({ closed: 1.5 }) },
  // 2 队伍建设 — 16
  { code: '2.1', area: 'team', title: '社区党组织书记队伍', titleEn: 'Community party secretaries', description: '书记选任、培训、考核规范，从严管理、递进培养使用', source: 'article', maxScore: 4, passScore: 3, scoringRule: 'graded', scoringNote: GRADED, weights: ALL() },
  { code: '2.2', area: 'team', title: '社区党组织专职副书记', titleEn: 'Full-time deputy secretaries', description: '按要求配备专职副书记，职责明确', source: 'article', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: ALL() },
  { code: '2.3', area: 'team', title: '社区党务工作者队伍', titleEn: 'Community party-affairs workers', description: '党务工作者配备到位，教育培训常态化', source: 'article', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: ALL() },
  { code: '2.4', area: 'team', title: '社区党员队伍', titleEn: 'Community party members', description: '党员教育管理到位，在职党员到社区报到服务', source: 'article', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: ALL() },
  { code: '2.5', area: 'team', title: '社区志愿者队伍', titleEn: 'Community volunteers', description: '志愿服务队伍有组织、有项目、有记录', source: 'article', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: ALL({ closed: 1.2 }) },
  // 3 工作职责 — 10
  { code: '3.1', area: 'duties', title: '社区党组织8项职责', titleEn: 'The community party org’s 8 duties', description: '突出政治功能，统筹区域化党建、社区治理和辖区“两新”组织党建等8项职责落实', source: 'article', maxScore: 4, passScore: 3, scoringRule: 'graded', scoringNote: GRADED, weights: ALL() },
  { code: '3.2', area: 'duties', title: '社区党组织书记5项职责', titleEn: 'The secretary’s 5 duties', description: '书记履行第一责任人职责，5项职责清单化', source: 'article', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: ALL() },
  { code: '3.3', area: 'duties', title: '社区党务工作者5项职责', titleEn: 'The party-affairs worker’s 5 duties', description: '党务工作者5项职责明确、落实有记录', source: 'article', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: ALL() },
  // 4 工作制度 — 12
  { code: '4.1', area: 'systems', title: '重大事项“五步议事”决策', titleEn: 'Five-step deliberation on major issues', description: '社区重大事项按“五步议事”程序决策，过程留痕', source: 'article', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: ALL({ village_converted: 1.5 }) },
  { code: '4.2', area: 'systems', title: '街道干部驻点联系群众', titleEn: 'Street cadres stationed in communities', description: '街道干部定期驻点、普遍联系群众，有安排、有记录', source: 'article', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: ALL() },
  { code: '4.3', area: 'systems', title: '社区党建“双述双评”', titleEn: '"Dual report, dual appraisal"', description: '书记述职、评议按年度开展，结果运用', source: 'article', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: ALL() },
  { code: '4.4', area: 'systems', title: '党务居务公开与工作台账', titleEn: 'Open affairs and work ledgers', description: '党务、居务按期公开，工作台账完整', source: 'drafted', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: ALL() },
  // 5 区域化党建 — 12
  { code: '5.1', area: 'regional', title: '机关企事业单位党组织联系社区', titleEn: 'Organs and enterprises linked to the community', description: '机关、企事业单位党组织与社区党组织结对联系，有共建项目', source: 'article', maxScore: 4, passScore: 3, scoringRule: 'graded', scoringNote: GRADED, weights: ALL({ open: 1.5, county_town: 1.2 }) },
  { code: '5.2', area: 'regional', title: '“两新”组织“兜底”服务', titleEn: '"Safety-net" service for two-new orgs', description: '社区党组织对辖区“两新”组织党建兜底管理和服务', source: 'article', maxScore: 4, passScore: 3, scoringRule: 'graded', scoringNote: GRADED, weights: ALL({ open: 1.5, urban_rural: 1.5 }) },
  { code: '5.3', area: 'regional', title: '社区党校', titleEn: 'Community party school', description: '建立社区党校，有阵地、有师资、有课程', source: 'article', maxScore: 4, passScore: 4, scoringRule: 'all_or_nothing', scoringNote: ALL_OR_NOTHING, weights: ALL() },
  // 6 基层治理 — 14
  { code: '6.1', area: 'governance', title: '多元主体参与协商', titleEn: 'Multi-party consultation', description: '社区党组织领导，居民、驻区单位、社会组织等多元主体参与协商', source: 'article', maxScore: 4, passScore: 3, scoringRule: 'graded', scoringNote: GRADED, weights: ALL() },
  { code: '6.2', area: 'governance', title: '“四步”协商程序', titleEn: 'The four-step consultation procedure', description: '协商按“四步”程序规范开展，结果公开', source: 'article', maxScore: 4, passScore: 3, scoringRule: 'graded', scoringNote: GRADED, weights: ALL({ village_converted: 1.5 }) },
  { code: '6.3', area: 'governance', title: '县区、街道、社区三级协商联动', titleEn: 'County, street and community consultation linkage', description: '三级协商联动机制健全，社区难以解决的事项逐级提交', source: 'article', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: ALL({ county_town: 1.5 }) },
  { code: '6.4', area: 'governance', title: '小区物业和业委会党建引领', titleEn: 'Party lead in property management and owners’ committees', description: '推动业委会、物业服务企业建立党组织或纳入党建工作', source: 'drafted', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: { open: 1, closed: 1.5, urban_rural: 1, county_town: 1 } },
  // 7 为民服务 — 12
  { code: '7.1', area: 'service', title: '工作日坐班和节假日值班', titleEn: 'Workday office hours and holiday duty', description: '落实工作日坐班、节假日轮流值班等日常服务制度', source: 'article', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: ALL() },
  { code: '7.2', area: 'service', title: '“互联网+”信息化服务', titleEn: '"Internet+" services', description: '推行网上办事、线上服务', source: 'article', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: ALL({ closed: 1.2 }) },
  { code: '7.3', area: 'service', title: '政府购买服务', titleEn: 'Government-purchased services', description: '通过政府购买服务引入社会组织开展服务', source: 'article', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: ALL() },
  { code: '7.4', area: 'service', title: '流动人口和转居居民服务', titleEn: 'Services for flowing residents and new urban residents', description: '为流动人口、村转居居民提供就业、社保等服务', source: 'drafted', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: { village_converted: 1.5, urban_rural: 1.5, county_town: 1 } },
  // 8 综合保障 — 10
  { code: '8.1', area: 'support', title: '社区专职工作者选配、教育、管理', titleEn: 'Full-time community workers: selection, training, management', description: '专职工作者选配规范，培训和管理制度健全', source: 'article', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: ALL() },
  { code: '8.2', area: 'support', title: '社区工作服务用房', titleEn: 'Community service premises', description: '社区工作和服务用房面积达标', source: 'article', maxScore: 2, passScore: 2, scoringRule: 'all_or_nothing', scoringNote: ALL_OR_NOTHING, weights: ALL() },
  { code: '8.3', area: 'support', title: '党群服务中心（站）建设', titleEn: 'Party–public service centre or station', description: '党群服务中心（站）标识统一、功能完善、常态开放', source: 'article', maxScore: 3, passScore: 2.5, scoringRule: 'graded', scoringNote: GRADED, weights: ALL() },
  { code: '8.4', area: 'support', title: '党建工作经费保障', titleEn: 'Party-building funds', description: '社区党建工作经费列入预算并按规定使用', source: 'drafted', maxScore: 2, passScore: 1.5, scoringRule: 'graded', scoringNote: GRADED, weights: ALL() },
];

export const JINAN_TEMPLATE_NAME = '济南市城市社区党建标准（30条）';
