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

describe.each(testDatabaseKinds())('luqiao-regional API reference on %s', (kind) => {
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
      '/me/services',
    ])
      await check(path);
    const first = async (path: string) => {
      const items = (await client.get(`${base}${path}`)).body.items;
      expect([path, items.length > 0]).toEqual([path, true]);
      return items[0];
    };
    const region = await first('/regions');
    for (const sub of [
      '',
      '/structure',
      '/history',
      '/registrations',
      '/pending',
      '/shops',
      '/n-candidates',
      '/services',
    ])
      await check(`/regions/{id}${sub}`, `/regions/${region.id}${sub}`);
    // The seed's 奉献双岗位 records: the first region's members have logged service, most of it confirmed.
    const services = (await client.get(`${base}/regions/${region.id}/services?pageSize=100`)).body;
    expect(services.total).toBeGreaterThan(0);
    expect(services.items.filter((i: { status: string }) => i.status === 'confirmed').length).toBeGreaterThan(
      services.items.length / 2,
    );
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
    // Writes the election page reads the answers of: a new election in the seeded election's region (that one is
    // closed), two paper ballots, the count and the close.
    const post = async (path: string, url: string, body: unknown = {}) => {
      const res = await client.post(`${base}${url}`, body);
      problems.push(...answerProblems(doc, plugin.id, 'post', path, res));
      return res;
    };
    const opened = await post('/elections', '/elections', {
      regionId: election.regionId,
      title: 'API reference election',
      memberSeats: 1,
      electorate: 2,
    });
    const id = opened.body.id;
    const ballots = [
      { secretary: '甲', members: ['乙'] },
      { secretary: '甲', members: ['丙'] },
    ];
    const entered = await post('/elections/{id}/ballots/bulk', `/elections/${id}/ballots/bulk`, { ballots });
    expect(entered.body).toMatchObject({ entered: 2, total: 2 });
    const counted = await post('/elections/{id}/count', `/elections/${id}/count`);
    expect(counted.body).toMatchObject({ electedSecretary: '甲', invalid: 0, unfilledSecretary: false });
    await post('/elections/{id}/close', `/elections/${id}/close`);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
