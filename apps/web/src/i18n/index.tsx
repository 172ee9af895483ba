import { createI18n, type Locale, setApiLocale } from '@jiceng/ui';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zh_CN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

const STORAGE_KEY = 'jiceng.locale';
/** Party red as the primary colour, and the header in it. */
const THEME = {
  // Motion follows the user's system setting: with "reduce motion" on (an accessibility setting on phones and
  // desktops) antd opens and closes menus, drawers and dialogs without animating them.
  token: { colorPrimary: '#c8161d', motion: !prefersReducedMotion() },
  components: { Layout: { headerBg: '#c8161d', headerColor: '#fff', headerPadding: '0 20px' } },
};

function prefersReducedMotion(): boolean {
  try {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return false;
  }
}

function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

const initial = storedLocale();
setApiLocale(initial);
/** The one i18next instance: the shell's strings as the default namespace, each plugin's under its id. */
export const i18n = createI18n({ 'zh-CN': zhCN, en }, initial);

const LocaleContext = createContext<{ locale: Locale; setLocale: (l: Locale) => void }>({ locale: initial, setLocale: () => {} });

function apply(locale: Locale) {
  setApiLocale(locale);
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  document.documentElement.lang = locale;
}
apply(initial);

/** Language state: persisted in localStorage, sent to the API (Accept-Language), and handed to antd. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState<Locale>(initial);
  const setLocale = useCallback((next: Locale) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    apply(next);
    void i18n.changeLanguage(next);
    setState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <I18nextProvider i18n={i18n}>
        <ConfigProvider locale={locale === 'en' ? enUS : zh_CN} theme={THEME}>
          {children}
        </ConfigProvider>
      </I18nextProvider>
    </LocaleContext.Provider>
  );
}

export const useLocale = () => useContext(LocaleContext);

/** The shell's translate function. */
export function useT() {
  return useTranslation().t;
}

/** A label from one of the value dictionaries (category, cadreRank, …), falling back to the raw value. */
export function useLabel() {
  const { t } = useTranslation();
  return useCallback(
    (group: 'category' | 'cadreRank' | 'affiliationKind' | 'orgKind' | 'gender', value: string | null | undefined) =>
      value ? t(`${group}.${value}`, { defaultValue: value }) : '—',
    [t],
  );
}

/** Picks the text for the current language from a {zh-CN, en} pair. */
export function useLocalized() {
  const { locale } = useLocale();
  return useCallback((text: { 'zh-CN': string; en: string } | undefined) => (text ? text[locale] || text['zh-CN'] : ''), [locale]);
}
