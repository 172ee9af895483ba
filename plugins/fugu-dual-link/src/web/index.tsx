import { defineWebPlugin } from '@jiceng/ui';
import { lazy } from 'react';

export default defineWebPlugin({
  id: 'fugu-dual-link',
  names: { 'zh-CN': '双联双管', en: 'Dual-link dual-management' },
  pages: [
    {
      path: '',
      names: { 'zh-CN': '记录', en: 'Notes' },
      component: lazy(() => import('./notes-page')),
      access: ['city', 'orgs'],
    },
  ],
});
