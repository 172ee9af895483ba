import type { PluginFeature } from '@jiceng/plugin-kit';
import { z } from 'zod';

export const manifest = {
  id: 'jinan-standards',
  version: '0.1.0',
  platform: '^0.1.0',
  names: { 'zh-CN': '城市社区党建30条标准', en: '30-standard community checklist' },
  description: { 'zh-CN': '城市社区党建30条标准模式', en: 'The 30-standard community checklist model' },
  region: { 'zh-CN': '济南市', en: 'Jinan' },
  features: [] as PluginFeature[],
};

/** City-tunable settings; every field needs a default. */
export const configSchema = z.object({
  /** Notes shorter than this are refused. */
  minNoteLength: z.number().int().min(1).max(50).default(2),
});
export type Config = z.infer<typeof configSchema>;
