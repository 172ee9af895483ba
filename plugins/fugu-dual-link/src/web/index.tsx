import { defineWebPlugin } from '@jiceng/ui';
import { lazy } from 'react';

export default defineWebPlugin({
  id: 'fugu-dual-link',
  names: { 'zh-CN': '双联双管', en: 'Dual-link dual-management' },
  pages: [{ path: '', names: { 'zh-CN': '总览', en: 'Overview' }, component: lazy(() => import('./dashboard-page')), access: ['city', 'orgs'] }],
});
