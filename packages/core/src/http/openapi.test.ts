import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { manualClock } from '../clock';
import type { DatabaseHandle } from '../db';
import { silentLogger } from '../logger';
import { createTestDatabase } from '../testing';

const WRITES = ['post', 'put', 'patch'];

describe('the API reference', () => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let doc: any;

  beforeAll(async () => {
    handle = await createTestDatabase('pglite');
    app = createApp({
      db: handle.db,
      clock: manualClock('2026-06-01T00:00:00Z'),
      logger: silentLogger,
      plugins: [],
    });
    const res = await app.request('http://localhost/api/openapi.json');
    expect(res.status).toBe(200);
    doc = await res.json();
  });
  afterAll(() => handle?.close());

  const operations = () =>
    Object.entries<any>(doc.paths).flatMap(([path, byMethod]) =>
      Object.entries<any>(byMethod).map(([method, op]) => ({ path, method, op })),
    );

  it('documents every operation’s success status with a schema, and every write’s request body', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const { path, method, op } of ops) {
      const name = `${method.toUpperCase()} ${path}`;
      const success = Object.entries<any>(op.responses).filter(([s]) => /^2\d\d$/.test(s));
      if (success.length !== 1) problems.push(`${name}: ${success.length} success responses`);
      for (const [status, r] of success) {
        const content = Object.values<any>(r.content ?? {});
        if (!content.length || !content.every((c) => c.schema && Object.keys(c.schema).length))
          problems.push(`${name}: ${status} has no schema`);
      }
      if (!op.summary) problems.push(`${name}: no summary`);
      if (WRITES.includes(method) && !op.requestBody) problems.push(`${name}: no request body`);
      for (const [status, r] of Object.entries<any>(op.responses))
        if (/^[45]/.test(status) && !r.content?.['application/json']?.schema)
          problems.push(`${name}: ${status} without the error schema`);
    }
    expect(problems).toEqual([]);
  });

  it('says 201 for creates, 202 for uploads and commits, and shows multipart uploads and file downloads', () => {
    const op = (method: string, path: string) => doc.paths[path][method];
    const successOf = (method: string, path: string) =>
      Object.keys(op(method, path).responses).find((s) => s.startsWith('2'));
    for (const path of [
      '/api/cities',
      '/api/cities/{city}/orgs',
      '/api/cities/{city}/places',
      '/api/cities/{city}/units',
      '/api/cities/{city}/members',
      '/api/cities/{city}/users',
      '/api/cities/{city}/users/{userId}/grants',
    ])
      expect([path, successOf('post', path)]).toEqual([path, '201']);
    expect(successOf('post', '/api/cities/{city}/roster/jobs')).toBe('202');
    expect(successOf('post', '/api/cities/{city}/roster/jobs/{id}/commit')).toBe('202');
    const upload = op('post', '/api/cities/{city}/roster/jobs');
    const form = upload.requestBody.content['multipart/form-data'].schema;
    expect(form.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(form.properties.kind.enum).toEqual(['members', 'orgs', 'units', 'places']);
    expect(upload.responses['202'].content['application/json'].schema.properties.status.enum).toContain(
      'validating',
    );
    expect(upload.responses['413'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Error',
    });
    const csv = op('get', '/api/cities/{city}/roster/export/members.csv').responses['200'];
    expect(csv.content['text/csv'].schema).toEqual({ type: 'string', format: 'binary' });
    const created = op('post', '/api/cities/{city}/members').responses['201'].content['application/json']
      .schema;
    expect(created.required).toEqual(expect.arrayContaining(['id', 'name', 'idNumber', 'orgId']));
    const me = op('get', '/api/auth/me').responses['200'].content['application/json'].schema;
    expect(me.properties.user.properties.mustChangePassword.description).toContain(
      'password_change_required',
    );
    expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message']);
  });

  it('serves /api/docs and its assets from this server, with no external URL', async () => {
    const page = await app.request('http://localhost/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    // Nothing fetched from elsewhere: every src and href is a path on this server.
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const url of urls) expect(url).toMatch(/^\/api\/docs\/[\w.-]+$/);
    expect(html).not.toMatch(/https?:\/\/|\/\/cdn|unpkg|jsdelivr/);
    const types: Record<string, RegExp> = {
      css: /^text\/css/,
      js: /^text\/javascript/,
      png: /^image\/png/,
    };
    for (const url of urls) {
      const res = await app.request(`http://localhost${url}`);
      expect([url, res.status]).toEqual([url, 200]);
      expect(res.headers.get('content-type')).toMatch(types[url.split('.').pop()!]!);
      const body = new Uint8Array(await res.arrayBuffer());
      expect(body.length).toBeGreaterThan(url.endsWith('docs-init.js') ? 50 : 500);
    }
    const bundle = await (await app.request('http://localhost/api/docs/swagger-ui-bundle.js')).text();
    expect(bundle).toContain('SwaggerUIBundle');
    // Only the page's own files: nothing else of the package, and no path tricks.
    for (const other of ['package.json', 'index.html', '..%2Fpackage.json', 'swagger-ui-bundle.js.map'])
      expect((await app.request(`http://localhost/api/docs/${other}`)).status).toBe(404);
  });
});
