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
import { runRules } from './rules/evaluate';
import type { FuguDb } from './db';

/** The demo seed's records hold together: what the indicators count is what the seed generated, never a stored rate. */
describe.each(testDatabaseKinds())('fugu-dual-link demo seed on %s', (kind) => {
  let backend: PluginTestBackend;
  let cityId: number;
  const one = async <T = any>(q: ReturnType<typeof sql>) => (await q.execute(backend.db)).rows[0] as T;

  beforeAll(async () => {
    backend = await createPluginTestBackend(plugin, kind, { now: '2026-11-20T02:00:00Z' });
    const city = await seedCity(
      backend.db,
      {
        ...smallCitySpec('fugu', [plugin.id]),
        level: 'county',
        members: { in_service: 120, retired: 10, resident: 10, flowing: 12 },
      },
      { random: seededRandom(3) },
    );
    cityId = city.cityId;
    await plugin.seed!(backend.ctx, { cityId, scale: 'small', random: seededRandom(4), progress: () => {} });
  });
  afterAll(() => backend?.close());

  it('sends every in-service member, and only them, to a community; stamped cards are core affiliations', async () => {
    const r = await one(sql`select
        (select count(*)::int from core.member where city_id = ${cityId} and category = 'in_service' and active) as in_service,
        (select count(*)::int from p_fugu_dual_link.registration where city_id = ${cityId} and status in ('sent', 'stamped', 'filed')) as open,
        (select count(*)::int from p_fugu_dual_link.registration r join core.member m on m.city_id = r.city_id and m.id = r.member_id
           where r.city_id = ${cityId} and m.category <> 'in_service') as wrong,
        (select count(*)::int from p_fugu_dual_link.registration r left join core.member_affiliation a on a.city_id = r.city_id and a.id = r.affiliation_id
           where r.city_id = ${cityId} and r.stamped_on is not null and (a.id is null or a.org_id <> r.community_org_id or a.kind <> 'community')) as unlinked`);
    expect(r.open).toBe(r.in_service);
    expect(r.wrong).toBe(0);
    expect(r.unlinked).toBe(0);
  });

  it('routes year-end cards of 副科级以上 to the office and no others', async () => {
    const r = await one(sql`select
        count(*) filter (where f.kind = 'annual' and m.cadre_rank <> 'none' and d.id is null)::int as missing,
        count(*) filter (where (f.kind <> 'annual' or m.cadre_rank = 'none') and d.id is not null)::int as stray,
        count(*) filter (where d.id is not null)::int as office
      from p_fugu_dual_link.feedback_card f
      join core.member m on m.city_id = f.city_id and m.id = f.member_id
      left join p_fugu_dual_link.feedback_delivery d on d.city_id = f.city_id and d.card_id = f.id and d.recipient = 'office'
      where f.city_id = ${cityId}`);
    expect(r.missing).toBe(0);
    expect(r.stray).toBe(0);
    expect(r.office).toBeGreaterThan(0);
  });

  it('counts on each card what happened in its period', async () => {
    const r = await one(sql`select count(*)::int as wrong from p_fugu_dual_link.feedback_card f
      where f.city_id = ${cityId} and (
        f.visits <> (select count(*) from p_fugu_dual_link.report_visit v where v.city_id = f.city_id and v.registration_id = f.registration_id and v.visited_on between f.period_from and f.period_to)
        or f.activities <> (select count(*) from p_fugu_dual_link.participation p join p_fugu_dual_link.activity a on a.city_id = p.city_id and a.id = p.activity_id
             where p.city_id = f.city_id and p.registration_id = f.registration_id and a.held_on between f.period_from and f.period_to))`);
    expect(r.wrong).toBe(0);
  });

  it('grades appraisals by the default weights and thresholds, and keeps party groups within 30', async () => {
    const r =
      await one(sql`select count(*)::int as wrong from p_fugu_dual_link.appraisal a where a.city_id = ${cityId} and (
        abs(a.total - round((a.peer_score * 30 + a.mass_score * 30 + a.branch_score * 40) / 100, 2)) > 0.01
        or a.grade <> case when a.total >= 90 then 'excellent' when a.total >= 70 then 'qualified' when a.total >= 60 then 'basic' else 'unqualified' end)`);
    expect(r.wrong).toBe(0);
    const g = await one(
      sql`select coalesce(max(n), 0)::int as biggest from (select count(*) as n from p_fugu_dual_link.registration where city_id = ${cityId} and party_group_id is not null group by party_group_id) x`,
    );
    expect(g.biggest).toBeLessThanOrEqual(30);
  });

  it('has already acted on today’s flags, and every indicator has a value this year', async () => {
    const again = await runRules(
      backend.db as unknown as FuguDb,
      cityId,
      '2026-11-20',
      plugin.config.parse({}),
      null,
      null,
    );
    expect(again).toEqual({ notices: 0, decisions: 0 });
    for (const ind of plugin.indicators) {
      const year = ind.id.startsWith('fugu_appraisal') ? '2025' : '2026';
      const v = await ind.compute(backend.ctx, {
        cityId,
        period: { from: `${year}-01-01`, to: `${year}-12-31` },
      });
      expect(v.status, ind.id).toBe('ok');
    }
  });
});
