export { type ActionAnswer, ActionButton, refusalReason } from './action-button';
export { type ApiClient, type ApiErrorBody, ApiRequestError, createApiClient, setApiLocale } from './api';
export { Chart, formatRatio } from './chart';
export { ErrorAlert, Section, StatCards } from './components';
export {
  defineWebPlugin,
  type LocalizedText,
  type PluginPageProps,
  type PublicPageProps,
  publicPageHref,
  type ShellCity,
  type WebPlugin,
  type WebPluginPage,
  type WebPublicPage,
} from './contract';
export { addPluginResources, createI18n, type Locale, usePluginT, useTranslation } from './i18n';
export { useApiData } from './use-api';
