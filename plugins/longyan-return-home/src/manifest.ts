import type { PluginFeature } from '@jiceng/plugin-kit';
import { z } from 'zod';
import pkg from '../package.json' with { type: 'json' };

export const manifest = {
  id: 'longyan-return-home',
  // One version source: the package's own (bumped by `changeset version`).
  version: pkg.version,
  platform: '^0.2.0',
  names: { 'zh-CN': '在职党员回家', en: 'In-service members return home' },
  description: {
    'zh-CN':
      '龙岩"在职党员回家"：线上线下双报到、服务认领与确认、小区兼合式党组织、立体网格、结对共建、红色业委会',
    en: 'Longyan: two-step reporting of in-service members, service claims and confirmation, compound party orgs, grid branches, co-building and red owners’ committees',
  },
  region: { 'zh-CN': '福建省龙岩市', en: 'Longyan, Fujian' },
  features: [
    { id: 'reporting', names: { 'zh-CN': '报到', en: 'Reporting to communities' } },
    { id: 'service_posts', names: { 'zh-CN': '服务岗位认领', en: 'Service posts' } },
    { id: 'wishes', names: { 'zh-CN': '微心愿', en: 'Micro-wishes' } },
    { id: 'service_confirmation', names: { 'zh-CN': '服务确认', en: 'Service confirmation' } },
    { id: 'co_building', names: { 'zh-CN': '结对共建', en: 'Co-building pairs' } },
    { id: 'compound_orgs', names: { 'zh-CN': '小区（兼合式）党组织', en: 'Compound (joint) party orgs' } },
    { id: 'owners_committee', names: { 'zh-CN': '红色业委会', en: 'Red owners committees' } },
    { id: 'grids', names: { 'zh-CN': '网格党支部', en: 'Grid branches' } },
    { id: 'volunteer_hours', names: { 'zh-CN': '志愿服务时长', en: 'Volunteer hours' } },
  ] satisfies PluginFeature[],
};

/** City-tunable settings; every field has a default. */
export const configSchema = z.object({
  /** Members must have reported to a community this period before claiming its posts and wishes or recording service there. */
  requireReportToServe: z.boolean().default(true),
  /** Longest single service record, in hours. */
  maxHoursPerRecord: z.number().min(1).max(24).default(12),
  /** Prefix of 报到证 numbers. */
  certificatePrefix: z
    .string()
    .regex(/^[A-Z]{1,6}$/)
    .default('LYBD'),
});
export type Config = z.infer<typeof configSchema>;
