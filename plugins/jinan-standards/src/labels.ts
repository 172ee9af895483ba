import type { JicengPlugin } from '@jiceng/plugin-kit';
// The web-safe `say` (not plugin-kit's): the history tab reads these labels in the browser (see shared/model.ts).
import { say } from './shared/model';

/** Words for people: the settings an admin tunes and what this model writes to the audit log. */
export const labels: NonNullable<JicengPlugin['labels']> = {
  config: {
    passThreshold: say('达标线（分）', 'Pass mark (score)'),
    maxEvidenceMb: say('佐证材料大小上限（MB）', 'Largest evidence file (MB)'),
    rectificationDays: say('整改期限（天）', 'Days to rectify'),
    rectifyPartlyMet: say('基本达标也须整改', 'Rectify partly met standards too'),
  },
  entities: {
    template_version: say('标准模板', 'Standards template'),
    standard: say('标准条目', 'Standard'),
    campaign: say('测评批次', 'Campaign'),
    assessment: say('社区测评', 'Assessment'),
    result: say('测评结果', 'Result'),
    evidence: say('佐证材料', 'Evidence'),
    rectification: say('整改事项', 'Rectification'),
  },
  actions: {
    publish: say('发布', 'Publish'),
    add_communities: say('加入社区', 'Add communities'),
    self_assess: say('自评', 'Self-assess'),
    review: say('审核', 'Review'),
    review_withdraw: say('撤回审核', 'Withdraw review'),
    upload: say('上传', 'Upload'),
    close: say('销号', 'Close'),
    reopen: say('重新打开', 'Reopen'),
    'state:planned': say('退回未开始', 'Back to planned'),
    'state:in_progress': say('开始自评', 'Start self-assessment'),
    'state:in_review': say('提交街道审核', 'Submit for review'),
    'state:done': say('审核通过并锁定', 'Approve and lock'),
  },
  entityPages: {
    template_version: 'templates',
    standard: 'templates',
    campaign: 'campaigns',
    assessment: 'assessments',
    result: 'assessments',
    evidence: 'assessments',
    rectification: 'rectifications',
  },
};
