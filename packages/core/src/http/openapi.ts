import type { Hono } from 'hono';
import { z } from 'zod';
import type { OpenApiTagged } from './validate';

/** Builds the OpenAPI document from the routes themselves: every `validate()` and `describe()` middleware. */
export function buildOpenApi(app: Hono<any>, info: { title: string; version: string }) {
  const paths: Record<string, Record<string, any>> = {};
  for (const route of app.routes) {
    if (route.method === 'ALL' || route.path.includes('*')) continue;
    const tagged = route.handler as OpenApiTagged;
    const path = route.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');
    const method = route.method.toLowerCase();
    if (!paths[path]) paths[path] = {};
    const byMethod = paths[path];
    if (!byMethod[method])
      byMethod[method] = {
        parameters: [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
          name: m[1],
          in: 'path',
          required: true,
          schema: { type: 'string' },
        })),
        responses: { 200: { description: 'OK' } },
      };
    const op = byMethod[method];
    if (tagged.describe) {
      op.summary = tagged.describe.summary;
      if (tagged.describe.tags) op.tags = tagged.describe.tags;
      for (const [status, description] of Object.entries(tagged.describe.responses ?? {}))
        op.responses[status] = { description };
    }
    if (tagged.openapi) {
      const { target, schema } = tagged.openapi;
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as any;
      delete json.$schema;
      if (target === 'json') {
        op.requestBody = { required: true, content: { 'application/json': { schema: json } } };
        op.responses[400] ??= {
          description: 'Invalid input: the field and a message in the caller’s language',
        };
      } else if (target === 'query' || target === 'param') {
        const where = target === 'param' ? 'path' : 'query';
        op.parameters = op.parameters.filter((p: any) => !(where === 'path' && json.properties?.[p.name]));
        for (const [name, schema] of Object.entries<any>(json.properties ?? {}))
          op.parameters.push({ name, in: where, required: (json.required ?? []).includes(name), schema });
      }
    }
  }
  return {
    openapi: '3.1.0',
    info,
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jiceng_session' } },
    },
    security: [{ session: [] }],
    paths,
  };
}
