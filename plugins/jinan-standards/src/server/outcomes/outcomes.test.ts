import {
  createPluginTestBackend,
  type PluginTestBackend,
  testDatabaseKinds,
  twoCityWorld,
} from '@jiceng/plugin-kit/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index';
import { typedWorld } from '../testing';

/** The columns core's outcome contract names for each fact, in order, with their types. */
const CONTRACT: Record<string, [string, string][]> = {
  request: [
    ['city_id', 'integer'],
    ['org_id', 'integer'],
    ['received_on', 'date'],
    ['due_on', 'date'],
    ['closed_on', 'date'],
  ],
  coverage: [
    ['city_id', 'integer'],
    ['org_id', 'integer'],
    ['unit_kind', 'text'],
    ['unit_key', 'text'],
    ['covered_since', 'date'],
  ],
};

type World = Awaited<ReturnType<typeof twoCityWorld>>;
type City = World['a'];
interface Item {
  result: 'met' | 'partly' | 'not_met' | 'not_applicable';
  score: number | null;
  review?: { result: 'met' | 'partly' | 'not_met'; score: number };
}

/**
 * A hand-built world written straight into the tables (the workflow has its own tests): per city a published
 * template of two standards, A (max 10) and B (max 10), weight 1 for open communities and A 2 / B 1 for closed ones.
 */
async function template(backend: PluginTestBackend, cityId: number) {
  const db = backend.db;
  const v = await sql<{ id: number }>`insert into p_jinan_standards.template_version (city_id, name, status)
    values (${cityId}, '测试标准', 'draft') returning id`.execute(db);
  const versionId = v.rows[0]!.id;
  const std: Record<'A' | 'B', number> = { A: 0, B: 0 };
  for (const [seq, code] of (['A', 'B'] as const).entries()) {
    const s = await sql<{ id: number }>`insert into p_jinan_standards.standard
      (city_id, template_version_id, code, area, seq, title, source, max_score, pass_score, scoring_rule)
      values (${cityId}, ${versionId}, ${code}, 'organization', ${seq}, ${`标准${code}`}, 'city', 10, 8, 'graded')
      returning id`.execute(db);
    std[code] = s.rows[0]!.id;
  }
  await sql`update p_jinan_standards.template_version set status = 'published', version = 1, published_at = now()
    where city_id = ${cityId} and id = ${versionId}`.execute(db);
  return { versionId, std };
}

describe.each(testDatabaseKinds())('jinan-standards outcome views on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: World;
  let community3: { id: number };
  const ids: Record<string, number> = {};

  async function assessment(
    city: City,
    tpl: Awaited<ReturnType<typeof template>>,
    campaign: string,
    community: 'community1' | 'community2',
    lockedAt: string | null,
    items: Record<'A' | 'B', Item>,
  ) {
    const db = backend.db;
    const c = await sql<{ id: number }>`insert into p_jinan_standards.campaign
      (city_id, name, period_from, period_to, template_version_id)
      values (${city.city.id}, ${campaign}, ${`${campaign}-01-01`}, ${`${campaign}-12-31`}, ${tpl.versionId})
      on conflict (city_id, name) do update set name = excluded.name returning id`.execute(db);
    const type = community === 'community1' ? 'open' : 'closed';
    const a = await sql<{ id: number }>`insert into p_jinan_standards.assessment
      (city_id, campaign_id, template_version_id, community_place_id, community_org_id, community_type, state, locked_at)
      values (${city.city.id}, ${c.rows[0]!.id}, ${tpl.versionId}, ${city.places[community].id}, ${city.orgs[community].id},
              ${type}, ${lockedAt ? 'done' : 'in_progress'}, ${lockedAt})
      returning id`.execute(db);
    const results: Record<'A' | 'B', number> = { A: 0, B: 0 };
    for (const code of ['A', 'B'] as const) {
      const i = items[code];
      const weight = type === 'closed' && code === 'A' ? 2 : 1;
      const r = await sql<{ id: number }>`insert into p_jinan_standards.result
        (city_id, assessment_id, standard_id, template_version_id, weight, self_result, self_score, review_result, review_score)
        values (${city.city.id}, ${a.rows[0]!.id}, ${tpl.std[code]}, ${tpl.versionId}, ${weight}, ${i.result}, ${i.score},
                ${i.review?.result ?? null}, ${i.review?.score ?? null})
        returning id`.execute(db);
      results[code] = r.rows[0]!.id;
    }
    return { id: a.rows[0]!.id, results };
  }

  async function rectification(
    city: City,
    a: { id: number; results: Record<'A' | 'B', number> },
    code: 'A' | 'B',
    community: 'community1' | 'community2',
    createdAt: string,
    due: string,
    closedOn: string | null,
  ) {
    const r = await sql<{ id: number }>`insert into p_jinan_standards.rectification
      (city_id, result_id, assessment_id, community_org_id, problem, due_date, status, closed_on, created_at)
      values (${city.city.id}, ${a.results[code]}, ${a.id}, ${city.orgs[community].id}, '未达标', ${due},
              ${closedOn ? 'closed' : 'open'}, ${closedOn}, ${createdAt})
      returning id`.execute(backend.db);
    return r.rows[0]!.id;
  }

  beforeAll(async () => {
    backend = await createPluginTestBackend(plugin, kind);
    w = await typedWorld(backend.db);
    await backend.f.enable(w.a.city.id, plugin.id);
    await backend.f.enable(w.b.city.id, plugin.id);
    // A community with no party org and no assessment: still a community to cover.
    community3 = await backend.f.place(w.a.city.id, 'community', 'aa三社区', w.a.places.street.id, {
      community_type: 'open',
    });

    const ta = await template(backend, w.a.city.id);
    // aa一社区 (open, weights 1/1): 80 in 2024 (passes: the mark is reached), 60 in 2025 (fails), then in 2026
    // 70 self-assessed but 90 after the street's review (passes). Covered since the 2026 approval only.
    const c1y24 = await assessment(w.a, ta, '2024', 'community1', '2025-01-10T10:00:00+08:00', {
      A: { result: 'met', score: 10 },
      B: { result: 'partly', score: 6 },
    });
    const c1y25 = await assessment(w.a, ta, '2025', 'community1', '2026-01-10T10:00:00+08:00', {
      A: { result: 'partly', score: 5 },
      B: { result: 'partly', score: 7 },
    });
    await assessment(w.a, ta, '2026', 'community1', '2026-06-01T07:00:00+08:00', {
      A: { result: 'met', score: 10 },
      B: { result: 'partly', score: 4, review: { result: 'met', score: 8 } },
    });
    // aa二社区 (closed, weights A 2 / B 1): 100·(2·0.8 + 0.5)/3 = 70 in 2024 (fails); 2025 A 9 with B not
    // applicable = 90 (passes, approved 2026-01-12); the 2026 assessment is still open and counts for nothing.
    const c2y24 = await assessment(w.a, ta, '2024', 'community2', '2025-01-12T10:00:00+08:00', {
      A: { result: 'met', score: 8 },
      B: { result: 'partly', score: 5 },
    });
    await assessment(w.a, ta, '2025', 'community2', '2026-01-12T10:00:00+08:00', {
      A: { result: 'met', score: 9 },
      B: { result: 'not_applicable', score: null },
    });
    await assessment(w.a, ta, '2026', 'community2', null, {
      A: { result: 'not_met', score: 0 },
      B: { result: 'not_met', score: 0 },
    });
    ids.r1 = await rectification(
      w.a,
      c1y25,
      'A',
      'community1',
      '2026-01-10T17:00:00+08:00',
      '2026-04-10',
      '2026-03-01',
    );
    ids.r2 = await rectification(
      w.a,
      c1y25,
      'B',
      'community1',
      '2026-01-10T17:00:00+08:00',
      '2026-04-10',
      null,
    );
    // Raised at 01:00 Beijing time: the UTC date is the day before, the local date counts.
    ids.r3 = await rectification(
      w.a,
      c2y24,
      'B',
      'community2',
      '2025-01-13T01:00:00+08:00',
      '2025-04-13',
      '2025-05-01',
    );
    void c1y24;

    // Another city, with its own passing community and an open item: never in aa's rows.
    const tb = await template(backend, w.b.city.id);
    const b1 = await assessment(w.b, tb, '2025', 'community1', '2025-12-20T10:00:00+08:00', {
      A: { result: 'met', score: 10 },
      B: { result: 'partly', score: 6 },
    });
    await rectification(w.b, b1, 'B', 'community1', '2025-12-20T17:00:00+08:00', '2026-03-20', null);
  });
  afterAll(() => backend?.close());

  const rows = async (view: string, cityId: number) =>
    (
      await sql<Record<string, unknown>>`select * from ${sql.table(`p_jinan_standards.${view}`)}
      where city_id = ${cityId} order by 1, 2, 3, 4, 5`.execute(backend.db)
    ).rows;

  it('has a view for each fact it declares and none for those not applicable, with the contract’s columns', async () => {
    const declared = Object.entries(plugin.outcomes!.facts);
    expect(declared.filter(([, s]) => 'view' in s).map(([f]) => f)).toEqual(['request', 'coverage']);
    const cols = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select table_name, column_name, data_type from information_schema.columns
       where table_schema = 'p_jinan_standards' and table_name like 'outcome\\_%'
       order by table_name, ordinal_position`.execute(backend.db);
    const byView: Record<string, [string, string][]> = {};
    for (const c of cols.rows) {
      const fact = c.table_name.replace('outcome_', '');
      byView[fact] = [...(byView[fact] ?? []), [c.column_name, c.data_type]];
    }
    expect(byView).toEqual(CONTRACT);
  });

  it('lists every 整改 item of the city: raised on the local day of approval, due, closed or still open', async () => {
    expect(await rows('outcome_request', w.a.city.id)).toEqual([
      {
        city_id: w.a.city.id,
        org_id: w.a.orgs.community1.id,
        received_on: '2026-01-10',
        due_on: '2026-04-10',
        closed_on: '2026-03-01',
      },
      {
        city_id: w.a.city.id,
        org_id: w.a.orgs.community1.id,
        received_on: '2026-01-10',
        due_on: '2026-04-10',
        closed_on: null,
      },
      {
        city_id: w.a.city.id,
        org_id: w.a.orgs.community2.id,
        received_on: '2025-01-13',
        due_on: '2025-04-13',
        closed_on: '2025-05-01',
      },
    ]);
    // Closed 2 of 3; on time 1 of the 2 due by now (the late one closed 18 days after its deadline).
    const agg = await sql<{ closed: number; on_time: number }>`
      select count(closed_on)::int as closed, count(*) filter (where closed_on <= due_on)::int as on_time
        from p_jinan_standards.outcome_request where city_id = ${w.a.city.id}`.execute(backend.db);
    expect(agg.rows[0]).toEqual({ closed: 2, on_time: 1 });
  });

  it('covers a community from the first of its latest unbroken run of passing assessments', async () => {
    expect(await rows('outcome_coverage', w.a.city.id)).toEqual([
      {
        city_id: w.a.city.id,
        org_id: w.a.orgs.community1.id,
        unit_kind: 'community',
        unit_key: String(w.a.places.community1.id),
        covered_since: '2026-06-01',
      },
      {
        city_id: w.a.city.id,
        org_id: w.a.orgs.community2.id,
        unit_kind: 'community',
        unit_key: String(w.a.places.community2.id),
        covered_since: '2026-01-12',
      },
      {
        city_id: w.a.city.id,
        org_id: null,
        unit_kind: 'community',
        unit_key: String(community3.id),
        covered_since: null,
      },
    ]);
  });

  it('reads the city’s own pass mark', async () => {
    // At 85 the 2026 review (90) still passes for 一社区, and 二社区's 90 too; at 95 nobody passes.
    const at = async (mark: number) => {
      await sql`update core.city_plugin set config = ${JSON.stringify({ passThreshold: mark })}::jsonb
        where city_id = ${w.a.city.id} and plugin_id = ${plugin.id}`.execute(backend.db);
      return (await rows('outcome_coverage', w.a.city.id)).map((r) => r.covered_since);
    };
    try {
      expect(await at(85)).toEqual(['2026-06-01', '2026-01-12', null]);
      expect(await at(95)).toEqual([null, null, null]);
      // At 60 every finished assessment of 一社区 passes: covered since its first approval.
      expect(await at(60)).toEqual(['2025-01-10', '2025-01-12', null]);
    } finally {
      await sql`update core.city_plugin set config = '{}'::jsonb
        where city_id = ${w.a.city.id} and plugin_id = ${plugin.id}`.execute(backend.db);
    }
  });

  it('keeps each city to its own rows', async () => {
    expect(await rows('outcome_request', w.b.city.id)).toEqual([
      {
        city_id: w.b.city.id,
        org_id: w.b.orgs.community1.id,
        received_on: '2025-12-20',
        due_on: '2026-03-20',
        closed_on: null,
      },
    ]);
    expect((await rows('outcome_coverage', w.b.city.id)).map((r) => [r.unit_key, r.covered_since])).toEqual([
      [String(w.b.places.community1.id), '2025-12-20'],
      [String(w.b.places.community2.id), null],
    ]);
  });
});
