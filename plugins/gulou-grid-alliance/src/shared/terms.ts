/**
 * The model's vocabulary (福州鼓楼 网格化 + 区域化党建联盟), shared by the server and the web pages.
 * Plain TypeScript only: no server imports here.
 */
export type Label = { 'zh-CN': string; en: string };
const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

export const PLUGIN_ID = 'gulou-grid-alliance';
/** core.org kind of a 网格党支部; its place_id is the grid (core.place kind 'grid'). */
export const GRID_BRANCH_KIND = 'grid_branch';
/** core.org kind of a 楼栋党小组 (a core kind), under a grid branch. */
export const BUILDING_GROUP_KIND = 'building_group';

/** The five ledgers (台账). */
export const LEDGERS = ['immediate', 'time_limited', 'special', 'undertaken', 'proxy'] as const;
export type Ledger = (typeof LEDGERS)[number];
export const LEDGER_LABELS: Record<Ledger, Label> = {
  immediate: l('即办件', 'Handled at once'),
  time_limited: l('限时件', 'Time-limited'),
  special: l('特办件', 'Special'),
  undertaken: l('承办件', 'Undertaken by a department'),
  proxy: l('代办件', 'Handled on the resident’s behalf'),
};

/** A demand's states: 登记 → (交办) → 办理中 → 销号. */
export const DEMAND_STATUSES = ['received', 'assigned', 'in_progress', 'closed'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];
export const DEMAND_STATUS_LABELS: Record<DemandStatus, Label> = {
  received: l('已登记', 'Received'),
  assigned: l('已交办', 'Assigned'),
  in_progress: l('办理中', 'In progress'),
  closed: l('已销号', 'Closed'),
};

export const DEMAND_CATEGORIES = [
  'environment',
  'safety',
  'facilities',
  'neighbourhood',
  'elderly_care',
  'services',
  'property',
  'other',
] as const;
export const DEMAND_CATEGORY_LABELS: Record<(typeof DEMAND_CATEGORIES)[number], Label> = {
  environment: l('环境卫生', 'Environment and sanitation'),
  safety: l('平安建设', 'Safety'),
  facilities: l('公共设施', 'Public facilities'),
  neighbourhood: l('邻里纠纷', 'Neighbour disputes'),
  elderly_care: l('一老一少', 'Elderly and children'),
  services: l('证件办理与民政救助', 'Papers and civil assistance'),
  property: l('物业管理', 'Property management'),
  other: l('其他', 'Other'),
};

export const DEMAND_SOURCES = ['grid_patrol', 'visit', 'phone', 'wechat', 'walk_in', 'studio'] as const;
export const DEMAND_SOURCE_LABELS: Record<(typeof DEMAND_SOURCES)[number], Label> = {
  grid_patrol: l('网格巡查', 'Grid patrol'),
  visit: l('入户走访', 'Home visit'),
  phone: l('电话', 'Phone'),
  wechat: l('微信', 'WeChat'),
  walk_in: l('来访', 'Walk-in'),
  studio: l('党代表工作室', 'Party-representative studio'),
};

export const SATISFACTION = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export const SATISFACTION_LABELS: Record<(typeof SATISFACTION)[number], Label> = {
  satisfied: l('满意', 'Satisfied'),
  basically_satisfied: l('基本满意', 'Mostly satisfied'),
  unsatisfied: l('不满意', 'Unsatisfied'),
};

/** Street 大工委 and 党建促进会, community 大党委 and 党建联席会, grid 党建协商会. */
export const BODY_KINDS = [
  'big_working_committee',
  'promotion_council',
  'big_party_committee',
  'joint_council',
  'consultation_council',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];
export const BODY_LEVEL: Record<BodyKind, 'street' | 'community' | 'grid'> = {
  big_working_committee: 'street',
  promotion_council: 'street',
  big_party_committee: 'community',
  joint_council: 'community',
  consultation_council: 'grid',
};
export const BODY_LABELS: Record<BodyKind, Label> = {
  big_working_committee: l('街镇大工委', 'Street grand working committee'),
  promotion_council: l('党建促进会', 'Party-building promotion council'),
  big_party_committee: l('社区大党委', 'Community grand party committee'),
  joint_council: l('党建联席会', 'Party-building joint council'),
  consultation_council: l('党建协商会', 'Grid consultation council'),
};
/** Where a part-time committee member (兼职委员) comes from. */
export const BODY_MEMBER_SOURCES = [
  'unit',
  'resident',
  'member',
  'two_new_secretary',
  'grid_worker',
] as const;
export const BODY_MEMBER_SOURCE_LABELS: Record<(typeof BODY_MEMBER_SOURCES)[number], Label> = {
  unit: l('驻区单位', 'Unit in the area'),
  resident: l('网格群众代表', 'Residents’ representative'),
  member: l('网格党员代表', 'Members’ representative'),
  two_new_secretary: l('“两新”组织书记', 'Two-new organization secretary'),
  grid_worker: l('网格工作者', 'Grid worker'),
};
export const BODY_ROLES = ['convener', 'part_time_member'] as const;
export const BODY_ROLE_LABELS: Record<(typeof BODY_ROLES)[number], Label> = {
  convener: l('召集人', 'Convener'),
  part_time_member: l('兼职委员', 'Part-time committee member'),
};

/** Career chains (双轨并行): posts and professional titles, in order. */
export const POST_CHAIN = [
  'grid_secretary',
  'community_worker',
  'community_secretary',
  'career_community_secretary',
  'street_deputy',
] as const;
export const TITLE_CHAIN = [
  'grid_worker',
  'assistant_social_worker',
  'social_worker',
  'senior_social_worker',
] as const;
export const CAREER_CHAINS = { post: POST_CHAIN, title: TITLE_CHAIN } as const;
export type CareerChain = keyof typeof CAREER_CHAINS;
export const CAREER_STEP_LABELS: Record<string, Label> = {
  grid_secretary: l('网格书记', 'Grid secretary'),
  community_worker: l('社区工作者', 'Community worker'),
  community_secretary: l('社区书记', 'Community secretary'),
  career_community_secretary: l('事业编制社区书记', 'Established-post community secretary'),
  street_deputy: l('街镇副职', 'Deputy head of street'),
  grid_worker: l('网格工作者', 'Grid worker'),
  assistant_social_worker: l('助理社会工作师', 'Assistant social worker'),
  social_worker: l('社会工作师', 'Social worker'),
  senior_social_worker: l('高级社会工作师', 'Senior social worker'),
};

export const SUPPLY_SIDES = ['need', 'offer'] as const;
export const SUPPLY_CATEGORIES = [
  'venue',
  'volunteers',
  'funding',
  'health',
  'education',
  'legal',
  'elderly_care',
  'culture',
  'environment',
  'papers',
] as const;
export const SUPPLY_CATEGORY_LABELS: Record<(typeof SUPPLY_CATEGORIES)[number], Label> = {
  venue: l('场地设施', 'Venues'),
  volunteers: l('志愿力量', 'Volunteers'),
  funding: l('资金物资', 'Funds and goods'),
  health: l('医疗卫生', 'Health care'),
  education: l('教育培训', 'Education'),
  legal: l('法律服务', 'Legal help'),
  elderly_care: l('一老一少', 'Elderly and children'),
  culture: l('文体活动', 'Culture and sport'),
  environment: l('环境整治', 'Environment'),
  papers: l('证件办理', 'Papers and permits'),
};
export const SUPPLY_STATUSES = ['open', 'matched', 'withdrawn'] as const;
export const PROJECT_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, Label> = {
  planned: l('已立项', 'Planned'),
  in_progress: l('实施中', 'In progress'),
  completed: l('已完成', 'Completed'),
  cancelled: l('已撤销', 'Cancelled'),
};
/** Allowed project moves. */
export const PROJECT_MOVES: Record<ProjectStatus, ProjectStatus[]> = {
  planned: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export const FACILITY_KINDS = [
  'parking',
  'sports',
  'toilet',
  'meeting_room',
  'library',
  'canteen',
  'other',
] as const;
export const FACILITY_KIND_LABELS: Record<(typeof FACILITY_KINDS)[number], Label> = {
  parking: l('停车场', 'Parking'),
  sports: l('运动场', 'Sports ground'),
  toilet: l('卫生间', 'Toilets'),
  meeting_room: l('活动室', 'Meeting room'),
  library: l('阅览室', 'Reading room'),
  canteen: l('食堂', 'Canteen'),
  other: l('其他', 'Other'),
};

export const VOLUNTEER_CATEGORIES = ['civilized_city', 'safety', 'sanitation', 'service', 'other'] as const;
export const VOLUNTEER_CATEGORY_LABELS: Record<(typeof VOLUNTEER_CATEGORIES)[number], Label> = {
  civilized_city: l('文明城市创建', 'Civilized-city campaign'),
  safety: l('平安建设', 'Safety patrol'),
  sanitation: l('社区环境卫生', 'Community sanitation'),
  service: l('志愿服务群众', 'Serving residents'),
  other: l('其他', 'Other'),
};
export const VOLUNTEER_STATUSES = ['pending', 'confirmed', 'rejected'] as const;

export const FUND_SOURCES = ['fiscal', 'co_building', 'donation'] as const;
export const FUND_SOURCE_LABELS: Record<(typeof FUND_SOURCES)[number], Label> = {
  fiscal: l('财政投入', 'Public budget'),
  co_building: l('共建单位支持', 'Co-building units'),
  donation: l('社会捐赠', 'Donations'),
};

export const MEETING_MODES = ['online', 'offline'] as const;
export const MEETING_MODE_LABELS: Record<(typeof MEETING_MODES)[number], Label> = {
  online: l('线上', 'Online'),
  offline: l('线下', 'Offline'),
};
export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
