import type { JicengPlugin, PluginContext } from '@jiceng/core';
import type { Hono } from 'hono';

interface Tagged {
  describe?: unknown;
  openapi?: unknown;
}

/**
 * Routes of the plugin (authenticated and public) that carry neither `describe({ summary })` nor `validate(...)`:
 * they would be missing from, or blank in, /api/openapi.json. One line per method and path.
 */
export function undocumentedRoutes(plugin: JicengPlugin<any>, ctx: PluginContext<any>): string[] {
  const apps: [string, Hono<any> | undefined][] = [
    ['', plugin.api(ctx)],
    ['public ', plugin.publicApi?.(ctx)],
  ];
  const problems: string[] = [];
  for (const [label, app] of apps) {
    if (!app) continue;
    const documented = new Map<string, boolean>();
    for (const r of app.routes) {
      if (r.method === 'ALL') continue;
      const key = `${r.method} ${r.path}`;
      const tagged = r.handler as Tagged;
      documented.set(key, (documented.get(key) ?? false) || !!tagged.describe || !!tagged.openapi);
    }
    for (const [key, ok] of documented)
      if (!ok)
        problems.push(
          `${label}route ${key} has no OpenAPI metadata (add describe({ summary }) or validate())`,
        );
  }
  return problems;
}

/** A value of the wrong JSON type for a JSON-schema property. */
function wrongValue(schema: any): unknown {
  const type = Array.isArray(schema?.type) ? schema.type[0] : schema?.type;
  switch (type) {
    case 'string':
      return 12345;
    case 'number':
    case 'integer':
      return 'not a number';
    case 'boolean':
      return 'yes';
    case 'array':
      return 'not a list';
    case 'object':
      return 7;
    default:
      return [[{}]];
  }
}

/** The request bodies every write route must refuse with a 4xx (never a 5xx), by name. */
export function hostileBodies(schema: any): [string, string][] {
  const props = (schema?.properties ?? {}) as Record<string, any>;
  const wrong = Object.fromEntries(Object.entries(props).map(([k, s]) => [k, wrongValue(s)]));
  return [
    ['malformed JSON', '{"broken": '],
    ['{}', '{}'],
    ['a JSON array', '[1, 2]'],
    ['wrong types', JSON.stringify(Object.keys(wrong).length ? wrong : { id: 'x', name: 12, items: 'x' })],
    ['an oversized body (1.5 MB)', JSON.stringify({ ...wrong, padding: 'x'.repeat(1_500_000) })],
  ];
}

export interface ProbeClient {
  get(path: string): Promise<{ status: number; body: any }>;
  raw(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any }>;
}

/**
 * Walks the plugin's write routes (POST, PUT, PATCH, DELETE) from the API's own OpenAPI document and sends each the
 * hostile bodies above, as application/json, with path parameters from a seeded city (`params`, default '1', the
 * first row of each fresh table) and also a non-numeric one. Every answer must be below 500; returns one line per
 * 5xx, naming the route, the input and the answer.
 */
export async function writeRouteProbeProblems(
  client: ProbeClient,
  plugin: JicengPlugin<any>,
  cityCode: string,
  params: Record<string, string> = {},
): Promise<string[]> {
  const doc = await client.get('/api/openapi.json');
  if (doc.status !== 200) return [`GET /api/openapi.json answered ${doc.status}`];
  const prefix = `/api/cities/{city}/plugins/${plugin.id}`;
  const problems: string[] = [];
  for (const [path, ops] of Object.entries<Record<string, any>>(doc.body.paths ?? {})) {
    if (path !== prefix && !path.startsWith(`${prefix}/`)) continue;
    for (const [method, op] of Object.entries<any>(ops)) {
      if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((n) => n !== 'city');
      const variants: Record<string, string>[] = [
        Object.fromEntries(names.map((n) => [n, params[n] ?? '1'])),
      ];
      if (names.length) variants.push(Object.fromEntries(names.map((n) => [n, 'not-an-id'])));
      const schema = op.requestBody?.content?.['application/json']?.schema;
      for (const [v, values] of variants.entries()) {
        const url = path.replace(/\{(\w+)\}/g, (_, n: string) =>
          n === 'city' ? cityCode : encodeURIComponent(values[n]!),
        );
        // The oversized body once per route (parsing it is the costly part), the others with every variant.
        for (const [what, body] of hostileBodies(schema).filter(
          ([w]) => v === 0 || !w.startsWith('an oversized'),
        )) {
          const r = await client.raw(method.toUpperCase(), url, body, { 'content-type': 'application/json' });
          if (r.status >= 500)
            problems.push(
              `${method.toUpperCase()} ${path.slice(prefix.length) || '/'}${names.length ? ` (${names.map((n) => `${n}=${values[n]}`).join(', ')})` : ''} with ${what} → ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`,
            );
        }
      }
    }
  }
  return problems;
}

const WRITES = ['post', 'put', 'patch'];

/**
 * The plugin's operations in the API's OpenAPI document (`doc`, from GET /api/openapi.json) that the reference
 * leaves incomplete — the same bar core's routes meet: exactly one 2xx response, with a non-empty schema for each of
 * its media types (`describe({ status, response })` or `file`); a summary; a request body on POST, PUT and PATCH
 * (`validate('json')`, `multipart` or `noBody`); and every 4xx/5xx in the common Error shape. One line per problem,
 * naming the method and the path under the plugin's base.
 */
export function openApiProblems(doc: any, pluginId: string): string[] {
  const prefixes = [
    `/api/cities/{city}/plugins/${pluginId}`,
    `/api/public/cities/{city}/plugins/${pluginId}`,
  ];
  const problems: string[] = [];
  for (const [path, ops] of Object.entries<Record<string, any>>(doc?.paths ?? {})) {
    const prefix = prefixes.find((p) => path === p || path.startsWith(`${p}/`));
    if (!prefix) continue;
    const shown = `${prefix.startsWith('/api/public') ? 'public ' : ''}${path.slice(prefix.length) || '/'}`;
    for (const [method, op] of Object.entries<any>(ops)) {
      const name = `${method.toUpperCase()} ${shown}`;
      const responses = Object.entries<any>(op.responses ?? {});
      const success = responses.filter(([s]) => /^2\d\d$/.test(s));
      if (success.length !== 1)
        problems.push(`${name}: ${success.length} success responses (describe one status, 201 for a create)`);
      for (const [status, r] of success) {
        const content = Object.values<any>(r.content ?? {});
        if (!content.length || !content.every((c) => c?.schema && Object.keys(c.schema).length))
          problems.push(`${name}: ${status} has no response schema (describe({ response }) or file)`);
      }
      if (!op.summary) problems.push(`${name}: no summary`);
      if (WRITES.includes(method) && !op.requestBody)
        problems.push(`${name}: no request body (validate('json'), multipart or noBody)`);
      for (const [status, r] of responses)
        if (
          /^[45]/.test(status) &&
          r.content?.['application/json']?.schema?.$ref !== '#/components/schemas/Error'
        )
          problems.push(`${name}: ${status} without the Error schema`);
    }
  }
  return problems;
}
