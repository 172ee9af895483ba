import i18next, { type i18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';

export type Locale = 'zh-CN' | 'en';

/** zh-CN first, English second; each plugin's strings live in their own namespace (its id). */
export function createI18n(
  resources: Record<Locale, Record<string, unknown>>,
  locale: Locale = 'zh-CN',
): i18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { translation: resources['zh-CN'] }, en: { translation: resources.en } },
    interpolation: { escapeValue: false },
    initImmediate: false,
  } as any);
  return instance;
}

export function addPluginResources(
  instance: i18n,
  pluginId: string,
  resources: Record<Locale, Record<string, unknown>>,
) {
  for (const lng of ['zh-CN', 'en'] as const)
    instance.addResourceBundle(lng, pluginId, resources[lng], true, true);
}

/** Translations of one plugin: `const t = usePluginT('longyan-return-home')`. */
export function usePluginT(pluginId: string) {
  return useTranslation(pluginId).t;
}

export { useTranslation };
