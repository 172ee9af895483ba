/** The API's error body: a code, a message in the user's language, and the field at fault. */
export interface ApiErrorBody {
  code: string;
  message: string;
  field?: string;
  issues?: { field: string; message: string }[];
}

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }
}

export interface ApiClient {
  base: string;
  get<T = unknown>(
    path: string,
    query?: Record<string, string | number | boolean | undefined | null>,
  ): Promise<T>;
  post<T = unknown>(path: string, body?: unknown): Promise<T>;
  put<T = unknown>(path: string, body?: unknown): Promise<T>;
  patch<T = unknown>(path: string, body?: unknown): Promise<T>;
  delete<T = unknown>(path: string): Promise<T>;
  /** Upload a FormData body (files). */
  upload<T = unknown>(path: string, form: FormData): Promise<T>;
  /** Absolute URL, for links (downloads, printables). */
  url(path: string, query?: Record<string, string | number | boolean | undefined | null>): string;
}

let currentLocale: 'zh-CN' | 'en' = 'zh-CN';
export function setApiLocale(locale: 'zh-CN' | 'en') {
  currentLocale = locale;
}

/** `url` with the query's set values (undefined, null and '' left out). */
export function withQuery(url: string, query?: Record<string, string | number | boolean | undefined | null>) {
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${url}${url.includes('?') ? '&' : '?'}${s}` : url;
}

export function createApiClient(base: string, fetchImpl: typeof fetch = (...a) => fetch(...a)): ApiClient {
  const join = (path: string) =>
    path === '' || path === '/' ? base : `${base}${path.startsWith('/') ? '' : '/'}${path}`;
  async function call<T>(
    method: string,
    path: string,
    body?: unknown,
    query?: Record<string, any>,
  ): Promise<T> {
    const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
    const res = await fetchImpl(withQuery(join(path), query), {
      method,
      credentials: 'same-origin',
      headers: {
        'accept-language': currentLocale,
        ...(body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : isForm ? (body as FormData) : JSON.stringify(body),
    });
    const type = res.headers.get('content-type') ?? '';
    const data = type.includes('json') ? await res.json() : await res.text();
    if (!res.ok) {
      const err: ApiErrorBody = (data as any)?.error ?? { code: 'http_error', message: `HTTP ${res.status}` };
      throw new ApiRequestError(res.status, err);
    }
    return data as T;
  }
  return {
    base,
    get: (path, query) => call('GET', path, undefined, query),
    post: (path, body) => call('POST', path, body ?? {}),
    put: (path, body) => call('PUT', path, body ?? {}),
    patch: (path, body) => call('PATCH', path, body ?? {}),
    delete: (path) => call('DELETE', path),
    upload: (path, form) => call('POST', path, form),
    url: (path, query) => withQuery(join(path), query),
  };
}
