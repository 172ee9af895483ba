import { type ApiClient, withQuery } from './api';

/**
 * A typed client over an `ApiClient`, from an OpenAPI `paths` type (openapi-typescript's output). Paths are the
 * documented ones relative to the client's base, e.g. `'/assessments/{id}'`: a typo, a missing `{id}`, a wrong
 * body or a misread answer fails the type check instead of a page.
 *
 * A plugin's pages use it over the plugin's generated `src/web/api.generated.ts` (its own routes, relative to
 * /api/cities/{city}/plugins/<id>; `pnpm --filter @jiceng/api web-api-types` writes it and a test fails while it is
 * stale):
 *
 * ```ts
 * import type { paths } from './api.generated';
 * const api = typedClient<paths>(ctx.api);
 * const rows = await api.get('/assessments/{id}', { params: { id } }); // typed from the route's response schema
 * ```
 *
 * The `{city}` parameter is the client's base (the shell binds it), so calls never pass it.
 */

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The paths of `Paths` that answer method `M`. */
export type PathWith<Paths, M extends HttpMethod> = {
  [P in keyof Paths & string]: Paths[P] extends Record<M, infer O>
    ? O extends undefined
      ? never
      : P
    : never;
}[keyof Paths & string];

/** The operation of path `P` and method `M`. */
export type OperationOf<Paths, P extends keyof Paths, M extends HttpMethod> = NonNullable<
  Paths[P] extends Record<M, infer O> ? O : never
>;

type Json<R> = R extends { content: { 'application/json': infer J } } ? J : undefined;
/** What an operation answers on success (200, else 201; 204 is no body). */
export type SuccessOf<O> = O extends { responses: infer R }
  ? 200 extends keyof R
    ? Json<R[200]>
    : 201 extends keyof R
      ? Json<R[201]>
      : 204 extends keyof R
        ? undefined
        : never
  : never;

/** What path `P` answers to method `M` on success. */
export type ResponseOf<Paths, P extends keyof Paths, M extends HttpMethod = 'get'> = SuccessOf<
  OperationOf<Paths, P, M>
>;

/** What path `P` takes as its JSON body for method `M`. */
export type BodyOf<Paths, P extends keyof Paths, M extends HttpMethod> =
  OperationOf<Paths, P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** What path `P` takes as its query for method `M`. */
export type QueryOf<Paths, P extends keyof Paths, M extends HttpMethod = 'get'> =
  OperationOf<Paths, P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The path's `{…}` parameters but `Given` (the city, bound by the client's base). */
type Params<O, Given extends string> = O extends { parameters: { path: infer A } }
  ? { [K in Exclude<keyof A, Given>]: string | number }
  : {};
type Query<O> = O extends { parameters: { query?: infer Q } } ? Q : never;
type Options<O, Given extends string> = ({} extends Params<O, Given>
  ? { params?: undefined }
  : { params: Params<O, Given> }) & { query?: Query<O> };
/** The options argument: required when the path has `{…}` parameters. */
export type RestOf<O, Given extends string = 'city'> =
  {} extends Params<O, Given> ? [options?: Options<O, Given>] : [options: Options<O, Given>];

/**
 * `Given` names the path parameters the client's base binds: `'city'` for a city's or a plugin's client, `never`
 * for a client at the site's root (then `{city}` is passed like any other parameter).
 */
export interface TypedClient<Paths, Given extends string = 'city'> {
  /** The untyped client underneath (its base URL). */
  readonly base: string;
  get<P extends PathWith<Paths, 'get'>>(
    path: P,
    ...rest: RestOf<OperationOf<Paths, P, 'get'>, Given>
  ): Promise<ResponseOf<Paths, P, 'get'>>;
  post<P extends PathWith<Paths, 'post'>>(
    path: P,
    body: BodyOf<Paths, P, 'post'>,
    ...rest: RestOf<OperationOf<Paths, P, 'post'>, Given>
  ): Promise<ResponseOf<Paths, P, 'post'>>;
  put<P extends PathWith<Paths, 'put'>>(
    path: P,
    body: BodyOf<Paths, P, 'put'>,
    ...rest: RestOf<OperationOf<Paths, P, 'put'>, Given>
  ): Promise<ResponseOf<Paths, P, 'put'>>;
  patch<P extends PathWith<Paths, 'patch'>>(
    path: P,
    body: BodyOf<Paths, P, 'patch'>,
    ...rest: RestOf<OperationOf<Paths, P, 'patch'>, Given>
  ): Promise<ResponseOf<Paths, P, 'patch'>>;
  delete<P extends PathWith<Paths, 'delete'>>(
    path: P,
    ...rest: RestOf<OperationOf<Paths, P, 'delete'>, Given>
  ): Promise<ResponseOf<Paths, P, 'delete'>>;
  /** A multipart POST (a file); the form's fields are the route's to check. */
  upload<P extends PathWith<Paths, 'post'>>(
    path: P,
    form: FormData,
    ...rest: RestOf<OperationOf<Paths, P, 'post'>, Given>
  ): Promise<ResponseOf<Paths, P, 'post'>>;
  /** The absolute URL of a GET route, for links (downloads, printables). */
  url<P extends PathWith<Paths, 'get'>>(
    path: P,
    ...rest: RestOf<OperationOf<Paths, P, 'get'>, Given>
  ): string;
}

/** `path` with its `{…}` parameters filled in; a missing one throws (no request goes out). */
export function fillPath(path: string, params?: Record<string, string | number>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${path}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
}

type LooseQuery = Parameters<ApiClient['get']>[1];
interface LooseOptions {
  params?: Record<string, string | number>;
  query?: unknown;
}

const typedClients = new WeakMap<ApiClient, unknown>();

/**
 * The typed view of `api` (one per client, so a page may keep it in an effect's dependencies). A call with a path
 * parameter missing rejects without a request.
 */
export function typedClient<Paths, Given extends string = 'city'>(api: ApiClient): TypedClient<Paths, Given> {
  const known = typedClients.get(api);
  if (known) return known as TypedClient<Paths, Given>;
  const at = (path: string, options?: LooseOptions) => fillPath(path, options?.params);
  // The typed signatures above are the contract; underneath every call is the plain client's.
  const client = {
    base: api.base,
    get: async (path: string, options?: LooseOptions) =>
      api.get(at(path, options), options?.query as LooseQuery),
    post: async (path: string, body: unknown, options?: LooseOptions) =>
      api.post(withQuery(at(path, options), options?.query as LooseQuery), body),
    put: async (path: string, body: unknown, options?: LooseOptions) =>
      api.put(withQuery(at(path, options), options?.query as LooseQuery), body),
    patch: async (path: string, body: unknown, options?: LooseOptions) =>
      api.patch(withQuery(at(path, options), options?.query as LooseQuery), body),
    delete: async (path: string, options?: LooseOptions) =>
      api.delete(withQuery(at(path, options), options?.query as LooseQuery)),
    upload: async (path: string, form: FormData, options?: LooseOptions) =>
      api.upload(withQuery(at(path, options), options?.query as LooseQuery), form),
    url: (path: string, options?: LooseOptions) => api.url(at(path, options), options?.query as LooseQuery),
  } as unknown as TypedClient<Paths, Given>;
  typedClients.set(api, client);
  return client;
}

/**
 * `Paths` re-keyed relative to `Prefix`: core's generated document (core-api.generated.ts) holds every city route
 * under /api/cities/{city}; `Rebase<paths, '/api/cities/{city}'>` is the city client's view (the city itself is
 * `''`), as `typedCoreCityApi` uses it.
 */
export type Rebase<Paths, Prefix extends string> = {
  [P in keyof Paths & string as P extends `${Prefix}${infer R}` ? R : never]: Paths[P];
};
