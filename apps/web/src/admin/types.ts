import type { CityBody, CityResponse } from '../typed-api';

/** A JSON Schema node as zod's toJSONSchema writes a plugin's config (the subset the form understands). */
export interface JsonSchema {
  type?: 'object' | 'array' | 'number' | 'integer' | 'boolean' | 'string' | 'null';
  title?: string;
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  anyOf?: JsonSchema[];
}

/**
 * GET plugin-settings: one installed model with this city's switch and config; its `configSchema` is the JSON Schema
 * the settings form reads (`JsonSchema`).
 */
export type PluginAdminItem = CityResponse<'/plugin-settings'>['items'][number];

/** GET users: an account with its grants in this city, as the API's schema says (core-api.generated.ts). */
export type AdminUser = CityResponse<'/users'>['items'][number];
export type UserGrant = AdminUser['grants'][number];
export type Role = UserGrant['role'];
/** The roles a city admin may grant (the API refuses platform_admin here). */
export type GrantableRole = NonNullable<CityBody<'/users/{userId}/grants', 'post'>>['role'];

/** GET users/access: an admin whose reach covers the org, through which grant, and what they may do. */
export type AccessRow = CityResponse<'/users/access'>['items'][number];

/** GET audit: one entry, with words for people in the request's language. */
export type AuditEntry = CityResponse<'/audit'>['items'][number];

/** GET jobs: a scheduled job of a model this city enabled, with its recent runs (newest first). */
export type JobItem = CityResponse<'/jobs'>['items'][number];
/** One run of a model's scheduled job. */
export type JobRun = JobItem['runs'][number];
