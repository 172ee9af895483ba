import { z } from 'zod';
import { crossModelIndicator, type IndicatorMeta } from '../indicators';
import type { JicengPlugin } from './contract';

/** A plugin as the admin and the comparison pages see it: manifest, config form and indicator definitions. */
export function pluginMeta(plugin: JicengPlugin<any>) {
  return {
    id: plugin.id,
    version: plugin.version,
    names: plugin.names,
    description: plugin.description,
    region: plugin.region,
    features: plugin.features,
    configSchema: z.toJSONSchema(plugin.config, { io: 'input', unrepresentable: 'any' }),
    configDefaults: plugin.config.parse({}),
    /** Words for each setting by dotted path, both languages (the admin's form shows them, not the keys). */
    configLabels: plugin.labels?.config ?? {},
    /** Words for the choices of list-of-codes settings, by dotted path then code. */
    configOptionLabels: plugin.labels?.configOptions ?? {},
    indicators: plugin.indicators.map((i) => indicatorMeta(i.id, i.meta)),
    /** Words the model keeps about places: the place form and the places roster show one field each. */
    placeAttributes: (plugin.placeAttributes ?? []).map((a) => ({
      key: a.key,
      appliesTo: [...a.appliesTo],
      labels: a.labels,
      values: a.values.map((v) => ({ value: v.value, labels: v.labels })),
    })),
  };
}

/** A cross-model id takes core's one definition; a plugin's own id takes the plugin's meta. */
export function indicatorMeta(id: string, meta?: Omit<IndicatorMeta, 'id'>): IndicatorMeta {
  return (crossModelIndicator(id) ?? { id, ...meta! }) as IndicatorMeta;
}
