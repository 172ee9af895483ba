import type { JicengPlugin, PluginContext } from '@jiceng/core';
import { z } from 'zod';

interface Described {
  describe?: { status?: number; response?: z.ZodType; file?: string | string[] };
}
interface Documented {
  method: string;
  path: string;
  pattern: RegExp;
  status: number;
  schema?: z.ZodType;
}

/** The plugin's routes with the success status and response schema each documents (`describe`). */
function documentedRoutes(plugin: JicengPlugin<any>, ctx: PluginContext<any>): Documented[] {
  const out: Documented[] = [];
  for (const r of plugin.api(ctx).routes) {
    const d = (r.handler as Described).describe;
    if (r.method === 'ALL' || !d) continue;
    const pattern = new RegExp(`^${r.path.replace(/:\w+/g, '[^/]+')}/?$`);
    out.push({ method: r.method, path: r.path, pattern, status: d.status ?? 200, schema: d.response });
  }
  return out;
}

/**
 * Checks real answers against the API reference, so the documented shapes cannot drift from what the handlers
 * return: `check(method, path, res)` (path under the plugin's base, query string allowed) returns one line per
 * mismatch — a 2xx other than the documented status, or a body the documented schema refuses, naming the field.
 * `checked` lists the operations whose documented answer was compared with a real one.
 */
export function referenceChecker(plugin: JicengPlugin<any>, ctx: PluginContext<any>) {
  const routes = documentedRoutes(plugin, ctx);
  const checked = new Set<string>();
  const check = (method: string, path: string, res: { status: number; body: unknown }): string[] => {
    const bare = path.split('?')[0]!;
    const route = routes.find((r) => r.method === method.toUpperCase() && r.pattern.test(bare));
    const name = `${method.toUpperCase()} ${bare}`;
    if (!route) return [`${name}: no documented route matches`];
    if (res.status < 200 || res.status >= 300) return [];
    const op = `${route.method} ${route.path}`;
    checked.add(op);
    if (res.status !== route.status) return [`${op}: answered ${res.status}, documented ${route.status}`];
    if (!route.schema) return [];
    const parsed = route.schema.safeParse(res.body);
    if (parsed.success) return [];
    return parsed.error.issues.map((i) => `${op}: ${i.path.join('.') || '(body)'} ${i.message} (${name})`);
  };
  return { check, checked, routes };
}

interface GetClient {
  get(path: string): Promise<{ status: number; body: any }>;
}

/**
 * Calls every GET route of the plugin — those without path parameters first, then each `/x/:id…` route with the
 * first id from the list at `/x` — and checks each answer against the reference. Returns the problems.
 */
export async function crawlGetRoutes(
  client: GetClient,
  checker: ReturnType<typeof referenceChecker>,
  base: string,
): Promise<string[]> {
  const problems: string[] = [];
  const firstIds = new Map<string, unknown>();
  const gets = checker.routes.filter((r) => r.method === 'GET');
  for (const r of gets.filter((g) => !g.path.includes(':'))) {
    const res = await client.get(`${base}${r.path}`);
    problems.push(...checker.check('GET', r.path, res));
    const first = res.body?.items?.[0];
    if (first && typeof first === 'object' && 'id' in first) firstIds.set(r.path, first.id);
  }
  for (const r of gets.filter((g) => /^\/[^:]+\/:id(\/|$)/.test(g.path))) {
    const list = r.path.slice(0, r.path.indexOf('/:id'));
    const id = firstIds.get(list);
    if (id == null) continue;
    const path = r.path.replace(':id', String(id));
    problems.push(...checker.check('GET', path, await client.get(`${base}${path}`)));
  }
  return problems;
}

/**
 * Checks a real answer against /api/openapi.json as a client sees it: the documented success status, and the body against the documented
 * JSON schema (read back from the document, so the test sees what a client of /api/openapi.json sees).
 */
export function answerProblems(
  doc: any,
  pluginId: string,
  method: string,
  path: string,
  res: { status: number; body: any },
  prefix = `/api/cities/{city}/plugins/${pluginId}`,
): string[] {
  const op = doc.paths[`${prefix}${path}`]?.[method];
  if (!op) return [`${method.toUpperCase()} ${path}: not in the reference`];
  const [status, success] = Object.entries<any>(op.responses).find(([s]) => s.startsWith('2'))!;
  if (String(res.status) !== status)
    return [
      `${method.toUpperCase()} ${path}: answered ${res.status}, documented ${status} (${JSON.stringify(res.body).slice(0, 200)})`,
    ];
  const schema = success.content?.['application/json']?.schema;
  const parsed = z.fromJSONSchema(schema).safeParse(res.body);
  return parsed.success
    ? []
    : parsed.error.issues.map((i) => `${method.toUpperCase()} ${path}: ${i.path.join('.')}: ${i.message}`);
}
