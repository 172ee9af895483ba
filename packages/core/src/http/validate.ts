import type { Context, MiddlewareHandler, ValidationTargets } from 'hono';
import { validator } from 'hono/validator';
import { z } from 'zod';
import type { AppEnv, Locale } from './env';
import { ApiError, type FieldIssue } from './errors';
import { isLocalized, translate } from './messages';
import { nulPath } from './nul';

/**
 * A refinement's message in both languages, for plugins (core's own come from zod's locales):
 * `.refine(check, localizedIssue({ 'zh-CN': '…', en: '…' }))`.
 */
export function localizedIssue(message: Record<Locale, string>, path?: PropertyKey[]) {
  return { message: message['zh-CN'], params: { message }, ...(path ? { path } : {}) };
}

const zodLocales: Record<Locale, z.core.$ZodErrorMap> = {
  'zh-CN': z.locales.zhCN().localeError,
  en: z.locales.en().localeError,
};

/** A zod error as a 400 naming each field, in the caller's language. */
export function validationError(locale: Locale, error: z.ZodError, prefix?: string): ApiError {
  const issues: FieldIssue[] = error.issues.map((issue) => {
    const localized = (issue as { params?: { message?: unknown } }).params?.message;
    return {
      field: issue.path.length ? issue.path.join('.') : (prefix ?? '(body)'),
      message: isLocalized(localized) ? localized[locale] : issue.message,
    };
  });
  const detail = issues.map((i) => translate(locale, 'field_invalid', { ...i })).join('; ');
  return new ApiError(400, 'validation_failed', { detail }, issues[0]?.field, issues);
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, locale: Locale): z.output<S> {
  const nul = nulPath(value);
  if (nul) {
    const field = nul.length ? nul.join('.') : '(body)';
    const message = translate(locale, 'text_nul');
    const detail = translate(locale, 'field_invalid', { field, message });
    throw new ApiError(400, 'validation_failed', { detail }, field, [{ field, message }]);
  }
  const r = schema.safeParse(value, { error: zodLocales[locale] });
  if (!r.success) throw validationError(locale, r.error);
  return r.data;
}

/**
 * Whether text has a character that shows: not only spaces, zero-width or other format characters (U+200B…,
 * U+FEFF), control characters, lone combining marks or blank fillers (U+3164, U+2800).
 */
export const hasVisibleText = (s: string) =>
  /[^\p{White_Space}\p{Cc}\p{Cf}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800]/u.test(s);

/** A name of something (member, org, place, unit, city, account): trimmed, 1–max characters, and visible. */
export const nameText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(
      // An empty name is min(1)'s to report; one issue per fault.
      (v) => v === '' || hasVisibleText(v),
      localizedIssue({ 'zh-CN': '不能只由空白或不可见字符组成', en: 'must contain visible characters' }),
    );

export interface OpenApiTagged {
  openapi?: { target: keyof ValidationTargets; schema: z.ZodType };
  describe?: RouteDescription;
}

const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i;

/**
 * A JSON route takes only a JSON body. Hono's validator reads any other content type as `{}`, so a text/plain or
 * urlencoded form (which a hostile page can post cross-site without a CORS preflight) would pass as an empty
 * object; refusing it with 415 here covers every core and plugin route that validates a JSON body.
 */
export function requireJsonContentType(c: Context<AppEnv>) {
  const type = c.req.header('content-type');
  if (!type || !JSON_TYPE.test(type.trim()))
    throw new ApiError(415, 'unsupported_media_type', { type: type?.split(';')[0]?.trim() || '(none)' });
}

/** zod validation middleware: typed `c.req.valid(target)`, localized 400s, and the schema kept for OpenAPI. */
export function validate<T extends keyof ValidationTargets, S extends z.ZodType>(target: T, schema: S) {
  const mw = validator(
    target,
    (value, c) => parseOrThrow(schema, value, c.get('locale') ?? 'zh-CN') as z.output<S>,
  );
  const checked =
    target === 'json'
      ? ((async (c: Context<AppEnv>, next: () => Promise<void>) => {
          requireJsonContentType(c);
          return mw(c as any, next);
        }) as unknown as typeof mw)
      : mw;
  return Object.assign(checked, { openapi: { target, schema } }) as typeof mw & OpenApiTagged;
}

export interface RouteDescription {
  summary: string;
  tags?: string[];
  /** Responses other than the success one, e.g. { 404: 'unknown id' }. */
  responses?: Record<number, string>;
  /** The success status: 200 unless said (201 for a create, 202 for work that goes on after the answer). */
  status?: number;
  /** The success answer's JSON body (the OpenAPI reference shows it). */
  response?: z.ZodType;
  /** A download instead of JSON: its media type(s), e.g. `XLSX` or 'text/csv'. */
  file?: string | string[];
  /** A request body that no `validate('json')` describes: a multipart upload (fields as a zod object; files `fileField`). */
  multipart?: z.ZodType;
  /** A write that takes no body (an action on the resource in the path): documented as such. */
  noBody?: true;
}

/** The media type of an .xlsx download, for `describe({ file: XLSX })`. */
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file field of a multipart upload, as OpenAPI shows it (`type: string, format: binary`). */
export const fileField = (description = 'the file') => z.string().meta({ format: 'binary', description });

/** Marks a route for the OpenAPI document; does nothing at run time. */
export function describe(description: RouteDescription): MiddlewareHandler<AppEnv> {
  const mw: MiddlewareHandler<AppEnv> = async (_c, next) => next();
  return Object.assign(mw, { describe: description });
}

/** Query-string helpers: numbers and booleans arrive as text. */
export const queryInt = () => z.coerce.number().int();
export const idParam = z.object({ id: z.coerce.number().int().positive() });
export const paging = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
