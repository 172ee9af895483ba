import { defineWebPlugin } from '@jiceng/ui';
import { lazy } from 'react';

export default defineWebPlugin({
  id: 'luqiao-regional',
  names: { 'zh-CN': '区域化党建1+N+1', en: 'Regional 1+N+1' },
  pages: [
    {
      path: '',
      names: { 'zh-CN': '总览', en: 'Overview' },
      component: lazy(() => import('./dashboard-page')),
      access: ['city', 'orgs'],
    },
    {
      path: 'structure',
      names: { 'zh-CN': '区域架构', en: 'Regions (1+N+1)' },
      component: lazy(() => import('./structure-page')),
      access: ['city', 'orgs'],
    },
    {
      path: 'registration',
      names: { 'zh-CN': '登记报到', en: 'Registration' },
      component: lazy(() => import('./registration-page')),
      access: ['city', 'orgs'],
    },
    {
      path: 'centres',
      names: { 'zh-CN': '党员服务中心', en: 'Service centres' },
      component: lazy(() => import('./centres-page')),
      access: ['city', 'orgs'],
    },
    {
      path: 'council',
      names: { 'zh-CN': '共建理事会', en: 'Co-building councils' },
      component: lazy(() => import('./council-page')),
      access: ['city', 'orgs'],
    },
    {
      path: 'democracy',
      names: { 'zh-CN': '党内民主', en: 'Inner-party democracy' },
      component: lazy(() => import('./democracy-page')),
      access: ['city', 'orgs'],
    },
    {
      path: 'flowing',
      names: { 'zh-CN': '流动党支部', en: 'Flowing branches' },
      component: lazy(() => import('./flowing-page')),
      access: ['city', 'orgs'],
    },
    {
      path: 'me',
      names: { 'zh-CN': '我的登记', en: 'My registration' },
      component: lazy(() => import('./me-page')),
      access: ['self'],
    },
  ],
});
