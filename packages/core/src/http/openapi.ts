import type { Hono } from 'hono';
import { z } from 'zod';
import type { OpenApiTagged, RouteDescription } from './validate';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as any;
  delete json.$schema;
  return json;
};

/** Every refusal has this shape (http/errors.ts): a stable code, a message in the caller's language, the field. */
const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        field: { type: 'string' },
        issues: {
          type: 'array',
          items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
        },
      },
    },
  },
};
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function successResponse(d: RouteDescription | undefined) {
  const described = Object.entries(d?.responses ?? {}).find(([s]) => s.startsWith('2'));
  const status = String(d?.status ?? described?.[0] ?? 200);
  const description = d?.responses?.[Number(status)] ?? d?.summary ?? 'OK';
  if (d?.file) {
    const types = Array.isArray(d.file) ? d.file : [d.file];
    const binary = { schema: { type: 'string', format: 'binary' } };
    return { status, response: { description, content: Object.fromEntries(types.map((t) => [t, binary])) } };
  }
  if (d?.response)
    return {
      status,
      response: {
        description,
        content: { 'application/json': { schema: jsonSchema(d.response, 'output') } },
      },
    };
  return { status, response: { description } };
}

/**
 * Builds the OpenAPI document from the routes themselves: every `validate()` and `describe()` middleware. The
 * success answer (status and schema) and any multipart body come from `describe`; query, path and JSON bodies
 * from `validate`; every other status gets the common error shape.
 */
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
        responses: {},
      };
    const op = byMethod[method];
    if (tagged.describe) {
      const d = tagged.describe;
      op.summary = d.summary;
      if (d.tags) op.tags = d.tags;
      const success = successResponse(d);
      op.responses[success.status] = success.response;
      for (const [status, description] of Object.entries(d.responses ?? {}))
        if (status !== success.status) op.responses[status] = errorResponse(description);
      if (d.noBody)
        op.requestBody = {
          required: false,
          description: 'No body: the path names what is acted on',
          content: { 'application/json': { schema: { type: 'object', maxProperties: 0 } } },
        };
      if (d.multipart)
        op.requestBody = {
          required: true,
          content: { 'multipart/form-data': { schema: jsonSchema(d.multipart, 'input') } },
        };
    }
    if (tagged.openapi) {
      const { target, schema } = tagged.openapi;
      const json = jsonSchema(schema, 'input');
      if (target === 'json') {
        op.requestBody = { required: true, content: { 'application/json': { schema: json } } };
        op.responses[400] ??= errorResponse(
          'Invalid input: the field and a message in the caller’s language',
        );
      } else if (target === 'query' || target === 'param') {
        const where = target === 'param' ? 'path' : 'query';
        op.parameters = op.parameters.filter((p: any) => !(where === 'path' && json.properties?.[p.name]));
        for (const [name, schema] of Object.entries<any>(json.properties ?? {}))
          op.parameters.push({ name, in: where, required: (json.required ?? []).includes(name), schema });
      }
    }
  }
  // A route without `describe` still gets its (undocumented) 200.
  for (const byMethod of Object.values(paths))
    for (const op of Object.values(byMethod))
      if (!Object.keys(op.responses).some((s) => s.startsWith('2')))
        op.responses[200] = { description: 'OK' };
  return {
    openapi: '3.1.0',
    info,
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jiceng_session' } },
      schemas: { Error: ERROR_SCHEMA },
    },
    security: [{ session: [] }],
    paths,
  };
}
