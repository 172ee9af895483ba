import { createI18n, type Locale, setApiLocale } from '@jiceng/ui';
import { ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zh_CN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

const STORAGE_KEY = 'jiceng.locale';
/**
 * Text at WCAG AA (4.5:1 on white and on the page's #f5f5f5). antd's secondary text (tertiary, descriptions,
 * statistic titles, empty states: black at 45%) measures 3.35:1, its placeholders 1.6:1, its link blue 4.1:1 and its
 * error red 3.3:1; these shades pass and apply to the shell and every model's pages alike.
 */
export const READABLE_TEXT = {
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  colorTextDescription: 'rgba(0, 0, 0, 0.6)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  colorLink: '#0958d9',
  colorLinkHover: '#1677ff',
  colorLinkActive: '#003eb3',
  colorError: '#cf1322',
} as const;

/** Party red as the primary colour, and the header in it. */
const THEME: ThemeConfig = {
  // Motion follows the user's system setting: with "reduce motion" on (an accessibility setting on phones and
  // desktops) antd opens and closes menus, drawers and dialogs without animating them.
  token: { colorPrimary: '#c8161d', motion: !prefersReducedMotion(), ...READABLE_TEXT },
  components: {
    Layout: { headerBg: '#c8161d', headerColor: '#fff', headerPadding: '0 20px' },
    // Tags draw their text in the palette's 7th shade on its 1st (green 3.4:1, gold 2.8:1): one shade darker, or
    // the status colour's accessible shade, passes 4.5:1 on the tag's own background.
    Tag: {
      green7: '#237804',
      cyan7: '#006d75',
      orange7: '#ad4e00',
      gold7: '#874d00',
      yellow7: '#876800',
      lime7: '#3f6600',
      volcano7: '#ad2102',
      colorSuccess: '#237804',
      colorInfo: '#0958d9',
      colorWarning: '#874d00',
      colorError: '#cf1322',
    },
    // An empty table says so in "disabled" grey (#bfbfbf, 1.8:1); it is text to read, not a disabled control.
    Table: { colorTextDisabled: READABLE_TEXT.colorTextTertiary },
    // A finished progress bar writes its figure in the success green (#52c41a, 2.3:1).
    Progress: { colorSuccess: '#237804' },
    // Typography's success and warning text (a state in a table cell) in the same readable shades.
    Typography: { colorSuccess: '#237804', colorWarning: '#874d00' },
  },
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

const LocaleContext = createContext<{ locale: Locale; setLocale: (l: Locale) => void }>({
  locale: initial,
  setLocale: () => {},
});

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
    (
      group: 'category' | 'cadreRank' | 'affiliationKind' | 'orgKind' | 'gender',
      value: string | null | undefined,
    ) => (value ? t(`${group}.${value}`, { defaultValue: value }) : '—'),
    [t],
  );
}

/** Picks the text for the current language from a {zh-CN, en} pair. */
export function useLocalized() {
  const { locale } = useLocale();
  return useCallback(
    (text: { 'zh-CN': string; en: string } | undefined) => (text ? text[locale] || text['zh-CN'] : ''),
    [locale],
  );
}
