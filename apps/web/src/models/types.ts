import type { LocalizedText } from '@jiceng/ui';
import type { CompareIndicator, OutcomeFact } from '../compare/types';

/** A capability a model declares (its id is shared by models covering the same thing). */
export interface PluginFeature {
  id: string;
  names: LocalizedText;
}

/** One installed model plugin as GET /api/plugins describes it (its manifest). */
export interface PluginManifest {
  id: string;
  version: string;
  names: LocalizedText;
  description: LocalizedText;
  region: LocalizedText;
  features: PluginFeature[];
  indicators: { id: string; names: LocalizedText }[];
}

/** How a model produces one outcome fact: what counts, or the reason it cannot (then `applicable` is false). */
export interface PluginOutcomeFact {
  applicable: boolean;
  text: LocalizedText;
}

/** A model in GET /api/plugins: its manifest, and how it maps onto core's shared outcome facts. */
export interface PluginInfo extends PluginManifest {
  outcomes?: {
    facts: Partial<Record<OutcomeFact, PluginOutcomeFact>>;
    references: { indicatorId: string; value: number; source: LocalizedText }[];
  };
}

/** A shared indicator as the catalogue lists it: one definition for every city, read from the facts. */
export type SharedIndicatorMeta = Omit<CompareIndicator, 'computedBy' | 'shared'> & { facts: OutcomeFact[] };

/** GET /api/plugins: the installed models and the shared indicators' catalogue. */
export interface PluginsResponse {
  items: PluginInfo[];
  sharedIndicators?: SharedIndicatorMeta[];
}
