import { defineWebPlugin } from '@jiceng/ui';
import { lazy } from 'react';

const admins: ('city' | 'orgs')[] = ['city', 'orgs'];

export default defineWebPlugin({
  id: 'gulou-grid-alliance',
  names: { 'zh-CN': '网格化区域化党建联盟', en: 'Grid alliances' },
  pages: [
    {
      path: '',
      names: { 'zh-CN': '工作台', en: 'Dashboard' },
      component: lazy(() => import('./dashboard-page')),
      access: admins,
    },
    {
      path: 'demands',
      names: { 'zh-CN': '诉求台账', en: 'Demand ledgers' },
      component: lazy(() => import('./demands/page')),
      access: admins,
    },
    {
      path: 'grids',
      names: { 'zh-CN': '网格与组织', en: 'Grids and network' },
      component: lazy(() => import('./grids/page')),
      access: admins,
    },
    {
      path: 'alliance',
      names: { 'zh-CN': '党建联盟', en: 'Alliance' },
      component: lazy(() => import('./alliance/page')),
      access: admins,
    },
    {
      path: 'supply',
      names: { 'zh-CN': '供需与资源', en: 'Supply and demand' },
      component: lazy(() => import('./supply/page')),
    },
    {
      path: 'volunteer',
      names: { 'zh-CN': '志愿微小时', en: 'Micro-hours' },
      component: lazy(() => import('./volunteer-page')),
    },
    {
      path: 'funds',
      names: { 'zh-CN': '网格经费', en: 'Grid funds' },
      component: lazy(() => import('./funds-page')),
      access: admins,
    },
  ],
});
