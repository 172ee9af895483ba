import { defineWebPlugin } from '@jiceng/ui';
import { lazy } from 'react';

export default defineWebPlugin({
  id: 'jinan-standards',
  names: { 'zh-CN': '城市社区党建30条标准', en: '30-standard community checklist' },
  pages: [
    {
      path: '',
      names: { 'zh-CN': '不平衡不充分分析', en: 'Imbalance view' },
      component: lazy(() => import('./dashboard-page')),
      access: ['city', 'orgs'],
    },
    {
      path: 'assessments',
      names: { 'zh-CN': '社区考评', en: 'Assessments' },
      component: lazy(() => import('./assessments-page')),
      access: ['city', 'orgs'],
    },
    {
      path: 'rectifications',
      names: { 'zh-CN': '整改清单', en: 'Rectifications' },
      component: lazy(() => import('./rectifications-page')),
      access: ['city', 'orgs'],
    },
    {
      path: 'templates',
      names: { 'zh-CN': '标准库', en: 'Standards library' },
      component: lazy(() => import('./templates-page')),
      access: ['city', 'orgs'],
    },
    {
      path: 'campaigns',
      names: { 'zh-CN': '考评批次', en: 'Campaigns' },
      component: lazy(() => import('./campaigns-page')),
      access: ['city'],
    },
    {
      path: 'report',
      names: { 'zh-CN': '考评报告', en: 'Assessment report' },
      component: lazy(() => import('./report-page')),
      access: ['city', 'orgs'],
      hidden: true,
    },
  ],
});
