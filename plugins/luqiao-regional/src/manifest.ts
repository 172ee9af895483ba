import type { PluginFeature } from '@jiceng/plugin-kit';
import { z } from 'zod';
import pkg from '../package.json' with { type: 'json' };
import { FUNDING_SOURCES } from './shared/model';

export const manifest = {
  id: 'luqiao-regional',
  // One version source: the package's own (bumped by `changeset version`).
  version: pkg.version,
  platform: '^0.2.0',
  names: { 'zh-CN': '区域化党建1+N+1', en: 'Regional 1+N+1' },
  description: {
    'zh-CN':
      '按"行业相近、地域相邻"划定区域，设区域党组织、N个单位党组织和党员服务中心党组织；三级党员服务中心、共建理事会、无候选人直选与党代表接待日',
    en: 'Regions drawn by trade and proximity with a regional org, the N unit orgs and a service-centre org; three levels of member service centres, co-building councils, direct elections and reception days',
  },
  region: { 'zh-CN': '台州市路桥区', en: 'Luqiao, Taizhou' },
  features: [
    { id: 'regional_structure', names: { 'zh-CN': '区域化 1+N+1', en: 'Regional 1+N+1' } },
    { id: 'service_centres', names: { 'zh-CN': '党员服务中心', en: 'Member service centres' } },
    { id: 'council', names: { 'zh-CN': '共建理事会', en: 'Co-building council' } },
    { id: 'elections', names: { 'zh-CN': '直选', en: 'Direct elections' } },
    { id: 'flowing_members', names: { 'zh-CN': '流动党员', en: 'Flowing members' } },
    { id: 'co_building', names: { 'zh-CN': '结对共建', en: 'Co-building pairs' } },
    { id: 'funds', names: { 'zh-CN': '经费保障', en: 'Funding' } },
  ] satisfies PluginFeature[],
};

const funding = z.enum(
  Object.keys(FUNDING_SOURCES) as [keyof typeof FUNDING_SOURCES, ...(keyof typeof FUNDING_SOURCES)[]],
);
const standard = z.object({
  /** 建筑面积 (m²) at least. */
  minFloorArea: z.number().min(0).max(10_000),
  /** 人员配备 at least. */
  minStaff: z.number().int().min(0).max(100),
  /** Where building and running costs may come from (经费来源). */
  fundingSources: z.array(funding).min(1),
});
export type CentreStandard = z.infer<typeof standard>;

export const DEFAULT_STANDARDS = {
  district: { minFloorArea: 300, minStaff: 4, fundingSources: ['district_finance'] },
  town: { minFloorArea: 120, minStaff: 2, fundingSources: ['town_finance', 'mixed'] },
  region: { minFloorArea: 60, minStaff: 1, fundingSources: ['town_finance', 'unit_pooled', 'mixed'] },
} satisfies Record<string, CentreStandard>;

/** City-tunable settings; every field has a default. */
export const configSchema = z.object({
  /** Standards of the three levels of service centres (面积、人员、经费来源). */
  standards: z.object({ district: standard, town: standard, region: standard }).default(DEFAULT_STANDARDS),
  /** 限时办结: days allowed for a time-limited request when the visit does not say otherwise. */
  timeLimitDays: z.number().int().min(1).max(90).default(5),
  /** 党代表接待日: the day of the month (新桥镇: the 15th). */
  receptionDayOfMonth: z.number().int().min(1).max(28).default(15),
  /** 共建理事会: months a rotating chair serves. */
  councilTermMonths: z.number().int().min(1).max(24).default(6),
  /** A member unit whose average review score in a period reaches this counts as active. */
  activeScoreThreshold: z.number().min(0).max(100).default(60),
});
export type Config = z.infer<typeof configSchema>;
