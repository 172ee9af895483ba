import type { PluginContext, PluginSeedInput } from '@jiceng/plugin-kit';
import type { Config } from '../manifest';

export async function seed(_ctx: PluginContext<Config>, _input: PluginSeedInput) {}
