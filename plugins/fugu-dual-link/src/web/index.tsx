import { defineWebPlugin } from '@jiceng/ui';
import { lazy } from 'react';

const admin: ('city' | 'orgs')[] = ['city', 'orgs'];

export default defineWebPlugin({
  id: 'fugu-dual-link',
  names: { 'zh-CN': '双联双管', en: 'Dual-link dual-management' },
  pages: [
    {
      path: '',
      names: { 'zh-CN': '总览', en: 'Overview' },
      component: lazy(() => import('./dashboard-page')),
      access: admin,
    },
    {
      path: 'registrations',
      names: { 'zh-CN': '双向登记', en: 'Dual registration' },
      component: lazy(() => import('./registrations-page')),
      access: admin,
    },
    {
      path: 'posts',
      names: { 'zh-CN': '岗位与党小组', en: 'Posts and groups' },
      component: lazy(() => import('./posts-page')),
      access: admin,
    },
    {
      path: 'activities',
      names: { 'zh-CN': '活动与报到', en: 'Activities and reports' },
      component: lazy(() => import('./activities-page')),
      access: admin,
    },
    {
      path: 'feedback',
      names: { 'zh-CN': '反馈卡与联席会', en: 'Feedback and meetings' },
      component: lazy(() => import('./feedback-page')),
      access: admin,
    },
    {
      path: 'appraisal',
      names: { 'zh-CN': '年度评议', en: 'Annual appraisal' },
      component: lazy(() => import('./appraisal-page')),
      access: admin,
    },
    {
      path: 'flowing',
      names: { 'zh-CN': '流动党员', en: 'Flowing members' },
      component: lazy(() => import('./flowing-page')),
      access: admin,
    },
    {
      path: 'rules',
      names: { 'zh-CN': '提醒与通知', en: 'Flags and notices' },
      component: lazy(() => import('./rules-page')),
      access: admin,
    },
    {
      path: 'campaign',
      names: { 'zh-CN': '推进督查', en: 'Rollout' },
      component: lazy(() => import('./campaign-page')),
      access: admin,
    },
    {
      path: 'budget',
      names: { 'zh-CN': '经费保障', en: 'Funds' },
      component: lazy(() => import('./budget-page')),
      access: admin,
    },
    {
      path: 'boards',
      names: { 'zh-CN': '监督台', en: 'Public boards' },
      component: lazy(() => import('./board-page')),
      access: admin,
    },
    {
      path: 'board',
      names: { 'zh-CN': '监督台', en: 'Public board' },
      component: lazy(() => import('./board-page')),
      hidden: true,
    },
    {
      path: 'member',
      names: { 'zh-CN': '党员双向管理', en: 'Member' },
      component: lazy(() => import('./member-page')),
      hidden: true,
    },
    {
      path: 'me',
      names: { 'zh-CN': '我的双联双管', en: 'My dual management' },
      component: lazy(() => import('./me-page')),
      access: ['self'],
    },
  ],
  // 在职党员监督台 for residents: no login (the list, and one board with ?place=).
  publicPages: [
    {
      path: 'boards',
      names: { 'zh-CN': '在职党员监督台', en: 'Supervision boards' },
      component: lazy(() => import('./public-boards-page')),
    },
  ],
});
