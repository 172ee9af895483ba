import {
  answerProblems,
  createPluginTestBackend,
  openApiProblems,
  PASSWORD,
  type PluginTestBackend,
  seedCity,
  seededRandom,
  smallCitySpec,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../index';

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
    // The contract suite's check, on the reference built with the plugin's own seeded city.
    const count = Object.keys(doc.paths).filter((path) => path.includes(`/plugins/${plugin.id}`)).length;
    expect(count).toBeGreaterThan(10);
    const problems = openApiProblems(doc, plugin.id);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('answers in the documented shape (seeded city, as a city admin)', async () => {
    const client = backend.client();
    await client.login('ref-admin', PASSWORD);
    const base = backend.base('enabled');
    const problems: string[] = [];
    const check = async (path: string, url = path) =>
      problems.push(...answerProblems(doc, plugin.id, 'get', path, await client.get(`${base}${url}`)));
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
    problems.push(...answerProblems(doc, plugin.id, 'post', '/templates', draft));
    problems.push(
      ...answerProblems(
        doc,
        plugin.id,
        'delete',
        '/templates/{id}',
        await client.delete(`${base}/templates/${draft.body.id}`),
      ),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
