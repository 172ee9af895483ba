import { defineWebPlugin } from '@jiceng/ui';
import { lazy } from 'react';

export default defineWebPlugin({
  id: 'gulou-grid-alliance',
  names: { 'zh-CN': '网格化区域化党建联盟', en: 'Grid alliances' },
  pages: [
    { path: '', names: { 'zh-CN': '工作台', en: 'Dashboard' }, component: lazy(() => import('./dashboard-page')), access: ['city', 'orgs'] },
  ],
});
