import type { Hono } from 'hono';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Drives the app in-process like a browser would: a cookie jar and a language. */
export function testClient(app: Hono<any>, locale: 'zh-CN' | 'en' = 'zh-CN') {
  let cookie = '';
  async function call<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const init: RequestInit = {
      method,
      headers: {
        'accept-language': locale,
        ...(cookie ? { cookie } : {}),
        ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body:
        body === undefined
          ? undefined
          : body instanceof FormData || typeof body === 'string'
            ? (body as any)
            : JSON.stringify(body),
    };
    const res = await app.request(`http://localhost${path}`, init);
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0]!;
      cookie = pair.endsWith('=') ? '' : pair;
    }
    const type = res.headers.get('content-type') ?? '';
    const parsed = type.includes('json') ? await res.json() : await res.text();
    return { status: res.status, body: parsed as T, headers: res.headers };
  }
  return {
    get: <T = any>(path: string, headers?: Record<string, string>) =>
      call<T>('GET', path, undefined, headers),
    post: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) =>
      call<T>('POST', path, body ?? {}, headers),
    put: <T = any>(path: string, body?: unknown) => call<T>('PUT', path, body ?? {}),
    patch: <T = any>(path: string, body?: unknown) => call<T>('PATCH', path, body ?? {}),
    delete: <T = any>(path: string) => call<T>('DELETE', path),
    raw: call,
    async login(username: string, password: string) {
      const r = await call('POST', '/api/auth/login', { username, password });
      if (r.status !== 200)
        throw new Error(`login ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
      return r;
    },
  };
}
