import type { PluginFeature } from '@jiceng/plugin-kit';
import { z } from 'zod';

export const manifest = {
  id: 'luqiao-regional',
  version: '0.1.0',
  platform: '^0.1.0',
  names: { 'zh-CN': '区域化党建1+N+1', en: 'Regional 1+N+1' },
  description: { 'zh-CN': '区域化党建1+N+1模式', en: 'The Regional 1+N+1 model' },
  region: { 'zh-CN': '台州市路桥区', en: 'Luqiao, Taizhou' },
  features: [] as PluginFeature[],
};

/** City-tunable settings; every field needs a default. */
export const configSchema = z.object({
  /** Notes shorter than this are refused. */
  minNoteLength: z.number().int().min(1).max(50).default(2),
});
export type Config = z.infer<typeof configSchema>;
