import i18next, { type i18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';

export type Locale = 'zh-CN' | 'en';

/** The shell's own strings (zh-CN first, English second); plugins write theirs inline with `tr` (see contract.ts). */
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

export { useTranslation };
