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
    // The contract suite's check, on the reference built with the plugin's own seeded city.
    const count = Object.keys(doc.paths).filter((path) => path.includes(`/plugins/${plugin.id}`)).length;
    expect(count).toBeGreaterThan(10);
    const problems = openApiProblems(doc, plugin.id);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('answers in the documented shape (seeded city, as a city admin and in public)', async () => {
    const client = backend.client();
    await client.login('ref-admin', PASSWORD);
    const base = backend.base('enabled');
    const problems: string[] = [];
    const check = async (path: string, url = path) =>
      problems.push(...answerProblems(doc, plugin.id, 'get', path, await client.get(`${base}${url}`)));
    for (const path of [
      '/dashboard',
      '/registrations',
      '/flags',
      '/notices',
      '/campaigns',
      '/service-centres',
      '/joint-meetings',
      '/feedback-cards',
      '/flowing',
      '/decisions',
      '/budget',
      '/communities',
      '/boards',
      '/change-requests',
      '/me',
    ])
      await check(path);
    await check('/appraisals/distribution', '/appraisals/distribution?year=2025');
    await check('/unit-view', '/unit-view?year=2025');
    await check('/appraisals', '/appraisals?year=2025');
    await check('/feedback/status', '/feedback/status?periodKey=2025-H1');
    const regs = (await client.get(`${base}/registrations`)).body.items;
    expect(regs.length).toBeGreaterThan(0);
    await check('/registrations/{id}', `/registrations/${regs[0].id}`);
    await check('/registrations/{id}/activity-card', `/registrations/${regs[0].id}/activity-card`);
    await check('/registrations/{id}/post-suggestions', `/registrations/${regs[0].id}/post-suggestions`);
    await check('/members/{id}/overview', `/members/${regs[0].memberId}/overview`);
    await check('/members/{id}/file', `/members/${regs[0].memberId}/file`);
    const community = regs[0].communityOrgId;
    for (const path of ['/posts', '/party-groups', '/activities'])
      await check(path, `${path}?communityOrgId=${community}`);
    const activities = (await client.get(`${base}/activities?communityOrgId=${community}`)).body.items;
    if (activities.length) await check('/activities/{id}', `/activities/${activities[0].id}`);
    const campaigns = (await client.get(`${base}/campaigns`)).body.items;
    if (campaigns.length) await check('/campaigns/{id}', `/campaigns/${campaigns[0].id}`);
    const meetings = (await client.get(`${base}/joint-meetings`)).body.items;
    if (meetings.length) await check('/joint-meetings/{id}', `/joint-meetings/${meetings[0].id}`);
    const cards = (await client.get(`${base}/feedback-cards`)).body.items;
    if (cards.length) await check('/feedback-cards/{id}', `/feedback-cards/${cards[0].id}`);
    const boards = (await client.get(`${base}/boards`)).body.items;
    expect(boards.length).toBeGreaterThan(0);
    await check('/boards/{placeId}', `/boards/${boards[0].placeId}`);
    const pub = `/api/public/cities/enabled/plugins/${plugin.id}`;
    const publicPrefix = `/api/public/cities/{city}/plugins/${plugin.id}`;
    problems.push(
      ...answerProblems(doc, plugin.id, 'get', '/boards', await client.get(`${pub}/boards`), publicPrefix),
    );
    problems.push(
      ...answerProblems(
        doc,
        plugin.id,
        'get',
        '/boards/{placeId}',
        await client.get(`${pub}/boards/${boards[0].placeId}`),
        publicPrefix,
      ),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
