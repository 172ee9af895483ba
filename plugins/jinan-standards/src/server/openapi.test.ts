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

describe.each(testDatabaseKinds())('jinan-standards API reference on %s', (kind) => {
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
    await check('/templates');
    const versions = (await client.get(`${base}/templates`)).body.items;
    expect(versions.length).toBeGreaterThan(0);
    await check('/templates/{id}', `/templates/${versions[0].id}`);
    await check('/campaigns');
    const campaigns = (await client.get(`${base}/campaigns`)).body.items;
    expect(campaigns.length).toBeGreaterThan(0);
    await check('/campaigns/{id}', `/campaigns/${campaigns[0].id}`);
    await check('/communities');
    await check('/assessments');
    const assessments = (await client.get(`${base}/assessments?campaignId=${campaigns.at(-1).id}`)).body
      .items;
    expect(assessments.length).toBeGreaterThan(0);
    for (const a of assessments.slice(0, 3)) {
      await check('/assessments/{id}', `/assessments/${a.id}`);
      await check('/assessments/{id}/history', `/assessments/${a.id}/history`);
    }
    await check('/rectifications', '/rectifications?status=all');
    await check('/analysis');
    // Writes: a new draft (201) and its removal.
    const draft = await client.post(`${base}/templates`, { from: 'jinan' });
    problems.push(...answerProblems(doc, 'post', '/templates', draft));
    problems.push(
      ...answerProblems(
        doc,
        'delete',
        '/templates/{id}',
        await client.delete(`${base}/templates/${draft.body.id}`),
      ),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
