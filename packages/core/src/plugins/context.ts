import type { CoreDeps } from '../deps';
import { pluginSchemaName } from '../migrate';
import { notify } from '../notifications';
import type { JicengPlugin, PluginContext } from './contract';
import { configFor } from './enablement';

/** What a plugin's routes, indicators, jobs and seeds receive: core's handles, scoped to the plugin. */
export function pluginContext(deps: CoreDeps, plugin: JicengPlugin<any>): PluginContext<any> {
  return {
    db: deps.db,
    logger: deps.logger,
    clock: deps.clock,
    pluginId: plugin.id,
    schema: pluginSchemaName(plugin.id),
    configFor: (cityId) => configFor(deps.db, plugin, cityId),
    notify: (db, notice) => notify(deps, plugin.id, db, notice),
  };
}
