import type { PluginFeature } from '@jiceng/plugin-kit';
import { z } from 'zod';

export const manifest = {
  id: 'fugu-dual-link',
  version: '0.1.0',
  platform: '^0.1.0',
  names: { 'zh-CN': '双联双管', en: 'Dual-link dual-management' },
  description: { 'zh-CN': '双联双管模式', en: 'The Dual-link dual-management model' },
  region: { 'zh-CN': '府谷县', en: 'Fugu County' },
  features: [] as PluginFeature[],
};

/** City-tunable settings; every field needs a default. */
export const configSchema = z.object({
  /** Notes shorter than this are refused. */
  minNoteLength: z.number().int().min(1).max(50).default(2),
});
export type Config = z.infer<typeof configSchema>;
