import { defineWebPlugin } from '@jiceng/ui';
import { lazy } from 'react';

export default defineWebPlugin({
  id: 'jinan-standards',
  names: { 'zh-CN': '城市社区党建30条标准', en: '30-standard community checklist' },
  pages: [
    {
      path: '',
      names: { 'zh-CN': '记录', en: 'Notes' },
      component: lazy(() => import('./notes-page')),
      access: ['city', 'orgs'],
    },
  ],
});
