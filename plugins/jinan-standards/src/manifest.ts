import type { PluginFeature } from '@jiceng/plugin-kit';
import { z } from 'zod';
import pkg from '../package.json' with { type: 'json' };

export const manifest = {
  id: 'jinan-standards',
  // One version source: the package's own (bumped by `changeset version`).
  version: pkg.version,
  platform: '^0.2.0',
  names: { 'zh-CN': '城市社区党建30条标准', en: '30-standard community checklist' },
  description: {
    'zh-CN':
      '济南城市社区党建标准化：8个方面30条标准、5类社区、社区自评与街道审核、不平衡不充分分析和整改销号',
    en: 'Jinan’s standardized community party building: 30 standards in 8 areas, 5 community types, self-assessment and street review, imbalance analysis and rectification',
  },
  region: { 'zh-CN': '济南市', en: 'Jinan' },
  features: [
    { id: 'standards_checklist', names: { 'zh-CN': '标准化清单', en: 'Standards checklist' } },
    { id: 'rectification', names: { 'zh-CN': '整改', en: 'Rectification' } },
  ] satisfies PluginFeature[],
};

/** City-tunable settings; every field needs a default. */
export const configSchema = z.object({
  /** 达标线: a community whose weighted score (0–100) reaches this is above the city's threshold. */
  passThreshold: z.number().min(0).max(100).default(80),
  /** Largest evidence file accepted, in MB. */
  maxEvidenceMb: z.number().min(0.1).max(20).default(5),
  /** Days a community gets to rectify an unmet standard, counted from the day the street approves. */
  rectificationDays: z.number().int().min(7).max(365).default(90),
  /** Also raise rectification items for standards only partly met (基本达标). */
  rectifyPartlyMet: z.boolean().default(true),
});
export type Config = z.infer<typeof configSchema>;
