import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './env';
import { ApiError } from './errors';
import { type HttpSettings, requestHost, requestIsHttps } from './settings';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery: a state-changing request from a browser must come from the API's own host or an
 * allowed origin (JICENG_ALLOWED_ORIGINS). The browser's Origin header decides; without one (or with "null", which
 * a no-referrer policy or a sandboxed frame sends) Sec-Fetch-Site does. A request carrying neither is not from a
 * browser (curl, scripts, the CLI) and cannot ride on a victim's cookie, so it passes.
 * This covers every content type: urlencoded and text/plain forms, which need no CORS preflight, included.
 */
export function originGuard(settings: HttpSettings): MiddlewareHandler<AppEnv> {
  const allowed = new Set(settings.allowedOrigins);
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    if (!originAllowed(c, settings, allowed)) throw new ApiError(403, 'cross_site_refused');
    return next();
  };
}

function originAllowed(c: Context, settings: HttpSettings, allowed: Set<string>): boolean {
  const origin = c.req.header('origin')?.trim().toLowerCase();
  if (origin && origin !== 'null') {
    if (allowed.has(origin)) return true;
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return false;
    }
    // Host only, not scheme: behind a TLS proxy without JICENG_TRUST_PROXY the API sees http while the page is https.
    return host === requestHost(c, settings);
  }
  const site = c.req.header('sec-fetch-site')?.toLowerCase();
  if (site) return site === 'same-origin' || site === 'none';
  return origin !== 'null';
}

/** The built web shell (Vite + React + antd): own scripts only; antd's CSS-in-JS needs inline styles. */
export const SHELL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** API answers (JSON, exports, uploaded evidence) are never pages: nothing may run in them or frame them. */
export const API_CSP = [
  "default-src 'none'",
  "img-src 'self'",
  "media-src 'self'",
  "object-src 'self'",
  "style-src 'unsafe-inline'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const common = {
  xFrameOptions: 'DENY',
  // 'same-origin' (not no-referrer): with no-referrer browsers send `Origin: null` on same-origin POSTs.
  referrerPolicy: 'same-origin',
  // Set below, only when the request really arrived over TLS.
  strictTransportSecurity: false,
} as const;
const baseHeaders = secureHeaders(common);

/** nosniff, no framing, a referrer policy and a CSP on every answer; HSTS over TLS. */
export function securityHeaders(settings: HttpSettings): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const path = c.req.path;
    // Swagger UI loads its script from a CDN; it keeps every header but a CSP.
    const isDocs = path === '/api/docs' || path.startsWith('/api/docs/');
    const isApi = path === '/api' || path.startsWith('/api/');
    await baseHeaders(c, next);
    if (!isDocs) c.res.headers.set('Content-Security-Policy', isApi ? API_CSP : SHELL_CSP);
    if (requestIsHttps(c, settings)) c.res.headers.set('Strict-Transport-Security', 'max-age=15552000');
  };
}
