import type { PluginFeature } from '@jiceng/plugin-kit';
import { z } from 'zod';

export const manifest = {
  id: 'longyan-return-home',
  version: '0.1.0',
  platform: '^0.1.0',
  names: { 'zh-CN': '在职党员回家', en: 'In-service members return home' },
  description: { 'zh-CN': '在职党员回家模式', en: 'The In-service members return home model' },
  region: { 'zh-CN': '龙岩市', en: 'Longyan' },
  features: [] as PluginFeature[],
};

/** City-tunable settings; every field needs a default. */
export const configSchema = z.object({
  /** Notes shorter than this are refused. */
  minNoteLength: z.number().int().min(1).max(50).default(2),
});
export type Config = z.infer<typeof configSchema>;
