import type { PluginFeature } from '@jiceng/plugin-kit';
import { z } from 'zod';

export const manifest = {
  id: 'gulou-grid-alliance',
  version: '0.1.0',
  platform: '^0.1.0',
  names: { 'zh-CN': '网格化区域化党建联盟', en: 'Grid alliances' },
  description: { 'zh-CN': '网格化区域化党建联盟模式', en: 'The Grid alliances model' },
  region: { 'zh-CN': '福州市鼓楼区', en: 'Gulou, Fuzhou' },
  features: [] as PluginFeature[],
};

/** City-tunable settings; every field needs a default. */
export const configSchema = z.object({
  /** Notes shorter than this are refused. */
  minNoteLength: z.number().int().min(1).max(50).default(2),
});
export type Config = z.infer<typeof configSchema>;
