import type { ApiClient } from './api';
import type { paths } from './core-api.generated';
import {
  type BodyOf,
  type HttpMethod,
  type PathWith,
  type QueryOf,
  type Rebase,
  type ResponseOf,
  type TypedClient,
  typedClient,
} from './typed-client';

/**
 * Core's routes, typed from the OpenAPI document the API builds out of its own zod schemas
 * (`core-api.generated.ts`, written by `pnpm --filter @jiceng/api web-api-types`; a test fails while it is stale).
 * The shell's typed clients and a plugin page's calls to core (the member, org and unit pickers) read the same file:
 *
 * ```ts
 * const r = await typedCoreCityApi(cityApi).get('/members', { query: { q, pageSize: 20 } });
 * r.items; // typed from core's response schema
 * ```
 */

/** Every core route (plugins' routes are left out), by its full documented path. */
export type CorePaths = paths;

type City = '/api/cities/{city}';

/** Core's city routes, keyed relative to /api/cities/{city} (the base of a page's `cityApi`). */
export type CoreCityPaths = Rebase<paths, City>;
/** The city routes. */
export type CoreCityPath = keyof CoreCityPaths & string;
/** The city routes that answer method `M`. */
export type CoreCityPathWith<M extends HttpMethod> = PathWith<CoreCityPaths, M>;
/** What a city route answers on success. */
export type CoreCityResponse<P extends CoreCityPath, M extends HttpMethod = 'get'> = ResponseOf<
  CoreCityPaths,
  P,
  M
>;
/** What a city route takes as its JSON body. */
export type CoreCityBody<P extends CoreCityPath, M extends HttpMethod> = BodyOf<CoreCityPaths, P, M>;
/** What a city route takes as its query. */
export type CoreCityQuery<P extends CoreCityPath, M extends HttpMethod = 'get'> = QueryOf<
  CoreCityPaths,
  P,
  M
>;
export type TypedCoreCityApi = TypedClient<CoreCityPaths>;

/**
 * The typed view of a city's client (a page's `cityApi`, based at /api/cities/{city}) over core's routes; one per
 * client, so a page may keep it in an effect's dependencies.
 */
export const typedCoreCityApi = (cityApi: ApiClient): TypedCoreCityApi => typedClient<CoreCityPaths>(cityApi);

/** The routes outside one city (session, the city list, comparison, the models' catalogue, public pages). */
export type CoreTopPaths = { [P in Exclude<keyof paths, City | `${City}/${string}`>]: paths[P] };
