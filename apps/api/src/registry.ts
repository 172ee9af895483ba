import type { JicengPlugin } from '@jiceng/core';
// plugin imports (the scaffolder adds lines here)
import longyanReturnHome from '@jiceng/plugin-longyan-return-home';
import gulouGridAlliance from '@jiceng/plugin-gulou-grid-alliance';
import jinanStandards from '@jiceng/plugin-jinan-standards';
import fuguDualLink from '@jiceng/plugin-fugu-dual-link';
import luqiaoRegional from '@jiceng/plugin-luqiao-regional';

/** The installed plugins: one explicit list, in navigation order. `pnpm new-plugin` appends to it. */
export const installedPlugins: JicengPlugin<any>[] = [
  // plugin list (the scaffolder adds lines here)
  longyanReturnHome,
  gulouGridAlliance,
  jinanStandards,
  fuguDualLink,
  luqiaoRegional,
];
