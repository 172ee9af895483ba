import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from '../logger';
import type { AppEnv, Locale } from './env';
import { isDatabaseUnavailable } from '../db/unavailable';
import type { LocalizedText } from '../indicators';
import { localeFrom, type MessageKey, translate } from './messages';

export interface FieldIssue {
  field: string;
  message: string;
}

/** Every refusal: a status, a stable code, a message key with params, and the field at fault when there is one. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly key: MessageKey | string,
    readonly params: Record<string, unknown> = {},
    readonly field?: string,
    readonly issues?: FieldIssue[],
  ) {
    super(key);
  }
}

/** `entity`: a core entity key ('org'), or a plugin's name for it in both languages. */
export const notFound = (entity: string | LocalizedText) => new ApiError(404, 'not_found', { entity });
export const forbidden = () => new ApiError(403, 'forbidden');
export const conflict = (reason: string | LocalizedText, field?: string) =>
  new ApiError(409, 'conflict', { reason }, field);
export const badRequest = (key: MessageKey | string, params: Record<string, unknown> = {}, field?: string) =>
  new ApiError(400, key, params, field);

/** Postgres constraint errors become 4xx: the database is the last line against bad or racing writes. */
function fromPostgres(err: any): ApiError | undefined {
  const code: string | undefined = err?.code;
  if (!code || typeof code !== 'string' || code.length !== 5) return undefined;
  const field = (err.constraint as string | undefined) ?? err.column;
  // Name the column(s) of the violated key ('name'), not the constraint ('campaign_city_id_name_key').
  const keyField = keyFields(err.detail) ?? field;
  switch (code) {
    case '23505':
      return new ApiError(409, 'conflict_duplicate', { field: keyField }, keyField);
    case '23503':
      return new ApiError(409, 'conflict_reference', { field: keyField }, keyField);
    case '23514':
      if (/under itself/.test(err.message)) return new ApiError(409, 'tree_cycle');
      return new ApiError(400, 'validation_failed', { detail: field }, field);
    case '23502':
      return new ApiError(400, 'validation_failed', { detail: err.column }, err.column);
    case '40001':
    case '40P01':
      return new ApiError(409, 'conflict', { reason: 'concurrent update, retry' });
    default:
      // Class 22, data exceptions: a value the database cannot take (NUL byte 22021, text where a number goes
      // 22P02, impossible date 22008, out of range 22003, too long 22001, …). The input was wrong, not the server.
      if (code.startsWith('22'))
        return new ApiError(400, 'validation_failed', { detail: dataExceptionDetail(err) });
      return undefined;
  }
}

/** The database's reason without echoing a huge or binary value back (its messages quote the input). */
function dataExceptionDetail(err: { code: string; message?: unknown }): string {
  const message = typeof err.message === 'string' ? err.message.replaceAll('\u0000', '\\0') : '';
  return message.length > 200 ? `${message.slice(0, 200)}…` : message || `SQLSTATE ${err.code}`;
}

function keyFields(detail: unknown): string | undefined {
  const m = typeof detail === 'string' ? /Key \(([^)]+)\)/.exec(detail) : null;
  // Request bodies are camelCase: id_number → idNumber.
  return m
    ? m[1]!.replace(/\bcity_id,\s*/, '').replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase())
    : undefined;
}

export function errorBody(locale: Locale, e: ApiError) {
  return {
    error: {
      code: e.key,
      message: translate(locale, e.key, e.params),
      ...(e.field ? { field: e.field } : {}),
      ...(e.issues ? { issues: e.issues } : {}),
    },
  };
}

export function errorHandler(logger: Logger) {
  return (err: Error, c: Context<AppEnv>) => {
    const locale = c.get('locale') ?? localeFrom(c.req.header('accept-language'));
    if (err instanceof ApiError) return c.json(errorBody(locale, err), err.status);
    if (isDatabaseUnavailable(err)) {
      // The database restarted or dropped this connection: a retryable 503, not a 500; the pool reconnects.
      logger.warn('database unavailable', {
        path: c.req.path,
        code: (err as { code?: unknown }).code,
        message: err.message,
      });
      c.header('Retry-After', '5');
      return c.json(errorBody(locale, new ApiError(503, 'database_unavailable')), 503);
    }
    const pgError = fromPostgres(err);
    if (pgError) return c.json(errorBody(locale, pgError), pgError.status);
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      const key = status === 400 ? 'malformed_json' : 'validation_failed';
      return c.json(errorBody(locale, new ApiError(status, key, { detail: err.message })), status);
    }
    logger.error('unhandled error', { path: c.req.path, message: err.message, stack: err.stack });
    return c.json(errorBody(locale, new ApiError(500, 'internal')), 500);
  };
}
