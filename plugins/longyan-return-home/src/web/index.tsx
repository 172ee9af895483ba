import { defineWebPlugin } from '@jiceng/ui';
import { lazy } from 'react';

const admin: ('city' | 'orgs')[] = ['city', 'orgs'];

export default defineWebPlugin({
  id: 'longyan-return-home',
  names: { 'zh-CN': '在职党员回家', en: 'In-service members return home' },
  pages: [
    // Admins land on the dashboard, members on their own report page (the home page switches on access).
    {
      path: '',
      names: { 'zh-CN': '总览', en: 'Overview' },
      component: lazy(() => import('./dashboard-page')),
    },
    {
      path: 'reports',
      names: { 'zh-CN': '报到确认', en: 'Reports received' },
      component: lazy(() => import('./reports-page')),
      access: admin,
    },
    {
      path: 'comparison',
      names: { 'zh-CN': '检索比对', en: 'Report check' },
      component: lazy(() => import('./comparison-page')),
      access: admin,
    },
    {
      path: 'service',
      names: { 'zh-CN': '服务与确认', en: 'Service' },
      component: lazy(() => import('./service-page')),
      access: admin,
    },
    {
      path: 'compounds',
      names: { 'zh-CN': '小区党组织', en: 'Compound orgs' },
      component: lazy(() => import('./compounds-page')),
      access: admin,
    },
    {
      path: 'grids',
      names: { 'zh-CN': '立体网格', en: 'Grids and teams' },
      component: lazy(() => import('./grids-page')),
      access: admin,
    },
    {
      path: 'co-building',
      names: { 'zh-CN': '结对共建', en: 'Co-building' },
      component: lazy(() => import('./co-building-page')),
      access: admin,
    },
    {
      path: 'red-committees',
      names: { 'zh-CN': '红色业委会', en: 'Red committees' },
      component: lazy(() => import('./red-page')),
      access: admin,
    },
    {
      path: 'certificate',
      names: { 'zh-CN': '报到证', en: 'Report certificate' },
      component: lazy(() => import('./certificate-page')),
      hidden: true,
    },
  ],
});
