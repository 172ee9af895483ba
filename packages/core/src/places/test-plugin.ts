import { Hono } from 'hono';
import { z } from 'zod';
import type { JicengPlugin, PluginEnv } from '../plugins/contract';

/**
 * For core's tests: a model that keeps one word about communities (its "size band"), so core's place API, roster
 * and migrations are tested without any real model's vocabulary.
 */
export const sizeBandPlugin: JicengPlugin = {
  id: 'size-band-test',
  version: '0.1.0',
  platform: '^0.1.0',
  names: { 'zh-CN': '规模测试', en: 'Size test' },
  description: { 'zh-CN': '测试插件', en: 'Test plugin' },
  region: { 'zh-CN': '测试', en: 'Test' },
  features: [],
  config: z.object({}),
  migrations: {},
  api: () => new Hono<PluginEnv>(),
  web: async () => ({ default: { id: 'size-band-test' } }),
  indicators: [],
  placeAttributes: [
    {
      key: 'size_band',
      appliesTo: ['community'],
      labels: { 'zh-CN': '规模档次', en: 'Size band' },
      values: [
        { value: 'large', labels: { 'zh-CN': '大型社区', en: 'Large' } },
        { value: 'small', labels: { 'zh-CN': '小型社区', en: 'Small' }, aliases: ['小型'] },
      ],
    },
  ],
};
