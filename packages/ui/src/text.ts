import { ApiRequestError } from './api';
import type { Locale } from './i18n';

/** A word or phrase in both languages, as the plugins' shared vocabularies write them. */
export type Label = Record<Locale, string>;

/** `const t = tr(locale); t('中文', 'English')`: a page's inline strings in both languages. */
export const tr =
  (locale: Locale) =>
  (zh: string, en: string): string =>
    locale === 'zh-CN' ? zh : en;

/** The label of a code from a vocabulary; the code itself when it is unknown, '—' when there is none. */
export function label(
  vocabulary: Record<string, Label>,
  code: string | null | undefined,
  locale: Locale,
): string {
  if (!code) return '—';
  return vocabulary[code]?.[locale] ?? code;
}

/** Options for an antd Select from a vocabulary, in its order. */
export const optionsOf = (vocabulary: Record<string, Label>, locale: Locale) =>
  Object.entries(vocabulary).map(([value, l]) => ({ value, label: l[locale] }));

/** What to show for a failed request: the API's localized message, and the field it names. */
export function errorText(e: unknown): string {
  if (e instanceof ApiRequestError)
    return e.body.field ? `${e.body.message}（${e.body.field}）` : e.body.message;
  if (e instanceof Error) return e.message;
  return String(e);
}

/** A query-string parameter of the current page (deep links such as `?id=12`). */
export function readParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

/** Sets or clears a query-string parameter without a reload or a new history entry. */
export function writeParam(name: string, value: string | number | null | undefined): void {
  const url = new URL(window.location.href);
  if (value == null || value === '') url.searchParams.delete(name);
  else url.searchParams.set(name, String(value));
  window.history.replaceState(window.history.state, '', url);
}
