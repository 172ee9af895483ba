import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';
import { ApiError, errorBody } from './errors';

/**
 * Request body limits, enforced on the stream as it is read — never by trusting Content-Length alone, and never
 * by buffering first. Every request gets the global limit (`JICENG_BODY_LIMIT`, bytes, default 1 MB: JSON bodies
 * are small); an upload route raises it for itself with `allowBody` before it reads the body. A body past its
 * limit ends the request with 413 naming the limit, whatever the handler made of the broken read.
 */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

interface BodyState {
  max: number;
  exceeded: boolean;
  error?: () => ApiError;
}

const STATE = 'jiceng.bodyLimit';

export function bodyLimitFromEnv(): number {
  const n = Number(process.env.JICENG_BODY_LIMIT);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_BODY_LIMIT;
}

/** "1 MB", "512 KB": the limit as people read it. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} B`;
}

const tooLarge = (max: number) => new ApiError(413, 'body_too_large', { max: formatBytes(max) });

const stateOf = (c: Context): BodyState | undefined =>
  (c as Context<any>).get(STATE) as BodyState | undefined;

/** The global limit: wraps the request body in a counting stream. Mount first, before any route reads a body. */
export function bodyLimits(defaultMax: number = bodyLimitFromEnv()): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const state: BodyState = { max: defaultMax, exceeded: false };
    (c as Context<any>).set(STATE, state);
    const declared = Number(c.req.header('content-length'));
    let size = 0;
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          // The limit is read here, when the body is read: by then the route may have raised it.
          size += chunk.byteLength;
          if ((Number.isFinite(declared) && declared > state.max) || size > state.max) {
            state.exceeded = true;
            controller.error(new Error('request body over the limit'));
            return;
          }
          controller.enqueue(chunk);
        },
      }),
    );
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: 'half' } as RequestInit);
    await next();
    if (state.exceeded) {
      const e = state.error?.() ?? tooLarge(state.max);
      // The server drains a bounded amount of the rest and then drops the connection (node-server does this).
      c.res = c.json(errorBody(c.get('locale') ?? 'zh-CN', e), e.status);
    }
  };
}

/**
 * Raises (or lowers) this request's body limit; call before reading the body. `error` replaces the generic 413
 * (e.g. a route's own "file over 50 MB"). A Content-Length past the limit is refused at once.
 */
export function allowBody(c: Context, max: number, error?: () => ApiError): void {
  const state = stateOf(c);
  if (state) {
    state.max = max;
    state.error = error;
  }
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > max) throw error?.() ?? tooLarge(max);
}

/** `allowBody` as route middleware, for a fixed limit. */
export function uploadLimit(max: number, error?: () => ApiError): MiddlewareHandler {
  return async (c, next) => {
    allowBody(c, max, error);
    await next();
  };
}

/**
 * A time limit for ordinary requests (`JICENG_REQUEST_TIMEOUT_MS`, default 60 s): a handler still busy then
 * gets a 503 answer instead of holding the client. Streamed responses (exports) are not cut: the limit covers
 * producing the response head, and their handlers return at once. Requests with a raised body limit (uploads)
 * get `uploadMs`, since reading a large file over a slow line takes longer.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
export const DEFAULT_UPLOAD_TIMEOUT_MS = 10 * 60_000;

export function requestTimeout(
  ms: number = Number(process.env.JICENG_REQUEST_TIMEOUT_MS) || DEFAULT_REQUEST_TIMEOUT_MS,
  uploadMs: number = DEFAULT_UPLOAD_TIMEOUT_MS,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let timer: NodeJS.Timeout | undefined;
    const started = Date.now();
    const expired = new Promise<'timeout'>((resolve) => {
      const check = () => {
        const state = stateOf(c);
        const limit = state && state.max > DEFAULT_BODY_LIMIT ? uploadMs : ms;
        const left = started + limit - Date.now();
        if (left <= 0) resolve('timeout');
        else timer = setTimeout(check, left);
      };
      timer = setTimeout(check, ms);
    });
    const work = next();
    try {
      const first = await Promise.race([work.then(() => 'done' as const), expired]);
      if (first === 'timeout') {
        // The handler may still finish; its result and errors go nowhere.
        work.catch(() => {});
        const e = new ApiError(503, 'request_timeout', { seconds: Math.round(ms / 1000) });
        c.res = c.json(errorBody(c.get('locale') ?? 'zh-CN', e), 503);
      }
    } finally {
      clearTimeout(timer);
    }
  };
}
