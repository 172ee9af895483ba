import {
  createPluginTestBackend,
  type PluginTestBackend,
  seedCity,
  seededRandom,
  smallCitySpec,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../index';

describe.each(testDatabaseKinds())('jinan-standards demo seed on %s', (kind) => {
  let backend: PluginTestBackend;
  let cityId: number;
  let firstCommunityOrg: number;
  beforeAll(async () => {
    backend = await createPluginTestBackend(plugin, kind, { now: '2026-11-22T02:00:00Z' });
    const spec = {
      ...smallCitySpec('jn', [plugin.id]),
      communities: 10,
      compounds: 20,
      communityAttributes: {
        community_type: { open: 1, closed: 1, village_converted: 1, urban_rural: 1, county_town: 1 },
      },
    };
    const city = await seedCity(backend.db, spec, {
      random: seededRandom(3),
      pluginVersions: { [plugin.id]: plugin.version },
    });
    cityId = city.cityId;
    firstCommunityOrg = city.communityOrgIds[0]!;
    await plugin.seed!(backend.ctx, { cityId, scale: 'demo', random: seededRandom(4), progress: () => {} });
  });
  afterAll(() => backend?.close());

  it('publishes two template versions and runs two finished campaigns and the current one', async () => {
    const versions = await sql<{ version: number; n: number }>`
      select v.version, count(s.id)::int as n from p_jinan_standards.template_version v
      join p_jinan_standards.standard s on s.city_id = v.city_id and s.template_version_id = v.id
      where v.city_id = ${cityId} group by v.version order by v.version`.execute(backend.db);
    expect(versions.rows).toEqual([
      { version: 1, n: 30 },
      { version: 2, n: 30 },
    ]);
    const states = await sql<{ name: string; version: number; state: string; n: number }>`
      select c.name, v.version, a.state, count(*)::int as n from p_jinan_standards.assessment a
      join p_jinan_standards.campaign c on c.city_id = a.city_id and c.id = a.campaign_id
      join p_jinan_standards.template_version v on v.city_id = c.city_id and v.id = c.template_version_id
      where a.city_id = ${cityId} group by c.name, v.version, a.state order by c.name, a.state`.execute(
      backend.db,
    );
    const by = (name: string) => states.rows.filter((r) => r.name.startsWith(name));
    expect(by('2024').map((r) => [r.version, r.state, r.n])).toEqual([[1, 'done', 10]]);
    expect(by('2025').map((r) => [r.version, r.state, r.n])).toEqual([[2, 'done', 10]]);
    expect(by('2026').reduce((s, r) => s + r.n, 0)).toBe(10);
    expect(by('2026').every((r) => r.version === 2)).toBe(true);
  });

  it('leaves the demo secretary’s own community three standards short of submitting', async () => {
    const r = await sql<{ state: string; open: number; filled: number }>`
      select a.state, count(*) filter (where r.self_result is null)::int as open, count(r.self_result)::int as filled
      from p_jinan_standards.assessment a
      join p_jinan_standards.campaign c on c.city_id = a.city_id and c.id = a.campaign_id
      join p_jinan_standards.result r on r.city_id = a.city_id and r.assessment_id = a.id
      where a.city_id = ${cityId} and a.community_org_id = ${firstCommunityOrg} and c.name like '2026%'
      group by a.state`.execute(backend.db);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ state: 'in_progress', open: 3 });
  });

  it('keeps every stored result consistent with its standard’s scoring rule', async () => {
    const bad = await sql<{ n: number }>`
      select count(*)::int as n from p_jinan_standards.result r
      join p_jinan_standards.standard s on s.city_id = r.city_id and s.id = r.standard_id
      where r.city_id = ${cityId} and r.self_result is not null and (
        (r.self_result = 'not_applicable') <> (r.self_score is null)
        or r.self_score > s.max_score
        or (r.self_result = 'met' and r.self_score < s.pass_score)
        or (r.self_result in ('partly', 'not_met') and r.self_score >= s.pass_score)
        or (s.scoring_rule = 'all_or_nothing' and r.self_result = 'partly'))`.execute(backend.db);
    expect(bad.rows[0]!.n).toBe(0);
    const rect = await sql<{ n: number; unmet: number }>`
      select (select count(*)::int from p_jinan_standards.rectification where city_id = ${cityId}) as n,
             (select count(*)::int from p_jinan_standards.result r join p_jinan_standards.assessment a on a.city_id = r.city_id and a.id = r.assessment_id
               where r.city_id = ${cityId} and a.state = 'done' and coalesce(r.review_result, r.self_result) in ('not_met', 'partly')) as unmet`.execute(
      backend.db,
    );
    expect(rect.rows[0]!.n).toBe(rect.rows[0]!.unmet);
    expect(rect.rows[0]!.n).toBeGreaterThan(0);
  });

  it('gives every indicator a value for the last finished year, the mean score in a plausible range', async () => {
    const values = await Promise.all(
      [
        'standards_met_rate',
        'jinan_weighted_score',
        'jinan_above_threshold_rate',
        'jinan_score_iqr',
        'on_time_closure_rate',
      ].map((id) =>
        plugin.indicators
          .find((i) => i.id === id)!
          .compute(backend.ctx, { cityId, period: { from: '2025-01-01', to: '2025-12-31' } }),
      ),
    );
    for (const v of values) expect(v.status).toBe('ok');
    const score = values[1] as { value: number };
    expect(score.value).toBeGreaterThan(60);
    expect(score.value).toBeLessThan(95);
  });
});
