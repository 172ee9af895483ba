import type { WebPlugin } from '@jiceng/ui';

/** Installed plugins' web entries, loaded lazily. `pnpm new-plugin` appends to this list. */
export const webPlugins: Record<string, () => Promise<{ default: WebPlugin }>> = {
  // web plugin list (the scaffolder adds lines here)
  'longyan-return-home': () => import('@jiceng/plugin-longyan-return-home/web'),
  'gulou-grid-alliance': () => import('@jiceng/plugin-gulou-grid-alliance/web'),
  'jinan-standards': () => import('@jiceng/plugin-jinan-standards/web'),
  'fugu-dual-link': () => import('@jiceng/plugin-fugu-dual-link/web'),
  'luqiao-regional': () => import('@jiceng/plugin-luqiao-regional/web'),
};
