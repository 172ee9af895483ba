import { defineWebPlugin } from '@jiceng/ui';
import { lazy } from 'react';

export default defineWebPlugin({
  id: 'longyan-return-home',
  names: { 'zh-CN': '在职党员回家', en: 'In-service members return home' },
  pages: [
    {
      path: '',
      names: { 'zh-CN': '记录', en: 'Notes' },
      component: lazy(() => import('./notes-page')),
      access: ['city', 'orgs'],
    },
  ],
});
