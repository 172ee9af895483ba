import type { SecurityWorld } from './world';
import { DEMO_PASSWORD } from './world';

export interface Operation {
  method: string;
  /** OpenAPI template, e.g. /api/cities/{city}/orgs/{id}. */
  path: string;
  pathParams: { name: string; schema: Record<string, any> }[];
  queryParams: { name: string; required: boolean; schema: Record<string, any> }[];
  body?: Record<string, any>;
}

export async function operations(world: SecurityWorld): Promise<{ ops: Operation[]; root: any }> {
  const res = await world.app.request('http://localhost/api/openapi.json');
  const doc: any = await res.json();
  const ops: Operation[] = [];
  for (const [path, byMethod] of Object.entries<any>(doc.paths))
    for (const [method, op] of Object.entries<any>(byMethod)) {
      const params: any[] = op.parameters ?? [];
      ops.push({
        method: method.toUpperCase(),
        path,
        pathParams: params
          .filter((p) => p.in === 'path')
          .map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        queryParams: params
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, required: !!p.required, schema: p.schema ?? {} })),
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  return { ops, root: doc };
}

export interface Sent {
  status: number;
  body: any;
  timedOut: boolean;
  ms: number;
}

/**
 * One role's session, in-process through app.request (no network). The cookie is set once at login and never
 * replaced by a response, so nothing the fuzzer sends can log it out unnoticed (the suite checks /api/auth/me at
 * the end instead).
 */
export class Actor {
  cookie = '';
  /** Called with every response, harvesting requests included. */
  record?: (method: string, url: string, sent: Sent) => void;
  constructor(
    readonly world: SecurityWorld,
    readonly name: string,
    readonly username: string | null,
  ) {}

  static async login(world: SecurityWorld, name: string, username: string | null) {
    const actor = new Actor(world, name, username);
    if (!username) return actor;
    const res = await world.app.request('http://localhost/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    actor.cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    return actor;
  }

  async send(
    method: string,
    url: string,
    init: { body?: BodyInit; headers?: Record<string, string> } = {},
    timeoutMs = 15_000,
  ): Promise<Sent> {
    const started = Date.now();
    const headers: Record<string, string> = {
      'accept-language': 'en',
      ...(this.cookie ? { cookie: this.cookie } : {}),
      ...(init.headers ?? {}),
    };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const work = (async () => {
      const res = await this.world.app.request(`http://localhost${url}`, {
        method,
        headers,
        body: init.body,
      });
      const bytes = new Uint8Array(await res.arrayBuffer());
      const type = res.headers.get('content-type') ?? '';
      let body: any = bytes.length;
      if (type.includes('json'))
        try {
          body = JSON.parse(new TextDecoder().decode(bytes));
        } catch {
          body = '(unparsable json)';
        }
      return { status: res.status, body };
    })();
    try {
      const out = await Promise.race([work, timeout]);
      if (out === 'timeout') {
        work.catch(() => {});
        const sent = { status: 0, body: null, timedOut: true, ms: Date.now() - started };
        this.record?.(method, url, sent);
        return sent;
      }
      const sent = { ...out, timedOut: false, ms: Date.now() - started };
      this.record?.(method, url, sent);
      return sent;
    } finally {
      clearTimeout(timer);
    }
  }

  get(url: string) {
    return this.send('GET', url);
  }

  json(method: string, url: string, body: unknown) {
    return this.send(method, url, {
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
  }
}

/** Substitutes `{name}` in a template, URL-encoding each value. */
export function fill(template: string, values: Record<string, string | number>) {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return encodeLoosely(String(v));
  });
}

/** encodeURIComponent, but a lone surrogate is sent as its (invalid) UTF-8 bytes instead of throwing. */
export function encodeLoosely(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text]
      .map((ch) => {
        const code = ch.charCodeAt(0);
        if (ch.length === 1 && code >= 0xd800 && code <= 0xdfff)
          return `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
        return encodeURIComponent(ch);
      })
      .join('');
  }
}

/** Every `id` in arrays of objects within a JSON value (lists: `items`, `[...]`, or named arrays in a detail). */
export function collectIds(value: unknown, depth = 0, out: number[] = []): number[] {
  if (depth > 4 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const v of value) {
      if (v && typeof v === 'object' && !Array.isArray(v) && Number.isInteger((v as { id?: unknown }).id))
        out.push((v as { id: number }).id);
      collectIds(v, depth + 1, out);
    }
    return out;
  }
  for (const v of Object.values(value)) collectIds(v, depth + 1, out);
  return out;
}

/**
 * Real ids for a path parameter, as `actor` sees them: the list at the path before the parameter
 * (`/orgs` for `/orgs/{id}`), else the detail one level up (`/alliances/5` for `/alliances/5/units/{memberUnitId}`),
 * else the city's core rows for names like memberId/orgId/unitId/placeId/userId.
 */
export class IdFinder {
  private cache = new Map<string, number[]>();
  constructor(
    readonly actor: Actor,
    readonly core: (name: string) => (number | string)[],
  ) {}

  async idsAt(concretePrefix: string): Promise<number[]> {
    const hit = this.cache.get(concretePrefix);
    if (hit) return hit;
    let ids: number[] = [];
    const list = await this.actor.get(concretePrefix);
    if (list.status === 200) ids = collectIds(list.body);
    if (!ids.length) {
      const parent = concretePrefix.replace(/\/[^/]+$/, '');
      if (parent !== concretePrefix && /\/\d+$/.test(parent)) {
        const detail = await this.actor.get(parent);
        if (detail.status === 200) ids = collectIds(detail.body);
      }
    }
    ids = [...new Set(ids)].sort((a, b) => a - b);
    this.cache.set(concretePrefix, ids);
    return ids;
  }

  /** Ids for each path parameter of `op` in `city`, filled left to right (a nested id depends on its parent). */
  async fillPath(
    op: Operation,
    city: string,
    choose: (ids: (number | string)[], name: string) => number | string | undefined,
  ) {
    const values: Record<string, string | number> = { city };
    const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    for (const name of names) {
      if (name === 'city') continue;
      const schema = op.pathParams.find((p) => p.name === name)?.schema ?? {};
      if (Array.isArray(schema.enum) && schema.enum.length) {
        values[name] = schema.enum[0];
        continue;
      }
      const prefix = op.path.slice(0, op.path.indexOf(`{${name}}`) - 1);
      const core = this.core(name);
      // Named pools (pluginId, jobId, file, …) are exact; lists are tried first for generic ids.
      let ids: (number | string)[] =
        core.length && !/^(id|\w+Id)$/.test(name) ? core : await this.idsAt(fill(prefix, values));
      if (!ids.length) ids = core;
      const id = choose(ids, name);
      if (id === undefined) return undefined;
      values[name] = id;
    }
    return values;
  }
}

/** Named path parameters that are not row ids, and the city's core rows for ids no list shows. */
export async function corePools(
  world: SecurityWorld,
  cityId: number,
  exclude: { users?: Set<number>; grants?: Set<number> } = {},
): Promise<Record<string, (number | string)[]>> {
  const db = world.handle.db;
  const ids = async (table: 'core.member' | 'core.org' | 'core.unit' | 'core.place') =>
    (await db.selectFrom(table).select('id').where('city_id', '=', cityId).orderBy('id').execute()).map(
      (r) => r.id,
    );
  const plugins = (await import('@jiceng/api')).installedPlugins;
  return {
    memberId: await ids('core.member'),
    orgId: await ids('core.org'),
    unitId: await ids('core.unit'),
    placeId: await ids('core.place'),
    userId: (
      await db.selectFrom('core.app_user').select('id').where('city_id', '=', cityId).orderBy('id').execute()
    )
      .map((r) => r.id)
      .filter((id) => !exclude.users?.has(id)),
    grantId: (await db.selectFrom('core.role_grant').select('id').where('city_id', '=', cityId).execute())
      .map((r) => r.id)
      .filter((id) => !exclude.grants?.has(id)),
    pluginId: plugins.map((p) => p.id),
    jobId: plugins.flatMap((p) => (p.jobs ?? []).map((j) => j.id)),
    indicatorId: ['report_rate', ...plugins.flatMap((p) => p.indicators.map((i) => i.id))],
    file: ['members.xlsx', 'orgs.csv', 'units.xlsx', 'places.csv'],
  };
}

/** Path parameters that name no tenant's row (a model, a job, a file, a step). */
export const NOT_TENANT_IDS = new Set(['city', 'pluginId', 'jobId', 'indicatorId', 'file', 'step']);
export const tenantIdParams = (op: Operation) =>
  [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((n) => !NOT_TENANT_IDS.has(n));
