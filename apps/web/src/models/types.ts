import type { LocalizedText } from '@jiceng/ui';

/** One installed model plugin as GET /api/plugins describes it (its manifest). */
export interface PluginManifest {
  id: string;
  version: string;
  names: LocalizedText;
  description: LocalizedText;
  region: LocalizedText;
  features: string[];
  indicators: { id: string; names: LocalizedText }[];
}
