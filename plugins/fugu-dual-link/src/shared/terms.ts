/**
 * The model's vocabulary (中共府谷县委《双联双管办法》): codes used in the database and API, with zh-CN / en labels.
 * Plain TypeScript, shared by the server and the web pages.
 */

export type Label = { 'zh-CN': string; en: string };
const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/** The five service-post categories (五大类). */
export const SERVICE_CATEGORIES = ['policy', 'legal', 'medical', 'culture', 'security'] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];
/** Posts outside the five categories: the public-welfare list (公益岗位). */
export const POST_CATEGORIES = [...SERVICE_CATEGORIES, 'welfare'] as const;
export type PostCategory = (typeof POST_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<PostCategory, Label> = {
  policy: l('政策宣传', 'Policy outreach'),
  legal: l('法律咨询', 'Legal advice'),
  medical: l('医疗卫生', 'Health care'),
  culture: l('文化教育', 'Culture and education'),
  security: l('治安稳定', 'Public order'),
  welfare: l('公益岗位', 'Public-welfare posts'),
};

/** Words in a member's skills or occupation that point to a category (used to assign posts by skills). */
export const CATEGORY_KEYWORDS: Record<PostCategory, string[]> = {
  policy: ['政策', '宣传', '宣讲', '党务', '公务员', '理论'],
  legal: ['法律', '律师', '法', '调解', '纠纷', '司法'],
  medical: ['医', '卫生', '护', '健康', '药', '心理'],
  culture: ['教育', '教师', '文化', '文艺', '体育', '辅导', '书法', '科普'],
  security: ['治安', '安全', '消防', '警', '巡逻', '稳定'],
  welfare: ['志愿', '公益', '帮扶', '环境', '妇女'],
};

export interface StandardPost {
  code: string;
  category: PostCategory;
  name: Label;
  keywords: string[];
}

const p = (
  code: string,
  category: PostCategory,
  zh: string,
  en: string,
  keywords: string[] = [],
): StandardPost => ({
  code,
  category,
  name: l(zh, en),
  keywords,
});

/** 17 community service posts over the five categories. */
export const STANDARD_SERVICE_POSTS: StandardPost[] = [
  p('policy_lecture', 'policy', '政策宣讲岗', 'Policy talks', ['宣讲', '理论']),
  p('party_affairs', 'policy', '党务咨询岗', 'Party-affairs advice', ['党务']),
  p('bulletin', 'policy', '宣传栏维护岗', 'Notice boards', ['宣传']),
  p('legal_aid', 'legal', '法律援助岗', 'Legal aid', ['律师', '法律']),
  p('mediation_service', 'legal', '人民调解岗', 'Mediation', ['调解', '纠纷']),
  p('law_promotion', 'legal', '普法宣传岗', 'Law awareness', ['法']),
  p('health_advice', 'medical', '健康咨询岗', 'Health advice', ['医', '健康']),
  p('free_clinic', 'medical', '义诊服务岗', 'Free clinics', ['医生', '护']),
  p('epidemic', 'medical', '卫生防疫岗', 'Sanitation and prevention', ['卫生']),
  p('counselling', 'medical', '心理疏导岗', 'Counselling', ['心理']),
  p('tutoring', 'culture', '课业辅导岗', 'Homework help', ['教师', '辅导']),
  p('sports', 'culture', '文体活动岗', 'Culture and sports', ['文艺', '体育']),
  p('science', 'culture', '科普讲座岗', 'Science talks', ['科普', '工程师', '技术']),
  p('elder_school', 'culture', '老年学堂岗', 'Classes for the elderly', ['书法', '教育']),
  p('patrol', 'security', '治安巡逻岗', 'Patrols', ['巡逻', '治安']),
  p('dispute_check', 'security', '矛盾排查岗', 'Dispute screening', ['稳定']),
  p('fire_safety', 'security', '消防安全岗', 'Fire safety', ['消防', '安全']),
];

/** The public-welfare post list (认领社区公益岗位). */
export const STANDARD_WELFARE_POSTS: StandardPost[] = [
  p('party_liaison', 'welfare', '党建联络岗', 'Party-building liaison', ['党务', '联络']),
  p('policy_promo', 'welfare', '政策宣传岗', 'Policy promotion', ['宣传', '政策']),
  p('advice', 'welfare', '建言献策岗', 'Suggestions', ['管理', '规划']),
  p('civility', 'welfare', '文明示范岗', 'Civility model', ['志愿']),
  p('poverty_aid', 'welfare', '扶贫帮困岗', 'Helping families in need', ['帮扶', '会计']),
  p('mediation', 'welfare', '民事调解岗', 'Civil mediation', ['调解', '纠纷']),
  p('culture_spread', 'welfare', '文化传播岗', 'Spreading culture', ['文化', '教师']),
  p('public_security', 'welfare', '治安防范岗', 'Crime prevention', ['治安', '安全']),
  p('environment', 'welfare', '环境维护岗', 'Environment care', ['环境']),
  p('women_rights', 'welfare', '妇女维权岗', 'Women’s rights', ['妇女', '法律']),
];

export const STANDARD_POSTS = [...STANDARD_SERVICE_POSTS, ...STANDARD_WELFARE_POSTS];

/** 《机关党员报到登记卡》: sent by the unit → stamped by the community (part 2 kept) → part 1 back at the unit. */
export const REGISTRATION_STATUSES = ['sent', 'stamped', 'filed', 'returned', 'closed'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const ACTIVE_STATUSES: RegistrationStatus[] = ['stamped', 'filed'];
export const OPEN_STATUSES: RegistrationStatus[] = ['sent', 'stamped', 'filed'];
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, Label> = {
  sent: l('已发函待报到', 'Letter sent'),
  stamped: l('社区已盖章', 'Stamped by community'),
  filed: l('两联均已存档', 'Both parts filed'),
  returned: l('社区退回', 'Returned by community'),
  closed: l('已注销', 'Closed'),
};

/** 副科级以上: their year-end card also goes to the county's 双联双管 office. */
export const SECTION_DEPUTY_AND_ABOVE = [
  'section_deputy',
  'section',
  'division_deputy',
  'division',
  'bureau_deputy',
  'bureau',
] as const;
export const CADRE_RANK_LABELS: Record<string, Label> = {
  none: l('一般干部', 'No cadre rank'),
  section_deputy: l('副科级', 'Deputy section'),
  section: l('正科级', 'Section'),
  division_deputy: l('副处级', 'Deputy division'),
  division: l('正处级', 'Division'),
  bureau_deputy: l('副厅级', 'Deputy bureau'),
  bureau: l('正厅级', 'Bureau'),
};

export const ACTIVITY_KINDS = ['collective', 'service', 'study', 'culture', 'meeting'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, Label> = {
  collective: l('集体为民服务', 'Collective service'),
  service: l('岗位服务', 'Post duty'),
  study: l('学习教育', 'Study'),
  culture: l('文化活动', 'Cultural event'),
  meeting: l('组织生活', 'Organization life'),
};

/** Year-end comprehensive appraisal aspects on the 反馈卡. */
export const FEEDBACK_ASPECTS = ['participation', 'discipline', 'neighbourhood', 'obedience'] as const;
export type FeedbackAspect = (typeof FEEDBACK_ASPECTS)[number];
export const FEEDBACK_ASPECT_LABELS: Record<FeedbackAspect, Label> = {
  participation: l('参与活动', 'Taking part'),
  discipline: l('遵纪守法', 'Law-abiding'),
  neighbourhood: l('邻里关系', 'Neighbourliness'),
  obedience: l('服从管理', 'Accepting management'),
};
export const FEEDBACK_RATINGS = ['good', 'fair', 'poor'] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];
export const FEEDBACK_RATING_LABELS: Record<FeedbackRating, Label> = {
  good: l('好', 'Good'),
  fair: l('较好', 'Fair'),
  poor: l('一般', 'Poor'),
};

export const GRADES = ['excellent', 'qualified', 'basic', 'unqualified'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_LABELS: Record<Grade, Label> = {
  excellent: l('优秀', 'Excellent'),
  qualified: l('合格', 'Qualified'),
  basic: l('基本合格', 'Basically qualified'),
  unqualified: l('不合格', 'Unqualified'),
};

/** The five rollout steps (方法步骤). */
export const CAMPAIGN_STEPS = ['mobilize', 'link', 'activities', 'feedback', 'summary'] as const;
export type CampaignStep = (typeof CAMPAIGN_STEPS)[number];
export const CAMPAIGN_STEP_LABELS: Record<CampaignStep, Label> = {
  mobilize: l('动员部署', 'Mobilize'),
  link: l('双向联系', 'Two-way link'),
  activities: l('开展活动', 'Activities'),
  feedback: l('反馈测评', 'Feedback and appraisal'),
  summary: l('总结深化', 'Review'),
};

/** Member file (写实档案) entry kinds. */
export const FILE_KINDS = [
  'meeting',
  'suggestion',
  'event',
  'study',
  'document',
  'task',
  'appraisal',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];
export const FILE_KIND_LABELS: Record<FileKind, Label> = {
  meeting: l('会议记录', 'Meeting record'),
  suggestion: l('重要建议卡', 'Suggestion card'),
  event: l('大事记', 'Event'),
  study: l('学习成绩', 'Study score'),
  document: l('文书材料', 'Document'),
  task: l('工作任务完成情况', 'Task done'),
  appraisal: l('考核记录', 'Appraisal'),
};

export const FLAG_KINDS = [
  'quarter_report_due',
  'quarter_report_missed',
  'practical_things_due',
  'absent_half_year',
  'feedback_overdue',
  'joint_meeting_missing',
  'flowing_transfer_suggested',
  'flowing_no_org_life',
  'campaign_step_overdue',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];
export const FLAG_LABELS: Record<FlagKind, Label> = {
  quarter_report_due: l('本季度尚未到社区报到', 'No in-person report yet this quarter'),
  quarter_report_missed: l('上季度未到社区报到', 'Missed last quarter’s in-person report'),
  practical_things_due: l('本年度尚未为社区办实事', 'No practical thing for the community this year'),
  absent_half_year: l('半年以上未参加社区活动', 'Absent from the community for over half a year'),
  feedback_overdue: l('反馈卡逾期未送达', 'Feedback card overdue'),
  joint_meeting_missing: l('上季度未召开联席会', 'No joint meeting last quarter'),
  flowing_transfer_suggested: l(
    '外出满6个月且地点固定，应转接组织关系',
    'Out 6+ months at a fixed place: transfer the relation',
  ),
  flowing_no_org_life: l(
    '连续6个月未过组织生活或未交党费，待支部研究',
    '6 months without organization life or dues: for the branch to decide',
  ),
  campaign_step_overdue: l('推进步骤逾期未完成', 'Rollout step overdue'),
};

export const DECISION_STATUSES = [
  'pending',
  'excused',
  'warned',
  'proposed',
  'approved',
  'rejected',
] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export const DECISION_LABELS: Record<DecisionStatus, Label> = {
  pending: l('待支部研究', 'Awaiting the branch'),
  excused: l('有正当理由', 'Justified'),
  warned: l('批评教育、限期改正', 'Warned, deadline set'),
  proposed: l('支部大会决定按自行脱党处理，报上级审批', 'Branch meeting proposes removal; awaiting approval'),
  approved: l('上级已批准', 'Approved by the higher org'),
  rejected: l('上级未批准', 'Not approved by the higher org'),
};

export const NOTICE_KINDS = ['absent_half_year', 'moved', 'post_change', 'registration_returned'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_LABELS: Record<NoticeKind, Label> = {
  absent_half_year: l('党员半年以上未参加社区活动', 'Member absent from the community for over half a year'),
  moved: l('党员迁居，需到新社区重新报到', 'Member moved; re-registration at the new community'),
  post_change: l('党员申请调整社区岗位', 'Member asked to change post'),
  registration_returned: l('社区退回报到函', 'Community returned the letter'),
};

/** Feedback periods a card covers. */
export const FEEDBACK_PERIOD_LABELS: Record<string, Label> = {
  half_year: l('半年反馈', 'Half-year card'),
  annual: l('年度反馈', 'Year-end card'),
};

/** Why a flowing member is flagged as possibly having left (6 months without organization life or dues). */
export const LAPSE_REASON_LABELS: Record<string, Label> = {
  both: l('半年未过组织生活、未交党费', 'no organization life and no dues for half a year'),
  no_org_life: l('半年未过组织生活', 'no organization life for half a year'),
  no_dues: l('半年未交党费', 'no dues for half a year'),
};

/** Words for the facts a flag carries (its `detail`), with the value worded when it is a code. */
const FLAG_DETAIL: Record<string, { label: Label; values?: Record<string, Label> }> = {
  quarter: { label: l('季度', 'quarter') },
  by: { label: l('截止', 'due by') },
  year: { label: l('年度', 'year') },
  done: { label: l('已办', 'done') },
  required: { label: l('应办', 'required') },
  lastSeen: { label: l('最近参加社区活动', 'last seen') },
  kind: { label: l('反馈', 'card'), values: FEEDBACK_PERIOD_LABELS },
  period: { label: l('期间', 'period') },
  due: { label: l('应送达', 'due') },
  reason: { label: l('原因', 'reason'), values: LAPSE_REASON_LABELS },
  lastOrgLife: { label: l('最近组织生活', 'last organization life') },
  lastDues: { label: l('最近交党费', 'last dues') },
  campaign: { label: l('推进活动', 'rollout') },
  step: { label: l('步骤', 'step'), values: CAMPAIGN_STEP_LABELS },
  deadline: { label: l('期限', 'deadline') },
};

/**
 * A flag's facts in words ("最近参加社区活动 2025-11-02；…"): known facts worded, codes translated, ids and facts
 * nobody worded left out, so no key or code reaches the screen.
 */
export function flagDetailText(
  detail: Record<string, unknown> | null | undefined,
  locale: 'zh-CN' | 'en',
): string {
  if (!detail) return '—';
  const parts = Object.entries(detail).flatMap(([key, value]) => {
    const words = FLAG_DETAIL[key];
    if (!words) return [];
    const shown = value == null ? '—' : (words.values?.[String(value)]?.[locale] ?? String(value));
    return [`${words.label[locale]} ${shown}`];
  });
  return parts.length ? parts.join(locale === 'zh-CN' ? '；' : '; ') : '—';
}
