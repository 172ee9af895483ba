import { defineWebPlugin } from '@jiceng/ui';
import { lazy } from 'react';

export default defineWebPlugin({
  id: 'luqiao-regional',
  names: { 'zh-CN': '区域化党建1+N+1', en: 'Regional 1+N+1' },
  pages: [
    {
      path: '',
      names: { 'zh-CN': '记录', en: 'Notes' },
      component: lazy(() => import('./notes-page')),
      access: ['city', 'orgs'],
    },
  ],
});
