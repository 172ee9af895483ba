import type { Context } from 'hono';

/**
 * HTTP settings read from the environment, in one place, for every part of the kernel that must know how it is
 * deployed. apps/api passes them in CoreDeps; when it does not (tests, scripts), the environment decides.
 *
 * - JICENG_TRUST_PROXY=1: a reverse proxy (nginx) sits in front and its X-Forwarded-Proto / X-Forwarded-Host are
 *   believed. Off by default: a client talking to the API directly could otherwise claim https or another host.
 * - JICENG_ALLOWED_ORIGINS=https://a.example,https://b.example: other origins whose pages may write to the API
 *   (besides the API's own host). Empty by default.
 * - JICENG_SHUTDOWN_MS: how long SIGTERM waits for in-flight requests before closing them (default 10000).
 */
export interface HttpSettings {
  trustProxy: boolean;
  allowedOrigins: string[];
  shutdownMs: number;
}

const truthy = (v: string | undefined) => !!v && /^(1|true|yes|on)$/i.test(v.trim());

export function httpSettings(env: NodeJS.ProcessEnv = process.env): HttpSettings {
  const shutdown = Number(env.JICENG_SHUTDOWN_MS);
  return {
    trustProxy: truthy(env.JICENG_TRUST_PROXY),
    allowedOrigins: (env.JICENG_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, '').toLowerCase())
      .filter(Boolean),
    shutdownMs: Number.isFinite(shutdown) && shutdown >= 0 ? shutdown : 10_000,
  };
}

/** The first value of a proxy header that may carry a list ("https, http" after two proxies). */
const firstOf = (v: string | undefined) => v?.split(',')[0]?.trim().toLowerCase() || undefined;

/** Whether the browser reached us over TLS: the URL itself, or the proxy's word when the proxy is trusted. */
export function requestIsHttps(c: Context, settings: HttpSettings): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return settings.trustProxy && firstOf(c.req.header('x-forwarded-proto')) === 'https';
}

/** host[:port] the browser addressed: the Host header, or the proxy's X-Forwarded-Host when trusted. */
export function requestHost(c: Context, settings: HttpSettings): string | undefined {
  const forwarded = settings.trustProxy ? firstOf(c.req.header('x-forwarded-host')) : undefined;
  return forwarded ?? firstOf(c.req.header('host')) ?? new URL(c.req.url).host.toLowerCase();
}
