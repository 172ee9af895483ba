import {
  createPluginTestBackend,
  PASSWORD,
  type PluginTestBackend,
  seedCity,
  seededRandom,
  smallCitySpec,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import plugin from '../index';

const WRITES = ['post', 'put', 'patch'];

/** This plugin's operations in /api/openapi.json, with what item 7 of issue 17 asks of each, one line per miss. */
function referenceProblems(doc: any): { count: number; problems: string[] } {
  const mine = (path: string) => path.includes(`/plugins/${plugin.id}`);
  const problems: string[] = [];
  let count = 0;
  for (const [path, byMethod] of Object.entries<any>(doc.paths)) {
    if (!mine(path)) continue;
    for (const [method, op] of Object.entries<any>(byMethod)) {
      count++;
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
        if (
          /^[45]/.test(status) &&
          r.content?.['application/json']?.schema?.$ref !== '#/components/schemas/Error'
        )
          problems.push(`${name}: ${status} without the error schema`);
    }
  }
  return { count, problems };
}

/**
 * Checks a real answer against the reference: the documented success status, and the body against the documented
 * JSON schema (read back from the document, so the test sees what a client of /api/openapi.json sees).
 */
function answerProblems(
  doc: any,
  method: string,
  path: string,
  res: { status: number; body: any },
  prefix = `/api/cities/{city}/plugins/${plugin.id}`,
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

describe.each(testDatabaseKinds())('fugu-dual-link API reference on %s', (kind) => {
  let backend: PluginTestBackend;
  let doc: any;
  beforeAll(async () => {
    backend = await createPluginTestBackend(plugin, kind);
    const city = await seedCity(backend.db, smallCitySpec('enabled', [plugin.id]), {
      random: seededRandom(7),
      pluginVersions: { [plugin.id]: plugin.version },
    });
    await plugin.seed!(backend.ctx, {
      cityId: city.cityId,
      scale: 'small',
      random: seededRandom(9),
      progress: () => {},
    });
    await backend.f.user('ref-admin', PASSWORD, [{ role: 'city_admin', cityId: city.cityId }]);
    doc = (await backend.client().get('/api/openapi.json')).body;
  });
  afterAll(() => backend?.close());

  it('documents every operation’s success status and schema, summary, request body and error shape', () => {
    const { count, problems } = referenceProblems(doc);
    expect(count).toBeGreaterThan(10);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('answers in the documented shape (seeded city, as a city admin)', async () => {
    const client = backend.client();
    await client.login('ref-admin', PASSWORD);
    const base = backend.base('enabled');
    const problems: string[] = [];
    const check = async (path: string, url = path) =>
      problems.push(...answerProblems(doc, 'get', path, await client.get(`${base}${url}`)));
    for (const path of [
      '/dashboard',
      '/regions',
      '/coverage',
      '/lookups/towns',
      '/lookups/units',
      '/centres',
      '/centres/standards',
      '/visits/overdue',
      '/councils',
      '/elections',
      '/reception-days',
      '/reception-visits/open',
      '/flowing-branches',
      '/me',
    ])
      await check(path);
    const first = async (path: string) => {
      const items = (await client.get(`${base}${path}`)).body.items;
      expect([path, items.length > 0]).toEqual([path, true]);
      return items[0];
    };
    const region = await first('/regions');
    for (const sub of ['', '/structure', '/history', '/registrations', '/pending', '/shops', '/n-candidates'])
      await check(`/regions/{id}${sub}`, `/regions/${region.id}${sub}`);
    const centre = await first('/centres');
    await check('/centres/{id}', `/centres/${centre.id}`);
    await check('/centres/{id}/visits', `/centres/${centre.id}/visits`);
    const council = await first('/councils');
    await check('/councils/{id}', `/councils/${council.id}`);
    await check('/councils/{id}/scoreboard', `/councils/${council.id}/scoreboard`);
    const election = await first('/elections');
    await check('/elections/{id}', `/elections/${election.id}`);
    await check('/elections/{id}/ballots', `/elections/${election.id}/ballots`);
    const day = await first('/reception-days');
    await check('/reception-days/{id}/visits', `/reception-days/${day.id}/visits`);
    const branch = await first('/flowing-branches');
    await check('/flowing-branches/{id}', `/flowing-branches/${branch.id}`);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
