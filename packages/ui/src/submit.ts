import { message } from 'antd';
import { ApiRequestError } from './api';

/** Why a write failed: the API's localized message and the field it names (if any). */
export interface Refusal {
  message: string;
  field?: string;
}

/** The refusal inside a failed request; any other failure gives its own message. */
export function refusalOf(e: unknown): Refusal {
  if (e instanceof ApiRequestError) return { message: e.body.message, field: e.body.field };
  return { message: String((e as Error)?.message ?? e) };
}

/**
 * The text to show for a refusal: the message alone (as ErrorAlert shows it), or with `showField` the message and
 * the field it names, `message（field）` (as errorText shows it).
 */
export function refusalText(refusal: Refusal, showField = false): string {
  return showField && refusal.field ? `${refusal.message}（${refusal.field}）` : refusal.message;
}

export interface AttemptOptions {
  /** A toast to show after the write succeeds. */
  ok?: string;
  /** Shows the refusal in place (a dialog's alert, a form field) instead of a toast. */
  onError?: (text: string, field?: string) => void;
  /** Append the field the API names to the text: `message（field）`. The message alone by default. */
  showField?: boolean;
}

/**
 * Runs a write and shows the API's localized refusal, as a toast or through `onError`; never rethrows.
 * Resolves to the write's result, or undefined after a refusal: `if (await attempt(fn)) reload();` (a write that
 * answers with no body resolves to a falsy value too; such a caller checks `onError` instead of the result).
 */
export async function attempt<T>(fn: () => Promise<T>, options: AttemptOptions = {}): Promise<T | undefined> {
  try {
    const r = await fn();
    if (options.ok) message.success(options.ok);
    return r;
  } catch (e) {
    const refusal = refusalOf(e);
    const text = refusalText(refusal, options.showField);
    if (options.onError) options.onError(text, refusal.field);
    else message.error(text);
    return undefined;
  }
}
