import type { LocalizedText } from '@jiceng/ui';

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
