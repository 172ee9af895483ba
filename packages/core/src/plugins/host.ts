/**
 * The plugin host, one concern per file: `enablement` (which city enabled what, with which config), `context`
 * (what a plugin receives), `meta` (how the admin sees it), `mount` (its routes under the city), `settings`
 * (enabling and configuring it) and `indicators` (computing what the comparison shows). This file keeps the
 * public names in one place, so `@jiceng/core` and core's own modules import them as before.
 */
export { pluginContext } from './context';
export { configFor, enabledPlugins, isEnabled } from './enablement';
export { type ComputedIndicator, computeIndicators, indicatorRoutes } from './indicators';
export { pluginMeta } from './meta';
export { mountPlugins, publicCityRoutes } from './mount';
export { pluginSettingsRoutes } from './settings';
