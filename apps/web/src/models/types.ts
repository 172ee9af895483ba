import type { ApiResponse } from '../typed-api';

/** GET /api/plugins: the installed models and the shared indicators' catalogue (core-api.generated.ts). */
export type PluginsResponse = ApiResponse<'/api/plugins'>;
/** A model: its manifest, and how it maps onto core's shared outcome facts. */
export type PluginInfo = PluginsResponse['items'][number];
/** A capability a model declares (its id is shared by models covering the same thing). */
export type PluginFeature = PluginInfo['features'][number];
/** A shared indicator as the catalogue lists it: one definition for every city, read from the facts. */
export type SharedIndicatorMeta = PluginsResponse['sharedIndicators'][number];
