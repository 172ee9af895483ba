import { Hono } from 'hono';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { CoreDatabase } from '../db/schema';
import type { JicengPlugin, PluginEnv } from '../plugins/contract';
import { fixtures, twoCityWorld } from '../testing';
import type { PluginOutcomes } from './contract';

/**
 * A tiny world for the shared indicators, hand-computed in outcomes.test.ts: city aa runs `fx` (all five facts from
 * its views), city bb runs `nx` (engagement only; the rest not applicable, with reasons). bb also has rows in fx's
 * tables, which must never count for aa.
 */
const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

function plugin(id: string, outcomes?: PluginOutcomes): JicengPlugin {
  return {
    id,
    version: '1.0.0',
    platform: '^0.1.0',
    names: t(`${id}模式`, `${id} model`),
    description: t(id, id),
    region: t(id, id),
    features: [],
    config: z.object({}),
    migrations: {},
    api: () => new Hono<PluginEnv>().get('/', (c) => c.json({})),
    web: async () => ({ default: { id } }),
    indicators: [],
    outcomes,
  };
}

export const fx = plugin('fx', {
  facts: {
    engagement: { view: true, describes: t('报到', 'report-in') },
    service: { view: true, describes: t('服务记录', 'services') },
    request: { view: true, describes: t('诉求', 'requests') },
    project: { view: true, describes: t('项目', 'projects') },
    coverage: { view: true, describes: t('小区覆盖', 'compounds') },
  },
  references: [{ indicatorId: 'engagement_rate', value: 0.9997, source: t('fx报告', 'fx report') }],
});
export const nx = plugin('nx', {
  facts: {
    engagement: { view: true, describes: t('入网格', 'grid membership') },
    service: { notApplicable: t('nx模式不记录党员服务', 'the nx model records no service by members') },
    request: { notApplicable: t('nx模式没有诉求台账', 'no request ledger in nx') },
    project: { notApplicable: t('nx模式没有共建项目', 'no projects in nx') },
    coverage: { notApplicable: t('nx模式不管覆盖', 'no coverage in nx') },
  },
});

export async function outcomeWorld(db: Kysely<CoreDatabase>) {
  const world = await twoCityWorld(db);
  const f = fixtures(db);
  await f.enable(world.a.city.id, 'fx');
  await f.enable(world.b.city.id, 'nx');
  const { a, b } = world;
  // aa: 丁 retired, so in-service members are 甲 (community1), 乙 (compound1), 丙 (community2).
  await db
    .updateTable('core.member')
    .set({ category: 'retired' })
    .where('id', '=', a.members.m4.id)
    .execute();
  const A = a.city.id;
  const B = b.city.id;
  const o = a.orgs;
  const m = a.members;
  for (const stmt of [
    'create schema p_fx',
    'create table p_fx.e (city_id int, member_id int, org_id int, effective_on date, confirmed boolean)',
    'create table p_fx.s (city_id int, member_id int, org_id int, served_on date, hours numeric, confirmed boolean)',
    'create table p_fx.r (city_id int, org_id int, received_on date, due_on date, closed_on date)',
    'create table p_fx.p (city_id int, org_id int, started_on date, completed_on date)',
    'create table p_fx.c (city_id int, org_id int, unit_kind text, unit_key text, covered_since date)',
    'create view p_fx.outcome_engagement as select * from p_fx.e',
    'create view p_fx.outcome_service as select * from p_fx.s',
    'create view p_fx.outcome_request as select * from p_fx.r',
    'create view p_fx.outcome_project as select * from p_fx.p',
    'create view p_fx.outcome_coverage as select * from p_fx.c',
    'create schema p_nx',
    'create table p_nx.e (city_id int, member_id int, org_id int, effective_on date, confirmed boolean)',
    'create view p_nx.outcome_engagement as select * from p_nx.e',
  ])
    await sql.raw(stmt).execute(db);
  const rows = (table: string, values: unknown[][]) =>
    sql`insert into ${sql.table(table)} values ${sql.join(values.map((v) => sql`(${sql.join(v)})`))}`.execute(
      db,
    );
  await rows('p_fx.e', [
    [A, m.m1.id, o.community1.id, '2026-01-10', true],
    [A, m.m2.id, o.community1.id, '2026-03-05', true],
    // 丙 belongs to community2 but engages with community1, unconfirmed.
    [A, m.m3.id, o.community1.id, '2026-02-01', false],
    // 丁 is retired: never counted.
    [A, m.m4.id, o.community1.id, '2026-01-02', true],
    // Another city's row in the same view: must never count for aa.
    [B, b.members.m1.id, b.orgs.community1.id, '2026-01-02', true],
  ]);
  await rows('p_fx.s', [
    [A, m.m1.id, o.community1.id, '2026-02-03', 2, true],
    [A, m.m1.id, o.community1.id, '2026-04-01', 1.5, true],
    [A, m.m2.id, o.community1.id, '2026-05-01', 3, false],
    [A, m.m3.id, o.community2.id, '2026-03-01', 4, true],
    [A, m.m1.id, o.community1.id, '2025-12-01', 10, true],
    [B, b.members.m1.id, b.orgs.community1.id, '2026-02-03', 100, true],
  ]);
  const nul = null;
  await rows('p_fx.r', [
    [A, o.community1.id, '2026-01-05', '2026-01-20', '2026-01-15'],
    [A, o.community2.id, '2026-02-01', '2026-02-10', '2026-02-21'],
    [A, o.compound1.id, '2026-03-01', '2026-07-15', nul],
    [A, o.street.id, '2025-12-20', '2026-01-10', '2026-01-09'],
    [A, nul, '2026-05-01', '2026-05-31', '2026-05-05'],
    [B, b.orgs.community1.id, '2026-01-05', '2026-01-06', nul],
  ]);
  await rows('p_fx.p', [
    [A, o.community1.id, '2025-11-01', '2026-02-01'],
    [A, o.community2.id, '2026-03-01', nul],
    [A, o.street.id, '2025-01-01', '2025-12-31'],
    [A, o.community1.id, '2026-07-01', nul],
    [B, b.orgs.community1.id, '2026-01-01', nul],
  ]);
  await rows('p_fx.c', [
    [A, o.community1.id, 'compound', '1', '2025-06-01'],
    [A, o.community1.id, 'compound', '1', '2025-06-01'],
    [A, o.community1.id, 'compound', '2', '2026-08-01'],
    [A, o.community2.id, 'grid', '1', nul],
    [B, b.orgs.community1.id, 'compound', '9', '2020-01-01'],
  ]);
  await rows('p_nx.e', [
    [B, b.members.m1.id, b.orgs.community1.id, '2026-01-01', true],
    [B, b.members.m2.id, b.orgs.community1.id, '2026-01-01', false],
  ]);
  return world;
}
