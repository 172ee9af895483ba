export { type ActionAnswer, ActionButton, refusalReason } from './action-button';
export { type ApiClient, type ApiErrorBody, ApiRequestError, createApiClient, setApiLocale } from './api';
export { Chart, formatRatio } from './chart';
export {
  chartRules,
  chinaDay,
  emptyChartOption,
  hasChartData,
  isPartialPeriod,
  markPartialPeriod,
  NO_DATA,
  partialNote,
  partialPeriodIndex,
  rateAxis,
  treemapLabels,
  zeroBaseline,
} from './chart-parts';
export { ErrorAlert, named, Section, StatCards } from './components';
export {
  type CoreCityBody,
  type CoreCityPath,
  type CoreCityPaths,
  type CoreCityPathWith,
  type CoreCityQuery,
  type CoreCityResponse,
  type CorePaths,
  type CoreTopPaths,
  type TypedCoreCityApi,
  typedCoreCityApi,
} from './core-api';
export { CoreOrgSelect, type OrgOption, orgOptions } from './core-pickers';
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
export { FormDialog } from './form-dialog';
export { isValidationFailure, validValues } from './form';
export { createI18n, type Locale, useTranslation } from './i18n';
export { type AttemptOptions, attempt, type Refusal, refusalOf, refusalText } from './submit';
export { STATE_COLORS, StatusTag, TestModal } from './tags';
export { errorText, type Label, label, optionsOf, readParam, tr, writeParam } from './text';
export { useApiData } from './use-api';
export { runSubmit, type SubmitState, useSubmit } from './use-submit';
export {
  type BodyOf,
  fillPath,
  type HttpMethod,
  type PathWith,
  type QueryOf,
  type Rebase,
  type ResponseOf,
  type TypedClient,
  typedClient,
} from './typed-client';
