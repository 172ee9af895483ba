import type { JicengPlugin } from '@jiceng/core';
// plugin imports (the scaffolder adds lines here)

/** The installed plugins: one explicit list, in navigation order. `pnpm new-plugin` appends to it. */
export const installedPlugins: JicengPlugin<any>[] = [
  // plugin list (the scaffolder adds lines here)
];
