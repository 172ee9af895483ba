import type { Locale } from '@jiceng/ui';
import type { PlaceAttributeMeta, PluginSetting } from '../types';

/** The words the city's enabled models keep about places (their manifests' placeAttributes), in registry order. */
export function enabledAttributes(settings: PluginSetting[]): PlaceAttributeMeta[] {
  return settings.filter((p) => p.enabled).flatMap((p) => p.placeAttributes ?? []);
}

export const attributeLabel = (a: PlaceAttributeMeta, locale: Locale) => a.labels[locale];

/** A value's label; the stored code when the model no longer lists it. */
export function attributeValueLabel(a: PlaceAttributeMeta, value: string, locale: Locale): string {
  return a.values.find((v) => v.value === value)?.labels[locale] ?? value;
}

/**
 * What the place form sends: every attribute of the enabled models, its value where it applies to the place's kind
 * and is chosen, else null (cleared: a community turned compound loses its community type).
 */
export function attributeFields(
  attributes: PlaceAttributeMeta[],
  kind: string,
  chosen: Record<string, string | null | undefined>,
): Record<string, string | null> {
  return Object.fromEntries(
    attributes.map((a) => [a.key, a.appliesTo.includes(kind) ? (chosen[a.key] ?? null) : null]),
  );
}
